//! The app: every feature's route rows joined into one table, and the router built from it
//! with the layers every request passes. The tenancy probe and role tests walk the same
//! table, so the router and the tests cannot drift apart.

use axum::Router;
use axum::http::Method;
use axum::http::{HeaderValue, header};
use axum::middleware::{from_fn, from_fn_with_state};

use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::kit::access::{self, Route, RouteDef};
use crate::kit::{auth, csrf, error, security};
use crate::{
    AppState, account, admin, equality, glossary, groups, home, impact, me, meetings, metrics,
    opportunities, opportunity_page, pages, payments, people, platform, reports, sign_in, support,
};

/// Every feature's routes, joined: the router serves them and the tenancy probe walks them.
fn table() -> Vec<Route> {
    [
        pages::route_rows(),
        metrics::route_rows(),
        sign_in::route_rows(),
        home::route_rows(),
        account::route_rows(),
        people::route_rows(),
        groups::route_rows(),
        equality::route_rows(),
        opportunities::route_rows(),
        opportunity_page::route_rows(),
        meetings::route_rows(),
        payments::route_rows(),
        impact::route_rows(),
        support::route_rows(),
        reports::route_rows(),
        glossary::route_rows(),
        me::route_rows(),
        admin::route_rows(),
        platform::route_rows(),
    ]
    .concat()
}

/// The route table without handlers, for tests and documentation.
pub fn routes() -> Vec<RouteDef> {
    table().into_iter().map(|(def, _)| def).collect()
}

pub fn router(state: AppState) -> Router {
    access::register(routes());
    let mut app = Router::new();
    for (def, handler) in table() {
        debug_assert!(def.method == Method::GET.as_str() || def.method == Method::POST.as_str());
        let access = def.access;
        let guarded =
            handler.route_layer(from_fn(move |req, next| auth::require(access, req, next)));
        app = app.route(def.path, guarded);
    }
    // Assets change only with a release; pages themselves are never cached (see security.rs).
    let assets = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        ))
        .service(ServeDir::new(&state.config.assets_dir));
    app.nest_service("/assets", assets)
        .fallback(error::not_found)
        .layer(from_fn(crate::kit::error_page::friendly))
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn_with_state(state.clone(), auth::session::load))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(crate::metrics::span)
                .on_response(
                    tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO),
                ),
        )
        // Outermost: the request id is there for the log span, and the counts see the last status.
        .layer(from_fn_with_state(state.clone(), crate::metrics::track))
        .with_state(state)
}
