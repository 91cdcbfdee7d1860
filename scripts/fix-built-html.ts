// Applies lib/site/fix-built-html.ts (accessibility fixes to Framework's page template) to every page
// of the build in $MIPEX_DIST or dist/. `observable preview` serves the template as is.
import {readFileSync, readdirSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fixHtml} from "../lib/site/fix-built-html.ts";
import {PROJECT_ROOT} from "../loaders/data-sources.ts";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (entry.endsWith(".html")) yield path;
  }
}

{
  const dist = process.env.MIPEX_DIST ?? join(PROJECT_ROOT, "dist");
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const {html, applied} = fixHtml(readFileSync(file, "utf8"));
    if (applied > 0) writeFileSync(file, html);
    pages++;
  }
  console.log(`accessibility fixes applied to ${pages} built pages`);
}
