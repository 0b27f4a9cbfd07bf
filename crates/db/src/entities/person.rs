use sea_orm::entity::prelude::*;

/// An involved person: a service user, a carer, both, or other (self-identified).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "people")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub given_name: String,
    pub family_name: String,
    pub preferred_name: Option<String>,
    pub pronouns: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postcode: Option<String>,
    /// "service_user", "carer", "both" or "other".
    pub involvement_role: String,
    /// "active", "break" or "left".
    pub status: String,
    pub break_until: Option<Date>,
    pub contact_by_email: bool,
    pub contact_by_phone: bool,
    pub contact_by_post: bool,
    pub contact_by_text: bool,
    /// "paid", "unpaid" or "either".
    pub paid_preference: String,
    /// "one_off", "few_hours_month", "day_month" or "more".
    pub time_commitment: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub access_notes: Option<String>,
    /// The member of staff they can turn to.
    pub named_contact_id: Option<Uuid>,
    /// Their own sign-in, when they have one.
    pub account_id: Option<Uuid>,
    /// Lower-case names, for searching by the start of any name.
    pub search_name: String,
    pub last_involved_at: Option<DateTimeUtc>,
    /// When their personal details were erased at their request; the row stays for counts.
    pub erased_at: Option<DateTimeUtc>,
    /// The person's choices again, as `;list=value;`, for matching (`choice_keys`).
    pub choice_keys: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
