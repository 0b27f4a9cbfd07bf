//! Whose choices fit an opportunity. A choice a person has not made never rules them out;
//! one they have made must be met. Pure, so the rules are tested on their own.

use uuid::Uuid;

use super::vocab::VENUE_NEEDS;

/// The opportunity, as matching sees it.
#[derive(Debug, Default)]
pub struct Offer<'a> {
    pub topics: &'a [String],
    pub area: Option<&'a str>,
    pub role_kinds: &'a [String],
    pub level: Option<&'a str>,
    /// in_person, online or both.
    pub way: &'a str,
    pub paid: bool,
    /// Access needs the opportunity can meet.
    pub access: &'a [String],
    /// The first session in UK time: weekday (1 is Monday) and minutes from midnight.
    pub session: Option<(u8, u32, u32)>,
    /// For each role, the course or check it needs, if any.
    pub role_needs: &'a [Option<Uuid>],
}

/// A weekly window a person cannot do, in UK time.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub weekday: u8,
    pub start: u32,
    pub end: u32,
}

/// A person, as matching sees them.
#[derive(Debug, Default)]
pub struct Candidate<'a> {
    pub status: &'a str,
    /// (list, value) pairs, as stored in `person_choices`.
    pub choices: &'a [(String, String)],
    pub paid_preference: &'a str,
    pub cannot_do: &'a [Window],
    /// Courses and checks they hold that have not run out.
    pub holds: &'a [Uuid],
}

/// Why someone does not match, for the coordinator and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Miss {
    NotActive,
    Topic,
    Area,
    Role,
    Level,
    Way,
    Pay,
    Time,
    Access,
    /// Every role needs a course or check they do not hold (or that has run out).
    Training,
}

impl Candidate<'_> {
    fn chosen(&self, list: &str) -> Vec<&str> {
        self.choices
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// True when the person chose nothing from the list, or chose something the offer has.
fn fits(chosen: &[&str], offered: &[&str]) -> bool {
    chosen.is_empty() || chosen.iter().any(|c| offered.contains(c))
}

fn strs(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}

/// The lists where a choice the person has made must meet what the offer has, with what the
/// offer has; lists where the offer has nothing are left out, as they rule no one out. The
/// database narrows people down with these before `misses` looks at each.
pub fn must_fit<'a>(offer: &'a Offer) -> Vec<(&'static str, Vec<&'a str>, Miss)> {
    let ways: &[&str] = match offer.way {
        "in_person" => &["in_person"],
        "online" => &["online"],
        _ => &["in_person", "online"],
    };
    [
        ("topic", strs(offer.topics), Miss::Topic),
        ("area", offer.area.into_iter().collect(), Miss::Area),
        ("role", strs(offer.role_kinds), Miss::Role),
        ("level", offer.level.into_iter().collect(), Miss::Level),
        ("way", ways.to_vec(), Miss::Way),
    ]
    .into_iter()
    .filter(|(_, offered, _)| !offered.is_empty())
    .collect()
}

/// Everything that keeps this person from matching; empty means they match.
pub fn misses(offer: &Offer, person: &Candidate) -> Vec<Miss> {
    let mut misses = Vec::new();
    if person.status != "active" {
        misses.push(Miss::NotActive);
    }
    for (list, offered, miss) in must_fit(offer) {
        if !fits(&person.chosen(list), &offered) {
            misses.push(miss);
        }
    }
    if person.paid_preference == "paid" && !offer.paid {
        misses.push(Miss::Pay);
    }
    if let Some((day, start, end)) = offer.session
        && person
            .cannot_do
            .iter()
            .any(|w| w.weekday == day && w.start < end && start < w.end)
    {
        misses.push(Miss::Time);
    }
    let unmet = person.chosen("access_need").into_iter().any(|need| {
        let not_needed_online = offer.way == "online" && VENUE_NEEDS.contains(&need);
        !(not_needed_online || offer.access.iter().any(|a| a == need))
    });
    if unmet {
        misses.push(Miss::Access);
    }
    let can_take = |need: &Option<Uuid>| need.is_none_or(|course| person.holds.contains(&course));
    if !offer.role_needs.is_empty() && !offer.role_needs.iter().any(can_take) {
        misses.push(Miss::Training);
    }
    misses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(l, v)| ((*l).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn words(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn someone_with_no_choices_matches_anything_while_active() {
        let offer = Offer {
            way: "in_person",
            ..Offer::default()
        };
        let person = Candidate {
            status: "active",
            paid_preference: "either",
            ..Candidate::default()
        };
        assert!(misses(&offer, &person).is_empty());
        let resting = Candidate {
            status: "break",
            ..person
        };
        assert_eq!(misses(&offer, &resting), [Miss::NotActive]);
    }

    #[test]
    fn chosen_topics_levels_and_ways_must_be_met() {
        let topics = words(&["dementia"]);
        let offer = Offer {
            topics: &topics,
            level: Some("consulting"),
            way: "online",
            ..Offer::default()
        };
        let choices = owned(&[
            ("topic", "mental_health"),
            ("level", "participation"),
            ("way", "in_person"),
        ]);
        let person = Candidate {
            status: "active",
            choices: &choices,
            paid_preference: "either",
            ..Candidate::default()
        };
        assert_eq!(
            misses(&offer, &person),
            [Miss::Topic, Miss::Level, Miss::Way]
        );
        let both = Offer {
            way: "both",
            ..Offer::default()
        };
        assert!(misses(&both, &person).is_empty());
    }

    #[test]
    fn a_meeting_inside_a_window_they_cannot_do_rules_them_out() {
        // Tuesday 14:00–16:00 against "not 14:45–15:30 on Tuesdays".
        let offer = Offer {
            way: "in_person",
            session: Some((2, 14 * 60, 16 * 60)),
            ..Offer::default()
        };
        let school_run = [Window {
            weekday: 2,
            start: 14 * 60 + 45,
            end: 15 * 60 + 30,
        }];
        let person = Candidate {
            status: "active",
            paid_preference: "either",
            cannot_do: &school_run,
            ..Candidate::default()
        };
        assert_eq!(misses(&offer, &person), [Miss::Time]);
        let morning = Offer {
            session: Some((2, 10 * 60, 12 * 60)),
            ..offer
        };
        assert!(misses(&morning, &person).is_empty());
        let wednesday = Offer {
            session: Some((3, 14 * 60, 16 * 60)),
            ..morning
        };
        assert!(misses(&wednesday, &person).is_empty());
        // Touching ends do not overlap: 13:00–14:45 is fine.
        let before = Offer {
            session: Some((2, 13 * 60, 14 * 60 + 45)),
            ..wednesday
        };
        assert!(misses(&before, &person).is_empty());
    }

    #[test]
    fn access_needs_must_be_met_and_room_needs_do_not_apply_online() {
        let met = words(&["hearing_loop"]);
        let choices = owned(&[
            ("access_need", "hearing_loop"),
            ("access_need", "step_free"),
        ]);
        let person = Candidate {
            status: "active",
            choices: &choices,
            paid_preference: "either",
            ..Candidate::default()
        };
        let room = Offer {
            way: "in_person",
            access: &met,
            ..Offer::default()
        };
        assert_eq!(misses(&room, &person), [Miss::Access]);
        let online = Offer {
            way: "online",
            ..Offer::default()
        };
        assert!(misses(&online, &person).is_empty());
    }

    #[test]
    fn a_role_that_needs_training_needs_someone_who_holds_it() {
        let (panel_skills, dbs) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let needs = [Some(panel_skills)];
        let offer = Offer {
            way: "both",
            role_needs: &needs,
            ..Offer::default()
        };
        let untrained = Candidate {
            status: "active",
            paid_preference: "either",
            ..Candidate::default()
        };
        assert_eq!(misses(&offer, &untrained), [Miss::Training]);
        let held = [dbs, panel_skills];
        let trained = Candidate {
            holds: &held,
            ..untrained
        };
        assert!(misses(&offer, &trained).is_empty());
        // Another role open to anyone lets the untrained in for that role.
        let either = [Some(panel_skills), None];
        let open_role = Offer {
            role_needs: &either,
            ..offer
        };
        let untrained = Candidate {
            holds: &[],
            ..trained
        };
        assert!(misses(&open_role, &untrained).is_empty());
    }

    #[test]
    fn people_who_want_paying_only_match_paid_work() {
        let person = Candidate {
            status: "active",
            paid_preference: "paid",
            ..Candidate::default()
        };
        let unpaid = Offer {
            way: "both",
            ..Offer::default()
        };
        assert_eq!(misses(&unpaid, &person), [Miss::Pay]);
        let paid = Offer {
            paid: true,
            ..unpaid
        };
        assert!(misses(&paid, &person).is_empty());
    }
}
