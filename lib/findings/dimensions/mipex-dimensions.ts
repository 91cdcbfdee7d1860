/**
 * MIPEX 2020's three dimensions of integration policy, their labels, and the report's area-level mapping
 * of the eight policy areas onto them: the vocabulary every dimensions module and the browser classifier share.
 */
import type {AreaId} from "../../mipex/areas.ts";

/**
 * MIPEX 2020's three dimensions of integration policy.
 *
 * @example
 * MIPEX_DIMENSIONS[1] // "equal_opportunities"
 */
export const MIPEX_DIMENSIONS = ["basic_rights", "equal_opportunities", "secure_future"] as const;
export type MipexDimension = (typeof MIPEX_DIMENSIONS)[number];

/**
 * How the pages name each dimension.
 *
 * @example
 * MIPEX_DIMENSION_LABELS.secure_future // "Secure future"
 */
export const MIPEX_DIMENSION_LABELS: Record<MipexDimension, string> = {
  basic_rights: "Basic rights",
  equal_opportunities: "Equal opportunities",
  secure_future: "Secure future"
};

/**
 * MIPEX 2020's three dimensions as the workspace reads the report at the level of whole policy areas:
 * secure future = family reunification, permanent residence, access to nationality; equal
 * opportunities = education, political participation, health; basic rights = labour market mobility,
 * anti-discrimination. The report builds its dimensions from groups of indicators, and splits labour
 * market mobility (access vs targeted support) and health (entitlements vs responsive services)
 * between basic rights and equal opportunities; at area level each area is put where most of it sits.
 * This is the mapping the data are tested against, not a result.
 *
 * @example
 * AREA_DIMENSION.health // "equal_opportunities"
 */
export const AREA_DIMENSION: Record<AreaId, MipexDimension> = {
  labour_market_mobility: "basic_rights",
  anti_discrimination: "basic_rights",
  education: "equal_opportunities",
  political_participation: "equal_opportunities",
  health: "equal_opportunities",
  family_reunification: "secure_future",
  permanent_residence: "secure_future",
  access_to_nationality: "secure_future"
};
