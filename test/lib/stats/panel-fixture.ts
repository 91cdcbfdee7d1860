// The synthetic panel and reference values written by test/fixtures/r/panel.R (tests never run R).
import {readFixture} from "./r-fixtures.ts";

export interface SyntheticPanel {
  country: string[];
  year: number[];
  x: number[];
  z: number[];
  y: number[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const panelFixture: any = readFixture("panel.json");
export const mainPanel: SyntheticPanel = panelFixture.panel;
