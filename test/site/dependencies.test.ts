// Every package in package.json earns its place: a dependency is imported (or resolved, or named to
// Framework's npm cache by scripts/fill-npm-cache.ts) by code the build or the site runs; a package that
// only tests and benches import is a devDependency; a devDependency is imported somewhere, or is the
// command of an npm script, or types a package the workspace imports.
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const SKIP = new Set(["node_modules", "dist", ".observablehq", "results", "fixtures"]);

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    // src/components/lib is the bundle of lib/browser (scripts/bundle-lib.ts), not source.
    if (SKIP.has(entry.name) || entry.name.startsWith(".") || path === join(PROJECT_ROOT, "src", "components", "lib")) return [];
    if (entry.isDirectory()) return files(path);
    return /\.(ts|mts|js|mjs|md)$/.test(entry.name) ? [path] : [];
  });
}

const rootFiles = readdirSync(PROJECT_ROOT)
  .filter((f) => /\.(ts|js|mjs)$/.test(f))
  .map((f) => join(PROJECT_ROOT, f));
const runtimeFiles = [...["lib", "loaders", "src", "scripts", "cli"].flatMap((d) => files(join(PROJECT_ROOT, d))), ...rootFiles].filter(
  (f) => !/\.(test|bench)\.ts$/.test(f)
);
const testFiles = ["test", "bench"].flatMap((d) => files(join(PROJECT_ROOT, d)));
const text = new Map([...runtimeFiles, ...testFiles].map((f) => [f, readFileSync(f, "utf8")]));

/** The files that import, resolve or name `name` as a package (a quoted specifier or an npm: import). */
function users(name: string, among: readonly string[]): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern = new RegExp(`["'\`](npm:)?${escaped}(@[^"'\`/]*)?(/[^"'\`]*)?["'\`]`);
  return among.filter((f) => pattern.test(text.get(f)!)).map((f) => relative(PROJECT_ROOT, f));
}

/** The commands a package installs (node_modules/<name>/package.json "bin"). */
function bins(name: string): string[] {
  const {bin} = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")) as {bin?: string | Record<string, string>};
  return bin === undefined ? [] : typeof bin === "string" ? [name.split("/").pop()!] : Object.keys(bin);
}

const scriptWords = new Set(Object.values(pkg.scripts).flatMap((s) => s.split(/[\s&|;]+/)));

describe("package.json dependencies", () => {
  it("are imported by the build or the site, not only by tests and benches", () => {
    const unused = Object.keys(pkg.dependencies).filter((name) => users(name, runtimeFiles).length === 0);
    const onlyTests = unused
      .filter((name) => users(name, testFiles).length > 0)
      .map((name) => `${name} (only ${users(name, testFiles).join(", ")}): a devDependency`);
    const nowhere = unused.filter((name) => users(name, testFiles).length === 0).map((name) => `${name}: imported nowhere`);
    expect([...nowhere, ...onlyTests]).toEqual([]);
  });
  it("devDependencies are imported, run by an npm script, or type a package in use", () => {
    const all = {...pkg.dependencies, ...pkg.devDependencies};
    const unused = Object.keys(pkg.devDependencies).filter((name) => {
      if (users(name, [...runtimeFiles, ...testFiles]).length > 0) return false;
      if (bins(name).some((bin) => scriptWords.has(bin))) return false;
      const typed = /^@types\/(.+)$/.exec(name)?.[1];
      return !(typed && (typed === "node" || typed in all));
    });
    expect(unused).toEqual([]);
  });
  it("would catch a package nothing imports", () => {
    expect(users(["left", "pad", "never", "used"].join("-"), [...runtimeFiles, ...testFiles])).toEqual([]);
    expect(users("d3-dsv", runtimeFiles).length).toBeGreaterThan(0);
  });
});
