//! Resolves the organisation once per request, from the signed-in account, and hands features
//! the only handle they have on organisation-owned data: an `OrgScope` for that organisation.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use withus_db::OrgScope;

use crate::AppState;
use crate::kit::auth::CurrentUser;
use crate::kit::error::AppError;

/// The signed-in person and their organisation's scope.
pub struct Tenant {
    pub user: CurrentUser,
    pub scope: OrgScope,
}

impl Tenant {
    /// Records in the audit trail that the signed-in person did `action` to a subject.
    pub async fn audit(
        &self,
        action: &str,
        subject_type: &str,
        subject_id: Option<uuid::Uuid>,
        detail: Option<&str>,
    ) -> Result<(), withus_db::sea_orm::DbErr> {
        crate::kit::audit::record(
            &self.scope,
            Some(self.user.account_id),
            action,
            subject_type,
            subject_id,
            detail,
        )
        .await
    }
}

impl FromRequestParts<AppState> for Tenant {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        let scope = OrgScope::new(state.db.clone(), user.organisation_id);
        Ok(Tenant { user, scope })
    }
}
