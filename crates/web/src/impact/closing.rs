//! Whether an opportunity's loop is closed: feedback sent to everyone involved, and the
//! evaluation done (what happened against each intended outcome, the reflection and the
//! lessons). The lifecycle refuses to close an opportunity until both are true.

use chrono::Utc;
use withus_db::OrgScope;
use withus_db::entities::outcome_result;

use super::queries;
use crate::kit::error::AppResult;
use crate::opportunities::Full;

pub struct LoopState {
    /// People still owed feedback about the opportunity or one of its meetings.
    pub unsent: usize,
    pub evaluated: bool,
}

fn filled(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Every intended outcome has what happened written against it.
pub fn outcomes_judged(outcomes: usize, results: &[outcome_result::Model]) -> bool {
    (1..=outcomes as i32).all(|position| {
        results
            .iter()
            .any(|r| r.position == position && !r.happened.trim().is_empty())
    })
}

pub async fn state(scope: &OrgScope, full: &Full) -> AppResult<LoopState> {
    let o = &full.opportunity;
    let waiting = queries::waiting(scope, Some(o.id), Utc::now()).await?;
    let results = queries::outcome_results(scope, o.id).await?;
    Ok(LoopState {
        unsent: waiting.iter().map(|w| w.people).sum(),
        evaluated: outcomes_judged(full.outcomes.len(), &results)
            && filled(&o.reflection)
            && filled(&o.lessons),
    })
}
