import {readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {PROJECT_ROOT} from "../../../loaders/data-sources.ts";
import {sharedOutcomesDir} from "../../have-sources.ts";

/** The shared outcome files (never copied into the repository), found as the loaders find them. */
export const SHARED_OUTCOMES = sharedOutcomesDir() ?? resolve(PROJECT_ROOT, "..", "shared", "data", "outcomes");
/** Whether the outcome files are where the loaders look (with `$MIPEX_DATA_DIR` set, only there). */
export const HAVE_SHARED = sharedOutcomesDir() !== undefined;
export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures", "outcomes");

export function shared(path: string): string {
  return readFileSync(join(SHARED_OUTCOMES, path), "utf8");
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Runs `fn` and returns the error it throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}
