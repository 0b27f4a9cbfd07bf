use std::io::Read;
use std::process::{Child, Command, Stdio};

use chrono::{Duration, Utc};
use withus_db::entities::outbox_message;
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm::{EntityTrait, sea_query::Expr};

use crate::both_databases;
use crate::harness::TestApp;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A real SMTP server (Python's aiosmtpd) that prints what it receives.
struct SmtpServer(Child);

impl SmtpServer {
    fn start(port: u16) -> Option<SmtpServer> {
        let available = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        if !available {
            assert_ne!(
                std::env::var("CI").as_deref(),
                Ok("true"),
                "aiosmtpd is required when CI=true"
            );
            eprintln!("skipped: aiosmtpd is not installed (pip install aiosmtpd)");
            return None;
        }
        let mut child = Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Debugging",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(SmtpServer(child));
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("aiosmtpd did not start");
    }

    fn received(mut self) -> String {
        let _ = self.0.kill();
        let mut out = String::new();
        if let Some(mut stdout) = self.0.stdout.take() {
            let _ = stdout.read_to_string(&mut out);
        }
        let _ = self.0.wait();
        out
    }
}

both_databases!(mail_is_retried_after_an_smtp_failure, retry);
async fn retry(url: String) {
    let port = free_port();
    let app = TestApp::start(&url, |c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))
    })
    .await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let id = outbox::enqueue(
        &scope,
        NewMessage {
            to: "carer@people.example",
            subject: "Papers for Tuesday",
            body: "Here they are.",
            calendar: None,
        },
        Utc::now(),
    )
    .await
    .unwrap();

    // Nothing listens yet: the attempt fails and is put off with backoff.
    assert!(withus_web::mail::deliver_one(&app.state).await.unwrap());
    let failed = outbox_message::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(failed.status, "pending");
    assert_eq!(failed.attempts, 1);
    assert!(failed.last_error.is_some());
    assert!(
        failed.next_attempt_at > Utc::now() + Duration::seconds(30),
        "retried later, not at once"
    );
    assert!(
        !withus_web::mail::deliver_one(&app.state).await.unwrap(),
        "not due yet"
    );

    let Some(server) = SmtpServer::start(port) else {
        return;
    };
    scope
        .update_many::<outbox_message::Entity>()
        .col_expr(
            outbox_message::Column::NextAttemptAt,
            Expr::value(Utc::now() - Duration::seconds(1)),
        )
        .exec(&app.state.db)
        .await
        .unwrap();
    assert!(withus_web::mail::deliver_one(&app.state).await.unwrap());
    let sent = outbox_message::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sent.status, "sent", "{:?}", sent.last_error);
    assert_eq!(sent.attempts, 2);
    assert!(sent.sent_at.is_some());
    let received = server.received();
    assert!(
        received.contains("Papers for Tuesday"),
        "the SMTP server got the message: {received}"
    );
    assert!(received.contains("carer@people.example"));
}

both_databases!(a_claimed_message_is_not_claimed_twice, lease);
async fn lease(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    outbox::enqueue(
        &app.scope(&org),
        NewMessage {
            to: "a@b.example",
            subject: "One",
            body: "x",
            calendar: None,
        },
        Utc::now(),
    )
    .await
    .unwrap();
    let now = Utc::now();
    let (first, second) = tokio::join!(
        outbox::claim(&app.state.db, now, Duration::minutes(2)),
        outbox::claim(&app.state.db, now, Duration::minutes(2)),
    );
    let claimed = [first.unwrap(), second.unwrap()]
        .into_iter()
        .flatten()
        .count();
    assert_eq!(
        claimed, 1,
        "two workers racing get the message once between them"
    );
    // When the lease runs out (the worker died), another worker may take it.
    let later = outbox::claim(
        &app.state.db,
        now + Duration::minutes(3),
        Duration::minutes(2),
    )
    .await
    .unwrap();
    assert!(later.is_some());
}

both_databases!(without_smtp_mail_is_kept_for_the_administrator, kept);
async fn kept(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    app.post(
        "/sign-in/email",
        &[("email", "involved_person@northbrook.example")],
    )
    .await;
    assert!(withus_web::mail::deliver_one(&app.state).await.unwrap());
    app.sign_in_as(&org, withus_web::kit::auth::Role::Administrator)
        .await;
    let outbox = app.get("/admin/outbox").await;
    assert!(outbox.body.contains("Your link to sign in to Withus"));
    assert!(outbox.body.contains("Kept here"));
}
