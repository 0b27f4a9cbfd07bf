// An involved person writes something of their own in every box their pages offer, reads it all
// back on "Everything we hold about you", erases their details and cannot sign in again. Staff
// then find an anonymous "Erased person" row, none of the person's words, and counts that
// still add up. Every page the journey passes is checked with axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, visit, checkAccessibility, signIn, PASSWORD } from "./support.mjs";

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

// One marker for each box, fixed width so that none is the start of another.
const MARK = {
  interestNote: "PRIVACYMARK01 I looked after my brother",
  interestNeeds: "PRIVACYMARK02 a chair near the door",
  agendaTitle: "PRIVACYMARK03 parking at the hall",
  agendaDetail: "PRIVACYMARK04 the car park fills by nine",
  claimNote: "PRIVACYMARK05 the bus was a replacement service",
  claimReceipt: "PRIVACYMARK06-ticket.png",
  answer: "PRIVACYMARK07 the ticket was a day return",
  answerReceipt: "PRIVACYMARK08-ticket.pdf",
  words1: "PRIVACYMARK09 it did what it said",
  words2: "PRIVACYMARK10 they took up our idea",
  words3: "PRIVACYMARK11 I was listened to",
  words4: "PRIVACYMARK12 the result changed",
  words5: "PRIVACYMARK13 the service works differently",
  preferredName: "PRIVACYMARK14",
  pronouns: "PRIVACYMARK15",
  accessNotes: "PRIVACYMARK16 I need the agenda a week early",
};
const ANY_MARK = /privacymark/i;
const OLD_NAME = /Bennett/;

// A 1 by 1 pixel PNG and a tiny PDF: the claim form checks what a file is by its first bytes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n% synthetic ticket\n");

function count(text) {
  const found = text.match(/(\d+) (?:people|person)\b/);
  assert.ok(found, `no count of people in: ${text}`);
  return Number(found[1]);
}

async function mainText(page) {
  return page.locator("main").innerText();
}

function assertAll(text, where) {
  for (const [box, mark] of Object.entries(MARK)) {
    assert.ok(text.includes(mark), `${where} should show what the person wrote in ${box} (${mark})`);
  }
}

function assertNone(text, where) {
  const found = text.match(new RegExp(`.{0,40}${ANY_MARK.source}.{0,40}`, "i"));
  assert.equal(found, null, `${where} still shows the person's words: ${found?.[0]}`);
  const name = text.match(new RegExp(`.{0,40}${OLD_NAME.source}.{0,40}`));
  assert.equal(name, null, `${where} still shows the person's name: ${name?.[0]}`);
}

test("a member writes in every box, erases their details and cannot sign in again; staff see an anonymous row", async () => {
  const staff = await browser.newContext();
  const coordinator = await staff.newPage();
  await signIn(coordinator, server.base, "coordinator@demo.example");

  // Before anything: the register's counts, and where the member is in it.
  await visit(coordinator, `${server.base}/people`);
  const everyoneBefore = count(await coordinator.getByRole("status").innerText());
  await visit(coordinator, `${server.base}/people?status=left`);
  const leftBefore = count(await coordinator.getByRole("status").innerText());
  assert.equal(await coordinator.locator("tbody tr", { hasText: "Erased person" }).count(), 0, "nobody is erased yet");
  await coordinator.goto(`${server.base}/people`);
  await coordinator.getByLabel("Name").fill("Bennett");
  await coordinator.getByRole("button", { name: "Apply filters" }).click();
  await coordinator.getByRole("link", { name: "Jo Bennett" }).click();
  await coordinator.waitForURL(/\/people\/[0-9a-f-]+$/);
  const personPath = new URL(coordinator.url()).pathname;

  // The member writes in every box their pages offer.
  const own = await browser.newContext();
  const member = await own.newPage();
  await signIn(member, server.base, "member@demo.example");

  // Interest in an opportunity, with a note and what they need.
  await member.getByRole("link", { name: "Ways to get involved" }).click();
  await member.getByRole("link", { name: "Teach second-year social work students about caring" }).click();
  await checkAccessibility(member);
  const opportunityId = new URL(member.url()).pathname.split("/").pop();
  await member.getByLabel("Anything you want to tell us (optional)").fill(MARK.interestNote);
  await member.getByLabel("What you need to take part").fill(MARK.interestNeeds);
  await member.getByRole("button", { name: "I am interested" }).click();
  // The check page (GOV.UK check answers) before anything is sent.
  await member.getByText("Check what you are sending").waitFor();
  await member.getByRole("button", { name: "Confirm and send" }).click();
  assert.match(await member.getByRole("status").innerText(), /Interested/);

  // Something to talk about at their next meeting.
  await member.goto(`${server.base}/home`);
  await member.getByRole("link", { name: "Your meetings" }).click();
  await member.getByRole("link", { name: "Carers' reference group: what should we buy?: second meeting" }).click();
  await member.getByRole("heading", { name: "What we will talk about" }).waitFor();
  const meetingId = new URL(member.url()).pathname.split("/").pop();
  await member.getByLabel("What do you want to talk about?").fill(MARK.agendaTitle);
  await member.getByLabel("Tell us more (you do not have to)").fill(MARK.agendaDetail);
  await member.getByRole("button", { name: "Send" }).click();
  await member.getByText("you asked for this: waiting for the chair").waitFor();
  assert.match(await mainText(member), new RegExp(MARK.agendaTitle));
  await checkAccessibility(member);

  // A claim with a note and a receipt.
  await member.goto(`${server.base}/home`);
  await member.getByRole("link", { name: "Your payments" }).click();
  await member.getByRole("link", { name: "Claim for Service user seat on the quality board: first meeting" }).click();
  await member.getByRole("button", { name: "Continue" }).waitFor();
  await member.getByLabel("Bus, train or tram, in pounds").fill("4.20");
  await member.getByLabel("Receipts").setInputFiles([{ name: MARK.claimReceipt, mimeType: "image/png", buffer: PNG }]);
  await member.getByLabel("Bank transfer").check();
  await member.getByLabel("Anything else we should know (optional)").fill(MARK.claimNote);
  await member.getByRole("button", { name: "Continue" }).click();
  await member.getByRole("heading", { name: "Check your claim before you send it" }).waitFor();
  await member.getByRole("button", { name: "Send claim" }).click();
  await member.getByText("Your claim has been sent").waitFor();
  assert.match(await mainText(member), new RegExp(MARK.claimReceipt));
  const firstClaim = new URL(member.url()).pathname.split("/").pop();

  // A second claim, which finance asks about, and the member's answer with another receipt.
  await member.goto(`${server.base}/my/payments`);
  await member.getByRole("link", { name: /^Claim for Carers' reference group: .* workshop$/ }).first().click();
  await member.getByLabel("Bus, train or tram, in pounds").fill("3.00");
  await member.getByLabel("Receipts").setInputFiles([{ name: "ticket.png", mimeType: "image/png", buffer: PNG }]);
  await member.getByLabel("Voucher").check();
  await member.getByRole("button", { name: "Continue" }).click();
  await member.getByRole("heading", { name: "Check your claim before you send it" }).waitFor();
  await member.getByRole("button", { name: "Send claim" }).click();
  await member.getByText("Your claim has been sent").waitFor();
  const secondClaimPath = new URL(member.url()).pathname;
  const secondClaim = secondClaimPath.split("/").pop();
  const money = await browser.newContext();
  const finance = await money.newPage();
  await signIn(finance, server.base, "finance@demo.example");
  await finance.goto(`${server.base}/payments/claims/${secondClaim}`);
  await finance.getByLabel("Ask the person a question").fill("Was this a single or a return?");
  await finance.getByRole("button", { name: "Send question" }).click();
  await finance.waitForURL(/\?done=queried&emailed=(yes|no)$/);
  await money.close();
  await member.goto(`${server.base}${secondClaimPath}`);
  await checkAccessibility(member);
  await member.getByLabel("Your answer").fill(MARK.answer);
  await member.getByLabel("Add receipts (optional)").setInputFiles([{ name: MARK.answerReceipt, mimeType: "application/pdf", buffer: PDF }]);
  await member.getByRole("button", { name: "Send answer" }).click();
  await member.getByRole("button", { name: "Send answer" }).waitFor({ state: "detached" });
  assert.match(await mainText(member), new RegExp(MARK.answerReceipt));

  // The questionnaire about how it went: every answer box.
  await member.goto(`${server.base}/home`);
  await member.getByRole("link", { name: /How did it go\?/ }).first().click();
  await member.getByRole("button", { name: "Send my answers" }).waitFor();
  await checkAccessibility(member);
  for (const n of [1, 2, 3, 4, 5]) {
    await member.locator(`input[name="rating_${n}"]`).first().check();
    await member.getByLabel(`Anything to add about question ${n}? (optional)`).fill(MARK[`words${n}`]);
  }
  await member.getByRole("button", { name: "Send my answers" }).click();
  await member.getByRole("button", { name: "Send my answers" }).waitFor({ state: "detached" });

  // Their own details.
  await member.goto(`${server.base}/my/details`);
  await member.getByRole("link", { name: /Change.*pronouns/ }).click();
  await member.getByLabel("Preferred name").fill(MARK.preferredName);
  await member.getByLabel("Pronouns").fill(MARK.pronouns);
  await member.getByLabel("Anything else that helps you take part").fill(MARK.accessNotes);
  await member.getByRole("button", { name: "Save" }).click();
  await member.waitForURL(/\/my\/details\?saved=changed$/);

  // Everything they wrote is on "Everything we hold about you".
  await member.getByRole("link", { name: "Read it on a page" }).click();
  await member.waitForURL(/\/my\/data\/view$/);
  assert.equal(await member.locator("h1").innerText(), "Everything we hold about you");
  await checkAccessibility(member);
  assertAll(await mainText(member), "/my/data/view");

  // Staff see the same before erasure, so that the checks after it mean something.
  const interestPath = `/opportunities/${opportunityId}/interest`;
  await visit(coordinator, `${server.base}${interestPath}`);
  const interestRows = await coordinator.locator("main table tbody tr").count();
  assert.ok(interestRows >= 1);
  assert.match(await mainText(coordinator), new RegExp(MARK.interestNote));
  await visit(coordinator, `${server.base}/meetings/${meetingId}`);
  assert.match(await mainText(coordinator), new RegExp(MARK.agendaTitle));
  await visit(coordinator, `${server.base}/payments/claims/${firstClaim}`);
  assert.match(await mainText(coordinator), new RegExp(MARK.claimNote));
  await coordinator.goto(`${server.base}${personPath}`);
  await coordinator.getByRole("link", { name: "Everything we hold about them" }).click();
  await coordinator.waitForURL(/\/people\/[0-9a-f-]+\/data$/);
  await checkAccessibility(coordinator);
  assertAll(await mainText(coordinator), "the staff 'everything we hold' page");

  // The member asks for their details to be erased.
  await member.goto(`${server.base}/my/details`);
  await member.getByRole("link", { name: "Erase my details" }).click();
  await member.waitForURL(/\/my\/erase$/);
  await checkAccessibility(member);
  await member.getByRole("button", { name: "Erase my details" }).click();
  await member.waitForURL(/\/erased$/);
  assert.equal(await member.locator("h1").innerText(), "Your details have been erased");
  await checkAccessibility(member);
  // The session they had has ended with their sign-in.
  await member.goto(`${server.base}/my/details`);
  assert.doesNotMatch(new URL(member.url()).pathname, /^\/my\//, "the old session still opens their pages");
  await own.close();

  // They cannot sign in again with the same email address and password.
  const again = await browser.newContext();
  const retry = await again.newPage();
  await retry.goto(`${server.base}/sign-in`);
  await retry.getByLabel("Email address").fill("member@demo.example");
  await retry.getByLabel("Password").fill(PASSWORD);
  await retry.getByRole("button", { name: "Sign in" }).click();
  await retry.getByText("There is a problem").waitFor();
  assert.match(await retry.locator(".govuk-error-summary").innerText(), /email address or password is not right/);
  assert.match(new URL(retry.url()).pathname, /^\/sign-in/);
  await checkAccessibility(retry);
  await again.close();

  // Staff: one more person who left, anonymous, and no fewer people in all.
  await visit(coordinator, `${server.base}/people?status=left`);
  const leftAfter = count(await coordinator.getByRole("status").innerText());
  assert.equal(leftAfter, leftBefore + 1, "the erased person is counted among those who left");
  const erasedRow = coordinator.locator("tbody tr", { hasText: "Erased person" });
  assert.equal(await erasedRow.count(), 1, "one 'Erased person' row");
  assert.match(await erasedRow.innerText(), /Unpaid carer/, "their role stays so counts by role add up");
  assertNone(await mainText(coordinator), "/people?status=left");
  await visit(coordinator, `${server.base}/people`);
  assert.equal(count(await coordinator.getByRole("status").innerText()), everyoneBefore, "nobody went from the register");

  // The opportunity still counts their interest, without their words.
  await visit(coordinator, `${server.base}${interestPath}`);
  assert.equal(await coordinator.locator("main table tbody tr").count(), interestRows, "the interest list keeps its rows");
  assertNone(await mainText(coordinator), interestPath);
  assert.match(await coordinator.locator("main table").first().innerText(), /Erased person/);
  await visit(coordinator, `${server.base}/meetings/${meetingId}`);
  assertNone(await mainText(coordinator), "the meeting page");
  for (const claim of [firstClaim, secondClaim]) {
    await visit(coordinator, `${server.base}/payments/claims/${claim}`);
    assertNone(await mainText(coordinator), `claim ${claim}`);
  }

  // Their page, and everything we hold about them: nothing they wrote.
  await visit(coordinator, `${server.base}${personPath}`);
  assert.equal(await coordinator.locator("h1").innerText(), "Erased person");
  assertNone(await mainText(coordinator), personPath);
  await coordinator.getByRole("link", { name: "Everything we hold about them" }).click();
  await coordinator.waitForURL(/\/people\/[0-9a-f-]+\/data$/);
  await checkAccessibility(coordinator);
  assertNone(await mainText(coordinator), `${personPath}/data`);
  await staff.close();
});
