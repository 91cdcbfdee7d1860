import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {reproduceFindings} from "../cli/commands/reproduce.ts";
import {findingsSummaryMarkdown} from "../lib/findings/findings-summary.ts";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";
import {haveSources, needing} from "./have-sources.ts";

/** The text between README's readme-figures markers. */
function readmeFigures(): string {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const match = /<!-- readme-figures:[^>]*-->\n([\s\S]*?)\n<!-- \/readme-figures -->/.exec(readme);
  if (!match) throw new Error("README.md has no <!-- readme-figures --> block");
  return match[1];
}

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups", "published_summary_figures", "outcomes"];

describe.skipIf(!haveSources(...SOURCES))(needing("README's figures", ...SOURCES), () => {
  it("are the paragraph `npm run readme-figures` prints (run it and paste its output when this fails)", async () => {
    // The findings `npm run readme-figures` prints, computed once per worker (test/cli/mipex.test.ts runs reproduce too).
    const findings = await reproduceFindings();
    expect(readmeFigures()).toBe(findingsSummaryMarkdown(findings));
  }, 300_000);
});
