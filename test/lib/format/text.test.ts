import {describe, expect, it} from "vitest";
import {countRepeats, noun, plural, sentences} from "../../../lib/format/text.ts";

describe("text helpers", () => {
  it("pluralises", () => {
    expect(plural(1, "country", "countries")).toBe("1 country");
    expect(plural(0, "country", "countries")).toBe("0 countries");
    expect(plural(3, "row")).toBe("3 rows");
    expect(noun(1, "country", "countries")).toBe("country");
    expect(noun(2, "country", "countries")).toBe("countries");
  });
  it("joins sentence parts with full stops", () => {
    expect(sentences(["the mean is the comparable figure", "Source: derived"])).toBe("the mean is the comparable figure. Source: derived.");
    expect(sentences(["Done.", "", null, undefined, false, "  Next  "])).toBe("Done. Next.");
    expect(sentences(["Why?", "Because…"])).toBe("Why? Because…");
  });
  it("counts repeats in first-seen order", () => {
    expect(countRepeats(["India 2019", "Ukraine 2019", "Ukraine 2019"])).toEqual([
      {item: "India 2019", n: 1},
      {item: "Ukraine 2019", n: 2}
    ]);
  });
});
