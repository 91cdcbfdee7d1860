// Timings for the statistics core (lib/stats). Run: npx tsx bench/stats.bench.ts
//
// 1. A 10,000-replicate bootstrap CI (percentile + BCa with jackknife) for a correlation, n = 30.
//    Target < 50 ms.
// 2. CATPCA (ordinal, 2 dimensions) on a synthetic, seeded 56 × 58 matrix of 0/50/100 scores
//    (MIPEX 2020's shape). Target < 500 ms.
// Each figure is the median of several runs after a warm-up run. When Rscript is on PATH, the same
// work is timed in R: boot::boot(R = 10000) + boot.ci(type = c("perc", "bca")) for (1); for (2) R has
// no CATPCA package here, so prcomp(scale. = TRUE) on the same matrix is timed as a floor (a single
// SVD: any CATPCA costs at least that). Timings are printed, never asserted.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {performance} from "node:perf_hooks";
import {bootstrapCorrelation} from "../lib/stats/bootstrap.ts";
import {catpca} from "../lib/stats/catpca.ts";
import {createRandom} from "../lib/stats/random.ts";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(runs: number, work: () => unknown): number {
  work(); // warm-up: JIT compilation is not what we want to measure
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return median(durations);
}

const random = createRandom(2020);
const normal = (): number => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
};

// (1) 30 pairs, moderately correlated, one decimal like real scores.
const x = Array.from({length: 30}, () => Math.round((55 + 15 * normal()) * 10) / 10);
const y = x.map((value) => Math.round((0.6 * value + 12 * normal()) * 10) / 10);

// (2) 56 countries × 58 indicators scored 0/50/100 from two latent factors.
const factor1 = Array.from({length: 56}, normal);
const factor2 = Array.from({length: 56}, normal);
const scores = factor1.map((a, i) =>
  Array.from({length: 58}, (_, j) => {
    const value = (j % 3 === 0 ? 0.8 * a : 0.6 * a + 0.5 * factor2[i]) + 0.7 * normal() + ((j % 5) - 2) * 0.3;
    return value < -0.6 ? 0 : value < 0.5 ? 50 : 100;
  })
);

const bootstrapMs = time(9, () => bootstrapCorrelation(x, y, {replicates: 10_000, seed: 1}));
const catpcaResult = catpca(scores, {dimensions: 2, levels: "ordinal"});
const catpcaMs = time(7, () => catpca(scores, {dimensions: 2, levels: "ordinal"}));

const format = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
console.log(`bootstrap CI, n = 30, 10,000 replicates (percentile + BCa): ${format(bootstrapMs)}  (target < 50 ms)`);
console.log(
  `CATPCA ordinal, 56 × 58 of 0/50/100, 2 dims: ${format(catpcaMs)}  (target < 500 ms; ` +
    `${catpcaResult.iterations} iterations, VAF ${catpcaResult.varianceAccountedFor.map((v) => v.toFixed(2)).join(", ")})`
);

const hasR = spawnSync("Rscript", ["--version"], {encoding: "utf8"}).status === 0;
if (!hasR) {
  console.log("Rscript not found on PATH: skipping the R comparison.");
} else {
  const rScript = `
    suppressPackageStartupMessages(library(boot))
    x <- c(${x.join(",")}); y <- c(${y.join(",")})
    scores <- matrix(c(${scores.flat().join(",")}), nrow = 56, byrow = TRUE)
    d <- cbind(x, y)
    stat <- function(d, i) cor(d[i, 1], d[i, 2])
    timed <- function(runs, f) { f(); median(sapply(seq_len(runs), function(r) { t <- proc.time()[["elapsed"]]; f(); proc.time()[["elapsed"]] - t })) }
    boot_s <- timed(5, function() { set.seed(1); b <- boot(d, stat, R = 10000); boot.ci(b, type = c("perc", "bca")) })
    # prcomp takes ~1 ms: time 50 in a row for resolution.
    prcomp_s <- timed(5, function() for (k in 1:50) prcomp(scores, scale. = TRUE)) / 50
    cat(sprintf("%.6f %.6f %s\\n", boot_s, prcomp_s, R.version.string))
  `;
  // The data make the script too long for `Rscript -e`: pass it as a temporary file.
  const directory = mkdtempSync(join(tmpdir(), "stats-bench-"));
  const scriptPath = join(directory, "bench.R");
  writeFileSync(scriptPath, rScript);
  const run = spawnSync("Rscript", [scriptPath], {encoding: "utf8", maxBuffer: 1 << 24});
  rmSync(directory, {recursive: true, force: true});
  const [bootSeconds, prcompSeconds, ...version] = (run.stdout ?? "").trim().split(/\s+/);
  if (run.status !== 0 || !Number.isFinite(Number(bootSeconds))) {
    console.log(`R comparison failed (status ${run.status}): ${run.error?.message ?? ""} ${run.stderr?.trim() ?? ""}`);
  } else {
    const bootR = Number(bootSeconds) * 1000;
    const prcompR = Number(prcompSeconds) * 1000;
    console.log(version.join(" "));
    console.log(`R boot::boot(R = 10000) + boot.ci(perc, bca): ${format(bootR)}  → JS/R = ${(bootstrapMs / bootR).toFixed(3)}`);
    console.log(
      `R prcomp(scale. = TRUE) on the same 56 × 58 matrix (floor; no CATPCA package in R here): ${format(prcompR)}  → JS CATPCA / R prcomp = ${(catpcaMs / prcompR).toFixed(1)}`
    );
  }
}
