// One way to turn a number into text: lib/format/number.ts. Anywhere else in lib/ or src/components/,
// toFixed, Intl.NumberFormat and toLocaleString would bring back formatters that disagree (on the minus
// sign, on noise around zero, on thousands separators).
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../../loaders/data-sources.ts";

const FORBIDDEN = /\.toFixed\(|Intl\.NumberFormat|\.toLocaleString\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "lib" && dir.endsWith("components") ? [] : sources(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
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
  it("lib/ and src/components/ format numbers only through lib/format", () => {
    const files = [...sources(join(PROJECT_ROOT, "lib")), ...sources(join(PROJECT_ROOT, "src", "components"))].filter(
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
