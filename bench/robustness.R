#!/usr/bin/env Rscript
# The robustness analysis's work in R, timed, for bench/robustness.bench.ts: the same scheme as the workspace
# (test/fixtures/r/robustness-index.R) on the real 56 × 59 matrix, which the bench writes to a temporary folder
# (never committed). Usage: Rscript bench/robustness.R DIR DRAWS BASE_SAMPLES
# Prints one line per task: "<task> <seconds>".
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; draws <- as.integer(args[2]); base_samples <- as.integer(args[3])
script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE)))
source(file.path(script_dir, "..", "test", "fixtures", "r", "robustness-index.R"))
X <- as.matrix(read.csv(file.path(dir, "scores.csv"), header = FALSE))
meta <- read.csv(file.path(dir, "indicators.csv"))
area_of <- meta$area
w_pub <- meta$weight
counts <- as.numeric(tabulate(area_of + 1, 8))
setup_index()
# The weights choice stays at MIPEX's (R cannot draw the workspace's Dirichlet weights); the other seven vary.
enabled <- c(FALSE, rep(TRUE, 7))
t0 <- proc.time()[["elapsed"]]
unc <- uncertainty_run(weyl(draws, 8, 0), enabled)
cat("uncertainty", proc.time()[["elapsed"]] - t0, "\n")
t0 <- proc.time()[["elapsed"]]
sens <- sensitivity_run(weyl(base_samples, 7, 0), weyl(base_samples, 7, 7), enabled)
cat("sensitivity", proc.time()[["elapsed"]] - t0, "\n")
cat("check", sens[[1]]$total, "\n")
