// One way to turn a number into text: lib/format/number.ts. Anywhere else in lib/, src/components/, the
// pages (src/**/*.md) or the CLI, toFixed, Intl.NumberFormat and toLocaleString would bring back formatters
// that disagree (on the minus sign, on noise around zero, on thousands separators). Scripts and benchmarks
// print timings for developers and are left out.
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/data-sources.ts";

const FORBIDDEN = /\.toFixed\(|Intl\.NumberFormat|\.toLocaleString\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Framework's cache (.observablehq) and the bundles of lib/browser (src/components/lib) are built, not written.
    if (entry.name.startsWith(".")) return [];
    if (entry.isDirectory()) return entry.name === "lib" && dir.endsWith("components") ? [] : sources(path);
    return /\.(ts|js|md)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: text` for each line of `files` that formats a number by itself. */
function strayFormatters(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (FORBIDDEN.test(line) ? [`${relative(PROJECT_ROOT, file)}:${i + 1}: ${line.trim()}`] : []))
  );
}

describe("number formatting has one home", () => {
  it("lib/, src/ (components and pages) and cli/ format numbers only through lib/format", () => {
    const files = [...sources(join(PROJECT_ROOT, "lib")), ...sources(join(PROJECT_ROOT, "src")), ...sources(join(PROJECT_ROOT, "cli"))].filter(
      (file) => !file.startsWith(join(PROJECT_ROOT, "lib", "format"))
    );
    expect(files.length).toBeGreaterThan(50);
    expect(strayFormatters(files)).toEqual([]);
  });
  it("would catch a stray formatter", () => {
    const own = join(PROJECT_ROOT, "lib", "format", "number.ts");
    expect(strayFormatters([own]).length).toBeGreaterThan(0);
  });
});
