// The people's journeys through Withus in a real browser: staff sign in with a password, an
// involved person with an emailed link; both with JavaScript on (checked by axe on every page)
// and off; home pages at 320 px wide.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, visit, checkAccessibility, screenshot320, linkFromOutbox, PASSWORD } from "./support.mjs";

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

test("a coordinator signs in with a password and finds their home", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await visit(page, `${server.base}/`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/sign-in$/);
  await checkAccessibility(page);

  await page.getByLabel("Email address").fill("coordinator@demo.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await assert.doesNotReject(page.getByText("There is a problem").waitFor());
  assert.equal(await page.getByLabel("Email address").inputValue(), "coordinator@demo.example", "what was typed is kept");
  assert.match(await page.title(), /^Error: Sign in/);
  await checkAccessibility(page);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  assert.equal(await page.locator("h1").innerText(), "Hello, Tom Okafor");
  await checkAccessibility(page);

  await visit(page, `${server.base}/account`);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Save password" }).click();
  await assert.doesNotReject(page.getByText("Password must be 10 characters or more").first().waitFor());
  await checkAccessibility(page);

  await screenshot320(browser, server.base, await context.cookies(), "staff-home");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/signed-out$/);
  await checkAccessibility(page);
  await context.close();
});

test("an administrator reads the outbox, the audit log and adds an account", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill("admin@demo.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  for (const path of ["/admin/accounts", "/admin/outbox", "/admin/audit", "/accessibility", "/privacy", "/no-such-page"]) {
    await visit(page, `${server.base}${path}`);
  }
  await visit(page, `${server.base}/admin/accounts/new`);
  await page.getByLabel("Full name").fill("Ruth Akinola");
  await page.getByRole("button", { name: "Add account" }).click();
  await assert.doesNotReject(page.getByText("Select a role").first().waitFor());
  assert.equal(await page.getByLabel("Full name").inputValue(), "Ruth Akinola");
  await checkAccessibility(page);
  await page.getByLabel("Email address").fill("ruth.akinola@people.demo.example");
  await page.getByLabel("Involved person").check();
  await page.getByRole("button", { name: "Add account" }).click();
  await page.waitForURL(/\/admin\/accounts\/[0-9a-f-]+$/);
  assert.equal(await page.locator("h1").innerText(), "Ruth Akinola");
  await checkAccessibility(page);
  await context.close();
});

test("an involved person signs in with a link from their email", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await visit(page, `${server.base}/sign-in`);
  await page.getByRole("link", { name: "Get a sign-in link by email instead" }).click();
  await page.waitForURL(/\/sign-in\/email$/);
  await checkAccessibility(page);
  await page.getByLabel("Email address").fill("member@demo.example");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await assert.doesNotReject(page.getByRole("heading", { name: "Check your email" }).waitFor());
  await checkAccessibility(page);

  const link = await linkFromOutbox(browser, server.base, "member@demo.example");
  await visit(page, link);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/home$/);
  assert.equal(await page.locator("h1").innerText(), "Hello, Jo Bennett");
  await checkAccessibility(page);
  await screenshot320(browser, server.base, await context.cookies(), "member-home");

  // A link works once.
  const again = await browser.newContext();
  const second = await again.newPage();
  await visit(second, link);
  assert.equal(await second.locator("h1").innerText(), "This link has expired or was already used");
  await again.close();
  await context.close();
});

test("both sign-ins work with JavaScript turned off", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill("staff@demo.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  assert.equal(await page.locator("h1").innerText(), "Hello, Helen Marsh");
  assert.doesNotMatch(await page.evaluate(() => document.body.className), /js-enabled/, "our scripts did not run");
  await context.close();

  const member = await browser.newContext({ javaScriptEnabled: false });
  const memberPage = await member.newPage();
  await memberPage.goto(`${server.base}/sign-in/email`);
  await memberPage.getByLabel("Email address").fill("member@demo.example");
  await memberPage.getByRole("button", { name: "Send me a link" }).click();
  await memberPage.getByRole("heading", { name: "Check your email" }).waitFor();
  const link = await linkFromOutbox(browser, server.base, "member@demo.example", { axe: false });
  await memberPage.goto(link);
  await memberPage.getByRole("button", { name: "Continue" }).click();
  await memberPage.waitForURL(/\/home$/);
  assert.equal(await memberPage.locator("h1").innerText(), "Hello, Jo Bennett");
  await member.close();
});
