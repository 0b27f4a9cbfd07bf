// A coordinator keeps the register: finds people with filters, adds a person with access
// needs, records the times they cannot do, puts them on a break, and turns on erasing the
// details of people no longer involved. axe checks every page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, visit, checkAccessibility, PASSWORD } from "./support.mjs";

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

async function signInAs(context, email) {
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  return page;
}

test("a coordinator adds a person with access needs", async () => {
  const context = await browser.newContext();
  const page = await signInAs(context, "coordinator@demo.example");
  await page.getByRole("link", { name: "People" }).first().click();
  await page.waitForURL(/\/people$/);
  await checkAccessibility(page);
  assert.match(await page.getByRole("status").innerText(), /\d{3} people/);

  await page.getByLabel("Access need").selectOption("bsl_interpreter");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL(/need=bsl_interpreter/);
  await checkAccessibility(page);

  await visit(page, `${server.base}/people/new`);
  await page.getByLabel("First name").fill("Morwenna");
  await page.getByLabel("Step-free access").check();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("There is a problem").waitFor();
  assert.equal(await page.getByLabel("First name").inputValue(), "Morwenna");
  assert.ok(await page.getByLabel("Step-free access").isChecked(), "ticks are kept");
  await checkAccessibility(page);

  await page.getByLabel("Last name").fill("Trevithick");
  await page.getByLabel("Unpaid carer").check();
  await page.getByLabel("Hearing loop").check();
  await page.getByLabel("Anything else about their access needs").fill("Brings an assistance dog.");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(/\/people\/[0-9a-f-]+\?saved=added$/);
  assert.equal(await page.locator("h1").innerText(), "Morwenna Trevithick");
  assert.match(await page.locator("body").innerText(), /Step-free access, Hearing loop/);
  await checkAccessibility(page);

  for (const day of ["Monday", "Wednesday"]) await page.getByLabel(day).check();
  await page.getByLabel("From").fill("14:45");
  await page.getByLabel("To", { exact: true }).fill("15:30");
  await page.getByLabel("Only in school term time").check();
  await page.getByRole("button", { name: "Add time" }).click();
  await page.waitForURL(/#times$/);
  assert.equal(await page.getByText("14:45 to 15:30", { exact: true }).count(), 2);
  await checkAccessibility(page);
  await context.close();
});

test("the register works without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await signInAs(context, "staff@demo.example");
  await page.goto(`${server.base}/people?status=break`);
  const first = page.locator("tbody a").first();
  const name = await first.innerText();
  await first.click();
  assert.equal(await page.locator("h1").innerText(), name);
  await page.getByLabel("Active").check();
  await page.getByRole("button", { name: "Save status" }).click();
  await page.waitForURL(/saved=changed$/);
  assert.match(await page.locator(".govuk-notification-banner").innerText(), /changes have been saved/);
  await context.close();
});

test("the equality monitoring officer records answers apart from the register", async () => {
  const context = await browser.newContext();
  const page = await signInAs(context, "equality@demo.example");
  await page.getByRole("link", { name: "Equality monitoring" }).first().click();
  await page.waitForURL(/\/equality$/);
  await checkAccessibility(page);
  await page.locator("tbody a").first().click();
  await page.waitForURL(/\/equality\/people\//);
  await checkAccessibility(page);
  await page.getByLabel("Year of birth").fill("1850");
  await page.getByRole("button", { name: "Save answers" }).click();
  await page.getByText("There is a problem").waitFor();
  await checkAccessibility(page);
  await page.getByLabel("Year of birth").fill("1972");
  await page.getByLabel("White: Roma").check();
  await page.getByRole("button", { name: "Save answers" }).click();
  await page.waitForURL(/saved=yes$/);
  assert.ok(await page.getByLabel("White: Roma").isChecked());
  await context.close();
});

test("a coordinator imports a spreadsheet and sees the bad row first", async () => {
  const context = await browser.newContext();
  const page = await signInAs(context, "coordinator@demo.example");
  await visit(page, `${server.base}/people/import`);
  await page.getByRole("button", { name: "Upload and check" }).click();
  await page.getByText("There is a problem").waitFor();
  await checkAccessibility(page);
  const csv = "First name,Last name,Email,Role\nMorag,Faulds,morag@people.example,Unpaid carer\n,Nobody,nobody@people.example,carer\n";
  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await page.waitForURL(/\/people\/import\/[0-9a-f-]+$/);
  assert.match(await page.getByRole("status").innerText(), /1 person can be imported\. 1 row has problems/);
  assert.match(await page.locator("table").first().innerText(), /Enter a first name/);
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Import 1 person" }).click();
  await page.getByText("1 person was added to the register.").waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("a coordinator adds a user-led organisation and its representative", async () => {
  const context = await browser.newContext();
  const page = await signInAs(context, "coordinator@demo.example");
  await visit(page, `${server.base}/groups`);
  await page.getByRole("button", { name: "Add a group" }).click();
  await checkAccessibility(page);
  await page.getByLabel("Name of the group").fill("Northbrook Carers Voice");
  await page.getByLabel("A user-led organisation").check();
  await page.getByRole("button", { name: "Add a group" }).click();
  await page.waitForURL(/\/groups\/[0-9a-f-]+$/);
  await checkAccessibility(page);
  await page.getByLabel("Find a person").fill("bennett");
  await page.getByRole("button", { name: "Find" }).click();
  await checkAccessibility(page);
  await page.getByLabel("Jo Bennett represents the group").check();
  await page.getByRole("button", { name: "Add Jo Bennett" }).click();
  await page.getByText("Represents the group").waitFor();
  await checkAccessibility(page);
  await context.close();
});

test("a coordinator turns on erasing the details of people no longer involved", async () => {
  const context = await browser.newContext();
  const page = await signInAs(context, "coordinator@demo.example");
  await page.getByRole("link", { name: "People" }).first().click();
  await page.waitForURL(/\/people$/);
  await page.getByRole("link", { name: "How long we keep people's details" }).click();
  await page.waitForURL(/\/people\/retention$/);
  await checkAccessibility(page);

  const years = page.getByLabel("Years since they left or last took part");
  await page.getByLabel("Yes, after a number of years").check();
  await years.fill("20");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("There is a problem").waitFor();
  assert.equal(await years.inputValue(), "20", "what was typed is kept");
  assert.ok(await page.getByLabel("Yes, after a number of years").isChecked());
  await checkAccessibility(page);

  await years.fill("6");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/people\/retention\?saved=settings$/);
  assert.match(await page.locator(".govuk-notification-banner").innerText(), /Settings saved/);
  assert.equal(await years.inputValue(), "6");
  await page.getByRole("heading", { name: "People due" }).waitFor();
  await checkAccessibility(page);
  await context.close();
});
