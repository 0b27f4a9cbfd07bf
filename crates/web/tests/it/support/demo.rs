//! The demo organisation closes the loop: changes in every impact area.

use super::*;
use crate::both_databases;

both_databases!(demo_closes_the_loop, demo_body);
async fn demo_body(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    withus_web::demo::seed(&app.state.db, "demo-password-for-tests-1")
        .await
        .unwrap();
    let mut tom = app.new_browser();
    tom.sign_in("coordinator@demo.example", "demo-password-for-tests-1")
        .await;
    // Changes in every impact area, at both levels, and one honest "no".
    let impact = tom.get("/impact").await;
    let rows = impact.text_of("table");
    for area in withus_web::impact::AREAS {
        let label = withus_web::kit::i18n::t(area.1);
        let line = rows
            .lines()
            .skip_while(|l| !l.contains(&label))
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            line.split_whitespace()
                .any(|w| w.parse::<u32>().is_ok_and(|n| n > 0)),
            "{label}: {line}"
        );
    }
    assert!(impact.body.contains("We did not change it"));
    // Feedback sent and overdue; both groups answered; things running out.
    let home = tom.get("/home").await.text_of("main");
    assert!(!home.contains("Feedback overdue: 0 people"), "{home}");
    assert!(home.contains("Runs out in"), "{home}");
    let owed = tom.get("/impact/feedback").await.text_of("main");
    assert!(owed.contains("Overdue"));
    let org = withus_db::installation::organisation_by_slug(&app.state.db, "demo")
        .await
        .unwrap()
        .unwrap();
    let scope = withus_db::OrgScope::new(app.state.db.clone(), org.id);
    let id_of = |title: &'static str| {
        let scope = scope.clone();
        async move {
            scope
                .find::<opportunity::Entity>()
                .filter(opportunity::Column::Title.eq(title))
                .one(scope.db())
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let reference = id_of("Carers' reference group: what should we buy?").await;
    let evaluation = tom
        .get(&format!("/opportunities/{reference}/evaluation"))
        .await
        .text_of("table");
    assert!(evaluation.contains("out of 5 (2 answers)"), "{evaluation}");
    let draft = id_of("Co-deliver autism awareness training to staff").await;
    let lessons = tom
        .get(&format!("/opportunities/{draft}"))
        .await
        .text_of("main");
    assert!(
        lessons.contains("Lessons from similar opportunities"),
        "{lessons}"
    );
    assert!(lessons.contains("Pay people from the first session"));
    let mut jo = app.new_browser();
    jo.sign_in("member@demo.example", "demo-password-for-tests-1")
        .await;
    let said = jo.get("/my/said").await.text_of("main");
    assert!(
        said.contains("Hold some workshops in the evening"),
        "{said}"
    );
    assert!(said.contains("Every third workshop is now at 6pm"));
    assert!(
        said.contains("How did it go? Carers' reference group"),
        "{said}"
    );
    let support = jo.get("/my/support").await.text_of("main");
    assert!(support.contains("Your named contact is Tom Okafor"));
    assert!(support.contains("mentors you"));
    assert!(
        support.contains("Involving people well (helped deliver it)"),
        "{support}"
    );
    let mentoring = tom.get("/mentoring").await;
    assert_eq!(mentoring.status, StatusCode::OK);
}
