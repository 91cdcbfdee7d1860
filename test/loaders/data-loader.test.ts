import {execFileSync} from "node:child_process";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {isEntryPoint} from "../../loaders/data-loader.ts";

const loader = join(import.meta.dirname, "..", "fixtures", "loader-site", "data", "greeting.json.ts");
const tsx = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");

describe("dataLoader", () => {
  it("writes the output to stdout when Framework runs the loader file", () => {
    expect(execFileSync(tsx, [loader], {encoding: "utf8"})).toBe('{"greeting":"hello","pid":"number"}');
  });

  it("writes nothing when the loader is imported, and hands over its build", async () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(loader).href)}); process.stdout.write("build: " + typeof m.default);`;
    expect(execFileSync(tsx, ["--eval", script, "--input-type=module"], {encoding: "utf8"})).toBe("build: function");
  });

  it("exits non-zero with the loader's error when its build fails", () => {
    const broken = join(import.meta.dirname, "..", "fixtures", "failing-loader-site", "data", "broken.json.ts");
    expect(() => execFileSync(tsx, [broken], {encoding: "utf8", stdio: "pipe"})).toThrow(/row 3, column value: not a number/);
  });
});

describe("isEntryPoint", () => {
  it("compares the module with the script the process started with", () => {
    expect(isEntryPoint(pathToFileURL(loader).href, ["node", loader])).toBe(true);
    expect(isEntryPoint(pathToFileURL(loader).href, ["node", "/elsewhere/script.ts"])).toBe(false);
    expect(isEntryPoint(pathToFileURL(loader).href, ["node"])).toBe(false);
  });
});
