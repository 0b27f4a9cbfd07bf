//! Support and mentoring, recorded by staff, that the person can see.

use super::*;
use crate::both_databases;

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
