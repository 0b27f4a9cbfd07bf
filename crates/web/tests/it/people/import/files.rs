//! The files people really upload: Excel's plain "CSV" (Windows-1252), semicolons or tabs
//! between columns, a column named twice, a quote never closed, and uploads that broke.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use withus_db::entities::{people_import, person};
use withus_db::sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::import_jobs;

use crate::both_databases;
use crate::harness::{Org, Response, TestApp};

/// What UK Excel's "CSV" saves: one byte a character, £ and curly quotes included.
const EXCEL_UK: &[u8] = b"First name,Last name,Email,Role,Notes\r\n\
Si\xe2n,Jones,sian@people.example,carer,Owes \xa35 for \x93travel\x94\r\n\
Jos\xe9,Ru\xedz,jose@people.example,carer,Caf\xe9 meetings only\r\n";

fn id_of(uploaded: &Response) -> String {
    uploaded.location().rsplit('/').next().unwrap().to_owned()
}

async fn stored_imports(app: &TestApp, org: &Org) -> u64 {
    app.scope(org)
        .find::<people_import::Entity>()
        .count(&app.state.db)
        .await
        .unwrap()
}

both_databases!(
    excel_csv_from_a_uk_computer_is_read_as_windows_1252,
    windows_1252
);
async fn windows_1252(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    app.sign_in_as(&org, Role::Coordinator).await;
    let uploaded = app
        .upload("/people/import", "register.csv", EXCEL_UK, true)
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let preview = app.get(uploaded.location()).await;
    assert!(
        preview
            .text_of("#how-read")
            .contains("This file was read as Windows-1252"),
        "{}",
        preview.body
    );
    assert!(preview.body.contains("Siân Jones"), "{}", preview.body);
    assert!(preview.body.contains("José Ruíz"));
    assert!(
        preview
            .text_of("[role=status]")
            .contains("2 people can be imported")
    );
    let stored = scope
        .find::<people_import::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        stored.content.contains("Siân,Jones") && stored.content.contains("Owes £5 for “travel”"),
        "the decoded text is stored: {}",
        stored.content
    );

    // Choosing columns again keeps saying how the file was read.
    let id = id_of(&uploaded);
    app.post(
        &format!("/people/import/{id}/columns"),
        &[
            ("column_given_name", "First name"),
            ("column_family_name", "Last name"),
            ("column_email", "Email"),
            ("column_involvement_role", "Role"),
            ("column_access_notes", "Notes"),
        ],
    )
    .await;
    let again = app.get(&format!("/people/import/{id}")).await;
    assert!(again.body.contains("This file was read as Windows-1252"));

    app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    let sian = scope
        .find::<person::Entity>()
        .filter(person::Column::Email.eq("sian@people.example"))
        .one(&app.state.db)
        .await
        .unwrap()
        .expect("Siân was imported");
    assert_eq!(sian.given_name, "Siân");
    assert_eq!(sian.access_notes.as_deref(), Some("Owes £5 for “travel”"));
}

both_databases!(semicolons_and_tabs_between_columns_are_found, separators);
async fn separators(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    app.sign_in_as(&org, Role::Coordinator).await;
    let semicolons = "First name;Last name;Email;Role;Access needs\r\n\
        Jo;Bennett;jo@people.example;carer;Large print, Easy read\r\n\
        Sam;Lee;sam@people.example;Uses services;\r\n";
    let uploaded = app
        .upload("/people/import", "people.csv", semicolons.as_bytes(), true)
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let preview = app.get(uploaded.location()).await;
    assert!(
        preview
            .text_of("[role=status]")
            .contains("2 people can be imported. No rows have problems"),
        "{}",
        preview.text_of("[role=status]")
    );
    assert!(!preview.body.contains("Enter a first name"));
    assert!(
        preview
            .text_of("#how-read")
            .contains("separated by semicolons")
    );
    assert!(!preview.body.contains("Windows-1252"), "it was UTF-8");
    let id = id_of(&uploaded);
    app.post(&format!("/people/import/{id}/confirm"), &[]).await;
    assert!(import_jobs::run_one(&app.state).await.unwrap());
    assert_eq!(
        scope
            .find::<person::Entity>()
            .count(&app.state.db)
            .await
            .unwrap(),
        2
    );
    let list = app.get("/people?need=easy_read&role=carer").await;
    assert!(list.body.contains("Jo Bennett"), "lists split on commas");

    let tabs = "First name\tLast name\tRole\nMorag\tFaulds\tcarer\n";
    let uploaded = app
        .upload("/people/import", "people.tsv", tabs.as_bytes(), true)
        .await;
    let preview = app.get(uploaded.location()).await;
    assert!(preview.text_of("#how-read").contains("separated by tabs"));
    assert!(
        preview
            .text_of("[role=status]")
            .contains("1 person can be imported")
    );
    let commas = app
        .upload(
            "/people/import",
            "c.csv",
            b"First name,Last name,Role\nAl,Ng,carer\n",
            true,
        )
        .await;
    let preview = app.get(commas.location()).await;
    assert!(
        !preview.body.contains("how-read"),
        "nothing to say about commas"
    );
}

both_databases!(a_column_named_twice_is_refused_by_name, named_twice);
async fn named_twice(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let file = b"First name,Last name,Email,Role,email\r\n\
        Jo,Bennett,jo@people.example,carer,old@people.example\r\n";
    let r = app.upload("/people/import", "people.csv", file, true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("The selected file has more than one column called \"email\""),
        "{}",
        r.text_of(".govuk-error-summary")
    );
    assert_eq!(stored_imports(&app, &org).await, 0);
}

both_databases!(a_quote_never_closed_is_refused_with_its_row, unclosed_quote);
async fn unclosed_quote(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let file = b"First name,Last name,Email,Role\n\
        Ann,One,ann@people.example,carer\n\
        Ben,Two,ben@people.example,carer\n\
        Cat,Three,cat@people.example,carer\n\
        Dan,Four,dan@people.example,carer\n\
        Eve,Five,eve@people.example,carer\n\
        \"Ada,Obi,ada@people.example,carer\n\
        Fay,Six,fay@people.example,carer\n";
    let r = app.upload("/people/import", "people.csv", file, true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("Row 7 has a quote mark that is not closed"),
        "{}",
        r.text_of(".govuk-error-summary")
    );
    assert_eq!(stored_imports(&app, &org).await, 0);
}

/// Posts a body to the upload as a browser would, signed in and with the form token.
async fn post_upload(app: &mut TestApp, content_type: &str, body: Vec<u8>) -> Response {
    let token = app.csrf_token().await;
    let cookies: Vec<String> = app
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let request = Request::post(format!("/people/import?csrf_token={token}"))
        .header(header::COOKIE, cookies.join("; "))
        .header(header::CONTENT_TYPE, content_type)
        .header("x-forwarded-for", app.address.clone())
        .body(Body::from(body))
        .unwrap();
    app.request(request).await
}

both_databases!(a_broken_upload_is_not_called_too_big, broken_uploads);
async fn broken_uploads(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let broken = "The file did not upload properly. Try again.";

    // The connection dropped part way: the body stops before its closing boundary.
    let cut_short = b"--cut\r\nContent-Disposition: form-data; name=\"file\"; \
        filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\nFirst name,Last name\r\nJo,Ben"
        .to_vec();
    let r = post_upload(&mut app, "multipart/form-data; boundary=cut", cut_short).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text_of(".govuk-error-summary").contains(broken),
        "{}",
        r.body
    );
    assert!(!r.body.contains("smaller than 5 MB"));

    // A form with no boundary cannot be read at all.
    let r = post_upload(
        &mut app,
        "multipart/form-data",
        b"First name\r\nJo".to_vec(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.text_of(".govuk-error-summary").contains(broken),
        "{}",
        r.body
    );
    assert!(!r.body.contains("smaller than 5 MB"));

    // Only a file over the limit is too big.
    let mut big = b"First name,Last name\n".to_vec();
    big.extend(std::iter::repeat_n(b'x', 6 * 1024 * 1024));
    let r = app.upload("/people/import", "big.csv", &big, true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text_of(".govuk-error-summary")
            .contains("The selected file must be smaller than 5 MB")
    );
    assert!(!r.body.contains(broken));
    assert_eq!(stored_imports(&app, &org).await, 0);
}
