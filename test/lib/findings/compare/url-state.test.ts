import {describe, expect, it} from "vitest";
import {compareQuery, parseCompareQuery, restoreCompareSelection, unknownCompareIds} from "../../../../lib/findings/compare/url-state.ts";

describe("compare URL state", () => {
  const known = {countries: ["SWE", "FIN", "DEU"], groups: ["eu27", "oecd", "all"]};
  const fallback = {countries: ["SWE", "DEU"], groups: ["eu27"]};

  it("restores ?c=SWE,FIN&g=eu27 in URL order, keeping only known ids", () => {
    expect(parseCompareQuery("?c=swe,FIN,XXX,SWE&g=EU27,nope", known)).toEqual({countries: ["SWE", "FIN"], groups: ["eu27"]});
    expect(parseCompareQuery("", known)).toEqual({countries: [], groups: []});
    expect(unknownCompareIds("?c=swe,FIN,XXX,SWE,xxx&g=EU27,nope", known)).toEqual(["XXX", "xxx", "nope"]);
    expect(unknownCompareIds("?c=SWE&g=eu27", known)).toEqual([]);
  });

  it("writes the selection back; an empty selection is ?c=&g=", () => {
    expect(compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]})).toBe("?c=SWE,FIN&g=eu27");
    expect(compareQuery({countries: [], groups: ["all"]})).toBe("?g=all");
    expect(compareQuery({countries: [], groups: []})).toBe("?c=&g=");
    expect(parseCompareQuery(compareQuery({countries: ["DEU"], groups: ["oecd", "all"]}), known)).toEqual({countries: ["DEU"], groups: ["oecd", "all"]});
  });

  it("a bare address gets the default; an explicitly empty one stays empty", () => {
    expect(restoreCompareSelection("", fallback, known)).toEqual(fallback);
    expect(restoreCompareSelection("?other=1", fallback, known)).toEqual(fallback);
    expect(restoreCompareSelection("?c=&g=", fallback, known)).toEqual({countries: [], groups: []});
    expect(restoreCompareSelection(compareQuery({countries: [], groups: []}), fallback, known)).toEqual({countries: [], groups: []});
    expect(restoreCompareSelection("?g=all", fallback, known)).toEqual({countries: [], groups: ["all"]});
    expect(restoreCompareSelection("?c=FIN", fallback, known)).toEqual({countries: ["FIN"], groups: []});
  });
});
