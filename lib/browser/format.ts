// Number and text formatting for the pages and components (bundled to src/components/lib/format.js):
// the very code lib/ formats its prose with.
export * from "../format/number.ts";
export * from "../format/text.ts";
