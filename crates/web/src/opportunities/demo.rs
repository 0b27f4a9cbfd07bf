//! The demo organisation's opportunities: one at every stage of the lifecycle, every step of
//! the ladder and every area of work, with interest, choices and reasons. Synthetic only.

use chrono::{Duration, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::person;
use withus_db::sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder, QuerySelect};

use crate::opportunities::forms::{OpportunityInput, RoleInput};
use crate::opportunities::queries;

struct Demo {
    title: &'static str,
    summary: &'static str,
    purpose: &'static str,
    outcomes: &'static [&'static str],
    level: &'static str,
    area: &'static str,
    status: &'static str,
    role: &'static str,
    topics: &'static [&'static str],
    paid: bool,
    days_ahead: i64,
}

const DEMOS: &[Demo] = &[
    Demo {
        title: "Teach second-year social work students about caring",
        summary: "Share your experience of caring with students in a two-hour class, with a lecturer beside you.",
        purpose: "Students learn from people who live it, not only from books.",
        outcomes: &[
            "Students can say what carers find helpful",
            "Carers' words are in the module handbook",
        ],
        level: "consulting",
        area: "teaching",
        status: "open",
        role: "expert_by_experience",
        topics: &["carers", "social_work_education"],
        paid: true,
        days_ahead: 30,
    },
    Demo {
        title: "Interview panel for a new team manager",
        summary: "Sit on the panel that interviews candidates for the community mental health team manager.",
        purpose: "The people the team serves help choose who leads it.",
        outcomes: &["A panel member with lived experience scores every candidate"],
        level: "participation",
        area: "staff_recruitment",
        status: "recruiting",
        role: "panel_member",
        topics: &["mental_health"],
        paid: true,
        days_ahead: 21,
    },
    Demo {
        title: "Redesign the carers' assessment form",
        summary: "Work with us over four sessions to rewrite the carers' assessment so it makes sense.",
        purpose: "The form is long and confusing; carers know what it should ask.",
        outcomes: &[
            "A shorter form tested with ten carers",
            "Fewer assessments left unfinished",
        ],
        level: "delegated_power",
        area: "service_design",
        status: "active",
        role: "co_worker",
        topics: &["carers"],
        paid: true,
        days_ahead: -10,
    },
    Demo {
        title: "Carers' reference group: what should we buy?",
        summary: "Tell commissioners which short breaks services carers need most.",
        purpose: "Spend the short breaks budget on what carers value.",
        outcomes: &["Priorities for the short breaks tender come from carers"],
        level: "consulting",
        area: "commissioning",
        status: "evaluating",
        role: "critical_friend",
        topics: &["carers", "older_people"],
        paid: false,
        days_ahead: -60,
    },
    Demo {
        title: "Service user seat on the quality board",
        summary: "Join the board that checks the quality of home care, with a seat and a vote.",
        purpose: "People who use home care hold providers to account.",
        outcomes: &["Every quality report is read by someone who uses the service"],
        level: "empowerment",
        area: "governance",
        status: "closed",
        role: "ambassador",
        topics: &["older_people", "physical_disability"],
        paid: true,
        days_ahead: -150,
    },
    Demo {
        title: "Co-deliver autism awareness training to staff",
        summary: "Deliver part of the staff training on autism with a trainer.",
        purpose: "Staff hear directly from autistic people about what helps.",
        outcomes: &[
            "Staff rate the session as useful",
            "Three changes to practice are agreed",
        ],
        level: "participation",
        area: "staff_training",
        status: "draft",
        role: "trainer",
        topics: &["autism"],
        paid: true,
        days_ahead: 45,
    },
    Demo {
        title: "Enter and view visits to day centres",
        summary: "Visit day centres with a member of staff and say what you see.",
        purpose: "Visits by people who use services find what inspections miss.",
        outcomes: &[
            "A short report for each centre",
            "Actions followed up within three months",
        ],
        level: "researching",
        area: "quality_monitoring",
        status: "open",
        role: "consultant",
        topics: &["learning_disability", "older_people"],
        paid: false,
        days_ahead: 14,
    },
    Demo {
        title: "Research advisory group on dementia support",
        summary: "Advise the university team studying support after a dementia diagnosis.",
        purpose: "The research asks questions that matter to families.",
        outcomes: &["Research questions agreed with families"],
        level: "researching",
        area: "research",
        status: "recruiting",
        role: "critical_friend",
        topics: &["dementia"],
        paid: true,
        days_ahead: 20,
    },
    Demo {
        title: "Newsletter: changes to adult social care charges",
        summary: "Read about the changes to charges from April, and ask us questions.",
        purpose: "People know about changes that affect them before they happen.",
        outcomes: &["Questions answered in the next newsletter"],
        level: "informing",
        area: "governance",
        status: "active",
        role: "ambassador",
        topics: &["older_people"],
        paid: false,
        days_ahead: -5,
    },
];

fn input(d: &Demo) -> OpportunityInput {
    let starts = (Utc::now() + Duration::days(d.days_ahead))
        .date_naive()
        .and_hms_opt(10, 0, 0)
        .map(|t| t.and_utc());
    OpportunityInput {
        title: d.title.into(),
        summary: d.summary.into(),
        purpose: d.purpose.into(),
        outcomes: d.outcomes.iter().map(|o| (*o).to_owned()).collect(),
        level: Some(d.level.into()),
        can_change: "What happens in the sessions and what we write down".into(),
        cannot_change: "The law and the council's overall budget".into(),
        who_decides: "The head of adult social care, with the group's advice".into(),
        area: Some(d.area.into()),
        org_level: Some(
            if d.area == "governance" {
                "strategic"
            } else {
                "service"
            }
            .into(),
        ),
        roles: vec![RoleInput {
            kind: d.role.into(),
            name: crate::kit::vocab::label(crate::kit::vocab::PARTICIPATION_ROLES, d.role),
            description:
                "Come to the sessions, read short papers beforehand, and say what you think.".into(),
            requires: None,
        }],
        topics: d.topics.iter().map(|t| (*t).to_owned()).collect(),
        time_commitment: Some("few_hours_month".into()),
        way: "both".into(),
        venue: Some("Northbrook Town Hall, Committee Room 2 (step-free)".into()),
        access: vec![
            "step_free".into(),
            "hearing_loop".into(),
            "breaks".into(),
            "large_print".into(),
            "travel_booked".into(),
            "quiet_room".into(),
        ],
        starts_at: starts,
        ends_at: starts.map(|s| s + Duration::hours(2)),
        paid: d.paid,
        rate_pence: d.paid.then_some(2500),
        rate_unit: d.paid.then(|| "session".into()),
        places: 4,
        reserves: 2,
        owner: None,
        budget_pence: Some(150_000),
    }
}

/// Interest and decisions, so every stage after opening has people in it.
const DECISIONS: [(&str, Option<&str>); 6] = [
    ("confirmed", None),
    ("confirmed", None),
    ("offered", None),
    ("reserve", None),
    (
        "not_selected",
        Some(
            "We had many carers this time and needed people who use the service. We will tell you about the next one.",
        ),
    ),
    ("interested", None),
];

pub async fn seed(scope: &OrgScope, actor: Uuid) -> Result<(), DbErr> {
    let people: Vec<Uuid> = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::AccountId.is_null())
        .order_by_asc(person::Column::Id)
        .limit(120)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    for (n, d) in DEMOS.iter().enumerate() {
        let id = queries::save(scope, None, &input(d), actor).await?;
        let order = crate::opportunities::lifecycle::ORDER;
        let steps = order.iter().position(|s| *s == d.status).unwrap_or(0);
        for w in order[..=steps].windows(2) {
            queries::set_status(scope, id, w[0], w[1], actor).await?;
        }
        if steps < 1 {
            continue;
        }
        if d.title == LOTTERY {
            lottery_pool(scope, id, &people).await?;
            continue;
        }
        let Some(full) = queries::load(scope, id).await? else {
            continue;
        };
        for (i, (status, reason)) in DECISIONS.iter().enumerate() {
            let Some(person) = people.get((n * 11 + i * 7) % people.len().max(1)) else {
                continue;
            };
            queries::express(
                scope,
                id,
                *person,
                Some("I would like to help with this.".into()),
                None,
            )
            .await?;
            let Some(interest) = queries::interest_of(scope, id, *person).await? else {
                continue;
            };
            if *status != "interested" {
                queries::decide(
                    scope,
                    &full.opportunity,
                    interest.id,
                    status,
                    reason.map(str::to_owned),
                    Some(actor),
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// The opportunity whose places are left to a fair lottery in the demo.
pub const LOTTERY: &str = "Research advisory group on dementia support";

/// Two dozen people waiting for a decision, and quotas on role, ready to draw.
async fn lottery_pool(scope: &OrgScope, id: Uuid, people: &[Uuid]) -> Result<(), DbErr> {
    for person in people.iter().skip(60).take(24) {
        queries::express(scope, id, *person, None, None).await?;
    }
    crate::opportunities::lottery::queries::set_quotas(
        scope,
        id,
        &[
            ("involvement_role", "carer", 1, 2),
            ("involvement_role", "service_user", 1, 3),
        ],
    )
    .await
}
