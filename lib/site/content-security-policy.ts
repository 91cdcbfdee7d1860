// The Content-Security-Policy of every built page: the page may load and contact only its own origin.
// A static host may send no headers of ours, so the policy travels in the page itself, as
// <meta http-equiv="Content-Security-Policy"> placed before any script or stylesheet (a meta policy
// governs only what comes after it). scripts/fix-built-html.ts adds it after `observable build`.
//
// What the pages need, and why each source is allowed:
//  - Framework's page template runs its cells and the sidebar/search set-up as inline scripts: each is
//    allowed by its SHA-256 hash, computed per page, never by 'unsafe-inline';
//  - htl (Framework's html``, used by Inputs) writes an event handler given as a function first as a
//    placeholder attribute (onclick="::3"), then removes it and sets the property: the browser checks
//    the placeholder as an inline handler. Only those exact texts are allowed ('unsafe-hashes' with the
//    hashes of "::0" … "::99", script-src-attr only): they are not valid JavaScript, so nothing can run;
//  - DuckDB-WASM (SQL console) and parquet-wasm compile WebAssembly: 'wasm-unsafe-eval' (not 'unsafe-eval');
//  - DuckDB-WASM starts its worker from a blob: URL that importScripts() its same-origin script;
//  - a file the reader opens (the explorer's own CSV) is read by fetching its blob: URL, which never
//    leaves the browser;
//  - Plot, Inputs and the pages' <style> blocks set inline styles; images may be data: or blob: URLs
//    (PNG exports, Plot's image marks);
//  - nothing else: no other origin for scripts, styles, fonts, data (connect-src, beyond blob:) or frames, and no
//    plugins, <base> or form submission elsewhere. frame-ancestors cannot be set from a meta tag: a host
//    that must forbid framing sends it as a header.
import {createHash} from "node:crypto";

/** The most interpolations an htl template of the site's pages or libraries has before an on* attribute. */
const HTL_PLACEHOLDERS = 100;

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The policy for a page whose inline scripts have these SHA-256 hashes (base64).
 *
 * @example
 * contentSecurityPolicy([]).startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';") // true
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(" "),
    ["script-src-attr 'unsafe-hashes'", ...htlPlaceholderHashes().map((h) => `'sha256-${h}'`)].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/** SHA-256 of htl's placeholder handlers "::0" … "::99". */
function htlPlaceholderHashes(): string[] {
  return Array.from({length: HTL_PLACEHOLDERS}, (_, i) => sha256(`::${i}`));
}

/**
 * SHA-256 (base64) of the text of every inline <script> of a page, in order, duplicates once: what a
 * browser hashes to match the policy's 'sha256-…' sources.
 *
 * @example
 * inlineScriptHashes("<script></script>") // ["47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => sha256(body));
  return [...new Set(hashes)];
}

/**
 * The page with its policy meta right after <meta charset> (replacing one a previous run added), so that
 * it governs every script and stylesheet; pages without a <head> are returned unchanged.
 *
 * @example
 * withContentSecurityPolicy('<head>\n<meta charset="utf-8">\n</head>').includes("connect-src 'self'") // true
 */
export function withContentSecurityPolicy(html: string): string {
  const page = html.replace(POLICY_META, "");
  const policy = contentSecurityPolicy(inlineScriptHashes(page));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (/<meta charset="utf-8">\n?/i.test(page)) return page.replace(/(<meta charset="utf-8">)\n?/i, `$1\n${meta}\n`);
  if (/<head>\n?/i.test(page)) return page.replace(/(<head>)\n?/i, `$1\n${meta}\n`);
  return page;
}
