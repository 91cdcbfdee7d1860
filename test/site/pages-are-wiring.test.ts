// Pages hold layout and wiring only (issue 14): statistics, sorting, grouping and filtering live in
// lib/findings/<stem>.ts or the page's loader, where they are tested; a page reads its data, binds inputs
// and calls components. This test reads every page's code (```js blocks and ${…} expressions) and fails
// on the constructs that mean the page computes.
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

/** What computing looks like in page code, with why it belongs elsewhere. */
const COMPUTING: readonly {pattern: RegExp; what: string}[] = [
  {pattern: /\.reduce\(/, what: "reduce (an aggregate)"},
  {pattern: /\.sort\(/, what: "sort (an ordering decided on the page)"},
  {pattern: /\.filter\(/, what: "filter (a selection rule)"},
  {pattern: /\.flatMap\(/, what: "flatMap (reshaping)"},
  {pattern: /\bMath\./, what: "Math (arithmetic)"},
  {pattern: /\bnew (Set|Map)\(/, what: "Set/Map (grouping or de-duplication)"},
  {pattern: /\bd3\.(mean|median|sum|rollup|rollups|group|groups|extent|deviation|quantile|rank)\(/, what: "d3 statistics"},
  {pattern: /\bURLSearchParams\b|\bhistory\.(replaceState|pushState)\(/, what: "URL state by hand (use src/components/url-state.ts)"}
];

/** What a page repeats that has one home: the stylesheet and the citation component. */
const REPEATED: readonly {pattern: RegExp; what: string}[] = [
  {pattern: /<style[\s>]/, what: "a <style> block (styles live in src/style.css)"},
  {pattern: /\bSolano\b/, what: "a citation typed out (use CiteBlock from src/components/cite.ts)"}
];

function pages(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? pages(path) : entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The page's code: its ```js blocks and its inline ${…} expressions, each with its line number. */
function pageCode(markdown: string): {line: number; code: string}[] {
  const lines = markdown.split("\n");
  const code: {line: number; code: string}[] = [];
  let inBlock = false;
  lines.forEach((text, index) => {
    if (/^```(js|javascript)\b/.test(text)) inBlock = true;
    else if (inBlock && /^```\s*$/.test(text)) inBlock = false;
    else if (inBlock) code.push({line: index + 1, code: text});
    else if (text.includes("${")) code.push({line: index + 1, code: text});
  });
  return code;
}

describe("pages are wiring", () => {
  it.each(pages(SRC).map((path) => [relative(SRC, path)]))("%s does not compute", (page) => {
    const markdown = readFileSync(join(SRC, page), "utf8");
    const computing = pageCode(markdown).flatMap(({line, code}) =>
      COMPUTING.filter(({pattern}) => pattern.test(code)).map(({what}) => `line ${line}: ${what}: ${code.trim().slice(0, 100)}`)
    );
    const repeated = markdown
      .split("\n")
      .flatMap((text, index) => REPEATED.filter(({pattern}) => pattern.test(text)).map(({what}) => `line ${index + 1}: ${what}`));
    const found = [...computing, ...repeated];
    expect(found, `${page} computes; move this into lib/findings/<stem>.ts or its loader`).toEqual([]);
  });
});
