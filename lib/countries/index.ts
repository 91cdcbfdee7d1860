export * from "./countries.ts";
export * from "./eurostat-geo.ts";
export * from "./oecd-members.ts";
export * from "./sheet-codes.ts";
export * from "./traditional-destinations.ts";
export * from "./eu-members.ts";
