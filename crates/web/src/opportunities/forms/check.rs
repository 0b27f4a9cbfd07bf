//! The opportunity form read from what was typed and checked: errors in plain words, and the
//! values to store once nothing is wrong.

use chrono::{DateTime, Utc};

use crate::kit::dates::parse_time;
use crate::kit::dates::uk_time;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::opportunities::vocab::{self};

use super::*;

impl OpportunityForm {
    pub fn from_form(form: &FormData) -> Self {
        Self {
            title: form.one("title"),
            summary: form.one("summary"),
            purpose: form.one("purpose"),
            outcomes: form.one("outcomes"),
            level: form.one("level"),
            can_change: form.one("can_change"),
            cannot_change: form.one("cannot_change"),
            who_decides: form.one("who_decides"),
            area: form.one("area"),
            org_level: form.one("org_level"),
            roles: (1..=ROLE_SLOTS)
                .map(|i| RoleForm {
                    kind: form.one(&format!("role_kind_{i}")),
                    name: form.one(&format!("role_name_{i}")),
                    description: form.one(&format!("role_description_{i}")),
                    requires: form.one(&format!("role_requires_{i}")),
                })
                .collect(),
            topics: form.all("topics"),
            time_commitment: form.one("time_commitment"),
            way: form.one("way"),
            venue: form.one("venue"),
            access: form.all("access"),
            day: form.one("starts-day"),
            month: form.one("starts-month"),
            year: form.one("starts-year"),
            from: form.one("from"),
            to: form.one("to"),
            paid: form.one("paid"),
            rate: form.one("rate"),
            rate_unit: form.one("rate_unit"),
            places: form.one("places"),
            reserves: form.one("reserves"),
            owner: form.one("owner"),
            budget: form.one("budget"),
        }
    }

    pub fn check(&self) -> Result<OpportunityInput, Errors> {
        let mut errors = Errors::default();
        let title = self.title.trim();
        if title.is_empty() {
            errors.add("title", t("opp-error-title"));
        } else if title.chars().count() > 150 {
            errors.add("title", t("opp-error-title-long"));
        }
        if self.summary.trim().is_empty() {
            errors.add("summary", t("opp-error-summary"));
        }
        for (field, value) in [
            ("summary", &self.summary),
            ("purpose", &self.purpose),
            ("outcomes", &self.outcomes),
            ("can_change", &self.can_change),
            ("cannot_change", &self.cannot_change),
        ] {
            if value.chars().count() > 4000 {
                errors.add(field, t("opp-error-too-long"));
            }
        }
        // A draft may leave how people take part until later; opening needs it.
        let way = one_of(&self.way, vocab::WAYS);
        if way.is_none() && !self.way.is_empty() {
            errors.add("way", t("opp-error-way"));
        }
        let mut roles = Vec::new();
        for (i, role) in self.roles.iter().enumerate() {
            let slot = i + 1;
            let kind_known =
                role.kind == "own" || vocab::contains(vocab::PARTICIPATION_ROLES, &role.kind);
            let name = if role.name.trim().is_empty() && kind_known && role.kind != "own" {
                vocab::label(vocab::PARTICIPATION_ROLES, &role.kind)
            } else {
                role.name.trim().to_owned()
            };
            if !kind_known {
                if !role.name.trim().is_empty() || !role.description.trim().is_empty() {
                    errors.add(&format!("role_kind_{slot}"), t("opp-error-role-kind"));
                }
                continue;
            }
            if name.is_empty() {
                errors.add(&format!("role_name_{slot}"), t("opp-error-role-name"));
            }
            roles.push(RoleInput {
                kind: role.kind.clone(),
                name,
                description: role.description.trim().to_owned(),
                requires: uuid::Uuid::parse_str(&role.requires).ok(),
            });
        }
        let (starts_at, ends_at) = self.session(&mut errors);
        let paid = self.paid == "yes";
        let rate_pence = if paid {
            match parse_pence(&self.rate) {
                Some(p) if p > 0 => Some(p),
                _ => {
                    errors.add("rate", t("opp-error-rate"));
                    None
                }
            }
        } else {
            None
        };
        let count = |field: &str, text: &str, least: i32, errors: &mut Errors| {
            let text = if text.trim().is_empty() && least == 0 {
                "0"
            } else {
                text.trim()
            };
            match text.parse::<i32>() {
                Ok(n) if (least..=500).contains(&n) => n,
                _ => {
                    errors.add(field, t(&format!("opp-error-{field}")));
                    least
                }
            }
        };
        let places = count("places", &self.places, 1, &mut errors);
        let reserves = count("reserves", &self.reserves, 0, &mut errors);
        let budget_pence = if self.budget.trim().is_empty() {
            None
        } else {
            let parsed = parse_pence(&self.budget);
            if parsed.is_none() {
                errors.add("budget", t("opp-error-budget"));
            }
            parsed
        };
        let owner = optional(&self.owner).and_then(|o| uuid::Uuid::parse_str(&o).ok());
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(OpportunityInput {
            title: title.to_owned(),
            summary: self.summary.trim().to_owned(),
            purpose: self.purpose.trim().to_owned(),
            outcomes: self
                .outcomes
                .lines()
                .map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim())
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            level: one_of(&self.level, vocab::LEVELS),
            can_change: self.can_change.trim().to_owned(),
            cannot_change: self.cannot_change.trim().to_owned(),
            who_decides: self.who_decides.trim().to_owned(),
            area: one_of(&self.area, vocab::AREAS),
            org_level: one_of(&self.org_level, vocab::ORG_LEVELS),
            roles,
            topics: known(&self.topics, vocab::TOPICS),
            time_commitment: one_of(&self.time_commitment, vocab::TIME_COMMITMENTS),
            way: way.unwrap_or_default(),
            venue: optional(&self.venue),
            access: known(&self.access, vocab::ACCESS_NEEDS),
            starts_at,
            ends_at,
            paid,
            rate_pence,
            rate_unit: if paid {
                one_of(&self.rate_unit, vocab::RATE_UNITS)
            } else {
                None
            },
            places,
            reserves,
            owner,
            budget_pence,
        })
    }

    /// The first session: a UK date with start and end times, or nothing at all.
    fn session(&self, errors: &mut Errors) -> (Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        let typed = [&self.day, &self.month, &self.year, &self.from, &self.to];
        if typed.iter().all(|v| v.trim().is_empty()) {
            return (None, None);
        }
        let Some(date) = crate::kit::dates::typed(&self.day, &self.month, &self.year) else {
            errors.add("starts", t("opp-error-date"));
            return (None, None);
        };
        let (Some(from), Some(to)) = (parse_time(&self.from), parse_time(&self.to)) else {
            errors.add("from", t("opp-error-times"));
            return (None, None);
        };
        if to <= from {
            errors.add("to", t("opp-error-times-order"));
            return (None, None);
        }
        match (uk_time(date, from), uk_time(date, to)) {
            (Ok(starts), Ok(ends)) => (Some(starts), Some(ends)),
            (Err(_), _) => {
                errors.add("from", t("error-skipped-hour"));
                (None, None)
            }
            (_, Err(_)) => {
                errors.add("to", t("error-skipped-hour"));
                (None, None)
            }
        }
    }
}

/// The owner must be one of the organisation's staff and a role's requirement one of its
/// courses; anything else is dropped.
pub fn checked(form: &OpportunityForm, lists: &Lists) -> Result<OpportunityInput, Errors> {
    let known = |list: &[(uuid::Uuid, String)], id: uuid::Uuid| list.iter().any(|(i, _)| *i == id);
    let mut input = form.check()?;
    if input.owner.is_some_and(|o| !known(&lists.staff, o)) {
        input.owner = None;
    }
    for role in &mut input.roles {
        if role.requires.is_some_and(|c| !known(&lists.courses, c)) {
            role.requires = None;
        }
    }
    Ok(input)
}
