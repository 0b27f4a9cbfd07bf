//! The findings of the hardening review, one test each: field limits from one table, redirects
//! that stay on our site, dates across the clock changes, GOV.UK pages for every refusal, and
//! HTTPS pinned once we are on HTTPS.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use withus_db::entities::{meeting, opportunity, person};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::{PASSWORD, Response, TestApp};
use crate::impact::opportunity_at;

const PERSON: &[(&str, &str)] = &[
    ("given_name", "Jo"),
    ("family_name", "Bennett"),
    ("postcode", "NB1 2AB"),
    ("involvement_role", "carer"),
];

fn with(field: &'static str, value: &str) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&str, String)> = PERSON
        .iter()
        .filter(|(k, _)| *k != field)
        .map(|(k, v)| (*k, (*v).to_owned()))
        .collect();
    fields.push((field, value.to_owned()));
    fields
}

fn is_govuk_page(r: &Response) -> bool {
    r.body.contains("govuk-template") && r.body.contains("govuk-skip-link")
}

both_databases!(every_field_has_a_limit_and_the_form_says_so, field_limits);
async fn field_limits(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let before = people(&app, &org).await;
    let long_email = format!("{}@people.example", "a".repeat(100_000));
    let refused: Vec<(&str, String, &str)> = vec![
        (
            "email",
            long_email,
            "Email address must be 254 characters or fewer",
        ),
        (
            "given_name",
            "=HYPERLINK(\"x\")".into(),
            "First name must not start with",
        ),
        ("phone", "=1+1".into(), "Phone number must not start with"),
        (
            "postcode",
            "<i>NB1</i>".into(),
            "only letters, numbers and spaces",
        ),
        ("family_name", "Ben\u{0}nett".into(), "hidden character"),
        ("family_name", "Ben\u{202E}nett".into(), "hidden character"),
        (
            "notes_nobody_asked_for",
            "x".repeat(2_001),
            "must be 2,000 characters or fewer",
        ),
    ];
    for (field, value, says) in refused {
        let fields = with(field, &value);
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = app.post("/people", &pairs).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let summary = r.text_of(".govuk-error-summary");
        assert!(summary.contains(says), "{field}: {summary}");
        assert!(
            r.body.contains(&format!("#{field}\"")),
            "the summary links to {field}"
        );
    }
    assert_eq!(
        people(&app, &org).await,
        before,
        "nothing refused was saved"
    );

    // A phone written +44 is a phone number, not a formula; the longest email is kept.
    let email = format!("{}@people.example", "b".repeat(239));
    assert_eq!(email.len(), 254);
    let mut fields = with("phone", "+44 7700 900123");
    fields.push(("email", email));
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post("/people", &pairs).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let xlsx = app
        .get("/people/export/file?columns=given_name&columns=email&format=xlsx")
        .await;
    assert_eq!(xlsx.status, StatusCode::OK, "the register still exports");
}

async fn people(app: &TestApp, org: &crate::harness::Org) -> u64 {
    app.scope(org)
        .find::<person::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

both_databases!(sign_in_sends_people_back_only_to_our_own_pages, return_to);
async fn return_to(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    app.org("northbrook", "Northbrook").await;
    for hostile in [
        "/\t/evil.example",
        "/\n",
        "//evil.example",
        "/\\evil.example",
    ] {
        let mut browser = app.new_browser();
        let page = browser
            .get(&format!("/sign-in?return_to={}", urlencode(hostile)))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let r = browser
            .post(
                "/sign-in",
                &[
                    ("email", "staff@northbrook.example"),
                    ("password", PASSWORD),
                    ("return_to", hostile),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{hostile:?}");
        assert_eq!(r.location(), "/home", "{hostile:?} is not followed");
    }
    let mut browser = app.new_browser();
    let r = browser
        .post(
            "/sign-in",
            &[
                ("email", "staff@northbrook.example"),
                ("password", PASSWORD),
                ("return_to", "/people?page=2"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/people?page=2", "our own pages still work");
}

fn urlencode(value: &str) -> String {
    withus_web::kit::page::url_encode(value)
}

both_databases!(times_in_the_clock_change_are_explained, clock_change);
async fn clock_change(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let open = opportunity_at(&app, &org, "open").await;
    let meetings = app
        .scope(&org)
        .find::<meeting::Entity>()
        .count(&app.state.db)
        .await
        .unwrap();
    let meeting = |day: &'static str, year: &'static str, from: &'static str| {
        vec![
            ("title", "Strategy group"),
            ("starts-day", day),
            ("starts-month", "3"),
            ("starts-year", year),
            ("from", from),
            ("to", "03:00"),
            ("high_level", "no"),
            ("online", "https://meet.example/group"),
        ]
    };
    let r = app
        .post(
            &format!("/opportunities/{open}/meetings"),
            &meeting("28", "2027", "01:30"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("clocks go forward"),
        "{}",
        r.text_of(".govuk-error-summary")
    );
    for year in ["-2027", "1", "99999", "0"] {
        let r = app
            .post(
                &format!("/opportunities/{open}/meetings"),
                &meeting("10", year, "01:30"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "year {year}");
        assert!(!r.text_of(".govuk-error-summary").is_empty(), "year {year}");
    }
    let after = app
        .scope(&org)
        .find::<meeting::Entity>()
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(after, meetings);

    // The same time on an opportunity is refused whole, never saved with an end and no start.
    let r = app
        .post(
            "/opportunities",
            &[
                ("title", "Spring panel"),
                ("summary", "A panel"),
                ("starts-day", "28"),
                ("starts-month", "3"),
                ("starts-year", "2027"),
                ("from", "01:30"),
                ("to", "03:00"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("clocks go forward")
    );
    let half = app
        .scope(&org)
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::StartsAt.is_null())
        .filter(opportunity::Column::EndsAt.is_not_null())
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(half, 0);
}

both_databases!(every_refusal_is_a_govuk_page, refusals);
async fn refusals(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let bad_query = app.get("/people?page=abc").await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    assert!(is_govuk_page(&bad_query), "{}", bad_query.status);

    let token = app.csrf_token().await;
    let put = Request::put("/people")
        .header(header::COOKIE, app.cookie_header())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf_token={token}")))
        .unwrap();
    let put = app.request(put).await;
    assert_eq!(put.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(is_govuk_page(&put));
    assert!(!put.body.contains("This form has expired"));

    let no_boundary = Request::post(format!("/people/import?csrf_token={token}"))
        .header(header::COOKIE, app.cookie_header())
        .header(header::CONTENT_TYPE, "multipart/form-data")
        .body(Body::from("nothing"))
        .unwrap();
    let no_boundary = app.request(no_boundary).await;
    assert!(
        no_boundary.status.is_client_error(),
        "{}",
        no_boundary.status
    );
    assert!(is_govuk_page(&no_boundary), "{}", no_boundary.body);

    let plain_text = Request::post("/people")
        .header(header::COOKIE, app.cookie_header())
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(format!("csrf_token={token}")))
        .unwrap();
    let plain_text = app.request(plain_text).await;
    assert_eq!(plain_text.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(is_govuk_page(&plain_text));
}

both_databases!(https_is_pinned_once_we_are_on_https, hsts);
async fn hsts(url: String) {
    let mut plain = TestApp::start(&url, |_| {}).await;
    let r = plain.get("/").await;
    assert!(r.headers.get(header::STRICT_TRANSPORT_SECURITY).is_none());
    let mut secure = TestApp::start(&url, |c| c.public_url = "https://withus.example".into()).await;
    let r = secure.get("/").await;
    let hsts = r
        .headers
        .get(header::STRICT_TRANSPORT_SECURITY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(hsts.starts_with("max-age=31536000"), "{hsts}");
}
