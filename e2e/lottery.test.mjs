// A coordinator sets quotas for the demo's research advisory group, matches the census of
// an area, draws by fair lottery from a published seed, reads everyone's chance, checks the
// draw again and offers the places. Draws are worked out by the background worker: the
// coordinator sees a progress page, can leave it and come back from the opportunity's page,
// with JavaScript (the page moves on by itself) and without (the "Check progress" link).
// Axe checks every page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, PASSWORD } from "./support.mjs";

const OPPORTUNITY = "Research advisory group on dementia support";
const PROGRESS = /\/draws\/jobs\/[0-9a-f-]+$/;
const RESULT = /\/draws\/[0-9a-f-]+(\?.*)?$/;

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

/** From the list of opportunities to the opportunity's page, then its draw page. */
async function drawPageFromOpportunity(page) {
  await page.goto(`${server.base}/opportunities`);
  await page.getByRole("link", { name: OPPORTUNITY }).click();
  await page.getByRole("link", { name: "Quotas and fair lottery" }).click();
  await page.getByRole("link", { name: "Draw by fair lottery" }).click();
  await page.getByRole("heading", { name: "Draw by fair lottery" }).waitFor();
}

/** Asks for a draw and waits for the progress page, or for the result when the worker was quicker. */
async function startDraw(page, seed) {
  await drawPageFromOpportunity(page);
  await page.getByLabel("Seed").fill(seed);
  await page.getByRole("button", { name: "Work out the chances and draw" }).click();
  await page.waitForURL((url) => PROGRESS.test(url.pathname) || RESULT.test(url.pathname + url.search));
}

/** Back on the draw page, the draw with this seed: under "Draws being worked out" while it runs, under "Earlier draws" once made. */
async function openDrawBySeed(page, seed) {
  await drawPageFromOpportunity(page);
  await page.locator("tbody tr", { hasText: seed }).first().getByRole("link").click();
}

test("a draw runs in the background: leave it and come back to the result", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base, "coordinator@demo.example");
  const seed = "Background draw, 5 December 2026";
  await startDraw(page, seed);
  // A pool of 24 is drawn in milliseconds, so the worker may already have finished; the
  // script first looks again after three seconds, long enough to read the page.
  if (PROGRESS.test(new URL(page.url()).pathname)) {
    assert.equal(await page.locator("h1").innerText(), "Working out the draw");
    assert.match(await page.getByRole("status").innerText(), /Waiting to start|Working out everyone/);
    assert.equal(await page.getByRole("link", { name: "Check progress" }).count(), 1);
  }
  // Leave, and come back from the opportunity's page.
  await page.goto(`${server.base}/home`);
  await openDrawBySeed(page, seed);
  // The progress page's script moves on to the result by itself.
  await page.getByRole("heading", { name: "Result of the fair lottery" }).waitFor({ timeout: 30000 });
  assert.match(await page.locator("main").innerText(), new RegExp(seed));
  await checkAccessibility(page);
  await context.close();
});

test("without JavaScript, Check progress reaches the result", async () => {
  // axe runs inside the page, so it cannot run here: the same pages pass it with scripts on.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, server.base, "coordinator@demo.example");
  const seed = "Draw without scripts, 5 December 2026";
  await startDraw(page, seed);
  if (PROGRESS.test(new URL(page.url()).pathname)) {
    // The worker looks for draws every second: most often the page is seen before it starts.
    await page.getByRole("heading", { name: "Working out the draw" }).waitFor();
    assert.match(await page.locator("[data-draw-progress]").textContent(), /Waiting to start|Working out everyone/);
    assert.match(await page.locator("[data-draw-elapsed]").textContent(), /(Asked for|Started) \d+ seconds? ago/);
    await page.goto(`${server.base}/home`);
    await drawPageFromOpportunity(page);
    // Still listed as being worked out, or already under the earlier draws.
    assert.match(await page.locator("main").textContent(), /Draws being worked out|Earlier draws/);
  }
  await openDrawBySeed(page, seed);
  for (let i = 0; i < 60 && PROGRESS.test(new URL(page.url()).pathname); i++) {
    await new Promise((r) => setTimeout(r, 500));
    await page.getByRole("link", { name: "Check progress" }).click();
    await page.waitForLoadState();
  }
  await page.getByRole("heading", { name: "Result of the fair lottery" }).waitFor();
  assert.match(await page.locator("main").innerText(), new RegExp(seed));
  await context.close();
});

test("quotas, a fair lottery from a seed, and places offered", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill("coordinator@demo.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);

  await page.goto(`${server.base}/opportunities`);
  await page.getByRole("link", { name: OPPORTUNITY }).click();
  await page.getByRole("link", { name: "Quotas and fair lottery" }).click();
  await page.getByRole("heading", { name: "Quotas for a fair lottery" }).waitFor();
  await checkAccessibility(page);
  const main = page.locator("main");
  assert.match(await main.innerText(), /places to fill from 24 people/);

  // A quota that cannot work is explained, and the numbers typed are kept.
  await page.getByLabel("Answer", { exact: true }).selectOption("involvement_role:both");
  await page.getByLabel("Least").fill("2");
  await page.getByLabel("Most").fill("1");
  await page.getByRole("button", { name: "Save quota" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.equal(await page.getByLabel("Least").inputValue(), "2");
  await checkAccessibility(page);

  // Census ranges for a whole category at once.
  await page.getByLabel("Area").selectOption({ label: "Gateshead" });
  await page.getByRole("checkbox", { name: "Unpaid care" }).check();
  await page.getByRole("button", { name: "Set quotas from the census" }).click();
  await page.getByRole("heading", { name: "Quotas for a fair lottery" }).waitFor();
  assert.match(await main.innerText(), /Provides no unpaid care\s+\d to \d/);
  // The draw must stay possible with the demo's few consenting answers: take it back out.
  for (const name of ["Provides no unpaid care", "Provides unpaid care"]) {
    await page.getByRole("button", { name: `Remove ${name}` }).click();
    await page.getByRole("heading", { name: "Quotas for a fair lottery" }).waitFor();
  }

  await page.getByRole("link", { name: "Draw by fair lottery" }).click();
  await page.getByRole("heading", { name: "Draw by fair lottery" }).waitFor();
  await checkAccessibility(page);
  await page.getByLabel("Seed").fill("Dementia research group, 21 November 2026");
  await page.getByRole("button", { name: "Work out the chances and draw" }).click();
  // The progress page comes first; its script moves on to the result once the worker has drawn.
  await page.getByRole("heading", { name: "Result of the fair lottery" }).waitFor({ timeout: 30000 });
  await checkAccessibility(page);
  const result = await main.innerText();
  assert.match(result, /Lowest chance\s+about 1 in \d+/);
  assert.match(result, /Panel \d+ of \d+/);
  const drawn = await page.locator("table").first().locator("tbody tr").count();
  assert.ok(drawn >= 1 && drawn <= 4, `the panel fills the free places (${drawn})`);

  await page.getByRole("button", { name: "Check this draw again" }).click();
  // The check is worked out in the background too.
  await page.getByText("Checked: the same pool, quotas and seed gave the same panel and reserves.").waitFor({ timeout: 30000 });
  await checkAccessibility(page);

  await page.getByRole("button", { name: "Offer places to this panel" }).click();
  await page.getByText("Places have been offered to this panel").waitFor();
  assert.equal(await page.getByRole("button", { name: "Offer places to this panel" }).count(), 0);
  await page.goto(page.url().replace(/\/draws\/.*$/, "/interest"));
  assert.match(await main.innerText(), /Offered a place/);
  await checkAccessibility(page);
  await context.close();
});
