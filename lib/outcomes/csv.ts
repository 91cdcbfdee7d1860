/** One CSV record with the 1-based line on which it starts (quoted fields may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses RFC 4180 CSV (commas, double-quoted fields with `""` escapes, CRLF or LF, optional UTF-8 BOM) and
 * keeps each record's starting line number so errors can name it. Blank lines are skipped. d3-dsv's parser
 * does not report line numbers, hence this small one.
 *
 * @example
 * parseCsv('a,b\n1,"x, y"\n') // [{line: 1, fields: ["a", "b"]}, {line: 2, fields: ["1", "x, y"]}]
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw new Error(`unterminated quoted field starting on line ${start}`);
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            if (c === "\n") line++;
            field += c;
            i++;
          }
        }
      }
      // Unquoted part (or what follows a closing quote) up to the next comma or line end.
      let j = i;
      while (j < n && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r") j++;
      field += text.slice(i, j);
      i = j;
      fields.push(field);
      field = "";
      if (i >= n) endOfRecord = true;
      else if (text[i] === ",") i++;
      else {
        if (text[i] === "\r") i++;
        if (text[i] === "\n") i++;
        line++;
        endOfRecord = true;
      }
    }
    if (!(fields.length === 1 && fields[0] === "")) records.push({line: start, fields});
  }
  return records;
}
