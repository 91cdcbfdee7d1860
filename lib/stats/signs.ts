/**
 * Deterministic signs for components. An eigenvector's sign is arbitrary (R's `prcomp` and ml-pca may
 * disagree), which would make "dimension 1" flip between runs or libraries. Rule used throughout
 * lib/stats: a component is oriented so that the sum of its loadings is positive — for MIPEX, where
 * every indicator is scored so that higher means more inclusive, positive scores then mean "more
 * inclusive". When that sum is essentially zero (|sum| < 1e-8 · Σ|loading|), the largest absolute
 * loading (the first, on ties) is made positive instead.
 */

/**
 * +1 or −1: the factor that orients the loading vector `column` by the rule above.
 *
 * @example
 * orientationSign([-0.6, -0.5, 0.2]); // -1
 */
export function orientationSign(column: ArrayLike<number>): 1 | -1 {
  let sum = 0;
  let absoluteSum = 0;
  let largest = 0;
  let largestIndex = 0;
  for (let i = 0; i < column.length; i++) {
    sum += column[i];
    absoluteSum += Math.abs(column[i]);
    if (Math.abs(column[i]) > largest) {
      largest = Math.abs(column[i]);
      largestIndex = i;
    }
  }
  if (Math.abs(sum) > 1e-8 * absoluteSum) return sum > 0 ? 1 : -1;
  return column[largestIndex] < 0 ? -1 : 1;
}
