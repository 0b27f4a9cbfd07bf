use axum::http::StatusCode;
use withus_db::entities::{account, outbox_message};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::{Access, routes};

use crate::both_databases;
use crate::harness::{Org, TestApp};

/// What a page of organisation A must never show: B's name, B's people, B's mail.
fn b_markers(b: &Org) -> Vec<String> {
    vec![
        b.name.clone(),
        format!("@{}.example", b.slug),
        "Secret subject for Riverside".into(),
        "Quartermain".into(),
    ]
}

/// Ids of B's rows for every path parameter the router has.
struct BIds {
    message: String,
    account: String,
    person: String,
    time: String,
    import: String,
    consent: String,
    group: String,
    opportunity: String,
    interest: String,
    quota: String,
    draw: String,
    job: String,
    meeting: String,
    attendee: String,
    item: String,
    paper: String,
    venue: String,
    term: String,
    claim: String,
    receipt: String,
    booking: String,
    contribution: String,
    pair: String,
    course: String,
    action: String,
    objective: String,
}

impl BIds {
    fn fill(&self, path: &str) -> String {
        path.replace("{message_id}", &self.message)
            .replace("{account_id}", &self.account)
            .replace("{person_id}", &self.person)
            .replace("{time_id}", &self.time)
            .replace("{import_id}", &self.import)
            .replace("{consent_id}", &self.consent)
            .replace("{group_id}", &self.group)
            .replace("{opportunity_id}", &self.opportunity)
            .replace("{interest_id}", &self.interest)
            .replace("{quota_id}", &self.quota)
            .replace("{draw_id}", &self.draw)
            .replace("{job_id}", &self.job)
            .replace("{meeting_id}", &self.meeting)
            .replace("{attendee_id}", &self.attendee)
            .replace("{item_id}", &self.item)
            .replace("{paper_id}", &self.paper)
            .replace("{venue_id}", &self.venue)
            .replace("{term_id}", &self.term)
            .replace("{claim_id}", &self.claim)
            .replace("{receipt_id}", &self.receipt)
            .replace("{booking_id}", &self.booking)
            .replace("{contribution_id}", &self.contribution)
            .replace("{pair_id}", &self.pair)
            .replace("{course_id}", &self.course)
            .replace("{token}", &self.message)
            .replace("{framework}", "4pi")
            .replace("{action_id}", &self.action)
            .replace("{objective_id}", &self.objective)
            .replace("{slug}", "riverside")
    }
}

async fn b_ids(app: &TestApp, b: &Org) -> BIds {
    use withus_web::people::forms::{PersonForm, TimeForm};
    use withus_web::people::queries;
    let scope = app.scope(b);
    let message = outbox::enqueue(
        &scope,
        NewMessage {
            to: "involved_person@riverside.example",
            subject: "Secret subject for Riverside",
            body: "private",
            calendar: None,
        },
        chrono::Utc::now(),
    )
    .await
    .expect("message");
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq("involved_person@riverside.example"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("account");
    let person = PersonForm {
        given_name: "Zebedee".into(),
        family_name: "Quartermain".into(),
        involvement_role: "carer".into(),
        ..PersonForm::default()
    };
    let person = queries::create(&scope, &person.check().unwrap(), None)
        .await
        .unwrap();
    let time = TimeForm {
        days: vec!["1".into()],
        from: "9:00".into(),
        to: "10:00".into(),
        term_time_only: false,
    };
    queries::add_times(&scope, person, &time.check().unwrap())
        .await
        .unwrap();
    let details = queries::details(&scope, person).await.unwrap().unwrap();
    let import = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::people_import::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(import),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            file_name: withus_db::sea_orm::ActiveValue::Set("riverside.csv".into()),
            content: withus_db::sea_orm::ActiveValue::Set(
                "First name,Last name\nZebedee,Quartermain\n".into(),
            ),
            mapping: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    let consent = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::consent::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(consent),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            person_id: withus_db::sea_orm::ActiveValue::Set(person),
            purpose: withus_db::sea_orm::ActiveValue::Set("keep_details".into()),
            how: withus_db::sea_orm::ActiveValue::Set("paper".into()),
            given_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            withdrawn_at: withus_db::sea_orm::ActiveValue::Set(None),
            recorded_by: withus_db::sea_orm::ActiveValue::Set(None),
        })
        .await
        .unwrap();
    let group = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::group::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(group),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            name: withus_db::sea_orm::ActiveValue::Set("Quartermain Carers Circle".into()),
            kind: withus_db::sea_orm::ActiveValue::Set("group".into()),
            about: withus_db::sea_orm::ActiveValue::Set(None),
            email: withus_db::sea_orm::ActiveValue::Set(None),
            created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    scope
        .insert(withus_db::entities::group_member::ActiveModel {
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            group_id: withus_db::sea_orm::ActiveValue::Set(group),
            person_id: withus_db::sea_orm::ActiveValue::Set(person),
            represents: withus_db::sea_orm::ActiveValue::Set(true),
        })
        .await
        .unwrap();
    let opportunity = withus_web::opportunities::queries::save(
        &scope,
        None,
        &withus_web::opportunities::forms::OpportunityInput {
            title: "Quartermain review panel".into(),
            summary: "Secret subject for Riverside".into(),
            way: "both".into(),
            places: 4,
            ..Default::default()
        },
        account.id,
    )
    .await
    .unwrap();
    withus_web::opportunities::interests::express(&scope, opportunity, person, None, None)
        .await
        .unwrap();
    let interest = withus_web::opportunities::interests::interest_of(&scope, opportunity, person)
        .await
        .unwrap()
        .unwrap();
    let quota = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::selection_quota::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(quota),
            opportunity_id: withus_db::sea_orm::ActiveValue::Set(opportunity),
            category: withus_db::sea_orm::ActiveValue::Set("involvement_role".into()),
            value: withus_db::sea_orm::ActiveValue::Set("carer".into()),
            min_count: withus_db::sea_orm::ActiveValue::Set(1),
            max_count: withus_db::sea_orm::ActiveValue::Set(1),
            ..Default::default()
        })
        .await
        .unwrap();
    let draw = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::selection_draw::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(draw),
            opportunity_id: withus_db::sea_orm::ActiveValue::Set(opportunity),
            seed: withus_db::sea_orm::ActiveValue::Set("Secret subject".into()),
            size: withus_db::sea_orm::ActiveValue::Set(1),
            reserves: withus_db::sea_orm::ActiveValue::Set(0),
            problem: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            result: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            min_probability: withus_db::sea_orm::ActiveValue::Set(1.0),
            panels_in_support: withus_db::sea_orm::ActiveValue::Set(1),
            drawn_by: withus_db::sea_orm::ActiveValue::Set(None),
            drawn_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            applied_at: withus_db::sea_orm::ActiveValue::Set(None),
            checked_at: withus_db::sea_orm::ActiveValue::Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
    let job = withus_web::opportunities::lottery::job_queries::queue(
        &scope,
        withus_web::opportunities::lottery::job_queries::NewJob {
            kind: withus_db::draw_jobs::DRAW,
            opportunity_id: opportunity,
            draw_id: None,
            seed: "Secret subject",
            by: account.id,
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let (meeting, attendee, item, paper, venue, term) =
        meeting_ids(&scope, opportunity, person, account.id).await;
    let (claim, receipt, booking) =
        crate::payments::seeded(&scope, uuid::Uuid::parse_str(&meeting).unwrap(), person).await;
    let (contribution, pair, course) = crate::impact::seeded(&scope, opportunity, person).await;
    let (action, objective) = crate::assessment::seeded(&scope).await;
    BIds {
        contribution,
        pair,
        course,
        action,
        objective,
        claim,
        receipt,
        booking,
        meeting,
        attendee,
        item,
        paper,
        venue,
        term,
        quota: quota.to_string(),
        draw: draw.to_string(),
        job: job.to_string(),
        opportunity: opportunity.to_string(),
        interest: interest.id.to_string(),
        group: group.to_string(),
        consent: consent.to_string(),
        import: import.to_string(),
        message: message.to_string(),
        account: account.id.to_string(),
        person: person.to_string(),
        time: details.times[0].id.to_string(),
    }
}

/// A meeting of B's with someone expected, an agenda item, a paper, its venue and a
/// glossary term.
async fn meeting_ids(
    scope: &withus_db::OrgScope,
    opportunity: uuid::Uuid,
    person: uuid::Uuid,
    account: uuid::Uuid,
) -> (String, String, String, String, String, String) {
    use withus_db::sea_orm::ActiveValue::Set;
    use withus_web::meetings::queries as meetings;
    let venue = meetings::insert_venue(scope, "Quartermain Hall", "Secret Street", &[])
        .await
        .unwrap();
    let starts = chrono::Utc::now() + chrono::Duration::days(3);
    let input = withus_web::meetings::forms::MeetingInput {
        title: "Secret subject for Riverside".into(),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + chrono::Duration::hours(2),
        high_level: true,
        venue_id: Some(venue),
        online_details: None,
    };
    let meeting = meetings::insert_meeting(scope, opportunity, &input)
        .await
        .unwrap();
    let attendee = meetings::insert_attendee(scope, meeting, Some(person), None, "member")
        .await
        .unwrap();
    let paper = meetings::insert_paper(
        scope,
        meeting,
        meetings::NewPaper {
            title: "Secret subject",
            format: "standard",
            filename: "secret.md",
            content_type: "text/markdown",
            data: b"Secret subject for Riverside".to_vec(),
            sent_at: Some(chrono::Utc::now()),
        },
    )
    .await
    .unwrap();
    let item = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::agenda_item::ActiveModel {
            id: Set(item),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting),
            title: Set("Secret subject".into()),
            detail: Set(None),
            proposed_by: Set(Some(account)),
            proposer_name: Set("Zebedee".into()),
            status: Set("proposed".into()),
            position: Set(0),
            created_at: Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    let term = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::glossary_term::ActiveModel {
            id: Set(term),
            organisation_id: Set(scope.organisation_id()),
            term: Set("QRS".into()),
            meaning: Set("Secret subject".into()),
            kind: Set("term".into()),
            created_at: Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    (
        meeting.to_string(),
        attendee.to_string(),
        item.to_string(),
        paper.to_string(),
        venue.to_string(),
        term.to_string(),
    )
}

both_databases!(
    staff_of_one_organisation_get_404_for_another,
    cross_organisation_urls
);
async fn cross_organisation_urls(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let a = app.org("northbrook", "Northbrook Council").await;
    let b = app.org("riverside", "Riverside Trust").await;
    let ids = b_ids(&app, &b).await;
    app.sign_in_as(&a, Role::Administrator).await;
    let paths = [
        "/admin/outbox/{message_id}",
        "/admin/accounts/{account_id}",
        "/people/{person_id}",
        "/people/{person_id}/edit",
        "/opportunities/{opportunity_id}",
        "/opportunities/{opportunity_id}/interest/{interest_id}",
    ];
    for path in paths.map(|p| ids.fill(p)) {
        let response = app.get(&path).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.body.contains("Secret subject"));
    }
    // The database itself refuses a row of A pointing at an account of B.
    let scope_a = app.scope(&a);
    let forged = withus_db::entities::session::ActiveModel {
        id: withus_db::sea_orm::ActiveValue::Set("forged".into()),
        organisation_id: withus_db::sea_orm::ActiveValue::Set(a.id),
        account_id: withus_db::sea_orm::ActiveValue::Set(
            uuid::Uuid::parse_str(&ids.account).unwrap(),
        ),
        created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
        expires_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
    };
    assert!(
        scope_a.insert(forged).await.is_err(),
        "composite foreign key must refuse a cross-organisation link"
    );
    // And the scope stamps its own organisation whatever the caller wrote.
    let count = scope_a
        .find::<outbox_message::Entity>()
        .all(&app.state.db)
        .await
        .unwrap()
        .len();
    assert_eq!(count, 0, "A's scope sees none of B's mail");
}

// Walks every route the router knows, as a member of organisation A holding every role,
// with the ids of B in the path, and fails if any page shows data of B.
both_databases!(tenancy_probe_walks_every_route, probe);
async fn probe(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let a = app.org("northbrook", "Northbrook Council").await;
    let b = app.org("riverside", "Riverside Trust").await;
    let ids = b_ids(&app, &b).await;
    // One account of A with every role, so no route is skipped for want of a role.
    let scope_a = app.scope(&a);
    let hashed = withus_web::kit::auth::password::hash(crate::harness::PASSWORD).unwrap();
    withus_web::admin::routes::create(
        &scope_a,
        "Probe",
        "probe@northbrook.example",
        Some(hashed),
        &Role::ALL,
        false,
    )
    .await
    .unwrap();
    let r = app
        .sign_in("probe@northbrook.example", crate::harness::PASSWORD)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let markers = b_markers(&b);
    let mut walked = 0;
    for route in routes() {
        if route.path.contains("sign-out") || route.access == Access::PlatformAdmin {
            continue; // signing out ends the probe; platform pages are installation-wide by design
        }
        let has_id = route.path.contains('{');
        let path = ids.fill(route.path);
        assert!(
            !path.contains('{'),
            "the probe does not know how to fill {path}: add its parameter"
        );
        let response = if route.method == "GET" {
            app.get(&path).await
        } else {
            app.post(&path, &[]).await
        };
        for marker in &markers {
            assert!(
                !response.body.contains(marker.as_str()),
                "{} {path} showed {marker}",
                route.method
            );
        }
        // A framework is shipped data, the same for everyone, not another organisation's row.
        if has_id && !path.starts_with("/sign-in") && !route.path.contains("{framework}") {
            assert_eq!(
                response.status,
                StatusCode::NOT_FOUND,
                "{} {path}",
                route.method
            );
        }
        walked += 1;
    }
    assert!(walked >= 20, "the probe walked only {walked} routes");
}

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
