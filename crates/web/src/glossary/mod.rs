//! The organisation's glossary: terms it explains (published to involved people as the
//! jargon buster) and words it would rather people did not use, with plainer ones. Both feed
//! the plain-language checker.

pub mod routes;
