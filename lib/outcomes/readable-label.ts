/**
 * A readable name for an outcome series whose file gives only a column name (tidy files have no label
 * column, so `ESS_imwbcnt_mean` would otherwise reach chart axes and lists as it is).
 */

/** Survey prefixes of column names, and how a reader knows the survey. */
const SURVEYS: readonly [RegExp, string][] = [
  [/^ESS_/, "ESS"],
  [/^EB469_/, "Eurobarometer 469"],
  [/^EUSIDIS2022_/, "EU-SIDIS 2022"]
];

/** Parts of column names that are abbreviations. */
const WORDS: Record<string, string> = {
  pct: "(%)",
  "12m": "in the last 12 months",
  "5y": "in the last 5 years",
  nonEU: "non-EU",
  firstgen: "first-generation students",
  secondgen: "second-generation students",
  nonimmigrant: "non-immigrant students",
  "7plus": "7 or more",
  all3: "in all three subjects",
  "4areas": "in four areas",
  measureA: "(measure A)",
  measureB: "(measure B)",
  CONFLICT: "(conflicting sources)"
};

/**
 * The series' name in words: the survey question when the note quotes one ("question: …"), else the
 * column name's words with abbreviations spelled out; the survey named first.
 *
 * @example
 * readableIndicatorLabel("ESS_imwbcnt_mean", "ESS round 1; question: Immigrants make country worse or better place to live; 0=Worse")
 * // "ESS: Immigrants make country worse or better place to live (mean)"
 * readableIndicatorLabel("discrimination_ethnic_12m_pct", null) // "Discrimination ethnic in the last 12 months (%)"
 */
export function readableIndicatorLabel(indicator: string, note: string | null): string {
  const survey = SURVEYS.find(([prefix]) => prefix.test(indicator));
  const code = survey ? indicator.replace(survey[0], "") : indicator;
  const question = note ? /question:\s*([^;]+)/i.exec(note)?.[1].trim() : undefined;
  let words: string;
  if (question) words = `${question}${/_mean$/.test(code) ? " (mean)" : ""}`;
  else {
    const parts = code
      .split("_")
      .filter((p) => p !== "")
      .map((p) => WORDS[p] ?? p);
    const percent = parts.includes("(%)");
    words = [...parts.filter((p) => p !== "(%)"), ...(percent ? ["(%)"] : [])].join(" ");
  }
  words = words.charAt(0).toUpperCase() + words.slice(1);
  return survey ? `${survey[1]}: ${words}` : words;
}
