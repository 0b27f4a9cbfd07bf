//! The forms of a page as a browser sees them: each control's name, what the page would send
//! for it and what it looks like (its type, label, hint, width), read from the HTML.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Selector};

use super::crawl::{ours, template_of};

/// The form token's field (and, for file uploads, query parameter).
pub const TOKEN: &str = "csrf_token";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    Textarea,
    Hidden,
    Select,
    /// A group of radios or checkboxes sharing a name.
    Choice,
    File,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub id: String,
    pub kind: Kind,
    /// An input's `type` ("text", "email", "number", "password"), lower case.
    pub input_type: String,
    /// What the page sends for it: nothing for an unticked box, several for ticked boxes.
    pub sent: Vec<String>,
    /// The choices offered by a select, radios or checkboxes.
    pub options: Vec<String>,
    pub label: String,
    pub hint: String,
    pub class: String,
    pub inputmode: String,
}

#[derive(Clone, Debug)]
pub struct Form {
    /// The page it was found on.
    pub page: String,
    /// Where it posts, as written (a file upload carries its token in the query).
    pub action: String,
    /// The route template `action` matches.
    pub template: String,
    pub multipart: bool,
    pub fields: Vec<Field>,
}

impl Form {
    /// What the browser would send as the page stands, files aside.
    pub fn pairs(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .filter(|f| f.kind != Kind::File)
            .flat_map(|f| f.sent.iter().map(move |v| (f.name.clone(), v.clone())))
            .collect()
    }

    /// The names of its file inputs, sent empty as a browser does when no file is chosen.
    pub fn files(&self) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| f.kind == Kind::File)
            .map(|f| f.name.clone())
            .collect()
    }

    /// The fields to put hostile values in: all but the token and files.
    pub fn fuzzable(&self) -> Vec<&Field> {
        self.fields
            .iter()
            .filter(|f| f.kind != Kind::File && f.name != TOKEN)
            .collect()
    }

    /// Whether someone types or chooses anything in it (rather than only pressing a button).
    pub fn has_visible_fields(&self) -> bool {
        self.fuzzable().iter().any(|f| f.kind != Kind::Hidden)
    }

    /// The form token the page gave it, from its hidden field or its address.
    pub fn token(&self) -> String {
        self.fields
            .iter()
            .find(|f| f.name == TOKEN)
            .and_then(|f| f.sent.first().cloned())
            .or_else(|| {
                let (_, query) = self.action.split_once('?')?;
                url::form_urlencoded::parse(query.as_bytes())
                    .find(|(k, _)| k == TOKEN)
                    .map(|(_, v)| v.into_owned())
            })
            .unwrap_or_default()
    }

    /// Forms with the same route and field names are the same form for the fuzzer.
    pub fn signature(&self) -> String {
        let mut names: Vec<&str> = self.fields.iter().map(|f| f.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        format!("{} {}", self.template, names.join(","))
    }
}

/// `action` without its token in the query.
pub fn without_token(action: &str) -> String {
    let Some((path, query)) = action.split_once('?') else {
        return action.to_owned();
    };
    let prefix = format!("{TOKEN}=");
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.starts_with(&prefix))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// `action` with the token in its query, where the CSRF check looks for a multipart form's.
pub fn with_token(action: &str, token: &str) -> String {
    let bare = without_token(action);
    let joint = if bare.contains('?') { '&' } else { '?' };
    format!("{bare}{joint}{TOKEN}={token}")
}

pub struct Read {
    pub forms: Vec<Form>,
    pub links: Vec<String>,
    pub problems: Vec<String>,
}

/// The links and POST forms of one page. Kept apart from the crawl's awaits: a parsed page is
/// not `Send`.
pub fn read_page(body: &str, url: &str, posts: &[&'static str]) -> Read {
    let html = Html::parse_document(body);
    let select = |s: &str| Selector::parse(s).expect("selector");
    let (links, forms) = (select("a[href]"), select("form"));
    let labels: HashMap<String, String> = html
        .select(&select("label[for]"))
        .filter_map(|l| Some((l.value().attr("for")?.to_owned(), fold(l))))
        .collect();
    let hints: HashMap<String, String> = html
        .select(&select("[id$='-hint']"))
        .filter_map(|h| Some((h.value().attr("id")?.to_owned(), fold(h))))
        .collect();
    let mut read = Read {
        forms: Vec::new(),
        links: html
            .select(&links)
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_owned)
            .collect(),
        problems: Vec::new(),
    };
    for form in html.select(&forms) {
        let element = form.value();
        let post = element
            .attr("method")
            .is_some_and(|m| m.eq_ignore_ascii_case("post"));
        if !post {
            continue;
        }
        let written = element
            .attr("action")
            .filter(|a| !a.is_empty())
            .unwrap_or(url);
        let action = ours(written);
        let template = action
            .as_deref()
            .and_then(|a| template_of(a.split('?').next().unwrap_or_default(), posts));
        let (Some(action), Some(template)) = (action, template) else {
            read.problems.push(format!(
                "{url}: a form posts to {written:?}, which no route takes"
            ));
            continue;
        };
        let multipart = element
            .attr("enctype")
            .is_some_and(|e| e.eq_ignore_ascii_case("multipart/form-data"));
        read.forms.push(Form {
            page: url.to_owned(),
            action,
            template: template.to_owned(),
            multipart,
            fields: fields_of(form, &labels, &hints),
        });
    }
    read
}

/// The controls of a form in document order, radios and checkboxes of one name as one field.
fn fields_of(
    form: ElementRef,
    labels: &HashMap<String, String>,
    hints: &HashMap<String, String>,
) -> Vec<Field> {
    let controls = Selector::parse("input, select, textarea, button").expect("selector");
    let options = Selector::parse("option").expect("selector");
    let mut fields: Vec<Field> = Vec::new();
    let mut pressed = false;
    for control in form.select(&controls) {
        let element = control.value();
        let Some(name) = element.attr("name").filter(|n| !n.is_empty()) else {
            continue;
        };
        if element.attr("disabled").is_some() {
            continue;
        }
        let id = element.attr("id").unwrap_or(name).to_owned();
        let input_type = element
            .attr("type")
            .unwrap_or(if element.name() == "input" {
                "text"
            } else {
                ""
            })
            .to_ascii_lowercase();
        let value = element.attr("value").unwrap_or_default().to_owned();
        let mut field = Field {
            name: name.to_owned(),
            label: labels.get(&id).cloned().unwrap_or_default(),
            hint: hints
                .get(&format!("{id}-hint"))
                .cloned()
                .unwrap_or_default(),
            id,
            kind: Kind::Text,
            input_type: input_type.clone(),
            sent: vec![value.clone()],
            options: Vec::new(),
            class: element.attr("class").unwrap_or_default().to_owned(),
            inputmode: element.attr("inputmode").unwrap_or_default().to_owned(),
        };
        match (element.name(), input_type.as_str()) {
            ("select", _) => {
                field.kind = Kind::Select;
                let mut chosen = None;
                for option in control.select(&options) {
                    let o = option.value();
                    let value = o.attr("value").map_or_else(|| fold(option), str::to_owned);
                    if o.attr("selected").is_some() && chosen.is_none() {
                        chosen = Some(value.clone());
                    }
                    field.options.push(value);
                }
                field.sent = chosen
                    .or_else(|| field.options.first().cloned())
                    .into_iter()
                    .collect();
            }
            ("textarea", _) => {
                field.kind = Kind::Textarea;
                field.sent = vec![control.text().collect()];
            }
            // Only the button pressed is sent: the fuzzer presses the first named one.
            ("button", "submit" | "") | ("input", "submit" | "image") => {
                if pressed {
                    continue;
                }
                pressed = true;
                field.kind = Kind::Hidden;
            }
            ("button", _) | ("input", "reset" | "button") => continue,
            ("input", "checkbox" | "radio") => {
                let value = if value.is_empty() {
                    "on".to_owned()
                } else {
                    value
                };
                let checked = element.attr("checked").is_some();
                let found = fields
                    .iter()
                    .position(|f| f.name == field.name && f.kind == Kind::Choice);
                let index = match found {
                    Some(index) => index,
                    None => {
                        field.kind = Kind::Choice;
                        field.sent.clear();
                        fields.push(field);
                        fields.len() - 1
                    }
                };
                let group = &mut fields[index];
                group.options.push(value.clone());
                if checked {
                    group.sent.push(value);
                }
                continue;
            }
            ("input", "file") => {
                field.kind = Kind::File;
                field.sent.clear();
            }
            ("input", "hidden") => field.kind = Kind::Hidden,
            _ => {}
        }
        fields.push(field);
    }
    fields
}

/// An element's text, whitespace folded.
fn fold(element: ElementRef) -> String {
    element
        .text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
