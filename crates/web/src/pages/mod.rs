//! Pages for everyone: the start page, the health check, the accessibility statement and the
//! privacy notice.

pub mod routes;
