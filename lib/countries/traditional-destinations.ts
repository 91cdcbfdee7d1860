/**
 * The "traditional destination countries" that MIPEX 2020 compares as a group: the settler countries
 * built by immigration (Solano and Huddleston 2020, key findings). Kept as a named constant because it
 * is a MIPEX category, not a geographic one.
 */
export const TRADITIONAL_DESTINATIONS: ReadonlySet<string> = new Set(["AUS", "CAN", "NZL", "USA"]);
