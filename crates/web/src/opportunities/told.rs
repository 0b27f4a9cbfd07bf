//! After a decision on someone's interest: telling them by email when they agreed to it, and
//! saying on the interest page what was decided and whether the email went, so a coordinator
//! knows when to phone or write instead.

use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::{interest, person};

use crate::kit::components::NotificationBanner;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::tenancy::Tenant;
use crate::opportunities::queries::{self, Full};
use crate::people::display_name;

/// Only people who agreed to email, with an address, are emailed.
pub fn can_email(p: &person::Model) -> bool {
    p.contact_by_email && p.email.is_some() && p.status == "active" && p.erased_at.is_none()
}

/// Emails the person what was decided, if they agreed to email. Answers whether it went.
pub async fn tell(
    tenant: &Tenant,
    base: &str,
    full: &Full,
    person: &person::Model,
    decision: &str,
    reason: Option<&str>,
) -> AppResult<bool> {
    let Some(email) = person.email.as_deref().filter(|_| can_email(person)) else {
        return Ok(false);
    };
    let o = &full.opportunity;
    let link = format!("{base}/my/opportunities/{}", o.id);
    let name = person
        .preferred_name
        .as_deref()
        .unwrap_or(&person.given_name);
    let args = [
        ("name", name),
        ("title", o.title.as_str()),
        ("link", link.as_str()),
        ("reason", reason.unwrap_or_default()),
    ];
    let (subject, body) = match decision {
        "offered" => ("opp-told-offered-subject", "opp-told-offered-email"),
        "confirmed" => ("opp-told-confirmed-subject", "opp-told-confirmed-email"),
        "reserve" => ("opp-told-reserve-subject", "opp-told-reserve-email"),
        _ => (
            "opp-told-not-selected-subject",
            "opp-told-not-selected-email",
        ),
    };
    queries::queue_email(
        &tenant.scope,
        email,
        &t_args(subject, &args),
        &t_args(body, &args),
    )
    .await?;
    Ok(true)
}

/// Where the interest page goes after a decision on `interest_id`.
pub fn done(opportunity_id: Uuid, interest_id: Uuid, emailed: bool) -> String {
    let emailed = if emailed { "yes" } else { "no" };
    format!("/opportunities/{opportunity_id}/interest?decided={interest_id}&emailed={emailed}")
}

/// `?decided=…&emailed=…` after a decision.
#[derive(Deserialize, Default)]
pub struct Decided {
    #[serde(default)]
    decided: String,
    #[serde(default)]
    emailed: String,
}

/// The banner for the decision just saved: what the interest now stands at (read back, not
/// taken from the address), and whether the person was emailed.
pub fn banner(
    decided: &Decided,
    rows: &[(interest::Model, person::Model)],
) -> Option<NotificationBanner> {
    let id = Uuid::parse_str(&decided.decided).ok()?;
    let (interest, person) = rows.iter().find(|(i, _)| i.id == id)?;
    let key = match interest.status.as_str() {
        "offered" => "opp-decided-offered",
        "confirmed" => "opp-decided-confirmed",
        "reserve" => "opp-decided-reserve",
        "not_selected" => "opp-decided-not-selected",
        _ => return None,
    };
    let name = display_name(person);
    let what = t_args(key, &[("name", &name)]);
    let how = if decided.emailed == "yes" {
        t("opp-decided-emailed")
    } else {
        t("opp-decided-not-emailed")
    };
    Some(NotificationBanner::success(format!("{what} {how}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_after_a_decision_says_whether_an_email_went() {
        let (o, i) = (Uuid::nil(), Uuid::max());
        assert!(done(o, i, true).ends_with(&format!("decided={i}&emailed=yes")));
        assert!(done(o, i, false).ends_with("&emailed=no"));
    }

    #[test]
    fn an_unknown_or_missing_interest_shows_no_banner() {
        let decided = Decided {
            decided: "not-an-id".into(),
            emailed: "yes".into(),
        };
        assert!(banner(&decided, &[]).is_none());
        assert!(banner(&Decided::default(), &[]).is_none());
    }
}
