/**
 * The compare module on the real MIPEX tables (skipped when the data are not on this machine): group
 * averages over their members, a point only where every member is scored.
 */
import {describe, expect, it} from "vitest";
import {compare} from "../../../lib/findings/compare.ts";
import type {FindingInputs} from "../../../lib/findings/findings-module.ts";
import {ranking} from "../../../lib/findings/ranking.ts";
import {haveSources, needing} from "../../have-sources.ts";
import {cachedMipex} from "../../../loaders/mipex/cached-tables.ts";

const haveData = haveSources("mipex_core");

describe.skipIf(!haveData)(needing("compareData on the MIPEX tables", "mipex_core"), async () => {
  const {tables} = haveData ? await cachedMipex() : ({} as never);
  const data = haveData ? compare.analyse({tables} as FindingInputs) : ({} as never);
  const ranked = haveData ? ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"}) : [];
  const group = (id: string) => data.entities.find((e) => e.id === id)!;
  const averaged = (id: string) =>
    group(id)
      .trend.filter((t) => t.overall !== null)
      .map((t) => `${t.edition}/${t.year}`);

  it("the EU27 average is the mean of its 27 members' recomputed 2019 overall scores", () => {
    const eu27 = group("eu27");
    expect(eu27.members).toHaveLength(27);
    const members = ranked.filter((c) => c.eu27);
    expect(eu27.overall2019).toBeCloseTo(members.reduce((s, c) => s + c.score, 0) / members.length, 9);
    expect(data.entities.filter((e) => e.kind === "country")).toHaveLength(56);
  });

  it("the all-56 average has a point only where all 56 are scored: 2019 (Argentina lacks 2014; 2015–2018 and 2020 have few)", () => {
    expect(group("all").members).toHaveLength(56);
    expect(averaged("all")).toEqual(["2020/2019"]);
    const y2014 = group("all").trend.find((t) => t.edition === "2020" && t.year === 2014)!;
    expect([y2014.overall, y2014.n, y2014.of]).toEqual([null, 55, 56]);
    expect(y2014.note).toBe("no average: Argentina not scored");
    expect(group("oecd").trend.find((t) => t.edition === "2020" && t.year === 2015)!.note).toMatch(/^no average: \d+ members not scored$/);
    for (const year of [2015, 2016, 2017, 2018, 2020]) {
      const t = group("all").trend.find((p) => p.edition === "2020" && p.year === year)!;
      expect(t.overall, String(year)).toBeNull();
      expect(t.n, String(year)).toBeLessThan(56);
    }
  });

  it("the OECD average has 2014 and 2019 only; EU27 has no 2024 point (the 2025 update scored 14 of 27 that year)", () => {
    expect(averaged("oecd")).toEqual(["2020/2014", "2020/2019"]);
    expect(averaged("eu27")).toEqual(["2020/2014", "2020/2019", "2025/2020", "2025/2021", "2025/2022", "2025/2023"]);
    const eu2024 = group("eu27").trend.find((t) => t.edition === "2025" && t.year === 2024)!;
    expect([eu2024.overall, eu2024.of]).toEqual([null, 27]);
    expect(eu2024.n).toBeLessThan(27);
    // Every average there is is the plain mean of all members' scores that year.
    for (const g of ["eu27", "oecd", "all"]) {
      for (const t of group(g).trend.filter((p) => p.overall !== null)) {
        const scores = group(g).members.map(
          (m) => tables.overall_scores.find((r) => r.iso3 === m && r.edition === t.edition && r.year === t.year && r.variant === "with_health")!.recomputed!
        );
        expect(t.overall!).toBeCloseTo(scores.reduce((s, v) => s + v, 0) / scores.length, 9);
        expect(t.n).toBe(group(g).members.length);
      }
    }
  });

  it("the 2019 area and indicator averages are complete for every group", () => {
    for (const g of ["eu27", "oecd", "all"]) {
      expect(group(g).overall2019, g).not.toBeNull();
      expect(
        group(g).areas2019.filter((v) => v === null),
        g
      ).toEqual([]);
      expect(
        group(g).indicators2019.filter((v) => v === null),
        g
      ).toEqual([]);
      expect(group(g).indicators2019).toHaveLength(tables.indicators.length);
    }
  });

  it("each edition's years come from the data", () => {
    const years = (edition: string) =>
      tables.overall_scores.filter((r) => r.edition === edition && r.variant === "with_health" && r.recomputed !== null).map((r) => r.year);
    for (const e of data.editions) {
      expect(e.first).toBe(Math.min(...years(e.edition)));
      expect(e.last).toBe(Math.max(...years(e.edition)));
    }
  });
});
