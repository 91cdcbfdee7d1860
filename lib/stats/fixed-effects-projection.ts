/**
 * The projection onto country and year dummies of a (possibly unbalanced) panel, computed exactly: the
 * normal equations of the dummy-variable model (one dummy per unit, one per time but the first) are
 * small ((units + times − 1)², about 50 × 50 for MIPEX), so they are factored once by Cholesky and every
 * vector is demeaned by one solve, with no iteration. The same inverse gives any entry of the dummies' hat
 * matrix, which the CR2 standard errors need.
 */
import {CholeskyDecomposition, Matrix} from "ml-matrix";
import {StatsInputError} from "./errors.ts";

/** The two-way dummy structure of a panel and its projector. */
export interface FixedEffectsProjector {
  /** Rows. */
  n: number;
  /** 0-based unit index of each row, in order of the sorted unit labels. */
  unitIndex: Int32Array;
  /** 0-based time index of each row, in order of the sorted times. */
  timeIndex: Int32Array;
  units: string[];
  times: number[];
  /** Columns of the dummy design (units + times − 1): the rank the two-way effects absorb. */
  rank: number;
  /** v minus its projection on the unit and time dummies (the two-way within transformation). */
  demean(v: ArrayLike<number>): Float64Array;
  /** Entry (i, j) of the dummies' hat matrix D(D'D)⁻¹D'. */
  hat(i: number, j: number): number;
}

/**
 * Builds the projector of a panel given each row's unit and time. Throws when the panel is not connected
 * (the dummies are collinear: some group of units shares no year with the rest).
 *
 * @example
 * const p = fixedEffectsProjector(["A", "A", "B", "B"], [1, 2, 1, 2]);
 * Array.from(p.demean([1, 2, 3, 5])).map((v) => Math.round(v * 100) / 100) // [0.25, -0.25, -0.25, 0.25]
 */
export function fixedEffectsProjector(unit: readonly string[], time: readonly number[]): FixedEffectsProjector {
  const n = unit.length;
  if (time.length !== n) throw new StatsInputError("time", `has ${time.length} rows where unit has ${n}`);
  if (n === 0) throw new StatsInputError("unit", "is empty");
  const units = [...new Set(unit)].sort();
  const times = [...new Set(time)].sort((a, b) => a - b);
  const unitOf = new Map(units.map((u, i) => [u, i]));
  const timeOf = new Map(times.map((t, i) => [t, i]));
  const unitIndex = Int32Array.from(unit, (u) => unitOf.get(u)!);
  const timeIndex = Int32Array.from(time, (t) => timeOf.get(t)!);
  const G = units.length;
  const rank = G + times.length - 1;
  // Column of row i's time dummy, or −1 for the first time (dropped).
  const timeColumn = (i: number): number => (timeIndex[i] === 0 ? -1 : G + timeIndex[i] - 1);
  const crossProduct = new Matrix(rank, rank);
  for (let i = 0; i < n; i++) {
    const u = unitIndex[i];
    const t = timeColumn(i);
    crossProduct.set(u, u, crossProduct.get(u, u) + 1);
    if (t >= 0) {
      crossProduct.set(t, t, crossProduct.get(t, t) + 1);
      crossProduct.set(u, t, crossProduct.get(u, t) + 1);
      crossProduct.set(t, u, crossProduct.get(t, u) + 1);
    }
  }
  const cholesky = new CholeskyDecomposition(crossProduct);
  if (!cholesky.isPositiveDefinite()) {
    throw new StatsInputError("unit", "and time do not form a connected panel: the country and year effects cannot be separated");
  }
  const inverse = cholesky.solve(Matrix.eye(rank)).to2DArray();
  const demean = (v: ArrayLike<number>): Float64Array => {
    if (v.length !== n) throw new StatsInputError("v", `has ${v.length} values for ${n} rows`);
    const totals = new Float64Array(rank);
    for (let i = 0; i < n; i++) {
      totals[unitIndex[i]] += v[i];
      const t = timeColumn(i);
      if (t >= 0) totals[t] += v[i];
    }
    const effects = new Float64Array(rank);
    for (let a = 0; a < rank; a++) {
      let sum = 0;
      const row = inverse[a];
      for (let b = 0; b < rank; b++) sum += row[b] * totals[b];
      effects[a] = sum;
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = timeColumn(i);
      out[i] = v[i] - effects[unitIndex[i]] - (t >= 0 ? effects[t] : 0);
    }
    return out;
  };
  const hat = (i: number, j: number): number => {
    const ui = unitIndex[i];
    const uj = unitIndex[j];
    const ti = timeColumn(i);
    const tj = timeColumn(j);
    let value = inverse[ui][uj];
    if (tj >= 0) value += inverse[ui][tj];
    if (ti >= 0) value += inverse[ti][uj] + (tj >= 0 ? inverse[ti][tj] : 0);
    return value;
  };
  return {n, unitIndex, timeIndex, units, times, rank, demean, hat};
}
