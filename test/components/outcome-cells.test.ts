import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {outcomeSource, outcomeValue} from "../../src/components/outcome-cells.ts";

const {document} = new JSDOM("<!doctype html><body></body>").window;

describe("outcome cells", () => {
  it("shows a value whole from 100 up, else to three significant digits", () => {
    expect(outcomeValue(1234.5)).toBe("1235");
    expect(outcomeValue(-150.2)).toBe("\u2212150"); // display text: the minus sign U+2212
    expect(outcomeValue(71.26)).toBe("71.3");
    expect(outcomeValue(0.012345)).toBe("0.0123");
  });

  it("links a source to its first web address and keeps the whole text", () => {
    const cell = outcomeSource("OECD https://a.example/x (mirror https://b.example/y)", {document}) as HTMLAnchorElement;
    expect(cell.getAttribute("href")).toBe("https://a.example/x");
    expect(cell.rel).toBe("external");
    expect(cell.textContent).toBe("OECD https://a.example/x (mirror https://b.example/y)");
    expect(outcomeSource("Eurostat", {document}).nodeType).toBe(3);
  });
});
