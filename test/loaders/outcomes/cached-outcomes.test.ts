import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedOutcomes} from "../../../loaders/outcomes/cached-outcomes.ts";
import {loadOutcomes} from "../../../loaders/outcomes/load-outcomes.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "outcomes");

describe("cachedOutcomes", () => {
  it("reads the folders once per process and shares the same frozen tables", () => {
    const first = cachedOutcomes([fixtures]);
    expect(cachedOutcomes([fixtures])).toBe(first);
    expect(first.observations).toEqual(loadOutcomes([fixtures]).observations);
    expect(Object.isFrozen(first.observations)).toBe(true);
    expect(Object.isFrozen(first.observations[0])).toBe(true);
  });
});
