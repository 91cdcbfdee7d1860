/**
 * Errors raised by the statistics core when its input cannot give a meaningful answer.
 *
 * Every public function validates its input and throws a {@link StatsInputError} rather than
 * returning NaN: a silent NaN in a chart or a table is worse than a clear message.
 */

/**
 * The input to a statistics function is unusable: wrong lengths, too few cases, no variance,
 * missing values where none are allowed, or an option out of range.
 * `argument` names the offending argument so that callers can point the user at it.
 *
 * @example
 * pearson([1, 2], [1, 2, 3]) // throws StatsInputError
 * let argument;
 * try {
 *   pearson([1, 2], [1, 2, 3]);
 * } catch (error) {
 *   if (error instanceof StatsInputError) argument = error.argument;
 * }
 * argument // "y"
 */
export class StatsInputError extends Error {
  /** The name of the argument (or option) that is wrong. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.name = "StatsInputError";
    this.argument = argument;
  }
}
