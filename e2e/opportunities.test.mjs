// A coordinator creates and opens an opportunity; a carer finds it and says they are
// interested with JavaScript turned off; the coordinator offers a place; the carer sees it
// and accepts.
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
  // A step that cannot find what it waits for fails within a minute, rather than hanging.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home$/);
  return page;
}

const TITLE = "Help us rewrite the carers' leaflet";

test("an opportunity from creation to an accepted place", async () => {
  const staff = await browser.newContext();
  const coordinator = await signInAs(staff, "coordinator@demo.example");
  await coordinator.getByRole("link", { name: "Opportunities" }).first().click();
  await coordinator.waitForURL(/\/opportunities$/);
  await checkAccessibility(coordinator);
  await coordinator.getByRole("button", { name: "Create an opportunity" }).click();
  await checkAccessibility(coordinator);

  // The long form is a task list (GOV.UK): the first page is what it is about. Saving
  // without a title says what to fix and keeps what was typed.
  await coordinator.getByLabel("Summary in plain English").fill("Tell us what the leaflet should say.");
  await coordinator.getByRole("button", { name: "Save and continue" }).click();
  await coordinator.getByText("There is a problem").waitFor();
  assert.equal(await coordinator.getByLabel("Summary in plain English").inputValue(), "Tell us what the leaflet should say.");
  await checkAccessibility(coordinator);

  await coordinator.getByLabel("Title").fill(TITLE);
  await coordinator.getByLabel("Why we are involving people").fill("Carers know what they needed to know first.");
  await coordinator.getByLabel("What we intend to happen as a result").fill("A leaflet carers understand\nMore carers ask for an assessment");
  await coordinator.getByLabel("Carers", { exact: true }).check();
  await coordinator.getByRole("button", { name: "Save and continue" }).click();
  await coordinator.getByText("The opportunity was saved as a draft.").waitFor();
  await checkAccessibility(coordinator);
  const parts = coordinator.locator(".govuk-task-list");
  assert.match(await coordinator.locator("main").innerText(), /You have completed 1 of 5 parts/);
  assert.match(await parts.innerText(), /What people can influence\s+Needed before it opens\s+Incomplete/);

  // Each part on a page of its own, back to the task list when saved.
  const part = async (name, fill) => {
    await parts.getByRole("link", { name }).click();
    await fill();
    await coordinator.getByRole("button", { name: "Save", exact: true }).click();
    await coordinator.getByText(`‘${name}’ was saved.`).waitFor();
  };
  await part("What people can influence", async () => {
    await checkAccessibility(coordinator);
    await coordinator.getByLabel("Being asked for views").check();
    await coordinator.getByLabel("What people can change").fill("Everything in the leaflet");
    await coordinator.getByLabel("What people cannot change").fill("The law on carers' assessments");
    await coordinator.getByLabel("Who makes the final decision").fill("The carers' lead");
    await coordinator.getByLabel("Teaching").check();
  });
  await part("Roles people can take", async () => {
    await coordinator.getByLabel("Kind of role").first().selectOption("expert_by_experience");
    await coordinator.getByLabel("What the role involves").first().fill("Read two drafts and meet once online");
  });
  await part("When, where and access", async () => {
    await coordinator.getByLabel("In person or online").check();
    await coordinator.getByLabel("Hearing loop").check();
    await coordinator.getByLabel("Regular breaks").check();
  });
  await part("Places, payment and who looks after it", async () => {
    await coordinator.getByLabel("Paid", { exact: true }).check();
    await coordinator.getByLabel("Rate in pounds").fill("25.00");
    await coordinator.getByLabel("session").check();
    await coordinator.getByLabel("Number of places").fill("2");
  });
  assert.match(await coordinator.locator("main").innerText(), /You have completed 4 of 5 parts/);
  await checkAccessibility(coordinator);
  await coordinator.getByRole("link", { name: "Back to the opportunity" }).last().click();
  await coordinator.getByRole("button", { name: "Move to open" }).click();
  await coordinator.getByText("The opportunity has moved to its next step.").waitFor();
  const opportunityUrl = coordinator.url().split("?")[0];
  const id = opportunityUrl.split("/").pop();
  await checkAccessibility(coordinator);
  await coordinator.getByRole("link", { name: "People whose choices match" }).click();
  await checkAccessibility(coordinator);

  // The carer, without JavaScript, finds it among the opportunities that fit their choices.
  const offline = await browser.newContext({ javaScriptEnabled: false });
  const carer = await signInAs(offline, "member@demo.example");
  await carer.getByRole("link", { name: "Ways to get involved" }).click();
  await carer.getByRole("link", { name: TITLE }).click();
  assert.match(await carer.locator("main").innerText(), /The law on carers' assessments/);
  assert.match(await carer.getByLabel("What you need to take part").inputValue(), /Hearing loop/);
  await carer.getByLabel("Anything you want to tell us (optional)").fill("I cared for my mum for ten years.");
  await carer.getByRole("button", { name: "I am interested" }).click();
  // The check page (GOV.UK check answers) before anything is sent.
  await carer.getByText("Check what you are sending").waitFor();
  await carer.getByRole("button", { name: "Confirm and send" }).click();
  assert.match(await carer.getByRole("status").innerText(), /Interested/);

  // The coordinator offers a place.
  await visit(coordinator, `${opportunityUrl}/interest`);
  await checkAccessibility(coordinator);
  assert.match(await coordinator.locator("table").innerText(), /I cared for my mum for ten years\./);
  await coordinator.getByRole("link", { name: "Decide Jo Bennett" }).click();
  await checkAccessibility(coordinator);
  await coordinator.getByLabel("Offer a place").check();
  await coordinator.getByRole("button", { name: "Save decision" }).click();
  await coordinator.waitForURL(/\/interest\?decided=/);
  // The page says what was decided and whether the carer was emailed.
  assert.match(
    await coordinator.locator(".govuk-notification-banner").innerText(),
    /You offered Jo Bennett a place\. (We emailed them to say so\.|We did not email them)/,
  );
  await checkAccessibility(coordinator);
  assert.match(await coordinator.locator("table").innerText(), /Offered a place/);

  // The carer's home leads with what is next: the offer first, then meetings coming (with
  // place and papers), claims to make and their named contact. Still without JavaScript.
  // goto, not visit: axe needs JavaScript, which this context has off.
  await carer.goto(`${server.base}/home`);
  const home = await carer.locator("main").innerText();
  for (const heading of ["Places offered to you", "Meetings coming", "Claims you can make", "Need help?"]) {
    assert.ok(home.includes(heading), `${heading} on the member's home`);
  }
  assert.ok(home.indexOf("Places offered to you") < home.indexOf("Meetings coming"), "offers first");
  assert.match(home, /Your contact in the involvement team is /);
  await carer.getByRole("link", { name: `Answer the offer: ${TITLE}` }).click();
  assert.match(await carer.getByRole("status").innerText(), /Offered a place/);
  await carer.getByRole("button", { name: "Accept the place" }).click();
  assert.match(await carer.getByRole("status").innerText(), /Confirmed/);

  // The carer's pages pass axe with JavaScript on.
  const online = await browser.newContext();
  const checked = await signInAs(online, "member@demo.example");
  await visit(checked, `${server.base}/my/opportunities`);
  await checkAccessibility(checked);
  await visit(checked, `${server.base}/my/opportunities/${id}`);
  await checkAccessibility(checked);
  await Promise.all([staff.close(), offline.close(), online.close()]);
});
