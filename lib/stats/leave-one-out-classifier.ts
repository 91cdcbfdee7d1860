/**
 * Classifiers trained on given labels, and their leave-one-out (cross-validated) predictions: each case
 * is predicted by the classifier trained on all the other cases, so the agreement of the predictions
 * with the labels estimates how well the features reproduce the labels on a case the rule has not seen.
 */
import {StatsInputError} from "./errors.ts";

/** Trains on `features` × `labels` and predicts the label of one case. */
export type Classifier<L> = (features: readonly (readonly number[])[], labels: readonly L[], x: readonly number[]) => L;

const squaredDistance = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, k) => s + (v - b[k]) ** 2, 0);

/**
 * Nearest class mean (Euclidean). Ties go to the label seen first.
 *
 * @example
 * nearestCentroid([[0], [1], [9], [10]], ["low", "low", "high", "high"], [8]) // "high"
 */
export function nearestCentroid<L>(features: readonly (readonly number[])[], labels: readonly L[], x: readonly number[]): L {
  const classes = [...new Set(labels)];
  let best = classes[0];
  let bestDistance = Infinity;
  for (const c of classes) {
    const members = features.filter((_, i) => labels[i] === c);
    const centre = x.map((_, k) => members.reduce((s, row) => s + row[k], 0) / members.length);
    const d = squaredDistance(centre, x);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

/**
 * k nearest neighbours (Euclidean), majority vote; a tied vote goes to the label of the nearer
 * neighbour, a tied distance to the earlier case.
 *
 * @example
 * nearestNeighbours(3)([[0], [1], [2], [9], [10]], ["a", "a", "b", "b", "b"], [0.4]) // "a"
 */
export function nearestNeighbours(k: number): Classifier<unknown> {
  if (!Number.isInteger(k) || k < 1) throw new StatsInputError("k", `must be a positive integer, got ${k}`);
  return <L>(features: readonly (readonly number[])[], labels: readonly L[], x: readonly number[]): L => {
    const order = features
      .map((row, i) => ({i, d: squaredDistance(row, x)}))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .slice(0, k);
    const votes = new Map<L, number>();
    for (const {i} of order) votes.set(labels[i], (votes.get(labels[i]) ?? 0) + 1);
    const most = Math.max(...votes.values());
    return labels[order.find(({i}) => votes.get(labels[i]) === most)!.i];
  };
}

/**
 * Leave-one-out predictions: case i predicted by the classifier trained without case i.
 *
 * @example
 * leaveOneOutPredictions([[0], [1], [9], [10]], ["low", "low", "high", "high"], nearestCentroid) // ["low", "low", "high", "high"]
 */
export function leaveOneOutPredictions<L>(features: readonly (readonly number[])[], labels: readonly L[], classify: Classifier<L>): L[] {
  if (features.length !== labels.length) throw new StatsInputError("labels", `length ${labels.length} differs from the features' ${features.length}`);
  if (features.length < 3) throw new StatsInputError("features", "leave-one-out needs at least 3 cases");
  return features.map((x, i) =>
    classify(
      features.filter((_, j) => j !== i),
      labels.filter((_, j) => j !== i),
      x
    )
  );
}
