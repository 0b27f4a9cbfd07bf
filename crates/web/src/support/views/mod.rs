//! Building the support feature's pages: the hub and the courses (`training`), one course
//! (`course`), mentoring pairs (`mentoring`), and one person's support as they and staff see
//! it (`person`).

pub mod course;
pub mod mentoring;
pub mod person;
pub mod training;

pub use training::running_out_table;

use chrono::NaiveDate;

use super::expiry::{Standing, standing};
use crate::kit::components::{Tag, render};
use crate::kit::i18n::{t, t_args};

pub fn standing_tag(expires: Option<NaiveDate>, today: NaiveDate) -> String {
    let (text, colour) = match standing(expires, today) {
        Standing::Lasting => (t("training-lasting"), "grey"),
        Standing::Valid => (t("training-valid"), "green"),
        Standing::RunningOut(days) => (
            t_args("training-running-out", &[("days", &days.to_string())]),
            "yellow",
        ),
        Standing::Expired => (t("training-expired"), "red"),
    };
    render(&Tag::new(text, colour))
}
