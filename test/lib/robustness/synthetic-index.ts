// The synthetic index test/fixtures/r/robustness.R builds: 12 countries × 24 indicators (8 areas × 3),
// scores 0/50/100 from a fixed formula; areas 1, 3, 5, 7 (0-based) weigh their indicators 1/2, 1/4, 1/4.
// No source data: the same formula in R and here.
import {AREA_IDS} from "../../../lib/mipex/areas.ts";
import type {RobustnessData} from "../../../lib/robustness/data.ts";

export function syntheticIndex(): RobustnessData {
  const indicators = Array.from({length: 24}, (_, i) => {
    const area = Math.floor(i / 3);
    return {code: `${AREA_IDS[area]}_${i % 3}`, area: AREA_IDS[area], weight: area % 2 === 0 ? 1 / 3 : [0.5, 0.25, 0.25][i % 3]};
  });
  const countries = Array.from({length: 12}, (_, c) => ({iso3: `C${String(c + 1).padStart(2, "0")}`, name: `Country ${c + 1}`}));
  const scores = countries.map((_, c) => indicators.map((__, i) => [0, 50, 100][(c * 7 + i * 5 + Math.floor((c * i) / 3)) % 3]));
  return {edition: "2020", year: 2019, countries, indicators, scores, published: countries.map(() => null)};
}
