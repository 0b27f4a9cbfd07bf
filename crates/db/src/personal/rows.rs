//! A table's rows as JSON, by the table's name, through its entity so every value keeps its
//! type (an id reads as an id on SQLite and PostgreSQL alike).

use sea_orm::sea_query::Condition;
use sea_orm::{ConnectionTrait, DbErr, EntityName, EntityTrait, JsonValue, QueryFilter};

use crate::entities::*;

async fn rows_of<E: EntityTrait, C: ConnectionTrait>(
    db: &C,
    condition: Condition,
) -> Result<Vec<JsonValue>, DbErr> {
    E::find().filter(condition).into_json().all(db).await
}

macro_rules! by_name {
    ($($module:ident),* $(,)?) => {
        /// The rows of the named table that meet the condition; `None` for a table no entity
        /// describes.
        pub async fn rows_json<C: ConnectionTrait>(
            db: &C,
            table: &str,
            condition: Condition,
        ) -> Result<Option<Vec<JsonValue>>, DbErr> {
            $(
                if table == $module::Entity.table_name() {
                    return rows_of::<$module::Entity, C>(db, condition).await.map(Some);
                }
            )*
            Ok(None)
        }
    };
}

by_name!(
    account,
    account_role,
    action,
    agenda_item,
    assessment_rating,
    audit_event,
    claim,
    claim_line,
    claim_receipt,
    consent,
    contribution,
    contribution_person,
    course,
    draw_job,
    equality_answer,
    evaluation_answer,
    feedback,
    feedback_recipient,
    glossary_term,
    group,
    group_member,
    instance_setting,
    interest,
    invitation,
    meeting,
    meeting_acknowledgement,
    meeting_attendee,
    meeting_paper,
    mentoring_meeting,
    mentoring_pair,
    opportunity,
    opportunity_outcome,
    opportunity_role,
    opportunity_status_change,
    opportunity_tag,
    organisation,
    outbox_message,
    outcome_result,
    payment,
    payment_policy,
    people_import,
    person,
    person_choice,
    person_status_change,
    population_count,
    receipt_upload,
    retention_person,
    selection_draw,
    selection_quota,
    session,
    sign_in_attempt,
    sign_in_link,
    strategy,
    strategy_objective,
    support_record,
    training_record,
    training_session,
    travel_booking,
    unavailable_time,
    venue,
);
