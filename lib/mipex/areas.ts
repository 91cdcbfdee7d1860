/** The eight MIPEX 2020 policy areas, in the order the workbooks and the report present them. */
export const AREA_IDS = [
  "labour_market_mobility",
  "family_reunification",
  "education",
  "political_participation",
  "permanent_residence",
  "access_to_nationality",
  "anti_discrimination",
  "health"
] as const;

export type AreaId = (typeof AREA_IDS)[number];

export interface Area {
  id: AreaId;
  /** The report's name for the area. */
  name: string;
  /** The letter the workbooks use as the area's code ("a" for labour market mobility). */
  letter: string;
  /** The strand title in the workbooks' "Policy strand" row. */
  strand: string;
}

export const AREAS: readonly Area[] = [
  {id: "labour_market_mobility", name: "Labour market mobility", letter: "a", strand: "Labour Market Mobility Strand"},
  {id: "family_reunification", name: "Family reunification", letter: "b", strand: "Family Reunification Strand"},
  {id: "education", name: "Education", letter: "c", strand: "Education Strand"},
  {id: "political_participation", name: "Political participation", letter: "d", strand: "Political Participation Strand"},
  {id: "permanent_residence", name: "Permanent residence", letter: "e", strand: "Permanent Residence Strand"},
  {id: "access_to_nationality", name: "Access to nationality", letter: "f", strand: "Citizenship Strand"},
  {id: "anti_discrimination", name: "Anti-discrimination", letter: "g", strand: "Antidiscrimination Strand"},
  {id: "health", name: "Health", letter: "h", strand: "Health Strand"}
];

const byStrand = new Map(AREAS.map((a) => [normalizeStrand(a.strand), a]));
const byId = new Map(AREAS.map((a) => [a.id, a]));

function normalizeStrand(title: string): string {
  return title.toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * The area a workbook's strand title names, or undefined for a title no area has.
 *
 * @example
 * areaForStrand("Citizenship Strand")?.id // "access_to_nationality"
 */
export function areaForStrand(title: string): Area | undefined {
  return byStrand.get(normalizeStrand(title));
}

/** The area with this id; throws for an unknown id. */
export function area(id: string): Area {
  const found = byId.get(id as AreaId);
  if (!found) throw new Error(`Unknown MIPEX area "${id}"; areas are ${AREA_IDS.join(", ")}`);
  return found;
}

/** The overall-score variants the workbooks publish: which areas each one averages. */
export const OVERALL_VARIANTS = {
  with_health: AREA_IDS,
  without_health: AREA_IDS.filter((a) => a !== "health"),
  without_health_education: AREA_IDS.filter((a) => a !== "health" && a !== "education")
} as const;

export type OverallVariant = keyof typeof OVERALL_VARIANTS;
