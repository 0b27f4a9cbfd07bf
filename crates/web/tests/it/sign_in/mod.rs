//! Signing in through HTTP on both databases: passwords, emailed links, sessions, and the
//! protections around them.

mod emailed_links;
mod passwords;
mod security;
mod sessions;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use withus_db::entities::{outbox_message, sign_in_link};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};
use withus_web::kit::auth::Role;

use crate::harness::{Org, PASSWORD, TestApp};
