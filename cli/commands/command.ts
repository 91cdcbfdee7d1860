/**
 * One `mipex` command. Its module is imported only when the command runs (cli/mipex.ts), and it imports
 * the heavy modules (workbook reader, findings, encoders) only after its arguments have been checked, so
 * a usage error costs no more than Node's start.
 */
export type RunCommand = (args: string[], usage: string) => Promise<number>;

/** Thrown for a usage error the command found itself: cli/mipex.ts prints it with the usage and exits 2. */
export class UsageError extends Error {}
