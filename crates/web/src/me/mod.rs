//! An involved person's own pages: their details, choices, access needs and times in plain
//! words, taking a break or leaving, and a copy of everything Withus holds about them. The
//! record is always found from the signed-in account, never from an address.

pub mod routes;
