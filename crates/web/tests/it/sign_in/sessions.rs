//! Sessions: surviving a restart, signing out everywhere, pruning ended ones, and the
//! cookie naming its organisation.

use super::*;
use crate::both_databases;

both_databases!(sessions_survive_a_restart_and_sign_out_everywhere, sessions);
async fn sessions(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Staff).await;
    let mut phone = app.new_browser();
    phone.sign_in_as(&org, Role::Staff).await;

    // A second server on the same database, as after a restart or behind a load balancer.
    let mut restarted = TestApp::start(&url, |_| {}).await;
    restarted.cookies = app.cookies.clone();
    assert_eq!(restarted.get("/home").await.status, StatusCode::OK);

    let out = restarted.post("/sign-out/everywhere", &[]).await;
    assert_eq!(out.location(), "/signed-out");
    assert_eq!(app.get("/home").await.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/home").await.status, StatusCode::SEE_OTHER);
}

both_databases!(ended_sessions_are_pruned, prune);
async fn prune(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Staff).await;
    let sessions = || {
        app.scope(&org)
            .find::<withus_db::entities::session::Entity>()
    };
    assert_eq!(sessions().count(&app.state.db).await.unwrap(), 1);
    withus_db::installation::prune(&app.state.db, Utc::now())
        .await
        .unwrap();
    assert_eq!(
        sessions().count(&app.state.db).await.unwrap(),
        1,
        "a live session stays"
    );
    let later = Utc::now() + Duration::hours(withus_web::kit::auth::session::SESSION_HOURS + 1);
    withus_db::installation::prune(&app.state.db, later)
        .await
        .unwrap();
    assert_eq!(
        sessions().count(&app.state.db).await.unwrap(),
        0,
        "an ended session goes"
    );
}

both_databases!(
    the_session_cookie_names_its_organisation_and_works_only_with_it,
    cookie_names_organisation
);
async fn cookie_names_organisation(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let other = app.org("southmere", "Southmere").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let cookie = app.cookies["withus_session"].clone();
    let (named, secret) = cookie.split_once('.').expect("<organisation>.<secret>");
    assert_eq!(named, org.id.simple().to_string());
    assert_eq!(app.get("/home").await.status, StatusCode::OK);

    // The same secret under another organisation, or with none, signs nobody in.
    for forged in [format!("{}.{secret}", other.id.simple()), secret.to_owned()] {
        let mut browser = app.new_browser();
        browser.cookies.insert("withus_session".into(), forged);
        let home = browser.get("/home").await;
        assert_eq!(home.status, StatusCode::SEE_OTHER, "forged cookie let in");
    }
}
