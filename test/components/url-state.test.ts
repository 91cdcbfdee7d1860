import {describe, expect, it} from "vitest";
import {
  choice,
  freeText,
  listOf,
  numberChoice,
  readUrlState,
  replaceQuery,
  urlStateQuery,
  writeUrlState,
  type UrlParams
} from "../../src/components/url-state.ts";
import {createRandom} from "../../lib/stats/random.ts";

interface State {
  country: string;
  year: number | null;
  countries: string[];
  q: string;
}
const CODES = ["SWE", "DEU", "FRA", "ITA"];
const params: UrlParams<State> = {
  country: choice(CODES, "SWE"),
  year: numberChoice([2014, 2019], 2019, "closest"),
  countries: listOf(CODES, ["SWE", "DEU"]),
  q: freeText()
};

describe("readUrlState", () => {
  it("gives the fallbacks for an empty query", () => {
    expect(readUrlState("", params)).toEqual({state: {country: "SWE", year: 2019, countries: ["SWE", "DEU"], q: ""}, corrections: []});
  });
  it("reads every parameter, with or without the leading ?", () => {
    const expected = {state: {country: "FRA", year: null, countries: ["ITA", "SWE"], q: "a b&c"}, corrections: []};
    expect(readUrlState("?country=FRA&year=closest&countries=ITA,SWE&q=a+b%26c", params)).toEqual(expected);
    expect(readUrlState("country=FRA&year=closest&countries=ITA,SWE&q=a+b%26c", params)).toEqual(expected);
  });
  it("names what it could not read instead of silently replacing it", () => {
    const {state, corrections} = readUrlState("?country=XXX&year=2016&countries=SWE,XXX", params);
    expect(state).toEqual({country: "SWE", year: 2019, countries: ["SWE", "DEU"], q: ""});
    expect(corrections).toEqual(['unknown country "XXX"', 'unknown year "2016"', 'unknown countries "SWE,XXX"']);
  });
});

describe("urlStateQuery", () => {
  it("writes every value, defaults included, keeps other parameters and leaves out empty text", () => {
    expect(urlStateQuery({country: "SWE", year: 2019, countries: ["SWE"], q: ""}, params, "?other=1&q=old")).toBe(
      "?other=1&country=SWE&year=2019&countries=SWE"
    );
  });
  it("round-trips random states (seeded)", () => {
    const random = createRandom(13);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    for (let i = 0; i < 200; ++i) {
      const state: State = {
        country: pick(CODES),
        year: pick([2014, 2019, null]),
        countries: CODES.filter(() => random() < 0.5),
        q: pick(["", "employment", "a&b=c", "ü ,;"])
      };
      if (!state.countries.length) state.countries = ["FRA"];
      expect(readUrlState(urlStateQuery(state, params), params)).toEqual({state, corrections: []});
    }
  });
});

describe("writeUrlState", () => {
  it("replaces the address without a new history entry", () => {
    const calls: string[] = [];
    const location = {pathname: "/trends.html", search: "?x=1", hash: "#top", href: "http://h/trends.html?x=1#top"} as Location;
    const history = {state: null, replaceState: (_: unknown, __: string, url: string) => calls.push(url)} as unknown as History;
    writeUrlState({country: "DEU", year: null, countries: ["DEU"], q: ""}, params, {location, history});
    expect(calls).toEqual(["/trends.html?x=1&country=DEU&year=closest&countries=DEU#top"]);
  });
});

describe("replaceQuery", () => {
  it("writes a page's own query, with or without ?, and drops an empty one", () => {
    const calls: string[] = [];
    const location = {pathname: "/explorer.html", search: "?old=1", hash: "", href: ""} as Location;
    const history = {state: null, replaceState: (_: unknown, __: string, url: string) => calls.push(url)} as unknown as History;
    replaceQuery("a=1", {location, history});
    replaceQuery("?b=2", {location, history});
    replaceQuery("", {location, history});
    expect(calls).toEqual(["/explorer.html?a=1", "/explorer.html?b=2", "/explorer.html"]);
  });
});
