//! The lottery's handlers, one file per group of pages: the quotas (`quotas.rs`), the draw
//! page and asking for a draw (`draw.rs`), a draw or check being worked out (`job.rs`), and a
//! stored draw with offering its places and checking it again (`result.rs`). Forms are read in
//! `forms.rs` and pages built in `views/`.

pub mod draw;
pub mod job;
pub mod quotas;
pub mod result;
