//! The administrator's pages: accounts and their roles, the mail outbox, the audit trail.

pub mod routes;
