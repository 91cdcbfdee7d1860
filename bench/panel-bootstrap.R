# R's time for the panel explorer's work (bench/panel.bench.ts): two-way fixed effects, CR1 and CR2 standard
# errors, and the restricted wild cluster bootstrap p-value with 9,999 Rademacher draws, each draw refitting
# the two-way model (lm.fit on the dummies), on the synthetic panel of test/fixtures/r/panel-functions.R.
#   Rscript bench/panel-bootstrap.R <countries> <draws>
args <- commandArgs(trailingOnly = TRUE)
G <- as.integer(args[1]); draws <- as.integer(args[2])
source("test/fixtures/r/panel-functions.R")
panel <- make_panel(G, drop = FALSE)
set.seed(1)
weights <- matrix(sample(c(-1, 1), draws * G, replace = TRUE), ncol = G)
elapsed <- system.time({
  model <- plm(y ~ x, data = pdata.frame(panel, index = c("country", "year")), model = "within", effect = "twoways")
  se <- c(sqrt(diag(cr1(model))), sqrt(diag(cr2(model, panel))))
  boot <- wcr_bootstrap(panel, "x", 1, 0.25, weights)
})[["elapsed"]]
cat(sprintf("%.3f %d %.6f\n", elapsed * 1000, nrow(panel), boot$p))
