// Data loader: the same 20 points as a JSON array of rows (DuckDB reads it without its json extension).
const rows = Array.from({length: 20}, (_, x) => ({x, y: (x * 7) % 11, parity: x % 2 ? "odd" : "even"}));
process.stdout.write(JSON.stringify(rows));
