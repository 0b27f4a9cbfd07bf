//! Consents a person gives the organisation: what for, when, how, and their withdrawal. The
//! consent to use equality answers in selection is the equality role's, and is not shown here.
//! The lists are here; their table and fields on a person's page are in `views/consents.rs`.

use crate::kit::vocab::Vocab;

/// The consent that lets a fair lottery use someone's answers in its quotas.
pub const SELECTION_CONSENT: &str = "equality_in_selection";

pub const PURPOSES: Vocab = &[
    ("keep_details", "consent-keep-details"),
    ("contact_about_opportunities", "consent-contact"),
    ("share_stories", "consent-share-stories"),
];

pub const HOW: Vocab = &[
    ("online", "how-online"),
    ("paper", "how-paper"),
    ("phone", "how-phone"),
    ("in_person", "how-in-person"),
];
