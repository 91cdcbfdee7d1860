import {columnNumber} from "./sheet-grid.ts";

/** A linear combination of cells: coefficient by column (rows are all the same year's row). */
export interface LinearForm {
  coefficients: Map<number, number>;
  constant: number;
}

/**
 * Reads an Excel formula that is a linear combination of cells in one row, as the MIPEX area averages
 * are: `AVERAGE(E108,((H108+K108)/2),W108)` or `(E171+K171)/2+W171`. Returns the weight of each column,
 * or null for a formula that is not linear in its cells (a product of two cells, IF, a range, ...).
 *
 * @example
 * // Column E (5) weighs 1/2, H (8) and K (11) 1/4 each.
 * [...linearForm("AVERAGE(E1,(H1+K1)/2)")!.coefficients] // [[5, 0.5], [8, 0.25], [11, 0.25]]
 */
export function linearForm(formula: string): LinearForm | null {
  const tokens = tokenize(formula);
  if (!tokens) return null;
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];

  function expression(): LinearForm | null {
    let left = term();
    while (left && (peek() === "+" || peek() === "-")) {
      const sign = take() === "+" ? 1 : -1;
      const right = term();
      if (!right) return null;
      left = add(left, scale(right, sign));
    }
    return left;
  }
  function term(): LinearForm | null {
    let left = factor();
    while (left && (peek() === "*" || peek() === "/")) {
      const op = take();
      const right = factor();
      if (!right) return null;
      if (op === "*") {
        if (isConstant(right)) left = scale(left, right.constant);
        else if (isConstant(left)) left = scale(right, left.constant);
        else return null;
      } else {
        if (!isConstant(right) || right.constant === 0) return null;
        left = scale(left, 1 / right.constant);
      }
    }
    return left;
  }
  function factor(): LinearForm | null {
    const token = take();
    if (token === undefined) return null;
    if (token === "-") {
      const f = factor();
      return f && scale(f, -1);
    }
    if (token === "(") {
      const inner = expression();
      return take() === ")" ? inner : null;
    }
    if (/^AVERAGE$/i.test(token) || /^SUM$/i.test(token)) {
      if (take() !== "(") return null;
      const args: LinearForm[] = [];
      for (;;) {
        const arg = expression();
        if (!arg) return null;
        args.push(arg);
        const next = take();
        if (next === ")") break;
        if (next !== ",") return null;
      }
      const sum = args.reduce(add);
      return /^SUM$/i.test(token) ? sum : scale(sum, 1 / args.length);
    }
    if (/^\d+(\.\d+)?$/.test(token)) return {coefficients: new Map(), constant: Number(token)};
    const ref = /^\$?([A-Z]{1,3})\$?\d+$/i.exec(token);
    if (ref) return {coefficients: new Map([[columnNumber(ref[1]), 1]]), constant: 0};
    return null;
  }

  const result = expression();
  return result && i === tokens.length ? result : null;
}

function tokenize(formula: string): string[] | null {
  const tokens = formula.replace(/^=/, "").match(/\$?[A-Z]+\$?\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),]|\S/gi);
  if (!tokens || tokens.some((t) => /^[^-+*/(),\w$.]$/.test(t))) return null;
  return tokens;
}

function isConstant(f: LinearForm): boolean {
  return f.coefficients.size === 0;
}

function scale(f: LinearForm, k: number): LinearForm {
  return {coefficients: new Map([...f.coefficients].map(([c, v]) => [c, v * k])), constant: f.constant * k};
}

function add(a: LinearForm, b: LinearForm): LinearForm {
  const coefficients = new Map(a.coefficients);
  for (const [c, v] of b.coefficients) coefficients.set(c, (coefficients.get(c) ?? 0) + v);
  return {coefficients, constant: a.constant + b.constant};
}
