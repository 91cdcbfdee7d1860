/**
 * Shared by bench/build.bench.ts and bench/page-weight.bench.ts: which Framework site to measure.
 * The real site (src/ → dist/) once it has pages, else the offline fixture site of the browser tests.
 */
import {existsSync, readdirSync, statSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {scriptArgs} from "../scripts/script-args.ts";

export const projectRoot = resolve(fileURLToPath(import.meta.url), "../..");

export interface Site {
  name: "main" | "fixture";
  /** Working directory of `observable build`. */
  cwd: string;
  /** Framework source root. */
  root: string;
}

export const MAIN_SITE: Site = {name: "main", cwd: projectRoot, root: join(projectRoot, "src")};
export const FIXTURE_SITE: Site = {
  name: "fixture",
  cwd: join(projectRoot, "test", "browser", "fixture-site"),
  root: join(projectRoot, "test", "browser", "fixture-site", "src")
};

/** Markdown pages under a source root (Framework's cache excluded). */
export function findPages(root: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === ".observablehq" || entry === "node_modules") continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (entry.endsWith(".md")) pages.push(relative(root, path));
    }
  };
  if (existsSync(root)) visit(root);
  return pages.sort();
}

/** `--site main|fixture`, or main when src/ has pages, else fixture. */
/** The benches' options, read with scripts/script-args.ts (an unknown flag is an error naming it): `--site`, `--runs N`, `--pages /,/sql`, `--sample N`, `--json FILE`. */
export function benchOptions(argv: string[]): {site?: string; runs?: string; pages?: string; sample?: string; json?: string} {
  const text = {type: "string"} as const;
  return scriptArgs(
    "<bench>.ts [--site main|fixture] [--runs N] [--pages /,/sql] [--sample N] [--json FILE]",
    {site: text, runs: text, pages: text, sample: text, json: text},
    argv
  ).values;
}

export function chooseSite(argv: string[]): Site {
  const requested = benchOptions(argv).site;
  if (requested === "fixture") return FIXTURE_SITE;
  if (requested === "main") return MAIN_SITE;
  if (findPages(MAIN_SITE.root).length > 0) return MAIN_SITE;
  console.log("src/ has no pages yet: measuring the offline fixture site (test/browser/fixture-site) instead");
  return FIXTURE_SITE;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** "1.23× target (over)" style comparison; < 1 means within target. */
export function ratio(value: number, target: number): string {
  const r = value / target;
  return `${r.toFixed(2)}× target ${r <= 1 ? "(ok)" : "(OVER)"}`;
}
