/**
 * Ordinary least-squares fitting on a design matrix, via ml-matrix's QR decomposition
 * (numerically safer than the normal equations).
 */
import {Matrix, QrDecomposition} from "ml-matrix";
import {StatsInputError} from "./errors.ts";

/**
 * Residuals of `response` after regressing it on an intercept and the `predictors` (each an array of
 * length n). Throws when the predictors are collinear with each other or the intercept.
 *
 * @example
 * // Residuals of y on x (fitted line 0.5 + 0.8 x).
 * residualize([1, 2, 4, 3], [[1, 2, 3, 4]]) // ≈ [-0.3, -0.1, 1.1, -0.7]
 */
export function residualize(response: readonly number[], predictors: readonly (readonly number[])[], argument = "controls"): number[] {
  const n = response.length;
  const design = new Matrix(n, predictors.length + 1);
  for (let i = 0; i < n; i++) {
    design.set(i, 0, 1);
    for (let j = 0; j < predictors.length; j++) design.set(i, j + 1, predictors[j][i]);
  }
  const qr = new QrDecomposition(design);
  // ml-matrix only tests for an exact zero pivot; rounding leaves ~1e-15 instead, so compare each
  // pivot with its column's norm.
  const upper = qr.upperTriangularMatrix;
  for (let k = 0; k < design.columns; k++) {
    const columnNorm = design.getColumnVector(k).norm();
    if (!(Math.abs(upper.get(k, k)) > 1e-10 * columnNorm)) {
      throw new StatsInputError(argument, "are collinear (or constant), so they cannot be partialled out");
    }
  }
  const coefficients = qr.solve(Matrix.columnVector(response as number[]));
  const fitted = design.mmul(coefficients);
  return response.map((value, i) => value - fitted.get(i, 0));
}
