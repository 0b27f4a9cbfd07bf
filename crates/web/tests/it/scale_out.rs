//! Scaling out (issue #10): two Withus processes on different ports against one PostgreSQL.
//! Someone signs in through one and carries on through the other (sessions live in the
//! database), and with both running the outbox worker each queued email reaches the mail
//! server exactly once (messages are claimed with a lease, `FOR UPDATE SKIP LOCKED`).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use withus_db::OrgScope;
use withus_db::outbox::{self, NewMessage};
use withus_web::kit::auth::Role;

use crate::harness::{Backend, PASSWORD, TestDb};

const MESSAGES: usize = 40;

/// A Withus process, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn start(database_url: &str, smtp_port: u16) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_withus"))
        .args([
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--database-url",
            database_url,
            "--smtp-url",
            &format!("smtp://127.0.0.1:{smtp_port}"),
            "serve",
        ])
        .env("WITHUS_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start withus");
    let server = Server { child, port };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if http(port, "GET", "/health", "", "").is_some_and(|r| r.status == 200) {
            return server;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("withus did not start on port {port}");
}

struct Reply {
    status: u16,
    cookies: Vec<String>,
    body: String,
}

/// One HTTP/1.1 request, the connection closed after it.
fn http(port: u16, method: &str, path: &str, cookie: &str, form: &str) -> Option<Reply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
        form.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = String::new();
    stream.read_to_string(&mut raw).ok()?;
    let (head, body) = raw.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let cookies = head
        .lines()
        .filter_map(|l| {
            l.strip_prefix("set-cookie: ")
                .or_else(|| l.strip_prefix("Set-Cookie: "))
        })
        .filter_map(|c| c.split(';').next().map(str::to_owned))
        .collect();
    Some(Reply {
        status,
        cookies,
        body: body.to_owned(),
    })
}

fn form(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).expect("form")
}

/// A mail server that accepts everything and keeps each message's subject.
fn mail_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let subjects = Arc::new(Mutex::new(Vec::new()));
    let kept = subjects.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let kept = kept.clone();
            std::thread::spawn(move || converse(stream, &kept));
        }
    });
    (port, subjects)
}

fn converse(stream: TcpStream, subjects: &Mutex<Vec<String>>) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut say = |text: &str| writer.write_all(format!("{text}\r\n").as_bytes()).is_ok();
    if !say("220 sink") {
        return;
    }
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        let command = line.trim().to_ascii_uppercase();
        line.clear();
        let reply = if command.starts_with("DATA") {
            say("354 go on");
            let mut subject = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line == ".\r\n" {
                    break;
                }
                if let Some(s) = line.strip_prefix("Subject: ") {
                    subject = s.trim().to_owned();
                }
                line.clear();
            }
            line.clear();
            if let Ok(mut all) = subjects.lock() {
                all.push(subject);
            }
            "250 kept"
        } else if command.starts_with("QUIT") {
            say("221 bye");
            return;
        } else {
            "250 ok"
        };
        if !say(reply) {
            return;
        }
    }
}

#[tokio::test]
async fn two_servers_share_sessions_and_send_each_email_once() {
    let Some(db) = TestDb::create(Backend::Postgres).await else {
        return;
    };
    let url = db.url.clone();
    let state = withus_db::connect_and_migrate(&url).await.expect("migrate");
    let org = withus_db::installation::create_organisation(
        &state,
        "northbrook",
        "Northbrook Council",
        chrono::Utc::now(),
    )
    .await
    .expect("organisation");
    let scope = OrgScope::new(state.clone(), org.id);
    let hashed = withus_web::kit::auth::password::hash(PASSWORD).expect("hash");
    withus_web::admin::create(
        &scope,
        "Tom Okafor",
        "coordinator@northbrook.example",
        Some(hashed),
        &[Role::Coordinator],
        false,
    )
    .await
    .expect("account");
    for n in 0..MESSAGES {
        outbox::enqueue(
            &scope,
            NewMessage {
                to: "someone@people.example",
                subject: &format!("Message {n}"),
                body: "Hello",
                calendar: None,
            },
            chrono::Utc::now(),
        )
        .await
        .expect("enqueue");
    }

    let (smtp, subjects) = mail_sink();
    let (one, two) = (start(&url, smtp), start(&url, smtp));

    // Sign in through the first server…
    let page = http(one.port, "GET", "/sign-in", "", "").expect("sign-in page");
    let visitor = page.cookies.join("; ");
    let token = page
        .body
        .split("name=\"csrf_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("token")
        .to_owned();
    let signed = http(
        one.port,
        "POST",
        "/sign-in",
        &visitor,
        &form(&[
            ("email", "coordinator@northbrook.example"),
            ("password", PASSWORD),
            ("csrf_token", &token),
        ]),
    )
    .expect("sign in");
    assert_eq!(signed.status, 303, "{}", signed.body);
    let mut jar: HashMap<String, String> = HashMap::new();
    for c in page.cookies.iter().chain(&signed.cookies) {
        if let Some((k, v)) = c.split_once('=') {
            jar.insert(k.to_owned(), v.to_owned());
        }
    }
    let cookie = jar
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    // …and carry on through the second: the session is in the database, not the process.
    let home = http(two.port, "GET", "/home", &cookie, "").expect("home");
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("Tom Okafor"),
        "signed in on the other server"
    );
    let people = http(two.port, "GET", "/people", &cookie, "").expect("people");
    assert_eq!(people.status, 200);

    // Both workers deliver; every message arrives once.
    let started = Instant::now();
    while subjects.lock().map(|s| s.len()).unwrap_or(0) < MESSAGES
        && started.elapsed() < Duration::from_secs(90)
    {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Time for a second delivery, if a message were claimed twice.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mut got = subjects.lock().map(|s| s.clone()).unwrap_or_default();
    got.sort();
    let mut expected: Vec<String> = (0..MESSAGES).map(|n| format!("Message {n}")).collect();
    expected.sort();
    assert_eq!(got, expected, "each queued email sent exactly once");
    drop((one, two));
    db.drop_now().await;
}
