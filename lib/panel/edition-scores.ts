/**
 * The 2025 edition's scores in a compact form for the explorer's panel mode (the explorer's own data carries the
 * 2020 edition only): one entry per measure with parallel country, year and score arrays.
 */
import type {MipexScore} from "../findings/outcomes/scores.ts";

/** Packed scores. */
export type PackedEditionScores = {measure: string; iso3: string[]; year: number[]; score: number[]}[];

/**
 * Packs scores by measure.
 *
 * @example
 * packEditionScores([{iso3: "SWE", year: 2024, measure: "health", score: 70}]) // [{measure: "health", iso3: ["SWE"], year: [2024], score: [70]}]
 */
export function packEditionScores(scores: readonly MipexScore[]): PackedEditionScores {
  const byMeasure = new Map<string, PackedEditionScores[number]>();
  for (const s of scores) {
    const block = byMeasure.get(s.measure) ?? {measure: s.measure, iso3: [], year: [], score: []};
    block.iso3.push(s.iso3);
    block.year.push(s.year);
    block.score.push(s.score);
    byMeasure.set(s.measure, block);
  }
  return [...byMeasure.values()];
}

/**
 * Unpacks {@link packEditionScores}.
 *
 * @example
 * unpackEditionScores(packEditionScores([{iso3: "SWE", year: 2024, measure: "health", score: 70}])) // [{iso3: "SWE", year: 2024, measure: "health", score: 70}]
 */
export function unpackEditionScores(packed: PackedEditionScores): MipexScore[] {
  return packed.flatMap((b) => b.iso3.map((iso3, i) => ({iso3, year: b.year[i], measure: b.measure, score: b.score[i]})));
}
