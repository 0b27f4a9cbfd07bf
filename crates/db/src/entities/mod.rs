//! Hand-written entities, one file per table. Organisation-owned ones implement `OrgOwned`.

pub mod account;
pub mod account_role;
pub mod audit_event;
pub mod consent;
pub mod equality_answer;
pub mod group;
pub mod group_member;
pub mod instance_setting;
pub mod interest;
pub mod invitation;
pub mod opportunity;
pub mod opportunity_outcome;
pub mod opportunity_role;
pub mod opportunity_status_change;
pub mod opportunity_tag;
pub mod organisation;
pub mod outbox_message;
pub mod people_import;
pub mod person;
pub mod person_choice;
pub mod person_status_change;
pub mod selection_quota;
pub mod session;
pub mod sign_in_attempt;
pub mod sign_in_link;
pub mod unavailable_time;
