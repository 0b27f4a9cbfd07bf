mod files;
mod limits;

use axum::http::StatusCode;
use withus_db::entities::{people_import, person};
use withus_db::sea_orm::PaginatorTrait;
use withus_db::sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
use withus_web::kit::auth::Role;
use withus_web::people::import_jobs;

use crate::both_databases;
use crate::harness::TestApp;

const SHEET: &str = "Forename,Surname,E-mail,Type,Access needs,Notes\r\n\
Jo,Bennett,jo@people.example,Unpaid carer,Large print; Hearing loop,Prefers mornings\n\
,Nameless,n@people.example,carer,,\r\n\
Sam,Lee,sam@people.example,service user,Wheelchair,\n\
\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",Trick,t@people.example,carer,,\n\
Ada,Obi,ada@people.example,both,,\n";

both_databases!(
    coordinators_import_a_spreadsheet_after_a_preview,
    import_with_preview
);
async fn import_with_preview(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    app.sign_in_as(&org, Role::Coordinator).await;
    assert_eq!(app.get("/people/import").await.status, StatusCode::OK);

    let refused = app
        .upload("/people/import", "people.csv", SHEET.as_bytes(), false)
        .await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "uploads need the form token too"
    );

    let uploaded = app
        .upload("/people/import", "people.csv", SHEET.as_bytes(), true)
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let preview = app.get(uploaded.location()).await;
    assert!(
        preview
            .body
            .contains("2 people can be imported. 3 rows have problems"),
        "{}",
        preview.text_of("[role=status]")
    );
    assert!(preview.body.contains("Enter a first name"));
    assert!(
        preview
            .body
            .contains("we do not know &quot;Wheelchair&quot;")
            || preview.body.contains("we do not know &#34;Wheelchair&#34;")
    );
    assert!(preview.body.contains("spreadsheets run as a formula"));
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0,
        "nothing written before confirming"
    );

    // Map the notes column to nothing, then confirm.
    let id = uploaded.location().rsplit('/').next().unwrap().to_owned();
    let columns = app
        .post(
            &format!("/people/import/{id}/columns"),
            &[
                ("column_given_name", "Forename"),
                ("column_family_name", "Surname"),
                ("column_email", "E-mail"),
                ("column_involvement_role", "Type"),
                ("column_access_needs", "Access needs"),
            ],
        )
        .await;
    assert_eq!(columns.status, StatusCode::SEE_OTHER);
    let confirmed = app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    // Confirming queues the import; the page says so until a worker has run it.
    let waiting = app.get(confirmed.location()).await;
    assert!(
        waiting
            .body
            .contains("Waiting to start adding 2 people from people.csv"),
        "{}",
        waiting.body
    );
    let progress = app.get(&format!("/people/import/{id}/progress")).await;
    assert!(progress.body.contains(r#""finished":false"#));
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0,
        "nothing written before the worker runs"
    );
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    assert!(!import_jobs::run_one(&app.state).await.unwrap(), "run once");
    let done = app.get(confirmed.location()).await;
    assert!(done.body.contains("2 people were added to the register"));
    let progress = app.get(&format!("/people/import/{id}/progress")).await;
    assert!(progress.body.contains(r#""finished":true"#));
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );
    let list = app.get("/people?need=hearing_loop&role=carer").await;
    assert!(list.body.contains("Jo Bennett"));
    let jo = app.get("/people?q=bennett").await;
    let link = jo
        .body
        .split("href=\"/people/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        !app.get(&format!("/people/{link}"))
            .await
            .body
            .contains("Prefers mornings"),
        "the unmapped column was left out"
    );

    // Confirming twice adds nobody twice; a second upload finds the duplicates.
    app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert!(!import_jobs::run_one(&app.state).await.unwrap());
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );
    let again = app
        .upload("/people/import", "people.csv", SHEET.as_bytes(), true)
        .await;
    let preview = app.get(again.location()).await;
    assert!(
        preview.body.contains("0 people can be imported")
            || preview.body.contains("No rows can be imported"),
        "{}",
        preview.text_of("[role=status]")
    );
    assert!(preview.body.contains("already has this email address"));

    // Uploaded spreadsheets hold personal data: they go a day after upload.
    let later = chrono::Utc::now() + chrono::Duration::days(2);
    withus_db::installation::prune(&app.state.db, later)
        .await
        .unwrap();
    assert_eq!(
        scope
            .find::<people_import::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0
    );
}

both_databases!(
    a_stopped_import_is_taken_over_and_a_failed_one_says_so,
    stopped_and_failed
);
async fn stopped_and_failed(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let scope = app.scope(&org);
    let uploaded = app
        .upload("/people/import", "people.csv", SHEET.as_bytes(), true)
        .await;
    let id = uploaded.location().rsplit('/').next().unwrap().to_owned();
    app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    let set = |status: &str, lease: chrono::DateTime<chrono::Utc>| {
        scope
            .update_many::<people_import::Entity>()
            .col_expr(people_import::Column::Status, Expr::value(status))
            .col_expr(people_import::Column::StartedAt, Expr::value(lease))
            .col_expr(people_import::Column::LeaseUntil, Expr::value(lease))
    };

    // Another server is importing it and its lease still runs: leave it alone.
    let soon = chrono::Utc::now() + chrono::Duration::minutes(5);
    set("importing", soon).exec(&app.state.db).await.unwrap();
    assert!(!import_jobs::run_one(&app.state).await.unwrap());
    assert!(
        app.get(uploaded.location())
            .await
            .body
            .contains("Adding 2 people")
    );

    // That server stopped: once the lease has run out, this worker takes the job over.
    let past = chrono::Utc::now() - chrono::Duration::minutes(1);
    set("importing", past).exec(&app.state.db).await.unwrap();
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );

    // A file that can no longer be read fails, writes nothing, and can be tried again.
    let second = app
        .upload(
            "/people/import",
            "more.csv",
            b"First name,Last name,Role\nMorag,Faulds,carer\n",
            true,
        )
        .await;
    let second_id = second.location().rsplit('/').next().unwrap().to_owned();
    app.post(&format!("/people/import/{second_id}/confirm"), &[])
        .await;
    scope
        .update_many::<people_import::Entity>()
        .col_expr(people_import::Column::Content, Expr::value("\"unclosed"))
        .filter(people_import::Column::FileName.eq("more.csv"))
        .exec(&app.state.db)
        .await
        .unwrap();
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    let failed = app
        .get(&format!("/people/import/{second_id}/progress"))
        .await;
    assert!(failed.body.contains(r#""finished":true"#));
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );
    scope
        .update_many::<people_import::Entity>()
        .col_expr(
            people_import::Column::Content,
            Expr::value("First name,Last name,Role\nMorag,Faulds,carer\n"),
        )
        .filter(people_import::Column::FileName.eq("more.csv"))
        .exec(&app.state.db)
        .await
        .unwrap();
    let page = app.get(&format!("/people/import/{second_id}")).await;
    assert!(
        page.body
            .contains("The import stopped and nothing was added")
    );
    app.post(&format!("/people/import/{second_id}/confirm"), &[])
        .await;
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    let done = app.get(&format!("/people/import/{second_id}")).await;
    assert!(done.body.contains("1 person was added to the register"));
}

both_databases!(unreadable_files_say_why_and_write_nothing, unreadable);
async fn unreadable(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    // A workbook saved as .xlsx is a zip file, not text.
    let workbook = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
    let r = app
        .upload("/people/import", "people.xlsx", workbook, true)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("must be a CSV file"), "{}", r.body);
    assert!(
        r.body.contains("href=\"#file\""),
        "the error summary links to the file field"
    );
    let mut huge = b"Forename,Surname\n".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    let r = app.upload("/people/import", "huge.csv", &huge, true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("smaller than 5 MB"));
    let r = app.upload("/people/import", "empty.csv", b"", true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let scope = app.scope(&org);
    assert_eq!(
        scope
            .find::<people_import::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        0
    );
}

both_databases!(the_register_exports_with_chosen_columns, export);
async fn export(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let r = app
        .post(
            "/people",
            &[
                ("given_name", "=HYPERLINK(\"http://evil.example\")"),
                ("family_name", "Trick"),
                ("email", "t@people.example"),
                ("involvement_role", "carer"),
                ("access_needs", "large_print"),
                ("access_needs", "braille"),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the form refuses a formula, as the import does"
    );
    // A row saved before that rule (or written by hand into the database) is still exported as
    // text, never as a formula.
    let form = withus_web::people::forms::PersonForm {
        given_name: "Safe".into(),
        family_name: "Trick".into(),
        email: "t@people.example".into(),
        involvement_role: "carer".into(),
        access_needs: vec!["large_print".into(), "braille".into()],
        ..Default::default()
    };
    let mut input = form.check().unwrap();
    input.given_name = "=HYPERLINK(\"http://evil.example\")".into();
    withus_web::people::queries::create(&app.scope(&org), &input, None)
        .await
        .unwrap();
    assert_eq!(app.get("/people/export").await.status, StatusCode::OK);
    let csv = app.get("/people/export/file?columns=given_name&columns=access_needs&columns=nonsense&format=csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("people.csv")
    );
    let mut lines = csv.body.lines();
    assert_eq!(lines.next(), Some("First name,Access needs"));
    assert_eq!(
        lines.next(),
        Some("\"'=HYPERLINK(\"\"http://evil.example\"\")\",Large print; Braille")
    );
    assert!(
        !csv.body.contains("t@people.example"),
        "only the chosen columns"
    );
    let xlsx = app
        .get("/people/export/file?columns=given_name&format=xlsx")
        .await;
    assert_eq!(
        xlsx.headers.get("content-type").unwrap(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(xlsx.body.starts_with("PK"));
    let mut admin = app.new_browser();
    admin.sign_in_as(&org, Role::Administrator).await;
    assert!(
        admin.get("/admin/audit").await.body.contains("exported"),
        "exports are audited"
    );
}
