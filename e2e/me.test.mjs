// An involved person signs in with a link from their email, changes their choices with
// JavaScript turned off, and downloads everything Withus holds about them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, visit, checkAccessibility, linkFromOutbox } from "./support.mjs";

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

async function signInByLink(context) {
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in/email`);
  await page.getByLabel("Email address").fill("member@demo.example");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await page.getByRole("heading", { name: "Check your email" }).waitFor();
  const link = await linkFromOutbox(browser, server.base, "member@demo.example", { axe: false });
  await page.goto(link);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/home$/);
  return page;
}

test("a carer changes their choices without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await signInByLink(context);
  await page.getByRole("link", { name: "Your details, choices and access needs" }).click();
  assert.equal(await page.locator("h1").innerText(), "Your details");
  // Each answer's Change link opens a page with just that question.
  await page.getByRole("link", { name: /Change.*how you want to take part/ }).click();
  assert.equal(await page.locator("h1").innerText(), "How you take part");
  assert.equal(await page.getByLabel("First name").count(), 0);
  await page.getByLabel("By phone").check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(/\/my\/details\?saved=my-ways$/);
  assert.match(await page.locator(".govuk-notification-banner").innerText(), /How you take part has been saved/);
  assert.match(await page.locator("main").innerText(), /In person, Online, By phone/);

  await page.getByRole("link", { name: /Change.*how much say you want/ }).click();
  assert.equal(await page.locator("h1").innerText(), "The work you would like");
  await page.getByLabel("Leading the work").check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(/\/my\/details\?saved=my-choices$/);
  assert.match(await page.locator("main").innerText(), /Being asked for views, Taking part in decisions, Leading the work/);

  // What helps them take part has a page of its own: one question, not the whole profile.
  await page.getByRole("link", { name: "Change what helps you take part" }).click();
  assert.equal(await page.locator("h1").innerText(), "Change what helps you take part");
  assert.equal(await page.getByLabel("First name").count(), 0);
  await page.getByLabel("Easy read").check();
  await page.getByLabel("Large print").check();
  await page.getByRole("button", { name: "Save what helps you" }).click();
  await page.waitForURL(/\/my\/details\?saved=access$/);
  assert.match(await page.locator(".govuk-notification-banner").innerText(), /What helps you take part has been saved/);
  assert.match(await page.locator("main").innerText(), /Easy read/);
  assert.match(await page.locator("main").innerText(), /Hearing loop, Large print/);
  await context.close();
});

test("a carer's own pages pass axe and their data downloads", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await signInByLink(context);
  await checkAccessibility(page);
  await visit(page, `${server.base}/my/details`);
  await visit(page, `${server.base}/my/access-needs`);
  await visit(page, `${server.base}/my/contact`);
  await visit(page, `${server.base}/my/ways`);
  await visit(page, `${server.base}/my/choices`);
  await visit(page, `${server.base}/my/details/change`);
  await page.getByLabel("First name").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("There is a problem").waitFor();
  await checkAccessibility(page);

  await visit(page, `${server.base}/my/erase`);
  assert.equal(await page.locator("h1").innerText(), "Ask us to erase your details");
  await page.goto(`${server.base}/my/details`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download your data" }).click()]);
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  const rows = (table) => data.held.find((section) => section.table === table)?.rows ?? [];
  assert.equal(rows("people")[0].given_name, "Jo");
  assert.equal(rows("accounts")[0].email, "member@demo.example");
  assert.ok(rows("person_choices").some((c) => c.list === "access_need" && c.value === "hearing_loop"));
  await context.close();
});
