//! The demo organisation: synthetic people only, made up from lists below, never real data.
//! Running the demo again refreshes the passwords and leaves everything else as it was.

use chrono::Utc;
use withus_db::entities::account;
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm::{ColumnTrait, DatabaseConnection, DbErr, QueryFilter, sea_query::Expr};
use withus_db::{OrgScope, installation};

use crate::admin::create;
use crate::kit::audit;
use crate::kit::auth::{Role, password};

pub const DEMO_SLUG: &str = "demo";
pub const OTHER_SLUG: &str = "riverside";
/// Enough people that every status, role, way, topic and access need turns up.
pub const DEMO_PEOPLE: usize = 320;

const ACCOUNTS: [(&str, &str, Role); 7] = [
    ("admin@demo.example", "Priya Raman", Role::Administrator),
    ("coordinator@demo.example", "Tom Okafor", Role::Coordinator),
    ("staff@demo.example", "Helen Marsh", Role::Staff),
    ("finance@demo.example", "Gareth Lloyd", Role::Finance),
    ("equality@demo.example", "Amina Yusuf", Role::Equality),
    ("board@demo.example", "Margaret Chen", Role::Board),
    ("member@demo.example", "Jo Bennett", Role::InvolvedPerson),
];

const FIRST: [&str; 12] = [
    "Aaliyah", "Bernard", "Chloe", "Dev", "Eileen", "Farid", "Grace", "Hamza", "Iris", "Kwame",
    "Lena", "Mo",
];
const LAST: [&str; 6] = ["Adeyemi", "Brennan", "Costa", "Dlamini", "Evans", "Fraser"];

pub fn random_password() -> String {
    const WORDS: [&str; 16] = [
        "harbour", "maple", "lantern", "orbit", "meadow", "copper", "violet", "summit", "pebble",
        "thistle", "ember", "willow", "falcon", "quartz", "saffron", "tundra",
    ];
    let pick = || WORDS[rand::random_range(0..WORDS.len())];
    format!(
        "{}-{}-{}-{}",
        pick(),
        pick(),
        pick(),
        rand::random_range(10..100)
    )
}

/// Creates the demo organisations, or refreshes their passwords; returns the sign-ins to print.
pub async fn seed(db: &DatabaseConnection, password: &str) -> Result<Vec<(String, String)>, DbErr> {
    let typed = password.to_owned();
    let hashed = tokio::task::spawn_blocking(move || password::hash(&typed))
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .map_err(DbErr::Custom)?;
    let now = Utc::now();
    let org = match installation::organisation_by_slug(db, DEMO_SLUG).await? {
        Some(org) => org,
        None => {
            installation::create_organisation(
                db,
                DEMO_SLUG,
                "Northbrook Council Adult Social Care",
                now,
            )
            .await?
        }
    };
    let scope = OrgScope::new(db.clone(), org.id);
    let exists = installation::account_by_email(db, ACCOUNTS[0].0)
        .await?
        .is_some();
    if exists {
        scope
            .update_many::<account::Entity>()
            .col_expr(account::Column::PasswordHash, Expr::value(hashed.clone()))
            .filter(account::Column::Email.is_in(ACCOUNTS.iter().map(|a| a.0)))
            .exec(db)
            .await?;
    } else {
        for (email, name, role) in ACCOUNTS {
            let id = create(
                &scope,
                name,
                email,
                Some(hashed.clone()),
                &[role],
                email.starts_with("admin@"),
            )
            .await?;
            audit::record(&scope, None, "created", "account", Some(id), Some("demo")).await?;
            if role == Role::InvolvedPerson {
                crate::people::demo::seed_member_record(&scope, id).await?;
            }
        }
        seed_people(&scope).await?;
        crate::people::demo::seed(&scope, DEMO_PEOPLE).await?;
        if let Some(coordinator) =
            installation::account_by_email(db, "coordinator@demo.example").await?
        {
            crate::opportunities::demo::seed(&scope, coordinator.id).await?;
            crate::meetings::demo::seed(&scope, coordinator.id).await?;
        }
        if let Some(finance) = installation::account_by_email(db, "finance@demo.example").await? {
            crate::payments::demo::seed(&scope, finance.id).await?;
        }
        crate::impact::demo::seed(&scope).await?;
        crate::reports::demo::seed(&scope).await?;
        crate::people::demo::look_alikes(&scope).await?;
        // The demo writes its rows directly; the counts of feedback owed follow them.
        withus_db::feedback_owed::everything(&scope, db, now).await?;
        seed_other_organisation(db, &hashed).await?;
    }
    Ok(ACCOUNTS
        .iter()
        .map(|(email, _, role)| ((*email).to_owned(), role.label()))
        .collect())
}

/// Involved people and carers who sign in by emailed link, each sent a welcome.
async fn seed_people(scope: &OrgScope) -> Result<(), DbErr> {
    let now = Utc::now();
    for (i, first) in FIRST.iter().enumerate() {
        let last = LAST[i % LAST.len()];
        let email = format!(
            "{}.{}@people.demo.example",
            first.to_lowercase(),
            last.to_lowercase()
        );
        let role = if i % 4 == 3 {
            Role::GroupRepresentative
        } else {
            Role::InvolvedPerson
        };
        create(
            scope,
            &format!("{first} {last}"),
            &email,
            None,
            &[role],
            false,
        )
        .await?;
        let body = format!(
            "Dear {first},\n\nThank you for joining Northbrook's involvement network. You can sign in at any time with a link we email to you.\n\nThe involvement team"
        );
        outbox::enqueue(
            scope,
            NewMessage {
                to: &email,
                subject: "Welcome to Northbrook's involvement network",
                body: &body,
                calendar: None,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// A second organisation, so the demo shows that organisations never see each other's data.
async fn seed_other_organisation(db: &DatabaseConnection, hashed: &str) -> Result<(), DbErr> {
    let org = match installation::organisation_by_slug(db, OTHER_SLUG).await? {
        Some(org) => org,
        None => {
            installation::create_organisation(
                db,
                OTHER_SLUG,
                "Riverside NHS Foundation Trust",
                Utc::now(),
            )
            .await?
        }
    };
    let scope = OrgScope::new(db.clone(), org.id);
    create(
        &scope,
        "Sam Whitfield",
        "admin@riverside.example",
        Some(hashed.to_owned()),
        &[Role::Administrator],
        false,
    )
    .await?;
    create(
        &scope,
        "Lucy Armitage",
        "lucy.armitage@people.riverside.example",
        None,
        &[Role::InvolvedPerson],
        false,
    )
    .await?;
    Ok(())
}
