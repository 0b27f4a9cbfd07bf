//! Support, mentoring and training through HTTP on both databases: a role that needs a
//! course or check only matches people who hold it (and whose check has not run out),
//! warnings before things run out, and support and mentoring the person can see.

use axum::http::StatusCode;
use chrono::{Duration, NaiveDate};
use uuid::Uuid;
use withus_db::entities::{account, course, opportunity};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::opportunities::forms::{OpportunityInput, RoleInput};

use crate::both_databases;
use crate::harness::{Org, TestApp};
use crate::impact::{coordinator, today_parts};
use crate::meetings::{member, person};

async fn add_course(app: &mut TestApp, org: &Org, name: &str, kind: &str, months: &str) -> Uuid {
    let r = app
        .post(
            "/training",
            &[
                ("name", name),
                ("kind", kind),
                ("audience", "involved"),
                ("months", months),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.scope(org)
        .find::<course::Entity>()
        .filter(course::Column::Name.eq(name))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// An open opportunity whose one role needs `course`.
async fn needing(app: &TestApp, org: &Org, course: Uuid) -> Uuid {
    let scope = app.scope(org);
    let by = Uuid::now_v7();
    let id = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: format!("Interview panel {course}"),
            summary: "Help choose the new manager.".into(),
            way: "both".into(),
            places: 2,
            roles: vec![RoleInput {
                kind: "panel_member".into(),
                name: "Panel member".into(),
                description: "Sit on the interview panel".into(),
                requires: Some(course),
            }],
            ..Default::default()
        },
        by,
    )
    .await
    .unwrap();
    withus_web::opportunities::queries::set_status(&scope, id, "draft", "open", by)
        .await
        .unwrap();
    id
}

async fn matches(app: &mut TestApp, opp: Uuid) -> String {
    app.get(&format!("/opportunities/{opp}/matches"))
        .await
        .text_of("main")
}

async fn post(
    app: &mut TestApp,
    course: Uuid,
    fields: Vec<(&str, String)>,
) -> crate::harness::Response {
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post(&format!("/training/{course}/records"), &refs)
        .await
}

fn date(d: NaiveDate) -> [String; 3] {
    ["%-d", "%-m", "%Y"].map(|f| d.format(f).to_string())
}

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
    let edit = app.get(&format!("/opportunities/{dbs_opp}/edit")).await;
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

both_databases!(support_and_mentoring_the_person_can_see, support_body);
async fn support_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let coordinator = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq("coordinator@northbrook.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let priya = person(&app, &org, "Priya", &[], None).await;
    let sam = person(&app, &org, "Sam", &[], None).await;
    let details = withus_web::people::queries::details(&scope, priya)
        .await
        .unwrap()
        .unwrap();
    let mut form = withus_web::people::views::form_from(&details);
    form.named_contact = coordinator.id.to_string();
    withus_web::people::queries::update(&scope, priya, &form.check().unwrap())
        .await
        .unwrap();

    let [d, m, y] = today_parts();
    let path = format!("/people/{priya}/support");
    assert!(
        app.get(&format!("/people/{priya}"))
            .await
            .body
            .contains(&format!("href=\"{path}\""))
    );
    let missing = app
        .post(
            &path,
            &[
                ("kind", "debrief"),
                ("given-day", &d),
                ("given-month", &m),
                ("given-year", &y),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Say what happened"));
    let saved = app
        .post(
            &path,
            &[
                ("kind", "debrief"),
                ("given-day", &d),
                ("given-month", &m),
                ("given-year", &y),
                (
                    "note",
                    "We talked through the board meeting and what to say next time.",
                ),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    // Mentoring: not with themselves; Sam mentors Priya and they meet once.
    let same = app
        .post(
            "/mentoring",
            &[("mentor", &sam.to_string()), ("mentee", &sam.to_string())],
        )
        .await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);
    let paired = app
        .post(
            "/mentoring",
            &[("mentor", &sam.to_string()), ("mentee", &priya.to_string())],
        )
        .await;
    assert_eq!(paired.status, StatusCode::SEE_OTHER);
    let list = app.get("/mentoring").await;
    let pair = list
        .body
        .split("href=\"/mentoring/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("pair link")
        .to_owned();
    let met = app
        .post(
            &format!("/mentoring/{pair}/meetings"),
            &[
                ("met-day", &d),
                ("met-month", &m),
                ("met-year", &y),
                ("note", "Coffee before the panel"),
            ],
        )
        .await;
    assert_eq!(met.status, StatusCode::SEE_OTHER);

    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let mine = priya_app.get("/my/support").await.text_of("main");
    assert!(
        mine.contains(&format!(
            "Your named contact is {}",
            coordinator.display_name
        )),
        "{mine}"
    );
    assert!(mine.contains("Talking it through after a hard meeting"));
    assert!(mine.contains("We talked through the board meeting"));
    assert!(mine.contains("Sam Meeting mentors you"), "{mine}");
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    let his = sam_app.get("/my/support").await.text_of("main");
    assert!(his.contains("You mentor Priya Meeting"));
    assert!(
        !his.contains("We talked through the board meeting"),
        "support is the person's own"
    );

    // Her own data includes it; erasing her takes it away, and the pair with her.
    let data = priya_app.get("/my/data").await.body;
    assert!(
        data.contains("We talked through the board meeting"),
        "{data}"
    );
    assert!(data.contains("\"table\": \"mentoring_pairs\""), "{data}");
    let erased = app.post(&format!("/people/{priya}/erase"), &[]).await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER);
    use withus_db::entities::{mentoring_pair, support_record};
    let left = scope
        .find::<support_record::Entity>()
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(left.is_empty());
    let pairs = scope
        .find::<mentoring_pair::Entity>()
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(pairs.is_empty());
    assert!(!sam_app.get("/my/support").await.body.contains("You mentor"));
}

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
