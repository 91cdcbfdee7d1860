import {beforeAll, describe, expect, it} from "vitest";
import {ranking} from "../../../../lib/findings/ranking.ts";
import {topTen} from "../../../../lib/findings/overview/top-ten.ts";
import type {WorkspaceTables} from "../../../../lib/mipex/workspace-tables.ts";
import {cachedMipex} from "../../../../loaders/mipex/cached-tables.ts";
import {haveSources, needing} from "../../../have-sources.ts";

const SOURCES = ["mipex_core", "mipex_eu", "approach_groups"];
const haveData = haveSources(...SOURCES);

let tables: WorkspaceTables;
beforeAll(async () => {
  if (!haveData) return;
  ({tables} = await cachedMipex());
}, 120_000);

describe.skipIf(!haveData)(needing("Top Ten 2019", ...SOURCES), () => {
  it("lists the ten highest recomputed scores and compares them with mipex.eu's top_ten flag", () => {
    const ranked = ranking(tables.overall_scores, tables.countries, {edition: "2020", year: 2019, variant: "with_health"});
    const t = topTen(ranked, tables.approach_groups, 2019);
    const byHand = tables.overall_scores
      .filter((r) => r.edition === "2020" && r.year === 2019 && r.variant === "with_health")
      .sort((a, b) => b.recomputed! - a.recomputed!)
      .slice(0, 10)
      .map((r) => r.iso3)
      .sort();
    expect(t.computed.map((c) => c.iso3).sort()).toEqual(byHand);
    expect(t.published).toHaveLength(10);
    expect(t.inBoth.length + t.onlyComputed.length).toBe(10);
    expect(t.agree).toBe(t.onlyComputed.length === 0 && t.onlyPublished.length === 0);
  });
});
