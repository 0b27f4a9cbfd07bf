//! The in-process test app: a fresh database per test (an SQLite file, or a PostgreSQL
//! database created for the test), a router built as in production, and a cookie jar.

mod database;
mod response;

pub use database::{Backend, TestDb};
pub use response::Response;

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use uuid::Uuid;
use withus_db::{OrgScope, installation};
use withus_web::kit::auth::Role;
use withus_web::kit::csrf;
use withus_web::routes::router;
use withus_web::{AppState, Config, admin};

pub const PASSWORD: &str = "tangerine orbit cloudy piano";

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub cookies: HashMap<String, String>,
    pub address: String,
}

/// An organisation made for a test, with one account per role.
pub struct Org {
    pub id: Uuid,
    pub name: String,
    pub slug: String,
}

impl TestApp {
    pub async fn start(url: &str, config: impl FnOnce(&mut Config)) -> TestApp {
        let mut settings = Config::for_tests(url);
        config(&mut settings);
        let db = withus_db::connect_and_migrate(url).await.expect("migrate");
        let state = AppState::new(db, settings).await.expect("state");
        TestApp {
            router: router(state.clone()),
            state,
            cookies: HashMap::new(),
            address: "203.0.113.10".into(),
        }
    }

    /// Another browser against the same server: no cookies.
    pub fn new_browser(&self) -> TestApp {
        TestApp {
            state: self.state.clone(),
            router: self.router.clone(),
            cookies: HashMap::new(),
            address: self.address.clone(),
        }
    }

    pub async fn org(&self, slug: &str, name: &str) -> Org {
        let org = installation::create_organisation(&self.state.db, slug, name, chrono::Utc::now())
            .await
            .expect("organisation");
        let scope = OrgScope::new(self.state.db.clone(), org.id);
        let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
        for role in Role::ALL {
            let email = format!("{}@{slug}.example", role.as_str());
            let name = format!("{name} {}", role.label());
            admin::create(&scope, &name, &email, Some(hashed.clone()), &[role], false)
                .await
                .expect("account");
        }
        Org {
            id: org.id,
            name: org.name,
            slug: slug.into(),
        }
    }

    pub fn scope(&self, org: &Org) -> OrgScope {
        OrgScope::new(self.state.db.clone(), org.id)
    }

    pub async fn request(&mut self, request: Request<Body>) -> Response {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        for cookie in headers.get_all(header::SET_COOKIE) {
            let Ok(text) = cookie.to_str() else { continue };
            let Ok(parsed) = cookie::Cookie::parse(text.to_owned()) else {
                continue;
            };
            if parsed.value().is_empty() {
                self.cookies.remove(parsed.name());
            } else {
                self.cookies
                    .insert(parsed.name().to_owned(), parsed.value().to_owned());
            }
        }
        Response {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            raw: bytes.to_vec(),
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn get(&mut self, path: &str) -> Response {
        let request = Request::get(path)
            .header(header::COOKIE, self.cookie_header())
            .header("x-forwarded-for", self.address.clone())
            .body(Body::empty())
            .expect("request");
        self.request(request).await
    }

    /// The form token this browser's pages carry.
    pub async fn csrf_token(&mut self) -> String {
        if !self.cookies.contains_key("withus_session")
            && !self.cookies.contains_key(csrf::VISITOR_COOKIE)
        {
            self.get("/sign-in").await;
        }
        let identity = self
            .cookies
            .get("withus_session")
            .or_else(|| self.cookies.get(csrf::VISITOR_COOKIE))
            .cloned()
            .unwrap_or_default();
        csrf::token_for(&self.state.csrf_key, &identity)
    }

    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = serde_urlencoded::to_string(fields).expect("form");
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("x-forwarded-for", self.address.clone())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }

    /// Posts a form the way a browser does, with the page's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.csrf_token().await;
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_raw(path, &all).await
    }

    /// Uploads a file as a browser's form does, with the token in the form's address.
    pub async fn upload(
        &mut self,
        path: &str,
        file_name: &str,
        bytes: &[u8],
        with_token: bool,
    ) -> Response {
        let boundary = "withus-test-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let token = self.csrf_token().await;
        let uri = if with_token {
            format!("{path}?csrf_token={token}")
        } else {
            path.to_owned()
        };
        let request = Request::post(uri)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("x-forwarded-for", self.address.clone())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }

    /// Posts a multipart form with text fields and perhaps one file, as a browser does.
    pub async fn upload_fields(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Response {
        let files: Vec<(&str, &str, &[u8])> = file
            .into_iter()
            .map(|(name, bytes)| ("file", name, bytes))
            .collect();
        self.upload_files(path, fields, &files).await
    }

    /// Posts a multipart form with text fields and files given as (field, file name, bytes).
    pub async fn upload_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Response {
        let boundary = "withus-test-boundary";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (field, file_name, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: text/plain\r\n\r\n")
                    .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let token = self.csrf_token().await;
        let request = Request::post(format!("{path}?csrf_token={token}"))
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("x-forwarded-for", self.address.clone())
            .body(Body::from(body))
            .expect("request");
        self.request(request).await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Response {
        self.post("/sign-in", &[("email", email), ("password", password)])
            .await
    }

    pub async fn sign_in_as(&mut self, org: &Org, role: Role) {
        let email = format!("{}@{}.example", role.as_str(), org.slug);
        let response = self.sign_in(&email, PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign in as {email}: {}",
            response.body
        );
    }
}

/// Runs a test body on both databases, each in a fresh database.
#[macro_export]
macro_rules! both_databases {
    ($name:ident, $body:path) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                $crate::harness::run($crate::harness::Backend::Sqlite, |url| Box::pin($body(url)))
                    .await;
            }

            #[tokio::test]
            async fn postgres() {
                $crate::harness::run($crate::harness::Backend::Postgres, |url| {
                    Box::pin($body(url))
                })
                .await;
            }
        }
    };
}

pub async fn run<F>(backend: Backend, body: F)
where
    F: FnOnce(String) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>,
{
    let Some(db) = TestDb::create(backend).await else {
        return;
    };
    let url = db.url.clone();
    let outcome = tokio::spawn(body(url)).await;
    db.drop_now().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}
