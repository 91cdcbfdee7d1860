// Data loader: the same 20 points as an Arrow IPC file, written with apache-arrow from node_modules.
import {tableFromArrays, tableToIPC} from "apache-arrow";

const x = Int32Array.from({length: 20}, (_, i) => i);
const y = Float64Array.from(x, (i) => (i * 7) % 11);
const parity = Array.from(x, (i) => (i % 2 ? "odd" : "even"));
process.stdout.write(tableToIPC(tableFromArrays({x, y, parity}), "file"));
