//! The platform administrator's pages: the organisations on this installation.

pub mod routes;
