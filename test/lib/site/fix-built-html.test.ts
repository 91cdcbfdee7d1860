import {describe, expect, it} from "vitest";
import {fixHtml} from "../../../lib/site/fix-built-html.ts";

const TEMPLATE = `<!DOCTYPE html>
<html>
<head>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="./">MIPEX Workspace</a></li>
  </ol>
</nav>
<main id="observablehq-main"></main>
</body>
</html>`;

describe("fixHtml", () => {
  it("sets the language, allows zooming, names the sidebar toggle, keeps only <li> in the list and adds a skip link", () => {
    const {html, applied} = fixHtml(TEMPLATE);
    expect(applied).toBe(5);
    expect(html).toMatch(/<body>\n<a class="mipex-skip-link" href="#observablehq-main">Skip to content<\/a>\n<input/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('content="width=device-width, initial-scale=1">');
    expect(html).toContain('aria-label="Toggle sidebar"');
    expect(html).toMatch(/<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>\n {2}<ol>\n {4}<li/);
  });

  it("is idempotent", () => {
    const once = fixHtml(TEMPLATE).html;
    expect(fixHtml(once)).toEqual({html: once, applied: 0});
  });
});

describe("the skip link", () => {
  it("is added only to pages that have the main content element", () => {
    expect(fixHtml("<html><body><p>embed</p></body></html>").html).not.toContain("mipex-skip-link");
  });
});
