/**
 * The wording of a correlation (interpret) and of its fitted line, on crafted summaries: each rule of
 * interpret gets inputs that put it on one branch, so that no sentence contradicts another.
 */
import {describe, expect, it} from "vitest";
import type {FamilyAdjustment} from "../../../../lib/findings/outcomes/family.ts";
import {disappearsWithout} from "../../../../lib/findings/outcomes/influence.ts";
import {fittedLineText, interpret} from "../../../../lib/findings/outcomes/prose.ts";
import type {CorrelationSummary} from "../../../../lib/findings/outcomes/summary.ts";

const labels = {x: "health (MIPEX 2015)", y: "good self-rated health"};

/** A computable summary: r with its interval, the most influential country's r-without and other leave-one-out values. */
function summary(r: number, interval: [number, number], {without = r, others = [] as number[], permutationP = 0.01, n = 31} = {}): CorrelationSummary {
  return {
    n,
    computable: true,
    reason: null,
    minCountries: 10,
    r,
    rInterval: interval,
    rBootstrap: interval,
    rBootstrapMethod: "BCa",
    pValue: permutationP,
    rho: r,
    rhoBootstrap: interval,
    rhoBootstrapMethod: "BCa",
    bcaUndefined: null,
    rhoPValue: permutationP,
    permutationP,
    rhoPermutationP: permutationP,
    slope: 0.1,
    intercept: 1,
    slopeInterval: [0, 0.2],
    fittedLine: "y = 1.00 + 0.100·x",
    rSquared: r * r,
    band: [],
    mostInfluential: {iso3: "EST", name: "Estonia", without, change: without - r},
    influence: [
      {iso3: "EST", name: "Estonia", without, change: without - r},
      ...others.map((w, i) => ({iso3: `C${i}`, name: `Country ${i}`, without: w, change: w - r}))
    ],
    partial: null,
    replicates: 999,
    seed: 1
  };
}

const DIRECTION = /tend to have|correlation \(r|a (very weak|weak|moderate|fairly strong|strong)/;

describe("interpret: the interval decides whether a direction is a finding", () => {
  it("interval excludes zero: direction and strength are stated, no doubt about any association", () => {
    const text = interpret(summary(0.39, [0.05, 0.65]), labels);
    expect(text).toMatch(
      /^Across 31 countries, those scoring higher on health \(MIPEX 2015\) tend to have higher good self-rated health: a moderate positive correlation \(r = 0\.39, 95 % CI 0\.05 to 0\.65;/
    );
    expect(text).not.toContain("includes zero");
    expect(text).not.toContain("tentative");
    const negative = interpret(summary(-0.62, [-0.8, -0.33]), labels);
    expect(negative).toContain("tend to have lower good self-rated health: a fairly strong negative correlation (r = \u22120.62");
  });

  it("interval excludes zero but the permutation p ≥ 0.05: the finding is called tentative", () => {
    const text = interpret(summary(0.46, [0.03, 0.74], {permutationP: 0.06}), labels);
    expect(text).toContain("a moderate positive correlation");
    expect(text).toContain("the permutation test does not rule out chance (p ≥ 0.05), so the association is tentative");
  });

  it("interval includes zero (the reviewed case r = 0.30, CI −0.07 to 0.60): no direction or strength, the compatible range instead", () => {
    const text = interpret(summary(0.3, [-0.07, 0.6], {without: 0.38}), labels);
    expect(text).not.toMatch(DIRECTION);
    expect(text).toContain(
      "these data show no clear association between health (MIPEX 2015) and good self-rated health (r = 0.30, 95 % CI \u22120.07 to 0.60;"
    );
    expect(text).toContain(
      "The interval includes zero: these data cannot tell whether there is any association at all — they are compatible with none, and with correlations anywhere from \u22120.07 to 0.60."
    );
    // Near zero too: "practically uncorrelated" would claim the absence of an association, which a wide interval does not show either.
    const nearZero = interpret(summary(0.06, [-0.29, 0.39], {without: 0.1}), labels);
    expect(nearZero).not.toMatch(DIRECTION);
    expect(nearZero).not.toContain("uncorrelated");
    expect(nearZero).toContain("anywhere from \u22120.29 to 0.39");
  });
});

describe("interpret: leaving one country out", () => {
  it("interval includes zero and the most influential country flips the sign (r = −0.05 → 0.06): not called one country carrying the result", () => {
    const text = interpret(summary(-0.05, [-0.4, 0.31], {without: 0.06, others: [-0.09, 0.02]}), labels);
    expect(text).toContain(
      "Leaving out Estonia, the most influential country, gives r = 0.06 — a change of sign that means little while the interval includes zero."
    );
    expect(text).not.toContain("carries the result");
  });

  it("interval includes zero, no flip: the r-without is given plainly", () => {
    const text = interpret(summary(0.3, [-0.07, 0.6], {without: 0.38}), labels);
    expect(text).toContain("Leaving out Estonia, the most influential country, gives r = 0.38.");
    expect(text).not.toMatch(/sign|carries/);
  });

  it("interval excludes zero and the most influential country flips the sign: one country carries the result", () => {
    const text = interpret(summary(0.4, [0.05, 0.66], {without: -0.12, others: [0.35, 0.45]}), labels);
    expect(text).toContain("Leaving out Estonia, the most influential country, gives r = \u22120.12 — the sign flips, so one country carries the result.");
  });

  it("interval excludes zero and another country's leave-one-out flips the sign: that country is named", () => {
    const text = interpret(summary(0.4, [0.05, 0.66], {without: 0.9, others: [0.35, -0.02, -0.08]}), labels);
    expect(text).toContain(
      "Leaving out Estonia, the most influential country, gives r = 0.90; leaving out Country 2 gives r = \u22120.08 — the sign flips, so one country carries the result."
    );
  });

  it("interval excludes zero, every leave-one-out keeps the sign: no flip is claimed", () => {
    const text = interpret(summary(0.55, [0.24, 0.75], {without: 0.67, others: [0.5, 0.6]}), labels);
    expect(text).toContain("Leaving out Estonia, the most influential country, gives r = 0.67.");
    expect(text).not.toMatch(/sign|carries/);
  });

  it("always ends with the causal caveat and the outcome's own caveat; below 30 countries says the estimate is imprecise", () => {
    const text = interpret(summary(0.46, [0.03, 0.74], {n: 21}), {...labels, caveat: "Opinion and policy may influence each other."});
    expect(text).toMatch(
      /not a causal effect: countries differ in who their immigrants are and in much else, and with 21 countries the estimate is imprecise\. Opinion and policy may influence each other\.$/
    );
  });
});

describe("interpret: the sentence follows the p adjusted across the family", () => {
  const family = (holm: number, bh: number): FamilyAdjustment => ({size: 6, family: "policy–outcome links", raw: 0.01, holm, bh});

  it("Holm p < 0.05: the direction is a finding and the sentence gives raw, Holm and BH p", () => {
    const text = interpret(summary(0.55, [0.24, 0.75], {permutationP: 0.001}), labels, family(0.006, 0.006));
    expect(text).toContain("permutation p = 0.001; adjusted over the 6 policy–outcome links: Holm p = 0.006, Benjamini–Hochberg p = 0.006)");
    expect(text).not.toContain("tentative");
  });

  it("raw p < 0.05 but Holm and BH p ≥ 0.05: tentative, because of the family", () => {
    const text = interpret(summary(0.39, [0.05, 0.65], {permutationP: 0.03}), labels, family(0.18, 0.09));
    expect(text).toContain("a moderate positive correlation");
    expect(text).toContain(
      "with 6 tests in the family the adjusted p does not rule out chance (Holm and Benjamini–Hochberg p ≥ 0.05), so the association is tentative."
    );
  });

  it("BH p < 0.05 but Holm p ≥ 0.05: says which correction it survives", () => {
    const text = interpret(summary(0.39, [0.05, 0.65], {permutationP: 0.01}), labels, family(0.06, 0.03));
    expect(text).toContain(
      "survives the false-discovery-rate correction (Benjamini–Hochberg) for the 6 tests in the family, but not the family-wise one (Holm p ≥ 0.05), so the association is tentative."
    );
  });

  it("a clear link that one country's absence takes away says so, naming the country", () => {
    const s = summary(0.4, [0.05, 0.66], {without: 0.5, others: [0.45, 0.12]});
    expect(disappearsWithout(s).map((c) => c.name)).toEqual(["Country 1"]);
    expect(interpret(s, labels)).toMatch(
      /Without Country 1 the 95 % interval of r includes zero \(Country 1: r = 0\.12, \u22120\.\d\d to 0\.\d\d\): the link disappears without one country\./
    );
    expect(disappearsWithout(summary(0.3, [-0.07, 0.6], {others: [0.01]}))).toEqual([]);
    const many = interpret(summary(0.4, [0.05, 0.66], {without: 0.5, others: [0.1, 0.11, 0.12, 0.13, 0.14]}), labels);
    expect(many).toContain("Without Country 0, Country 1, Country 2 or any of 2 more countries the 95 % interval of r includes zero");
  });

  it("an outcome whose direction is unverified says so before any direction", () => {
    const text = interpret(summary(0.55, [0.24, 0.75]), {...labels, unverified: "the source infers its sign convention."});
    expect(text.startsWith("Unverified outcome: the source infers its sign convention. Across 31 countries")).toBe(true);
  });
});

describe("fittedLineText", () => {
  it("writes the slope's sign as the operator, with a proper minus sign", () => {
    expect(fittedLineText(-4.876, -0.0312)).toBe("y = \u22124.88 \u2212 0.031·x");
    expect(fittedLineText(0.83, 0.07)).toBe("y = 0.83 + 0.070·x");
    expect(fittedLineText(39.53, 0.0704)).toBe("y = 39.53 + 0.070·x");
    expect(fittedLineText(-1.15, 0.118)).toBe("y = \u22121.15 + 0.118·x");
    expect(fittedLineText(1, -0.0004)).toBe("y = 1.00 + 0.000·x"); // no negative zero
    expect(fittedLineText(null, 0.1)).toBe("—");
    expect(fittedLineText(-4.876, -0.0312)).not.toContain("+ -");
  });
});
