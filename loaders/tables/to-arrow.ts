import {Bool, Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType} from "apache-arrow";
import type {ColumnType, TableSpec} from "../../lib/mipex/table-specs.ts";

type Row = Record<string, unknown>;

// Text columns are dictionary-encoded: the tables repeat the same codes, labels and notes on thousands of
// rows (the outcome observations shrink from 48 MB to a few), and DuckDB and apache-arrow read
// dictionaries as plain strings.
const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  string: () => new Dictionary(new Utf8(), new Int32()),
  float: () => new Float64(),
  int: () => new Int32(),
  bool: () => new Bool()
};

/**
 * A table as an Arrow table typed by its spec, so that an empty or all-null column keeps its type, which
 * inference from values cannot do. The Arrow IPC and Parquet files are both written from it.
 *
 * @example
 * arrowTable(spec, rows).numRows // rows.length
 */
export function arrowTable(spec: TableSpec, rows: readonly Row[]): Table {
  const columns = Object.fromEntries(
    spec.columns.map((column) => {
      const values = rows.map((row) => {
        const v = row[column.name];
        if (v === undefined || v === null) {
          if (!column.nullable) throw new Error(`${spec.name}: column ${column.name} is null in a row, but the column is not nullable`);
          return null;
        }
        return v;
      });
      return [column.name, vectorFromArray(values, ARROW_TYPES[column.type]())];
    })
  );
  return new Table(columns);
}

/**
 * A table as Arrow IPC (file format), from {@link arrowTable}.
 *
 * @example
 * toArrow(spec, rows) // Uint8Array, readable by apache-arrow's tableFromIPC and DuckDB
 */
export function toArrow(spec: TableSpec, rows: readonly Row[]): Uint8Array {
  return tableToIPC(arrowTable(spec, rows), "file");
}
