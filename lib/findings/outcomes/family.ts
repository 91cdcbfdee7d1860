/**
 * One family of tests: p-values adjusted together (Holm, Benjamini–Hochberg), so that a link tested among
 * several is not read as if it had been tested alone.
 */
import {adjustPValues} from "../../stats/p-adjust.ts";

/** A test's p-value adjusted across the family of tests it was run with. */
export interface FamilyAdjustment {
  /** Tests in the family. */
  size: number;
  /** What the family is, for the sentence: "policy–outcome links on the three outcome pages". */
  family: string;
  /** The p-value that was adjusted (the permutation p for the outcome pages). */
  raw: number;
  /** Holm (family-wise error) and Benjamini–Hochberg (false discovery rate) adjusted p. */
  holm: number;
  bh: number;
}

/**
 * Holm and Benjamini–Hochberg adjustment of a family of p-values (lib/stats/p-adjust.ts, as R's
 * `p.adjust`); null p-values (tests not computed) stay out of the family and get null.
 *
 * @example
 * adjustFamily([0.01, null, 0.04], "links")[2] // {size: 2, family: "links", raw: 0.04, holm: 0.04, bh: 0.04}
 */
export function adjustFamily(pValues: readonly (number | null)[], family: string): (FamilyAdjustment | null)[] {
  const present = pValues.map((p, i) => ({p, i})).filter((e): e is {p: number; i: number} => e.p !== null);
  const holm = adjustPValues(
    present.map((e) => e.p),
    "holm"
  );
  const bh = adjustPValues(
    present.map((e) => e.p),
    "BH"
  );
  const out: (FamilyAdjustment | null)[] = pValues.map(() => null);
  present.forEach((e, k) => (out[e.i] = {size: present.length, family, raw: e.p, holm: holm[k], bh: bh[k]}));
  return out;
}
