//! The two home pages: staff see their organisation's work; involved people see their own.
//! Later features add their panels here.

pub mod routes;
