import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import type {EventTimeEstimate} from "../../lib/stats/event-study.ts";
import {EventStudyChart} from "../../src/components/event-study-chart.ts";

const estimate = (eventTime: number, label: string, value: number, lower: number, upper: number): EventTimeEstimate => ({
  eventTime,
  label,
  estimate: value,
  reference: false,
  cr1: {standardError: 1, confidenceInterval: [lower, upper], pValue: 0.5},
  cr2: {standardError: 1, confidenceInterval: [lower, upper], pValue: 0.5},
  observations: 4
});

describe("EventStudyChart", () => {
  const {document} = new JSDOM("<!doctype html><body></body>").window;
  const data: EventTimeEstimate[] = [
    estimate(-3, "≤ −3", 0.5, 0.1, 0.9),
    estimate(-2, "−2", -0.2, -1, 0.6),
    {eventTime: -1, label: "−1", estimate: 0, reference: true, cr1: null, cr2: null, observations: 5},
    estimate(0, "0", 2, 1, 3),
    estimate(3, "≥ 3", 1, -0.5, 2.5)
  ];
  const figure = EventStudyChart(data, {width: 600, outcome: "employment gap", reform: "rise of ≥ 10 points", document});

  it("draws one interval and one dot per estimated event time, and a hollow reference at −1", () => {
    const svg = figure.querySelector("svg[aria-label]")!;
    const dots = [...svg.querySelectorAll("g[aria-label='dot'] circle")];
    expect(dots).toHaveLength(5);
    const ticks = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks).toEqual(["≤ −3", "−2", "−1", "0", "≥ 3"]);
  });

  it("names every estimate and the leads that show a pre-trend in its text alternative", () => {
    const caption = figure.querySelector("figcaption")?.textContent ?? "";
    expect(caption).toContain("0: 2.00 (95 % CR2 1.00 to 3.00, 4 country-years)");
    expect(caption).toContain("a pre-trend): ≤ −3.");
  });
});
