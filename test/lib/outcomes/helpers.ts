import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {PROJECT_ROOT, dataDirectories} from "../../../loaders/data-sources.ts";

/** The shared outcome files (never copied into the repository), where the project looks for them. */
export const SHARED_OUTCOMES = dataDirectories().map((d) => join(d, "outcomes")).find((d) => existsSync(d)) ?? resolve(PROJECT_ROOT, "..", "shared", "data", "outcomes");
export const HAVE_SHARED = existsSync(SHARED_OUTCOMES);
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
