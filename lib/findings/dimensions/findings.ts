import {fixed, pClause, percent} from "../../format/number.ts";
import {finding, type Finding} from "../finding.ts";
import type {DimensionsAnalysis, MethodSummary} from "./analysis.ts";

/**
 * The dimensions page's findings for `mipex reproduce`, from the analysis alone: each country's published
 * approach (a published statement) beside the approach most declared methods give, every declared method's
 * agreement with its interval and permutation p, the leave-one-out ceiling, the dimensions named from
 * their loadings, the mean 0–100 score per dimension, and the Top Ten.
 *
 * @example (needs the workbooks)
 * import {dimensionsAnalysis} from "./analysis.ts";
 * dimensionFindings(dimensionsAnalysis(tables)).find((f) => f.id === "dimension.weakest")?.computed // "Equal opportunities"
 */
export function dimensionFindings(analysis: DimensionsAnalysis): Finding[] {
  const findings: Finding[] = [];
  const declared = analysis.methods.declared.length;
  for (const c of analysis.countries) {
    const computed = `${c.consensus}`;
    if (c.conflict || c.published === null) {
      findings.push(
        finding(
          `approach.${c.iso3}`,
          `${c.name}: approach 2019 most of the ${declared} declared methods give; the source gives two approaches (${c.publishedAlternatives}), not compared`,
          computed,
          null
        )
      );
      continue;
    }
    const description = `${c.name}: approach 2019 most of the ${declared} declared methods give (${c.methodsAgreeing} of ${declared} give the published one)${c.publishedConfidence === "low" ? "; published value of low confidence" : ""}`;
    findings.push(
      finding(`approach.${c.iso3}`, description, computed, c.published, c.publishedSource ?? "approach_groups_published.csv", "published statement")
    );
  }
  const agreement = (m: MethodSummary) =>
    `${m.matches} of ${m.compared} countries; bootstrap 95 % interval ${fixed(m.interval[0], 2)} to ${fixed(m.interval[1], 2)}; permutation p ${pClause(m.permutationP)} (${analysis.methods.replicates} shuffles)`;
  for (const m of analysis.methods.declared) {
    findings.push(
      finding(`approach.method.${m.id}.ari`, `Declared method "${m.label}": adjusted Rand index with the published approaches, ${agreement(m)}`, m.ari, null)
    );
  }
  for (const m of analysis.methods.tuned) {
    findings.push(
      finding(
        `approach.loo.${m.id}.ari`,
        `Classifier tuned on the published labels, "${m.label}": leave-one-out adjusted Rand index, ${agreement(m)}`,
        m.ari,
        null
      )
    );
  }
  const ceiling = analysis.methods.tuned.find((m) => m.id === analysis.methods.ceiling)!;
  findings.push(
    finding(
      "approach.loo_ceiling",
      `Best leave-one-out agreement of a classifier trained on the published labels ("${ceiling.label}"; the best of ${analysis.methods.tuned.length}, so optimistic): ${agreement(ceiling)}`,
      ceiling.ari,
      null
    )
  );
  for (const c of analysis.naming.components) {
    const top = c.top
      .slice(0, 3)
      .map((t) => `${t.code} ${fixed(t.loading, 2)}`)
      .join(", ");
    findings.push(
      finding(
        `dimension.name.${c.component}`,
        `Rotated CATPCA component ${c.component} (${percent(c.varianceShare, 1)} of the indicators' variance), named from the ${c.indicators.length} indicators loading most on it (${percent(c.support[c.name])} of their squared loading in ${c.label.toLowerCase()} areas; top: ${top})`,
        c.label,
        null
      )
    );
  }
  const chance = analysis.naming.chance;
  findings.push(
    finding(
      "dimension.areas_agreeing",
      `Areas whose indicators load most on a component named after the area's MIPEX dimension, of ${chance.items} (chance level ${fixed(chance.expected, 2)}, P(≥ observed) ${pClause(chance.pAtLeastObserved)})`,
      analysis.naming.agreeing,
      null
    )
  );
  analysis.catpca.dimensions.forEach((d) => {
    findings.push(
      finding(
        `dimension.variance.${d.dimension}`,
        `CATPCA (ordinal) principal axis ${d.dimension}: share of the ${analysis.matrix.indicators} indicators' variance accounted for`,
        d.varianceRatio,
        null
      )
    );
  });
  for (const d of analysis.dimensionScores.dimensions) {
    findings.push(
      finding(
        `dimension_score_mean.${d.dimension}`,
        `${d.label}: mean over ${analysis.countries.length} countries of the 0–100 mean of its ${d.indicators.length} indicators (median ${fixed(d.median, 1)}; lowest dimension for ${d.lowestFor} countries)`,
        d.mean,
        null
      )
    );
  }
  const weakest = analysis.dimensionScores.dimensions.find((d) => d.dimension === analysis.dimensionScores.weakest)!;
  findings.push(
    finding("dimension.weakest", "The dimension with the lowest mean score (MIPEX 2020 calls equal opportunities the main weakness)", weakest.label, null)
  );
  const source = "approach_groups_published.csv (mipex.eu country pages)";
  const computed = analysis.topTen.computed.map((c) => c.iso3).sort();
  for (const iso3 of [...new Set([...computed, ...analysis.topTen.published])].sort()) {
    const name = analysis.countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
    findings.push(
      finding(
        `approach.top_ten.${iso3}`,
        `${name}: among the ten highest overall scores 2019, beside the published Top Ten`,
        computed.includes(iso3) ? "yes" : "no",
        analysis.topTen.published.includes(iso3) ? "yes" : "no",
        source,
        "published statement"
      )
    );
  }
  return findings;
}
