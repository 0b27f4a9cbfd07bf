//! One organisation never reaches another's rows, and every route checks its roles.

mod fixture;
mod other_organisation;
mod role_checks;

use axum::http::StatusCode;
use withus_db::entities::{account, outbox_message};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::access::Access;
use withus_web::kit::auth::Role;
use withus_web::routes::routes;

use crate::harness::{Org, TestApp};
use fixture::b_ids;

/// What a page of organisation A must never show: B's name, B's people, B's mail.
fn b_markers(b: &Org) -> Vec<String> {
    vec![
        b.name.clone(),
        format!("@{}.example", b.slug),
        "Secret subject for Riverside".into(),
        "Quartermain".into(),
    ]
}

/// Ids of B's rows for every path parameter the router has.
struct BIds {
    message: String,
    account: String,
    person: String,
    time: String,
    import: String,
    consent: String,
    group: String,
    opportunity: String,
    interest: String,
    quota: String,
    draw: String,
    job: String,
    meeting: String,
    attendee: String,
    item: String,
    paper: String,
    venue: String,
    term: String,
    claim: String,
    receipt: String,
    booking: String,
    contribution: String,
    pair: String,
    course: String,
    action: String,
    objective: String,
}

impl BIds {
    fn fill(&self, path: &str) -> String {
        path.replace("{message_id}", &self.message)
            .replace("{account_id}", &self.account)
            .replace("{person_id}", &self.person)
            .replace("{time_id}", &self.time)
            .replace("{import_id}", &self.import)
            .replace("{consent_id}", &self.consent)
            .replace("{group_id}", &self.group)
            .replace("{opportunity_id}", &self.opportunity)
            .replace("{interest_id}", &self.interest)
            .replace("{quota_id}", &self.quota)
            .replace("{draw_id}", &self.draw)
            .replace("{job_id}", &self.job)
            .replace("{meeting_id}", &self.meeting)
            .replace("{attendee_id}", &self.attendee)
            .replace("{item_id}", &self.item)
            .replace("{paper_id}", &self.paper)
            .replace("{venue_id}", &self.venue)
            .replace("{term_id}", &self.term)
            .replace("{claim_id}", &self.claim)
            .replace("{receipt_id}", &self.receipt)
            .replace("{booking_id}", &self.booking)
            .replace("{contribution_id}", &self.contribution)
            .replace("{pair_id}", &self.pair)
            .replace("{course_id}", &self.course)
            .replace("{token}", &self.message)
            // Not an id: the part of the opportunity form, whose page loads B's opportunity.
            .replace("{part}", "about")
            .replace("{framework}", "4pi")
            .replace("{action_id}", &self.action)
            .replace("{objective_id}", &self.objective)
            .replace("{slug}", "riverside")
    }
}
