// A coordinator sets quotas for the demo's research advisory group, matches the census of
// an area, draws by fair lottery from a published seed, reads everyone's chance, checks the
// draw again and offers the places. Axe checks every page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, PASSWORD } from "./support.mjs";

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

test("quotas, a fair lottery from a seed, and places offered", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill("coordinator@demo.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);

  await page.goto(`${server.base}/opportunities`);
  await page.getByRole("link", { name: "Research advisory group on dementia support" }).click();
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
  await page.getByLabel("Unpaid care").check();
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
  await page.getByRole("heading", { name: "Result of the fair lottery" }).waitFor();
  await checkAccessibility(page);
  const result = await main.innerText();
  assert.match(result, /Lowest chance\s+about 1 in \d+/);
  assert.match(result, /Panel \d+ of \d+/);
  const drawn = await page.locator("table").first().locator("tbody tr").count();
  assert.ok(drawn >= 1 && drawn <= 4, `the panel fills the free places (${drawn})`);

  await page.getByRole("button", { name: "Check this draw again" }).click();
  await page.getByText("Checked: the same pool, quotas and seed gave the same panel and reserves.").waitFor();
  await checkAccessibility(page);

  await page.getByRole("button", { name: "Offer places to this panel" }).click();
  await page.getByText("Places have been offered to this panel").waitFor();
  assert.equal(await page.getByRole("button", { name: "Offer places to this panel" }).count(), 0);
  await page.goto(page.url().replace(/\/draws\/.*$/, "/interest"));
  assert.match(await main.innerText(), /Offered a place/);
  await checkAccessibility(page);
  await context.close();
});
