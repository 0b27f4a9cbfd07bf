// A coordinator plans a meeting that fails the "two or more service users or carers" and
// "papers in good time" checks, puts both right, sends papers and invites people; an involved
// person, without JavaScript, adds to the agenda and reads the easy read paper.
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

async function signIn(page, email) {
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
}

async function fillDate(page, days) {
  const day = new Date(Date.now() + days * 86400000);
  await page.getByLabel("Day").fill(String(day.getUTCDate()));
  await page.getByLabel("Month").fill(String(day.getUTCMonth() + 1));
  await page.getByLabel("Year").fill(String(day.getUTCFullYear()));
}

test("a coordinator plans a meeting, puts its checks right and invites people", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "coordinator@demo.example");
  await page.goto(`${server.base}/opportunities`);
  await page.getByRole("link", { name: "Carers' reference group: what should we buy?" }).click();
  await page.getByRole("link", { name: "Add a meeting" }).click();
  await page.getByRole("heading", { name: "Add a meeting" }).waitFor();
  await checkAccessibility(page);

  await page.getByLabel("Title").fill("Budget workshop");
  await fillDate(page, 3);
  await page.getByLabel("Starts at").fill("14:00");
  await page.getByLabel("Ends at").fill("16:00");
  await page.getByLabel("No", { exact: true }).check();
  await page.getByLabel("Venue").selectOption({ label: "Northbrook Town Hall, Committee Room 2" });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  await checkAccessibility(page);
  const involved = page.locator("#check-involved");
  assert.match(await involved.innerText(), /0 service users or carers are expected/);
  assert.match(await involved.innerText(), /Needs attention/);
  assert.match(await page.locator("#check-papers").innerText(), /No papers have been sent/);

  // Inviting is refused while the warnings stand: the invitation's check page says why and
  // has nothing to press.
  await page.getByRole("button", { name: "Invite everyone expected" }).click();
  await page.getByRole("heading", { name: "Check the invitation before it goes" }).waitFor();
  assert.match(await page.locator("main").innerText(), /warnings have not been acknowledged/);
  assert.equal(await page.getByRole("button", { name: "Send the invitations" }).count(), 0);
  await checkAccessibility(page);
  await page.getByRole("link", { name: "Back" }).click();

  // Rule 1: expect two involved people.
  // The finder offers those chosen for the opportunity first; anyone else is found by name.
  for (let added = 0; added < 2; added++) {
    await page.getByRole("link", { name: "Find a service user or carer to add" }).click();
    await page.getByRole("heading", { name: "Add a service user or carer" }).waitFor();
    let add = page.getByRole("button", { name: /^Add as member/ });
    if ((await add.count()) === 0) {
      await page.getByLabel("Name").fill("a");
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("heading", { name: "Add a service user or carer" }).waitFor();
      add = page.getByRole("button", { name: /^Add as member/ });
    }
    if (added === 0) await checkAccessibility(page);
    await add.first().click();
    await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  }
  assert.match(await involved.innerText(), /Done/);

  // Rule 5: three days is too late for papers; move the meeting, then send them.
  await page.getByRole("link", { name: "Change the meeting" }).click();
  await fillDate(page, 20);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  assert.match(await page.locator("#check-papers").innerText(), /To do/);
  await page.getByLabel("Title", { exact: true }).fill("Budget");
  await page.getByLabel("Or type the paper here").fill("# Budget\n\nWe will spend the money on breaks for carers.");
  await page.getByRole("button", { name: "Add paper" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  await page.getByRole("button", { name: "Send papers now" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  assert.match(await page.locator("#check-papers").innerText(), /Every paper went out at least 7 days before/);

  await page.getByRole("button", { name: "Share the agenda" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  assert.match(await page.locator("#check-agenda").innerText(), /Done/);

  // Whatever else the demo people need is acknowledged with a reason.
  while ((await page.getByRole("button", { name: /^Go on anyway/ }).count()) > 0) {
    const form = page.locator("form", { has: page.getByRole("button", { name: /^Go on anyway/ }) }).first();
    await form.getByLabel("Why are you going on anyway?").fill("Talked it through with them by phone");
    await form.getByRole("button", { name: /^Go on anyway/ }).click();
    await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  }
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Invite everyone expected" }).click();
  // The email as the first person will read it, and who it goes to, before it goes.
  await page.getByRole("heading", { name: "Check the invitation before it goes" }).waitFor();
  assert.match(await page.locator("main").innerText(), /The email as .+ will read it/);
  await checkAccessibility(page);
  await page.getByRole("button", { name: "Send the invitations" }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  assert.match(await page.locator("main").innerText(), /People invited/);
  await checkAccessibility(page);
  await context.close();
});

test("an involved person adds to the agenda and gets the easy read paper without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, "member@demo.example");
  await page.getByRole("link", { name: "Your meetings" }).click();
  await page.getByRole("link", { name: /second meeting/ }).first().click();
  await page.getByRole("heading", { name: "What we will talk about" }).waitFor();

  await page.getByRole("button", { name: "Send" }).click();
  await page.getByText("There is a problem").waitFor();
  await page.getByLabel("What do you want to talk about?").fill("Bus fares to the meeting");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByText("you asked for this: waiting for the chair").waitFor();

  // A typed paper is a page to read, not a file to open.
  await page.getByRole("link", { name: /Read the easy read one/ }).click();
  await page.getByRole("link", { name: "Back to the meeting" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Carers told us breaks are hard to book\./);
  assert.ok(await page.locator("main p.govuk-body-l").count() > 0, "easy read in larger type");
  await context.close();
});

test("the involved person's meeting pages pass axe", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "member@demo.example");
  await page.goto(`${server.base}/my/meetings`);
  await checkAccessibility(page);
  await page.getByRole("link", { name: /second meeting/ }).first().click();
  await page.getByRole("heading", { name: "Papers" }).waitFor();
  await checkAccessibility(page);
  await page.getByRole("link", { name: /Read the easy read one/ }).first().click();
  await page.getByRole("link", { name: "Back to the meeting" }).waitFor();
  await checkAccessibility(page);
  await page.goto(`${server.base}/jargon-buster`);
  assert.match(await page.locator("main").innerText(), /Integrated Care Board/);
  await checkAccessibility(page);
  await context.close();
});

test("a coordinator finds the right one of three people with the same name, without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "coordinator@demo.example");
  await page.goto(`${server.base}/meetings`);
  await page.getByRole("link", { name: "Budget workshop" }).first().click();
  await page.getByRole("link", { name: "Find a service user or carer to add" }).click();
  await page.getByLabel("Name").fill("Patrick Ahmed");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("heading", { name: "Add a service user or carer" }).waitFor();
  const rows = page.locator("tbody tr", { hasText: "Patrick Ahmed" });
  assert.ok((await rows.count()) >= 3, "all three are offered");
  // What tells them apart: where they live, how they are involved, when they last took part.
  const seen = (await rows.allInnerTexts()).join("\n");
  for (const area of ["NB2", "NB7", "NB4"]) assert.match(seen, new RegExp(area));
  const chosen = rows.filter({ hasText: "NB7" });
  assert.match(await chosen.innerText(), /Uses services/);
  await chosen.getByRole("button", { name: /^Add as member/ }).click();
  await page.getByRole("heading", { name: "Budget workshop" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Patrick Ahmed/);
  await context.close();
});
