// Runs the `@example` in every exported function's doc comment under lib/ (docs/engineering.md, "Doc
// examples"): each line `expression // expected` is evaluated against the module's exports (and lib/stats')
// and compared with what the comment says it gives. An example that cannot run on its own says so on the tag:
// `@example (needs the workbooks)` or `@example (not run: why)`; it is listed as skipped with that reason.
import {readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {pathToFileURL} from "node:url";
import {transformSync} from "esbuild";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";

interface Example {
  file: string;
  line: number;
  skip?: string;
  lines: {text: string; line: number}[];
}

const LIB = join(PROJECT_ROOT, "lib");
/**
 * The folders whose examples are all run. The others (findings, outcomes, explorer, robustness: 92
 * examples fail today) still have examples written with placeholders for the real tables; they are listed
 * as skipped until converted.
 */
const CHECKED = ["lib/stats", "lib/mipex", "lib/countries", "lib/browser", "lib/site", "lib/panel"];

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
  try {
    // A literal: a number, string, array, object, boolean, null.
    return {kind: "equal", value: new Function(`return (${text});`)()};
  } catch {
    return undefined;
  }
}

function isExpression(code: string): boolean {
  if (/^(const|let|var|for|if|while|try|function|class|import|export|return)\b/.test(code)) return false;
  try {
    new Function(`return (${code});`);
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

const stats = (await import(pathToFileURL(join(LIB, "stats", "index.ts")).href)) as Record<string, unknown>;
const files = tsFiles(LIB).sort();

for (const file of files) {
  const examples = examplesIn(file, readFileSync(file, "utf8"));
  if (!examples.length) continue;
  describe(relative(PROJECT_ROOT, file), () => {
    for (const example of examples) {
      const title = `@example at line ${example.line}`;
      const folder = relative(PROJECT_ROOT, file).split("/").slice(0, 2).join("/");
      if (!CHECKED.includes(folder)) example.skip ??= `not run yet: ${folder} is not among the checked folders`;
      if (example.skip) {
        it.skip(`${title} [${example.skip}]`, () => {});
        continue;
      }
      it(title, async () => {
        const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        const scope = {...stats, ...module};
        const {body} = exampleBody(example);
        const js = transformSync(`(async () => {\n${body}\n})`, {loader: "ts"}).code;
        const run = new Function("__check", ...Object.keys(scope), `return ${js}`)(check, ...Object.values(scope)) as () => Promise<void>;
        await run();
      });
    }
  });
}
