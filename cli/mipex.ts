#!/usr/bin/env -S npx tsx
import {realpathSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {UsageError, type RunCommand} from "./commands/command.ts";

/**
 * The commands, in the order the usage lists them. Each module is imported only when its command runs, so
 * a usage error loads nothing heavy. Adding a command: one entry here and one module in cli/commands/ that
 * exports `run(args, usage)`.
 */
const COMMANDS: Record<string, {synopsis: string; what: string; load: () => Promise<{run: RunCommand}>}> = {
  tables: {
    synopsis: "tables --out DIR [--format csv|parquet|arrow]",
    what: "write every tidy table to DIR, one file per table",
    load: () => import("./commands/tables.ts")
  },
  reproduce: {
    synopsis: "reproduce [--json] [--summary-markdown]",
    what: "print every finding: computed beside published, its basis\nand source (--summary-markdown: the README's paragraph)",
    load: () => import("./commands/reproduce.ts")
  },
  check: {
    synopsis: "check [--json] [--quiet] [--strict]",
    what: "validate all sources (workbooks and outcome files), list the\nfiles read with their sha256, print a summary and every\noutcome conflict, duplicate, unknown geography and flag at\nits file, row and column; exit 1 on errors (--strict: also\non outcome warnings; --quiet: print only those;\n--summary-markdown: README's tables section)",
    load: () => import("./commands/check.ts")
  },
  robustness: {
    synopsis: "robustness [--draws N] [--seed S] [--json]",
    what: "rank intervals, Top Ten probabilities and Sobol indices over\nalternative choices of the index (more options: robustness --help)",
    load: () => import("./commands/robustness.ts")
  }
};

const SYNOPSIS_WIDTH = 46;
const USAGE = [
  "Usage: npm run mipex -- <command> [options]",
  "",
  "Commands:",
  ...Object.values(COMMANDS).map(
    ({synopsis, what}) => "  " + synopsis.padEnd(SYNOPSIS_WIDTH) + "  " + what.replaceAll("\n", "\n" + " ".repeat(SYNOPSIS_WIDTH + 4))
  ),
  "",
  "Sources are found in $MIPEX_DATA_DIR, data/raw/ or ../shared/data (see README)."
].join("\n");

/**
 * Runs one command and returns the exit code: 0 done, 1 failed (bad data), 2 usage error. Tests call it
 * in-process; the command line calls it below.
 *
 * @example (needs the workbooks)
 * await main(["check", "--quiet"]) // 0
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  const {run} = await command.load();
  try {
    return await run(args, USAGE);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    // parseArgs' own errors (an unknown or malformed option) are usage errors too.
    if (String((error as {code?: unknown}).code).startsWith("ERR_PARSE_ARGS_")) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

/** Runs the command line and sets the exit code; a failure prints its message only (bad data is not a crash). */
export function runCli(argv: string[]): Promise<void> {
  // A reader who pipes the output into `head` closes the pipe early: that is the end of the output, not an
  // error, so stop quietly (as cat and grep do) instead of printing Node's EPIPE stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  // exitCode, not exit(): exiting at once would cut off output still being written to a pipe.
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(`mipex: ${error.message}`);
      process.exitCode = 1;
    }
  );
}

// Run directly (`node --import tsx cli/mipex.ts`); `npm run mipex` goes through the compiled copy (cli/run.mjs).
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) void runCli(process.argv.slice(2));
