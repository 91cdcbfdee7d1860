import {realpathSync} from "node:fs";
import {resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** What a data loader produces: text (JSON, CSV) or bytes (a zip, a WebAssembly module). */
export type LoaderOutput = string | Uint8Array;
export type LoaderBuild = () => LoaderOutput | Promise<LoaderOutput>;

/**
 * Declares a Framework data loader (`src/**\/<output>.<ext>.ts`) as a function, so it can run two ways:
 * when Framework runs the file (`tsx src/data/overview.json.ts`) the output goes to stdout, as Framework
 * expects; when the pre-build runner (scripts/run-data-loaders.ts) imports it, nothing is written and the
 * runner calls `build` itself, several loaders per process, sharing the tables they all read.
 *
 * @example
 * // src/data/overview.json.ts
 * export default dataLoader(import.meta.url, async () => JSON.stringify(await overviewData()));
 */
export function dataLoader(moduleUrl: string, build: LoaderBuild): LoaderBuild {
  if (isEntryPoint(moduleUrl)) {
    // Errors reach Node as an unhandled rejection: the message and a non-zero exit, which Framework reports.
    void Promise.resolve(build()).then((output) => process.stdout.write(output));
  }
  return build;
}

/** Whether the module at `moduleUrl` is the script this process was started with. */
export function isEntryPoint(moduleUrl: string, argv: readonly string[] = process.argv): boolean {
  const script = argv[1];
  if (!script) return false;
  try {
    return realpathSync(resolve(script)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
