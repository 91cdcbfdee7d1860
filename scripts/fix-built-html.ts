// Applies lib/site/fix-built-html.ts (accessibility fixes to Framework's page template) and
// lib/site/content-security-policy.ts (the page's Content-Security-Policy, last: it hashes the final
// inline scripts) to every page of a build. `npm run build` (scripts/build.ts) calls it on its staging
// folder; run on its own, it fixes $MIPEX_DIST or dist/. `observable preview` serves the template as is.
import {readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {withContentSecurityPolicy} from "../lib/site/content-security-policy.ts";
import {fixHtml} from "../lib/site/fix-built-html.ts";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (entry.endsWith(".html")) yield path;
  }
}

/** Fix every page under `dist`; returns how many pages there are. */
export function fixBuiltHtml(dist: string): number {
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const original = readFileSync(file, "utf8");
    const html = withContentSecurityPolicy(fixHtml(original).html);
    if (html !== original) writeFileSync(file, html);
    pages++;
  }
  console.log(`accessibility fixes and Content-Security-Policy applied to ${pages} built pages`);
  return pages;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fixBuiltHtml(process.env.MIPEX_DIST ?? join(PROJECT_ROOT, "dist"));
}
