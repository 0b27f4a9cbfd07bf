//! Every route checks its roles: signed out, as an involved person and as an
//! administrator.

use super::*;
use crate::both_databases;

/// Any path parameter filled with an id that exists nowhere.
fn nowhere(path: &str) -> String {
    let mut filled = path.to_owned();
    while let (Some(start), Some(end)) = (filled.find('{'), filled.find('}')) {
        filled.replace_range(start..=end, "00000000-0000-0000-0000-000000000000");
    }
    filled
}

both_databases!(every_route_checks_its_roles, roles);
async fn roles(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let a = app.org("northbrook", "Northbrook Council").await;
    // Signed out: every non-public GET sends you to sign in.
    for route in routes()
        .into_iter()
        .filter(|r| r.access != Access::Public && r.method == "GET")
    {
        let path = nowhere(route.path);
        let response = app.get(&path).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{path}");
        assert!(response.location().starts_with("/sign-in"), "{path}");
    }
    let mut member = app.new_browser();
    member.sign_in_as(&a, Role::InvolvedPerson).await;
    for route in routes().into_iter().filter(|r| match r.access {
        Access::Roles(roles) => !roles.contains(&Role::InvolvedPerson),
        Access::PlatformAdmin => true,
        _ => false,
    }) {
        let path = nowhere(route.path);
        let response = if route.method == "GET" {
            member.get(&path).await
        } else {
            member.post(&path, &[]).await
        };
        assert_eq!(
            response.status,
            StatusCode::FORBIDDEN,
            "{} {path}",
            route.method
        );
        assert_eq!(response.text_of("h1"), "You cannot see this page");
    }
    let mut admin = app.new_browser();
    admin.sign_in_as(&a, Role::Administrator).await;
    assert_eq!(admin.get("/admin/outbox").await.status, StatusCode::OK);
    assert_eq!(
        admin.get("/platform/organisations").await.status,
        StatusCode::FORBIDDEN,
        "organisation admins are not platform admins"
    );
}
