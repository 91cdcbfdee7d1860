/**
 * Browser test harness: serve a built Framework site (dist/) on 127.0.0.1 and open its pages in
 * headless Chromium (Debian's /usr/bin/chromium through playwright-core), recording everything a
 * test wants to assert about a page that must work offline:
 *   - consoleErrors: console.error messages and uncaught page errors;
 *   - outsideRequests: every request whose origin is not the local server (each is aborted, so a
 *     page that depends on one also shows the failure);
 *   - bytesTransferred(): bytes received (headers + encoded body) by the page and its workers;
 *   - cspViolations: every `securitypolicyviolation` event of the page (also added to consoleErrors, so
 *     a test that expects no console error also expects no Content-Security-Policy violation).
 *
 * Used by test/browser/*.test.ts and bench/page-weight.bench.ts.
 */
import {existsSync, readFileSync, readdirSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, relative, resolve, sep} from "node:path";
import {gzipSync} from "node:zlib";
import {chromium, type Browser, type BrowserContext, type Locator, type Page} from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pdf": "application/pdf"
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|wasm)|image\/svg)/.test(type);
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve `dir` on 127.0.0.1 (random port) like a static host would serve a Framework build: clean
 * URLs (`/foo` → foo.html, `/foo/` → foo/index.html), 404.html for missing pages, gzip for
 * compressible types when the client accepts it (as static hosts do; page weights are measured with
 * it), long-lived caching of hashed/versioned assets (each test opens a fresh browser context, so
 * every page load starts with an empty cache).
 *
 * `plain: true` serves files only as they are named, like `python3 -m http.server` or a bucket with no
 * rewriting: `/foo` is 404 unless a file called foo exists, and a 404 is a bare "Not found".
 */
export async function serveDirectory(dir: string, {plain = false}: {plain?: boolean} = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipCache = new Map<string, Buffer>();

  function findFile(pathname: string): string | undefined {
    const path = resolve(root, "." + pathname);
    if (path !== root && !path.startsWith(root + sep)) return undefined; // no escaping the root
    const candidates = pathname.endsWith("/") ? [join(path, "index.html")] : plain ? [path] : [path, `${path}.html`, join(path, "index.html")];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile());
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = findFile(pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = plain ? undefined : findFile("/404.html");
      if (!file) {
        res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("Not found");
        return;
      }
    }
    const type = mimeType(file);
    let body: Buffer = readFileSync(file);
    // Like a production host: content-hashed or versioned assets are immutable, pages revalidate.
    const immutable = /^\/_(npm|observablehq|file|import|duckdb)\//.test(pathname);
    const headers: Record<string, string | number> = {
      "content-type": type,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache"
    };
    if (isCompressible(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let gz = gzipCache.get(file);
      if (!gz) gzipCache.set(file, (gz = gzipSync(body, {level: 6})));
      body = gz;
      headers["content-encoding"] = "gzip";
      headers["vary"] = "accept-encoding";
    }
    headers["content-length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      })
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  return chromium.launch({executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS});
}

export interface OpenPageOptions {
  colorScheme?: "light" | "dark";
  viewport?: {width: number; height: number};
  /** Script run in every frame before the page's own (Playwright's addInitScript), e.g. to time events. */
  initScript?: string;
  /** Wait for this load state before returning (default "load"). */
  waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught exceptions ("pageerror: …"). */
  consoleErrors: string[];
  /** Requests to any origin other than the local server; all were aborted. */
  outsideRequests: string[];
  /** Every request URL, in order. */
  requests: string[];
  /** Local responses with status ≥ 400, as "status url". */
  failedResponses: string[];
  /** Content-Security-Policy violations, as "directive blocked-uri (source:line)". */
  cspViolations: string[];
  /** Bytes received so far (response headers + encoded bodies), once pending responses settle. */
  bytesTransferred(): Promise<number>;
  /**
   * Resolve once no request (page or worker) has been in flight or started for `quietMs`, e.g. after
   * DuckDB-WASM has fetched its module. Gives up silently after `timeoutMs`.
   */
  waitForQuiet(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSession {
  origin: string;
  browser: Browser;
  /** Open `path` (e.g. "/" or "/second") in a fresh context: nothing cached, nothing shared. */
  openPage(path: string, options?: OpenPageOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** The built site the browser tests open: `$MIPEX_DIST` when set (as for the build), else dist/. */
export function builtSiteDir(projectRoot: string): string {
  return process.env.MIPEX_DIST ?? join(projectRoot, "dist");
}

/** Serve `distDir` (with clean URLs, or `plain`: see serveDirectory) and launch Chromium. Fails clearly when the site has not been built. */
export async function startSession(distDir: string, serving: {plain?: boolean} = {}): Promise<BrowserSession> {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${join(distDir, "index.html")} not found: run npm run build first`);
  }
  const server = await serveDirectory(distDir, serving);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const {origin} = server;

  async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? "light",
      viewport: options.viewport ?? {width: 1280, height: 900},
      serviceWorkers: "block"
    });
    const consoleErrors: string[] = [];
    const outsideRequests: string[] = [];
    const requests: string[] = [];
    const failedResponses: string[] = [];
    const sizes: Promise<number>[] = [];
    let inflight = 0;
    let lastActivity = performance.now();

    const isLocal = (url: string): boolean => {
      if (url.startsWith("data:")) return true;
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    };
    await context.route(
      (url) => !isLocal(url.href),
      async (route) => {
        outsideRequests.push(route.request().url());
        await route.abort("blockedbyclient");
      }
    );
    context.on("request", (request) => {
      requests.push(request.url());
      ++inflight;
      lastActivity = performance.now();
    });
    context.on("requestfailed", () => {
      --inflight;
      lastActivity = performance.now();
    });
    context.on("requestfinished", (request) => {
      --inflight;
      lastActivity = performance.now();
      sizes.push(
        request.sizes().then(
          ({responseHeadersSize, responseBodySize}) => Math.max(0, responseHeadersSize) + Math.max(0, responseBodySize),
          () => 0
        )
      );
    });
    context.on("response", (response) => {
      if (response.status() >= 400 && isLocal(response.url())) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    const cspViolations: string[] = [];
    await context.exposeBinding("__mipexCspViolation", (_source, violation: string) => {
      cspViolations.push(violation);
      consoleErrors.push(`csp: ${violation}`);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as {__mipexCspViolation: (v: string) => void}).__mipexCspViolation;
        report(`${e.effectiveDirective} ${e.blockedURI || "(inline)"} (${e.sourceFile || "?"}:${e.lineNumber})`);
      });
    });
    if (options.initScript) await context.addInitScript(options.initScript);
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") {
        const location = message.location();
        consoleErrors.push(`${message.text()}${location.url ? ` (${location.url})` : ""}`);
      }
    });
    page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on("worker", (worker) => {
      worker.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(`worker: ${message.text()}`);
      });
    });
    await page.goto(new URL(path, origin).href, {waitUntil: options.waitUntil ?? "load"});
    return {
      page,
      context,
      consoleErrors,
      outsideRequests,
      requests,
      failedResponses,
      cspViolations,
      async bytesTransferred() {
        return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      },
      async waitForQuiet(quietMs = 1000, timeoutMs = 60_000) {
        const deadline = performance.now() + timeoutMs;
        while (performance.now() < deadline) {
          if (inflight <= 0 && performance.now() - lastActivity >= quietMs) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      close: () => context.close()
    };
  }

  return {
    origin,
    browser,
    openPage,
    async close() {
      await browser.close();
      await server.close();
    }
  };
}

/** Rows of a table, after scrolling its scroll container to the end until no more rows appear. */
export async function countAllRows(table: Locator): Promise<number> {
  const rows = table.locator("tbody tr");
  let count = -1;
  for (let i = 0; i < 50; ++i) {
    const n = await rows.count();
    if (n === count) break;
    count = n;
    await table.evaluate((element) => {
      for (let e: Element | null = element.querySelector("tbody tr:last-child"); e && e !== document.body; e = e.parentElement) {
        if (e.scrollHeight > e.clientHeight) e.scrollTop = e.scrollHeight;
      }
      element.querySelector("tbody tr:last-child")?.scrollIntoView({block: "end"});
    });
    await table.page().waitForTimeout(100);
  }
  return count;
}

/**
 * Clean URLs of the pages in a build, sorted: every *.html outside _-prefixed folders, except the root
 * 404.html ("/", "/sql", "/country/SWE", ...).
 */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const visit = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) {
        if (!entry.startsWith("_")) visit(path);
      } else if (entry.endsWith(".html") && !(d === dir && entry === "404.html")) {
        const rel = "/" + relative(dir, path).replace(/\.html$/, "");
        pages.push(rel === "/index" ? "/" : rel.replace(/\/index$/, "/"));
      }
    }
  };
  if (existsSync(dir)) visit(dir);
  return pages.sort();
}

/**
 * The form controls in a page's main content that have no accessible name (no label, aria-label,
 * aria-labelledby or button text), as HTML snippets: empty when every control can be named by a
 * screen reader.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) =>
    [...main.querySelectorAll("input, select, textarea, button")]
      .filter((e) => {
        const el = e as HTMLInputElement;
        return !(
          (el.labels && el.labels.length > 0) ||
          el.getAttribute("aria-label") ||
          el.getAttribute("aria-labelledby") ||
          (el.tagName === "BUTTON" && el.textContent?.trim()) ||
          el.closest("label")
        );
      })
      .map((e) => e.outerHTML.slice(0, 120))
  );
}

/** The width of a phone screen the pages must fit (an iPhone 12–15 in CSS pixels). */
export const PHONE = {width: 390, height: 844};

/**
 * How wide `path` lays out on a {@link PHONE}-sized screen: the document's scroll width, in CSS pixels,
 * once every selector in `ready` is on the page (and requests have settled). More than PHONE.width
 * means the reader scrolls sideways.
 *
 * @example
 * expect(await phoneWidth(session, "/data", ['[data-testid="table-details"] section'])).toBeLessThanOrEqual(PHONE.width);
 */
export async function phoneWidth(session: BrowserSession, path: string, ready: readonly string[]): Promise<number> {
  const phone = await session.openPage(path, {viewport: PHONE});
  try {
    for (const selector of ready) await phone.page.locator(selector).first().waitFor({timeout: 90_000});
    await phone.waitForQuiet(500, 20_000);
    return await phone.page.evaluate(() => document.documentElement.scrollWidth);
  } finally {
    await phone.close();
  }
}
