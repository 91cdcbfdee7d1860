import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {DifferingFindings} from "../../src/components/differing-findings.ts";

const {document} = new JSDOM("").window;

describe("DifferingFindings", () => {
  it("names the findings that differ, in order, with the page's note", () => {
    const findings = [
      {id: "a", status: "match"},
      {id: "b", status: "differs"},
      {id: "c", status: "computed"},
      {id: "d", status: "differs"}
    ];
    expect(DifferingFindings(findings, {document}).textContent).toBe("2 findings differ: b, d.");
    expect(DifferingFindings(findings, {document, explained: " (explained above)"}).textContent).toBe("2 findings differ: b, d (explained above).");
  });

  it("says so when none differs", () => {
    const p = DifferingFindings([{id: "a", status: "match"}], {document, explained: " (explained above)"});
    expect(p.tagName).toBe("P");
    expect(p.textContent).toBe("No finding differs from its published value.");
  });
});
