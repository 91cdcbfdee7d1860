/**
 * Euclidean distances between cases (rows), the dissimilarity behind k-means, Ward clustering and
 * silhouettes — R's `dist(x)` default.
 */
import {requireMatrix} from "./validate.ts";

/**
 * Squared Euclidean distance between two equally long rows.
 *
 * @example
 * squaredDistance([0, 0], [3, 4]); // 25
 */
export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) {
    const difference = a[j] - b[j];
    sum += difference * difference;
  }
  return sum;
}

/**
 * Full symmetric n × n matrix of Euclidean distances between rows.
 *
 * @example
 * distanceMatrix([[0, 0], [3, 4]]); // [[0, 5], [5, 0]]
 */
export function distanceMatrix(data: readonly (readonly number[])[]): number[][] {
  requireMatrix(data, "data");
  const n = data.length;
  const distances = Array.from({length: n}, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.sqrt(squaredDistance(data[i], data[j]));
      distances[i][j] = d;
      distances[j][i] = d;
    }
  }
  return distances;
}
