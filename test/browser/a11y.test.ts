/**
 * Accessibility of every built page: axe-core (through @axe-core/playwright 4.10.2, the last release
 * that runs on Node 20) in headless Chromium, in the light and the dark theme (prefers-color-scheme
 * emulated), WCAG 2.0/2.1 A and AA rules plus best practices. A page passes when axe finds no
 * violation of serious or critical impact in its content (#observablehq-main); moderate and minor
 * ones are printed, not failed. The site chrome around every page (html/head, sidebar, header,
 * footer: Framework's template, the config and style.css) is one more test per theme, so a problem
 * there fails once, not on every page.
 *
 * Pages are discovered from the build: every *.html in $MIPEX_DIST (or dist/) outside _-prefixed
 * folders, except 404.html. A11Y_PAGES=/sql,/data limits the run to some pages; A11Y_SAMPLE=N checks
 * only the first N pages of each folder (e.g. the 56 country profiles share one template).
 * A summary of every violation is written to $A11Y_REPORT when set.
 */
import AxeBuilder from "@axe-core/playwright";
import {existsSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {projectRoot} from "./build-fixture.ts";
import {builtPages, builtSiteDir, startSession, type BrowserSession} from "./harness.ts";

const distDir = builtSiteDir(projectRoot);

/** Clean URLs of the built pages, e.g. "/", "/sql", "/embed/ranking". */

function selectPages(all: string[]): string[] {
  const only = process.env.A11Y_PAGES?.split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  let pages = only?.length ? all.filter((p) => only.includes(p)) : all;
  const sample = Number(process.env.A11Y_SAMPLE ?? 0);
  if (sample > 0) {
    const perFolder = new Map<string, number>();
    pages = pages.filter((p) => {
      const folder = dirname(p);
      const n = (perFolder.get(folder) ?? 0) + 1;
      perFolder.set(folder, n);
      return folder === "/" || n <= sample;
    });
  }
  return pages;
}

const pages = existsSync(join(distDir, "index.html")) ? selectPages(builtPages(distDir)) : [];
if (!pages.length) console.warn(`a11y test skipped: no built pages in ${distDir}`);

interface Finding {
  page: string;
  scheme: "light" | "dark";
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}
const findings: Finding[] = [];

describe.skipIf(!pages.length)("axe-core: no serious or critical violation", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(distDir);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    const lines = findings.map(
      (f) =>
        `${f.page} [${f.scheme}] ${f.impact} ${f.rule}: ${f.help} — ${f.targets.slice(0, 3).join(" | ")}${f.targets.length > 3 ? ` (+${f.targets.length - 3})` : ""}`
    );
    if (lines.length) console.log(`axe findings (${lines.length}):\n${lines.join("\n")}`);
    if (process.env.A11Y_REPORT) writeFileSync(process.env.A11Y_REPORT, JSON.stringify(findings, null, 2));
  });

  async function audit(path: string, scheme: "light" | "dark", part: "content" | "chrome"): Promise<string[]> {
    const opened = await session.openPage(path, {colorScheme: scheme});
    try {
      // Let the page's cells run: no loading placeholder left, then no request for a second.
      await opened.page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0, undefined, {timeout: 60_000}).catch(() => {});
      if (path === "/sql") await opened.page.locator('[data-testid="sql-status"]').waitFor({timeout: 60_000});
      await opened.waitForQuiet(1000, 60_000);
      let builder = new AxeBuilder({page: opened.page}).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
      // The page's own content, or what Framework and the config put around every page (the same on all).
      builder = part === "content" ? builder.include("#observablehq-main") : builder.exclude("#observablehq-main");
      const results = await builder.analyze();
      for (const v of results.violations) {
        findings.push({
          page: part === "chrome" ? `${path} (site chrome)` : path,
          scheme,
          rule: v.id,
          impact: v.impact ?? "unknown",
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" "))
        });
      }
      return results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 5)
              .join(" | ")}`
        );
    } finally {
      await opened.close();
    }
  }

  // Sidebar, header, footer, <html>/<head>: identical on every page, so checked once per theme.
  for (const scheme of ["light", "dark"] as const) {
    test(`site chrome around the pages (${scheme})`, async () => {
      expect(await audit("/", scheme, "chrome")).toEqual([]);
    }, 180_000);
  }

  for (const path of pages) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${path} (${scheme})`, async () => {
        expect(await audit(path, scheme, "content")).toEqual([]);
      }, 180_000);
    }
  }
});
