//! The map of personal data: every table, how its rows are tied to one person, and what erasure
//! does to each text or file column. Erasure, the person's download and the staff "what we
//! hold" page all read it, and a test compares it with the columns the database really has, so
//! a new column that holds someone's words cannot be forgotten.
//!
//! The order is the order erasure works in: a table comes before the table its rows are found
//! through (claim lines before claims) and before the sign-in and the person's row, whose ids
//! the other links need.

use super::{Column, Erase, Link, Rows, Table};

const ORGANISATION: &str = "the organisation's own record, about no one person";
const INSTALLATION: &str = "how this installation runs, about no one person";
const CODED: &str = "a choice from a fixed list, anonymous once the links to the person go";
const FINANCE: &str = "the finance record the law requires for six years, without a name";

const fn keep(name: &'static str, why: &'static str) -> Column {
    Column {
        name,
        erase: Erase::Keep(why),
    }
}
const fn blank(name: &'static str) -> Column {
    Column {
        name,
        erase: Erase::Blank,
    }
}
const fn empty(name: &'static str) -> Column {
    Column {
        name,
        erase: Erase::Empty,
    }
}
const fn gone(name: &'static str) -> Column {
    Column {
        name,
        erase: Erase::WithRow,
    }
}
const fn words(name: &'static str, placeholder: &'static str) -> Column {
    Column {
        name,
        erase: Erase::Placeholder(placeholder),
    }
}

const fn special(name: &'static str, erase: Erase) -> Column {
    Column { name, erase }
}
const fn no(name: &'static str) -> Column {
    special(name, Erase::False)
}
const fn now(name: &'static str) -> Column {
    special(name, Erase::Now)
}
const fn token(name: &'static str) -> Column {
    special(name, Erase::Token)
}
const fn names(name: &'static str) -> Column {
    special(name, Erase::Names)
}
/// A file of many people: emptied when it names them.
const fn whole(name: &'static str) -> Column {
    special(name, Erase::WholeIfNamed(""))
}

const fn table(
    name: &'static str,
    links: &'static [Link],
    rows: Rows,
    about: &'static str,
    private: &'static [&'static str],
    columns: &'static [Column],
) -> Table {
    Table {
        name,
        links,
        rows,
        columns,
        about,
        private,
    }
}

#[rustfmt::skip]
pub const TABLES: &[Table] = &[
    // Found through another table's rows: before those rows change.
    table("mentoring_meetings", &[Link::Parent { column: "pair_id", parent: "mentoring_pairs" }], Rows::Delete, "personal-mentoring-meetings", &[],
        &[gone("note")]),
    table("claim_lines", &[Link::Parent { column: "claim_id", parent: "claims" }], Rows::Keep, "personal-claim-lines", &[],
        &[keep("kind", FINANCE), blank("detail"), blank("reason")]),
    table("claim_receipts", &[Link::Parent { column: "claim_id", parent: "claims" }], Rows::Delete, "personal-claim-receipts", &["data"],
        &[gone("filename"), gone("content_type"), gone("data")]),
    table("receipt_uploads", &[Link::Person("person_id")], Rows::Delete, "personal-receipt-uploads", &["data"],
        &[gone("filename"), gone("content_type"), gone("data")]),
    table("payments", &[Link::Parent { column: "claim_id", parent: "claims" }], Rows::Keep, "personal-payments", &[],
        &[keep("reference", FINANCE)]),
    table("claims", &[Link::Person("person_id")], Rows::Keep, "personal-claims", &[],
        &[keep("status", FINANCE), keep("method", FINANCE), keep("role", FINANCE),
          keep("activity", FINANCE), blank("note"), blank("message")]),
    table("travel_bookings", &[Link::Person("person_id")], Rows::Delete, "personal-travel", &[],
        &[gone("details")]),
    table("interests", &[Link::Person("person_id")], Rows::Keep, "personal-interests", &[],
        &[keep("status", CODED), blank("note"), blank("access_needs"), blank("reason")]),
    table("invitations", &[Link::Person("person_id")], Rows::Keep, "personal-invitations", &[],
        &[]),
    table("meeting_attendees", &[Link::Person("person_id")], Rows::Keep, "personal-meetings", &[],
        &[keep("kind", CODED), keep("attendance", CODED)]),
    table("agenda_items", &[Link::Account("proposed_by")], Rows::Keep, "personal-agenda-items", &[],
        &[words("title", "Item withdrawn: the person who proposed it asked us to erase it"),
          blank("detail"), words("proposer_name", "Someone who has left"), keep("status", CODED),
          blank("proposed_by")]),
    table("evaluation_answers", &[Link::Person("person_id"), Link::Account("account_id")], Rows::Keep, "personal-questionnaires", &[],
        &[keep("answered_as", CODED), blank("words_1"), blank("words_2"), blank("words_3"),
          blank("words_4"), blank("words_5"), blank("person_id"), blank("account_id")]),
    table("assessment_ratings", &[Link::Account("account_id")], Rows::Keep, "personal-ratings", &[],
        &[keep("statement", CODED), keep("rated_as", CODED), keep("rating", CODED),
          empty("evidence")]),
    table("feedback_recipients", &[Link::Person("person_id")], Rows::Keep, "personal-feedback", &[],
        &[keep("channel", CODED), keep("format", CODED)]),
    // What they said stays as the group's, without their name in it or on it.
    table("contributions", &[Link::Listed { child: "contribution_people", column: "contribution_id" }], Rows::Keep, "personal-contributions", &[],
        &[keep("kind", CODED), names("said"), keep("status", CODED), names("outcome"),
          keep("level", CODED), keep("areas", CODED), names("evidence")]),
    table("contribution_people", &[Link::Person("person_id")], Rows::Delete, "personal-named", &[],
        &[]),
    table("support_records", &[Link::Person("person_id")], Rows::Delete, "personal-support", &[],
        &[gone("kind"), gone("given_by_name"), gone("note")]),
    table("training_records", &[Link::Person("person_id")], Rows::Delete, "personal-training", &[],
        &[gone("part")]),
    table("mentoring_pairs", &[Link::Person("mentor_id"), Link::Person("mentee_id")], Rows::Delete, "personal-mentoring", &[],
        &[]),
    table("group_members", &[Link::Person("person_id")], Rows::Delete, "personal-groups", &[],
        &[]),
    table("person_choices", &[Link::Person("person_id")], Rows::Delete, "personal-choices", &[],
        &[gone("list"), gone("value")]),
    table("unavailable_times", &[Link::Person("person_id")], Rows::Delete, "personal-times", &[],
        &[]),
    table("person_status_changes", &[Link::Person("person_id")], Rows::Delete, "personal-status-history", &[],
        &[gone("status")]),
    table("equality_answers", &[Link::Person("person_id")], Rows::Delete, "personal-equality", &[],
        &[gone("age_band"), gone("sex"), gone("gender_same_as_birth"),
          gone("sexual_orientation"), gone("ethnic_group"), gone("religion"),
          gone("long_term_condition"), gone("condition_impact"), gone("unpaid_care")]),
    table("consents", &[Link::Person("person_id")], Rows::Delete, "personal-consents", &[],
        &[gone("purpose"), gone("how")]),
    // The pool and the result hold everyone else in the draw too.
    table("selection_draws", &[Link::Contains("problem")], Rows::Keep, "personal-draws", &["problem", "result", "seed"],
        &[keep("seed", "the draw's seed, which says nothing about anyone"), token("problem"),
          token("result")]),
    table("meeting_acknowledgements", &[Link::Mentions(&["finding", "reason"])], Rows::Keep, "personal-acknowledgements", &[],
        &[keep("rule", CODED), names("finding"), names("reason")]),
    // The file holds everyone else in it too.
    table("people_imports", &[Link::Mentions(&["content"])], Rows::Keep, "personal-imports", &["content", "lease_owner"],
        &[keep("file_name", "the name of a file, chosen by staff"), whole("content"),
          keep("mapping", "which column of the file is which, no one's data"),
          keep("status", CODED), keep("failure", "why a file could not be read, no one's data"),
          keep("lease_owner", "which server is importing the file, no one's data")]),
    table("outbox", &[Link::Address("to_address")], Rows::Delete, "personal-mail", &["calendar", "lease_owner"],
        &[gone("to_address"), gone("subject"), gone("body_text"), gone("status"),
          gone("last_error"), gone("calendar"), gone("lease_owner")]),
    table("audit_events", &[Link::Subject("subject_id"), Link::Account("account_id")], Rows::Keep, "personal-audit", &[],
        &[keep("action", "what was done, never the data itself"), keep("subject_type", CODED),
          keep("subject_id", "an id: the anonymous row it names stays"),
          keep("detail", "which part was seen or changed, never the data itself")]),
    table("sessions", &[Link::Account("account_id")], Rows::Delete, "personal-sessions", &["id"],
        &[gone("id")]),
    table("sign_in_links", &[Link::Account("account_id")], Rows::Delete, "personal-sign-in-links", &["id"],
        &[gone("id")]),
    table("account_roles", &[Link::Account("account_id")], Rows::Delete, "personal-roles", &[],
        &[gone("role")]),
    table("retention_people", &[Link::Person("person_id")], Rows::Delete, "personal-retention", &[],
        &[gone("notice_by"), gone("kept_reason")]),
    table("people", &[Link::Itself], Rows::Keep, "personal-details", &["search_name", "choice_keys"],
        &[empty("given_name"), empty("family_name"), blank("preferred_name"), blank("pronouns"),
          blank("email"), blank("phone"), blank("postcode"),
          keep("involvement_role", "so counts by role still add up"), words("status", "left"),
          blank("break_until"), keep("paid_preference", CODED), blank("time_commitment"),
          blank("access_notes"), empty("search_name"), words("choice_keys", ";"),
          no("contact_by_email"), no("contact_by_phone"), no("contact_by_post"),
          no("contact_by_text"), blank("named_contact_id"), blank("account_id"),
          now("erased_at"), now("updated_at")]),
    table("accounts", &[Link::Account("id")], Rows::Delete, "personal-account", &["password_hash"],
        &[gone("email"), gone("display_name"), gone("password_hash"), gone("sign_in_method")]),
];

/// Tables with no column about one person, and their text and file columns.
#[rustfmt::skip]
pub const NOT_PERSONAL: &[(&str, &[&str], &str)] = &[
    ("organisations", &["slug", "name", "population_area"], ORGANISATION),
    ("instance_settings", &["key", "value"], INSTALLATION),
    ("sign_in_attempts", &["key"], "a rate-limit key, pruned within a day"),
    ("withus_version", &["version"], "the Withus version that last migrated the schema"),
    ("actions", &["title", "statement", "owner", "status"], ORGANISATION),
    ("courses", &["name", "kind", "audience", "description"], ORGANISATION),
    ("draw_jobs", &["kind", "seed", "status", "failure", "lease_owner"],
        "a draw waiting or running: its seed and why it could not be made, never anyone's details"),
    ("feedback", &["message", "easy_read"], "feedback to a group, not to one person"),
    ("glossary_terms", &["term", "meaning", "kind"], ORGANISATION),
    ("groups", &["name", "kind", "about", "email"], "a group's own details and shared address"),
    ("meetings", &["title", "activity", "online_details", "notes"], ORGANISATION),
    ("meeting_papers", &["title", "format", "filename", "content_type", "data", "text"],
        "papers staff upload for a meeting"),
    ("opportunities", &["title", "summary", "purpose", "level", "can_change", "cannot_change",
        "who_decides", "area", "org_level", "time_commitment", "way", "venue", "rate_unit",
        "status", "act_notes", "reflection", "lessons"], ORGANISATION),
    ("opportunity_outcomes", &["text"], ORGANISATION),
    ("opportunity_roles", &["kind", "name", "description"], ORGANISATION),
    ("opportunity_status_changes", &["status"], ORGANISATION),
    ("opportunity_tags", &["list", "value"], ORGANISATION),
    ("outcome_results", &["outcome", "happened", "evidence"], ORGANISATION),
    ("payment_policies", &["methods", "fees", "expenses", "benefits_note"], ORGANISATION),
    ("population_counts", &["category", "value"], "census figures for an area"),
    ("selection_quotas", &["category", "value"], ORGANISATION),
    ("strategies", &["vision", "aims", "principles", "who_engaged", "levels", "mechanisms",
        "monitoring", "senior_manager", "champions", "easy_read"], ORGANISATION),
    ("strategy_objectives", &["objective", "measure"], ORGANISATION),
    ("training_sessions", &[], ORGANISATION),
    ("venues", &["name", "address", "notes"], ORGANISATION),
];
