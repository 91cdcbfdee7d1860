import {execFileSync} from "node:child_process";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {describe, expect, it, vi} from "vitest";
import {isEntryPoint} from "../../loaders/data-loader.ts";

const loader = join(import.meta.dirname, "..", "fixtures", "loader-site", "data", "greeting.json.ts");
// `node --import tsx loader.ts` is what the `tsx` command runs, minus the parent process it starts first.
const runLoader = (file: string, options: {stdio?: "pipe"} = {}) => execFileSync(process.execPath, ["--import", "tsx", file], {encoding: "utf8", ...options});

describe("dataLoader", () => {
  it("writes the output to stdout when Framework runs the loader file", () => {
    expect(runLoader(loader)).toBe('{"greeting":"hello","pid":"number"}');
  });

  it("writes nothing when the loader is imported, and hands over its build", async () => {
    const write = vi.spyOn(process.stdout, "write");
    try {
      const module = (await import(pathToFileURL(loader).href)) as {default: unknown};
      expect(typeof module.default).toBe("function");
      await new Promise((resolve) => setImmediate(resolve)); // a loader run as a script writes once its build settles
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
  });

  it("exits non-zero with the loader's error when its build fails", () => {
    const broken = join(import.meta.dirname, "..", "fixtures", "failing-loader-site", "data", "broken.json.ts");
    expect(() => runLoader(broken, {stdio: "pipe"})).toThrow(/row 3, column value: not a number/);
  });
});

describe("isEntryPoint", () => {
  it("compares the module with the script the process started with", () => {
    expect(isEntryPoint(pathToFileURL(loader).href, ["node", loader])).toBe(true);
    expect(isEntryPoint(pathToFileURL(loader).href, ["node", "/elsewhere/script.ts"])).toBe(false);
    expect(isEntryPoint(pathToFileURL(loader).href, ["node"])).toBe(false);
  });
});
