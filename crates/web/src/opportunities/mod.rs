//! Opportunities to be involved (capability C) and recruitment (the first half of D): what
//! each is for and how much say people have, its lifecycle, matching people's choices,
//! invitations, interest, and selection with reasons and reserves.

pub mod forms;
pub mod interests;
pub mod lifecycle;
pub mod lottery;
pub mod matches;
pub mod matching;
pub mod member;
pub mod queries;
pub mod routes;
pub mod selection;
pub mod views;
pub mod vocab;
