//! Support, training and peer mentoring (seed 002 Support and training): a named contact and
//! the support each person is given, pairs of experienced people and newcomers, and courses
//! and checks with the dates they run out.

pub mod course;
pub mod expiry;
pub mod mentoring;
pub mod mine;
pub mod queries;
pub mod records;
pub mod training;

use crate::people::vocab::Vocab;

pub const KINDS: Vocab = &[
    ("administrative", "support-kind-administrative"),
    ("supervision", "support-kind-supervision"),
    ("emotional", "support-kind-emotional"),
    ("debrief", "support-kind-debrief"),
];

pub const COURSE_KINDS: Vocab = &[
    ("course", "course-kind-course"),
    ("check", "course-kind-check"),
];

pub const AUDIENCES: Vocab = &[
    ("involved", "course-audience-involved"),
    ("staff", "course-audience-staff"),
    ("everyone", "course-audience-everyone"),
];
