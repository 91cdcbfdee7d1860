/**
 * Competition ranks ("1224"): equal values share the best rank, the next rank skips. Values are
 * compared after rounding to `digits` decimals, so that scores equal in the workbook but for float noise
 * tie.
 *
 * @example
 * competitionRanks([90, 80, 80, 70]) // [1, 2, 2, 4]
 */
export function competitionRanks(values: readonly number[], {descending = true, digits = 9}: {descending?: boolean; digits?: number} = {}): number[] {
  const rounded = values.map((v) => Number(v.toFixed(digits)));
  return rounded.map((v) => 1 + rounded.filter((w) => (descending ? w > v : w < v)).length);
}
