use sea_orm::entity::prelude::*;

/// One version of the organisation's payment policy; claims keep the version they were made under.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "payment_policies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub version: i32,
    pub effective_from: Date,
    pub days_to_pay: i32,
    /// Comma separated: "bank_transfer,cash,voucher,decline".
    pub methods: String,
    /// One fee rule a line, as `withus_payments::fees_to_text` writes them.
    #[sea_orm(column_type = "Text")]
    pub fees: String,
    #[sea_orm(column_type = "Text")]
    pub expenses: String,
    #[sea_orm(column_type = "Text")]
    pub benefits_note: String,
    /// The most one claim's expenses may come to; more is refused with the reason.
    pub most_per_claim_pence: i64,
    /// Claims whose expenses come to more are marked for finance to check before approving.
    pub check_above_pence: i64,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
