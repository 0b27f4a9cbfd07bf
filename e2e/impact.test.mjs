// Closing the loop: a member answers the end-of-involvement questionnaire without
// JavaScript; a coordinator records what became of the member's concern and sends feedback;
// the member then sees "you said, we did". Every page passed is checked with axe (with
// JavaScript on, in its own context), and so are the support and training pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn as signInAs, axeEach } from "./support.mjs";

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

const QUESTIONNAIRE = "How did it go? Carers' reference group: what should we buy?";
const CONCERN = "The carers' assessment form is too long: it took me three evenings.";
const CHANGE = "The form is now four pages, and you can save it and finish later.";

test("a member answers the end-of-involvement questionnaire without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, server.base, "member@demo.example");
  await page.getByRole("link", { name: "What you said and what we did" }).click();
  await page.getByRole("heading", { name: "What you said and what we did" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Hold some workshops in the evening/);
  await page.getByRole("link", { name: QUESTIONNAIRE }).click();
  await page.getByRole("heading", { name: "How did it go?" }).waitFor();
  const questionnaire = new URL(page.url()).pathname;

  // "Rather not say" to everything says nothing: the page says what to do and keeps the choice.
  const fifth = page.getByRole("group", { name: /^5\. How much did it change anything else/ });
  await fifth.getByLabel("I would rather not say").check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /Answer at least one question/);
  assert.ok(await fifth.getByLabel("I would rather not say").isChecked());

  await page.getByRole("group", { name: /^1\. How much did it do what it set out to do\?/ }).getByLabel("Some of it").check();
  await page.getByRole("group", { name: /^2\. How much changed because of the people/ }).getByLabel("Quite a lot").check();
  await page.getByRole("group", { name: /^3\. How well did the way it was done suit you/ }).getByLabel("Not very well").check();
  await page.getByLabel("Anything to add about question 3? (optional)").fill("The room was too warm.");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await page.getByText("Thank you. Your answers have been saved.").waitFor();
  assert.doesNotMatch(await page.locator("main").innerText(), /How did it go\? Carers/, "no longer waiting");
  await context.close();
  await axeEach(browser, server.base, "member@demo.example", ["/my/said", questionnaire, "/my/support", "/home"]);
});

test("a coordinator records what became of the concern and sends feedback", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, server.base, "coordinator@demo.example");
  assert.match(await page.locator("main").innerText(), /Feedback overdue: [1-9]/);
  await page.getByRole("link", { name: "Impact", exact: true }).click();
  await page.getByRole("heading", { name: "You said, we did" }).waitFor();
  await checkAccessibility(page);
  await page.getByRole("link", { name: CONCERN }).click();
  await page.getByRole("heading", { name: "Record what people said" }).waitFor();
  await checkAccessibility(page);

  await page.getByLabel("We changed something").check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("There is a problem").waitFor();
  const problems = await page.locator(".govuk-error-summary").innerText();
  assert.match(problems, /Describe the change made/);
  assert.match(problems, /Choose at least one impact area/);
  await checkAccessibility(page);

  await page.getByLabel("The change made, or why not").fill(CHANGE);
  await page.getByLabel("Strategic").check();
  await page.getByLabel("Delivery of services").check();
  await page.getByLabel("The experience of services").check();
  await page.getByLabel("Evidence", { exact: true }).fill("Carers' assessment form, version 4");
  const decided = page.getByRole("group", { name: "When was this decided?" });
  const today = new Date();
  await decided.getByLabel("Day").fill(String(today.getDate()));
  await decided.getByLabel("Month").fill(String(today.getMonth() + 1));
  await decided.getByLabel("Year").fill(String(today.getFullYear()));
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Saved. The people who said it can see what happened").waitFor();
  assert.match(await page.locator("main").innerText(), /The form is now four pages/);

  // Feedback owed: send it for the overdue workshop.
  await page.getByRole("link", { name: "Feedback owed" }).click();
  await page.getByRole("heading", { name: "Feedback owed" }).waitFor();
  await checkAccessibility(page);
  await page.getByRole("link", { name: /^Carers' reference group: .* workshop$/ }).first().click();
  await page.getByRole("heading", { name: "Impact and evaluation" }).waitFor();
  await checkAccessibility(page);
  await page.getByRole("link", { name: /^Send feedback about Carers' reference group: .* workshop$/ }).first().click();
  await page.getByLabel("Your feedback").fill("Thank you. The assessment form is now shorter because of what you said.");
  await page.getByLabel("Easy read version (optional)").fill("The form is shorter now. Thank you.");
  await checkAccessibility(page);
  await page.getByRole("button", { name: /^Send to / }).click();
  await page.getByText("Feedback sent.").waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("the member later sees what we did about their concern", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, server.base, "member@demo.example");
  await page.goto(`${server.base}/my/said`);
  const card = page.locator(".govuk-summary-card", { hasText: CONCERN });
  const text = await card.innerText();
  assert.match(text, /We changed something/);
  assert.match(text, /The form is now four pages/);
  assert.match(text, /Delivery of services, The experience of services/);
  await context.close();
});

test("support, mentoring and training pages pass axe", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, server.base, "coordinator@demo.example");
  await page.getByRole("link", { name: "Support and training" }).first().click();
  await page.getByRole("heading", { name: "Support and training" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Runs out in/);
  await checkAccessibility(page);
  await page.getByRole("link", { name: "Training", exact: true }).click();
  await checkAccessibility(page);
  await page.getByRole("link", { name: "Recruitment panel skills" }).click();
  await page.getByRole("heading", { name: "Recruitment panel skills" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Yes, with 1 involved person/);
  await checkAccessibility(page);
  await page.goto(`${server.base}/mentoring`);
  await checkAccessibility(page);
  await page.locator("table a").first().click();
  await page.getByRole("heading", { name: "When they met" }).waitFor();
  await checkAccessibility(page);
  await context.close();
});
