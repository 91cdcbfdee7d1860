import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {findingsSummaryMarkdown} from "../lib/findings/findings-summary.ts";
import {allFindings} from "../lib/findings/registry.ts";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";
import {cachedMipex} from "../loaders/mipex/cached-tables.ts";
import {loadPublishedSummaryFigures} from "../loaders/mipex/published-summary-figures.ts";
import {loadOutcomes} from "../loaders/outcomes/load-outcomes.ts";
import {haveSources} from "./have-sources.ts";

/** The text between README's readme-figures markers. */
function readmeFigures(): string {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const match = /<!-- readme-figures:[^>]*-->\n([\s\S]*?)\n<!-- \/readme-figures -->/.exec(readme);
  if (!match) throw new Error("README.md has no <!-- readme-figures --> block");
  return match[1];
}

describe.skipIf(!haveSources("mipex_core", "mipex_eu", "approach_groups", "published_summary_figures"))("README's figures", () => {
  it("are the paragraph `npm run readme-figures` prints (run it and paste its output when this fails)", async () => {
    const {tables} = await cachedMipex();
    const findings = allFindings({tables, outcomes: () => loadOutcomes(), summaryFigures: () => loadPublishedSummaryFigures({warn: () => {}})});
    expect(readmeFigures()).toBe(findingsSummaryMarkdown(findings));
  }, 300_000);
});
