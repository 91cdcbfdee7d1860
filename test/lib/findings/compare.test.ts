import {describe, expect, it} from "vitest";
import {compareQuery, parseCompareQuery} from "../../../lib/findings/compare.ts";

describe("compare URL state", () => {
  const known = {countries: ["SWE", "FIN", "DEU"], groups: ["eu27", "oecd", "all"]};

  it("restores ?c=SWE,FIN&g=eu27 in URL order, keeping only known ids", () => {
    expect(parseCompareQuery("?c=swe,FIN,XXX,SWE&g=EU27,nope", known)).toEqual({countries: ["SWE", "FIN"], groups: ["eu27"]});
    expect(parseCompareQuery("", known)).toEqual({countries: [], groups: []});
  });

  it("writes the selection back; empty selection is no query", () => {
    expect(compareQuery({countries: ["SWE", "FIN"], groups: ["eu27"]})).toBe("?c=SWE,FIN&g=eu27");
    expect(compareQuery({countries: [], groups: ["all"]})).toBe("?g=all");
    expect(compareQuery({countries: [], groups: []})).toBe("");
    expect(parseCompareQuery(compareQuery({countries: ["DEU"], groups: ["oecd", "all"]}), known)).toEqual({countries: ["DEU"], groups: ["oecd", "all"]});
  });
});
