//! Asking for the questionnaire: the email with its link, to the involved people confirmed in
//! an opportunity and to its staff, leaving out those who have answered.

use uuid::Uuid;
use withus_db::entities::opportunity;

use super::queries;
use crate::AppState;
use crate::kit::error::AppResult;
use crate::kit::i18n::t_args;
use crate::kit::tenancy::Tenant;

/// Whom the questionnaire went to, and the involved people it could not reach by email, so
/// staff can phone or write to them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Invited {
    pub people: usize,
    pub not_emailed: usize,
    pub staff: usize,
}

impl Invited {
    pub fn total(&self) -> usize {
        self.people + self.staff
    }
}

/// Emails everyone confirmed in the opportunity the link to their questionnaire.
pub async fn invite(
    state: &AppState,
    tenant: &Tenant,
    o: &opportunity::Model,
) -> AppResult<Invited> {
    let confirmed = queries::confirmed_in(&tenant.scope, o.id).await?;
    // Those who have answered are not asked again when it is sent a second time.
    let answered = queries::answers(&tenant.scope, o.id).await?;
    let confirmed: Vec<Uuid> = confirmed
        .into_iter()
        .filter(|p| !answered.iter().any(|a| a.person_id == Some(*p)))
        .collect();
    let people = crate::people::by_ids(&tenant.scope, &confirmed).await?;
    let base = &state.config.public_url;
    // Someone erased asked to be forgotten: they are neither emailed nor owed a call.
    let people: Vec<_> = people.iter().filter(|p| p.erased_at.is_none()).collect();
    let mut to: Vec<(String, String, String)> = people
        .iter()
        .filter(|p| p.contact_by_email)
        .filter_map(|p| {
            let name = p
                .preferred_name
                .clone()
                .unwrap_or_else(|| p.given_name.clone());
            let link = format!("{base}/my/questionnaires/{}", o.id);
            p.email.clone().map(|address| (address, name, link))
        })
        .collect();
    let reached = to.len();
    // Staff: the opportunity's owner and staff expected at its meetings.
    let meetings = crate::meetings::for_opportunity(&tenant.scope, o.id).await?;
    let mut staff: Vec<Uuid> =
        queries::staff_expected_at(&tenant.scope, meetings.iter().map(|m| m.id))
            .await?
            .into_iter()
            .chain(o.owner_id)
            .collect();
    staff.sort();
    staff.dedup();
    staff.retain(|s| !answered.iter().any(|a| a.account_id == Some(*s)));
    let staff_link = format!("{base}/opportunities/{}/questionnaire", o.id);
    for a in queries::enabled_accounts(&tenant.scope, staff).await? {
        to.push((a.email, a.display_name, staff_link.clone()));
    }
    let subject = t_args("questionnaire-email-subject", &[("title", &o.title)]);
    let emails: Vec<(String, String)> = to
        .iter()
        .map(|(address, name, link)| {
            let body = t_args(
                "questionnaire-email",
                &[("name", name), ("title", &o.title), ("link", link)],
            );
            (address.clone(), body)
        })
        .collect();
    queries::queue_emails(&tenant.scope, &subject, &emails).await?;
    Ok(Invited {
        people: reached,
        not_emailed: people.len() - reached,
        staff: to.len() - reached,
    })
}
