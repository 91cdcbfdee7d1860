/**
 * Cells of the official workbooks that hold something other than a score where a score belongs, found
 * while loading them and listed one by one, so that every exception is visible and nothing else is
 * excused: any other text in a score cell stops loading with an error.
 */
export interface Erratum {
  file: string;
  sheet: string;
  cell: string;
  found: string;
  treatment: string;
}

export const ERRATA: readonly Erratum[] = [
  {
    file: "mipex_core_2007-2019.xlsx",
    sheet: "AR",
    cell: "AC73",
    found: 'the indicator\'s answer options ("100 - After ≤ 3 years ...") typed into the 2014 score cell',
    treatment: "read as not scored; Argentina is scored from 2014 on the other indicators of the block"
  }
];

/** The erratum for a cell, if the cell is a known exception. */
export function erratumFor(file: string, sheet: string, cell: string): Erratum | undefined {
  return ERRATA.find((e) => e.file === file && e.sheet === sheet && e.cell === cell);
}
