import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy} from "../../../lib/site/content-security-policy.ts";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="modulepreload" href="./_observablehq/client.js">
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
<script src="./_observablehq/other.js"></script>
</head>
<body><script>{const o = 1;}</script><script type="module">
import {define} from "./_observablehq/client.js";
</script></body>
</html>`;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("the Content-Security-Policy of built pages", () => {
  it("hashes each inline script's exact text once, and no script with a src", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha256('\nimport {define} from "./_observablehq/client.js";\n'), sha256("{const o = 1;}")]);
  });

  it("allows only the site's origin: scripts by hash, WebAssembly, blob: workers, no other host anywhere", () => {
    const policy = directives(contentSecurityPolicy(["abc="]));
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
    expect(policy["connect-src"]).toEqual(["'self'", "blob:"]);
    expect(policy["worker-src"]).toEqual(["'self'", "blob:"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    for (const sources of Object.values(policy)) {
      for (const source of sources) expect(source).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/);
    }
    expect(contentSecurityPolicy([])).not.toContain("'unsafe-eval'");
  });

  it("lets htl's placeholder handlers through, and only them", () => {
    const attr = directives(contentSecurityPolicy([]))["script-src-attr"];
    expect(attr[0]).toBe("'unsafe-hashes'");
    expect(attr).toContain(`'sha256-${sha256("::0")}'`);
    expect(attr).toContain(`'sha256-${sha256("::99")}'`);
    expect(attr).toHaveLength(101);
  });

  it("puts the policy right after <meta charset>, before every script and stylesheet, and is idempotent", () => {
    const html = withContentSecurityPolicy(PAGE);
    expect(html).toMatch(/<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+">\n<link/);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).toContain(`'sha256-${sha256("{const o = 1;}")}'`);
    expect(withContentSecurityPolicy(html)).toBe(html);
  });

  it("follows a changed script: the hash is of the final page", () => {
    const html = withContentSecurityPolicy(withContentSecurityPolicy(PAGE).replace("const o = 1;", "const o = 2;"));
    expect(html).toContain(`'sha256-${sha256("{const o = 2;}")}'`);
    expect(html).not.toContain(`'sha256-${sha256("{const o = 1;}")}'`);
  });

  it("leaves a fragment without a head alone", () => {
    expect(withContentSecurityPolicy("<p>embed</p>")).toBe("<p>embed</p>");
  });
});
