/**
 * Varimax rotation of a loading matrix, as R's `stats::varimax(x, normalize = TRUE, eps = 1e-5)`
 * (Kaiser 1958): the orthogonal rotation T that maximizes the variance of the squared loadings per
 * column, so that each variable loads mainly on one dimension. The dimensions page uses it only to
 * *name* the CATPCA dimensions by the policy areas that load on them; it changes neither the
 * distances between countries (T is orthogonal) nor the total variance accounted for.
 *
 * Checked against R in test/lib/stats/varimax.test.ts (fixture test/fixtures/r/varimax.json, made by
 * test/fixtures/r/make-varimax-fixture.R with base R only).
 */
import {Matrix, SingularValueDecomposition} from "ml-matrix";

export interface VarimaxResult {
  /** Rotated loadings x·T (variables × dimensions). */
  loadings: number[][];
  /** The orthogonal rotation T (dimensions × dimensions); rotated scores are scores·T. */
  rotation: number[][];
  iterations: number;
}

/**
 * Varimax rotation with Kaiser normalization (rows scaled to unit length while rotating), exactly R's
 * algorithm: T ← U V' from the SVD of B = x'(z³ − z·diag(Σz²)/p), until Σ singular values grows by
 * less than a factor 1 + eps.
 *
 * @example
 * // Each row loads mainly on one column after the rotation.
 * varimax([[0.8, 0.3], [0.7, 0.4], [0.3, 0.8], [0.2, 0.7]]).loadings.map((row) => row.map((l) => Math.round(l * 100) / 100)) // [[0.81, 0.26], [0.72, 0.37], [0.34, 0.79], [0.23, 0.69]]
 */
export function varimax(loadings: readonly (readonly number[])[], {normalize = true, eps = 1e-5}: {normalize?: boolean; eps?: number} = {}): VarimaxResult {
  const p = loadings.length;
  const nc = loadings[0]?.length ?? 0;
  if (p < 2 || nc < 1 || loadings.some((row) => row.length !== nc || row.some((v) => !Number.isFinite(v)))) {
    throw new Error(`varimax: loadings must be a finite matrix with at least 2 rows, got ${p} × ${nc}`);
  }
  const identity = Matrix.eye(nc, nc);
  if (nc < 2) return {loadings: loadings.map((row) => [...row]), rotation: identity.to2DArray(), iterations: 0};
  const scale = loadings.map((row) => (normalize ? Math.sqrt(row.reduce((s, v) => s + v * v, 0)) : 1));
  if (scale.some((s) => s === 0)) throw new Error("varimax: a variable has all-zero loadings; Kaiser normalization is undefined");
  const x = new Matrix(loadings.map((row, i) => row.map((v) => v / scale[i])));
  let rotation = identity;
  let d = 0;
  let iterations = 0;
  for (let i = 0; i < 1000; i++) {
    iterations++;
    const z = x.mmul(rotation);
    const columnSquares = Array.from({length: nc}, (_, k) => z.getColumn(k).reduce((s, v) => s + v * v, 0) / p);
    const target = new Matrix(p, nc);
    for (let r = 0; r < p; r++) for (let k = 0; k < nc; k++) target.set(r, k, z.get(r, k) ** 3 - z.get(r, k) * columnSquares[k]);
    const svd = new SingularValueDecomposition(x.transpose().mmul(target), {autoTranspose: true});
    rotation = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
    const previous = d;
    d = svd.diagonal.reduce((s, v) => s + v, 0);
    if (d < previous * (1 + eps)) break;
  }
  const rotated = x
    .mmul(rotation)
    .to2DArray()
    .map((row, i) => row.map((v) => v * scale[i]));
  return {loadings: rotated, rotation: rotation.to2DArray(), iterations};
}
