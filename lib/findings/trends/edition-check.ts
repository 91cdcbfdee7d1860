import type {Edition} from "../../mipex/editions.ts";
import type {WorkspaceTables} from "../../mipex/workspace-tables.ts";
import {round9} from "./numbers.ts";

/** A country's 2020 score in the 2025 EU update beside its last scores in the 2020 edition. */
export interface EditionCheck {
  iso3: string;
  name: string;
  /** 2020 edition, 2019 (with health). */
  edition2020Year2019: number | null;
  /** 2020 edition, 2020, where the country has a 2020 update. */
  edition2020Year2020: number | null;
  /** 2025 update, 2020. */
  edition2025Year2020: number;
  /** 2025 update 2020 − 2020 edition 2019. */
  difference: number | null;
  /** Indicators scored in both (2020 edition 2019, 2025 update 2020) and how many differ. */
  indicatorsCompared: number;
  indicatorsDiffering: number;
}

/**
 * For each country of the 2025 update, its 2020 overall score (with health) beside the 2020 edition's
 * 2019 (and 2020) score, and how many indicator scores differ: a consistency check between the
 * editions, since a difference is either a 2019→2020 policy change or a re-coding in the update.
 *
 * @example (needs the workbooks)
 * // Sweden's 2019 score in the 2020 edition and its 2020 score in the 2025 update agree, on all 79 indicators compared.
 * const {difference, indicatorsCompared, indicatorsDiffering} = editionCheck(tables).find((c) => c.iso3 === "SWE")!;
 * [difference, indicatorsCompared, indicatorsDiffering] // [0, 79, 0]
 */
export function editionCheck(tables: WorkspaceTables): EditionCheck[] {
  const names = new Map(tables.countries.map((c) => [c.iso3, c.name]));
  const overall = (edition: Edition, year: number) =>
    new Map(tables.overall_scores.filter((r) => r.edition === edition && r.year === year && r.variant === "with_health").map((r) => [r.iso3, r.recomputed]));
  const a2019 = overall("2020", 2019);
  const a2020 = overall("2020", 2020);
  const b2020 = overall("2025", 2020);
  const indicators = (edition: Edition, year: number) =>
    new Map(tables.indicator_scores.filter((s) => s.edition === edition && s.year === year).map((s) => [`${s.iso3} ${s.indicator}`, s.score]));
  const i2019 = indicators("2020", 2019);
  const i2020 = indicators("2025", 2020);
  const out: EditionCheck[] = [];
  for (const [iso3, value] of b2020) {
    if (value === null) continue;
    const old = round9(a2019.get(iso3) ?? null);
    let compared = 0;
    let differing = 0;
    for (const [key, score] of i2020) {
      if (!key.startsWith(`${iso3} `)) continue;
      const before = i2019.get(key);
      if (before === undefined) continue;
      compared++;
      if (round9(before) !== round9(score)) differing++;
    }
    out.push({
      iso3,
      name: names.get(iso3) ?? iso3,
      edition2020Year2019: old,
      edition2020Year2020: a2020.get(iso3) ?? null,
      edition2025Year2020: value,
      difference: old === null ? null : round9(value)! - old,
      indicatorsCompared: compared,
      indicatorsDiffering: differing
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
