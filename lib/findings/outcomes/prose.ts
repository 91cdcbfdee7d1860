/**
 * The words of a correlation: numbers for running text, the fitted line, and the paragraph that interprets a
 * summary without letting one sentence contradict another.
 */
import type {FamilyAdjustment} from "./family.ts";
import {disappearsWithout} from "./influence.ts";
import type {CorrelationSummary} from "./summary.ts";
import {fixed, integer, MINUS, pClause} from "../../format/number.ts";

function strength(r: number): string {
  const a = Math.abs(r);
  return a < 0.1 ? "a very weak" : a < 0.3 ? "a weak" : a < 0.5 ? "a moderate" : a < 0.7 ? "a fairly strong" : "a strong";
}

/**
 * The fitted least-squares line as text, the slope's sign written as the operator: never "+ -".
 * Intercept with 2 decimals, slope with 3; "—" when there is no line.
 *
 * @example
 * fittedLineText(-4.876, -0.0312) // "y = −4.88 − 0.031·x"
 * fittedLineText(0.83, 0.07)      // "y = 0.83 + 0.070·x"
 */
export function fittedLineText(intercept: number | null | undefined, slope: number | null | undefined): string {
  if (intercept === null || intercept === undefined || slope === null || slope === undefined) return "—";
  const b = fixed(slope, 3);
  const negative = b.startsWith(MINUS);
  return `y = ${fixed(intercept, 2)} ${negative ? MINUS : "+"} ${negative ? b.slice(1) : b}·x`;
}

/** Words for {@link interpret}. */
export interface InterpretLabels {
  /** "access to nationality (MIPEX 2016)" */
  x: string;
  /** "the naturalisation rate of non-EU citizens" */
  y: string;
  /** Extra caveat about the outcome, e.g. "the outcome is measured by citizenship, not by migrant background". */
  caveat?: string;
  /** Set when the outcome's direction is not verified in its source: the reason, said before any direction. */
  unverified?: string;
}

/**
 * Why a series' direction is unverified, from its source rows' own notes: the note passage that says a
 * convention was "inferred, not read" (up to the next semicolon), or null when no note says so.
 *
 * @example
 * unverifiedNote(["Press-reported. SIGN CONVENTION INFERRED, NOT READ: positive = non-immigrant students score higher (OECD average row = 43); whether …"])
 * // 'the source note says "SIGN CONVENTION INFERRED, NOT READ: positive = non-immigrant students score higher (OECD average row = 43)", so the direction of this series is unverified.'
 */
export function unverifiedNote(notes: readonly (string | null | undefined)[]): string | null {
  for (const note of notes) {
    const match = note ? /[^.;]*inferred,? not read[^;]*/i.exec(note) : null;
    if (match) return `the source note says "${match[0].trim()}", so the direction of this series is unverified.`;
  }
  return null;
}

/**
 * A paragraph made from the numbers. Its rules never let one sentence contradict another:
 *
 * - **The 95 % interval of r excludes zero**: direction and strength are stated ("those scoring higher on x
 *   tend to have higher y: a moderate correlation"). It is a finding only if chance is ruled out: when the
 *   test belongs to a family, the Holm-adjusted p across the family must be below 0.05 (the sentence gives
 *   the raw, Holm and Benjamini–Hochberg p); without a family, the permutation p. Otherwise the
 *   association is called tentative and the sentence says which test leaves chance open.
 * - **The interval includes zero**: no direction or strength is claimed — the data are compatible with no
 *   association, and the sentence gives the range of correlations they are compatible with.
 * - **Leaving one country out**: the most influential country's r-without is always given. "The sign
 *   flips, so one country carries the result" is said only when the interval excludes zero and some
 *   leave-one-out r has the other sign (that country is named); otherwise, if leaving out one country
 *   makes the interval include zero, the sentence says the link disappears without that country. When the
 *   interval includes zero a sign change is expected and is said to mean little.
 * - An outcome whose direction is unverified in its source says so before any direction is read.
 * - Always: correlation across countries is not a causal effect (and is imprecise below 30 countries),
 *   then the outcome's own caveat.
 *
 * @example (needs the workbooks)
 * import {correlationBlock} from "./correlation-block.ts";
 * import {mipexInput} from "./scores.ts";
 * import {POLICY_OUTCOME_SPECS} from "./specs.ts";
 * const {summary} = correlationBlock(POLICY_OUTCOME_SPECS[0], mipexInput(tables), outcomes, {replicates: 999});
 * interpret(summary, {x: "access to nationality", y: "naturalisation rates"}).split(": ")[0] // "Across 31 countries, those scoring higher on access to nationality tend to have higher naturalisation rates"
 * // …: a fairly strong positive correlation (r = 0.55, 95 % CI 0.24 to 0.75; …). Leaving out Romania, the most influential country, gives r = 0.67. …
 */
export function interpret(s: CorrelationSummary, labels: InterpretLabels, family?: FamilyAdjustment | null): string {
  if (!s.computable || s.r === null || s.rInterval === null || s.rho === null || s.permutationP === null) {
    return `Not computed: ${s.reason ?? "too few countries"}. The countries' values are shown as a table only; no correlation is claimed.`;
  }
  const [lo, hi] = s.rInterval;
  const excludesZero = lo > 0 || hi < 0;
  const size = family ? integer(family.size) : "";
  const adjusted = family ? `; adjusted over the ${size} ${family.family}: Holm p ${pClause(family.holm)}, Benjamini–Hochberg p ${pClause(family.bh)}` : "";
  const numbers = `r = ${fixed(s.r, 2)}, 95 % CI ${fixed(lo, 2)} to ${fixed(hi, 2)}; Spearman ρ = ${fixed(s.rho, 2)}; permutation p ${pClause(s.permutationP)}${adjusted}`;
  const parts: string[] = [];
  if (labels.unverified) parts.push(`Unverified outcome: ${labels.unverified}`);
  if (excludesZero) {
    parts.push(
      `Across ${s.n} countries, those scoring higher on ${labels.x} tend to have ${s.r > 0 ? "higher" : "lower"} ${labels.y}: ${strength(s.r)} ${s.r > 0 ? "positive" : "negative"} correlation (${numbers}).`
    );
    if (s.permutationP >= 0.05)
      parts.push(`The interval excludes zero, but the permutation test does not rule out chance (p ≥ 0.05), so the association is tentative.`);
    else if (family && family.holm >= 0.05) {
      parts.push(
        family.bh < 0.05
          ? `The interval excludes zero and the link survives the false-discovery-rate correction (Benjamini–Hochberg) for the ${size} tests in the family, but not the family-wise one (Holm p ≥ 0.05), so the association is tentative.`
          : `The interval excludes zero, but with ${size} tests in the family the adjusted p does not rule out chance (Holm and Benjamini–Hochberg p ≥ 0.05), so the association is tentative.`
      );
    }
  } else {
    parts.push(`Across ${s.n} countries, these data show no clear association between ${labels.x} and ${labels.y} (${numbers}).`);
    parts.push(
      `The interval includes zero: these data cannot tell whether there is any association at all — they are compatible with none, and with correlations anywhere from ${fixed(lo, 2)} to ${fixed(hi, 2)}.`
    );
  }
  if (s.mostInfluential && s.mostInfluential.without !== null) {
    const most = s.mostInfluential;
    const r = s.r;
    const flipped = (without: number | null): without is number => without !== null && Math.sign(without) !== Math.sign(r);
    let sentence = `Leaving out ${most.name}, the most influential country, gives r = ${fixed(most.without!, 2)}`;
    if (excludesZero) {
      // The flip furthest across zero, among every leave-one-out estimate.
      const flips = s.influence.filter((c) => flipped(c.without)).sort((a, b) => Math.abs(b.without!) - Math.abs(a.without!));
      const gone = disappearsWithout(s);
      if (flipped(most.without)) sentence += " — the sign flips, so one country carries the result.";
      else if (flips.length) {
        sentence += `; leaving out ${flips[0].name ?? flips[0].iso3} gives r = ${fixed(flips[0].without!, 2)} — the sign flips, so one country carries the result.`;
      } else if (gone.length) {
        const shown = gone.slice(0, 3);
        const more = gone.length - shown.length;
        const list =
          shown.length === 1
            ? shown[0].name
            : `${shown
                .slice(0, -1)
                .map((c) => c.name)
                .join(", ")}${more ? ", " : " or "}${shown[shown.length - 1].name}${more ? ` or any of ${more} more countries` : ""}`;
        sentence += `. Without ${list} the 95 % interval of r includes zero (${shown.map((c) => `${c.name}: r = ${fixed(c.without, 2)}, ${fixed(c.interval[0], 2)} to ${fixed(c.interval[1], 2)}`).join("; ")}): the link disappears without one country.`;
      } else sentence += ".";
    } else if (flipped(most.without) && fixed(most.without!, 2) !== fixed(0, 2)) {
      sentence += " — a change of sign that means little while the interval includes zero.";
    } else sentence += ".";
    parts.push(sentence);
  }
  parts.push(
    `A correlation across countries is not a causal effect: countries differ in who their immigrants are and in much else${s.n < 30 ? `, and with ${s.n} countries the estimate is imprecise` : ""}.`
  );
  if (labels.caveat) parts.push(labels.caveat);
  return parts.join(" ");
}
