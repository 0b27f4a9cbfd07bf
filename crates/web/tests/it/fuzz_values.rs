//! What the fuzzer types: hostile values chosen by what a field looks like (a part of a date, a
//! sum of money, an id, a choice, free text), and the seed that picks among them.

use uuid::Uuid;

use super::forms::{Field, Form, Kind};

/// The seed when `WITHUS_FUZZ_SEED` is not set: a fixed one, so a run can be repeated.
pub const DEFAULT_SEED: u64 = 20_270_328;
/// More than any field's limit (the longest is 10,000 characters), so always refused.
pub const LONG: usize = 100 * 1024;
/// Values tried per field beyond the two always tried (empty and 100 KB).
const EXTRA: usize = 4;

/// Values any field may be sent: what it is, the value, and whether every field must refuse it
/// (a control character other than tab, CR and LF, or a bidirectional override).
const ANY: [(&str, &str, bool); 10] = [
    ("a NUL character", "a\u{0}b", true),
    ("a bell character", "a\u{7}b", true),
    ("an escape sequence", "\u{1b}[2Jcleared", true),
    ("a right-to-left override", "abc\u{202e}fed", true),
    ("a zero-width space", "a\u{200b}b", false),
    (
        "emoji",
        "\u{1f469}\u{1f3fd}\u{200d}\u{1f9bd} \u{1f3f3}\u{fe0f}\u{200d}\u{1f308}",
        false,
    ),
    ("a script tag", "<script>alert(1)</script>", false),
    ("a formula", "=1+1", false),
    ("a formula-like phone number", "+44", false),
    ("a function formula", "@SUM(A1)", false),
];

/// The seed of this run: `WITHUS_FUZZ_SEED`, or the fixed default.
pub fn seed() -> u64 {
    std::env::var("WITHUS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(DEFAULT_SEED)
}

/// splitmix64: small, seeded, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`, which must not be 0.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Rows of another organisation, to put where an id of ours belongs.
pub struct OtherIds {
    pub person: String,
    pub opportunity: String,
    pub meeting: String,
    pub rest: Vec<String>,
}

impl OtherIds {
    /// The other organisation's id most like what the field holds, judged by its name.
    pub fn pick(&self, name: &str, rng: &mut Rng) -> String {
        let name = name.to_lowercase();
        let people = ["person", "people", "mentor", "mentee", "member", "attendee"];
        if people.iter().any(|w| name.contains(w)) {
            return self.person.clone();
        }
        if name.contains("opportunit") {
            return self.opportunity.clone();
        }
        if name.contains("meeting") {
            return self.meeting.clone();
        }
        match self.rest.len() {
            0 => self.person.clone(),
            n => self.rest[rng.below(n)].clone(),
        }
    }
}

/// One submission of a form: the page's values, with `set` sent in place of theirs.
pub struct Case {
    /// What was sent, in words: "100 KB of a", "day 0".
    pub what: String,
    /// The field under test.
    pub field: String,
    /// Its name and id, one of which an error summary's link must point at.
    pub names: Vec<String>,
    /// Its label on the page, which an error summary may use instead.
    pub label: String,
    /// Each name sent, with every value sent for it (two for a duplicated key).
    pub set: Vec<(String, Vec<String>)>,
    /// No field may keep this value: it must be refused with 422, the field named.
    pub must_refuse: bool,
}

impl Case {
    fn of(what: &str, field: &Field, value: &str) -> Case {
        Case {
            what: what.to_owned(),
            field: field.name.clone(),
            names: vec![field.name.clone(), field.id.clone()],
            label: field.label.clone(),
            set: vec![(field.name.clone(), vec![value.to_owned()])],
            must_refuse: false,
        }
    }

    fn refused(mut self) -> Case {
        self.must_refuse = true;
        self
    }

    /// Another field changed with this one (the month of a day, the time of a date).
    fn also(mut self, name: &str, value: &str) -> Case {
        self.set.push((name.to_owned(), vec![value.to_owned()]));
        self
    }

    /// The pairs to send: the page's own, in their order, with this case's in place of theirs.
    pub fn pairs(&self, page: &[(String, String)]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut done: Vec<&str> = Vec::new();
        for (name, value) in page {
            match self.set.iter().find(|(n, _)| n == name) {
                Some((n, values)) => {
                    if !done.contains(&n.as_str()) {
                        done.push(n.as_str());
                        out.extend(values.iter().map(|v| (n.clone(), v.clone())));
                    }
                }
                None => out.push((name.clone(), value.clone())),
            }
        }
        // A name the page sends nothing for (an unticked box) is added at the end.
        for (n, values) in &self.set {
            if !done.contains(&n.as_str()) {
                out.extend(values.iter().map(|v| (n.clone(), v.clone())));
            }
        }
        out
    }
}

/// The cases for one field: those always tried (empty, 100 KB), and up to four more chosen by
/// the seed, two of them fitting what the field looks like when there are such.
pub fn plan(form: &Form, field: &Field, other: &OtherIds, rng: &mut Rng) -> (Vec<Case>, Vec<Case>) {
    let always = vec![
        Case::of("empty", field, ""),
        Case::of("100 KB of a", field, &"a".repeat(LONG)).refused(),
    ];
    let mut fits = fitting(form, field, other, rng);
    let mut any: Vec<Case> = ANY
        .iter()
        .map(|(what, value, refuse)| {
            let case = Case::of(what, field, value);
            if *refuse { case.refused() } else { case }
        })
        .collect();
    any.push(duplicate(field, other, rng));
    rng.shuffle(&mut fits);
    rng.shuffle(&mut any);
    let from_fits = fits.len().min(2);
    let mut chosen: Vec<Case> = fits.into_iter().take(from_fits).collect();
    chosen.extend(any.into_iter().take(EXTRA - from_fits));
    (always, chosen)
}

/// Values for what the field looks like: a part of a date, an id, a number, a choice.
fn fitting(form: &Form, field: &Field, other: &OtherIds, rng: &mut Rng) -> Vec<Case> {
    let name = field.name.as_str();
    if let Some(prefix) = name.strip_suffix("-day") {
        return days(form, field, prefix);
    }
    if name.ends_with("-month") {
        let values = ["0", "-1", "13", "99999"];
        return values
            .iter()
            .map(|v| Case::of(&format!("month {v}"), field, v))
            .collect();
    }
    if name.ends_with("-year") {
        let values = ["0", "-1", "1", "99999"];
        return values
            .iter()
            .map(|v| Case::of(&format!("year {v}"), field, v))
            .collect();
    }
    if is_id(field) {
        let high = u128::from(rng.next_u64()) << 64;
        let random = Uuid::from_u128(high | u128::from(rng.next_u64())).to_string();
        return vec![
            Case::of("another organisation's id", field, &other.pick(name, rng)),
            Case::of("an id that exists nowhere", field, &random),
            Case::of("an id that is not an id", field, "abc"),
        ];
    }
    if is_number(field) {
        let values = ["-1", "1e309", "NaN", "99999999999999"];
        return values
            .iter()
            .map(|v| Case::of(&format!("the number {v}"), field, v))
            .collect();
    }
    if matches!(field.kind, Kind::Select | Kind::Choice) {
        return vec![Case::of("not one of the choices", field, "abc")];
    }
    Vec::new()
}

/// The day of a date: 31 February, days that do not exist, and, when the form also asks for a
/// time, 01:30 on the night the clocks go forward (a time that never happens in London) and on
/// the night they go back (a time that happens twice).
fn days(form: &Form, field: &Field, prefix: &str) -> Vec<Case> {
    let (month, year) = (format!("{prefix}-month"), format!("{prefix}-year"));
    let mut cases = vec![
        Case::of("31 February", field, "31")
            .also(&month, "2")
            .also(&year, "2027"),
        Case::of("day 0", field, "0"),
        Case::of("day -1", field, "-1"),
        Case::of("day 99999", field, "99999"),
    ];
    let times: Vec<&str> = form
        .fields
        .iter()
        .filter(|f| is_time(f))
        .map(|f| f.name.as_str())
        .collect();
    let Some(first) = times.first() else {
        return cases;
    };
    let nights = [
        ("01:30 when the clocks go forward", "28", "3"),
        ("01:30 when the clocks go back", "31", "10"),
    ];
    for (what, day, month_number) in nights {
        let mut case = Case::of(what, field, day)
            .also(&month, month_number)
            .also(&year, "2027")
            .also(first, "01:30");
        if let Some(second) = times.get(1) {
            case = case.also(second, "04:00");
        }
        cases.push(case);
    }
    cases
}

/// The field sent twice: the page's value first, then another.
fn duplicate(field: &Field, other: &OtherIds, rng: &mut Rng) -> Case {
    let first = field
        .sent
        .first()
        .or(field.options.first())
        .cloned()
        .unwrap_or_else(|| "abc".to_owned());
    let second = if is_id(field) {
        other.pick(&field.name, rng)
    } else if first == "abc" {
        "abd".to_owned()
    } else {
        "abc".to_owned()
    };
    let mut case = Case::of("the field sent twice", field, &first);
    case.set[0].1.push(second);
    case
}

fn is_id(field: &Field) -> bool {
    field.name.ends_with("_id")
        || field
            .sent
            .iter()
            .chain(&field.options)
            .any(|v| Uuid::parse_str(v).is_ok())
}

/// A box for a number or a sum of money: by its type, its width, a pound sign, or its name.
fn is_number(field: &Field) -> bool {
    let narrow = [
        "govuk-input--width-2",
        "govuk-input--width-3",
        "govuk-input--width-4",
        "govuk-input--width-5",
    ];
    let words = [
        "amount",
        "pence",
        "fee",
        "cost",
        "price",
        "limit-",
        "public_transport",
        "taxi",
        "parking",
        "mileage",
        "hours",
        "places",
        "days",
        "months",
        "size",
        "reserves",
    ];
    field.kind == Kind::Text
        && (field.input_type == "number"
            || matches!(field.inputmode.as_str(), "numeric" | "decimal")
            || field.hint.contains('£')
            || field.label.contains('£')
            || narrow.iter().any(|c| field.class.contains(c))
            || words.iter().any(|w| field.name.contains(w)))
}

/// A box for a time of day ("14:00").
fn is_time(field: &Field) -> bool {
    let looks_like_time = |v: &String| {
        (4..=5).contains(&v.len())
            && v.contains(':')
            && v.chars().all(|c| c.is_ascii_digit() || c == ':')
    };
    field.kind == Kind::Text
        && field.input_type != "email"
        && (matches!(field.name.as_str(), "from" | "to")
            || field.name.ends_with("time")
            || field.sent.iter().any(looks_like_time))
}
