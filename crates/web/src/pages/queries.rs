//! The health check's one question to the database: does it answer.

pub use withus_db::connect::ping;
