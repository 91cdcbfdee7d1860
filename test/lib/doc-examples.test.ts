// Runs the `@example` in every exported function's doc comment under lib/ (docs/engineering.md, "Doc
// examples"): each line `expression // expected` is evaluated against the module's exports (and lib/stats')
// and compared with what the comment says it gives; an `import {name} from "./other.ts"` line brings in
// another module's names. Every folder is checked, a new one too. An example that cannot run on its own
// says so on the tag:
// - `@example (needs the workbooks)`: it reads the real data, which is then in its scope: `tables` (the
//   MIPEX tables, cachedMipex) and `inputs` (findingInputs: what a findings module's `analyse` reads);
//   when it says "outcome", "observations" or "catalogue", `outcomes` ({observations, catalogue,
//   conflicts}, cachedOutcomes), `observations` and `catalogue`; when it says "figures", `figures` (the
//   published summary figures). Without one of those sources it is skipped, the reason naming it;
// - `@example (not run: why)`: it cannot run in a test (a browser, a worker) or would cost seconds of
//   CPU for what another test already covers; skipped with that reason.
import {readFileSync, readdirSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {pathToFileURL} from "node:url";
import {transformSync} from "esbuild";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";
import {missingSource} from "../have-sources.ts";

interface Example {
  file: string;
  line: number;
  skip?: string;
  lines: {text: string; line: number}[];
}

const LIB = join(PROJECT_ROOT, "lib");
function tsFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? tsFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []
  );
}

/** The `@example` blocks of a file's doc comments: the lines after the tag up to the next tag or the comment's end. */
export function examplesIn(file: string, source: string): Example[] {
  const examples: Example[] = [];
  const lines = source.split("\n");
  let current: Example | undefined;
  lines.forEach((raw, index) => {
    const inComment = /^\s*\*(?!\/)/.test(raw);
    const text = raw.replace(/^\s*\* ?/, "");
    const tag = inComment ? /^@(\w+)\s*(.*)$/.exec(text) : null;
    if (current && (!inComment || tag)) {
      examples.push(current);
      current = undefined;
    }
    if (tag?.[1] === "example") {
      const marker = /^\((needs the workbooks|not run:[^)]*)\)/.exec(tag[2]);
      current = {file, line: index + 1, skip: marker?.[1], lines: []};
    } else if (current && text.trim()) current.lines.push({text, line: index + 1});
  });
  return examples;
}

type Expectation =
  {kind: "throws"; name?: string} | {kind: "ok"} | {kind: "close"; value: number | number[]; digits: number[]} | {kind: "equal"; value: unknown};

/** What a `// comment` after an expression says it gives; undefined for prose. */
export function expectation(comment: string): Expectation | undefined {
  const text = comment.trim();
  const thrown = /^(?:throws\b:?\s*(\w*Error)?|(\w*Error)\b)/.exec(text);
  if (thrown) return {kind: "throws", name: thrown[1] ?? thrown[2]};
  if (/^ok\b/.test(text)) return {kind: "ok"};
  const approx = /≈\s*(\[[-\d.,\s]+\]|-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(text);
  if (approx) {
    const value = JSON.parse(approx[1]) as number | number[];
    // Each number is checked to the decimals it shows: "≈ 0.9712" means within 0.00005.
    const digits = approx[1].split(",").map((n) => /\.(\d+)/.exec(n)?.[1].length ?? 0);
    return {kind: "close", value, digits};
  }
  // A literal: a number, string, array, object, boolean, null; it may be followed by a note in parentheses
  // or after ": " or "; " (`// null: the other areas are missing`).
  for (const literal of [text, text.replace(/\s+\([^()]*\)$/, ""), text.split(/[:;] /)[0]]) {
    try {
      return {kind: "equal", value: new Function(`return (${literal});`)()};
    } catch {
      // not a literal: prose, or a literal with a note
    }
  }
  return undefined;
}

function isExpression(code: string): boolean {
  if (/^(const|let|var|for|if|while|try|function|class|import|export|return)\b/.test(code)) return false;
  try {
    // Through esbuild, not new Function: TypeScript's `x!.y` and `as T` are expressions too.
    transformSync(`(${code}\n);`, {loader: "ts"});
    return true;
  } catch {
    return false;
  }
}

/** The example as the body of an async function: each checked line becomes `__check(line, () => expression, comment)`. */
export function exampleBody(example: Example): {body: string; checks: number} {
  let checks = 0;
  const out: string[] = [];
  const lines = example.lines;
  for (let i = 0; i < lines.length; i++) {
    const {text, line} = lines[i];
    const split = /^(.*?);?\s*\/\/\s*(.+)$/.exec(text);
    let code = split ? split[1].trim() : text.trim().replace(/;$/, "");
    let comment = split?.[2];
    // `expression` then `// expected` on the line below it.
    if (!split && lines[i + 1] && /^\s*\/\/\s*\S/.test(lines[i + 1].text)) comment = lines[++i].text.replace(/^\s*\/\/\s*/, "");
    if (!split && comment === undefined) code = text;
    // `import {a, b as c} from "./module.ts"`: the example names where its other names come from.
    const imported = /^import\s+\{([^}]*)\}\s+from\s+["']([^"']+)["'];?$/.exec(code);
    if (imported) {
      const names = imported[1]
        .split(",")
        .map((name) =>
          name
            .trim()
            .replace(/^type\s+\w+$/, "")
            .replace(/\s+as\s+/, ": ")
        )
        .filter(Boolean);
      out.push(`const {${names.join(", ")}} = await __import(${JSON.stringify(imported[2])});`);
      continue;
    }
    // "≈" promises a check: one that cannot be read (a null in the list, a word) must not pass silently as prose.
    if (comment?.trim().startsWith("≈") && !expectation(comment)) throw new Error(`line ${line}: cannot read the numbers after ≈ in "// ${comment}"`);
    if (comment !== undefined && code && isExpression(code) && expectation(comment)) {
      out.push(`await __check(${line}, async () => (${code}), ${JSON.stringify(comment)});`);
      checks++;
    } else out.push(split && !code ? "" : code);
  }
  return {body: out.join("\n"), checks};
}

function closeTo(actual: unknown, expected: number | number[], digits: number[]): boolean {
  const near = (a: unknown, e: number, d: number) => typeof a === "number" && Math.abs(a - e) <= 0.5 * 10 ** -d + 1e-12;
  if (Array.isArray(expected))
    return ArrayLike(actual) && (actual as number[]).length === expected.length && expected.every((e, i) => near((actual as number[])[i], e, digits[i]));
  return near(actual, expected, digits[0]);
}
const ArrayLike = (value: unknown): boolean => Array.isArray(value) || ArrayBuffer.isView(value);

async function check(line: number, evaluate: () => Promise<unknown>, comment: string): Promise<void> {
  const expected = expectation(comment)!;
  const where = `line ${line}: // ${comment}`;
  if (expected.kind === "throws") {
    let error: unknown;
    try {
      await evaluate();
    } catch (caught) {
      error = caught;
    }
    expect(error, `${where}: expected a throw`).toBeInstanceOf(Error);
    // A name the example never defined also throws: that is a broken example, not the error it promises.
    if (expected.name !== "ReferenceError") expect((error as Error).name, `${where}: ${(error as Error).message}`).not.toBe("ReferenceError");
    if (expected.name) expect([(error as Error).name, (error as Error).constructor.name], where).toContain(expected.name);
    return;
  }
  const actual = await evaluate();
  if (expected.kind === "close")
    expect(
      closeTo(actual, expected.value, expected.digits),
      `${where}: got ${JSON.stringify(ArrayLike(actual) ? Array.from(actual as number[]) : actual)}`
    ).toBe(true);
  else if (expected.kind === "equal") {
    const normal = ArrayLike(actual) && !Array.isArray(actual) ? Array.from(actual as ArrayLike<number>) : actual;
    if (typeof expected.value === "number" && typeof normal === "number") expect(normal, where).toBeCloseTo(expected.value, 12);
    else expect(normal, where).toEqual(expected.value);
  }
}

const WORKBOOKS = ["mipex_core", "mipex_eu", "approach_groups"];
/** Words that say an example reads the outcome files (outcomes, policiesOutcomes, "the outcome files", observations, catalogue). */
const OUTCOME_NAMES = /outcome|observations|catalogue/i;

/** Words that say an example reads the summary figures MIPEX states in words (`figures`, `inputs.summaryFigures()`). */
const FIGURE_NAMES = /figures/i;

/** The real data, read once per run of this file (from data/.cache) and only when an example needs it. */
let realData: Promise<Record<string, unknown>> | undefined;
let realOutcomes: Record<string, unknown> | undefined;
let realFigures: Record<string, unknown> | undefined;
async function dataScope(withOutcomes: boolean, withFigures: boolean): Promise<Record<string, unknown>> {
  realData ??= (async () => {
    const {cachedMipex} = await import("../../loaders/mipex/cached-tables.ts");
    const {findingInputs} = await import("../../loaders/findings-loader.ts");
    return {tables: (await cachedMipex()).tables, inputs: await findingInputs()};
  })();
  const scope = await realData;
  if (withOutcomes && !realOutcomes) {
    const {cachedOutcomes} = await import("../../loaders/outcomes/cached-outcomes.ts");
    const {observations, catalogue, conflicts} = cachedOutcomes();
    realOutcomes = {outcomes: {observations, catalogue, conflicts}, observations, catalogue};
  }
  if (withFigures && !realFigures) {
    const {loadPublishedSummaryFigures} = await import("../../loaders/mipex/published-summary-figures.ts");
    realFigures = {figures: loadPublishedSummaryFigures()};
  }
  return {...scope, ...(withOutcomes ? realOutcomes : {}), ...(withFigures ? realFigures : {})};
}

const stats = (await import(pathToFileURL(join(LIB, "stats", "index.ts")).href)) as Record<string, unknown>;
const files = tsFiles(LIB).sort();

for (const file of files) {
  const examples = examplesIn(file, readFileSync(file, "utf8"));
  if (!examples.length) continue;
  describe(relative(PROJECT_ROOT, file), () => {
    for (const example of examples) {
      const title = `@example at line ${example.line}`;
      const needsData = example.skip === "needs the workbooks";
      const withOutcomes = needsData && example.lines.some(({text}) => OUTCOME_NAMES.test(text));
      const withFigures = needsData && example.lines.some(({text}) => FIGURE_NAMES.test(text));
      if (needsData) {
        const missing = missingSource(...WORKBOOKS, ...(withOutcomes ? ["outcomes"] : []), ...(withFigures ? ["published_summary_figures"] : []));
        example.skip = missing ? `needs the workbooks: ${missing}` : undefined;
      }
      if (example.skip) {
        it.skip(`${title} [${example.skip}]`, () => {});
        continue;
      }
      it(title, async () => {
        const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        const scope = {...stats, ...module, ...(needsData ? await dataScope(withOutcomes, withFigures) : {})};
        const {body} = exampleBody(example);
        const js = transformSync(`(async () => {\n${body}\n})`, {loader: "ts"}).code;
        const importFrom = (path: string) => import(path.startsWith(".") ? pathToFileURL(join(dirname(file), path)).href : path);
        const run = new Function("__check", "__import", ...Object.keys(scope), `return ${js}`)(
          check,
          importFrom,
          ...Object.values(scope)
        ) as () => Promise<void>;
        await run();
      });
    }
  });
}
