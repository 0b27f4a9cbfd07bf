//! The forms of payments: a claim (`claim.rs`) with its receipts (`receipts.rs`), the payment
//! policy (`policy.rs`) and the cost calculator (`costs.rs`).

pub mod claim;
pub mod costs;
pub mod policy;
pub mod receipts;
