import {locateSource} from "../loaders/data-sources.ts";

/**
 * Whether every named source file (data/manifest.json ids) can be found, so that tests on the real
 * MIPEX data skip, rather than fail, where ../shared/data is not beside the checkout.
 *
 * @example
 * describe.skipIf(!haveSources("mipex_core"))("on the real workbook", () => { ... });
 */
export function haveSources(...ids: string[]): boolean {
  try {
    for (const id of ids) locateSource(id, {warn: () => {}});
    return true;
  } catch {
    return false;
  }
}
