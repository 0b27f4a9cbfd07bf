//! The world the fuzzer works in. Organisation A is filled as the canary fills it (a member with
//! a record and a sign-in of their own, meetings, a claim, everything staff keep about them),
//! with a few rows more so that every form has something to act on: a group, a quota, a venue,
//! a glossary word, an action and an objective, a meeting to claim for, claims waiting to be
//! paid and answered, a place offered and a reserve. Organisation B's ids stand for "another
//! organisation's".

mod more;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_db::entities::{
    claim, glossary_term, group, group_member, interest, meeting_attendee, outbox_message,
    payment_policy, selection_quota,
};
use withus_db::sea_orm::ActiveValue::Set;
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::forms::MeetingInput;
use withus_web::meetings::queries::{self as meetings, NewPaper};

use super::values::OtherIds;
use crate::canary_fixture::{
    Ties, browser, claim_with_query, open_meeting, own_record, post_all, staff_boxes, write_details,
};
use crate::harness::{Org, PASSWORD, TestApp};
use crate::impact::{confirm, opportunity_at};
use more::more_rows;

pub struct World {
    pub a: Org,
    pub other: OtherIds,
    /// Where signed-in browsers start besides the index pages: an upload's preview, reached
    /// only by the redirect after the upload; and the pages of the rows set up for their forms,
    /// all linked from the index pages, so that the cap on pages of one template (a few
    /// people's pages of many) cannot pass them by.
    pub seeds: Vec<String>,
    /// A sign-in link, reached only from an email.
    pub visitor_seeds: Vec<String>,
}

pub async fn build(app: &TestApp) -> World {
    let a = app.org("northbrook", "Northbrook").await;
    let b = app.org("riverside", "Riverside Trust").await;
    let other = other_ids(app, &b).await;
    let scope = app.scope(&a);
    let (person, _) = own_record(app, &a).await;
    let mut me = browser(app, &a, Role::InvolvedPerson).await;
    let mut staff = browser(app, &a, Role::Coordinator).await;
    let mut written: Vec<String> = Vec::new();
    write_details(&mut me).await;
    let open = opportunity_at(app, &a, "open").await;
    let done = opportunity_at(app, &a, "evaluating").await;
    confirm(&scope, done, person).await;
    let meeting = open_meeting(app, &mut staff, &a, person).await;
    member_boxes(&mut me, open, done, meeting).await;
    claim_with_query(app, &mut me, &mut staff, &a, person, &mut written).await;
    let ties = Ties {
        person,
        open,
        done,
        meeting,
    };
    staff_boxes(app, &mut staff, &a, &ties, &mut written).await;
    let more = more_rows(app, &a, &ties).await;
    let sheet = b"First name,Last name,Involvement role\nSam,Lee,carer\n";
    let preview = staff
        .upload("/people/import", "people.csv", sheet, true)
        .await;
    assert_eq!(preview.status, StatusCode::SEE_OTHER, "{}", preview.body);
    let link = sign_in_link(app, &a).await;
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
    let email = format!("platform@{}.example", a.slug);
    let roles = [Role::Administrator];
    withus_web::admin::create(&scope, "Pat Form", &email, Some(hashed), &roles, true)
        .await
        .expect("platform administrator");
    let seeds = vec![
        preview.location().to_owned(),
        format!("/people/{person}"),
        format!("/opportunities/{open}"),
        format!("/opportunities/{done}"),
        format!("/opportunities/{}", more.offered),
        format!("/meetings/{meeting}"),
        format!("/meetings/{}", more.past),
        format!("/meetings/{}/fees", more.past),
        format!("/meetings/{}", more.upcoming),
        format!("/my/opportunities/{}", more.offered),
        format!("/my/opportunities/{}", more.fresh),
        format!("/my/questionnaires/{}", more.asked),
        format!("/payments/claims/{}", more.approved),
        format!("/groups/{}?q=Payee", more.group),
    ];
    World {
        a,
        other,
        seeds,
        visitor_seeds: vec![link],
    }
}

/// The boxes of the member's own pages, as the canary fills them.
async fn member_boxes(me: &mut TestApp, open: Uuid, done: Uuid, meeting: Uuid) {
    let answers = vec![
        ("rating_1", "3"),
        ("words_1", "Clear"),
        ("words_2", "Kind"),
        ("words_3", "Quick"),
        ("words_4", "Fair"),
        ("words_5", "More of this"),
    ];
    let forms = [
        (
            "/my/times".to_owned(),
            vec![("days", "3"), ("from", "9"), ("to", "11:30")],
        ),
        (
            format!("/my/opportunities/{open}/interest"),
            vec![
                ("note", "Tuesdays suit me"),
                ("access_needs", ""),
                ("step", "send"),
            ],
        ),
        (format!("/my/questionnaires/{done}"), answers),
        (
            format!("/my/meetings/{meeting}/agenda"),
            vec![("title", "Parking"), ("detail", "")],
        ),
        (
            "/assessment/4pi".to_owned(),
            vec![
                ("presence-two", "developing"),
                ("presence-two-evidence", "The minutes"),
            ],
        ),
    ];
    post_all(me, &forms).await;
}

/// What `more_rows` made that has a page of its own: a meeting the member and Payee came to,
/// claimed for by neither; a meeting a month away, nobody invited, its paper not sent; an
/// opportunity offering the member a place, with Payee first in reserve; an open one they have
/// not answered; and one whose questionnaire they have not answered.
struct More {
    group: Uuid,
    approved: Uuid,
    past: Uuid,
    upcoming: Uuid,
    offered: Uuid,
    fresh: Uuid,
    asked: Uuid,
}

fn meeting_input(title: &str, starts: chrono::DateTime<Utc>) -> MeetingInput {
    MeetingInput {
        title: title.into(),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level: false,
        venue_id: None,
        online_details: Some("Video call".into()),
    }
}

/// Asks for a sign-in link for the board member and returns its page, as the email gives it.
async fn sign_in_link(app: &TestApp, org: &Org) -> String {
    let mut visitor = app.new_browser();
    visitor.address = "198.51.100.250".into();
    let email = format!("board@{}.example", org.slug);
    let asked = visitor
        .post("/sign-in/email", &[("email", email.as_str())])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let mail = app
        .scope(org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq(email.as_str()))
        .all(&app.state.db)
        .await
        .expect("query");
    let marker = "/sign-in/email/";
    let body = mail
        .iter()
        .map(|m| m.body_text.as_str())
        .find(|b| b.contains(marker))
        .expect("the emailed link");
    let start = body.find(marker).expect("link") + marker.len();
    let token: String = body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("{marker}{token}")
}

/// Ids of organisation B's rows: a person, an opportunity, a meeting and more.
async fn other_ids(app: &TestApp, b: &Org) -> OtherIds {
    let scope = app.scope(b);
    let (person, _) = own_record(app, b).await;
    let opportunity = crate::meetings::opportunity(app, b).await;
    let starts = Utc::now() + Duration::days(5);
    let input = meeting_input("Panel", starts);
    let meeting = meetings::insert_meeting(&scope, opportunity, &input)
        .await
        .expect("meeting");
    let attendee = meetings::insert_attendee(&scope, meeting, Some(person), None, "member")
        .await
        .expect("attendee");
    let (claim, receipt, booking) = crate::payments::seeded(&scope, meeting, person).await;
    let (contribution, pair, course) = crate::impact::seeded(&scope, opportunity, person).await;
    let (action, objective) = crate::reports::assessment::seeded(&scope).await;
    OtherIds {
        person: person.to_string(),
        opportunity: opportunity.to_string(),
        meeting: meeting.to_string(),
        rest: vec![
            attendee.to_string(),
            claim,
            receipt,
            booking,
            contribution,
            pair,
            course,
            action,
            objective,
        ],
    }
}
