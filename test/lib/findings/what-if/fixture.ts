import {AREA_IDS} from "../../../../lib/mipex/areas.ts";
import {parseAnswerOptions} from "../../../../lib/findings/what-if/answers.ts";
import type {WhatIfData} from "../../../../lib/findings/what-if/data.ts";

/**
 * Three countries, two indicators per area: area a's first indicator weighs 0.75 and the second 0.25
 * (the workbooks' weights are unequal in some areas); every score 50 but where a country sets otherwise.
 */
export function whatIfFixture(): WhatIfData {
  const indicators = AREA_IDS.flatMap((area) => [
    {code: `${area}_1`, area, title: `${area} one`, weight: 0.75, options: parseAnswerOptions("100 - Yes\n50 - Partly\n0 - No")},
    {code: `${area}_2`, area, title: `${area} two`, weight: 0.25, options: []}
  ]);
  const country = (iso3: string, score: (code: string) => number | null) => ({iso3, name: iso3, scores: indicators.map((i) => score(i.code))});
  return {
    edition: "2020",
    year: 2019,
    indicators,
    countries: [country("AAA", () => 50), country("BBB", () => 60), country("CCC", (code) => (code === "health_2" ? 62.5 : 40))]
  };
}
