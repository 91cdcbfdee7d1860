// Browser entry: the compare page's URL state (src/compare.md restores `?c=SWE,FIN&g=eu27` on load and
// writes it back on every change) and the rows of its tables and charts (lib/findings/compare/selection.ts).
// scripts/bundle-lib.ts bundles it into src/components/lib/compare.js.
export {COMPARE_GROUPS} from "../findings/compare/data.ts";
export * from "../findings/compare/url-state.ts";
export * from "../findings/compare/selection.ts";
