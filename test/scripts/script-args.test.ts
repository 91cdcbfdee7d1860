import {describe, expect, it} from "vitest";
import {countArg, scriptArgs, scriptArgsWithPositionals, UsageError} from "../../scripts/script-args.ts";

const USAGE = "tool.ts [--runs N] [--force]";
const OPTIONS = {runs: {type: "string", default: "3"}, force: {type: "boolean"}} as const;

describe("scriptArgs", () => {
  it("parses the flags it is told about", () => {
    expect(scriptArgs(USAGE, OPTIONS, ["--runs", "5", "--force"]).values).toEqual({runs: "5", force: true});
    expect(scriptArgs(USAGE, OPTIONS, []).values).toEqual({runs: "3"});
    expect(scriptArgs(USAGE, OPTIONS, ["--runs=7"]).values.runs).toBe("7");
  });
  it("names an unknown flag and gives the usage", () => {
    expect(() => scriptArgs(USAGE, OPTIONS, ["--frobnicate"])).toThrow(UsageError);
    expect(() => scriptArgs(USAGE, OPTIONS, ["--frobnicate"])).toThrow(/--frobnicate[\s\S]*usage: tool\.ts \[--runs N\]/);
  });
  it("names a flag missing its value, and refuses stray positionals", () => {
    expect(() => scriptArgs(USAGE, OPTIONS, ["--runs"])).toThrow(/--runs/);
    expect(() => scriptArgs(USAGE, OPTIONS, ["extra"])).toThrow(/extra/);
    expect(scriptArgsWithPositionals(USAGE, OPTIONS, ["a", "b", "--force"]).positionals).toEqual(["a", "b"]);
  });
});

describe("countArg", () => {
  it("reads whole numbers and names the flag otherwise", () => {
    expect(countArg("5", "--runs", USAGE)).toBe(5);
    expect(() => countArg("five", "--runs", USAGE)).toThrow(/--runs takes a whole number of at least 1, not "five"/);
    expect(() => countArg("0", "--runs", USAGE)).toThrow(UsageError);
    expect(countArg("0", "--sample", USAGE, 0)).toBe(0);
  });
});
