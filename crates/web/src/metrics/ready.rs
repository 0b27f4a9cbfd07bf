//! `GET /ready`: whether a load balancer should send this server requests. `/health` says the
//! server is alive and its database answers; ready also needs every migration this binary knows
//! to have run, so a server whose schema is behind gets no traffic.

use axum::Extension;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use withus_db::sea_orm::DatabaseConnection;

use crate::AppState;
use crate::kit::error_page::PlainAnswer;

#[derive(Debug, PartialEq, Eq)]
pub enum NotReady {
    /// The database did not answer.
    Database,
    /// This many migrations the binary knows have not run.
    Migrations { missing: usize },
}

/// Reads the migrations table without touching it (SeaORM's own status check would create it).
pub async fn check(db: &DatabaseConnection) -> Result<(), NotReady> {
    if !withus_db::connect::ping(db).await {
        return Err(NotReady::Database);
    }
    match withus_db::upgrade::pending(db).await {
        Ok(pending) if pending.is_empty() => Ok(()),
        Ok(pending) => Err(NotReady::Migrations {
            missing: pending.len(),
        }),
        Err(e) => {
            tracing::warn!("ready: could not read the migrations: {e}");
            Err(NotReady::Database)
        }
    }
}

/// 200 "ready", or 503 with the reason in plain text (kept plain: it is for a load balancer).
pub async fn ready(State(state): State<AppState>) -> Response {
    let reason = match check(&state.db).await {
        Ok(()) => return (StatusCode::OK, "ready").into_response(),
        Err(NotReady::Database) => "not ready: the database does not answer".to_owned(),
        Err(NotReady::Migrations { missing }) => {
            format!("not ready: migrations still to run: {missing}")
        }
    };
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Extension(PlainAnswer),
        reason,
    )
        .into_response()
}
