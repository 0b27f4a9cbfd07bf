//! The opportunity lifecycle: draft → open → recruiting → active → evaluating → closed, and
//! what each step needs before it can be taken. Pure, so the rules are tested on their own.

/// What the rules look at.
#[derive(Debug, Default)]
pub struct Readiness<'a> {
    pub purpose: &'a str,
    pub outcomes: usize,
    pub level: Option<&'a str>,
    pub can_change: &'a str,
    pub cannot_change: &'a str,
    pub who_decides: &'a str,
    /// How people take part: in person, online or both.
    pub way: &'a str,
    pub roles_without_description: usize,
    /// People still owed feedback, about the opportunity or any of its meetings.
    pub feedback_unsent: usize,
    /// Every intended outcome has what happened recorded, and the reflection and lessons
    /// are written.
    pub evaluated: bool,
}

pub const ORDER: [&str; 6] = [
    "draft",
    "open",
    "recruiting",
    "active",
    "evaluating",
    "closed",
];

fn position(status: &str) -> Option<usize> {
    ORDER.iter().position(|s| *s == status)
}

/// The one step forward from `status`, if there is one.
pub fn next(status: &str) -> Option<&'static str> {
    position(status).and_then(|i| ORDER.get(i + 1).copied())
}

/// Why the opportunity cannot move to `to`, as message keys; empty when it can. Only the
/// next step, or back to draft before anyone has been chosen, is allowed.
pub fn problems(from: &str, to: &str, r: &Readiness) -> Vec<&'static str> {
    let back_to_draft = to == "draft" && matches!(from, "open" | "recruiting");
    if next(from) != Some(to) && !back_to_draft {
        return vec!["opp-problem-step"];
    }
    let mut problems = Vec::new();
    if position(to) >= position("open") {
        if r.purpose.trim().is_empty() {
            problems.push("opp-problem-purpose");
        }
        if r.outcomes == 0 {
            problems.push("opp-problem-outcomes");
        }
        if r.level.is_none() {
            problems.push("opp-problem-level");
        }
        if r.can_change.trim().is_empty()
            || r.cannot_change.trim().is_empty()
            || r.who_decides.trim().is_empty()
        {
            problems.push("opp-problem-limits");
        }
        if r.way.is_empty() {
            problems.push("opp-problem-way");
        }
        if r.roles_without_description > 0 {
            problems.push("opp-problem-role-description");
        }
    }
    // Closing the loop (seed 002 Impact): nobody is left without feedback, and what was
    // learned is written down before the opportunity is put away.
    if to == "closed" {
        if r.feedback_unsent > 0 {
            problems.push("opp-problem-feedback");
        }
        if !r.evaluated {
            problems.push("opp-problem-evaluation");
        }
    }
    problems
}

/// Whether people can say they are interested.
pub fn takes_interest(status: &str) -> bool {
    matches!(status, "open" | "recruiting")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ready() -> Readiness<'static> {
        Readiness {
            purpose: "Shape the new carers' strategy",
            outcomes: 1,
            level: Some("participation"),
            can_change: "The priorities",
            cannot_change: "The budget",
            who_decides: "The carers' board",
            way: "online",
            roles_without_description: 0,
            feedback_unsent: 0,
            evaluated: true,
        }
    }

    #[test]
    fn a_complete_draft_opens() {
        assert!(problems("draft", "open", &ready()).is_empty());
    }

    #[test]
    fn opening_needs_purpose_outcomes_level_limits_and_a_way() {
        let empty = Readiness::default();
        assert_eq!(
            problems("draft", "open", &empty),
            [
                "opp-problem-purpose",
                "opp-problem-outcomes",
                "opp-problem-level",
                "opp-problem-limits",
                "opp-problem-way"
            ]
        );
        let no_outcome = Readiness {
            outcomes: 0,
            ..ready()
        };
        assert_eq!(
            problems("draft", "open", &no_outcome),
            ["opp-problem-outcomes"]
        );
        let vague_role = Readiness {
            roles_without_description: 1,
            ..ready()
        };
        assert_eq!(
            problems("draft", "open", &vague_role),
            ["opp-problem-role-description"]
        );
    }

    #[test]
    fn only_one_step_forward_or_back_to_draft() {
        assert_eq!(problems("draft", "active", &ready()), ["opp-problem-step"]);
        assert_eq!(problems("closed", "draft", &ready()), ["opp-problem-step"]);
        assert!(problems("recruiting", "draft", &ready()).is_empty());
        assert!(problems("evaluating", "closed", &ready()).is_empty());
        assert_eq!(next("closed"), None);
        assert_eq!(next("active"), Some("evaluating"));
    }

    #[test]
    fn closing_needs_feedback_sent_and_the_evaluation_done() {
        let owed = Readiness {
            feedback_unsent: 2,
            evaluated: false,
            ..ready()
        };
        assert_eq!(
            problems("evaluating", "closed", &owed),
            ["opp-problem-feedback", "opp-problem-evaluation"]
        );
        // Only closing asks: moving to evaluating is how the evaluation starts.
        assert!(problems("active", "evaluating", &owed).is_empty());
    }

    #[test]
    fn interest_only_while_open_or_recruiting() {
        assert!(takes_interest("open"));
        assert!(takes_interest("recruiting"));
        assert!(!takes_interest("draft"));
        assert!(!takes_interest("active"));
    }
}
