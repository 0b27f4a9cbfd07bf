//! Recording a meeting: who came and the hours each involved person gave, as typed and
//! checked.

use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::meetings::queries::Attendee;

pub const ATTENDANCE: &[(&str, &str)] = &[
    ("attended", "attendance-attended"),
    ("apologies", "attendance-apologies"),
    ("absent", "attendance-absent"),
];

/// Hours as typed ("1.5", "2") to whole minutes.
fn minutes(text: &str) -> Option<Option<i32>> {
    if text.is_empty() {
        return Some(None);
    }
    let hours: f64 = text.parse().ok()?;
    (0.0..=24.0)
        .contains(&hours)
        .then(|| Some((hours * 60.0).round() as i32))
}

/// Each person's attendance and minutes as typed, with an error for any that cannot be read.
pub fn rows<'a>(
    data: &FormData,
    attendees: &'a [Attendee],
    errors: &mut Errors,
) -> Vec<(&'a Attendee, Option<String>, Option<i32>)> {
    let mut rows = Vec::new();
    for a in attendees {
        let key = a.row.id.to_string();
        let attendance = data.one(&format!("attendance-{key}"));
        let attendance = (!attendance.is_empty()).then_some(attendance);
        if attendance
            .as_deref()
            .is_some_and(|v| !ATTENDANCE.iter().any(|(x, _)| *x == v))
        {
            errors.add(&format!("attendance-{key}"), t("attendance-error"));
        }
        match minutes(&data.one(&format!("hours-{key}"))) {
            Some(mins) => rows.push((a, attendance, mins)),
            None => errors.add(
                &format!("hours-{key}"),
                t_args("attendance-hours-error", &[("name", &a.name)]),
            ),
        }
    }
    rows
}
