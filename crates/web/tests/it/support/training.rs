//! Training and checks: a role needing a course or check matches only people who hold it,
//! and warnings come before a check runs out.

use super::*;
use crate::both_databases;

both_databases!(a_role_needing_training_matches_only_holders, matching_body);
async fn matching_body(url: String) {
    let (mut app, org, _) = coordinator(&url).await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    let sam = person(&app, &org, "Sam", &[], None).await;
    let panel = add_course(&mut app, &org, "Recruitment panel skills", "course", "36").await;
    let dbs = add_course(&mut app, &org, "DBS check", "check", "36").await;
    let panel_opp = needing(&app, &org, panel).await;
    let dbs_opp = needing(&app, &org, dbs).await;
    let before = matches(&mut app, panel_opp).await;
    assert!(
        !before.contains("Priya Meeting") && !before.contains("Sam Meeting"),
        "{before}"
    );

    // Priya takes the course (Sam helps deliver it: he holds it too).
    let [d, m, y] = today_parts();
    let (pid, sid) = (priya.to_string(), sam.to_string());
    let nobody = app
        .post(
            &format!("/training/{panel}/records"),
            &[("done-day", &d), ("done-month", &m), ("done-year", &y)],
        )
        .await;
    assert_eq!(nobody.status, StatusCode::UNPROCESSABLE_ENTITY);
    let session = app
        .post(
            &format!("/training/{panel}/records"),
            &[
                ("done-day", &d),
                ("done-month", &m),
                ("done-year", &y),
                ("people", &pid),
                ("delivered", &sid),
            ],
        )
        .await;
    assert_eq!(session.status, StatusCode::SEE_OTHER);
    let course_page = app.get(&format!("/training/{panel}")).await.text_of("main");
    assert!(
        course_page.contains("Yes, with 1 involved person"),
        "{course_page}"
    );
    let after = matches(&mut app, panel_opp).await;
    assert!(
        after.contains("Priya Meeting") && after.contains("Sam Meeting"),
        "{after}"
    );

    // Sam's DBS check ran out a year ago: he does not match; renewed, he does.
    let old = withus_web::kit::dates::today() - Duration::days(4 * 365);
    let [od, om, oy] = date(old);
    app.post(
        &format!("/training/{dbs}/records"),
        &[
            ("done-day", &od),
            ("done-month", &om),
            ("done-year", &oy),
            ("person", &sid),
        ],
    )
    .await;
    assert!(!matches(&mut app, dbs_opp).await.contains("Sam Meeting"));
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    let browse = sam_app.get("/my/opportunities").await.text_of("main");
    assert!(
        !browse.contains(&format!("Interview panel {dbs}")),
        "{browse}"
    );
    assert!(
        browse.contains(&format!("Interview panel {panel}")),
        "{browse}"
    );
    app.post(
        &format!("/training/{dbs}/records"),
        &[
            ("done-day", &d),
            ("done-month", &m),
            ("done-year", &y),
            ("person", &sid),
        ],
    )
    .await;
    assert!(matches(&mut app, dbs_opp).await.contains("Sam Meeting"));
    assert!(
        sam_app
            .get("/my/opportunities")
            .await
            .text_of("main")
            .contains(&format!("Interview panel {dbs}"))
    );

    // The role form offers the courses, with the one chosen kept.
    let edit = app
        .get(&format!("/opportunities/{dbs_opp}/edit/roles"))
        .await;
    assert!(edit.body.contains("Training or check this role needs"));
    assert!(
        edit.body
            .contains(&format!("<option value=\"{dbs}\" selected")),
        "selected requirement"
    );
}

both_databases!(warned_before_a_check_runs_out, expiry_body);
async fn expiry_body(url: String) {
    let (mut app, org, _) = coordinator(&url).await;
    let priya = person(&app, &org, "Priya", &[], None).await;
    let dbs = add_course(&mut app, &org, "DBS check", "check", "").await;
    let today = withus_web::kit::dates::today();
    let [d, m, y] = today_parts();
    let [ed, em, ey] = date(today + Duration::days(30));
    let pid = priya.to_string();
    let record = |expires: [&str; 3]| {
        vec![
            ("done-day", d.clone()),
            ("done-month", m.clone()),
            ("done-year", y.clone()),
            ("person", pid.clone()),
            ("expires-day", expires[0].to_owned()),
            ("expires-month", expires[1].to_owned()),
            ("expires-year", expires[2].to_owned()),
        ]
    };
    // An expiry before the check is refused.
    let backwards = post(&mut app, dbs, record(["1", "1", "2000"])).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards.body.contains("Enter a date after the check"));
    assert_eq!(
        post(&mut app, dbs, record([&ed, &em, &ey])).await.status,
        StatusCode::SEE_OTHER
    );

    for page in ["/support", "/home"] {
        let text = app.get(page).await.text_of("main");
        assert!(text.contains("Runs out in 30 days"), "{page}: {text}");
        assert!(text.contains("Priya Meeting"), "{page}");
    }
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    assert!(
        priya_app
            .get("/my/support")
            .await
            .text_of("main")
            .contains("Runs out in 30 days")
    );

    // Renewed for three years: the warning goes.
    let [rd, rm, ry] = date(today + Duration::days(3 * 365));
    post(&mut app, dbs, record([&rd, &rm, &ry])).await;
    let support = app.get("/support").await.text_of("main");
    assert!(!support.contains("Priya Meeting"), "{support}");
    assert!(support.contains("Nothing runs out in the next 60 days"));

    // Eleven running out: the dashboard shows the first ten and links to all of them.
    for k in 0..11 {
        let who = person(&app, &org, &format!("Soon{k}"), &[], None)
            .await
            .to_string();
        let mut form = record([&ed, &em, &ey]);
        form[3].1 = who;
        post(&mut app, dbs, form).await;
    }
    let home = app.get("/home").await;
    let running = home.text_of("#running-out + div");
    assert_eq!(
        running.matches("Runs out in 30 days").count(),
        10,
        "{running}"
    );
    assert!(home.body.contains("href=\"/support#running-out\""));
    let support = app.get("/support").await.text_of("main");
    assert_eq!(support.matches("Runs out in 30 days").count(), 11);
}
