//! What carers said in the demo's reference group, and what became of each in the six impact
//! areas: the "you said, we did" of the demo organisation.

use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::person;
use withus_db::sea_orm::DbErr;

use crate::impact::queries::{ContributionInput, save_contribution};
use crate::kit::dates::days_ago;

struct Said {
    who: Who,
    kind: &'static str,
    said: &'static str,
    days: i64,
    status: &'static str,
    outcome: Option<&'static str>,
    level: Option<&'static str>,
    areas: &'static [&'static str],
    evidence: Option<&'static str>,
}

enum Who {
    Jo,
    Other(usize),
    Group,
}

const SAID: &[Said] = &[
    Said {
        who: Who::Jo,
        kind: "idea",
        said: "Hold some workshops in the evening so carers who work can come.",
        days: 280,
        status: "changed",
        outcome: Some(
            "Every third workshop is now at 6pm, and we pay for replacement care while carers attend.",
        ),
        level: Some("strategic"),
        areas: &["delivery", "equality"],
        evidence: Some("Reference group terms of reference, version 2"),
    },
    Said {
        who: Who::Group,
        kind: "recommendation",
        said: "Spend more of the carers' budget on short breaks, and less on leaflets.",
        days: 260,
        status: "changed",
        outcome: Some(
            "The 2026 commissioning plan moves £40,000 from information services to short breaks.",
        ),
        level: Some("strategic"),
        areas: &["policy", "outputs"],
        evidence: Some("Commissioning plan 2026, section 4; cabinet decision 14 March"),
    },
    Said {
        who: Who::Other(0),
        kind: "concern",
        said: "Staff talk over carers in reviews, as if we were not in the room.",
        days: 200,
        status: "changed",
        outcome: Some(
            "Reviewing officers now ask the carer first, and this is part of their induction.",
        ),
        level: Some("individual"),
        areas: &["ethos"],
        evidence: Some("Induction pack, page 12"),
    },
    Said {
        who: Who::Other(1),
        kind: "idea",
        said: "Send letters in easy read to people who need it.",
        days: 150,
        status: "changed",
        outcome: Some("Review letters now come in easy read for everyone who asks."),
        level: Some("individual"),
        areas: &["experience", "equality"],
        evidence: Some("Letter templates, April"),
    },
    Said {
        who: Who::Group,
        kind: "recommendation",
        said: "Make parking free for carers at the day centre.",
        days: 110,
        status: "not_changed",
        outcome: Some(
            "The car park belongs to the hospital trust, not to us, and they said no. We have asked them to look again next year and will tell you what they say.",
        ),
        level: None,
        areas: &[],
        evidence: None,
    },
    Said {
        who: Who::Jo,
        kind: "concern",
        said: "The carers' assessment form is too long: it took me three evenings.",
        days: 45,
        status: "open",
        outcome: None,
        level: None,
        areas: &[],
        evidence: None,
    },
];

pub(super) async fn contributions(
    scope: &OrgScope,
    opportunity: Uuid,
    jo: Uuid,
    others: &[person::Model],
    by: Uuid,
) -> Result<(), DbErr> {
    for s in SAID {
        let people = match s.who {
            Who::Jo => vec![jo],
            Who::Other(i) => others.get(i).map(|p| p.id).into_iter().collect(),
            Who::Group => Vec::new(),
        };
        let input = ContributionInput {
            opportunity_id: opportunity,
            meeting_id: None,
            kind: s.kind.into(),
            said: s.said.into(),
            said_on: days_ago(s.days),
            people,
            status: s.status.into(),
            outcome: s.outcome.map(str::to_owned),
            level: s.level.map(str::to_owned),
            areas: s.areas.iter().map(|a| (*a).to_owned()).collect(),
            evidence: s.evidence.map(str::to_owned),
            outcome_on: s.outcome.map(|_| days_ago(s.days - 30)),
        };
        save_contribution(scope, None, &input, by).await?;
    }
    Ok(())
}
