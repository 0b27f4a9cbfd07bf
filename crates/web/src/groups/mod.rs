//! Groups and user-led organisations as members of the register, with the people in them and
//! the people who represent them.

pub mod routes;
