import JSZip from "jszip";
import {dataLoader, type LoaderBuild} from "./data-loader.ts";
import {findingInputs} from "./findings-loader.ts";
import type {FindingInputs} from "../lib/findings/findings-module.ts";

/**
 * A data loader that writes a zip of JSON files, `src/data/<stem>.zip.ts`, in one line: `files` gives
 * each member's name and value from the findings inputs (the build's cached tables and outcomes);
 * Framework unpacks the members, so a page reads `data/<stem>/<member>`.
 *
 * @example
 * // src/data/country.zip.ts
 * export default zipLoader(import.meta.url, countryPageFiles);
 */
export function zipLoader(moduleUrl: string, files: (inputs: FindingInputs) => Record<string, unknown>): LoaderBuild {
  return dataLoader(moduleUrl, async () => await zipOfJson(files(await findingInputs())));
}

/**
 * The members as JSON in a zip, stored, not deflated: Framework unpacks the members at build time, so
 * compressing them only costs time.
 *
 * @example
 * await zipOfJson({"a.json": {x: 1}}) // a zip whose member a.json is '{"x":1}'
 */
export async function zipOfJson(members: Record<string, unknown>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, value] of Object.entries(members)) zip.file(name, JSON.stringify(value));
  return await zip.generateAsync({type: "nodebuffer", compression: "STORE"});
}
