/**
 * An indicator's answers: the options the workbook's questionnaire text gives (a composite's spelled out in
 * its sub-indicators' wording) and the choices the simulator offers.
 */

/** One answer an indicator can take: its score and the answer text from the questionnaire. */
export interface AnswerOption {
  score: number;
  label: string;
}

/** Scores "0 – …", "50 - …", "100 - …" at the start of a line, as the workbooks write answer options. */
const OPTION_LINE = /^\s*(\d+(?:\.\d+)?)\s*[-–—]\s*(.*)$/;

/**
 * The answer options of an indicator from the workbook's text, highest score first. Lines that do not
 * start with a score (and texts like "TO BE FILLED AUTOMATICALLY") give no option.
 *
 * @example
 * parseAnswerOptions("100 - All of them\n50 - Some\n0 - None") // [{score: 100, label: "All of them"}, {score: 50, label: "Some"}, {score: 0, label: "None"}]
 * parseAnswerOptions("TO BE FILLED AUTOMATICALLY") // []
 */
export function parseAnswerOptions(text: string | null | undefined): AnswerOption[] {
  const seen = new Map<number, AnswerOption>();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const match = OPTION_LINE.exec(line);
    if (!match) continue;
    const score = Number(match[1]);
    if (!(score >= 0 && score <= 100) || seen.has(score)) continue;
    seen.set(score, {score, label: match[2].trim().replace(/\s+/g, " ")});
  }
  return [...seen.values()].sort((a, b) => b.score - a.score);
}

/** A sub-indicator's code and the scores a composite's option names for it: "bb28a=50", "cc59=50 or 100". */
const CODE_TERM = /^\s*([a-z]{2}\d+[a-z]?)\s*=\s*(\d+(?:\s*or\s*\d+)*)\s*$/i;

/**
 * A composite indicator's answer option, written in its sub-indicators' codes ("bb28a=50 & bb28b=0"),
 * in the sub-indicators' own wording; a term naming no known sub-indicator answer is kept as written.
 *
 * @example
 * spellOutAnswer("bb28a=100", new Map([["bb28a", {title: "a. Language form", options: [{score: 100, label: "No requirement"}]}]]))
 * // "Language form: No requirement"
 */
export function spellOutAnswer(label: string, subIndicators: ReadonlyMap<string, {title: string; options: readonly AnswerOption[]}>): string {
  return label
    .split(/\s*&\s*/)
    .map((term) => {
      const match = CODE_TERM.exec(term);
      const sub = match ? subIndicators.get(match[1].toLowerCase()) : undefined;
      if (!match || !sub) return term;
      const answers = match[2].split(/\s*or\s*/).map((score) => sub.options.find((o) => o.score === Number(score))?.label);
      if (answers.some((a) => a === undefined)) return term;
      return `${sub.title.replace(/^[a-z]\.\s+/, "")}: ${answers.join(" or ")}`;
    })
    .join("; ");
}

/**
 * Every indicator's answer options ({@link parseAnswerOptions}), a composite's spelled out in its
 * sub-indicators' wording ({@link spellOutAnswer}), by indicator code.
 *
 * @example (needs the workbooks)
 * // bb28 is a composite: its answers are spelled out in its sub-indicators' wording.
 * const best = indicatorAnswerOptions(tables.indicators).get("bb28")![0];
 * best.score // 100
 * best.label.startsWith("Pre-entry or immediately post-entry (i.e. in the first six months) language form: No Requirement") // true
 */
export function indicatorAnswerOptions(indicators: readonly {code: string; title: string; answer_options: string | null}[]): Map<string, AnswerOption[]> {
  const parsed = new Map(indicators.map((i) => [i.code, parseAnswerOptions(i.answer_options)]));
  const subIndicators = new Map(indicators.map((i) => [i.code.toLowerCase(), {title: i.title, options: parsed.get(i.code)!}]));
  return new Map([...parsed].map(([code, options]) => [code, options.map((o) => ({score: o.score, label: spellOutAnswer(o.label, subIndicators)}))]));
}

/**
 * The answers the simulator offers for an indicator: its answer options, or 0/50/100 where the workbook
 * gives none (composite indicators computed from sub-indicators), plus the current score when it is not
 * one of them. Highest first.
 *
 * @example
 * answerChoices({options: []}, 62.5).map((o) => o.score) // [100, 62.5, 50, 0]
 * answerChoices({options: [{score: 100, label: "Yes"}, {score: 0, label: "No"}]}, 0).map((o) => o.label) // ["Yes", "No"]
 */
export function answerChoices(indicator: {options: readonly AnswerOption[]}, current: number | null): AnswerOption[] {
  const choices =
    indicator.options.length > 0
      ? [...indicator.options]
      : [100, 50, 0].map((score) => ({score, label: score === 100 ? "best practice" : score === 0 ? "least favourable" : "halfway"}));
  if (current !== null && !choices.some((c) => Math.abs(c.score - current) < 1e-9)) {
    choices.push({score: current, label: "current score (computed from sub-indicators)"});
  }
  return choices.sort((a, b) => b.score - a.score);
}
