//! Finding people by name as staff type it: "Patrick Ahmed", "ahmed p" and "pat" all find
//! Patrick Ahmed. `people.search_name` holds the family name first ("ahmed patrick"), so a
//! match on the whole text alone would miss a full name typed in the usual order.

use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
use sea_orm::{ColumnTrait, Condition};

/// The most words of a typed name that count; more only make the query longer.
const MOST_WORDS: usize = 5;

/// `text%` for LIKE, with LIKE's own characters taken literally (escaped with `\`).
pub fn like_prefix(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("{escaped}%")
}

/// Rows whose `column` (lower-case words) has, for every word typed, a word starting with it.
pub fn name_starts<C: ColumnTrait>(column: C, typed: &str) -> Condition {
    let typed = typed.trim().to_lowercase();
    let mut all = Condition::all();
    for word in typed.split_whitespace().take(MOST_WORDS) {
        let starts = like_prefix(word);
        all = all.add(
            Condition::any()
                .add(Expr::col(column).like(LikeExpr::new(starts.clone()).escape('\\')))
                .add(Expr::col(column).like(LikeExpr::new(format!("% {starts}")).escape('\\'))),
        );
    }
    all
}

#[cfg(test)]
mod tests {
    use super::like_prefix;

    #[test]
    fn like_characters_are_taken_literally() {
        assert_eq!(like_prefix("o'neil"), "o'neil%");
        assert_eq!(like_prefix("50%_a\\"), "50\\%\\_a\\\\%");
    }
}
