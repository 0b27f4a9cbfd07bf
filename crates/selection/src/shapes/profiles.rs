//! The categories of the named shapes: census-like population shares, and how readily people
//! with each value volunteer (1 is average), as involvement work sees it.

/// A category as the population has it: each value's name, population share (any scale) and
/// how readily people with it volunteer (1 is average).
pub struct Profile {
    pub name: String,
    pub values: Vec<(String, f64, f64)>,
}

fn profile(name: &str, values: &[(&str, f64, f64)]) -> Profile {
    Profile {
        name: name.to_string(),
        values: values
            .iter()
            .map(|&(v, share, readiness)| (v.to_string(), share, readiness))
            .collect(),
    }
}

/// The six categories of the pools, with census-like shares and the skew involvement
/// work sees: older people, women, carers and disabled people come forward more readily.
pub fn six() -> Vec<Profile> {
    vec![
        profile(
            "role",
            &[
                ("uses services", 0.35, 1.0),
                ("carer", 0.20, 1.3),
                ("family member", 0.15, 1.0),
                ("member of the public", 0.30, 0.7),
            ],
        ),
        profile(
            "age band",
            &[
                ("16 to 24", 0.14, 0.35),
                ("25 to 34", 0.17, 0.6),
                ("35 to 44", 0.16, 0.8),
                ("45 to 54", 0.16, 1.0),
                ("55 to 64", 0.15, 1.4),
                ("65 to 74", 0.12, 1.8),
                ("75 and over", 0.10, 1.5),
            ],
        ),
        profile(
            "ethnic group",
            &[
                ("White", 0.82, 1.15),
                ("Asian", 0.09, 0.6),
                ("Black", 0.04, 0.5),
                ("Mixed", 0.03, 0.6),
                ("Other", 0.02, 0.4),
            ],
        ),
        profile(
            "disability",
            &[("disabled", 0.18, 1.4), ("not disabled", 0.82, 1.0)],
        ),
        profile(
            "area",
            &[
                ("north", 0.22, 1.2),
                ("south", 0.25, 1.0),
                ("east", 0.18, 0.9),
                ("west", 0.20, 1.1),
                ("centre", 0.15, 0.7),
            ],
        ),
        profile(
            "gender",
            &[
                ("woman", 0.51, 1.5),
                ("man", 0.48, 0.75),
                ("another way", 0.01, 0.8),
            ],
        ),
    ]
}

/// Seven categories for the sf_e-like pool: a national assembly's kind (twelve regions, which
/// make many small quotas), skewed towards graduates and the already concerned.
pub fn seven() -> Vec<Profile> {
    vec![
        profile("gender", &[("female", 0.51, 1.3), ("male", 0.49, 0.8)]),
        profile(
            "age band",
            &[
                ("16 to 29", 0.20, 0.45),
                ("30 to 44", 0.24, 0.8),
                ("45 to 59", 0.25, 1.1),
                ("60 to 74", 0.20, 1.6),
                ("75 and over", 0.11, 1.2),
            ],
        ),
        profile(
            "region",
            &[
                ("North East", 0.04, 0.9),
                ("North West", 0.11, 1.0),
                ("Yorkshire", 0.08, 1.0),
                ("East Midlands", 0.07, 0.9),
                ("West Midlands", 0.09, 0.9),
                ("East", 0.09, 1.0),
                ("London", 0.135, 1.3),
                ("South East", 0.14, 1.2),
                ("South West", 0.085, 1.2),
                ("Wales", 0.05, 0.8),
                ("Scotland", 0.08, 0.9),
                ("Northern Ireland", 0.03, 0.6),
            ],
        ),
        profile(
            "education",
            &[
                ("degree", 0.27, 1.8),
                ("A level or similar", 0.30, 1.0),
                ("other or none", 0.43, 0.6),
            ],
        ),
        profile(
            "ethnic group",
            &[("White", 0.86, 1.1), ("minority ethnic group", 0.14, 0.55)],
        ),
        profile("setting", &[("urban", 0.83, 1.0), ("rural", 0.17, 1.1)]),
        profile(
            "attitude",
            &[
                ("very concerned", 0.25, 1.7),
                ("fairly concerned", 0.50, 1.0),
                ("not very concerned", 0.15, 0.6),
                ("not at all concerned", 0.10, 0.4),
            ],
        ),
    ]
}
