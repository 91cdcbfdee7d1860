import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {finding} from "../../../lib/findings/finding.ts";
import {findingsModule, ownsId, type FindingInputs} from "../../../lib/findings/findings-module.ts";
import {FINDINGS_MODULES, allFindings, ownerOf} from "../../../lib/findings/registry.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

describe("findings registry", () => {
  it("gives each id prefix to one module only", () => {
    const owners = FINDINGS_MODULES.flatMap((m) => m.idPrefixes.map((prefix) => ({prefix, stem: m.stem})));
    for (const a of owners) {
      const clashes = owners.filter((b) => b.stem !== a.stem && (ownsId(a.prefix, b.prefix) || ownsId(b.prefix, a.prefix)));
      expect(clashes, `prefix ${a.prefix} of ${a.stem}`).toEqual([]);
    }
  });

  it("has one module per stem", () => {
    const stems = FINDINGS_MODULES.map((m) => m.stem);
    expect(stems.length).toBe(new Set(stems).size);
  });

  it.each(FINDINGS_MODULES.map((m) => [m.stem, m] as const))("finds %s's page, loader and findings module by its stem", (stem, module) => {
    expect(existsSync(join(ROOT, "lib", "findings", `${stem}.ts`)), `lib/findings/${stem}.ts`).toBe(true);
    const loaders = readdirSync(join(ROOT, "src", "data")).filter((f) => f.startsWith(`${stem}.`) && f.endsWith(".ts"));
    expect(loaders, `src/data/${stem}.<ext>.ts`).toHaveLength(1);
    const page = module.page ?? `${stem}.md`;
    expect(existsSync(join(ROOT, "src", page)), `src/${page}`).toBe(true);
  });

  it("names the owner of an id, and refuses an id with none or two", () => {
    expect(ownerOf("change.2014_2019.mean").stem).toBe("trends");
    expect(ownerOf("rank.2019.SWE").stem).toBe("overview");
    expect(ownerOf("rank_eu27.2019.SWE").stem).toBe("country");
    expect(() => ownerOf("nobody.1")).toThrow(/No findings module owns the id nobody\.1/);
    const a = findingsModule({stem: "a", title: "A", idPrefixes: ["x"], analyse: () => 1, findings: () => [finding("x.1", "one", 1, null)]});
    const b = findingsModule({stem: "b", title: "B", idPrefixes: ["x"], analyse: () => 1, findings: () => []});
    expect(() => ownerOf("x.1", [a, b])).toThrow(/owned by a and b/);
  });

  it("refuses a module that makes an id another module owns, and runs each analysis once", () => {
    let runs = 0;
    const inputs = {} as FindingInputs;
    const a = findingsModule({stem: "a", title: "A", idPrefixes: ["x"], analyse: () => ++runs, findings: () => [finding("x.1", "one", 1, null)]});
    const b = findingsModule({stem: "b", title: "B", idPrefixes: ["y"], analyse: () => 1, findings: () => [finding("x.2", "two", 2, null)]});
    expect(allFindings(inputs, [a]).map((f) => f.id)).toEqual(["x.1"]);
    expect(runs).toBe(1);
    expect(() => allFindings(inputs, [a, b])).toThrow(/Module b makes x\.2, an id owned by a/);
  });
});
