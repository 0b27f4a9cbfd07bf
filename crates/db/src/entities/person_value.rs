//! The three "one of a list" tables a person has many values in. They share a shape, so one
//! module serves them: `ways::Entity`, `topics::Entity`, `access_needs::Entity`.

macro_rules! person_values {
    ($module:ident, $table:literal) => {
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[sea_orm::model]
            #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                #[sea_orm(primary_key, auto_increment = false)]
                pub organisation_id: Uuid,
                #[sea_orm(primary_key, auto_increment = false)]
                pub person_id: Uuid,
                #[sea_orm(primary_key, auto_increment = false)]
                pub value: String,
            }

            impl ActiveModelBehavior for ActiveModel {}

            crate::org_owned!(Entity, Column::OrganisationId);
        }
    };
}

person_values!(ways, "person_ways");
person_values!(topics, "person_topics");
person_values!(access_needs, "person_access_needs");
