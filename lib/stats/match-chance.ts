/**
 * The chance level of "n of m items agree": how many of m items would get the reference label if the
 * reference labels were dealt to the items at random (every permutation equally likely, so the counts
 * of each label are kept). Exact, by enumerating all m! permutations; m ≤ 10.
 */
import {StatsInputError} from "./errors.ts";

/** Result of {@link matchChance}. */
export interface MatchChance {
  observed: number;
  items: number;
  /** Probability of exactly 0 … m matches. */
  probabilities: number[];
  expected: number;
  /** P(matches ≥ observed). */
  pAtLeastObserved: number;
}

/**
 * Exact distribution of the matches between `assigned` and a random permutation of `reference`.
 *
 * @example
 * matchChance(["a", "b"], ["a", "b"]).probabilities // [0.5, 0, 0.5]
 */
export function matchChance<L>(assigned: readonly L[], reference: readonly L[]): MatchChance {
  const m = assigned.length;
  if (reference.length !== m) throw new StatsInputError("reference", `length ${reference.length} differs from the assigned labels' ${m}`);
  if (m < 1 || m > 10) throw new StatsInputError("assigned", `exact enumeration needs 1 to 10 items, got ${m}`);
  const observed = assigned.filter((a, i) => a === reference[i]).length;
  const counts = new Array<number>(m + 1).fill(0);
  const used = new Array<boolean>(m).fill(false);
  let total = 0;
  const walk = (position: number, matches: number) => {
    if (position === m) {
      counts[matches]++;
      total++;
      return;
    }
    for (let j = 0; j < m; j++) {
      if (used[j]) continue;
      used[j] = true;
      walk(position + 1, matches + (reference[j] === assigned[position] ? 1 : 0));
      used[j] = false;
    }
  };
  walk(0, 0);
  const probabilities = counts.map((c) => c / total);
  return {
    observed,
    items: m,
    probabilities,
    expected: probabilities.reduce((s, p, k) => s + p * k, 0),
    pAtLeastObserved: probabilities.slice(observed).reduce((s, p) => s + p, 0)
  };
}
