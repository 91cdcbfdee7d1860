// docs/authoring.md quotes project files: a code block whose info string names `file=<path>` must appear,
// character for character, in that file. When the code changes, this test names the block that no longer
// matches, so the guide is updated with it instead of drifting.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const GUIDE = "docs/authoring.md";

/** A fenced block marked with the file it quotes, and the line its text starts on. */
interface QuotedBlock {
  file: string;
  line: number;
  text: string;
}

/**
 * The fenced blocks of a Markdown text whose info string has `file=<path>` (```ts file=lib/x.ts), in order.
 * An unclosed block throws: it would otherwise quote the rest of the guide.
 */
function quotedBlocks(markdown: string): QuotedBlock[] {
  const lines = markdown.split("\n");
  const blocks: QuotedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})\S*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith(open[1]) && l.trim() === open[1]);
    if (end < 0) throw new Error(`line ${i + 1}: code block never closed`);
    const file = /(?:^|\s)file=(\S+)/.exec(open[2])?.[1];
    if (file) blocks.push({file, line: i + 2, text: lines.slice(i + 1, end).join("\n")});
    i = end;
  }
  return blocks;
}

/** Why a quoted block does not match its file, or null when the file holds its text verbatim. */
function mismatch(block: QuotedBlock, read: (file: string) => string | null): string | null {
  const content = read(block.file);
  if (content === null) return `${GUIDE} line ${block.line}: ${block.file} does not exist`;
  if (block.text.trim() === "") return `${GUIDE} line ${block.line}: the block quoting ${block.file} is empty`;
  if (!content.includes(block.text)) return `${GUIDE} line ${block.line}: this block is no longer in ${block.file}:\n${block.text}`;
  return null;
}

const readProjectFile = (file: string) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), "utf8") : null);

describe("docs/authoring.md", () => {
  const blocks = quotedBlocks(readFileSync(join(ROOT, GUIDE), "utf8"));

  it("quotes the example page's files and a chart with its test", () => {
    const files = new Set(blocks.map((b) => b.file));
    for (const file of [
      "lib/findings/access-to-nationality.ts",
      "src/data/access-to-nationality.json.ts",
      "src/access-to-nationality.md",
      "lib/findings/registry.ts",
      "observablehq.config.ts",
      "test/lib/findings/access-to-nationality.test.ts",
      "src/components/change-chart.ts",
      "test/components/change-chart.test.ts"
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it("quotes every marked block verbatim from its file", () => {
    expect(blocks.map((b) => mismatch(b, readProjectFile)).filter((m) => m !== null)).toEqual([]);
  });

  it("names a block that drifted from its file, and a file that is gone", () => {
    const markdown = ["# Guide", "", "```ts file=a.ts", "const x = 1;", "```", "", "```sh", "npm test", "```", "", "```ts file=gone.ts", "x", "```"].join("\n");
    const found = quotedBlocks(markdown);
    expect(found).toEqual([
      {file: "a.ts", line: 4, text: "const x = 1;"},
      {file: "gone.ts", line: 12, text: "x"}
    ]);
    const files: Record<string, string> = {"a.ts": "// a\nconst x = 2;\n"};
    const read = (file: string) => files[file] ?? null;
    expect(mismatch(found[0], read)).toContain("line 4: this block is no longer in a.ts");
    expect(mismatch(found[1], read)).toContain("gone.ts does not exist");
    expect(mismatch(found[0], () => "const x = 1;\n")).toBeNull();
    expect(() => quotedBlocks("```ts file=a.ts\nno end")).toThrow(/line 1: code block never closed/);
  });
});
