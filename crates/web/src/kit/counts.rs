//! Counts of people as they may be shown: small counts are suppressed by the one rule in
//! `withus_reports::suppress`, and this says in words what each cell became.

use withus_reports::suppress::Shown;

use crate::kit::i18n::{t, t_args};

/// A count of people as it may be shown.
pub fn shown(cell: Shown, threshold: u64) -> String {
    match cell {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThan => t_args("fewer-than", &[("n", &threshold.to_string())]),
        Shown::Withheld => t("withheld"),
        Shown::NotShown => t("not-shown"),
    }
}
