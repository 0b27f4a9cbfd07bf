//! The banner after an action that emails the people expected (inviting, changing the time or
//! place, cancelling, sending papers, sharing the notes): what happened, how many were emailed
//! of how many it was for, and by name who could not be, so staff can phone or write to them.

use crate::kit::components::NotificationBanner;
use crate::kit::i18n::{t, t_args};
use crate::meetings::queries::{Attendee, Loaded};

/// What an action on the meeting page reports back through the redirect: the counts are the
/// emails actually queued, carried here rather than worked out again.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    /// Invitations just sent: how many by email, of how many people expected.
    invited: Option<usize>,
    of: Option<usize>,
    /// Any other action that emails people: what it was, and how many were and were not emailed.
    told: Option<String>,
    emailed: Option<usize>,
    not: Option<usize>,
}

/// Who an action's email was for: papers go to the involved people only, the rest to everyone.
fn for_involved_only(what: &str) -> bool {
    what == "papers"
}

impl Done {
    /// Whether the redirect carried anything to report.
    pub fn said_something(&self) -> bool {
        self.invited.is_some() || self.told.is_some()
    }

    /// The banner, if the redirect said what just happened; `attendees` name who was missed.
    pub fn banner(&self, loaded: &Loaded, attendees: &[Attendee]) -> Option<NotificationBanner> {
        let (what, emailed, not) = match (self.invited, self.of, self.told.as_deref()) {
            (Some(emailed), Some(of), _) => ("invited", emailed, of.saturating_sub(emailed)),
            (_, _, Some(what)) => (what, self.emailed?, self.not?),
            _ => return None,
        };
        let headline = headline(what, loaded, emailed, emailed + not)?;
        let involved = for_involved_only(what);
        let missed: Vec<&Attendee> = attendees
            .iter()
            .filter(|a| a.email.is_none() && (!involved || a.person.is_some()))
            .collect();
        Some(told_banner(headline, not, &missed))
    }
}

fn headline(what: &str, loaded: &Loaded, emailed: usize, of: usize) -> Option<String> {
    let key = match what {
        "invited" => "meeting-invited-banner",
        "changed" => "meeting-told-changed",
        "cancelled" if loaded.meeting.invited_at.is_none() => {
            return Some(t("meeting-told-cancelled-uninvited"));
        }
        "cancelled" => "meeting-told-cancelled",
        "papers" => "meeting-told-papers",
        "notes" => "meeting-told-notes",
        _ => return None,
    };
    let count = |n: usize| n.to_string();
    Some(t_args(
        key,
        &[("emailed", &count(emailed)), ("expected", &count(of))],
    ))
}

/// One banner for every action that emails people: the headline, then who could not be emailed
/// and why.
pub fn told_banner(headline: String, not: usize, missed: &[&Attendee]) -> NotificationBanner {
    if not == 0 {
        return NotificationBanner::success(headline);
    }
    let names: Vec<String> = missed.iter().map(|a| why_not(a)).collect();
    // Someone's record may change between the email and this page; the count is what was sent.
    let key = if names.is_empty() {
        "meeting-told-not-emailed-unnamed"
    } else {
        "meeting-told-not-emailed"
    };
    let rest = t_args(
        key,
        &[("count", &not.to_string()), ("names", &names.join(", "))],
    );
    NotificationBanner::success(format!("{headline} {rest}"))
}

/// "Cara Post (no email address)": the name and why they were not emailed.
pub fn why_not(a: &Attendee) -> String {
    let key = match &a.person {
        Some(p) if p.erased_at.is_some() || p.status == "left" => "meeting-told-left",
        Some(p) if p.email.as_deref().is_none_or(str::is_empty) => "meeting-told-no-address",
        Some(_) => "meeting-told-no-consent",
        None => "meeting-told-no-address",
    };
    t_args(key, &[("name", &a.name)])
}
