import {describe, expect, it} from "vitest";
import {logGamma} from "../../../lib/stats/gamma.ts";
import {regularizedBeta} from "../../../lib/stats/beta.ts";
import {normalCdf, normalQuantile} from "../../../lib/stats/normal.ts";
import {studentTCdf, studentTQuantile} from "../../../lib/stats/student-t.ts";
import {StatsInputError} from "../../../lib/stats/errors.ts";
import {expectClose, expectRelativelyClose, readFixture} from "./r-fixtures.ts";

const fixture = readFixture("distributions.json");
const rows = <T>(table: Record<string, unknown[]>): T[] =>
  (table[Object.keys(table)[0]] as unknown[]).map((_, i) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[i]])) as T);

// jsonlite serializes data frames row-wise already; accept both layouts.
const asRows = <T>(table: unknown): T[] => (Array.isArray(table) ? (table as T[]) : rows<T>(table as Record<string, unknown[]>));

describe("Student t against R pt/qt", () => {
  it("pt matches to 1e-8 relative, including far tails", () => {
    for (const {t, df, p} of asRows<{t: number; df: number; p: number}>(fixture.pt)) {
      expectRelativelyClose(studentTCdf(t, df), p, 1e-8, `pt(${t}, ${df})`);
      // Symmetry: the two tails add up to one.
      expectClose(studentTCdf(t, df) + studentTCdf(-t, df), 1, 1e-15, `symmetry at ${t}, ${df}`);
    }
  });
  it("qt matches to 1e-8 relative", () => {
    for (const {p, df, q} of asRows<{p: number; df: number; q: number}>(fixture.qt)) {
      if (q === 0) expect(studentTQuantile(p, df)).toBe(0);
      else expectRelativelyClose(studentTQuantile(p, df), q, 1e-8, `qt(${p}, ${df})`);
    }
  });
  it("qt inverts pt", () => {
    for (const df of [1, 2, 3, 5.5, 30]) {
      for (const p of [0.001, 0.2, 0.6, 0.99]) expectClose(studentTCdf(studentTQuantile(p, df), df), p, 1e-12);
    }
  });
  it("rejects impossible arguments", () => {
    expect(() => studentTCdf(1, 0)).toThrow(StatsInputError);
    expect(() => studentTQuantile(1.5, 3)).toThrow(/probability/);
    expect(() => studentTCdf(NaN, 3)).toThrow(StatsInputError);
  });
});

describe("normal, gamma and beta against R", () => {
  it("pnorm to 1e-12 relative", () => {
    for (const {z, p} of asRows<{z: number; p: number}>(fixture.pnorm)) expectRelativelyClose(normalCdf(z), p, 1e-12, `pnorm(${z})`);
  });
  it("qnorm to 1e-12 relative", () => {
    for (const {p, q} of asRows<{p: number; q: number}>(fixture.qnorm)) {
      if (q === 0) expect(normalQuantile(p)).toBe(0);
      else expectRelativelyClose(normalQuantile(p), q, 1e-12, `qnorm(${p})`);
    }
  });
  it("lgamma to 1e-13", () => {
    for (const {x, value} of asRows<{x: number; value: number}>(fixture.lgamma)) expectClose(logGamma(x), value, 1e-13, `lgamma(${x})`);
  });
  it("pbeta to 1e-10 relative", () => {
    for (const {x, a, b, p} of asRows<{x: number; a: number; b: number; p: number}>(fixture.pbeta)) {
      expectRelativelyClose(regularizedBeta(x, a, b).lower, p, 1e-10, `pbeta(${x}, ${a}, ${b})`);
    }
  });
});
