/**
 * Weighted monotone (isotonic) regression by pool-adjacent-violators: the nondecreasing sequence
 * closest to `values` in weighted least squares. Used by categorical PCA for ordinal variables, with
 * category frequencies as weights. The result preserves the weighted mean of the input.
 */
import {StatsInputError} from "./errors.ts";

/**
 * Nondecreasing least-squares fit to `values` with positive `weights` (default all 1).
 *
 * @example
 * monotoneRegression([1, 3, 2, 4]); // [1, 2.5, 2.5, 4]
 * monotoneRegression([1, 3, 2], [1, 3, 1]); // [1, 2.75, 2.75]
 */
export function monotoneRegression(values: ArrayLike<number>, weights?: ArrayLike<number>): number[] {
  const n = values.length;
  if (weights !== undefined && weights.length !== n) {
    throw new StatsInputError("weights", `length ${weights.length} does not match values' length ${n}`);
  }
  // Each block holds a pooled run of adjacent values: its weighted mean, total weight and length.
  const blockMean: number[] = [];
  const blockWeight: number[] = [];
  const blockLength: number[] = [];
  for (let i = 0; i < n; i++) {
    const weight = weights === undefined ? 1 : weights[i];
    if (!(weight > 0) || !Number.isFinite(values[i])) {
      throw new StatsInputError(weights === undefined || weight > 0 ? "values" : "weights", `value at index ${i} is not usable`);
    }
    let mean = values[i];
    let total = weight;
    let length = 1;
    // Pool backwards while the previous block is higher (a violation of monotonicity).
    while (blockMean.length > 0 && blockMean[blockMean.length - 1] > mean) {
      const previousWeight = blockWeight.pop() as number;
      const previousMean = blockMean.pop() as number;
      mean = (previousMean * previousWeight + mean * total) / (previousWeight + total);
      total += previousWeight;
      length += blockLength.pop() as number;
    }
    blockMean.push(mean);
    blockWeight.push(total);
    blockLength.push(length);
  }
  const fitted: number[] = [];
  blockMean.forEach((mean, b) => {
    for (let k = 0; k < blockLength[b]; k++) fitted.push(mean);
  });
  return fitted;
}
