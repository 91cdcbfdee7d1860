// Reads the JSON reference values written by test/fixtures/r/make-fixtures.R (tests never run R).
// jsonlite writes 15 significant digits, so tolerances tighter than ~1e-14 relative are meaningless.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {expect} from "vitest";

const fixtureDirectory = fileURLToPath(new URL("../../fixtures/r/", import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readFixture(name: string): any {
  return JSON.parse(readFileSync(fixtureDirectory + name, "utf8"));
}

/** Asserts |actual − expected| ≤ tolerance · max(1, |expected|) (relative for large values, absolute near 0). */
export function expectClose(actual: number, expected: number, tolerance: number, what = ""): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance * scale)) {
    expect.fail(`${what} expected ${expected}, got ${actual} (difference ${actual - expected}, tolerance ${tolerance})`);
  }
}

/** Asserts relative agreement, for values that can be tiny (tail probabilities). */
export function expectRelativelyClose(actual: number, expected: number, tolerance: number, what = ""): void {
  if (expected === 0) {
    expect(actual, what).toBe(0);
    return;
  }
  if (!(Math.abs(actual - expected) <= tolerance * Math.abs(expected))) {
    expect.fail(`${what} expected ${expected}, got ${actual} (relative difference ${(actual - expected) / expected})`);
  }
}

export function expectAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what = ""): void {
  expect(actual.length, `${what} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expectClose(actual[i], expected[i], tolerance, `${what}[${i}]`);
}
