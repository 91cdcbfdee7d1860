import {significant} from "./lib/format.js";

/**
 * The cells of a country profile's outcome table (src/country/[iso3].md): the value to three significant
 * digits (whole numbers from 100 up), and the source, linked when it is a web address.
 */

/**
 * An outcome value: whole from 100 up, else three significant digits.
 *
 * @example
 * outcomeValue(1234.5) // "1235"
 * outcomeValue(71.26) // "71.3"
 */
export function outcomeValue(value: number): string {
  return significant(value, 3);
}

/**
 * A source cell: a link to the first web address in the text (when a note names a mirror too), showing the
 * whole text; the text alone when it has no address.
 *
 * @example
 * outcomeSource("Eurostat https://ec.europa.eu/x").getAttribute("href") // "https://ec.europa.eu/x"
 */
export function outcomeSource(source: string, {document = globalThis.document}: {document?: Document} = {}): Node {
  const url = /https?:\/\/\S+/.exec(source)?.[0];
  if (!url) return document.createTextNode(source);
  const link = document.createElement("a");
  link.href = url;
  link.rel = "external";
  link.textContent = source;
  return link;
}
