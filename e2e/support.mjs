// Starts a real Withus server on a fresh SQLite demo database and Debian's Chromium, and
// checks every page with axe-core. Browser tests fail, never skip, when something is missing.
// Every HTML document the journeys receive is kept in e2e/artifacts/html/ for scripts/check-html.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, existsSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const artifacts = join(root, "e2e", "artifacts");
export const htmlArtifacts = join(artifacts, "html");
export const PASSWORD = "harbour-maple-lantern-42";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startServer() {
  const binary = process.env.WITHUS_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), "debug", "withus");
  assert.ok(existsSync(binary), `build Withus first (cargo build): ${binary} is missing`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "withus-e2e-"));
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    ["--addr", `127.0.0.1:${port}`, "--database-url", `sqlite://${dir}/withus.db`, "--assets-dir", join(root, "static", "dist"), "demo", "--demo-password", PASSWORD],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, WITHUS_LOG: "warn" } },
  );
  child.stdout.on("data", () => {});
  for (let i = 0; i < 200; i++) {
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) return { base, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("Withus did not start");
}

// Documents being read; awaited before a context or the browser closes, which would lose them.
const pendingDocuments = new Set();

/** Writes one document's HTML once, named by a hash that ignores the per-session CSRF token. */
function saveDocument(url, body) {
  const html = body.toString("utf8");
  const hash = createHash("sha256")
    .update(html.replace(/name="csrf_token" value="[^"]*"/g, "").replace(/csrf_token=[^"&]*/g, ""))
    .digest("hex")
    .slice(0, 32);
  const file = join(htmlArtifacts, `${hash}.html`);
  if (existsSync(file)) return;
  mkdirSync(htmlArtifacts, { recursive: true });
  writeFileSync(file, html);
  appendFileSync(join(htmlArtifacts, "index.jsonl"), `${JSON.stringify({ file: `${hash}.html`, url })}\n`);
}

/**
 * Keeps what the server sent for each main-frame navigation and form post (not page.content(),
 * which is the DOM after scripts and the parser's repairs), so the checker sees the real markup.
 * Playwright's response.body() is gone once a journey clicks on to the next page, so each
 * document response is paused (CDP Fetch) until its body has been read, then let through as is.
 */
function keepDocuments(page) {
  // A page's "page" event and newPage() both ask; attach once and let both wait for it.
  if (!attaching.has(page)) attaching.set(page, attach(page).then(() => page));
  return attaching.get(page);
}
const attaching = new WeakMap();

async function attach(page) {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = await session.send("Page.getFrameTree");
  session.on("Fetch.requestPaused", (event) => {
    const reading = (async () => {
      try {
        const status = event.responseStatusCode ?? 0;
        const type = event.responseHeaders?.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
        // Redirects have no body to check; downloads are not HTML; frames are not pages.
        if (event.frameId === frameTree.frame.id && (status < 300 || status >= 400) && type.startsWith("text/html")) {
          const { body, base64Encoded } = await session.send("Fetch.getResponseBody", { requestId: event.requestId });
          saveDocument(event.request.url, Buffer.from(body, base64Encoded ? "base64" : "utf8"));
        }
      } catch (error) {
        console.error(`could not keep the HTML of ${event.request.url}: ${error.message}`);
      } finally {
        await session.send("Fetch.continueRequest", { requestId: event.requestId }).catch(() => {});
      }
    })();
    pendingDocuments.add(reading);
    reading.finally(() => pendingDocuments.delete(reading));
  });
  await session.send("Fetch.enable", { patterns: [{ resourceType: "Document", requestStage: "Response" }] });
}

/** Every page of the context keeps its documents; close waits for any still being read. */
function keepContextDocuments(context) {
  const newPage = context.newPage.bind(context);
  context.newPage = async () => keepDocuments(await newPage());
  // Pages the app opens itself (a link with target="_blank"); attached as soon as they appear.
  context.on("page", (page) => keepDocuments(page).catch(() => {}));
  const close = context.close.bind(context);
  context.close = async (options) => {
    await Promise.allSettled([...pendingDocuments]);
    return close(options);
  };
  return context;
}

export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  assert.ok(existsSync(executablePath), `Chromium is missing at ${executablePath}`);
  // Playwright starts Chromium with a fresh, empty user-data-dir of its own on every launch.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Every page the journeys open keeps its documents, including browser.newPage()'s.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => keepContextDocuments(await newContext(options));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => keepDocuments(await newPage(options));
  const closeBrowser = browser.close.bind(browser);
  browser.close = async (options) => {
    await Promise.allSettled([...pendingDocuments]);
    return closeBrowser(options);
  };
  return browser;
}

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Fails on any axe violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export async function checkAccessibility(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(summary, [], `axe found problems on ${page.url()}`);
}

/** A page visited with JavaScript on: wait for it, then check it with axe. */
export async function visit(page, url) {
  const response = await page.goto(url);
  await checkAccessibility(page);
  return response;
}

export async function screenshot320(browser, base, cookies, name) {
  mkdirSync(artifacts, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`${base}/home`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name} scrolls sideways at 320px by ${overflow}px`);
  await page.screenshot({ path: join(artifacts, `${name}-320.png`), fullPage: true });
  await context.close();
}

/** Signs in as the administrator in its own context and reads the newest sign-in link sent to `email`. */
export async function linkFromOutbox(browser, base, email, { axe = true } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill("admin@demo.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The worker moves messages from "Waiting" to "Kept here" within a few seconds.
  let link;
  for (let i = 0; i < 50 && !link; i++) {
    await page.goto(`${base}/admin/outbox`);
    const row = page.locator("tr", { hasText: email }).filter({ hasText: "Your link to sign in" }).first();
    if ((await row.count()) > 0) {
      await row.getByRole("link").click();
      const body = await page.locator("pre").innerText();
      link = body.match(/https?:\/\/\S+\/sign-in\/email\/[0-9a-f]{64}/)?.[0];
    } else {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  if (axe) await checkAccessibility(page);
  await context.close();
  assert.ok(link, `no sign-in link for ${email} in the outbox`);
  return link;
}

/** Signs in with the demo password and waits for the home page. */
export async function signIn(page, base, email) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
}

/** Visits each path in its own context, signed in as `email` (or no one), and checks each with axe. */
export async function axeEach(browser, base, email, paths) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (email) await signIn(page, base, email);
  for (const path of paths) {
    const response = await page.goto(`${base}${path}`);
    assert.equal(response.status(), 200, path);
    await checkAccessibility(page);
  }
  await context.close();
}
