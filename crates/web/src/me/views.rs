//! Building the person's own pages: their details, the pages that each ask a few of its
//! questions (access needs, contact, ways, choices), and one opportunity as they read it.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::interest;

use crate::kit::blocks::{div, heading};
use crate::kit::components::{Button, ErrorSummary, NotificationBanner, SummaryList, Table};
use crate::kit::components::{Textarea, render};
use crate::kit::dates::day;
use crate::kit::form_parts::{hidden_input, post_form};
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::vocab::ACCESS_NEEDS;
use crate::opportunities::{Full, InterestForm, interest_tag, opportunity_summary, takes_interest};
use crate::people::{Details, Links, Part, PersonForm, Record, Typed, Voice, saved_banner};
use crate::people::{access_fields, part_fields};

#[derive(Template)]
#[template(path = "me/details.html")]
pub struct DetailsPage {
    page: Page,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    access: SummaryList,
    times: Option<Table>,
}

pub fn details_page(page: Page, details: &Details, typed: &Typed<'_>, saved: &str) -> DetailsPage {
    let record = own_record(&page, details, typed);
    DetailsPage {
        page: page.titled(t("my-details-title")),
        errors: typed.errors.summary(),
        banner: own_banner(saved, details),
        summary: record.summary,
        access: record.access,
        times: record.times,
    }
}

fn own_record(page: &Page, details: &Details, typed: &Typed<'_>) -> Record {
    let links = Links {
        pages: pages(),
        change: "/my/details/change".into(),
        times: "/my/times".into(),
    };
    crate::people::record(details, typed, &page.csrf, Voice::Own, &links)
}

/// The times the person cannot do, with a way to take each away and to add more.
pub fn times_page(page: Page, details: &Details, typed: &Typed<'_>, saved: &str) -> Sections {
    let record = own_record(&page, details, typed);
    let mut sections = Sections::new(page, t("my-times-heading"))
        .back("/my/details")
        .errors(typed.errors)
        .paragraph(&t("my-times-intro"));
    sections.banner = own_banner(saved, details);
    let sections = match &record.times {
        Some(table) => sections.block(render(table)),
        None => sections.paragraph(&t("times-none")),
    };
    sections
        .block(heading(2, "m", &t("my-times-add-heading")))
        .form("/my/times", &record.time_fields, &t("times-add-button"))
}

/// Taking a break or leaving, on a page of its own; the details page says what happens next.
pub fn status_page(page: Page, details: &Details, typed: &Typed<'_>) -> Sections {
    let record = own_record(&page, details, typed);
    Sections::new(page, t("my-status-heading"))
        .back("/my/details")
        .errors(typed.errors)
        .paragraph(&t("my-status-intro"))
        .form("/my/status", &record.status_fields, &t("status-button"))
}

/// After the person changed their times or status: what happens now, in their words. Their
/// status is read back from the record, so the words match what was saved.
fn own_banner(saved: &str, details: &Details) -> Option<NotificationBanner> {
    let p = &details.person;
    let words = match saved {
        "my-times" => t("my-times-saved"),
        "my-time-removed" => t("my-time-removed"),
        "my-status" => match (p.status.as_str(), p.break_until) {
            ("break", Some(until)) => t_args("my-break-saved", &[("until", &day(until))]),
            ("break", None) => t("my-break-saved-no-date"),
            ("left", _) => t("my-left-saved"),
            _ => t("my-active-saved"),
        },
        _ => return saved_banner(saved),
    };
    Some(NotificationBanner::success(words))
}

const ACCESS_ACTION: &str = "/my/access-needs";

/// What helps the person take part, on a page of its own.
pub fn access_page(page: Page, form: &PersonForm, errors: &Errors) -> Sections {
    let fields = access_fields(form, errors, Voice::Own).to_vec();
    Sections::new(page, t("my-access-title"))
        .back("/my/details")
        .errors(errors)
        .paragraph(&t("my-access-intro"))
        .form(ACCESS_ACTION, &fields, &t("my-access-save"))
}

/// Each part's address and the start of its text keys.
const PARTS: [(Part, &str, &str); 3] = [
    (Part::Contact, "/my/contact", "my-contact"),
    (Part::Ways, "/my/ways", "my-ways"),
    (Part::Choices, "/my/choices", "my-choices"),
];

pub fn about(part: Part) -> (&'static str, &'static str) {
    PARTS
        .iter()
        .find(|(p, _, _)| *p == part)
        .map_or(("/my/details", "my-details"), |(_, url, key)| (*url, *key))
}

/// Where each field with a page of its own is changed, for the links on the details page.
pub fn pages() -> Vec<(&'static str, String)> {
    PARTS
        .iter()
        .flat_map(|(part, url, _)| part.names().iter().map(|f| (*f, (*url).to_owned())))
        .collect()
}

/// One part's questions, on a page of its own.
pub fn part_page(page: Page, part: Part, form: &PersonForm, errors: &Errors) -> Sections {
    let (url, key) = about(part);
    Sections::new(page, t(&format!("{key}-title")))
        .back("/my/details")
        .errors(errors)
        .paragraph(&t(&format!("{key}-intro")))
        .form(
            url,
            &part_fields(part, form, errors, Voice::Own),
            &t("save"),
        )
}

#[derive(Template)]
#[template(path = "opportunities/member_show.html")]
pub struct MemberShowPage {
    page: Page,
    id: Uuid,
    title: String,
    summary: SummaryList,
    standing: Option<(String, String)>,
    can_express: bool,
    /// Open, but the person is taking a break or has left, so they are told why they cannot
    /// say they are interested and where to change that.
    paused: bool,
    can_withdraw: bool,
    can_accept: bool,
    fields: Vec<String>,
    button: Button,
    /// What we pay, in plain words, shown before the person says they are interested.
    plain: Option<crate::payments::Plain>,
    /// What just happened and what happens next, after they said they are interested,
    /// withdrew or took a place.
    banner: Option<NotificationBanner>,
}

fn done_banner(done: &str) -> Option<NotificationBanner> {
    let key = match done {
        "interested" => "my-opp-done-interested",
        "withdrawn" => "my-opp-done-withdrawn",
        "gave-up" => "my-opp-done-gave-up",
        "accepted" => "my-opp-done-accepted",
        _ => return None,
    };
    Some(NotificationBanner::success(t(key)))
}

/// The person's access needs from their record, in words, ready to confirm or change.
fn needs_in_words(me: &Details) -> String {
    let needs = me.chosen("access_need");
    let mut words: Vec<String> = ACCESS_NEEDS
        .iter()
        .filter(|(v, _)| needs.iter().any(|n| n == v))
        .map(|(_, k)| t(k))
        .collect();
    if let Some(notes) = me
        .person
        .access_notes
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    {
        words.push(notes.to_owned());
    }
    words.join(". ")
}

/// One opportunity as the person reads it: where they stand, what we pay (`plain`, for a paid
/// one), what they just did (`done`) and what they can do next.
pub fn member_show_page(
    page: Page,
    full: &Full,
    mine: Option<&interest::Model>,
    me: &Details,
    done: &str,
    plain: Option<crate::payments::Plain>,
    typed: Option<&InterestForm>,
) -> MemberShowPage {
    let o = &full.opportunity;
    let open = takes_interest(&o.status);
    let status = mine.map(|i| i.status.as_str()).unwrap_or("");
    let active = me.person.status == "active";
    let can_express = active && open && (mine.is_none() || status == "withdrawn");
    MemberShowPage {
        page: page.titled(o.title.clone()),
        id: o.id,
        title: o.title.clone(),
        summary: opportunity_summary(full),
        standing: mine.filter(|i| i.status != "withdrawn").map(|i| {
            (
                interest_tag(&i.status),
                i.reason.clone().unwrap_or_default(),
            )
        }),
        can_express,
        paused: !active && open && (mine.is_none() || status == "withdrawn"),
        can_withdraw: matches!(status, "interested" | "offered" | "confirmed" | "reserve"),
        can_accept: status == "offered",
        fields: vec![
            render(
                &Textarea::new("note", t("my-opp-note"))
                    .hint(t("my-opp-note-hint"))
                    .value(typed.and_then(|f| f.note.as_deref()).unwrap_or_default()),
            ),
            render(
                &Textarea::new("access_needs", t("my-opp-access"))
                    .hint(t("my-opp-access-hint"))
                    .value(&match typed {
                        Some(f) => f.access_needs.clone().unwrap_or_default(),
                        None => needs_in_words(me),
                    }),
            ),
        ],
        button: Button::submit(t("my-opp-interested")),
        banner: done_banner(done),
        plain,
    }
}

/// What the person is about to send when they say they are interested, to check before it
/// goes: what they told us and what they need, with a way back to change it.
pub fn interest_check_page(page: Page, id: Uuid, title: &str, form: &InterestForm) -> Sections {
    let nothing = t("my-opp-check-nothing");
    let summary = SummaryList::default()
        .row(
            t("my-opp-check-note"),
            form.note.clone().unwrap_or_else(|| nothing.clone()),
        )
        .row(
            t("my-opp-access"),
            form.access_needs.clone().unwrap_or(nothing),
        );
    let hidden = [
        hidden_input("note", form.note.as_deref().unwrap_or_default()),
        hidden_input(
            "access_needs",
            form.access_needs.as_deref().unwrap_or_default(),
        ),
    ]
    .concat();
    let buttons = div(
        "govuk-button-group",
        None,
        &[
            render(&Button::submit(t("my-opp-check-send")).step("step", "send")),
            render(
                &Button::submit(t("my-opp-check-change"))
                    .step("step", "change")
                    .secondary(),
            ),
        ]
        .concat(),
    );
    let csrf = page.csrf.clone();
    // No back link: going back by link would lose what was typed; "Change" keeps it.
    Sections::new(page, t("my-opp-check-title"))
        .caption(title)
        .block(render(&summary))
        .paragraph(&t("my-opp-check-next"))
        .block(post_form(
            &csrf,
            &format!("/my/opportunities/{id}/interest"),
            &hidden,
            &buttons,
        ))
}
