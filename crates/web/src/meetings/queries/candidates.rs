//! Finding an involved person to expect at a meeting: by the start of any of their names, with
//! what tells people of the same name apart, and those already chosen for the opportunity first.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DbErr, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, person};
use withus_db::name_search::name_starts;

/// Where someone stands on the meeting's opportunity, in the order they are offered.
const STANDINGS: [&str; 3] = ["confirmed", "reserve", "offered"];

/// Someone who could be expected, with what tells them apart from others of the same name.
pub struct Candidate {
    pub id: Uuid,
    pub name: String,
    /// The first half of their postcode (NB3), never the whole of it.
    pub area: Option<String>,
    pub role: String,
    pub last_involved: Option<DateTime<Utc>>,
    /// Confirmed, on reserve or offered a place on the meeting's opportunity.
    pub standing: Option<String>,
}

/// The first half of a UK postcode: enough to tell two people apart, not enough to find them.
pub fn postcode_area(postcode: &str) -> Option<String> {
    let mut words = postcode.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => Some(first.to_uppercase()),
        // Written without its space: the last three characters are the second half.
        (Some(whole), None) => {
            let chars: Vec<char> = whole.to_uppercase().chars().collect();
            (chars.len() > 3).then(|| chars[..chars.len() - 3].iter().collect())
        }
        _ => None,
    }
}

/// People who may be expected (not erased, not left): with `name`, those with a name starting
/// so, at most `most`; without, only those confirmed, on reserve or offered a place on
/// `opportunity_id`. Those come first either way, then by family and given name. Also how many
/// matched in all, so the page can say when it shows only some.
pub async fn find_candidates(
    scope: &OrgScope,
    opportunity_id: Uuid,
    name: &str,
    most: u64,
) -> Result<(Vec<Candidate>, u64), DbErr> {
    let standing: HashMap<Uuid, String> = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity_id))
        .filter(interest::Column::Status.is_in(STANDINGS))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| (i.person_id, i.status))
        .collect();
    let mut query = scope
        .find::<person::Entity>()
        .filter(person::Column::ErasedAt.is_null())
        .filter(person::Column::Status.ne("left"));
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        query = query.filter(person::Column::Id.is_in(standing.keys().copied()));
    } else {
        // "Patrick Ahmed", "ahm" and "pat" all find Patrick Ahmed.
        query = query.filter(name_starts(person::Column::SearchName, &name));
    }
    let total = query.clone().count(scope.db()).await?;
    let rows = query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .limit(most)
        .all(scope.db())
        .await?;
    let mut found: Vec<Candidate> = rows
        .iter()
        .map(|p| Candidate {
            id: p.id,
            name: crate::people::display_name(p),
            area: p.postcode.as_deref().and_then(postcode_area),
            role: p.involvement_role.clone(),
            last_involved: p.last_involved_at,
            standing: standing.get(&p.id).cloned(),
        })
        .collect();
    let rank = |c: &Candidate| {
        c.standing
            .as_deref()
            .and_then(|s| STANDINGS.iter().position(|x| *x == s))
            .unwrap_or(STANDINGS.len())
    };
    // A stable sort keeps the name order within each standing.
    found.sort_by_key(rank);
    Ok((found, total))
}

#[cfg(test)]
mod tests {
    use super::postcode_area;

    #[test]
    fn the_area_is_the_first_half_of_the_postcode() {
        assert_eq!(postcode_area("nb3 4jq").as_deref(), Some("NB3"));
        assert_eq!(postcode_area("NB34JQ").as_deref(), Some("NB3"));
        assert_eq!(postcode_area("SW1A1AA").as_deref(), Some("SW1A"));
        assert_eq!(postcode_area("AB1"), None);
        assert_eq!(postcode_area(""), None);
        // Whatever was typed, never a panic on a character wider than a byte.
        assert_eq!(postcode_area("ÉÉÉÉ1AB").as_deref(), Some("ÉÉÉÉ"));
        assert_eq!(postcode_area("  nb3   4jq ").as_deref(), Some("NB3"));
    }
}
