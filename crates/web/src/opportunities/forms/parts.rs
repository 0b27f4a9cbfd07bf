//! The opportunity form in parts, for the GOV.UK task list: which fields each part holds, how
//! a part's answers join what is already stored, and when a part counts as done.

use super::OpportunityForm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    About,
    Say,
    Roles,
    When,
    Places,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::About,
        Part::Say,
        Part::Roles,
        Part::When,
        Part::Places,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Part::About => "about",
            Part::Say => "say",
            Part::Roles => "roles",
            Part::When => "when",
            Part::Places => "places",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The message key of the part's name, as the task list and its page heading show it.
    pub fn title_key(self) -> &'static str {
        match self {
            Part::About => "opp-part-about",
            Part::Say => "opp-part-say",
            Part::Roles => "opp-part-roles",
            Part::When => "opp-part-when",
            Part::Places => "opp-part-places",
        }
    }

    /// Copies this part's answers from what was sent onto the rest of the form. Boxes that
    /// can be unticked (topics, access) are taken as sent, so unticking them all clears them.
    pub fn take(self, into: &mut OpportunityForm, sent: &OpportunityForm) {
        let s = sent.clone();
        match self {
            Part::About => {
                into.title = s.title;
                into.summary = s.summary;
                into.purpose = s.purpose;
                into.outcomes = s.outcomes;
                into.topics = s.topics;
            }
            Part::Say => {
                into.level = s.level;
                into.can_change = s.can_change;
                into.cannot_change = s.cannot_change;
                into.who_decides = s.who_decides;
                into.area = s.area;
                into.org_level = s.org_level;
            }
            Part::Roles => into.roles = s.roles,
            Part::When => {
                into.time_commitment = s.time_commitment;
                into.way = s.way;
                into.venue = s.venue;
                into.access = s.access;
                into.day = s.day;
                into.month = s.month;
                into.year = s.year;
                into.from = s.from;
                into.to = s.to;
            }
            Part::Places => {
                into.paid = s.paid;
                into.rate = s.rate;
                into.rate_unit = s.rate_unit;
                into.places = s.places;
                into.reserves = s.reserves;
                into.owner = s.owner;
                into.budget = s.budget;
            }
        }
    }

    /// Whether the part holds what the opportunity needs from it: for the first four, what
    /// opening needs (the lifecycle's rules); for the last, someone to look after it.
    pub fn done(self, f: &OpportunityForm) -> bool {
        let filled = |v: &str| !v.trim().is_empty();
        match self {
            Part::About => filled(&f.title) && filled(&f.purpose) && filled(&f.outcomes),
            Part::Say => {
                filled(&f.level)
                    && filled(&f.can_change)
                    && filled(&f.cannot_change)
                    && filled(&f.who_decides)
            }
            Part::Roles => {
                let chosen: Vec<_> = f.roles.iter().filter(|r| filled(&r.kind)).collect();
                !chosen.is_empty() && chosen.iter().all(|r| filled(&r.description))
            }
            Part::When => filled(&f.way),
            Part::Places => filled(&f.owner),
        }
    }

    /// Whether an opportunity can open without this part done.
    pub fn needed_to_open(self) -> bool {
        matches!(self, Part::About | Part::Say | Part::When)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opportunities::forms::RoleForm;

    fn stored() -> OpportunityForm {
        OpportunityForm {
            title: "Carers' panel".into(),
            summary: "Help shape support".into(),
            topics: vec!["carers".into()],
            way: "online".into(),
            places: "8".into(),
            access: vec!["hearing_loop".into()],
            ..OpportunityForm::default()
        }
    }

    #[test]
    fn a_part_changes_only_its_own_fields() {
        let mut form = stored();
        let sent = OpportunityForm {
            title: "New title".into(),
            way: "in_person".into(),
            places: "99".into(),
            ..OpportunityForm::default()
        };
        Part::About.take(&mut form, &sent);
        assert_eq!(form.title, "New title");
        assert_eq!(form.summary, "", "what was cleared on the part is cleared");
        assert!(form.topics.is_empty(), "unticked boxes are cleared");
        assert_eq!(form.way, "online", "other parts are left as stored");
        assert_eq!(form.places, "8");
        assert_eq!(form.access, ["hearing_loop"]);
        Part::When.take(&mut form, &sent);
        assert_eq!(form.way, "in_person");
        assert!(form.access.is_empty());
        assert_eq!(form.places, "8");
        Part::Places.take(&mut form, &sent);
        assert_eq!(form.places, "99");
    }

    #[test]
    fn every_part_has_its_own_slug() {
        for part in Part::ALL {
            assert_eq!(Part::from_slug(part.slug()), Some(part));
        }
        assert_eq!(Part::from_slug("everything"), None);
    }

    #[test]
    fn a_part_is_done_when_it_holds_what_opening_needs() {
        let mut form = stored();
        assert!(!Part::About.done(&form));
        form.purpose = "Carers know best".into();
        form.outcomes = "A better leaflet".into();
        assert!(Part::About.done(&form));
        assert!(Part::When.done(&form));
        form.way.clear();
        assert!(!Part::When.done(&form));

        assert!(!Part::Roles.done(&form), "no role yet");
        form.roles = vec![
            RoleForm {
                kind: "panel_member".into(),
                ..RoleForm::default()
            },
            RoleForm::default(),
        ];
        assert!(!Part::Roles.done(&form), "a role with no description");
        form.roles[0].description = "Meet four times".into();
        assert!(Part::Roles.done(&form), "empty slots do not count");

        form.level = "consult".into();
        form.can_change = "a".into();
        form.cannot_change = "b".into();
        assert!(!Part::Say.done(&form));
        form.who_decides = "The board".into();
        assert!(Part::Say.done(&form));

        assert!(!Part::Places.done(&form));
        form.owner = "3f1c".into();
        assert!(Part::Places.done(&form));
        assert!(Part::About.needed_to_open() && !Part::Places.needed_to_open());
    }
}
