//! Erasure as the map says, table by table, on the connection it is given: the caller runs it
//! inside one transaction so that a failure half-way leaves the person untouched.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, DbErr};
use uuid::Uuid;

use super::links::{Subject, rows_of};
use super::{Erase, Rows, TABLES, Table};

const SOMEONE: &str = "someone who has left";

/// The value a column is set to in every row of the person's that stays, or `None` when the
/// column keeps its value or is rewritten row by row.
fn set_to(erase: Erase, now: DateTime<Utc>) -> Option<SimpleExpr> {
    match erase {
        // A bare NULL, so PostgreSQL takes it for any column's type.
        Erase::Blank => Some(Expr::cust("NULL")),
        Erase::Empty => Some(Expr::val("")),
        Erase::Placeholder(words) => Some(Expr::val(words)),
        Erase::False => Some(Expr::val(false)),
        Erase::Now => Some(Expr::val(now)),
        Erase::Keep(_) | Erase::WithRow | Erase::Token | Erase::Names | Erase::WholeIfNamed(_) => {
            None
        }
    }
}

/// A column's text after erasure, for the columns rewritten row by row.
fn rewrite(text: &str, erase: Erase, s: &Subject, token: &str) -> String {
    match erase {
        Erase::Token => text.replace(&s.person_id.to_string(), token),
        Erase::Names => s.identifiers().fold(text.to_owned(), |text, id| {
            replace_any_case(&text, id, SOMEONE)
        }),
        Erase::WholeIfNamed(words)
            if s.identifiers()
                .any(|id| text.to_ascii_lowercase().contains(&id.to_ascii_lowercase())) =>
        {
            words.to_owned()
        }
        _ => text.to_owned(),
    }
}

/// `text` with every match of `what`, in any case, replaced: people type names as they come
/// ("JO BENNETT", "jo bennett"). ASCII case only, which keeps byte offsets where they were.
fn replace_any_case(text: &str, what: &str, with: &str) -> String {
    let needle = what.to_ascii_lowercase();
    if needle.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.to_ascii_lowercase().match_indices(&needle) {
        out.push_str(&text[last..at]);
        out.push_str(with);
        last = at + needle.len();
    }
    out.push_str(&text[last..]);
    out
}

/// Rewrites, row by row, the columns whose new text depends on what they hold.
async fn rewrite_rows<C: ConnectionTrait>(db: &C, t: &Table, s: &Subject) -> Result<(), DbErr> {
    let columns: Vec<_> = t
        .columns
        .iter()
        .filter(|c| {
            matches!(
                c.erase,
                Erase::Token | Erase::Names | Erase::WholeIfNamed(_)
            )
        })
        .collect();
    let Some(condition) = rows_of(t, s).filter(|_| !columns.is_empty()) else {
        return Ok(());
    };
    let mut select = Query::select();
    select
        .column(Alias::new("id"))
        .from(Alias::new(t.name))
        .cond_where(condition);
    for c in &columns {
        select.column(Alias::new(c.name));
    }
    for row in db.query_all(&select).await? {
        let id: Uuid = row.try_get("", "id")?;
        // One new id a row: the same in the pool and the result, so the draw checks again.
        let token = Uuid::new_v4().to_string();
        let mut update = Query::update();
        update.table(Alias::new(t.name));
        for c in &columns {
            let text: Option<String> = row.try_get("", c.name)?;
            let new = text.map(|text| rewrite(&text, c.erase, s, &token));
            update.value(Alias::new(c.name), Expr::val(new));
        }
        update
            .and_where(Expr::col(Alias::new("organisation_id")).eq(s.organisation_id))
            .and_where(Expr::col(Alias::new("id")).eq(id));
        db.execute(&update).await?;
    }
    Ok(())
}

/// Erases everything the map ties to the person, table by table in the map's order. Run it in
/// a transaction: each statement depends on the ones before having run.
pub async fn erase<C: ConnectionTrait>(
    db: &C,
    s: &Subject,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for t in TABLES {
        let Some(condition) = rows_of(t, s) else {
            continue;
        };
        match t.rows {
            Rows::Delete => {
                let delete = Query::delete()
                    .from_table(Alias::new(t.name))
                    .cond_where(condition)
                    .to_owned();
                db.execute(&delete).await?;
            }
            Rows::Keep => {
                rewrite_rows(db, t, s).await?;
                let values: Vec<_> = t
                    .columns
                    .iter()
                    .filter_map(|c| set_to(c.erase, now).map(|v| (Alias::new(c.name), v)))
                    .collect();
                if values.is_empty() {
                    continue;
                }
                let mut update = Query::update();
                update.table(Alias::new(t.name)).cond_where(condition);
                for (column, value) in values {
                    update.value(column, value);
                }
                db.execute(&update).await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject() -> Subject {
        Subject {
            organisation_id: Uuid::nil(),
            person_id: Uuid::from_u128(7),
            account_id: None,
            addresses: vec!["jo@example.org".into()],
            names: vec!["Jo Bennett".into()],
        }
    }

    #[test]
    fn rewriting_leaves_no_name_address_or_id() {
        let s = subject();
        let id = s.person_id.to_string();
        let pool = format!("[{{\"id\":\"{id}\",\"sex\":2}},{{\"id\":\"other\"}}]");
        let tokened = rewrite(&pool, Erase::Token, &s, "T");
        assert_eq!(tokened, "[{\"id\":\"T\",\"sex\":2},{\"id\":\"other\"}]");
        let said = "Jo Bennett (jo@example.org) needs a loop";
        assert_eq!(
            rewrite(said, Erase::Names, &s, "T"),
            "someone who has left (someone who has left) needs a loop"
        );
        assert_eq!(
            rewrite("JO BENNETT and jo bennett", Erase::Names, &s, "T"),
            "someone who has left and someone who has left"
        );
        assert_eq!(rewrite("jo", Erase::Names, &s, "T"), "jo");
        let file = "name,email\nJO BENNETT,x\nAl Smith,y";
        assert_eq!(rewrite(file, Erase::WholeIfNamed("gone"), &s, "T"), "gone");
        assert_eq!(
            rewrite("Al Smith", Erase::WholeIfNamed("gone"), &s, "T"),
            "Al Smith"
        );
        assert_eq!(
            rewrite("Jo Bennett", Erase::Keep("x"), &s, "T"),
            "Jo Bennett"
        );
    }

    #[test]
    fn only_plain_treatments_are_set_in_one_statement() {
        let now = Utc::now();
        assert!(set_to(Erase::Blank, now).is_some());
        assert!(set_to(Erase::Empty, now).is_some());
        assert!(set_to(Erase::Placeholder("x"), now).is_some());
        assert!(set_to(Erase::False, now).is_some());
        assert!(set_to(Erase::Now, now).is_some());
        for erase in [Erase::Keep("x"), Erase::WithRow, Erase::Token, Erase::Names] {
            assert!(set_to(erase, now).is_none(), "{erase:?}");
        }
    }
}
