import type {Approach} from "../../mipex/approach-groups.ts";

/**
 * The 0–100 line between a "high" and a "low" dimension in the verbal rule: MIPEX's halfway point.
 *
 * @example
 * verbalApproach([HALFWAY, HALFWAY, HALFWAY]) // "Comprehensive integration"
 */
export const HALFWAY = 50;

/**
 * The approach the report's verbal definitions give a profile of three 0–100 dimension scores, a
 * dimension being "high" at or above `line`; the first rule that holds wins:
 *  1. comprehensive integration: all three high ("equal rights, opportunities and security");
 *  2. temporary integration: basic rights and equal opportunities high, secure future low;
 *  3. equality on paper: secure future high, equal opportunities low ("security and rights on paper");
 *  4. immigration without integration: everything else (rights and opportunities denied).
 *
 * @example
 * verbalApproach([70, 60, 40]) // "Temporary integration"
 * verbalApproach([70, 30, 60]) // "Equality on paper"
 */
export function verbalApproach([basicRights, equalOpportunities, secureFuture]: readonly number[], line: number | readonly number[] = HALFWAY): Approach {
  const [b, e, s] = typeof line === "number" ? [line, line, line] : line;
  const high = [basicRights >= b, equalOpportunities >= e, secureFuture >= s];
  if (high[0] && high[1] && high[2]) return "Comprehensive integration";
  if (high[0] && high[1]) return "Temporary integration";
  if (high[2] && !high[1]) return "Equality on paper";
  return "Immigration without integration";
}
