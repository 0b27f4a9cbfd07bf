//! Reports: who is involved against the population served, where participation happens,
//! dashboards, the board's annual report (web page, PDF, spreadsheet) and the open data an
//! organisation can publish. Every count of people goes through `withus_reports::suppress`.

pub mod annual;
pub mod assessment;
pub mod demo;
pub mod figures;
pub mod forms;
pub mod open_data;
pub mod period;
pub mod queries;
pub mod routes;
pub mod settings;
pub mod views;

pub use assessment::frameworks::{FRAMEWORKS, RATINGS, statement_key};
pub use assessment::this_year as assessment_year;
pub use forms::Asked;
pub use period::Period;

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use crate::kit::access::{COORDINATE, REPORTS, route};
    use crate::kit::access::Access::Public;
    let mut rows = vec![
        route("GET", "/reports", REPORTS, get(routes::dashboard)),
        route("GET", "/reports/annual", REPORTS, get(routes::annual)),
        route("GET", "/reports/annual.pdf", REPORTS, get(routes::annual_pdf)),
        route("GET", "/reports/annual.xlsx", REPORTS, get(routes::annual_xlsx)),
        route("GET", "/reports/presence", REPORTS, get(routes::presence)),
        route("GET", "/reports/participation", REPORTS, get(routes::participation)),
        route("GET", "/reports/open-data", REPORTS, get(routes::open_data)),
        route("GET", "/reports/settings", COORDINATE, get(routes::settings)),
        route("POST", "/reports/settings", COORDINATE, post(routes::save_settings)),
        route("GET", "/open/{slug}", Public, get(routes::open_public)),
        route("GET", "/open/{slug}/you-said-we-did.csv", Public, get(routes::open_csv)),
    ];
    rows.extend(assessment::route_rows());
    rows
}
