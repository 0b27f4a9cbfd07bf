//! Calendar files (RFC 5545) for invitations, updates and cancellations. Every message about
//! one meeting keeps the meeting's UID and a rising SEQUENCE, so calendars update the event
//! they already hold rather than adding another. Times carry the Europe/London zone.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;

pub struct Event<'a> {
    pub uid: String,
    pub sequence: i32,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub title: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub organiser: &'a str,
    pub cancelled: bool,
    pub stamp: DateTime<Utc>,
}

/// The UK's rules since 1996: summer time from 01:00 UTC on the last Sunday in March to
/// 01:00 UTC on the last Sunday in October.
const LONDON: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n\
DTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n\
DTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

pub fn calendar(event: &Event) -> String {
    let local = |t: DateTime<Utc>| t.with_timezone(&London).format("%Y%m%dT%H%M%S");
    let method = if event.cancelled { "CANCEL" } else { "REQUEST" };
    let head = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Withus//Meetings//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("METHOD:{method}"),
    ];
    let event = [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", event.uid),
        format!("SEQUENCE:{}", event.sequence),
        format!("DTSTAMP:{}", event.stamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART;TZID=Europe/London:{}", local(event.starts)),
        format!("DTEND;TZID=Europe/London:{}", local(event.ends)),
        format!("SUMMARY:{}", escape(event.title)),
        format!("LOCATION:{}", escape(event.location)),
        format!("DESCRIPTION:{}", escape(event.description)),
        format!("ORGANIZER:mailto:{}", event.organiser),
        format!(
            "STATUS:{}",
            if event.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out: String = head.iter().map(|l| fold(l)).collect();
    out.push_str(LONDON);
    out.extend(event.iter().map(|l| fold(l)));
    out
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Lines longer than 75 octets continue on the next line after a space, never splitting a
/// character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn long_lines_fold_within_75_octets_without_splitting_characters() {
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("DESCRIPTION:{}", "é".repeat(60))
        );
    }

    #[test]
    fn summer_times_are_written_in_london_time() {
        let starts = Utc.with_ymd_and_hms(2026, 6, 2, 13, 0, 0).unwrap();
        let ics = calendar(&Event {
            uid: "m1@withus".into(),
            sequence: 2,
            starts,
            ends: starts + chrono::Duration::hours(2),
            title: "Carers' group; planning, budgets",
            location: "Town Hall",
            description: "Line one\nLine two",
            organiser: "team@withus.example",
            cancelled: false,
            stamp: starts,
        });
        assert!(ics.contains("DTSTART;TZID=Europe/London:20260602T140000\r\n"));
        assert!(ics.contains("SUMMARY:Carers' group\\; planning\\, budgets\r\n"));
        assert!(ics.contains("DESCRIPTION:Line one\\nLine two\r\n"));
        assert_eq!(crate::mail::method_of(&ics), "REQUEST");
    }
}
