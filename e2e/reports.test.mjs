// Presence, self-assessment and the board's report in a real browser: a member rates the
// organisation without JavaScript; the board reads the dashboard and the annual report, and
// the report's PDF is read back as text (as a screen reader or a search would); the
// diversity page, the participation map, the results side by side, the action plan, the
// strategy and the open data page are each checked with axe, JavaScript on.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launchBrowser, checkAccessibility, signIn, axeEach } from "./support.mjs";

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

test("a member rates the organisation without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, server.base, "member@demo.example");
  await page.getByRole("link", { name: "Self-assessment" }).click();
  await page.getByRole("heading", { name: "Self-assessment" }).waitFor();
  await page.getByRole("link", { name: "Give your rating" }).first().click();
  await page.getByRole("heading", { name: /The five Ps/ }).waitFor();

  // Nothing chosen: the page says what to do.
  await page.getByRole("button", { name: "Save my rating" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /Choose an answer for at least one sentence/);

  const two = page.getByRole("group", { name: /At least two people who use services or carers/ });
  await two.getByLabel("Just started").check();
  await page.locator("#presence-two-evidence").fill("Often I am the only carer there.");
  await page.getByRole("group", { name: /We send papers well before meetings/ }).getByLabel("Most of the time").check();
  await page.getByRole("button", { name: "Save my rating" }).click();
  await page.getByText("Thank you. Your rating is saved.").waitFor();

  // Coming back shows what was chosen, to change it.
  await page.getByRole("link", { name: "Give your rating" }).first().click();
  assert.ok(await page.getByRole("group", { name: /At least two people/ }).getByLabel("Just started").isChecked());
  await context.close();
  await axeEach(browser, server.base, "member@demo.example", ["/assessment", "/assessment/4pi", "/assessment/principles", "/strategy/easy-read", "/strategy/full"]);
});

test("the board reads the dashboard and the annual report, as a page, a PDF and a spreadsheet", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base, "board@demo.example");
  await page.locator(".govuk-service-navigation").getByRole("link", { name: "Reports", exact: true }).click();
  await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
  await checkAccessibility(page);
  // Every chart names itself and sits above the table it pictures.
  const charts = page.locator("svg[role=img]");
  assert.ok((await charts.count()) >= 3, "charts on the dashboard");
  const pairs = await page.locator(".withus-figure").evaluateAll((figures) =>
    figures.map((f) => [f.querySelector("svg title").textContent, f.nextElementSibling.querySelector("caption").textContent]),
  );
  assert.ok(pairs.length >= 3);
  for (const [title, caption] of pairs) assert.equal(title, caption.trim());

  await page.getByRole("link", { name: "Annual involvement report" }).click();
  await page.getByRole("heading", { name: /^Involvement report,/ }).waitFor();
  await checkAccessibility(page);
  const main = await page.locator("main").innerText();
  for (const part of ["Activity", "Where participation happens", "Presence and diversity", "Payments", "You said, we did", "Self-assessment", "Action plan", "Objectives"]) {
    assert.match(main, new RegExp(part), part);
  }
  assert.match(main, /involved people took part in \d+ meetings/);

  const pdfHref = await page.getByRole("link", { name: /Download as PDF/ }).getAttribute("href");
  const pdf = await page.request.get(`${server.base}${pdfHref}`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()["content-type"], "application/pdf");
  const file = join(mkdtempSync(join(tmpdir(), "withus-pdf-")), "report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  assert.match(text, /Involvement report/);
  assert.match(text, /Presence and diversity/);
  assert.match(text, /Median days from claim to payment/);
  const info = execFileSync("pdfinfo", [file]).toString();
  assert.match(info, /Tagged:\s+yes/);

  const xlsxHref = await page.getByRole("link", { name: /Download as a spreadsheet/ }).getAttribute("href");
  const xlsx = await page.request.get(`${server.base}${xlsxHref}`);
  assert.equal(xlsx.status(), 200);
  assert.equal((await xlsx.body()).subarray(0, 2).toString(), "PK");
  await context.close();
});

test("the diversity page, the participation map and the assessment results pass axe", async () => {
  await axeEach(browser, server.base, "equality@demo.example", ["/reports/presence"]);
  await axeEach(browser, server.base, "coordinator@demo.example", [
    "/reports/participation",
    "/assessment/4pi/results",
    "/assessment/jigsaw/results",
    "/assessment/actions",
    "/strategy",
    "/reports/settings",
    "/reports/open-data",
  ]);
  // Published by the demo organisation: anyone may read it, signed in or not.
  await axeEach(browser, server.base, null, ["/open/demo"]);
});
