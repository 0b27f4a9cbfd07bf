//! Opportunities' reads and writes, all through the organisation's scope.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder, TransactionTrait,
};
use uuid::Uuid;
use withus_db::entities::{
    invitation, opportunity, opportunity_outcome, opportunity_role, opportunity_status_change,
    opportunity_tag, person, unavailable_time,
};
use withus_db::sea_orm;
use withus_db::{OrgScope, choice_keys};

use crate::kit::dates::uk_session;
use crate::opportunities::forms::{OpportunityInput, RoleInput};
use crate::opportunities::matching::{Candidate, Offer, Window, misses, must_fit};

/// An opportunity with everything recorded about it.
pub struct Full {
    pub opportunity: opportunity::Model,
    pub outcomes: Vec<String>,
    pub roles: Vec<RoleInput>,
    /// (list, value): topics and the access needs it can meet.
    pub tags: Vec<(String, String)>,
    pub history: Vec<opportunity_status_change::Model>,
}

impl Full {
    pub fn tagged(&self, list: &str) -> Vec<String> {
        self.tags
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// Adds (id None) or changes an opportunity, replacing its outcomes, roles and tags.
pub async fn save(
    scope: &OrgScope,
    id: Option<Uuid>,
    input: &OpportunityInput,
    actor: Uuid,
) -> Result<Uuid, DbErr> {
    let org = scope.organisation_id();
    let now = Utc::now();
    let txn = scope.db().begin().await?;
    let opportunity_id = id.unwrap_or_else(Uuid::now_v7);
    let mut row = opportunity::ActiveModel {
        id: Set(opportunity_id),
        organisation_id: Set(org),
        title: Set(input.title.clone()),
        summary: Set(input.summary.clone()),
        purpose: Set(input.purpose.clone()),
        level: Set(input.level.clone()),
        can_change: Set(input.can_change.clone()),
        cannot_change: Set(input.cannot_change.clone()),
        who_decides: Set(input.who_decides.clone()),
        area: Set(input.area.clone()),
        org_level: Set(input.org_level.clone()),
        time_commitment: Set(input.time_commitment.clone()),
        way: Set(input.way.clone()),
        venue: Set(input.venue.clone()),
        starts_at: Set(input.starts_at),
        ends_at: Set(input.ends_at),
        paid: Set(input.paid),
        rate_pence: Set(input.rate_pence),
        rate_unit: Set(input.rate_unit.clone()),
        places: Set(input.places),
        reserves: Set(input.reserves),
        owner_id: Set(input.owner),
        budget_pence: Set(input.budget_pence),
        status: Set("draft".into()),
        // The cycle's notes are kept by the evaluation page; the form never touches them.
        act_notes: sea_orm::ActiveValue::NotSet,
        reflection: sea_orm::ActiveValue::NotSet,
        lessons: sea_orm::ActiveValue::NotSet,
        feedback_owed: sea_orm::ActiveValue::NotSet,
        created_at: Set(now),
        updated_at: Set(now),
    };
    if id.is_some() {
        row.id = sea_orm::ActiveValue::NotSet;
        row.organisation_id = sea_orm::ActiveValue::NotSet;
        row.status = sea_orm::ActiveValue::NotSet;
        row.created_at = sea_orm::ActiveValue::NotSet;
        scope
            .update_many::<opportunity::Entity>()
            .set(row)
            .filter(opportunity::Column::Id.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_outcome::Entity>()
            .filter(opportunity_outcome::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_role::Entity>()
            .filter(opportunity_role::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
        scope
            .delete_many::<opportunity_tag::Entity>()
            .filter(opportunity_tag::Column::OpportunityId.eq(opportunity_id))
            .exec(&txn)
            .await?;
    } else {
        scope.insert_many_in(&txn, vec![row]).await?;
        scope
            .insert_many_in(
                &txn,
                vec![status_row(org, opportunity_id, "draft", actor, now)],
            )
            .await?;
    }
    let outcomes = input
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, text)| opportunity_outcome::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org),
            opportunity_id: Set(opportunity_id),
            position: Set(i as i32 + 1),
            text: Set(text.clone()),
        })
        .collect();
    scope.insert_many_in(&txn, outcomes).await?;
    let roles = input
        .roles
        .iter()
        .map(|r| opportunity_role::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org),
            opportunity_id: Set(opportunity_id),
            kind: Set(r.kind.clone()),
            name: Set(r.name.clone()),
            description: Set(r.description.clone()),
            requires_course_id: Set(r.requires),
        })
        .collect();
    scope.insert_many_in(&txn, roles).await?;
    let tags = [("topic", &input.topics), ("access", &input.access)]
        .into_iter()
        .flat_map(|(list, values)| {
            values.iter().map(move |v| opportunity_tag::ActiveModel {
                organisation_id: Set(org),
                opportunity_id: Set(opportunity_id),
                list: Set(list.to_owned()),
                value: Set(v.clone()),
            })
        })
        .collect();
    scope.insert_many_in(&txn, tags).await?;
    txn.commit().await?;
    Ok(opportunity_id)
}

fn status_row(
    org: Uuid,
    opportunity_id: Uuid,
    status: &str,
    actor: Uuid,
    at: DateTime<Utc>,
) -> opportunity_status_change::ActiveModel {
    opportunity_status_change::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(org),
        opportunity_id: Set(opportunity_id),
        status: Set(status.to_owned()),
        changed_by: Set(Some(actor)),
        changed_at: Set(at),
    }
}

pub async fn load(scope: &OrgScope, id: Uuid) -> Result<Option<Full>, DbErr> {
    let found = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Id.eq(id))
        .all(scope.db())
        .await?;
    Ok(with_details(scope, found).await?.pop())
}

/// The topics of each of these opportunities.
pub async fn topics_of(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, Vec<String>>, DbErr> {
    let mut topics: HashMap<Uuid, Vec<String>> = HashMap::new();
    for t in scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.is_in(ids))
        .filter(opportunity_tag::Column::List.eq("topic"))
        .all(scope.db())
        .await?
    {
        topics.entry(t.opportunity_id).or_default().push(t.value);
    }
    Ok(topics)
}

/// Open opportunities (taking interest), newest first, with their details.
pub async fn open_for_interest(scope: &OrgScope) -> Result<Vec<Full>, DbErr> {
    let found = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Status.is_in(["open", "recruiting"]))
        .order_by_desc(opportunity::Column::CreatedAt)
        .all(scope.db())
        .await?;
    with_details(scope, found).await
}

/// Adds outcomes, roles, tags and history: four queries however many opportunities.
async fn with_details(
    scope: &OrgScope,
    opportunities: Vec<opportunity::Model>,
) -> Result<Vec<Full>, DbErr> {
    let ids: Vec<Uuid> = opportunities.iter().map(|o| o.id).collect();
    let mut outcomes: HashMap<Uuid, Vec<String>> = HashMap::new();
    for o in scope
        .find::<opportunity_outcome::Entity>()
        .filter(opportunity_outcome::Column::OpportunityId.is_in(ids.clone()))
        .order_by_asc(opportunity_outcome::Column::Position)
        .all(scope.db())
        .await?
    {
        outcomes.entry(o.opportunity_id).or_default().push(o.text);
    }
    let mut roles: HashMap<Uuid, Vec<RoleInput>> = HashMap::new();
    for r in scope
        .find::<opportunity_role::Entity>()
        .filter(opportunity_role::Column::OpportunityId.is_in(ids.clone()))
        .order_by_asc(opportunity_role::Column::Id)
        .all(scope.db())
        .await?
    {
        roles.entry(r.opportunity_id).or_default().push(RoleInput {
            kind: r.kind,
            name: r.name,
            description: r.description,
            requires: r.requires_course_id,
        });
    }
    let mut tags: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
    for t in scope
        .find::<opportunity_tag::Entity>()
        .filter(opportunity_tag::Column::OpportunityId.is_in(ids.clone()))
        .all(scope.db())
        .await?
    {
        tags.entry(t.opportunity_id)
            .or_default()
            .push((t.list, t.value));
    }
    let mut history: HashMap<Uuid, Vec<opportunity_status_change::Model>> = HashMap::new();
    for h in scope
        .find::<opportunity_status_change::Entity>()
        .filter(opportunity_status_change::Column::OpportunityId.is_in(ids))
        .order_by_asc(opportunity_status_change::Column::ChangedAt)
        .all(scope.db())
        .await?
    {
        history.entry(h.opportunity_id).or_default().push(h);
    }
    Ok(opportunities
        .into_iter()
        .map(|opportunity| {
            let id = opportunity.id;
            Full {
                opportunity,
                outcomes: outcomes.remove(&id).unwrap_or_default(),
                roles: roles.remove(&id).unwrap_or_default(),
                tags: tags.remove(&id).unwrap_or_default(),
                history: history.remove(&id).unwrap_or_default(),
            }
        })
        .collect())
}

/// Opportunities, newest first, optionally at one stage of the lifecycle.
pub async fn list(scope: &OrgScope, status: &str) -> Result<Vec<opportunity::Model>, DbErr> {
    let mut query = scope.find::<opportunity::Entity>();
    if !status.is_empty() {
        query = query.filter(opportunity::Column::Status.eq(status));
    }
    query
        .order_by_desc(opportunity::Column::CreatedAt)
        .all(scope.db())
        .await
}

/// Moves the opportunity along its lifecycle, if it is still where the caller saw it.
pub async fn set_status(
    scope: &OrgScope,
    id: Uuid,
    from: &str,
    to: &str,
    actor: Uuid,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let txn = scope.db().begin().await?;
    let moved = scope
        .update_many::<opportunity::Entity>()
        .col_expr(opportunity::Column::Status, Expr::value(to))
        .col_expr(opportunity::Column::UpdatedAt, Expr::value(now))
        .filter(opportunity::Column::Id.eq(id))
        .filter(opportunity::Column::Status.eq(from))
        .exec(&txn)
        .await?;
    if moved.rows_affected == 0 {
        return Ok(false);
    }
    scope
        .insert_many_in(
            &txn,
            vec![status_row(scope.organisation_id(), id, to, actor, now)],
        )
        .await?;
    // Reaching evaluating makes feedback owed to everyone confirmed.
    withus_db::feedback_owed::opportunities(scope, &txn, [id]).await?;
    txn.commit().await?;
    Ok(true)
}

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
pub(super) fn narrowed(offer: &Offer) -> Condition {
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

pub(super) fn window(w: &unavailable_time::Model) -> Window {
    Window {
        weekday: w.weekday as u8,
        start: w.start_minute.max(0) as u32,
        end: w.end_minute.max(0) as u32,
    }
}

pub(super) fn offer_lists(full: &Full) -> (Vec<String>, Vec<String>, Vec<String>) {
    let role_kinds = full.roles.iter().map(|r| r.kind.clone()).collect();
    (full.tagged("topic"), full.tagged("access"), role_kinds)
}

pub(super) fn role_needs(full: &Full) -> Vec<Option<Uuid>> {
    full.roles.iter().map(|r| r.requires).collect()
}

pub(super) fn offer<'a>(
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
