import {describe, expect, it} from "vitest";
import {deepFreeze} from "../../../lib/mipex/deep-freeze.ts";

describe("deepFreeze", () => {
  it("freezes nested objects and arrays, so an in-place edit throws", () => {
    const tables = deepFreeze({rows: [{score: 50, tags: ["a"]}]});
    expect(Object.isFrozen(tables.rows[0].tags)).toBe(true);
    expect(() => {
      (tables.rows[0] as {score: number}).score = 0;
    }).toThrow(TypeError);
    expect(() => tables.rows.push({score: 0, tags: []})).toThrow(TypeError);
  });

  it("leaves primitives, null and typed arrays as they are", () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
    const bytes = new Uint8Array([1, 2]);
    expect(Object.isFrozen(deepFreeze({bytes}).bytes)).toBe(false);
  });
});
