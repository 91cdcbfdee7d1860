// The synthetic panel and reference values written by test/fixtures/r/panel.R (tests never run R).
import {expectAllClose, readFixture} from "./r-fixtures.ts";

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

/** One reference fit from panel.R: estimates, CR1 and CR2 standard errors, in coefficient order. */
export interface PanelReference {
  coefficients: number[];
  cr1: number[];
  cr2: number[];
}

/** Estimates to 1e-8 and CR1/CR2 standard errors to 1e-6 of R's, coefficient by coefficient. */
export function expectMatchesPanelReference(
  estimates: readonly {estimate: number; cr1?: {standardError: number} | null; cr2?: {standardError: number} | null}[],
  reference: PanelReference
): void {
  expectAllClose(
    estimates.map((c) => c.estimate),
    reference.coefficients,
    1e-8,
    "coefficients"
  );
  expectAllClose(
    estimates.map((c) => c.cr1!.standardError),
    reference.cr1,
    1e-6,
    "CR1"
  );
  expectAllClose(
    estimates.map((c) => c.cr2!.standardError),
    reference.cr2,
    1e-6,
    "CR2"
  );
}
