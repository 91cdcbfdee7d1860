/**
 * A validator of the Frictionless Table Schema constraints the workspace's data package uses
 * (https://specs.frictionlessdata.io/table-schema/): the header names the fields in order; a cell in
 * `missingValues` is null; `constraints.required` refuses null; `integer`, `number` and `boolean` cells
 * must cast (booleans by `trueValues`/`falseValues`); `primaryKey` values are unique. Written against the
 * spec because the reference validators (frictionless-py, the `datapackage` npm library) are not part of
 * the build; it covers exactly the keywords lib/site/datapackage.ts emits and refuses any other.
 */
import {csvParseRows} from "d3-dsv";

/** A Table Schema field as lib/site/datapackage.ts writes it. */
export interface SchemaField {
  name: string;
  type: string;
  description?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: {required?: boolean};
}

export interface TableSchema {
  fields: SchemaField[];
  primaryKey?: string[];
  missingValues?: string[];
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|INF|-INF)$/;
const KNOWN_FIELD_KEYS = new Set(["name", "type", "description", "trueValues", "falseValues", "constraints"]);

/**
 * Every way a CSV breaks its Table Schema, as "<file>, row <n>, field "<name>": <what>" (row 1 is the header).
 *
 * @example
 * tableSchemaErrors({fields: [{name: "years", type: "string", constraints: {required: true}}], missingValues: [""]}, 'years\n""\n', "catalogue.csv")
 * // ['catalogue.csv, row 2, field "years": required, but empty']
 */
export function tableSchemaErrors(schema: TableSchema, csv: string, file: string): string[] {
  const errors: string[] = [];
  const missing = new Set(schema.missingValues ?? [""]);
  for (const field of schema.fields) {
    const unknown = Object.keys(field).filter((k) => !KNOWN_FIELD_KEYS.has(k));
    if (unknown.length) errors.push(`${file}: field "${field.name}" uses ${unknown.join(", ")}, which this validator does not check`);
    if (!["string", "integer", "number", "boolean"].includes(field.type))
      errors.push(`${file}: field "${field.name}" has type "${field.type}", which this validator does not check`);
  }
  const [header = [], ...rows] = csvParseRows(csv);
  const names = schema.fields.map((f) => f.name);
  if (header.join(",") !== names.join(",")) errors.push(`${file}, row 1: header ${header.join(",")} is not the schema's fields ${names.join(",")}`);
  for (const key of schema.primaryKey ?? []) if (!names.includes(key)) errors.push(`${file}: primary key field "${key}" is not a field`);
  const keyColumns = (schema.primaryKey ?? []).map((k) => names.indexOf(k));
  const keys = new Map<string, number>();
  // Each field's test of a non-missing cell, made once: the outcome observations run to 49 MB of cells.
  const casts = schema.fields.map((field): ((cell: string) => string | undefined) => {
    if (field.type === "integer") return (cell) => (INTEGER.test(cell) ? undefined : "is not an integer");
    if (field.type === "number") return (cell) => (NUMBER.test(cell) ? undefined : "is not a number");
    if (field.type === "boolean") {
      const allowed = new Set([...(field.trueValues ?? ["true"]), ...(field.falseValues ?? ["false"])]);
      return (cell) => (allowed.has(cell) ? undefined : "is not a boolean");
    }
    return () => undefined;
  });
  const required = schema.fields.map((field) => field.constraints?.required === true);
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== names.length) errors.push(`${file}, row ${row}: ${cells.length} cells for ${names.length} fields`);
    for (let c = 0; c < names.length; c++) {
      const cell = cells[c] ?? "";
      if (missing.has(cell)) {
        if (required[c]) errors.push(`${file}, row ${row}, field "${names[c]}": required, but empty`);
        continue;
      }
      const problem = casts[c](cell);
      if (problem) errors.push(`${file}, row ${row}, field "${names[c]}": "${cell}" ${problem}`);
    }
    if (keyColumns.length) {
      const key = JSON.stringify(keyColumns.map((c) => cells[c]));
      const earlier = keys.get(key);
      if (earlier !== undefined) errors.push(`${file}, row ${row}: primary key ${schema.primaryKey!.join(", ")} repeats row ${earlier}`);
      else keys.set(key, row);
    }
  });
  return errors;
}
