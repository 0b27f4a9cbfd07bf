//! The involved person's home, built around what is next for them: places offered that wait
//! for their answer first, then meetings coming (when, where, papers), claims they can make,
//! questionnaires waiting, and their named contact with how to reach them.

use askama::Template;
use axum::response::Response;
use chrono::Utc;
use uuid::Uuid;

use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::when;

/// A meeting coming, as the home page lists it.
struct MeetingNext {
    href: String,
    title: String,
    when: String,
    place: String,
    papers: String,
}

#[derive(Template)]
#[template(path = "home/member.html")]
struct MemberHome {
    page: Page,
    name: String,
    /// Places offered and not yet answered: (link, text).
    offers: Vec<(String, String)>,
    meetings: Vec<MeetingNext>,
    /// Meetings they took part in and have not claimed for: (link, text).
    claims: Vec<(String, String)>,
    /// Questionnaires waiting for them: (link, text).
    waiting: Vec<(String, String)>,
    /// Who to ask, in words with their email address, or that they have no named contact yet.
    contact: Option<(String, String)>,
}

impl MemberHome {
    fn nothing_next(&self) -> bool {
        self.offers.is_empty()
            && self.meetings.is_empty()
            && self.claims.is_empty()
            && self.waiting.is_empty()
    }
}

async fn meetings_next(tenant: &Tenant, person: Uuid) -> AppResult<Vec<MeetingNext>> {
    let coming = crate::meetings::coming_for(&tenant.scope, person, Utc::now()).await?;
    Ok(coming
        .into_iter()
        .map(|c| {
            let m = &c.meeting;
            let place = match &c.venue {
                Some((name, address)) => format!("{name}, {address}"),
                None => t("member-home-meeting-online"),
            };
            let papers = match c.papers {
                0 => t("member-home-meeting-no-papers"),
                n => t_args("member-home-meeting-papers", &[("count", &n.to_string())]),
            };
            MeetingNext {
                href: format!("/my/meetings/{}", m.id),
                title: m.title.clone(),
                when: when(m.starts_at, m.ends_at),
                place,
                papers,
            }
        })
        .collect())
}

pub async fn home(tenant: Tenant, page: Page) -> AppResult<Response> {
    let name = tenant.user.display_name.clone();
    let page = page.titled(t("member-home-title"));
    let Some(person) = crate::people::id_for_account(&tenant.scope, tenant.user.account_id).await?
    else {
        return html(MemberHome {
            page,
            name,
            offers: Vec::new(),
            meetings: Vec::new(),
            claims: Vec::new(),
            waiting: Vec::new(),
            contact: None,
        });
    };
    let scope = &tenant.scope;
    let offers = crate::opportunities::offers_waiting(scope, person)
        .await?
        .into_iter()
        .map(|(id, title)| {
            let text = t_args("member-home-offer-link", &[("title", &title)]);
            (format!("/my/opportunities/{id}"), text)
        })
        .collect();
    let claims = crate::payments::claimable(scope, person)
        .await?
        .into_iter()
        .map(|m| {
            let on = when(m.starts_at, m.ends_at);
            let text = t_args(
                "member-home-claim-link",
                &[("title", &m.title), ("when", &on)],
            );
            (format!("/my/payments/claim/{}", m.id), text)
        })
        .collect();
    html(MemberHome {
        page,
        name,
        offers,
        meetings: meetings_next(&tenant, person).await?,
        claims,
        waiting: crate::impact::questionnaires_waiting(scope, person).await?,
        contact: crate::people::named_contact(scope, person).await?,
    })
}
