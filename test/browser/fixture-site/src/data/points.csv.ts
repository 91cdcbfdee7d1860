// Data loader (run by Framework through tsx): 20 points as CSV on stdout.
const rows = Array.from({length: 20}, (_, i) => `${i},${(i * 7) % 11},${i % 2 ? "odd" : "even"}`);
process.stdout.write(["x,y,parity", ...rows].join("\n") + "\n");
