// One argument parser for scripts/ and bench/: node:util parseArgs (strict: an unknown flag, a missing
// value or a stray positional is an error), with a usage line in the error that names the bad flag.
// cli/ keeps its own command table (cli/commands).
import {parseArgs, type ParseArgsConfig} from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A command line the script cannot run: the message names the bad argument and ends with the usage. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * The flags of `args` (the script's own arguments by default) parsed against `options`; a bad flag
 * throws a {@link UsageError} naming it, followed by `usage`.
 *
 * @example
 * const {values} = scriptArgs("fill-npm-cache.ts [--root src] [--force] [--check]", {root: {type: "string"}, force: {type: "boolean"}});
 */
export function scriptArgs<const O extends Options>(usage: string, options: O, args: readonly string[] = process.argv.slice(2)) {
  try {
    return parseArgs({args: [...args], options, allowPositionals: false, strict: true});
  } catch (error) {
    throw usageError(error, usage);
  }
}

/** As {@link scriptArgs}, also taking positional arguments (`bench/run.ts cli-start stats`). */
export function scriptArgsWithPositionals<const O extends Options>(usage: string, options: O, args: readonly string[] = process.argv.slice(2)) {
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: true});
  } catch (error) {
    throw usageError(error, usage);
  }
}

/**
 * A whole number of at least `min` from a flag's text (`--runs 5`); a {@link UsageError} naming the flag otherwise.
 *
 * @example
 * countArg(values.runs, "--runs", usage) // 5
 */
export function countArg(text: string | undefined, flag: string, usage: string, min = 1): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} takes a whole number of at least ${min}, not ${JSON.stringify(text)}\nusage: ${usage}`);
  return n;
}

function usageError(error: unknown, usage: string): unknown {
  // parseArgs's own errors (ERR_PARSE_ARGS_UNKNOWN_OPTION, ..._INVALID_OPTION_VALUE, ..._UNEXPECTED_POSITIONAL) name the argument.
  const code = (error as {code?: unknown})?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) return new UsageError(`${(error as Error).message}\nusage: ${usage}`);
  return error;
}
