//! The fixed lists the register uses, as (stored value, translation key). Stored values never
//! change once shipped; what people read comes from the translation bundle.

pub type Vocab = &'static [(&'static str, &'static str)];

pub const INVOLVEMENT_ROLES: Vocab = &[
    ("service_user", "person-role-service-user"),
    ("carer", "person-role-carer"),
    ("both", "person-role-both"),
    ("other", "person-role-other"),
];

pub const STATUSES: Vocab = &[
    ("active", "person-status-active"),
    ("break", "person-status-break"),
    ("left", "person-status-left"),
];

pub const WAYS: Vocab = &[
    ("in_person", "way-in-person"),
    ("online", "way-online"),
    ("phone", "way-phone"),
    ("post", "way-post"),
];

pub const TOPICS: Vocab = &[
    ("mental_health", "topic-mental-health"),
    ("dementia", "topic-dementia"),
    ("learning_disability", "topic-learning-disability"),
    ("autism", "topic-autism"),
    ("physical_disability", "topic-physical-disability"),
    ("older_people", "topic-older-people"),
    ("carers", "topic-carers"),
    ("children_families", "topic-children-families"),
    ("drugs_alcohol", "topic-drugs-alcohol"),
    ("housing", "topic-housing"),
    ("social_work_education", "topic-social-work-education"),
];

pub const ACCESS_NEEDS: Vocab = &[
    ("step_free", "need-step-free"),
    ("hearing_loop", "need-hearing-loop"),
    ("bsl_interpreter", "need-bsl-interpreter"),
    ("language_interpreter", "need-language-interpreter"),
    ("large_print", "need-large-print"),
    ("easy_read", "need-easy-read"),
    ("braille", "need-braille"),
    ("audio", "need-audio"),
    ("breaks", "need-breaks"),
    ("quiet_room", "need-quiet-room"),
    ("companion", "need-companion"),
    ("travel_booked", "need-travel-booked"),
];

/// Areas of work people can help with (seed 001).
pub const AREAS: Vocab = &[
    ("teaching", "area-teaching"),
    ("research", "area-research"),
    ("staff_recruitment", "area-staff-recruitment"),
    ("service_design", "area-service-design"),
    ("commissioning", "area-commissioning"),
    ("governance", "area-governance"),
    ("staff_training", "area-staff-training"),
    ("quality_monitoring", "area-quality-monitoring"),
];

/// Roles people can take on (seed 002).
pub const PARTICIPATION_ROLES: Vocab = &[
    ("ambassador", "prole-ambassador"),
    ("critical_friend", "prole-critical-friend"),
    ("co_worker", "prole-co-worker"),
    ("consultant", "prole-consultant"),
    ("expert_by_experience", "prole-expert-by-experience"),
    ("panel_member", "prole-panel-member"),
    ("trainer", "prole-trainer"),
];

/// The six steps of the ladder of involvement (seed 001, Middlesbrough).
pub const LEVELS: Vocab = &[
    ("informing", "level-informing"),
    ("researching", "level-researching"),
    ("consulting", "level-consulting"),
    ("participation", "level-participation"),
    ("delegated_power", "level-delegated-power"),
    ("empowerment", "level-empowerment"),
];

pub const TIME_COMMITMENTS: Vocab = &[
    ("one_off", "time-one-off"),
    ("few_hours_month", "time-few-hours-month"),
    ("day_month", "time-day-month"),
    ("more", "time-more"),
];

/// The lists a person chooses several values from, by the name stored in `person_choices`.
pub const CHOICE_LISTS: &[(&str, Vocab)] = &[
    ("way", WAYS),
    ("topic", TOPICS),
    ("access_need", ACCESS_NEEDS),
    ("area", AREAS),
    ("role", PARTICIPATION_ROLES),
    ("level", LEVELS),
];

pub const PAID_PREFERENCES: Vocab = &[
    ("paid", "paid-paid"),
    ("unpaid", "paid-unpaid"),
    ("either", "paid-either"),
];

pub const CONTACT_CHANNELS: Vocab = &[
    ("email", "contact-email"),
    ("phone", "contact-phone"),
    ("text", "contact-text"),
    ("post", "contact-post"),
];

pub const WEEKDAYS: Vocab = &[
    ("1", "weekday-1"),
    ("2", "weekday-2"),
    ("3", "weekday-3"),
    ("4", "weekday-4"),
    ("5", "weekday-5"),
    ("6", "weekday-6"),
    ("7", "weekday-7"),
];

pub const LAST_INVOLVED: Vocab = &[
    ("last_year", "involved-last-year"),
    ("not_last_year", "involved-not-last-year"),
    ("never", "involved-never"),
];

pub fn contains(vocab: Vocab, value: &str) -> bool {
    vocab.iter().any(|(v, _)| *v == value)
}

/// The words people read for a stored value; the value itself if it is not in the list.
pub fn label(vocab: Vocab, value: &str) -> String {
    vocab
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, key)| crate::kit::i18n::t(key))
        .unwrap_or_else(|| value.to_owned())
}

/// (value, words) pairs for radios and checkboxes.
pub fn options(vocab: Vocab) -> Vec<(&'static str, String)> {
    vocab
        .iter()
        .map(|(v, key)| (*v, crate::kit::i18n::t(key)))
        .collect()
}
