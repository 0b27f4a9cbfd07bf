//! Who is asking: accounts, roles, sessions, and the rules for signing in. Every route
//! declares what it needs (`kit::access::Access`) and `require` checks it on the server.

pub mod client;
pub mod password;
pub mod rate_limit;
pub mod session;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

pub use crate::kit::access::Role;

use crate::kit::access::Access;
use crate::kit::error::AppError;

/// The signed-in account, resolved once per request by the session layer.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub account_id: Uuid,
    pub organisation_id: Uuid,
    pub organisation_name: String,
    pub email: String,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub platform_admin: bool,
    pub sign_in_method: String,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn has_any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.has(*r))
    }

    pub fn is_staff(&self) -> bool {
        self.has_any(Role::STAFF)
    }

    pub fn may(&self, access: Access) -> bool {
        match access {
            Access::Public | Access::SignedIn => true,
            Access::Roles(roles) => self.has_any(roles),
            Access::PlatformAdmin => self.platform_admin,
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CurrentUser>()
            .cloned()
            .ok_or_else(|| AppError::SignInRequired {
                return_to: parts.uri.path().to_owned(),
            })
    }
}

/// The route layer that enforces a route's declared access.
pub async fn require(access: Access, request: Request, next: Next) -> Response {
    if access == Access::Public {
        return next.run(request).await;
    }
    let allowed = match request.extensions().get::<CurrentUser>() {
        None => {
            let return_to = request.uri().path().to_owned();
            return AppError::SignInRequired { return_to }.into_response();
        }
        Some(user) => user.may(access),
    };
    if allowed {
        next.run(request).await
    } else {
        AppError::Forbidden.into_response()
    }
}
