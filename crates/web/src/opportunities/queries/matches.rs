//! Who matches an opportunity (their choices, times and access needs), all of them or a page
//! at a time, and the invitations and emails sent.

use std::collections::{HashMap, HashSet, VecDeque};

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;
use withus_db::entities::{invitation, person, unavailable_time};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;
use withus_db::{OrgScope, choice_keys};

use crate::kit::dates::uk_session;
use crate::opportunities::matching::{Candidate, Offer, Window, misses, must_fit};
use crate::opportunities::told::can_email;
use crate::people::After;

use super::Full;

/// Ids in one statement, at most: SQLite takes 32,766 values, PostgreSQL 65,535.
const ID_SLICE: usize = 10_000;

/// Active people whose choices, times and access needs fit the opportunity. The database
/// first leaves out people whose choices in a list rule them out (`must_fit`), from their
/// rows alone, so only the likely few are loaded; `misses` then decides for each.
pub async fn matches(scope: &OrgScope, full: &Full) -> Result<Vec<person::Model>, DbErr> {
    let (topics, access, role_kinds) = offer_lists(full);
    let needs = role_needs(full);
    let offer = offer(full, &topics, &access, &role_kinds, &needs);
    let people = scope
        .find::<person::Entity>()
        .filter(narrowed(&offer))
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .all(scope.db())
        .await?;
    let mut windows: HashMap<Uuid, Vec<Window>> = HashMap::new();
    // In slices, to stay under the databases' limits on values in one statement.
    for ids in people.chunks(ID_SLICE).filter(|_| offer.session.is_some()) {
        for w in scope
            .find::<unavailable_time::Entity>()
            .filter(unavailable_time::Column::PersonId.is_in(ids.iter().map(|p| p.id)))
            .all(scope.db())
            .await?
        {
            windows.entry(w.person_id).or_default().push(window(&w));
        }
    }
    let holds = if needs.iter().any(Option::is_some) {
        crate::support::valid_holdings(scope, crate::kit::dates::today()).await?
    } else {
        HashMap::new()
    };
    Ok(people
        .into_iter()
        .filter(|p| {
            let candidate = Candidate {
                status: &p.status,
                choices: &choice_keys::read(&p.choice_keys),
                paid_preference: &p.paid_preference,
                cannot_do: windows.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
                holds: holds.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
            };
            misses(&offer, &candidate).is_empty()
        })
        .collect())
}

/// Active people not ruled out by a list they chose from: for each list the offer has values
/// in, they chose nothing from it or chose one of those values.
pub(in crate::opportunities) fn narrowed(offer: &Offer) -> Condition {
    use sea_orm::sea_query::{ExprTrait, LikeExpr};
    let keys = || Expr::col((person::Entity, person::Column::ChoiceKeys));
    let like = |pattern: String| LikeExpr::new(pattern).escape('\\');
    let mut narrowed = Condition::all()
        .add(person::Column::Status.eq("active"))
        .add(person::Column::ErasedAt.is_null());
    for (list, offered, _) in must_fit(offer) {
        let mut fits = Condition::any().add(keys().not_like(like(choice_keys::chose_from(list))));
        for value in offered {
            fits = fits.add(keys().like(like(choice_keys::chose(list, value))));
        }
        narrowed = narrowed.add(fits);
    }
    narrowed
}

pub(in crate::opportunities) fn window(w: &unavailable_time::Model) -> Window {
    Window {
        weekday: w.weekday as u8,
        start: w.start_minute.max(0) as u32,
        end: w.end_minute.max(0) as u32,
    }
}

pub(in crate::opportunities) fn offer_lists(
    full: &Full,
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let role_kinds = full.roles.iter().map(|r| r.kind.clone()).collect();
    (full.tagged("topic"), full.tagged("access"), role_kinds)
}

pub(in crate::opportunities) fn role_needs(full: &Full) -> Vec<Option<Uuid>> {
    full.roles.iter().map(|r| r.requires).collect()
}

pub(in crate::opportunities) fn offer<'a>(
    full: &'a Full,
    topics: &'a [String],
    access: &'a [String],
    role_kinds: &'a [String],
    role_needs: &'a [Option<Uuid>],
) -> Offer<'a> {
    let o = &full.opportunity;
    Offer {
        topics,
        area: o.area.as_deref(),
        role_kinds,
        level: o.level.as_deref(),
        way: &o.way,
        paid: o.paid,
        access,
        session: o.starts_at.zip(o.ends_at).map(|(s, e)| uk_session(s, e)),
        role_needs,
    }
}

/// Whether one person's choices fit, for their own list of opportunities. `holds` are the
/// courses and checks they hold that have not run out.
pub fn matches_person(full: &Full, me: &crate::people::Details, holds: &[Uuid]) -> bool {
    let (topics, access, role_kinds) = offer_lists(full);
    let needs = role_needs(full);
    let windows: Vec<Window> = me.times.iter().map(window).collect();
    let candidate = Candidate {
        status: &me.person.status,
        choices: &me.choices,
        paid_preference: &me.person.paid_preference,
        cannot_do: &windows,
        holds,
    };
    misses(
        &offer(full, &topics, &access, &role_kinds, &needs),
        &candidate,
    )
    .is_empty()
}

/// People already invited to this opportunity.
pub async fn invited(scope: &OrgScope, opportunity_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(scope
        .find::<invitation::Entity>()
        .filter(invitation::Column::OpportunityId.eq(opportunity_id))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect())
}

pub async fn record_invitation(
    scope: &OrgScope,
    opportunity_id: Uuid,
    person_id: Uuid,
) -> Result<(), DbErr> {
    scope
        .insert(invitation::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            opportunity_id: Set(opportunity_id),
            person_id: Set(person_id),
            sent_at: Set(Utc::now()),
        })
        .await
}

/// Queues an email to one person in the outbox, for the mail worker to send.
pub async fn queue_email(
    scope: &OrgScope,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<Uuid, DbErr> {
    outbox::enqueue(
        scope,
        NewMessage {
            to,
            subject,
            body,
            calendar: None,
        },
        Utc::now(),
    )
    .await
}

/// Matches a page shows.
pub const PER_PAGE: u64 = 50;
/// People read from the database at a time while matching.
const BATCH: u64 = 1000;

/// One page of the people who match, and what is known of all of them.
pub struct Found {
    /// The page's people in name order, each with whether they have been invited.
    pub people: Vec<(person::Model, bool)>,
    pub total: u64,
    /// Matches who get email and have not been invited yet.
    pub to_invite: u64,
    pub page: u64,
    pub pages: u64,
}

/// Page `asked` (from 1) of the people who match; past the last page, the last page. The
/// rules stay in `matching::misses` (times, access needs, pay and training are not all
/// questions one query can answer), so the people the database has not already ruled out are
/// read in name order a thousand at a time, each batch judged and counted, and only the page
/// asked for is kept: memory stays the same however many match, and the count shown is exact.
pub async fn page_of_matches(scope: &OrgScope, full: &Full, asked: u64) -> Result<Found, DbErr> {
    let (topics, access, role_kinds) = offer_lists(full);
    let needs = role_needs(full);
    let offer = offer(full, &topics, &access, &role_kinds, &needs);
    let holds = if needs.iter().any(Option::is_some) {
        crate::support::valid_holdings(scope, crate::kit::dates::today()).await?
    } else {
        HashMap::new()
    };
    let asked = asked.max(1);
    let first = (asked - 1).saturating_mul(PER_PAGE);
    let shown = first..first.saturating_add(PER_PAGE);
    let mut kept = Vec::new();
    // The latest page's worth of matches, in case the page asked for is past the end.
    let mut latest: VecDeque<(person::Model, bool)> = VecDeque::new();
    let (mut total, mut to_invite) = (0u64, 0u64);
    let mut after: Option<After> = None;
    loop {
        let batch = candidates(scope, &offer, after.as_ref()).await?;
        let ids: Vec<Uuid> = batch.iter().map(|p| p.id).collect();
        let windows = if offer.session.is_some() && !ids.is_empty() {
            windows_of(scope, &ids).await?
        } else {
            HashMap::new()
        };
        let invited = if ids.is_empty() {
            HashSet::new()
        } else {
            invited_among(scope, full.opportunity.id, &ids).await?
        };
        let more = batch.len() as u64 == BATCH;
        after = batch.last().map(After::of);
        for p in batch {
            let choices = choice_keys::read(&p.choice_keys);
            let candidate = Candidate {
                status: &p.status,
                choices: &choices,
                paid_preference: &p.paid_preference,
                cannot_do: windows.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
                holds: holds.get(&p.id).map(Vec::as_slice).unwrap_or(&[]),
            };
            if !misses(&offer, &candidate).is_empty() {
                continue;
            }
            let was_invited = invited.contains(&p.id);
            if can_email(&p) && !was_invited {
                to_invite += 1;
            }
            if shown.contains(&total) {
                kept.push((p.clone(), was_invited));
            }
            latest.push_back((p, was_invited));
            if latest.len() as u64 > PER_PAGE {
                latest.pop_front();
            }
            total += 1;
        }
        if !more {
            break;
        }
    }
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = asked.min(pages);
    if page < asked {
        let on_last = (total - (pages - 1) * PER_PAGE) as usize;
        let skip = latest.len().saturating_sub(on_last);
        kept = latest.into_iter().skip(skip).collect();
    }
    Ok(Found {
        people: kept,
        total,
        to_invite,
        page,
        pages,
    })
}

/// The next batch of people the database has not ruled out, in name order.
async fn candidates(
    scope: &OrgScope,
    offer: &Offer<'_>,
    after: Option<&After>,
) -> Result<Vec<person::Model>, DbErr> {
    let mut query = scope.find::<person::Entity>().filter(narrowed(offer));
    if let Some(after) = after {
        query = query.filter(after.condition());
    }
    query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .order_by_asc(person::Column::Id)
        .limit(BATCH)
        .all(scope.db())
        .await
}

/// The times these people cannot do.
async fn windows_of(scope: &OrgScope, ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Window>>, DbErr> {
    let mut windows: HashMap<Uuid, Vec<Window>> = HashMap::new();
    for w in scope
        .find::<unavailable_time::Entity>()
        .filter(unavailable_time::Column::PersonId.is_in(ids.iter().copied()))
        .all(scope.db())
        .await?
    {
        windows.entry(w.person_id).or_default().push(window(&w));
    }
    Ok(windows)
}

/// Which of these people have been invited to the opportunity.
async fn invited_among(
    scope: &OrgScope,
    opportunity_id: Uuid,
    ids: &[Uuid],
) -> Result<HashSet<Uuid>, DbErr> {
    Ok(scope
        .find::<invitation::Entity>()
        .filter(invitation::Column::OpportunityId.eq(opportunity_id))
        .filter(invitation::Column::PersonId.is_in(ids.iter().copied()))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect())
}
