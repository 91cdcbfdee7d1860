import {describe, expect, it} from "vitest";
import {decodePanelState, encodePanelParams, isPanelMode} from "../../../lib/panel/panel-state.ts";

describe("panel mode URL state", () => {
  const state = {measure: "health", edition: "2025" as const, outcome: "derived.x|sex=T", control: "lfsa|citizen=NAT;sex=T"};
  const offered = {measures: ["health", "education"], series: ["derived.x|sex=T", "lfsa|citizen=NAT;sex=T"]};

  it("round-trips and keeps the cross-section's own parameters", () => {
    const query = encodePanelParams(state, "?measure=education&year=2019&mode=panel&pmeasure=old");
    expect(query.startsWith("measure=education&year=2019&mode=panel")).toBe(true);
    expect(decodePanelState(`?${query}`, {...state, measure: "education", control: null}, offered)).toEqual(state);
    expect(isPanelMode(`?${query}`)).toBe(true);
  });

  it("leaving the mode removes its parameters; unknown values fall back", () => {
    expect(encodePanelParams(null, "?measure=education&mode=panel&pmeasure=health&pcontrol=a")).toBe("measure=education");
    const fallback = {measure: "education", edition: "2020" as const, outcome: "derived.x|sex=T", control: null};
    expect(decodePanelState("?pmeasure=nope&pedition=1999&poutcome=zzz", fallback, offered)).toEqual(fallback);
  });
});
