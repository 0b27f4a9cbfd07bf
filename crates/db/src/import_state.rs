//! The states of a people import and the moves between them, in one place. Every statement
//! that changes an import's status takes where the move may start and where it leads from
//! here, so the pages, the worker and the retry cannot disagree about what may follow what.
//!
//! - an upload starts `Checked`; its columns may change while it is `Checked` or `Failed`;
//! - `Confirm`: `Checked` or `Failed` → `Queued`;
//! - `Claim`: `Queued` (or `Importing` whose lease ran out) → `Importing`;
//! - `Finish`: `Importing` → `Done`, and `Fail`: `Importing` → `Failed`;
//! - `Retry`: `Failed` (or `Importing` whose lease ran out) → `Queued`;
//! - nothing leaves `Done`.

/// Where an import is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Uploaded and checked; the coordinator has not confirmed it.
    Checked,
    /// Confirmed, waiting for a worker.
    Queued,
    /// A worker holds its lease and is writing it.
    Importing,
    /// Every good row was written.
    Done,
    /// The worker stopped; nothing was written.
    Failed,
}

pub const CHECKED: &str = State::Checked.name();
pub const QUEUED: &str = State::Queued.name();
pub const IMPORTING: &str = State::Importing.name();
pub const DONE: &str = State::Done.name();
pub const FAILED: &str = State::Failed.name();

impl State {
    /// Where an upload starts.
    pub const FIRST: State = State::Checked;
    /// Where the coordinator may still say which column holds what (the status stays).
    pub const EDITABLE: &[State] = &[State::Checked, State::Failed];

    /// The word stored in `people_imports.status`.
    pub const fn name(self) -> &'static str {
        match self {
            State::Checked => "checked",
            State::Queued => "queued",
            State::Importing => "importing",
            State::Done => "done",
            State::Failed => "failed",
        }
    }
}

/// What happens to an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The coordinator confirms the check: queued for a worker.
    Confirm,
    /// A worker claims it; one importing whose lease ran out may be taken over.
    Claim,
    /// The worker wrote every row.
    Finish,
    /// The worker stopped.
    Fail,
    /// The coordinator tries a failed import again, or one importing whose lease ran out.
    Retry,
}

impl Move {
    /// The states the move may start from. For `Claim` and `Retry`, `Importing` counts only
    /// once its lease has run out; the statements that make those moves add that condition.
    pub const fn from(self) -> &'static [State] {
        use State::*;
        match self {
            Move::Confirm => State::EDITABLE,
            Move::Claim => &[Queued, Importing],
            Move::Finish | Move::Fail => &[Importing],
            Move::Retry => &[Failed, Importing],
        }
    }

    /// Where the move leads.
    pub const fn to(self) -> State {
        match self {
            Move::Confirm | Move::Retry => State::Queued,
            Move::Claim => State::Importing,
            Move::Finish => State::Done,
            Move::Fail => State::Failed,
        }
    }

    /// The stored words of `from`, for a status filter.
    pub fn from_names(self) -> Vec<&'static str> {
        self.from().iter().map(|s| s.name()).collect()
    }

    /// Whether an import with `status` may make this move (leases aside).
    pub fn allowed_from(self, status: &str) -> bool {
        self.from().iter().any(|s| s.name() == status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOVES: [Move; 5] = [
        Move::Confirm,
        Move::Claim,
        Move::Finish,
        Move::Fail,
        Move::Retry,
    ];

    #[test]
    fn each_move_is_allowed_from_exactly_its_states() {
        let all = [CHECKED, QUEUED, IMPORTING, DONE, FAILED];
        for m in MOVES {
            for status in all {
                assert_eq!(
                    m.allowed_from(status),
                    m.from_names().contains(&status),
                    "{m:?} from {status}"
                );
            }
        }
        assert!(Move::Confirm.allowed_from(CHECKED));
        assert!(Move::Claim.allowed_from(QUEUED));
    }

    #[test]
    fn a_finished_import_never_moves_again() {
        for m in MOVES {
            assert!(!m.allowed_from(DONE), "{m:?} may start from done");
        }
    }

    #[test]
    fn only_a_worker_holding_it_finishes_or_fails_it() {
        assert_eq!(Move::Finish.from_names(), [IMPORTING]);
        assert_eq!(Move::Fail.from_names(), [IMPORTING]);
        assert_eq!(Move::Finish.to(), State::Done);
        assert_eq!(Move::Fail.to(), State::Failed);
    }

    #[test]
    fn queued_work_is_confirmed_or_retried_and_a_double_click_queues_once() {
        assert_eq!(Move::Confirm.from_names(), [CHECKED, FAILED]);
        assert!(!Move::Confirm.allowed_from(QUEUED));
        assert_eq!(Move::Retry.from_names(), [FAILED, IMPORTING]);
        assert!(!Move::Retry.allowed_from(QUEUED));
        assert_eq!(Move::Confirm.to(), State::Queued);
        assert_eq!(Move::Retry.to(), State::Queued);
    }

    #[test]
    fn columns_change_only_before_it_is_queued_and_a_claim_takes_it() {
        let editable: Vec<&str> = State::EDITABLE.iter().map(|s| s.name()).collect();
        assert_eq!(editable, [CHECKED, FAILED]);
        assert!(!State::EDITABLE.contains(&State::Importing));
        assert_eq!(Move::Claim.from_names(), [QUEUED, IMPORTING]);
        assert_eq!(Move::Claim.to(), State::Importing);
    }

    #[test]
    fn every_state_is_reached_and_the_names_are_the_stored_words() {
        for s in [State::Queued, State::Importing, State::Done, State::Failed] {
            assert!(MOVES.iter().any(|m| m.to() == s), "nothing leads to {s:?}");
        }
        assert_eq!(State::FIRST, State::Checked);
        assert_eq!(
            [CHECKED, QUEUED, IMPORTING, DONE, FAILED],
            ["checked", "queued", "importing", "done", "failed"]
        );
    }
}
