// The data page's tables (src/data.md): the summary of every table with its downloads, each table's
// columns and provenance, and the list of sources, all read from datapackage.json (lib/site/datapackage.ts).
import type {CiteSource} from "./cite.js";
import {bytes, integer} from "./lib/format.js";
import {el} from "./element.js";

/** A source as datapackage.json describes it. */
export interface DataPackageSource {
  title: string;
  path?: string;
  "mipex:file": string;
  "mipex:sha256": string;
  "mipex:citation": string;
}

/** One table (a Frictionless tabular data resource with the workspace's `mipex:` fields). */
export interface DataPackageResource {
  name: string;
  description: string;
  bytes: number;
  hash: string;
  schema: {fields: {name: string; type: string; description: string; constraints?: {required?: boolean}}[]; primaryKey: string[]};
  sources: DataPackageSource[];
  licenses: {title: string}[];
  "mipex:rows": number;
  "mipex:formats": {csv: string; parquet: string; arrow: string};
}

export interface DataPackage {
  resources: DataPackageResource[];
  sources: DataPackageSource[];
  licenses: {title: string}[];
}

export interface DataPackageOptions {
  document?: Document;
}

const code = (document: Document, text: string): HTMLElement => el(document, "code", {}, text);

/** A box that scrolls sideways on its own (keyboard-focusable), so that on a phone the table scrolls rather than the page. */
function scrollBox(document: Document, label: string, child: Node): HTMLElement {
  return el(document, "div", {class: "mipex-scroll", tabindex: "0", role: "region", "aria-label": label}, child);
}

/** "CSV · Parquet · Arrow" links to a table's files, at the stable (unhashed) addresses under ./data/. */
export function downloadLinks(resource: DataPackageResource, {document = globalThis.document}: DataPackageOptions = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const formats: [string, string][] = [
    ["CSV", resource["mipex:formats"].csv],
    ["Parquet", resource["mipex:formats"].parquet],
    ["Arrow", resource["mipex:formats"].arrow]
  ];
  formats.forEach(([label, path], i) => {
    if (i) fragment.append(" · ");
    fragment.append(el(document, "a", {href: `./data/${path}`, download: "", "aria-label": `${resource.name} as ${label}`}, label));
  });
  return fragment;
}

/**
 * The table of tables: name (a link to its details), rows, columns, primary key and downloads.
 *
 * @example
 * display(TablesSummary(pkg));
 */
export function TablesSummary(pkg: DataPackage, {document = globalThis.document}: DataPackageOptions = {}): HTMLElement {
  const header = el(document, "tr", {}, ...["Table", "Rows", "Columns", "Primary key", "Download"].map((h) => el(document, "th", {scope: "col"}, h)));
  const rows = pkg.resources.map((r) =>
    el(
      document,
      "tr",
      {},
      el(document, "th", {scope: "row"}, el(document, "a", {href: `#table-${r.name}`}, r.name)),
      el(document, "td", {style: "text-align:right"}, integer(r["mipex:rows"])),
      el(document, "td", {style: "text-align:right"}, String(r.schema.fields.length)),
      el(document, "td", {}, code(document, r.schema.primaryKey.join(", "))),
      el(document, "td", {}, downloadLinks(r, {document}))
    )
  );
  const table = el(
    document,
    "table",
    {class: "mipex-data-summary", "data-testid": "tables-summary"},
    el(document, "caption", {}, `The ${pkg.resources.length} tables, their row counts and downloads`),
    el(document, "thead", {}, header),
    el(document, "tbody", {}, ...rows)
  );
  return scrollBox(document, "Tables and downloads", table);
}

/** One section per table: description, rows, key, downloads with the CSV's size and hash, columns, provenance. */
export function TableDetails(pkg: DataPackage, {document = globalThis.document}: DataPackageOptions = {}): HTMLElement {
  const sections = pkg.resources.map((r) => {
    const columns = el(
      document,
      "table",
      {},
      el(document, "caption", {}, "Columns of ", code(document, r.name)),
      el(document, "thead", {}, el(document, "tr", {}, ...["Column", "Type", "Required", "Description"].map((h) => el(document, "th", {scope: "col"}, h)))),
      el(
        document,
        "tbody",
        {},
        ...r.schema.fields.map((f) =>
          el(
            document,
            "tr",
            {},
            el(document, "th", {scope: "row"}, code(document, f.name)),
            el(document, "td", {}, f.type),
            el(document, "td", {}, f.constraints?.required ? "yes" : "no (may be empty)"),
            el(document, "td", {}, f.description)
          )
        )
      )
    );
    const provenance = el(document, "small", {}, "Provenance: ");
    r.sources.forEach((s, i) => {
      if (i) provenance.append("; ");
      provenance.append(el(document, "i", {}, s.title), " (file ", code(document, s["mipex:file"]), ", sha256 ", code(document, s["mipex:sha256"]), ")");
    });
    provenance.append(`. Licence: ${r.licenses.map((l) => l.title).join("; ")}.`);
    return el(
      document,
      "section",
      {class: "mipex-table", id: `table-${r.name}`, "data-table": r.name},
      el(document, "h3", {}, r.name),
      el(
        document,
        "p",
        {},
        `${r.description}. `,
        el(document, "b", {}, `${integer(r["mipex:rows"])} rows`),
        "; one row per ",
        code(document, r.schema.primaryKey.join(", ")),
        ". Download: ",
        downloadLinks(r, {document}),
        ` (CSV ${bytes(r.bytes)}, `,
        el(document, "code", {title: "sha256 of the CSV"}, `${r.hash.slice(0, 19)}…`),
        ")."
      ),
      scrollBox(document, `Columns of ${r.name}`, columns),
      el(document, "p", {}, provenance)
    );
  });
  return el(document, "div", {"data-testid": "table-details"}, ...sections);
}

/** The sources: title, file and sha256, where it was obtained, and how to cite it. */
export function SourcesList(pkg: DataPackage, {document = globalThis.document}: DataPackageOptions = {}): HTMLElement {
  return el(
    document,
    "ul",
    {"data-testid": "sources"},
    ...pkg.sources.map((s) =>
      el(
        document,
        "li",
        {},
        el(document, "b", {}, s.title),
        el(document, "br"),
        "File ",
        code(document, s["mipex:file"]),
        ", sha256 ",
        el(document, "code", {class: "mipex-hash"}, s["mipex:sha256"]),
        el(document, "br"),
        ...(s.path ? ["Obtained from ", el(document, "a", {href: s.path, rel: "external"}, s.path), ". "] : []),
        `Cite as: ${s["mipex:citation"]}`
      )
    )
  );
}

/**
 * The sources to cite under the data page, for CiteBlock: every source but the MIPEX 2020 book, which
 * CiteBlock always cites.
 */
export function dataCitations(pkg: DataPackage): CiteSource[] {
  return pkg.sources
    .filter((s) => !/Index 2020\. Barcelona/.test(s["mipex:citation"]))
    .map((s) => ({title: s.title, citation: s["mipex:citation"], url: s.path}));
}
