import {describe, expect, it} from "vitest";
import {readableIndicatorLabel} from "../../../lib/outcomes/readable-label.ts";

describe("readableIndicatorLabel", () => {
  it("uses the survey question a note quotes", () => {
    expect(
      readableIndicatorLabel(
        "ESS_imwbcnt_mean",
        "ESS round 1 (year label 2002); question: Immigrants make country worse or better place to live; 0=Worse place to live"
      )
    ).toBe("ESS: Immigrants make country worse or better place to live (mean)");
  });
  it("spells out a column name's abbreviations, the survey first and the unit last", () => {
    expect(readableIndicatorLabel("discrimination_ethnic_12m_pct", "EU-MIDIS II (FRA)")).toBe("Discrimination ethnic in the last 12 months (%)");
    expect(readableIndicatorLabel("EB469_integration_successful_measureA", null)).toBe("Eurobarometer 469: Integration successful (measure A)");
    expect(readableIndicatorLabel("migrant_acceptance_index", "Gallup World Poll 2016 fieldwork")).toBe("Migrant acceptance index");
    expect(readableIndicatorLabel("firstgen_below_baseline_pct", null)).toBe("First-generation students below baseline (%)");
  });
});
