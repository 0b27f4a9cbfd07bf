//! The lottery's pages, one file per page: the quotas (`quotas.rs`), the draw page
//! (`draw.rs`), a draw or check being worked out (`job.rs`) and a stored draw (`result.rs`).

pub mod draw;
pub mod job;
pub mod quotas;
pub mod result;
