// Every page each demo role can reach, at 320 CSS pixels wide (WCAG 1.4.10 Reflow): the
// document must never be wider than the screen. A wide table may scroll inside its own box;
// the page itself may not. Signs in as each role, follows every link it is shown (one page of
// each kind, up to a limit), and fails with the list of pages that scroll sideways.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startServer, launchBrowser, signIn, artifacts } from "./support.mjs";

const ROLES = [
  "admin@demo.example",
  "coordinator@demo.example",
  "staff@demo.example",
  "finance@demo.example",
  "equality@demo.example",
  "board@demo.example",
  "member@demo.example",
];
/** Kinds of page per role: a path with its ids taken out. */
const MOST_KINDS = 150;
/** Files and actions that are not pages to look at. */
const NOT_PAGES = /(\.(csv|json|xlsx|pdf|ics|md|txt|zip)$)|\/file$|\/download|\/sign-out|\/receipts\//;

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** "/people/0190…/edit" and "/people/0191…/edit" are one kind of page. */
function kind(path) {
  return path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "{id}")
    .replace(/\/\d+(?=\/|$)/g, "/{n}")
    .replace(/\?.*$/, "");
}

async function wideOn(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function crawl(email) {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await signIn(page, server.base, email);
  const seen = new Set();
  const queue = ["/home"];
  const wide = [];
  let visited = 0;
  while (queue.length > 0 && seen.size < MOST_KINDS) {
    const path = queue.shift();
    const k = kind(path);
    if (seen.has(k)) continue;
    seen.add(k);
    // A link to a file starts a download rather than a page: nothing to measure.
    const response = await page.goto(`${server.base}${path}`).catch(() => null);
    const type = response?.headers()["content-type"] ?? "";
    if (!response || response.status() !== 200 || !type.startsWith("text/html")) continue;
    visited += 1;
    const by = await wideOn(page);
    if (by > 0) wide.push(`${path} (${by}px too wide)`);
    const hrefs = await page.$$eval("main a[href], header a[href], nav a[href]", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    for (const href of hrefs) {
      if (!href || !href.startsWith("/") || href.startsWith("//") || href.startsWith("/assets")) continue;
      const clean = href.split("#")[0];
      if (clean === "" || NOT_PAGES.test(clean.split("?")[0])) continue;
      if (!seen.has(kind(clean))) queue.push(clean);
    }
  }
  await context.close();
  return { visited, wide };
}

test("every page each role reaches fits a 320px screen", async () => {
  const failures = [];
  let total = 0;
  for (const email of ROLES) {
    const { visited, wide } = await crawl(email);
    total += visited;
    assert.ok(visited >= 5, `${email} reached only ${visited} pages`);
    for (const w of wide) failures.push(`${email}: ${w}`);
  }
  console.log(`narrow screens: ${total} pages looked at across ${ROLES.length} roles`);
  assert.deepEqual(failures, [], "pages wider than a 320px screen");
});

test("the member's home and the finance queue at 320px", async () => {
  mkdirSync(artifacts, { recursive: true });
  for (const [email, path, name] of [
    ["member@demo.example", "/home", "member-home-narrow"],
    ["finance@demo.example", "/payments", "finance-queue-narrow"],
  ]) {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await signIn(page, server.base, email);
    await page.goto(`${server.base}${path}`);
    assert.ok((await wideOn(page)) <= 0, `${path} scrolls sideways for ${email}`);
    await page.screenshot({ path: join(artifacts, `${name}-320.png`), fullPage: true });
    await context.close();
  }
});
