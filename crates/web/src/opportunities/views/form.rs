//! The opportunity form's fields, part by part, with what was typed and any errors.

use crate::kit::components::{
    ChoiceItem, ChoiceKind, Choices, DateInput, Fieldset, Hint, Input, Select, Textarea, render,
};
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::opportunities::forms::{Lists, OpportunityForm, Part, ROLE_SLOTS};
use crate::opportunities::vocab::{self, Vocab};

fn fieldset(legend: String) -> Fieldset {
    Fieldset::legend(legend, "govuk-fieldset__legend--m", false)
}

fn choices(
    kind: ChoiceKind,
    name: &str,
    key: &str,
    list: Vocab,
    chosen: &[String],
    errors: &Errors,
) -> String {
    let options = vocab::options(list);
    let pairs: Vec<(&str, &str)> = options.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    render(&Choices::new(kind, name, fieldset(t(key)), &pairs, &chosen).error(errors.get(name)))
}

/// The ladder of involvement with each step explained in plain words.
fn ladder(chosen: &str, errors: &Errors) -> String {
    let mut radios = Choices::new(
        ChoiceKind::Radios,
        "level",
        fieldset(t("opp-field-level")),
        &[],
        &[],
    )
    .hint(t("opp-level-hint"))
    .error(errors.get("level"));
    radios.items = vocab::LEVELS
        .iter()
        .map(|(value, key)| ChoiceItem {
            value: Some((*value).to_owned()),
            text: Some(t(key)),
            hint: Some(Hint::text(t(&format!("{key}-explained")))),
            checked: *value == chosen,
            ..ChoiceItem::default()
        })
        .collect();
    render(&radios)
}

/// One part's fields, with what was typed and any errors.
pub fn part_fields(
    part: Part,
    form: &OpportunityForm,
    errors: &Errors,
    lists: &Lists,
) -> Vec<String> {
    let f = Fields { form, errors };
    match part {
        Part::About => f.about(),
        Part::Say => f.say(),
        Part::Roles => f.roles(lists),
        Part::When => f.when(),
        Part::Places => f.places(lists),
    }
}

struct Fields<'a> {
    form: &'a OpportunityForm,
    errors: &'a Errors,
}

impl Fields<'_> {
    fn input(&self, name: &str, key: &str, value: &str) -> Input {
        Input::new(name, t(key))
            .value(value)
            .error(self.errors.get(name))
    }

    fn textarea(&self, name: &str, key: &str, value: &str) -> Textarea {
        Textarea::new(name, t(key))
            .value(value)
            .error(self.errors.get(name))
    }

    fn radios(&self, name: &str, key: &str, list: Vocab, chosen: &String) -> String {
        choices(
            ChoiceKind::Radios,
            name,
            key,
            list,
            std::slice::from_ref(chosen),
            self.errors,
        )
    }

    fn about(&self) -> Vec<String> {
        let form = self.form;
        vec![
            render(&self.input("title", "opp-field-title", &form.title)),
            render(
                &self
                    .textarea("summary", "opp-field-summary", &form.summary)
                    .hint(t("opp-summary-hint")),
            ),
            render(
                &self
                    .textarea("purpose", "opp-field-purpose", &form.purpose)
                    .hint(t("opp-purpose-hint")),
            ),
            render(
                &self
                    .textarea("outcomes", "opp-field-outcomes", &form.outcomes)
                    .hint(t("opp-outcomes-hint")),
            ),
            choices(
                ChoiceKind::Checkboxes,
                "topics",
                "opp-field-topics",
                vocab::TOPICS,
                &form.topics,
                self.errors,
            ),
        ]
    }

    fn say(&self) -> Vec<String> {
        let form = self.form;
        vec![
            ladder(&form.level, self.errors),
            render(&self.textarea("can_change", "opp-field-can-change", &form.can_change)),
            render(&self.textarea(
                "cannot_change",
                "opp-field-cannot-change",
                &form.cannot_change,
            )),
            render(
                &self
                    .input("who_decides", "opp-field-who-decides", &form.who_decides)
                    .hint(t("opp-who-decides-hint")),
            ),
            self.radios("area", "opp-field-area", vocab::AREAS, &form.area),
            self.radios(
                "org_level",
                "opp-field-org-level",
                vocab::ORG_LEVELS,
                &form.org_level,
            ),
        ]
    }

    fn roles(&self, lists: &Lists) -> Vec<String> {
        let none = t("opp-role-none");
        let own = t("opp-role-own");
        let role_options = vocab::options(vocab::PARTICIPATION_ROLES);
        let mut pairs: Vec<(&str, &str)> = vec![("", none.as_str())];
        pairs.extend(role_options.iter().map(|(v, l)| (*v, l.as_str())));
        pairs.push(("own", own.as_str()));
        let nothing = t("opp-role-requires-nothing");
        let course_ids: Vec<String> = lists.courses.iter().map(|(id, _)| id.to_string()).collect();
        let mut courses: Vec<(&str, &str)> = vec![("", nothing.as_str())];
        courses.extend(
            course_ids
                .iter()
                .zip(&lists.courses)
                .map(|(id, (_, name))| (id.as_str(), name.as_str())),
        );
        let mut fields = Vec::new();
        for (i, role) in self.form.roles.iter().enumerate().take(ROLE_SLOTS) {
            let n = i + 1;
            fields.push(crate::kit::blocks::heading(
                2,
                "m",
                &crate::kit::i18n::t_args("opp-role-heading", &[("number", &n.to_string())]),
            ));
            fields.push(render(
                &Select::new(
                    &format!("role_kind_{n}"),
                    t("opp-field-role-kind"),
                    &pairs,
                    &role.kind,
                )
                .error(self.errors.get(&format!("role_kind_{n}"))),
            ));
            fields.push(render(
                &self
                    .input(&format!("role_name_{n}"), "opp-field-role-name", &role.name)
                    .hint(t("opp-role-name-hint")),
            ));
            fields.push(render(&self.textarea(
                &format!("role_description_{n}"),
                "opp-field-role-description",
                &role.description,
            )));
            if !lists.courses.is_empty() {
                fields.push(render(
                    &Select::new(
                        &format!("role_requires_{n}"),
                        t("opp-field-role-requires"),
                        &courses,
                        &role.requires,
                    )
                    .hint(t("opp-role-requires-hint")),
                ));
            }
        }
        fields
    }

    fn when(&self) -> Vec<String> {
        let form = self.form;
        vec![
            self.radios(
                "time_commitment",
                "opp-field-time",
                vocab::TIME_COMMITMENTS,
                &form.time_commitment,
            ),
            self.radios("way", "opp-field-way", vocab::WAYS, &form.way),
            render(&self.input("venue", "opp-field-venue", &form.venue)),
            choices(
                ChoiceKind::Checkboxes,
                "access",
                "opp-field-access",
                vocab::ACCESS_NEEDS,
                &form.access,
                self.errors,
            ),
            render(
                &DateInput::new(
                    "starts",
                    fieldset(t("opp-field-date")),
                    &form.day,
                    &form.month,
                    &form.year,
                )
                .error(self.errors.get("starts")),
            ),
            render(
                &self
                    .input("from", "opp-field-from", &form.from)
                    .classes("govuk-input--width-5")
                    .hint(t("opp-time-hint")),
            ),
            render(
                &self
                    .input("to", "opp-field-to", &form.to)
                    .classes("govuk-input--width-5"),
            ),
        ]
    }

    fn places(&self, lists: &Lists) -> Vec<String> {
        let form = self.form;
        let nobody = t("opp-owner-none");
        let mut owners: Vec<(String, String)> = vec![(String::new(), nobody)];
        owners.extend(
            lists
                .staff
                .iter()
                .map(|(id, name)| (id.to_string(), name.clone())),
        );
        let owner_pairs: Vec<(&str, &str)> = owners
            .iter()
            .map(|(v, l)| (v.as_str(), l.as_str()))
            .collect();
        vec![
            self.radios(
                "paid",
                "opp-field-paid",
                &[("yes", "opp-paid-yes"), ("no", "opp-paid-no")],
                &form.paid,
            ),
            render(
                &self
                    .input("rate", "opp-field-rate", &form.rate)
                    .classes("govuk-input--width-5")
                    .hint(t("opp-rate-hint")),
            ),
            self.radios(
                "rate_unit",
                "opp-field-rate-unit",
                vocab::RATE_UNITS,
                &form.rate_unit,
            ),
            render(
                &self
                    .input("places", "opp-field-places", &form.places)
                    .classes("govuk-input--width-3")
                    .kind("number"),
            ),
            render(
                &self
                    .input("reserves", "opp-field-reserves", &form.reserves)
                    .classes("govuk-input--width-3")
                    .kind("number"),
            ),
            render(&Select::new(
                "owner",
                t("opp-field-owner"),
                &owner_pairs,
                &form.owner,
            )),
            render(
                &self
                    .input("budget", "opp-field-budget", &form.budget)
                    .classes("govuk-input--width-10")
                    .hint(t("opp-budget-hint")),
            ),
        ]
    }
}
