// An involved person claims bus fares and childcare with a receipt, without JavaScript;
// finance approves the claim and marks it paid; the person sees it paid. A cost over the
// policy's limit is refused with the receipt kept, and a large claim is flagged for finance. Every page the
// journey passes is checked with axe (with JavaScript on, in its own context).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn as signInAs } from "./support.mjs";

let server;
let browser;
let claimPath;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

function signIn(page, email) {
  return signInAs(page, server.base, email);
}

const RECEIPT = { name: "nursery-receipt.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% synthetic receipt\n") };

test("a member claims travel and childcare with a receipt without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "member@demo.example");
  await page.getByRole("link", { name: "Your payments" }).click();
  await page.getByRole("heading", { name: "Your payments" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Being paid may affect benefits/);
  await page.getByRole("link", { name: /^Claim for Carers' reference group: .* workshop$/ }).click();
  await page.getByRole("heading", { name: "Claim for Jo Bennett" }).waitFor();
  assert.match(await page.locator("main").innerText(), /for 2 hours/);

  // A mistake is explained, and what was typed stays.
  await page.getByLabel("Bus, train or tram, in pounds").fill("six forty");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /Enter the cost of bus, train or tram in pounds/);
  assert.equal(await page.getByLabel("Bus, train or tram, in pounds").inputValue(), "six forty");

  await page.getByLabel("Bus, train or tram, in pounds").fill("6.40");
  await page.getByLabel("Childcare, in pounds").fill("30");
  await page.getByLabel("Receipts").setInputFiles([RECEIPT]);
  await page.getByLabel("Bank transfer").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Check your claim before you send it" }).waitFor();
  const check = await page.locator("main").innerText();
  assert.match(check, /£6\.40/);
  assert.match(check, /nursery-receipt\.pdf/);
  assert.match(check, /We will pay you £\d/, `the claim as it will be paid, before it is sent: ${check}`);
  await page.getByRole("button", { name: "Send claim" }).click();
  await page.getByText("Your claim has been sent").waitFor();
  const main = await page.locator("main").innerText();
  assert.match(main, /Sent/);
  assert.match(main, /£36\.40/, "bus fares and childcare paid back in full");
  assert.match(main, /nursery-receipt\.pdf/);
  claimPath = new URL(page.url()).pathname;
  await context.close();
});

test("finance approves the claim and marks it paid", async () => {
  assert.ok(claimPath, "the member's claim was made");
  const id = claimPath.split("/").pop();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "finance@demo.example");
  await page.locator(".govuk-service-navigation").getByRole("link", { name: "Payments" }).click();
  await page.getByRole("heading", { name: "Claims and payments" }).waitFor();
  await checkAccessibility(page);
  await page.goto(`${server.base}/payments/claims/${id}`);
  await page.getByRole("button", { name: "Approve" }).waitFor();
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByText("Claim approved").waitFor();
  await page.getByRole("button", { name: "Mark as paid" }).click();
  await page.getByText("There is a problem").waitFor();
  await checkAccessibility(page);
  await page.getByLabel("Payment reference").fill("BACS-E2E-1");
  await page.getByRole("button", { name: "Mark as paid" }).click();
  await page.getByText("Payment recorded").waitFor();
  await checkAccessibility(page);
  await page.goto(`${server.base}/payments/report`);
  await page.getByRole("heading", { name: "Paying on time" }).waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("the member sees the claim paid", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "member@demo.example");
  await page.goto(`${server.base}/my/payments`);
  await checkAccessibility(page);
  const row = page.locator("tr", { has: page.locator(`a[href="${claimPath}"]`) });
  assert.match(await row.innerText(), /Paid/);
  await page.goto(`${server.base}${claimPath}`);
  assert.match(await page.locator("main").innerText(), /BACS-E2E-1/);
  await checkAccessibility(page);
  // The claim form for another meeting passes axe too.
  await page.goto(`${server.base}/my/payments`);
  await page.getByRole("link", { name: /^Claim for / }).first().click();
  await page.getByRole("button", { name: "Continue" }).waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("the administrator's payment policy page passes axe", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "admin@demo.example");
  await page.getByRole("link", { name: "Payment policy" }).click();
  await page.getByRole("heading", { name: "Version 2 is in force" }).waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("a cost over the policy's limit is refused with its receipt kept, and a large claim is flagged for finance", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "member@demo.example");
  await page.goto(`${server.base}/my/payments`);
  await page.getByRole("link", { name: /^Claim for / }).first().click();
  await page.getByRole("button", { name: "Continue" }).waitFor();
  const ticket = { name: "train-ticket.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% synthetic ticket\n") };
  await page.getByLabel("Food and drink, in pounds").fill("12");
  await page.getByLabel("Receipts").setInputFiles([ticket]);
  await page.getByLabel("Bank transfer").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /The most we pay for food and drink is £8\.00 without agreement/);
  // The receipt is kept: sending again needs no file chosen twice.
  assert.equal(await page.getByLabel("train-ticket.pdf").isChecked(), true);
  await page.getByLabel("Food and drink, in pounds").fill("8");
  await page.getByLabel("Bus, train or tram, in pounds").fill("290");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Check your claim before you send it" }).waitFor();
  await page.getByRole("button", { name: "Send claim" }).click();
  await page.getByText("Your claim has been sent").waitFor();
  const main = await page.locator("main").innerText();
  assert.match(main, /train-ticket\.pdf/);
  assert.match(main, /£298\.00/);
  await context.close();

  const finance = await browser.newContext();
  const queue = await finance.newPage();
  await signIn(queue, "finance@demo.example");
  await queue.goto(`${server.base}/payments`);
  const row = queue.locator("tr", { hasText: "£" }).filter({ hasText: "Check: large expenses" });
  assert.ok((await row.count()) >= 1, "the £298 claim is marked for finance to check");
  await checkAccessibility(queue);
  await finance.close();
});
