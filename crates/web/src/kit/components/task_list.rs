//! The GOV.UK task list: the parts of a long job, each with a link and whether it is done.

use std::borrow::Borrow;

use askama::Template;
use serde::Deserialize;

use super::{Tag, classes, content};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskText {
    pub text: Option<String>,
    pub html: Option<String>,
    pub classes: Option<String>,
}

impl TaskText {
    pub fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TaskStatus {
    pub text: Option<String>,
    pub html: Option<String>,
    pub tag: Option<Tag>,
    pub classes: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Task {
    pub title: TaskText,
    pub hint: Option<TaskText>,
    pub href: Option<String>,
    pub status: TaskStatus,
    pub classes: Option<String>,
}

/// Items may be missing (`null`, `false`, `""` in the fixtures); they keep their place in
/// the numbering of ids, as in govuk-frontend.
#[derive(Clone, Debug, Default, Template)]
#[template(path = "components/task_list.html")]
pub struct TaskList {
    pub id_prefix: Option<String>,
    pub classes: Option<String>,
    pub items: Vec<Option<Task>>,
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct TaskListOptions {
    id_prefix: Option<String>,
    classes: Option<String>,
    items: Vec<serde_json::Value>,
}

impl<'de> Deserialize<'de> for TaskList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let o = TaskListOptions::deserialize(d)?;
        let items = o
            .items
            .into_iter()
            .map(|v| match v {
                serde_json::Value::Object(_) => serde_json::from_value(v).ok(),
                _ => None,
            })
            .collect();
        Ok(Self {
            id_prefix: o.id_prefix,
            classes: o.classes,
            items,
        })
    }
}

impl Task {
    /// A part with a link, its status as plain words ("Completed") or as a tag.
    pub fn link(title: impl Into<String>, href: impl Into<String>, status: TaskStatus) -> Self {
        Self {
            title: TaskText {
                text: Some(title.into()),
                ..TaskText::default()
            },
            href: Some(href.into()),
            status,
            ..Self::default()
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(TaskText {
            text: Some(hint.into()),
            ..TaskText::default()
        });
        self
    }

    fn item_classes(&self) -> String {
        classes(&[
            "govuk-task-list__item",
            if self.href.is_some() {
                "govuk-task-list__item--with-link"
            } else {
                ""
            },
            self.classes.as_deref().unwrap_or(""),
        ])
    }

    fn link_classes(&self) -> String {
        classes(&[
            "govuk-link govuk-task-list__link",
            self.title.classes.as_deref().unwrap_or(""),
        ])
    }

    fn status_classes(&self) -> String {
        classes(&[
            "govuk-task-list__status",
            self.status.classes.as_deref().unwrap_or(""),
        ])
    }

    fn status_body(&self) -> String {
        match &self.status.tag {
            Some(tag) => super::render(tag),
            None => content(&self.status.text, &self.status.html),
        }
    }
}

impl TaskStatus {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn tag(tag: Tag) -> Self {
        Self {
            tag: Some(tag),
            ..Self::default()
        }
    }
}

impl TaskList {
    pub fn new(id_prefix: &str, items: Vec<Task>) -> Self {
        Self {
            id_prefix: Some(id_prefix.to_owned()),
            classes: None,
            items: items.into_iter().map(Some).collect(),
        }
    }

    fn prefix(&self) -> &str {
        self.id_prefix.as_deref().unwrap_or("task-list")
    }

    fn list_classes(&self) -> String {
        classes(&["govuk-task-list", self.classes.as_deref().unwrap_or("")])
    }

    /// The ids of a part's hint and status, numbered from 1 as in the macro. The template
    /// hands its loop index by reference.
    fn ids(&self, index: impl Borrow<usize>) -> (String, String) {
        let n = index.borrow() + 1;
        let p = self.prefix();
        (format!("{p}-{n}-hint"), format!("{p}-{n}-status"))
    }

    fn described_by(&self, index: impl Borrow<usize>, task: &Task) -> String {
        let (hint, status) = self.ids(index);
        match task.hint {
            Some(_) => format!("{hint} {status}"),
            None => status,
        }
    }
}
