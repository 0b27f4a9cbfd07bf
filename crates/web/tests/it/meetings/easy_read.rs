//! A paper typed into Withus reaches the people expected as a page they can read, larger for
//! easy read, not as a Markdown file they cannot open.

use axum::http::{StatusCode, header};

use super::{acknowledge, coordinator, create_meeting, expect, member, person};
use crate::both_databases;

both_databases!(typed_papers_are_read_as_pages, typed_papers);
async fn typed_papers(url: String) {
    let (mut app, org, o) = coordinator(&url).await;
    let ben = person(&app, &org, "Ben", &["easy_read"], None).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    expect(&app, &org, meeting, ben, "member").await;
    let typed = "# What we will talk about\n\nWe want to **hear** from you.\n\n- Breaks for carers\n- \
                 Money\n\n<script>alert(1)</script>";
    let r = app
        .upload_fields(
            &format!("/meetings/{meeting}/papers"),
            &[
                ("title", "Carers breaks"),
                ("format", "easy_read"),
                ("text", typed),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let rules = [
        "involved", "reserve", "time", "access", "papers", "formats", "agenda",
    ];
    acknowledge(&mut app, meeting, &rules).await;
    let invited = app.post(&format!("/meetings/{meeting}/invite"), &[]).await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    app.post(&format!("/meetings/{meeting}/papers/send"), &[])
        .await;

    let mut ben_browser = member(&app, &org, ben, "Ben").await;
    let show = ben_browser.get(&format!("/my/meetings/{meeting}")).await;
    assert!(
        show.text_of("#papers ~ ul")
            .contains("Read the easy read one"),
        "{}",
        show.body
    );
    let link = show
        .body
        .split(&format!("href=\"/my/meetings/{meeting}/papers/"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the paper")
        .to_owned();
    let paper = ben_browser
        .get(&format!("/my/meetings/{meeting}/papers/{link}"))
        .await;
    assert_eq!(paper.status, StatusCode::OK);
    let kind = paper
        .headers
        .get(header::CONTENT_TYPE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(kind.starts_with("text/html"), "{kind}");
    assert!(paper.headers.get(header::CONTENT_DISPOSITION).is_none());
    assert_eq!(paper.text_of("h1"), "Carers breaks");
    assert!(
        paper
            .body
            .contains("<h2 class=\"govuk-heading-l\">What we will talk about</h2>"),
        "{}",
        paper.body
    );
    assert!(
        paper
            .body
            .contains("<p class=\"govuk-body-l\">We want to <strong>hear</strong> from you.</p>")
    );
    assert!(paper.body.contains("<li>Breaks for carers</li>"));
    assert!(
        !paper.body.contains("<script>alert(1)</script>"),
        "typed markup is never run"
    );
}

both_databases!(staff_read_typed_papers_as_pages, staff_typed_papers);
async fn staff_typed_papers(url: String) {
    let (mut app, _org, o) = coordinator(&url).await;
    let meeting = create_meeting(&mut app, o, 21, "no", "").await;
    let r = app
        .upload_fields(
            &format!("/meetings/{meeting}/papers"),
            &[
                ("title", "Carers breaks"),
                ("format", "standard"),
                ("text", "# What we will talk about\n\nBreaks for carers."),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let shown = app.get(&format!("/meetings/{meeting}")).await;
    let links: Vec<(String, String)> = scraper::Html::parse_document(&shown.body)
        .select(&scraper::Selector::parse("a[href*='/papers/']").unwrap())
        .map(|a| {
            (
                a.value().attr("href").unwrap().to_owned(),
                a.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(links.len(), 1, "{links:?}");
    assert_eq!(links[0].1, "Read Carers breaks");
    assert!(!shown.body.contains(".md"), "no Markdown file is offered");

    let paper = app.get(&links[0].0).await;
    assert_eq!(paper.status, StatusCode::OK);
    let kind = paper.headers.get(header::CONTENT_TYPE).unwrap();
    assert!(kind.to_str().unwrap().starts_with("text/html"), "{kind:?}");
    assert!(paper.headers.get(header::CONTENT_DISPOSITION).is_none());
    let headers = format!("{:?}", paper.headers);
    assert!(!headers.contains(".md"), "{headers}");
    assert_eq!(paper.text_of("h1"), "Carers breaks");
    assert_eq!(paper.text_of("main h2"), "What we will talk about");
    assert!(
        paper
            .body
            .contains(&format!("href=\"/meetings/{meeting}#papers\"")),
        "back to the staff's meeting page"
    );

    // The same paper as a tagged PDF to print, named as the paper is.
    let pdf_link = format!("{}/pdf", links[0].0);
    assert!(paper.body.contains(&format!("href=\"{pdf_link}\"")));
    let pdf = app.get(&pdf_link).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(
        pdf.headers.get(header::CONTENT_TYPE).unwrap(),
        "application/pdf"
    );
    let named = pdf.headers.get(header::CONTENT_DISPOSITION).unwrap();
    assert!(named.to_str().unwrap().ends_with(".pdf\""), "{named:?}");
    assert!(pdf.raw.starts_with(b"%PDF"));
    if let Some(text) = crate::reports::files::pdf_text(&pdf.raw) {
        for words in [
            "Carers breaks",
            "What we will talk about",
            "Breaks for carers.",
        ] {
            assert!(text.contains(words), "{words} in {text}");
        }
    }
}
