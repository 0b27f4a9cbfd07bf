//! The opportunity form as the GOV.UK task list: a first page for what it is about, then a
//! list of its parts, each with whether it is done and a page of its own.

use crate::kit::components::{Tag, Task, TaskList, TaskStatus, render};
use crate::kit::form_parts::hidden_input;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::opportunities::forms::{Lists, OpportunityForm, Part};
use crate::opportunities::views::form::part_fields;

/// The first page of a new opportunity: what it is about. It is saved as a draft, and the
/// task list takes it from there.
pub fn new_page(page: Page, form: &OpportunityForm, errors: &Errors, lists: &Lists) -> Sections {
    let mut fields = vec![hidden_input("part", Part::About.slug())];
    fields.extend(part_fields(Part::About, form, errors, lists));
    Sections::new(page, t("opp-add"))
        .back("/opportunities")
        .errors(errors)
        .paragraph(&t("opp-new-intro"))
        .form("/opportunities", &fields, &t("opp-save-continue"))
}

/// One part of an opportunity, on its own page.
pub fn part_page(
    page: Page,
    id: uuid::Uuid,
    title: &str,
    part: Part,
    form: &OpportunityForm,
    errors: &Errors,
    lists: &Lists,
) -> Sections {
    let action = format!("/opportunities/{id}/edit/{}", part.slug());
    Sections::new(page, t(part.title_key()))
        .back(format!("/opportunities/{id}/edit"))
        .caption(title)
        .errors(errors)
        .form(
            &action,
            &part_fields(part, form, errors, lists),
            &t("opp-save"),
        )
}

/// The parts of an opportunity, each with whether it is done; `saved` names the part just
/// saved, or "added" for a new draft.
pub fn task_list_page(
    page: Page,
    id: uuid::Uuid,
    title: &str,
    form: &OpportunityForm,
    saved: &str,
) -> Sections {
    let banner = match (saved, Part::from_slug(saved)) {
        ("added", _) => Some(t("opp-added-next")),
        (_, Some(part)) => Some(t_args("opp-part-saved", &[("part", &t(part.title_key()))])),
        _ => None,
    };
    let done = Part::ALL.iter().filter(|p| p.done(form)).count();
    let tasks = Part::ALL
        .into_iter()
        .map(|part| {
            let href = format!("/opportunities/{id}/edit/{}", part.slug());
            let status = if part.done(form) {
                TaskStatus::text(t("opp-part-done"))
            } else {
                TaskStatus::tag(Tag::new(t("opp-part-not-done"), "blue"))
            };
            let task = Task::link(t(part.title_key()), href, status);
            if !part.done(form) && part.needed_to_open() {
                task.hint(t("opp-part-needed"))
            } else {
                task
            }
        })
        .collect();
    Sections::new(page, title.to_owned())
        .caption(t("opp-caption"))
        .banner(banner)
        .paragraph(&t("opp-parts-intro"))
        .paragraph(&t_args(
            "opp-parts-count",
            &[
                ("done", &done.to_string()),
                ("all", &Part::ALL.len().to_string()),
            ],
        ))
        .block(render(&TaskList::new("opportunity-parts", tasks)))
        .links(&[(format!("/opportunities/{id}"), t("opp-parts-back"))])
}
