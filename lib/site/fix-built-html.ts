// Accessibility fixes to Framework 1.13.4's page template that its config cannot make, applied to every
// built page (axe-core found each one on every page; test/browser/a11y.test.ts checks them):
//  - the viewport meta forbids zooming (maximum-scale=1): WCAG 1.4.4 asks that text can be enlarged;
//  - <html> has no lang, so screen readers guess the language;
//  - the sidebar toggle checkbox is named only by its title;
//  - the sidebar's close <label> sits inside an <ol>, where only <li> may stand;
//  - keyboard users tab through the whole sidebar (17 links) before the content: a "Skip to content"
//    link comes first (shown when focused; its style is in src/style.css).
// scripts/fix-built-html.ts applies it to every page after `observable build`.
const FIXES: [RegExp, string][] = [
  [/<html>/, '<html lang="en">'],
  [/(<meta name="viewport" content="width=device-width, initial-scale=1), maximum-scale=1(">)/, "$1$2"],
  [
    /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
    '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">'
  ],
  [/(<nav id="observablehq-sidebar">\s*)<ol>\s*(<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>)/, "$1$2\n  <ol>"],
  [
    /<body>(?!\n<a class="mipex-skip-link")(?=[\s\S]*id="observablehq-main")/,
    '<body>\n<a class="mipex-skip-link" href="#observablehq-main">Skip to content</a>'
  ]
];

/**
 * The page with every fix applied, and how many applied.
 *
 * @example
 * fixHtml("<html><head></head></html>").html // '<html lang="en"><head></head></html>'
 */
export function fixHtml(html: string): {html: string; applied: number} {
  let applied = 0;
  for (const [pattern, replacement] of FIXES) {
    if (pattern.test(html)) {
      html = html.replace(pattern, replacement);
      applied++;
    }
  }
  return {html, applied};
}
