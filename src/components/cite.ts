/**
 * "How to cite" block: the MIPEX 2020 dataset first, then every further source a page uses (an
 * outcome series, the EU update), then the workspace itself (as in CITATION.cff). Pages pass the
 * sources they draw on; MIPEX is always listed, and a source whose citation is already listed is not
 * repeated.
 */

export interface CiteSource {
  /** What the source is, e.g. "Eurostat: employment rate by citizenship (lfsa_ergan)". */
  title: string;
  /** The reference as it should be cited. */
  citation: string;
  /** Licence or terms of use, when known. */
  licence?: string;
  /** Where to get it. */
  url?: string;
}

export interface CiteBlockOptions {
  sources?: readonly CiteSource[];
  document?: Document;
}

export const MIPEX_2020: CiteSource = {
  title: "MIPEX 2020 dataset",
  citation:
    "Solano, G. and Huddleston, T. (2020). Migrant Integration Policy Index 2020. Barcelona/Brussels: CIDOB and MPG. ISBN 978-84-92511-83-9. https://www.mipex.eu",
  licence: "© CIDOB and Migration Policy Group; free to use with citation",
  url: "https://www.mipex.eu"
};

/** The 2025 EU update (2020–2024), as data/manifest.json cites it: the Trends page's second source. */
export const MIPEX_EU_2025: CiteSource = {
  title: "MIPEX 2025 EU update: EU Policy Indicators Scores (2020-2024)",
  citation: "Solano, G. and Huddleston, T. (2025). Migrant Integration Policy Index: EU update 2025. Barcelona/Brussels: CIDOB and MPG. https://www.mipex.eu",
  licence: "© CIDOB and Migration Policy Group; free to use with citation",
  url: "https://www.mipex.eu"
};

export const WORKSPACE: CiteSource = {
  title: "MIPEX Workspace (this site; CITATION.cff)",
  citation:
    "MIPEX Workspace contributors. MIPEX Workspace: an open, reproducible research workspace for the Migrant Integration Policy Index (version 0.1.0). Software, MIT licence.",
  licence: "MIT"
};

/**
 * The sources to list, in order: MIPEX 2020, the page's own sources, the workspace; duplicates (same
 * citation text, ignoring spaces and case) dropped.
 *
 * @example
 * citeSources([]).map((s) => s.title) // ["MIPEX 2020 dataset", "MIPEX Workspace (this site; CITATION.cff)"]
 */
export function citeSources(sources: readonly CiteSource[] = []): CiteSource[] {
  const seen = new Set<string>();
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return [MIPEX_2020, ...sources, WORKSPACE].filter((s) => (seen.has(norm(s.citation)) ? false : (seen.add(norm(s.citation)), true)));
}

/**
 * @example
 * display(CiteBlock({sources: [{title: "Eurostat lfsa_ergan", citation: "Eurostat (2024). Employment rates by sex, age and citizenship (lfsa_ergan).", url: "https://ec.europa.eu/eurostat/databrowser/view/lfsa_ergan/default/table"}]}));
 */
export function CiteBlock({sources = [], document = globalThis.document}: CiteBlockOptions = {}): HTMLElement {
  const block = document.createElement("div");
  block.className = "mipex-cite";
  block.setAttribute("data-testid", "cite-block");
  const heading = document.createElement("p");
  const strong = document.createElement("strong");
  strong.textContent = "How to cite";
  heading.append(strong, " — please cite the data as well as the workspace:");
  const list = document.createElement("ul");
  for (const source of citeSources(sources)) {
    const item = document.createElement("li");
    const title = document.createElement("b");
    title.textContent = source.title;
    const text = document.createElement("cite");
    text.style.fontStyle = "normal";
    text.textContent = source.citation;
    item.append(title, ": ", text);
    if (source.licence) item.append(` Licence: ${source.licence}.`);
    if (source.url && !source.citation.includes(source.url)) {
      item.append(" ");
      const a = document.createElement("a");
      a.href = source.url;
      a.rel = "external";
      a.textContent = source.url;
      item.append(a);
    }
    item.append(" ", copyButton(document, source));
    list.append(item);
  }
  block.append(heading, list);
  return block;
}

function copyButton(document: Document, source: CiteSource): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Copy";
  button.setAttribute("aria-label", `Copy the citation of ${source.title}`);
  button.addEventListener("click", () => {
    const clipboard = document.defaultView?.navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(source.citation).then(
      () => (button.textContent = "Copied"),
      () => (button.textContent = "Copy failed")
    );
  });
  return button;
}
