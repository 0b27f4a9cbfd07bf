//! Sessions live in the database (so they survive restarts and work across servers); the
//! cookie holds a random token and the table holds only its SHA-256.

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::session;
use withus_db::installation;
use withus_db::sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter};

use super::{CurrentUser, Role};
use crate::AppState;

pub const SESSION_COOKIE: &str = "withus_session";
pub const SESSION_HOURS: i64 = 12;

/// The raw session token of this request, for binding the CSRF token to it.
#[derive(Clone, Debug)]
pub struct SessionToken(pub String);

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| cookie::Cookie::split_parse(v.to_owned()))
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure over HTTPS.
pub fn set_cookie(
    name: &str,
    value: &str,
    secure: bool,
    max_age: Option<time::Duration>,
) -> String {
    let mut cookie = cookie::Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure);
    if let Some(age) = max_age {
        cookie = cookie.max_age(age);
    }
    cookie.build().to_string()
}

pub fn clear_cookie(name: &str, secure: bool) -> String {
    set_cookie(name, "", secure, Some(time::Duration::ZERO))
}

/// Resolves the signed-in account once per request and puts it in the request's extensions.
pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if let Some(token) = cookie_value(request.headers(), SESSION_COOKIE) {
        match current_user(&state, &token).await {
            Ok(Some(user)) => {
                request.extensions_mut().insert(user);
                request.extensions_mut().insert(SessionToken(token));
            }
            Ok(None) => {}
            Err(e) => tracing::error!("session lookup failed: {e}"),
        }
    }
    next.run(request).await
}

async fn current_user(state: &AppState, token: &str) -> Result<Option<CurrentUser>, DbErr> {
    let Some(organisation_id) = organisation_of(token) else {
        return Ok(None);
    };
    let Some(holder) =
        installation::live_session(&state.db, organisation_id, &hash(token), Utc::now()).await?
    else {
        return Ok(None);
    };
    Ok(Some(CurrentUser {
        account_id: holder.account_id,
        organisation_id: holder.organisation_id,
        organisation_name: holder.organisation_name,
        email: holder.email,
        display_name: holder.display_name,
        roles: holder.roles.iter().filter_map(|r| Role::parse(r)).collect(),
        platform_admin: holder.platform_admin,
        sign_in_method: holder.sign_in_method,
    }))
}

/// The organisation a session cookie names before its secret: `<organisation>.<token>`, so
/// the session is found by its table's key and, sharded by organisation, on one shard. The
/// whole value is the secret that is hashed; the organisation alone signs nobody in.
pub fn organisation_of(token: &str) -> Option<Uuid> {
    let (organisation, _) = token.split_once('.')?;
    Uuid::try_parse(organisation).ok()
}

/// Ends the session this cookie holds, if any.
pub async fn end(state: &AppState, token: &str) -> Result<(), DbErr> {
    match organisation_of(token) {
        Some(organisation_id) => {
            installation::delete_session(&state.db, organisation_id, &hash(token)).await
        }
        None => Ok(()),
    }
}

/// Starts a new session for the account and returns the cookie's token. Any session the
/// browser already had is ended first, so a token planted before sign-in is worthless.
pub async fn start(
    state: &AppState,
    organisation_id: Uuid,
    account_id: Uuid,
    previous: Option<&str>,
) -> Result<String, DbErr> {
    if let Some(old) = previous {
        end(state, old).await?;
    }
    let token = format!("{}.{}", organisation_id.simple(), new_token());
    let now = Utc::now();
    OrgScope::new(state.db.clone(), organisation_id)
        .insert(session::ActiveModel {
            id: Set(hash(&token)),
            organisation_id: Set(organisation_id),
            account_id: Set(account_id),
            created_at: Set(now),
            expires_at: Set(now + Duration::hours(SESSION_HOURS)),
        })
        .await?;
    Ok(token)
}

/// Ends every session of the account, on every device.
pub async fn end_all(scope: &OrgScope, account_id: Uuid) -> Result<(), DbErr> {
    scope
        .delete_many::<session::Entity>()
        .filter(session::Column::AccountId.eq(account_id))
        .exec(scope.db())
        .await?;
    Ok(())
}
