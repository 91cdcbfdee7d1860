/**
 * The country sheets of the MIPEX workbooks are named with two-letter codes that are mostly ISO 3166-1
 * alpha-2, but not all: `UK` (ISO `GB`) and `TU` (ISO `TR`). Every sheet name is mapped explicitly so a
 * sheet that is renamed or added fails loudly instead of being matched by a guess.
 *
 * @example
 * SHEET_TO_ISO3.get("UK") // "GBR"
 */
export const SHEET_TO_ISO3: ReadonlyMap<string, string> = new Map([
  ["AE", "ARE"], ["AL", "ALB"], ["AR", "ARG"], ["AT", "AUT"], ["AU", "AUS"], ["BE", "BEL"],
  ["BG", "BGR"], ["BR", "BRA"], ["CA", "CAN"], ["CH", "CHE"], ["CL", "CHL"], ["CN", "CHN"],
  ["CY", "CYP"], ["CZ", "CZE"], ["DE", "DEU"], ["DK", "DNK"], ["EE", "EST"], ["ES", "ESP"],
  ["FI", "FIN"], ["FR", "FRA"], ["GR", "GRC"], ["HR", "HRV"], ["HU", "HUN"], ["ID", "IDN"],
  ["IE", "IRL"], ["IL", "ISR"], ["IN", "IND"], ["IS", "ISL"], ["IT", "ITA"], ["JO", "JOR"],
  ["JP", "JPN"], ["KR", "KOR"], ["LT", "LTU"], ["LU", "LUX"], ["LV", "LVA"], ["MD", "MDA"],
  ["MK", "MKD"], ["MT", "MLT"], ["MX", "MEX"], ["NL", "NLD"], ["NO", "NOR"], ["NZ", "NZL"],
  ["PL", "POL"], ["PT", "PRT"], ["RO", "ROU"], ["RS", "SRB"], ["RU", "RUS"], ["SA", "SAU"],
  ["SE", "SWE"], ["SI", "SVN"], ["SK", "SVK"], ["TU", "TUR"], ["UA", "UKR"], ["UK", "GBR"],
  ["US", "USA"], ["ZA", "ZAF"],
  // The 2025 EU workbook adds no new countries but spells some sheets differently.
  ["GB", "GBR"], ["TR", "TUR"], ["EL", "GRC"]
]);
