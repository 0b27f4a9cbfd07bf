//! The lists an opportunity's form chooses from; the ladder, areas, roles and topics are the
//! register's, so a person's choices and an opportunity speak the same words.

pub use crate::kit::vocab::{
    ACCESS_NEEDS, AREAS, LEVELS, PARTICIPATION_ROLES, TIME_COMMITMENTS, TOPICS, Vocab, contains,
    label, options,
};

/// The lifecycle, in order.
pub const STATUSES: Vocab = &[
    ("draft", "opp-status-draft"),
    ("open", "opp-status-open"),
    ("recruiting", "opp-status-recruiting"),
    ("active", "opp-status-active"),
    ("evaluating", "opp-status-evaluating"),
    ("closed", "opp-status-closed"),
];

pub const WAYS: Vocab = &[
    ("in_person", "opp-way-in-person"),
    ("online", "opp-way-online"),
    ("both", "opp-way-both"),
];

/// From everyday decisions to strategy (seed 002, "Process").
pub const ORG_LEVELS: Vocab = &[
    ("daily", "org-level-daily"),
    ("service", "org-level-service"),
    ("organisation", "org-level-organisation"),
    ("strategic", "org-level-strategic"),
];

pub const RATE_UNITS: Vocab = &[
    ("hour", "rate-hour"),
    ("session", "rate-session"),
    ("day", "rate-day"),
];

/// Where a person's interest stands, as they read it.
pub const INTEREST_STATUSES: Vocab = &[
    ("interested", "interest-interested"),
    ("offered", "interest-offered"),
    ("confirmed", "interest-confirmed"),
    ("reserve", "interest-reserve"),
    ("not_selected", "interest-not-selected"),
    ("withdrawn", "interest-withdrawn"),
];

/// What a coordinator can decide on someone's interest.
pub const DECISIONS: Vocab = &[
    ("offered", "decision-offer"),
    ("confirmed", "decision-confirm"),
    ("reserve", "decision-reserve"),
    ("not_selected", "decision-not-selected"),
];

/// Access needs that are about the room; they do not apply to an online-only opportunity.
pub const VENUE_NEEDS: &[&str] = &["step_free", "hearing_loop", "quiet_room", "travel_booked"];
