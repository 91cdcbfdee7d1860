/**
 * The restricted wild cluster bootstrap (WCR; Cameron, Gelbach and Miller 2008; Roodman, MacKinnon, Nielsen and
 * Webb 2019, Stata's boottest) for one coefficient of a two-way fixed-effects model clustered by country: the
 * test that works with few clusters, where clustered t tests over-reject.
 *
 * Each draw rebuilds the outcome as the fit under the null (coefficient j fixed at β₀) plus the null model's
 * residuals multiplied by one weight per country (Rademacher ±1 or Webb's six-point weights), refits the full
 * two-way model, and computes the CR1 t statistic. The p-value is the share of draws with |t*| ≥ |t|.
 * With Rademacher weights and 2^G ≤ draws, every one of the 2^G sign vectors is used once (the exact
 * distribution, as boottest does).
 *
 * Speed: the refit is linear in the weights, so per draw only G² products remain (the demeaning of each
 * country's residuals is done once); everything is also linear in β₀, so the confidence interval (the β₀ not
 * rejected at 1 − level, found by bisection) reuses the same draws at almost no cost.
 */
import {crossProductInverse} from "./cluster-robust.ts";
import {StatsInputError} from "./errors.ts";
import {resolveRandom, type RandomOptions} from "./random.ts";
import type {TwoWayFit} from "./two-way-fixed-effects.ts";

/** The weights per country. */
export type WildWeights = "rademacher" | "webb";

/** Options of the bootstrap. */
export interface WildBootstrapOptions extends RandomOptions {
  /** The tested coefficient, by position (default 0: the policy). */
  coefficient?: number;
  /** The null value β₀ of the p-value (default 0). */
  nullValue?: number;
  /** Draws (default 9,999). */
  draws?: number;
  weights?: WildWeights;
  /** Level of the interval (default the fit's level). */
  level?: number;
}

/** The bootstrap's result. */
export interface WildBootstrapResult {
  coefficient: string;
  nullValue: number;
  /** The observed CR1 t statistic for β₀. */
  statistic: number;
  pValue: number;
  confidenceInterval: [number, number];
  level: number;
  draws: number;
  /** True when all 2^G Rademacher sign vectors were used. */
  enumerated: boolean;
  weights: WildWeights;
}

const WEBB = [-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1, Math.sqrt(1.5)];

/** Each draw's statistic as a function of β₀: t*(β₀) = (a + b·β₀) / √(c·(s + 2u·β₀ + w·β₀²)). */
interface DrawTable {
  a: Float64Array;
  b: Float64Array;
  s: Float64Array;
  u: Float64Array;
  w: Float64Array;
}

/**
 * Wild cluster bootstrap p-value and interval for one coefficient of a two-way fit.
 *
 * @example
 * const unit = Array.from({length: 24}, (_, i) => "ABCD"[Math.floor(i / 6)]);
 * const time = Array.from({length: 24}, (_, i) => 2010 + (i % 6));
 * const start = {A: 2012, B: 2013, C: 2014, D: 9999}; // staggered reforms; D never reforms
 * const score = time.map((t, i) => (t >= start[unit[i]] ? 60 : 40) + (i % 3));
 * const y = score.map((s, i) => 0.5 * s + ((i * 7) % 5));
 * const fit = twoWayFixedEffects({unit, time, y, regressors: [score], names: ["score"]});
 * // Four clusters: Rademacher weights give only 2⁴ = 16 distinct draws, so p cannot go below 1/8 here.
 * wildClusterBootstrap(fit, {draws: 9999, seed: 2020}).pValue // 0.125
 */
export function wildClusterBootstrap(fit: TwoWayFit, options: WildBootstrapOptions = {}): WildBootstrapResult {
  const {coefficient: j = 0, nullValue = 0, draws = 9999, weights = "rademacher"} = options;
  const level = options.level ?? fit.level;
  const K = fit.demeanedRegressors.length;
  if (!(Number.isInteger(j) && j >= 0 && j < K)) throw new StatsInputError("coefficient", `must be a regressor position 0 … ${K - 1}, got ${j}`);
  if (!(Number.isInteger(draws) && draws >= 99)) throw new StatsInputError("draws", `must be a whole number ≥ 99, got ${draws}`);
  const table = drawTable(fit, j, draws, weights, resolveRandom(options));
  const N = fit.n;
  const G = fit.clusters;
  const factor = (G / (G - 1)) * ((N - 1) / (N - K));
  const estimate = fit.coefficients[j].estimate;
  const se = fit.coefficients[j].cr1.standardError;
  const pValue = (beta0: number): number => {
    const observed = Math.abs((estimate - beta0) / se) * (1 - 1e-9);
    let exceed = 0;
    const count = table.a.length;
    for (let d = 0; d < count; d++) {
      const numerator = table.a[d] + table.b[d] * beta0;
      const variance = factor * (table.s[d] + 2 * table.u[d] * beta0 + table.w[d] * beta0 * beta0);
      if (Math.abs(numerator) >= observed * Math.sqrt(Math.max(variance, 0))) exceed++;
    }
    return exceed / count;
  };
  const alpha = 1 - level;
  const bound = (direction: 1 | -1): number => {
    let inside = estimate;
    let step = se;
    let outside = estimate + direction * step;
    for (let k = 0; pValue(outside) > alpha; k++) {
      if (k > 60) throw new StatsInputError("level", "the bootstrap interval does not close (too few clusters for this level)");
      inside = outside;
      step *= 2;
      outside = estimate + direction * step;
    }
    for (let k = 0; k < 60 && Math.abs(outside - inside) > 1e-9 * se; k++) {
      const middle = (inside + outside) / 2;
      if (pValue(middle) > alpha) inside = middle;
      else outside = middle;
    }
    return (inside + outside) / 2;
  };
  return {
    coefficient: fit.coefficients[j].name,
    nullValue,
    statistic: (estimate - nullValue) / se,
    pValue: pValue(nullValue),
    confidenceInterval: [bound(-1), bound(1)],
    level,
    draws: table.a.length,
    enumerated: weights === "rademacher" && 2 ** G <= draws,
    weights
  };
}

// The per-draw coefficients of t*(β₀). Notation: Ẍ demeaned regressors (N × K), A⁻¹ = (Ẍ'Ẍ)⁻¹, r = A⁻¹e_j,
// ũ(β₀) = M_Z(ÿ − β₀ẍ_j) the null model's residuals (Z: the other regressors), f(β₀) = ÿ − ũ(β₀) its fit.
// A draw's demeaned outcome is f + Σ_g v_g W_g with W_g = M_D(1_g ⊙ ũ) (M_D: the two-way demeaning), so
//   β*_j = r'Ẍ'f + Σ_g v_g r'Ẍ_g'ũ_g,  and country h's score r'Ẍ_h'u*_h = P0_h + Σ_g v_g P_hg,
// with P0_h = w_h'f_h − m_h'b0, P_hg = w_h'(W_g)_h − m_h'b_g, w = Ẍr, m_h = Ẍ_h'Ẍ_h r, b0 = A⁻¹Ẍ'f, b_g = A⁻¹Ẍ_g'ũ_g.
// Every one of these is affine in β₀: the suffix 0 is the value at β₀ = 0, the suffix 1 the slope.
function drawTable(fit: TwoWayFit, j: number, draws: number, weights: WildWeights, random: () => number): DrawTable {
  const X = fit.demeanedRegressors;
  const y = fit.demeanedY;
  const K = X.length;
  const N = fit.n;
  const cluster = fit.projector.unitIndex;
  const G = fit.clusters;
  const inverse = crossProductInverse(X);
  const r = inverse.map((row) => row[j]);
  const others = X.filter((_, k) => k !== j);
  const residualOn = (v: Float64Array): Float64Array => (others.length === 0 ? v.slice() : residualize(v, others));
  // ũ(β₀) = ua − β₀·ub, f(β₀) = (y − ua) + β₀·ub.
  const ua = residualOn(y);
  const ub = residualOn(X[j]);
  const fa = Float64Array.from(y, (v, i) => v - ua[i]);
  const fb = ub;
  const w = new Float64Array(N);
  for (let i = 0; i < N; i++) for (let k = 0; k < K; k++) w[i] += X[k][i] * r[k];
  // m_h = Ẍ_h'Ẍ_h r = Ẍ_h' w_h.
  const m = Array.from({length: G}, () => new Float64Array(K));
  for (let i = 0; i < N; i++) for (let k = 0; k < K; k++) m[cluster[i]][k] += X[k][i] * w[i];
  const times = (vector: Float64Array): Float64Array => {
    const out = new Float64Array(K);
    for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) out[a] += inverse[a][b] * vector[b];
    return out;
  };
  const part = (u: Float64Array, f: Float64Array) => {
    // c0 = r'Ẍ'f = w'f; c_g = w_g'u_g; b0 = A⁻¹Ẍ'f; b_g = A⁻¹Ẍ_g'u_g.
    let c0 = 0;
    const c = new Float64Array(G);
    const xf = new Float64Array(K);
    const xu = Array.from({length: G}, () => new Float64Array(K));
    const wf = new Float64Array(G);
    for (let i = 0; i < N; i++) {
      c0 += w[i] * f[i];
      c[cluster[i]] += w[i] * u[i];
      wf[cluster[i]] += w[i] * f[i];
      for (let k = 0; k < K; k++) {
        xf[k] += X[k][i] * f[i];
        xu[cluster[i]][k] += X[k][i] * u[i];
      }
    }
    const b0 = times(xf);
    const bg = xu.map(times);
    const P0 = new Float64Array(G);
    for (let h = 0; h < G; h++) P0[h] = wf[h] - m[h].reduce((sum, v, k) => sum + v * b0[k], 0);
    // P[h·G + g] = w_h'(W_g)_h − m_h'b_g.
    const P = new Float64Array(G * G);
    const single = new Float64Array(N);
    for (let g = 0; g < G; g++) {
      for (let i = 0; i < N; i++) single[i] = cluster[i] === g ? u[i] : 0;
      const demeaned = fit.projector.demean(single);
      for (let i = 0; i < N; i++) P[cluster[i] * G + g] += w[i] * demeaned[i];
      for (let h = 0; h < G; h++) P[h * G + g] -= m[h].reduce((sum, v, k) => sum + v * bg[g][k], 0);
    }
    return {c0, c, P0, P};
  };
  const negatedUb = ub.map((v) => -v);
  const at0 = part(ua, fa);
  const slope = part(negatedUb, fb);
  const enumerate = weights === "rademacher" && 2 ** G <= draws;
  const count = enumerate ? 2 ** G : draws;
  const table: DrawTable = {
    a: new Float64Array(count),
    b: new Float64Array(count),
    s: new Float64Array(count),
    u: new Float64Array(count),
    w: new Float64Array(count)
  };
  // Country h's two score coefficients side by side (value at β₀ = 0, slope), row by row, for locality.
  const P = new Float64Array(2 * G * G);
  for (let h = 0; h < G; h++) {
    for (let g = 0; g < G; g++) {
      P[2 * (h * G + g)] = at0.P[h * G + g];
      P[2 * (h * G + g) + 1] = slope.P[h * G + g];
    }
  }
  const {P0: P0a, c: ca, c0: c0a} = at0;
  const {P0: P0b, c: cb, c0: c0b} = slope;
  const v = new Float64Array(G);
  for (let d = 0; d < count; d++) {
    if (enumerate) for (let g = 0; g < G; g++) v[g] = (d >> g) & 1 ? 1 : -1;
    else if (weights === "rademacher") for (let g = 0; g < G; g++) v[g] = random() < 0.5 ? -1 : 1;
    else for (let g = 0; g < G; g++) v[g] = WEBB[Math.floor(random() * 6)];
    let a = c0a;
    let b = c0b - 1;
    for (let g = 0; g < G; g++) {
      a += v[g] * ca[g];
      b += v[g] * cb[g];
    }
    let s = 0;
    let u = 0;
    let ww = 0;
    for (let h = 0, offset = 0; h < G; h++) {
      let s0 = P0a[h];
      let s1 = P0b[h];
      for (let g = 0; g < G; g++, offset += 2) {
        const weight = v[g];
        s0 += weight * P[offset];
        s1 += weight * P[offset + 1];
      }
      s += s0 * s0;
      u += s0 * s1;
      ww += s1 * s1;
    }
    table.a[d] = a;
    table.b[d] = b;
    table.s[d] = s;
    table.u[d] = u;
    table.w[d] = ww;
  }
  return table;
}

// v minus its least-squares projection on the columns (no intercept: the columns are already demeaned).
function residualize(v: Float64Array, columns: Float64Array[]): Float64Array {
  const inverse = crossProductInverse(columns);
  const moments = columns.map((c) => c.reduce((sum, x, i) => sum + x * v[i], 0));
  const coefficients = inverse.map((row) => row.reduce((sum, b, k) => sum + b * moments[k], 0));
  return Float64Array.from(v, (x, i) => x - coefficients.reduce((sum, b, k) => sum + b * columns[k][i], 0));
}
