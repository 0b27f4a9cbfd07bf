//! The person form's fields, as staff and the person themselves fill them in.

use crate::kit::components::{ChoiceKind, Choices, Fieldset, Input, Textarea, render};
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::vocab::{self, Vocab};
use crate::people::forms::PersonForm;

use super::{Voice, label, pairs};

fn choices(
    kind: ChoiceKind,
    name: &str,
    legend: String,
    list: Vocab,
    chosen: &[String],
    errors: &Errors,
) -> String {
    let options = vocab::options(list);
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let fieldset = Fieldset::legend(legend, "govuk-fieldset__legend--m", false);
    render(&Choices::new(kind, name, fieldset, &pairs(&options), &chosen).error(errors.get(name)))
}

/// The parts of a person's form an involved person also changes on a page of their own (the
/// GOV.UK "one thing per page" pattern), so a change is a few fields, not the whole profile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    /// How to reach them: email, phone, postcode and the ways they may be contacted.
    Contact,
    /// How they take part and the topics they care about.
    Ways,
    /// The work they would like: areas, roles, how much say, time and pay.
    Choices,
}

impl Part {
    /// The form's fields this part holds, in order.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Part::Contact => &["email", "phone", "postcode", "contact"],
            Part::Ways => &["ways", "topics"],
            Part::Choices => &[
                "areas",
                "roles",
                "levels",
                "time_commitment",
                "paid_preference",
            ],
        }
    }
}

/// The fields of one part, with what was typed and any errors.
pub fn part_fields(part: Part, form: &PersonForm, errors: &Errors, voice: Voice) -> Vec<String> {
    let l = |key: &str| label(voice, key);
    let input = |name: &str, key: &str, value: &str| {
        Input::new(name, l(key))
            .value(value)
            .error(errors.get(name))
    };
    let checkboxes = |name: &str, key: &str, list: Vocab, chosen: &[String]| {
        choices(ChoiceKind::Checkboxes, name, l(key), list, chosen, errors)
    };
    let radios = |name: &str, key: &str, list: Vocab, chosen: &String| {
        choices(
            ChoiceKind::Radios,
            name,
            l(key),
            list,
            std::slice::from_ref(chosen),
            errors,
        )
    };
    match part {
        Part::Contact => vec![
            render(
                &input("email", "field-email", &form.email)
                    .kind("email")
                    .autocomplete("off")
                    .spellcheck(false),
            ),
            render(
                &input("phone", "field-phone", &form.phone)
                    .kind("tel")
                    .autocomplete("off")
                    .classes("govuk-input--width-20"),
            ),
            render(
                &input("postcode", "field-postcode", &form.postcode)
                    .autocomplete("off")
                    .classes("govuk-input--width-10"),
            ),
            checkboxes(
                "contact",
                "field-contact",
                vocab::CONTACT_CHANNELS,
                &form.contact,
            ),
        ],
        Part::Ways => vec![
            checkboxes("ways", "field-ways", vocab::WAYS, &form.ways),
            checkboxes("topics", "field-topics", vocab::TOPICS, &form.topics),
        ],
        Part::Choices => vec![
            checkboxes("areas", "field-areas", vocab::AREAS, &form.areas),
            checkboxes(
                "roles",
                "field-roles",
                vocab::PARTICIPATION_ROLES,
                &form.roles,
            ),
            checkboxes("levels", "field-levels", vocab::LEVELS, &form.levels),
            radios(
                "time_commitment",
                "field-time-commitment",
                vocab::TIME_COMMITMENTS,
                &form.time_commitment,
            ),
            radios(
                "paid_preference",
                "field-paid-preference",
                vocab::PAID_PREFERENCES,
                &form.paid_preference,
            ),
        ],
    }
}

/// Every field of a person's form, in order, with what was typed and any errors.
/// `contacts` are the staff who can be a named contact; the person's own form leaves it out.
pub fn person_fields(
    form: &PersonForm,
    errors: &Errors,
    voice: Voice,
    contacts: &[(uuid::Uuid, String)],
) -> Vec<String> {
    let l = |key: &str| label(voice, key);
    let input = |name: &str, key: &str, value: &str| {
        Input::new(name, l(key))
            .value(value)
            .error(errors.get(name))
    };
    let mut fields = vec![
        render(
            &input("given_name", "field-given-name", &form.given_name)
                .autocomplete("off")
                .spellcheck(false),
        ),
        render(
            &input("family_name", "field-family-name", &form.family_name)
                .autocomplete("off")
                .spellcheck(false),
        ),
        render(
            &input(
                "preferred_name",
                "field-preferred-name",
                &form.preferred_name,
            )
            .hint(l("preferred-name-hint"))
            .spellcheck(false),
        ),
        render(
            &input("pronouns", "field-pronouns", &form.pronouns)
                .hint(t("pronouns-hint"))
                .classes("govuk-input--width-10"),
        ),
        render(&{
            let options = vocab::options(vocab::INVOLVEMENT_ROLES);
            let fieldset = Fieldset::legend(
                l("field-involvement-role"),
                "govuk-fieldset__legend--m",
                false,
            );
            Choices::radios(
                "involvement_role",
                fieldset,
                &pairs(&options),
                &[form.involvement_role.as_str()],
            )
            .hint(l("involvement-role-hint"))
            .error(errors.get("involvement_role"))
        }),
    ];
    fields.extend(part_fields(Part::Contact, form, errors, voice));
    fields.extend(part_fields(Part::Ways, form, errors, voice));
    fields.extend(access_fields(form, errors, voice));
    fields.extend(part_fields(Part::Choices, form, errors, voice));
    if voice == Voice::Staff {
        let none = t("named-contact-none");
        let ids: Vec<String> = contacts.iter().map(|(id, _)| id.to_string()).collect();
        let mut options: Vec<(&str, &str)> = vec![("", none.as_str())];
        options.extend(
            ids.iter()
                .zip(contacts)
                .map(|(id, (_, name))| (id.as_str(), name.as_str())),
        );
        let select = crate::kit::components::Select::new(
            "named_contact",
            t("field-named-contact"),
            &options,
            &form.named_contact,
        )
        .error(errors.get("named_contact"));
        fields.push(render(&select));
    }
    fields
}

/// What helps the person take part: the checkboxes and the notes, also asked on a page of
/// their own (`/my/access-needs`) so changing them does not mean passing the whole profile.
pub fn access_fields(form: &PersonForm, errors: &Errors, voice: Voice) -> [String; 2] {
    let l = |key: &str| label(voice, key);
    [
        choices(
            ChoiceKind::Checkboxes,
            "access_needs",
            l("field-access-needs"),
            vocab::ACCESS_NEEDS,
            &form.access_needs,
            errors,
        ),
        render(
            &Textarea::new("access_notes", l("field-access-notes"))
                .value(&form.access_notes)
                .error(errors.get("access_notes")),
        ),
    ]
}
