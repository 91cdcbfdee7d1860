// Browser entry: the compare page's URL state (src/compare.md restores `?c=SWE,FIN&g=eu27` on load and
// writes it back on every change). scripts/bundle-lib.ts bundles it into src/components/lib/compare.js.
export {COMPARE_GROUPS, compareQuery, parseCompareQuery, restoreCompareSelection, unknownCompareIds} from "../findings/compare.ts";
