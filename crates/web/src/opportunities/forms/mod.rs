//! The opportunity form as types: what was typed, kept to show again, and once checked the
//! values to store. An opportunity can be saved as a draft with gaps; the lifecycle decides
//! what it needs before it opens. Reading and checking what was typed is in `check.rs`, and
//! the form's parts (for the task list) in `parts.rs`; the
//! smaller forms are a decision on someone's interest (`decision.rs`) and what a person adds
//! when they say they are interested (`interest.rs`).

mod check;
mod decision;
mod interest;
mod parts;

pub use check::checked;
pub use decision::DecisionForm;
pub use interest::InterestForm;
pub use parts::Part;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;

use crate::kit::dates::show_time;
use crate::kit::dates::uk_session;
use crate::opportunities::vocab::{self, Vocab};

/// Role slots on the form; more can be added after saving.
pub const ROLE_SLOTS: usize = 3;

#[derive(Clone, Debug, Default)]
pub struct RoleForm {
    pub kind: String,
    pub name: String,
    pub description: String,
    /// A course or check the role needs, by id; empty for none.
    pub requires: String,
}

#[derive(Clone, Debug, Default)]
pub struct OpportunityForm {
    pub title: String,
    pub summary: String,
    pub purpose: String,
    pub outcomes: String,
    pub level: String,
    pub can_change: String,
    pub cannot_change: String,
    pub who_decides: String,
    pub area: String,
    pub org_level: String,
    pub roles: Vec<RoleForm>,
    pub topics: Vec<String>,
    pub time_commitment: String,
    pub way: String,
    pub venue: String,
    pub access: Vec<String>,
    pub day: String,
    pub month: String,
    pub year: String,
    pub from: String,
    pub to: String,
    pub paid: String,
    pub rate: String,
    pub rate_unit: String,
    pub places: String,
    pub reserves: String,
    pub owner: String,
    pub budget: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoleInput {
    pub kind: String,
    pub name: String,
    pub description: String,
    pub requires: Option<uuid::Uuid>,
}

/// Checked values, ready to store.
#[derive(Clone, Debug, Default)]
pub struct OpportunityInput {
    pub title: String,
    pub summary: String,
    pub purpose: String,
    pub outcomes: Vec<String>,
    pub level: Option<String>,
    pub can_change: String,
    pub cannot_change: String,
    pub who_decides: String,
    pub area: Option<String>,
    pub org_level: Option<String>,
    pub roles: Vec<RoleInput>,
    pub topics: Vec<String>,
    pub time_commitment: Option<String>,
    pub way: String,
    pub venue: Option<String>,
    pub access: Vec<String>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub paid: bool,
    pub rate_pence: Option<i32>,
    pub rate_unit: Option<String>,
    pub places: i32,
    pub reserves: i32,
    pub owner: Option<uuid::Uuid>,
    pub budget_pence: Option<i32>,
}

/// What the form offers to choose from: the organisation's staff and its courses.
pub struct Lists {
    pub staff: Vec<(uuid::Uuid, String)>,
    pub courses: Vec<(uuid::Uuid, String)>,
}

fn known(values: &[String], list: Vocab) -> Vec<String> {
    values
        .iter()
        .filter(|v| vocab::contains(list, v))
        .cloned()
        .collect()
}

fn optional(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// One of the list's values, or None when nothing (or something forged) was sent.
fn one_of(value: &str, list: Vocab) -> Option<String> {
    vocab::contains(list, value).then(|| value.to_owned())
}

/// Reads "12.50", "£12.50" or "12" as pence.
pub fn parse_pence(text: &str) -> Option<i32> {
    let text = text.trim().trim_start_matches('£').replace(',', "");
    let (pounds, pence) = match text.split_once('.') {
        Some((p, d)) if d.len() == 2 => (p, d),
        Some((p, d)) if d.len() == 1 => return parse_pence(&format!("{p}.{d}0")),
        Some(_) => return None,
        None => (text.as_str(), "00"),
    };
    if pounds.is_empty()
        || !pounds
            .chars()
            .chain(pence.chars())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let total = pounds.parse::<i64>().ok()? * 100 + pence.parse::<i64>().ok()?;
    i32::try_from(total).ok()
}

pub fn show_pence(pence: i32) -> String {
    format!("£{}.{:02}", pence / 100, pence % 100)
}

/// The form again from what is stored, for editing.
pub fn form_from(
    o: &withus_db::entities::opportunity::Model,
    outcomes: &[String],
    roles: &[RoleInput],
    tags: &[(String, String)],
) -> OpportunityForm {
    let of = |list: &str| -> Vec<String> {
        tags.iter()
            .filter(|(l, _)| l == list)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let local = o.starts_at.map(|s| s.with_timezone(&London));
    let mut role_forms: Vec<RoleForm> = roles
        .iter()
        .map(|r| RoleForm {
            kind: r.kind.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            requires: r.requires.map(|c| c.to_string()).unwrap_or_default(),
        })
        .collect();
    role_forms.resize(ROLE_SLOTS.max(role_forms.len()), RoleForm::default());
    OpportunityForm {
        title: o.title.clone(),
        summary: o.summary.clone(),
        purpose: o.purpose.clone(),
        outcomes: outcomes.join("\n"),
        level: o.level.clone().unwrap_or_default(),
        can_change: o.can_change.clone(),
        cannot_change: o.cannot_change.clone(),
        who_decides: o.who_decides.clone(),
        area: o.area.clone().unwrap_or_default(),
        org_level: o.org_level.clone().unwrap_or_default(),
        roles: role_forms,
        topics: of("topic"),
        time_commitment: o.time_commitment.clone().unwrap_or_default(),
        way: o.way.clone(),
        venue: o.venue.clone().unwrap_or_default(),
        access: of("access"),
        day: local
            .map(|l| chrono::Datelike::day(&l).to_string())
            .unwrap_or_default(),
        month: local
            .map(|l| chrono::Datelike::month(&l).to_string())
            .unwrap_or_default(),
        year: local
            .map(|l| chrono::Datelike::year(&l).to_string())
            .unwrap_or_default(),
        from: o
            .starts_at
            .zip(o.ends_at)
            .map(|(s, e)| show_time(uk_session(s, e).1 as i32))
            .unwrap_or_default(),
        to: o
            .starts_at
            .zip(o.ends_at)
            .map(|(s, e)| show_time(uk_session(s, e).2 as i32))
            .unwrap_or_default(),
        paid: if o.paid { "yes".into() } else { "no".into() },
        rate: o
            .rate_pence
            .map(|p| format!("{}.{:02}", p / 100, p % 100))
            .unwrap_or_default(),
        rate_unit: o.rate_unit.clone().unwrap_or_default(),
        places: o.places.to_string(),
        reserves: o.reserves.to_string(),
        owner: o.owner_id.map(|id| id.to_string()).unwrap_or_default(),
        budget: o
            .budget_pence
            .map(|p| format!("{}.{:02}", p / 100, p % 100))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::dates::uk_time;

    #[test]
    fn money_is_read_as_pence() {
        assert_eq!(parse_pence("12.50"), Some(1250));
        assert_eq!(parse_pence("£20"), Some(2000));
        assert_eq!(parse_pence("1,200.5"), Some(120_050));
        assert_eq!(parse_pence("12.345"), None);
        assert_eq!(parse_pence("ten"), None);
        assert_eq!(parse_pence("-5"), None);
        assert_eq!(show_pence(1250), "£12.50");
    }

    #[test]
    fn a_uk_session_is_stored_in_utc_and_read_back_in_uk_time() {
        // 10:00 on a July Tuesday is 09:00 UTC (British Summer Time).
        let date = chrono::NaiveDate::from_ymd_opt(2027, 7, 6).unwrap();
        let starts = uk_time(date, 600).unwrap();
        assert_eq!(starts.to_rfc3339(), "2027-07-06T09:00:00+00:00");
        let ends = uk_time(date, 720).unwrap();
        assert_eq!(uk_session(starts, ends), (2, 600, 720));
    }

    #[test]
    fn a_draft_needs_a_title_summary_and_places() {
        let errors = OpportunityForm::default().check().unwrap_err();
        for field in ["title", "summary", "places"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        // How people take part can wait until it opens, but it must be one of the ways.
        assert!(errors.get("way").is_none());
        let forged = OpportunityForm {
            way: "by pigeon".into(),
            ..OpportunityForm::default()
        };
        assert!(forged.check().unwrap_err().get("way").is_some());
        let form = OpportunityForm {
            title: "Carers' strategy panel".into(),
            summary: "Help shape support for carers".into(),
            places: "8".into(),
            outcomes: "- Priorities reflect carers' views\n\n* A plain-English strategy\n".into(),
            roles: vec![RoleForm {
                kind: "panel_member".into(),
                ..RoleForm::default()
            }],
            ..OpportunityForm::default()
        };
        let input = form.check().unwrap();
        assert_eq!(
            input.outcomes,
            [
                "Priorities reflect carers' views",
                "A plain-English strategy"
            ]
        );
        assert_eq!(input.roles[0].name, "Panel member");
        assert_eq!(input.reserves, 0);
    }
}
