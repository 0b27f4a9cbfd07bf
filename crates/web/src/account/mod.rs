//! A person's own account: how they sign in, their password, signing out everywhere.

pub mod routes;
