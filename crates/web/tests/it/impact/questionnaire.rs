//! The end-of-involvement questionnaire through HTTP on both databases: only for people who
//! took part, answered once (a second time changes it), summed per group side by side, kept in
//! the totals without words when someone is erased, and sent again only to those who have not
//! answered.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use withus_db::entities::outbox_message;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};

use crate::both_databases;
use crate::impact::{confirm, coordinator, opportunity_at};
use crate::meetings::{member, person};

fn ratings<'a>(values: [&'a str; 5], words: &'a str) -> Vec<(&'a str, &'a str)> {
    let names = ["rating_1", "rating_2", "rating_3", "rating_4", "rating_5"];
    let mut fields: Vec<(&str, &str)> = names.into_iter().zip(values).collect();
    fields.push(("words_3", words));
    fields
}

both_databases!(questionnaires_summed_per_group, questionnaire_body);
async fn questionnaire_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "evaluating").await;
    let (priya, sam, kim) = (
        person(&app, &org, "Priya", &[], None).await,
        person(&app, &org, "Sam", &[], None).await,
        person(&app, &org, "Kim", &[], None).await,
    );
    confirm(&scope, opp, priya).await;
    confirm(&scope, opp, sam).await;
    let path = format!("/my/questionnaires/{opp}");

    let mut priya_app = member(&app, &org, priya, "Priya").await;
    assert!(
        priya_app.get("/home").await.body.contains(&path),
        "waiting on her home page"
    );
    let form = priya_app.get(&path).await;
    assert!(
        form.body
            .contains("How much did it do what it set out to do?")
    );
    assert!(form.body.contains("type=\"radio\""));
    let empty = priya_app
        .post(&path, &ratings(["0", "0", "0", "0", "0"], ""))
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    // First answers, then changed: still one answer from Priya.
    priya_app
        .post(&path, &ratings(["1", "1", "1", "1", "1"], ""))
        .await;
    let done = priya_app
        .post(
            &path,
            &ratings(["2", "3", "2", "2", "0"], "Nobody explained the papers"),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    sam_app
        .post(&path, &ratings(["3", "3", "2", "2", "0"], ""))
        .await;
    // Kim was not part of it: no questionnaire for her.
    let mut kim_app = member(&app, &org, kim, "Kim").await;
    assert_eq!(kim_app.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        kim_app
            .post(&path, &ratings(["5", "5", "5", "5", "5"], ""))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Staff answer theirs.
    let staff = app
        .post(
            &format!("/opportunities/{opp}/questionnaire"),
            &ratings(["5", "4", "5", "4", "3"], "Went well"),
        )
        .await;
    assert_eq!(staff.status, StatusCode::SEE_OTHER);

    let page = app.get(&format!("/opportunities/{opp}/evaluation")).await;
    let table = page.text_of("table");
    assert!(table.contains("2.5 out of 5 (2 answers)"), "{table}");
    assert!(table.contains("5.0 out of 5 (1 answer)"), "{table}");
    assert!(table.contains("+2.5"), "{table}");
    assert!(
        table.contains("No answers yet"),
        "question 5: nobody involved rated it"
    );
    assert!(page.body.contains("Nobody explained the papers"));
    assert!(
        !page.body.contains("Priya Meeting: Nobody"),
        "answers carry no names"
    );
    // The member's page no longer lists it as waiting.
    assert!(!priya_app.get("/my/said").await.body.contains(&path));
    assert!(!priya_app.get("/home").await.body.contains(&path));
    // Erasing Priya keeps her ratings in the totals but not her words.
    app.post(&format!("/people/{priya}/erase"), &[]).await;
    let after = app.get(&format!("/opportunities/{opp}/evaluation")).await;
    assert!(after.text_of("table").contains("2.5 out of 5 (2 answers)"));
    assert!(!after.body.contains("Nobody explained the papers"));
    // Sending it again reaches only those who have not answered: here, nobody.
    let resent = app
        .post(&format!("/opportunities/{opp}/questionnaire/send"), &[])
        .await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER);
    let asked = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("How did it go?"))
        .all(&app.state.db)
        .await
        .unwrap();
    assert!(asked.is_empty(), "{asked:?}");
}

/// How many questionnaire emails each address has been sent so far.
async fn asked_by_address(
    app: &crate::harness::TestApp,
    scope: &withus_db::OrgScope,
) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for message in scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.contains("How did it go?"))
        .all(&app.state.db)
        .await
        .unwrap()
    {
        *counts.entry(message.to_address).or_default() += 1;
    }
    counts
}

/// The emails sent between two counts, by address, leaving out those sent none.
fn sent_since(
    before: &BTreeMap<String, usize>,
    after: &BTreeMap<String, usize>,
) -> BTreeMap<String, usize> {
    after
        .iter()
        .map(|(to, n)| (to.clone(), n - before.get(to).copied().unwrap_or(0)))
        .filter(|(_, n)| *n > 0)
        .collect()
}

both_databases!(
    sending_again_reaches_exactly_those_who_have_not_answered,
    resend_body
);
async fn resend_body(url: String) {
    let (mut app, org, scope) = coordinator(&url).await;
    let opp = opportunity_at(&app, &org, "evaluating").await;
    // Kim was not part of it: never asked.
    let (priya, sam, lee, _kim) = (
        person(&app, &org, "Priya", &[], None).await,
        person(&app, &org, "Sam", &[], None).await,
        person(&app, &org, "Lee", &[], None).await,
        person(&app, &org, "Kim", &[], None).await,
    );
    for p in [priya, sam, lee] {
        confirm(&scope, opp, p).await;
    }
    let path = format!("/my/questionnaires/{opp}");
    let send = format!("/opportunities/{opp}/questionnaire/send");
    let mut priya_app = member(&app, &org, priya, "Priya").await;
    let answered = priya_app
        .post(&path, &ratings(["4", "4", "3", "3", "0"], ""))
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);

    // Priya has answered; Sam, Lee and the opportunity's owner (staff) have not.
    let before = asked_by_address(&app, &scope).await;
    let resent = app.post(&send, &[]).await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    let after = asked_by_address(&app, &scope).await;
    let expected: BTreeMap<String, usize> = [
        ("sam@people.example", 1),
        ("lee@people.example", 1),
        ("coordinator@northbrook.example", 1),
    ]
    .into_iter()
    .map(|(to, n)| (to.to_owned(), n))
    .collect();
    assert_eq!(sent_since(&before, &after), expected);
    let to_sam = scope
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::ToAddress.eq("sam@people.example"))
        .filter(outbox_message::Column::Subject.contains("How did it go?"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("Sam's email");
    assert!(
        to_sam.body_text.contains(&path),
        "the email links to Sam's questionnaire: {}",
        to_sam.body_text
    );

    // Sam and the coordinator answer: sending again reaches Lee alone.
    let mut sam_app = member(&app, &org, sam, "Sam").await;
    let answered = sam_app
        .post(&path, &ratings(["2", "2", "2", "2", "0"], ""))
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let staff = app
        .post(
            &format!("/opportunities/{opp}/questionnaire"),
            &ratings(["5", "4", "5", "4", "3"], ""),
        )
        .await;
    assert_eq!(staff.status, StatusCode::SEE_OTHER, "{}", staff.body);
    let before = asked_by_address(&app, &scope).await;
    let resent = app.post(&send, &[]).await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER, "{}", resent.body);
    let after = asked_by_address(&app, &scope).await;
    assert_eq!(
        sent_since(&before, &after),
        BTreeMap::from([("lee@people.example".to_owned(), 1)])
    );
}
