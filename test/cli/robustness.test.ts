import {spawn} from "node:child_process";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {PROJECT_ROOT} from "../../loaders/data-sources.ts";
import {haveSources, needing} from "../have-sources.ts";

// Asynchronous, so the test worker keeps answering vitest while the command runs.
function mipex(args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, "cli", "run.mjs"), ...args], {cwd: PROJECT_ROOT});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({code, stdout, stderr}));
  });
}

describe.skipIf(!haveSources("mipex_core"))(needing("npm run mipex -- robustness", "mipex_core"), () => {
  it("prints the rank intervals, the Sobol table and the drop-one-area table", async () => {
    const {code, stdout} = await mipex(["robustness", "--draws", "500", "--base-samples", "128", "--resamples", "20", "--seed", "3"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Uncertainty: 500 configurations \(seed 3\)/);
    expect(stdout).toMatch(/^ +1 +Sweden +86\.39 /m);
    expect(stdout).toMatch(/Sensitivity of the average rank shift: Sobol indices, N = 128 base samples \(1,280 model runs\)/);
    expect(stdout).toMatch(/Rank with one area left out/);
  }, 240_000);

  it("--json gives the analysis with the chosen settings and choices", async () => {
    const {code, stdout} = await mipex(["robustness", "--draws", "300", "--base-samples", "64", "--resamples", "10", "--choices", "health,scale", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.settings).toMatchObject({draws: 300, baseSamples: 64, resamples: 10, choices: ["health", "scale"]});
    expect(out.uncertainty.countries).toHaveLength(56);
    expect(out.sensitivity.choices).toEqual(["health", "scale"]);
  }, 240_000);

  it("names a bad option", async () => {
    const {code, stderr} = await mipex(["robustness", "--draws", "ten"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--draws must be an integer ≥ 2, got "ten"/);
    expect((await mipex(["robustness", "--choices", "colour"])).stderr).toMatch(/unknown choice colour/);
  }, 240_000);
});
