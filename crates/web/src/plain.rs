//! The plain-language checker as staff see it: the organisation's glossary and plainer words
//! fed in, and the findings shown beside the text before it is sent. Never blocking.

use sea_orm::QueryOrder;
use withus_db::OrgScope;
use withus_db::entities::glossary_term;
use withus_db::sea_orm::{self, DbErr};
use withus_plain::{Kind, Options, Report, check, line_and_column};

use crate::kit::blocks::{bullets, strong};
use crate::kit::components::escape;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{details, paragraph};
use crate::kit::tenancy::Tenant;

pub async fn glossary(scope: &OrgScope) -> Result<Vec<glossary_term::Model>, DbErr> {
    scope
        .find::<glossary_term::Entity>()
        .order_by_asc(glossary_term::Column::Term)
        .all(scope.db())
        .await
}

pub async fn options(scope: &OrgScope) -> Result<Options, DbErr> {
    let terms = glossary(scope).await?;
    Ok(Options {
        glossary: terms
            .iter()
            .filter(|g| g.kind == "term")
            .map(|g| g.term.clone())
            .collect(),
        plainer: terms
            .iter()
            .filter(|g| g.kind == "plainer")
            .map(|g| (g.term.clone(), g.meaning.clone()))
            .collect(),
        ..Options::default()
    })
}

pub struct Checked {
    pub text: String,
    pub report: Report,
}

pub async fn report(tenant: &Tenant, text: &str) -> AppResult<Checked> {
    Ok(checked(text, &options(&tenant.scope).await?))
}

/// The same with the organisation's options already loaded, for pages that check several
/// texts.
pub fn checked(text: &str, options: &Options) -> Checked {
    Checked {
        text: text.to_owned(),
        report: check(text, options),
    }
}

fn kind_label(kind: &Kind) -> String {
    match kind {
        Kind::Acronym => t("plain-acronym"),
        Kind::Jargon => t("plain-jargon"),
        Kind::LongSentence { .. } => t("plain-long"),
        Kind::Passive => t("plain-passive"),
        Kind::Plainer => t("plain-plainer"),
    }
}

/// A GOV.UK details block: the reading age and each finding with where it is and what to do.
pub fn findings_html(checked: &Checked, what: &str) -> String {
    if checked.text.trim().is_empty() {
        return String::new();
    }
    let reading = checked.report.reading;
    let age = format!("{:.0}", reading.reading_age());
    let count = checked.report.findings.len().to_string();
    let summary = t_args(
        "plain-summary",
        &[("what", what), ("count", &count), ("age", &age)],
    );
    let mut rows = Vec::new();
    for f in &checked.report.findings {
        let (line, column) = line_and_column(&checked.text, f.start);
        let quoted: String = f.text.chars().take(80).collect();
        rows.push(format!(
            "{} ({}): “{}”. {}",
            strong(&kind_label(&f.kind)),
            escape(&t_args(
                "plain-where",
                &[("line", &line.to_string()), ("column", &column.to_string())]
            )),
            escape(&quoted),
            escape(&f.suggestion),
        ));
    }
    let ease = t_args(
        "plain-ease",
        &[
            ("flesch", &format!("{:.0}", reading.flesch)),
            ("age", &age),
            ("words", &reading.words.to_string()),
        ],
    );
    let found = if rows.is_empty() {
        paragraph(&t("plain-none"))
    } else {
        bullets(&rows)
    };
    details(&summary, &format!("{}{found}", paragraph(&ease)))
}
