//! Every route Withus serves, with the access it needs, in one table. The router is built
//! from this table, and the tenancy probe test walks it, so the two cannot drift apart.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::http::{HeaderValue, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{MethodRouter, get, post};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::auth::Role;
use crate::{
    AppState, account, admin, assessment, auth, csrf, equality, error, glossary, groups, home,
    impact, me, meetings, opportunities, pages, payments, people, platform, reports, security,
    support,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Public,
    SignedIn,
    Roles(&'static [Role]),
    PlatformAdmin,
}

pub const ADMIN: Access = Access::Roles(&[Role::Administrator]);
/// Involved people, on their own pages.
pub const OWN: Access = Access::Roles(&[Role::InvolvedPerson, Role::GroupRepresentative]);
/// Equality monitoring answers are special category data: this role only.
pub const EQUALITY: Access = Access::Roles(&[Role::Equality]);
/// Erasing someone's details for them, when they ask by phone or letter.
pub const ERASE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator]);
/// Settings that hold for the whole organisation's involvement work.
pub const COORDINATE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator]);
/// Finance officers decide on claims, record payments and export them.
pub const FINANCE: Access = Access::Roles(&[Role::Finance]);
/// Claims and their receipts: finance and coordinators only (and the person, on their own pages).
pub const CLAIMS: Access = Access::Roles(&[Role::Finance, Role::Coordinator]);
/// Reports of aggregates: coordinators, the board, and whoever looks after equality data.
pub const REPORTS: Access = Access::Roles(&[
    Role::Administrator,
    Role::Coordinator,
    Role::Board,
    Role::Equality,
]);
/// Staff who work with the register of people.
pub const PEOPLE: Access = Access::Roles(&[Role::Administrator, Role::Coordinator, Role::Staff]);

#[derive(Clone, Copy, Debug)]
pub struct RouteDef {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
}

type Handler = MethodRouter<AppState>;

// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
fn table() -> Vec<(RouteDef, Handler)> {
    use Access::*;
    let r = |method, path, access, handler| (RouteDef { method, path, access }, handler);
    vec![
        r("GET", "/", Public, get(pages::routes::start)),
        r("GET", "/health", Public, get(pages::routes::health)),
        r("GET", "/ready", Public, get(crate::metrics::ready::ready)),
        r("GET", "/metrics", Public, get(crate::metrics::routes::scrape)),
        r("GET", "/accessibility", Public, get(pages::routes::accessibility)),
        r("GET", "/privacy", Public, get(pages::routes::privacy)),
        r("GET", "/sign-in", Public, get(auth::routes::show_sign_in)),
        r("POST", "/sign-in", Public, post(auth::routes::sign_in)),
        r("GET", "/sign-in/email", Public, get(auth::routes::show_email_link)),
        r("POST", "/sign-in/email", Public, post(auth::routes::send_email_link)),
        r("GET", "/sign-in/email/{token}", Public, get(auth::routes::show_link)),
        r("POST", "/sign-in/email/{token}", Public, post(auth::routes::use_link)),
        r("GET", "/signed-out", Public, get(auth::routes::signed_out)),
        r("POST", "/sign-out", SignedIn, post(auth::routes::sign_out)),
        r("POST", "/sign-out/everywhere", SignedIn, post(auth::routes::sign_out_everywhere)),
        r("GET", "/home", SignedIn, get(home::routes::home)),
        r("GET", "/account", SignedIn, get(account::routes::show)),
        r("POST", "/account/password", SignedIn, post(account::routes::set_password)),
        r("POST", "/account/sign-in-method", SignedIn, post(account::routes::set_method)),
        r("GET", "/people", PEOPLE, get(people::routes::index)),
        r("GET", "/people/new", PEOPLE, get(people::routes::new)),
        r("GET", "/people/export", PEOPLE, get(people::export_routes::form)),
        r("GET", "/people/export/file", PEOPLE, get(people::export_routes::file)),
        r("GET", "/people/import", PEOPLE, get(people::import_routes::upload_form)),
        r("POST", "/people/import", PEOPLE, post(people::import_routes::upload).layer(DefaultBodyLimit::max(people::import::MAX_BYTES + 64 * 1024))),
        r("GET", "/people/import/{import_id}", PEOPLE, get(people::import_routes::preview)),
        r("GET", "/people/import/{import_id}/progress", PEOPLE, get(people::import_routes::progress)),
        r("POST", "/people/import/{import_id}/columns", PEOPLE, post(people::import_routes::set_columns)),
        r("POST", "/people/import/{import_id}/confirm", PEOPLE, post(people::import_routes::confirm)),
        r("POST", "/people/import/{import_id}/retry", PEOPLE, post(people::import_retry::retry)),
        r("GET", "/people/retention", COORDINATE, get(people::retention::routes::show)),
        r("POST", "/people/retention", COORDINATE, post(people::retention::routes::save)),
        r("GET", "/people/retention/{person_id}/keep", COORDINATE, get(people::retention::routes::keep_form)),
        r("POST", "/people/retention/{person_id}/keep", COORDINATE, post(people::retention::routes::keep)),
        r("POST", "/people/retention/{person_id}/release", COORDINATE, post(people::retention::routes::release)),
        r("POST", "/people/retention/{person_id}/letter", COORDINATE, post(people::retention::routes::letter_posted)),
        r("POST", "/people", PEOPLE, post(people::routes::create)),
        r("GET", "/people/{person_id}", PEOPLE, get(people::routes::show)),
        r("GET", "/people/{person_id}/edit", PEOPLE, get(people::routes::edit)),
        r("POST", "/people/{person_id}", PEOPLE, post(people::routes::update)),
        r("POST", "/people/{person_id}/status", PEOPLE, post(people::routes::set_status)),
        r("POST", "/people/{person_id}/unavailable", PEOPLE, post(people::routes::add_time)),
        r("POST", "/people/{person_id}/unavailable/{time_id}/remove", PEOPLE, post(people::routes::remove_time)),
        r("POST", "/people/{person_id}/consents", PEOPLE, post(people::consents::record)),
        r("POST", "/people/{person_id}/consents/{consent_id}/withdraw", PEOPLE, post(people::consents::withdraw)),
        r("GET", "/people/{person_id}/data", ERASE, get(people::held::staff_page)),
        r("GET", "/people/{person_id}/data.json", ERASE, get(people::held::staff_download)),
        r("GET", "/people/{person_id}/erase", ERASE, get(people::routes::confirm_erase)),
        r("POST", "/people/{person_id}/erase", ERASE, post(people::routes::erase)),
        r("GET", "/groups", PEOPLE, get(groups::routes::index)),
        r("GET", "/groups/new", PEOPLE, get(groups::routes::new)),
        r("POST", "/groups", PEOPLE, post(groups::routes::create)),
        r("GET", "/groups/{group_id}", PEOPLE, get(groups::routes::show)),
        r("POST", "/groups/{group_id}/members", PEOPLE, post(groups::routes::add_member)),
        r("POST", "/groups/{group_id}/members/{person_id}/remove", PEOPLE, post(groups::routes::remove_member)),
        r("GET", "/equality", EQUALITY, get(equality::routes::index)),
        r("GET", "/equality/people/{person_id}", EQUALITY, get(equality::routes::show)),
        r("POST", "/equality/people/{person_id}", EQUALITY, post(equality::routes::save)),
        r("GET", "/opportunities", PEOPLE, get(opportunities::routes::index)),
        r("GET", "/opportunities/new", PEOPLE, get(opportunities::routes::new)),
        r("POST", "/opportunities", PEOPLE, post(opportunities::routes::create)),
        r("GET", "/opportunities/fairness", PEOPLE, get(opportunities::selection::fairness)),
        r("GET", "/opportunities/{opportunity_id}", PEOPLE, get(opportunities::routes::show)),
        r("POST", "/opportunities/{opportunity_id}", PEOPLE, post(opportunities::routes::update)),
        r("GET", "/opportunities/{opportunity_id}/edit", PEOPLE, get(opportunities::routes::edit)),
        r("POST", "/opportunities/{opportunity_id}/status", PEOPLE, post(opportunities::routes::move_status)),
        r("GET", "/opportunities/{opportunity_id}/matches", PEOPLE, get(opportunities::matches::show)),
        r("POST", "/opportunities/{opportunity_id}/invite", PEOPLE, post(opportunities::selection::invite)),
        r("POST", "/opportunities/{opportunity_id}/publish", PEOPLE, post(opportunities::selection::publish)),
        r("GET", "/opportunities/{opportunity_id}/interest", PEOPLE, get(opportunities::selection::interest)),
        r("GET", "/opportunities/{opportunity_id}/interest/{interest_id}", PEOPLE, get(opportunities::selection::decide_form)),
        r("POST", "/opportunities/{opportunity_id}/interest/{interest_id}", PEOPLE, post(opportunities::selection::decide)),
        r("POST", "/opportunities/{opportunity_id}/promote", PEOPLE, post(opportunities::selection::promote)),
        r("GET", "/opportunities/{opportunity_id}/quotas", PEOPLE, get(opportunities::lottery::quota_routes::show)),
        r("POST", "/opportunities/{opportunity_id}/quotas", PEOPLE, post(opportunities::lottery::quota_routes::add)),
        r("POST", "/opportunities/{opportunity_id}/quotas/census", PEOPLE, post(opportunities::lottery::quota_routes::match_census)),
        r("POST", "/opportunities/{opportunity_id}/quotas/{quota_id}/remove", PEOPLE, post(opportunities::lottery::quota_routes::remove)),
        r("GET", "/opportunities/{opportunity_id}/draw", PEOPLE, get(opportunities::lottery::draw_routes::show)),
        r("POST", "/opportunities/{opportunity_id}/draw", PEOPLE, post(opportunities::lottery::draw_routes::create)),
        r("GET", "/opportunities/{opportunity_id}/draws/jobs/{job_id}", PEOPLE, get(opportunities::lottery::job_routes::progress)),
        r("GET", "/opportunities/{opportunity_id}/draws/{draw_id}", PEOPLE, get(opportunities::lottery::result_routes::result)),
        r("POST", "/opportunities/{opportunity_id}/draws/{draw_id}/apply", PEOPLE, post(opportunities::lottery::result_routes::apply)),
        r("POST", "/opportunities/{opportunity_id}/draws/{draw_id}/check", PEOPLE, post(opportunities::lottery::result_routes::check)),
        r("GET", "/opportunities/{opportunity_id}/meetings/new", PEOPLE, get(meetings::routes::new)),
        r("POST", "/opportunities/{opportunity_id}/meetings", PEOPLE, post(meetings::routes::create)),
        r("GET", "/meetings", PEOPLE, get(meetings::routes::index)),
        r("POST", "/meetings/settings", COORDINATE, post(meetings::routes::set_days)),
        r("GET", "/meetings/{meeting_id}", PEOPLE, get(meetings::routes::show)),
        r("POST", "/meetings/{meeting_id}", PEOPLE, post(meetings::routes::update)),
        r("GET", "/meetings/{meeting_id}/edit", PEOPLE, get(meetings::routes::edit)),
        r("POST", "/meetings/{meeting_id}/acknowledge", PEOPLE, post(meetings::routes::acknowledge)),
        r("POST", "/meetings/{meeting_id}/invite", PEOPLE, post(meetings::routes::invite)),
        r("POST", "/meetings/{meeting_id}/cancel", PEOPLE, post(meetings::routes::cancel)),
        r("POST", "/meetings/{meeting_id}/attendees", PEOPLE, post(meetings::people::add)),
        r("POST", "/meetings/{meeting_id}/attendees/{attendee_id}/remove", PEOPLE, post(meetings::people::remove)),
        r("GET", "/meetings/{meeting_id}/record", PEOPLE, get(meetings::people::record_form)),
        r("POST", "/meetings/{meeting_id}/record", PEOPLE, post(meetings::people::record)),
        r("POST", "/meetings/{meeting_id}/agenda", PEOPLE, post(meetings::agenda::add)),
        r("POST", "/meetings/{meeting_id}/agenda/share", PEOPLE, post(meetings::agenda::share)),
        r("POST", "/meetings/{meeting_id}/agenda/{item_id}", PEOPLE, post(meetings::agenda::decide)),
        r("POST", "/meetings/{meeting_id}/papers", PEOPLE, post(meetings::papers::upload).layer(DefaultBodyLimit::max(meetings::papers::MAX_BYTES + 64 * 1024))),
        r("POST", "/meetings/{meeting_id}/papers/send", PEOPLE, post(meetings::papers::send_all)),
        r("GET", "/meetings/{meeting_id}/papers/{paper_id}", PEOPLE, get(meetings::papers::download)),
        r("GET", "/meetings/{meeting_id}/fees", PEOPLE, get(payments::travel::fees)),
        r("POST", "/meetings/{meeting_id}/travel", COORDINATE, post(payments::travel::request)),
        r("GET", "/meetings/{meeting_id}/claims/{person_id}", COORDINATE, get(payments::travel::claim_form)),
        r("POST", "/meetings/{meeting_id}/claims/{person_id}", COORDINATE, post(payments::travel::claim).layer(DefaultBodyLimit::max(payments::claim_form::MAX_BODY))),
        r("GET", "/opportunities/{opportunity_id}/costs", PEOPLE, get(payments::costs::show)),
        r("GET", "/payments", CLAIMS, get(payments::finance::index)),
        r("GET", "/payments/report", CLAIMS, get(payments::report::show)),
        r("GET", "/payments/export", FINANCE, get(payments::export::file)),
        r("GET", "/payments/policy", ADMIN, get(payments::policy::show)),
        r("POST", "/payments/policy", ADMIN, post(payments::policy::create)),
        r("POST", "/payments/travel/{booking_id}/booked", CLAIMS, post(payments::travel::booked)),
        r("GET", "/payments/claims/{claim_id}", CLAIMS, get(payments::finance::show)),
        r("POST", "/payments/claims/{claim_id}/approve", FINANCE, post(payments::finance::approve)),
        r("POST", "/payments/claims/{claim_id}/query", FINANCE, post(payments::finance::query)),
        r("POST", "/payments/claims/{claim_id}/reject", FINANCE, post(payments::finance::reject)),
        r("POST", "/payments/claims/{claim_id}/paid", FINANCE, post(payments::finance::paid)),
        r("GET", "/payments/claims/{claim_id}/receipts/{receipt_id}", CLAIMS, get(payments::finance::receipt)),
        r("GET", "/impact", PEOPLE, get(impact::contributions::index)),
        r("GET", "/impact/new", PEOPLE, get(impact::contributions::new)),
        r("POST", "/impact", PEOPLE, post(impact::contributions::create)),
        r("GET", "/impact/feedback", PEOPLE, get(impact::feedback::owed_page)),
        r("POST", "/impact/feedback/settings", COORDINATE, post(impact::feedback::set_days)),
        r("GET", "/impact/{contribution_id}", PEOPLE, get(impact::contributions::edit)),
        r("POST", "/impact/{contribution_id}", PEOPLE, post(impact::contributions::update)),
        r("GET", "/opportunities/{opportunity_id}/evaluation", PEOPLE, get(impact::evaluation::show)),
        r("POST", "/opportunities/{opportunity_id}/evaluation/outcomes", PEOPLE, post(impact::evaluation::save_outcomes)),
        r("POST", "/opportunities/{opportunity_id}/evaluation/cycle", PEOPLE, post(impact::evaluation::save_cycle)),
        r("GET", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, get(impact::questionnaire::staff_form)),
        r("POST", "/opportunities/{opportunity_id}/questionnaire", PEOPLE, post(impact::questionnaire::staff_answer)),
        r("POST", "/opportunities/{opportunity_id}/questionnaire/send", PEOPLE, post(impact::questionnaire::resend)),
        r("GET", "/opportunities/{opportunity_id}/feedback", PEOPLE, get(impact::feedback::show)),
        r("POST", "/opportunities/{opportunity_id}/feedback", PEOPLE, post(impact::feedback::send)),
        r("GET", "/opportunities/{opportunity_id}/letters", PEOPLE, get(impact::feedback::letters)),
        r("GET", "/people/{person_id}/support", PEOPLE, get(support::records::show)),
        r("POST", "/people/{person_id}/support", PEOPLE, post(support::records::add)),
        r("GET", "/support", PEOPLE, get(support::training::hub)),
        r("GET", "/mentoring", PEOPLE, get(support::mentoring::index)),
        r("POST", "/mentoring", PEOPLE, post(support::mentoring::create)),
        r("GET", "/mentoring/{pair_id}", PEOPLE, get(support::mentoring::show)),
        r("POST", "/mentoring/{pair_id}/meetings", PEOPLE, post(support::mentoring::record)),
        r("POST", "/mentoring/{pair_id}/end", PEOPLE, post(support::mentoring::end)),
        r("GET", "/training", PEOPLE, get(support::training::index)),
        r("POST", "/training", COORDINATE, post(support::training::create)),
        r("GET", "/reports", REPORTS, get(reports::dashboard::page)),
        r("GET", "/reports/annual", REPORTS, get(reports::annual::page)),
        r("GET", "/reports/annual.pdf", REPORTS, get(reports::annual::pdf)),
        r("GET", "/reports/annual.xlsx", REPORTS, get(reports::annual::xlsx)),
        r("GET", "/reports/presence", REPORTS, get(reports::presence::page)),
        r("GET", "/reports/participation", REPORTS, get(reports::participation::page)),
        r("GET", "/reports/open-data", REPORTS, get(reports::open_data::preview)),
        r("GET", "/reports/settings", COORDINATE, get(reports::settings::show)),
        r("POST", "/reports/settings", COORDINATE, post(reports::settings::save)),
        r("GET", "/open/{slug}", Public, get(reports::open_data::public)),
        r("GET", "/open/{slug}/you-said-we-did.csv", Public, get(reports::open_data::csv)),
        r("GET", "/assessment", SignedIn, get(assessment::rating::index)),
        r("GET", "/assessment/actions", REPORTS, get(assessment::actions::index)),
        r("POST", "/assessment/actions", REPORTS, post(assessment::actions::create)),
        r("POST", "/assessment/actions/{action_id}", REPORTS, post(assessment::actions::update)),
        r("GET", "/assessment/{framework}", SignedIn, get(assessment::rating::show)),
        r("POST", "/assessment/{framework}", SignedIn, post(assessment::rating::save)),
        r("GET", "/assessment/{framework}/results", REPORTS, get(assessment::results::page)),
        r("GET", "/strategy", COORDINATE, get(assessment::strategy::show)),
        r("POST", "/strategy", COORDINATE, post(assessment::strategy::save)),
        r("GET", "/strategy/easy-read", SignedIn, get(assessment::strategy::easy_read)),
        r("GET", "/strategy/full", SignedIn, get(assessment::strategy::full)),
        r("POST", "/strategy/objectives", COORDINATE, post(assessment::strategy::add_objective)),
        r("POST", "/strategy/objectives/{objective_id}/remove", COORDINATE, post(assessment::strategy::remove_objective)),
        r("GET", "/training/{course_id}", PEOPLE, get(support::course::show)),
        r("POST", "/training/{course_id}/records", PEOPLE, post(support::course::record)),
        r("GET", "/venues", PEOPLE, get(meetings::venues::index)),
        r("GET", "/venues/new", PEOPLE, get(meetings::venues::new)),
        r("POST", "/venues", PEOPLE, post(meetings::venues::create)),
        r("GET", "/venues/{venue_id}/edit", PEOPLE, get(meetings::venues::edit)),
        r("POST", "/venues/{venue_id}", PEOPLE, post(meetings::venues::update)),
        r("GET", "/glossary", PEOPLE, get(glossary::routes::index)),
        r("POST", "/glossary", PEOPLE, post(glossary::routes::add)),
        r("POST", "/glossary/{term_id}/remove", PEOPLE, post(glossary::routes::remove)),
        r("GET", "/jargon-buster", SignedIn, get(glossary::routes::jargon_buster)),
        r("GET", "/my/meetings", OWN, get(meetings::member::list)),
        r("GET", "/my/meetings/{meeting_id}", OWN, get(meetings::member::show)),
        r("POST", "/my/meetings/{meeting_id}/agenda", OWN, post(meetings::member::propose)),
        r("GET", "/my/meetings/{meeting_id}/papers/{paper_id}", OWN, get(meetings::member::download)),
        r("GET", "/my/payments", OWN, get(payments::member::list)),
        r("GET", "/my/payments/claim/{meeting_id}", OWN, get(payments::member::claim_form)),
        r("POST", "/my/payments/claim/{meeting_id}", OWN, post(payments::member::claim).layer(DefaultBodyLimit::max(payments::claim_form::MAX_BODY))),
        r("GET", "/my/payments/claims/{claim_id}", OWN, get(payments::member::show)),
        r("POST", "/my/payments/claims/{claim_id}/answer", OWN, post(payments::member::answer).layer(DefaultBodyLimit::max(payments::claim_form::MAX_BODY))),
        r("GET", "/my/payments/claims/{claim_id}/receipts/{receipt_id}", OWN, get(payments::member::receipt)),
        r("GET", "/my/opportunities", OWN, get(opportunities::member::browse)),
        r("GET", "/my/opportunities/{opportunity_id}", OWN, get(opportunities::member::show)),
        r("POST", "/my/opportunities/{opportunity_id}/interest", OWN, post(opportunities::member::express)),
        r("POST", "/my/opportunities/{opportunity_id}/withdraw", OWN, post(opportunities::member::withdraw)),
        r("POST", "/my/opportunities/{opportunity_id}/accept", OWN, post(opportunities::member::accept)),
        r("GET", "/my/said", OWN, get(impact::member::show)),
        r("GET", "/my/questionnaires/{opportunity_id}", OWN, get(impact::questionnaire::member_form)),
        r("POST", "/my/questionnaires/{opportunity_id}", OWN, post(impact::questionnaire::member_answer)),
        r("GET", "/my/support", OWN, get(support::mine::show)),
        r("GET", "/my/details", OWN, get(me::routes::show)),
        r("GET", "/my/details/change", OWN, get(me::routes::change)),
        r("POST", "/my/details", OWN, post(me::routes::update)),
        r("POST", "/my/times", OWN, post(me::routes::add_time)),
        r("POST", "/my/times/{time_id}/remove", OWN, post(me::routes::remove_time)),
        r("POST", "/my/status", OWN, post(me::routes::set_status)),
        r("GET", "/my/data", OWN, get(me::routes::download)),
        r("GET", "/my/data/view", OWN, get(me::routes::data_page)),
        r("GET", "/my/erase", OWN, get(me::routes::confirm_erase)),
        r("POST", "/my/erase", OWN, post(me::routes::erase)),
        r("GET", "/erased", Public, get(pages::routes::erased)),
        r("GET", "/admin/accounts", ADMIN, get(admin::routes::accounts)),
        r("GET", "/admin/accounts/new", ADMIN, get(admin::routes::new_account)),
        r("POST", "/admin/accounts", ADMIN, post(admin::routes::create_account)),
        r("GET", "/admin/accounts/{account_id}", ADMIN, get(admin::routes::account)),
        r("GET", "/admin/outbox", ADMIN, get(admin::routes::outbox)),
        r("GET", "/admin/outbox/{message_id}", ADMIN, get(admin::routes::message)),
        r("GET", "/admin/audit", ADMIN, get(admin::routes::audit)),
        r("GET", "/platform/organisations", PlatformAdmin, get(platform::routes::organisations)),
        r("POST", "/platform/organisations", PlatformAdmin, post(platform::routes::create)),
    ]
}

/// The route table without handlers, for tests and documentation.
pub fn routes() -> Vec<RouteDef> {
    table().into_iter().map(|(def, _)| def).collect()
}

/// The access a page at `path` (a real address, `/people/123`) needs, read from the table, so a
/// link can be left out for people who could not open it.
pub fn access_to(path: &str) -> Option<Access> {
    access_for("GET", path)
}

/// The access a request with `method` to `path` needs; `None` when no route answers it.
pub fn access_for(method: &str, path: &str) -> Option<Access> {
    // Every page asks this for each link it shows, so the table is split into segments once.
    type Split = (&'static str, Vec<&'static str>, Access);
    static SPLIT: std::sync::OnceLock<Vec<Split>> = std::sync::OnceLock::new();
    let split = SPLIT.get_or_init(|| {
        routes()
            .into_iter()
            .map(|r| (r.method, r.path.split('/').collect(), r.access))
            .collect()
    });
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let wanted: Vec<&str> = path.split('/').collect();
    let param = |p: &str| p.starts_with('{') && p.ends_with('}');
    split
        .iter()
        .filter(|(m, parts, _)| *m == method && parts.len() == wanted.len())
        .filter(|(_, parts, _)| {
            parts
                .iter()
                .zip(&wanted)
                .all(|(p, w)| (param(p) && !w.is_empty()) || p == w)
        })
        // As the router does: `/people/new` wins over `/people/{person_id}`.
        .max_by_key(|(_, parts, _)| parts.iter().filter(|p| !param(p)).count())
        .map(|(_, _, access)| *access)
}

pub fn router(state: AppState) -> Router {
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
        .layer(from_fn(error::friendly))
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn_with_state(state.clone(), auth::session::load))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(crate::metrics::middleware::span)
                .on_response(
                    tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO),
                ),
        )
        // Outermost: the request id is there for the log span, and the counts see the last status.
        .layer(from_fn_with_state(
            state.clone(),
            crate::metrics::middleware::track,
        ))
        .with_state(state)
}
