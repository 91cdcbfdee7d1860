import {describe, expect, it} from "vitest";
import {parseScenarioQuery, scenarioQuery} from "../../../../lib/findings/what-if/scenario-query.ts";

describe("scenario URL", () => {
  it("round-trips ?c=SWE&set=ca49:100,db70:0", () => {
    expect(parseScenarioQuery("?c=swe&set=ca49:100,db70:0")).toEqual({country: "SWE", changes: {ca49: 100, db70: 0}});
    expect(scenarioQuery("SWE", {ca49: 100, db70: 0})).toBe("?c=SWE&set=ca49:100,db70:0");
    expect(scenarioQuery("SWE", {})).toBe("?c=SWE");
  });

  it("skips malformed pairs and scores outside 0–100", () => {
    expect(parseScenarioQuery("?c=SWEDEN&set=ca49:abc,db70:101,dd75:50,:3")).toEqual({country: null, changes: {dd75: 50}});
  });
});
