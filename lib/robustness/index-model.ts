/**
 * Recomputes the 56 overall scores under any {@link Configuration}, fast enough for tens of thousands of
 * configurations: the indicator matrix is held in typed arrays, both indicator scales are precomputed, and
 * the area scores of each (scale, weights inside areas, dropped indicator) combination are computed once and
 * kept. A configuration then costs one pass over 56 × 8 area scores.
 *
 * MIPEX's configuration is computed with the very operations the workbooks and lib/mipex/recompute.ts use
 * (Σ weight × score in workbook order for an area; the sum of the areas in order divided by their number for
 * the overall score), so it reproduces the published scores to the last bit the recomputation does.
 */
import {AREA_IDS} from "../mipex/areas.ts";
import {dirichletDraw} from "../stats/dirichlet.ts";
import {pca} from "../stats/pca.ts";
import {createRandom} from "../stats/random.ts";
import {midRanks} from "../stats/rank.ts";
import {DIRICHLET_CONCENTRATION, type Configuration} from "./choices.ts";
import type {RobustnessData} from "./data.ts";

const AREAS = AREA_IDS.length;
const HEALTH = AREA_IDS.indexOf("health");
const EDUCATION = AREA_IDS.indexOf("education");

export interface IndexModel {
  readonly data: RobustnessData;
  readonly countries: number;
  /** Indicator codes in data order. */
  readonly indicatorCodes: readonly string[];
  /** Area weights from the first principal component (squared loadings, summing to 1), in AREA_IDS order. */
  readonly pcaWeights: Float64Array;
  /** Overall scores under `config`, written into `out` (or a new array), in data.countries order. */
  scores(config: Configuration, out?: Float64Array): Float64Array;
  /** Area scores (country-major, 8 per country) under a configuration's scale, inside weights and dropped indicator. */
  areaScores(config: Configuration): Float64Array;
}

/**
 * Percentile ranks of each indicator across countries, (mid-rank − 1)/(n − 1) × 100, country-major like the input.
 *
 * @example
 * rankNormalised([[0], [50], [50], [100]]) // [0, 50, 50, 100]
 */
export function rankNormalised(scores: readonly (readonly number[])[]): Float64Array {
  const n = scores.length;
  const m = scores[0]?.length ?? 0;
  const out = new Float64Array(n * m);
  for (let i = 0; i < m; i++) {
    const ranks = midRanks(scores.map((row) => row[i]));
    for (let c = 0; c < n; c++) out[c * m + i] = n > 1 ? ((ranks[c] - 1) / (n - 1)) * 100 : 50;
  }
  return out;
}

/**
 * Builds the model for one indicator matrix.
 *
 * @example (needs the workbooks)
 * import {DEFAULT_CONFIGURATION} from "./choices.ts";
 * import {robustnessData} from "./data.ts";
 * const data = robustnessData(tables);
 * const model = createIndexModel(data);
 * data.countries[0].name // "Albania"
 * model.scores(DEFAULT_CONFIGURATION)[0] // ≈ 42.97 (Albania's published overall score, 2019)
 */
export function createIndexModel(data: RobustnessData): IndexModel {
  const n = data.countries.length;
  const m = data.indicators.length;
  if (n < 3) throw new Error(`robustness: ${n} countries; the analysis needs at least 3`);
  const areaOf = Int32Array.from(data.indicators, (ind) => {
    const a = AREA_IDS.indexOf(ind.area);
    if (a < 0) throw new Error(`robustness: indicator ${ind.code} has an unknown area "${ind.area}"`);
    return a;
  });
  const indicatorCounts = new Float64Array(AREAS);
  for (const a of areaOf) indicatorCounts[a]++;
  for (let a = 0; a < AREAS; a++) if (indicatorCounts[a] === 0) throw new Error(`robustness: area ${AREA_IDS[a]} has no indicator`);
  const inside = [Float64Array.from(data.indicators, (ind) => ind.weight), Float64Array.from(areaOf, (a) => 1 / indicatorCounts[a])];
  const published = new Float64Array(n * m);
  data.scores.forEach((row, c) => {
    if (row.length !== m) throw new Error(`robustness: ${data.countries[c].iso3} has ${row.length} indicator scores for ${m} indicators`);
    row.forEach((v, i) => {
      if (!(v >= 0 && v <= 100)) throw new Error(`robustness: ${data.countries[c].iso3} scores ${v} on ${data.indicators[i].code}; scores are 0–100`);
      published[c * m + i] = v;
    });
  });
  const scales = [published, rankNormalised(data.scores)];
  const codes = data.indicators.map((ind) => ind.code);
  const codeIndex = new Map(codes.map((code, i) => [code, i]));
  const cache = new Map<number, Float64Array>();

  const areaScores = (config: Configuration): Float64Array => {
    const drop = config.dropIndicator === null ? -1 : (codeIndex.get(config.dropIndicator) ?? -2);
    if (drop === -2) throw new Error(`robustness: no indicator ${config.dropIndicator} to drop`);
    const scale = config.scale === "rank" ? 1 : 0;
    const within = config.withinArea === "equal" ? 1 : 0;
    const key = (drop + 1) * 4 + scale * 2 + within;
    const cached = cache.get(key);
    if (cached) return cached;
    const x = scales[scale];
    const w = inside[within];
    const dropArea = drop >= 0 ? areaOf[drop] : -1;
    // The other indicators of the dropped one's area keep their relative weights.
    const rescale = drop >= 0 ? 1 / (1 - w[drop]) : 1;
    const out = new Float64Array(n * AREAS);
    for (let c = 0; c < n; c++) {
      for (let i = 0; i < m; i++) {
        if (i === drop || w[i] === 0) continue;
        const a = areaOf[i];
        out[c * AREAS + a] += (a === dropArea ? w[i] * rescale : w[i]) * x[c * m + i];
      }
    }
    cache.set(key, out);
    return out;
  };

  const pcaWeights = (() => {
    const base = areaScores({dropIndicator: null, scale: "published", withinArea: "published"} as Configuration);
    const rows = Array.from({length: n}, (_, c) => Array.from(base.subarray(c * AREAS, (c + 1) * AREAS)));
    const loadings = pca(rows, {standardize: true, components: 1}).loadings.map((row) => row[0] * row[0]);
    const total = loadings.reduce((s, v) => s + v, 0);
    return Float64Array.from(loadings, (v) => v / total);
  })();

  const included = new Uint8Array(AREAS);
  const weights = new Float64Array(AREAS);
  const dirichlet = new Float64Array(AREAS);
  const alpha = new Array<number>(AREAS).fill(DIRICHLET_CONCENTRATION);
  const order = new Int32Array(AREAS);

  const scores = (config: Configuration, out = new Float64Array(n)): Float64Array => {
    const areas = areaScores(config);
    let count = 0;
    for (let a = 0; a < AREAS; a++) {
      included[a] = (a === HEALTH && !config.health) || (a === EDUCATION && !config.education) || AREA_IDS[a] === config.dropArea ? 0 : 1;
      count += included[a];
    }
    const equal = config.weights === "equal";
    if (!equal) {
      let raw: ArrayLike<number>;
      if (config.weights === "per_indicator") {
        raw = Float64Array.from(indicatorCounts);
        if (config.dropIndicator !== null) (raw as Float64Array)[areaOf[codeIndex.get(config.dropIndicator)!]] -= 1;
      } else if (config.weights === "pca") raw = pcaWeights;
      else raw = dirichletDraw(alpha, createRandom(config.dirichletSeed), dirichlet);
      let total = 0;
      for (let a = 0; a < AREAS; a++) total += included[a] ? raw[a] : 0;
      for (let a = 0; a < AREAS; a++) weights[a] = included[a] ? raw[a] / total : 0;
    } else for (let a = 0; a < AREAS; a++) weights[a] = included[a] ? 1 / count : 0;

    for (let c = 0; c < n; c++) {
      const base = c * AREAS;
      let value: number;
      if (config.aggregation === "arithmetic") {
        let sum = 0;
        // Equal weights: the sum divided by the number of areas, as the workbooks' AVERAGE computes it.
        if (equal) {
          for (let a = 0; a < AREAS; a++) if (included[a]) sum += areas[base + a];
          value = sum / count;
        } else {
          for (let a = 0; a < AREAS; a++) if (included[a]) sum += weights[a] * areas[base + a];
          value = sum;
        }
      } else if (config.aggregation === "geometric") {
        let logSum = 0;
        for (let a = 0; a < AREAS; a++) if (included[a]) logSum += weights[a] * Math.log(areas[base + a] + 1);
        value = Math.exp(logSum) - 1;
      } else value = weightedMedian(areas, base, weights, included, order);
      out[c] = value;
    }
    return out;
  };

  return {data, countries: n, indicatorCodes: codes, pcaWeights, scores, areaScores};
}

/** The weighted median of the included area scores: where the cumulative weight reaches ½, halfway on an exact ½. */
function weightedMedian(areas: Float64Array, base: number, weights: Float64Array, included: Uint8Array, order: Int32Array): number {
  let k = 0;
  for (let a = 0; a < AREAS; a++) if (included[a]) order[k++] = a;
  // Insertion sort of at most eight areas by score.
  for (let i = 1; i < k; i++) {
    const held = order[i];
    let j = i - 1;
    while (j >= 0 && areas[base + order[j]] > areas[base + held]) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = held;
  }
  let cumulative = 0;
  for (let i = 0; i < k; i++) {
    cumulative += weights[order[i]];
    if (Math.abs(cumulative - 0.5) < 1e-12 && i + 1 < k) return (areas[base + order[i]] + areas[base + order[i + 1]]) / 2;
    if (cumulative > 0.5) return areas[base + order[i]];
  }
  return areas[base + order[k - 1]];
}

/**
 * Competition ranks ("1224") of scores, highest first, written into `out`. Scores equal to 9 decimals tie
 * (as lib/stats/rank.ts ranks the published ranking); `order` is scratch space of the same length.
 *
 * @example
 * Array.from(rankScores(Float64Array.of(90, 80, 80, 70))) // [1, 2, 2, 4]
 */
export function rankScores(
  scores: Float64Array,
  out: Int32Array = new Int32Array(scores.length),
  order: Int32Array = new Int32Array(scores.length)
): Int32Array {
  const n = scores.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = Math.round(scores[i] * 1e9);
    order[i] = i;
  }
  order.sort((a, b) => keys[b] - keys[a]);
  for (let r = 0; r < n; r++) out[order[r]] = r > 0 && keys[order[r]] === keys[order[r - 1]] ? out[order[r - 1]] : r + 1;
  return out;
}
