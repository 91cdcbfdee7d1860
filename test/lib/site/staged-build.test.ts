import {spawn, type ChildProcess} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {cleanUpInterruptedBuilds, publishBuild, stagedBuild, stagingDir} from "../../../lib/site/staged-build.ts";

const SLOW_BUILD = join(import.meta.dirname, "fixtures/slow-staged-build.ts");

let root: string;
const started: ChildProcess[] = [];
let output: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mipex-staged-build-"));
  output = join(root, "dist");
});
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(root, {recursive: true, force: true});
});

function site(dir: string, content: string): void {
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, "index.html"), content);
}
const page = (dir: string) => readFileSync(join(dir, "index.html"), "utf8");

/** Start the slow build; resolves with the child and its staging folder once a page is written there. */
function startSlowBuild(mode: "wait" | "finish") {
  // node itself, not the tsx command (which runs the script in a second process a kill would not reach).
  const child = spawn(process.execPath, ["--import", "tsx", SLOW_BUILD, output, mode], {stdio: ["ignore", "pipe", "inherit"]});
  started.push(child);
  const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on("exit", (code, signal) => resolve({code, signal})));
  const staged = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /STAGED (.+)\n/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on("exit", () => reject(new Error(`slow build exited before staging: ${out}`)));
  });
  return {child, staged, exited};
}

describe("staging folder and swap", () => {
  it("stages beside the output and swaps the finished site in, the old one removed", () => {
    site(output, "old site");
    const staging = stagingDir(output, 123);
    expect(staging).toBe(join(root, "dist.tmp-123"));
    site(staging, "new site");
    publishBuild(staging, output);
    expect(page(output)).toBe("new site");
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("publishes a first build (no previous output)", () => {
    site(stagingDir(output, 7), "new site");
    publishBuild(stagingDir(output, 7), output);
    expect(page(output)).toBe("new site");
  });

  it("removes what stopped builds left, keeps a running build's folder and another output's", () => {
    site(output, "site");
    site(join(root, "dist.tmp-11"), "half a site");
    site(join(root, "dist.old-12"), "replaced site");
    site(join(root, "dist.tmp-13"), "a build still running");
    site(join(root, "other.tmp-11"), "another output");
    const actions = cleanUpInterruptedBuilds(output, (pid) => pid === 13);
    expect(actions).toHaveLength(2);
    expect(readdirSync(root).sort()).toEqual(["dist", "dist.tmp-13", "other.tmp-11"]);
    expect(page(output)).toBe("site");
  });

  it("puts the old site back when a build was stopped between the two renames", () => {
    site(join(root, "dist.old-21"), "previous site");
    site(join(root, "dist.tmp-21"), "new site, never swapped in");
    expect(cleanUpInterruptedBuilds(output, () => false)[0]).toMatch(/^restored .*dist from .*dist\.old-21/);
    expect(page(output)).toBe("previous site");
    expect(readdirSync(root)).toEqual(["dist"]);
  });
});

describe("stagedBuild", () => {
  it("a failing build leaves the output as it was and removes its staging folder", async () => {
    site(output, "old site");
    const build = stagedBuild(
      output,
      async (staging) => {
        site(staging, "half a site");
        throw new Error("observable build failed");
      },
      () => {}
    );
    await expect(build).rejects.toThrow("observable build failed");
    expect(page(output)).toBe("old site");
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("a finished build replaces the output", async () => {
    site(output, "old site");
    await stagedBuild(
      output,
      async (staging) => site(staging, "new site"),
      () => {}
    );
    expect(page(output)).toBe("new site");
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("a build killed mid-way (SIGKILL) leaves the previous site; the next build removes its leftovers", async () => {
    site(output, "old site");
    const killed = startSlowBuild("wait");
    const staging = await killed.staged;
    killed.child.kill("SIGKILL");
    expect((await killed.exited).signal).toBe("SIGKILL");
    expect(page(output)).toBe("old site");
    expect(page(staging)).toBe("new site");

    const next = startSlowBuild("finish");
    expect((await next.exited).code).toBe(0);
    expect(page(output)).toBe("new site");
    expect(readdirSync(root)).toEqual(["dist"]);
  }, 60_000);

  it("a build stopped by SIGTERM removes its staging folder at once", async () => {
    site(output, "old site");
    const stopped = startSlowBuild("wait");
    await stopped.staged;
    stopped.child.kill("SIGTERM");
    expect((await stopped.exited).code).toBe(143);
    expect(page(output)).toBe("old site");
    expect(readdirSync(root)).toEqual(["dist"]);
  }, 60_000);
});
