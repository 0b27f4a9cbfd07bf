//! Backups and safe upgrades (issue 27): a binary refuses a schema a newer Withus made, and
//! says so in the words the README promises; `withus migrate --dry-run` lists what would run
//! and changes nothing; an encrypted SQLite backup made while a server holds the database
//! restores with its checks, refuses what it must, and `--keep` prunes. scripts/restore-drill
//! does the same with real processes on both databases, with writes during the backup and a
//! backup killed half way.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use withus_db::sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use withus_db::upgrade;
use withus_web::Config;
use withus_web::backup::{self, Request, Secret};

use crate::both_databases;
use crate::harness::{Backend, TestApp, TestDb};

const FUTURE: &str = "m20991231_000001_from_the_future";

fn withus(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_withus"))
        .arg("--database-url")
        .arg(url)
        .args(args)
        .env("WITHUS_LOG", "warn")
        .env_remove("WITHUS_CONFIG")
        .stdin(Stdio::null())
        .output()
        .expect("run withus")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `withus serve`, which must stop by itself; killed and failed after a minute.
fn serve_must_stop(url: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_withus"))
        .args(["--database-url", url, "--addr", "127.0.0.1:0", "serve"])
        .env("WITHUS_LOG", "warn")
        .env_remove("WITHUS_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start withus");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("withus serve went on running on a database from a newer Withus");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().expect("output")
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("count")
        .expect("a row");
    row.try_get_by_index::<i64>(0).expect("a number")
}

both_databases!(a_schema_from_a_newer_withus_is_refused, newer_schema);
async fn newer_schema(url: String) {
    let db = withus_db::connect_and_migrate(&url).await.expect("migrate");
    assert_eq!(
        upgrade::last_migrated_by(&db).await.unwrap().as_deref(),
        Some(upgrade::VERSION),
        "migrating records this version"
    );
    db.execute_unprepared(&format!(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('{FUTURE}', 0)"
    ))
    .await
    .unwrap();
    db.execute_unprepared("UPDATE withus_version SET version = '99.1.0' WHERE id = 1")
        .await
        .unwrap();
    db.close().await.unwrap();

    let expected = format!(
        "This database was upgraded by Withus 99.1.0, newer than this Withus ({}). Run the \
         newer version, or restore a backup made before the upgrade.",
        upgrade::VERSION
    );
    let refused = withus_db::connect_and_migrate(&url)
        .await
        .expect_err("a newer schema is refused")
        .to_string();
    assert!(refused.contains(&expected), "{refused}");
    assert!(refused.contains(FUTURE), "{refused}");

    // The binary stops with the message and a failing exit code, whatever it was asked.
    for output in [
        serve_must_stop(&url),
        withus(&url, &["migrate"]),
        withus(&url, &["migrate", "--dry-run"]),
    ] {
        assert!(!output.status.success(), "it must fail");
        assert!(
            text(&output.stderr).contains(&expected),
            "{}",
            text(&output.stderr)
        );
    }

    // Nothing was touched: the newer version is still the one recorded.
    let db = withus_db::connect(&url).await.unwrap();
    assert_eq!(
        upgrade::last_migrated_by(&db).await.unwrap().as_deref(),
        Some("99.1.0")
    );
    assert_eq!(
        upgrade::unknown(&db).await.unwrap(),
        vec![FUTURE.to_owned()]
    );

    // A backup of it can be made, but not restored by this version.
    if url.starts_with("sqlite") {
        db.close().await.unwrap();
        let dir = scratch("future");
        let config = Config::for_tests(&url);
        let made = backup::backup(&config, &request(&dir, None, false))
            .await
            .expect("a backup of any schema");
        let target = TestDb::create(Backend::Sqlite).await.unwrap();
        let refused = backup::restore(&Config::for_tests(&target.url), &made.path, false)
            .await
            .expect_err("restoring a newer schema is refused")
            .to_string();
        assert!(refused.contains(&expected), "{refused}");
        let target_file = target.url.trim_start_matches("sqlite://").to_owned();
        assert!(
            !Path::new(&target_file).exists(),
            "nothing was put in its place"
        );
        target.drop_now().await;
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

both_databases!(dry_run_lists_the_migrations_that_would_run, dry_run);
async fn dry_run(url: String) {
    let db = withus_db::connect(&url).await.unwrap();
    let pending = upgrade::pending(&db).await.unwrap();
    let names: Vec<String> = pending.iter().map(|p| p.name.clone()).collect();
    assert_eq!(
        names,
        upgrade::known(),
        "a new database needs every migration"
    );
    assert!(names.iter().any(|n| n.ends_with("_withus_version")));
    for (slow, _) in upgrade::SLOW {
        assert!(
            names.iter().any(|n| n.as_str() == *slow),
            "{slow} is a real migration"
        );
    }
    db.close().await.unwrap();

    let output = withus(&url, &["migrate", "--dry-run"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    for name in &names {
        assert!(said.contains(name.as_str()), "{name} is listed: {said}");
    }
    if let Some((slow, _)) = upgrade::SLOW.first() {
        assert!(said.contains(&format!("{slow} (slow: ")), "{said}");
    }
    let db = withus_db::connect(&url).await.unwrap();
    assert!(
        upgrade::applied(&db).await.unwrap().is_empty(),
        "a dry run changes nothing"
    );
    assert!(!upgrade::has_table(&db, "organisations").await.unwrap());
    db.close().await.unwrap();

    withus_db::connect_and_migrate(&url)
        .await
        .unwrap()
        .close()
        .await
        .unwrap();
    let output = withus(&url, &["migrate", "--dry-run"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(said.contains("No migrations to run"), "{said}");
    assert!(
        !said.contains("m2026"),
        "nothing listed once migrated: {said}"
    );
}

fn scratch(what: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("withus-{what}-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn request(dir: &Path, keep: Option<usize>, encrypt: bool) -> Request {
    Request {
        to: Some(dir.to_path_buf()),
        keep,
        encrypt,
    }
}

fn with_key(url: &str, key: &str) -> Config {
    let mut config = Config::for_tests(url);
    config.backup_key = Some(Secret::from(key.to_owned()));
    config
}

#[tokio::test]
async fn an_encrypted_sqlite_backup_restores_after_its_checks() {
    let source = TestDb::create(Backend::Sqlite).await.unwrap();
    // A running server: its pool keeps the database open.
    let app = TestApp::start(&source.url, |_| {}).await;
    let plan = withus_web::generate::Plan {
        organisations: 2,
        people: 60,
        involvements: 120,
        seed: 3,
        password_hash: None,
    };
    withus_web::generate::generate(&app.state.db, &plan, &mut |_, _, _| {})
        .await
        .unwrap();
    let people = count(&app.state.db, "SELECT COUNT(*) FROM people").await;
    assert!(people > 0);

    let key = "ab".repeat(32);
    let config = with_key(&source.url, &key);
    let dir = scratch("backups");
    std::fs::write(
        dir.join("withus-20200101-000000Z.sqlite.partial"),
        b"killed",
    )
    .unwrap();
    let mut made = Vec::new();
    for _ in 0..3 {
        made.push(
            backup::backup(&config, &request(&dir, Some(2), true))
                .await
                .unwrap(),
        );
    }
    assert_eq!(
        made[0].leftovers, 1,
        "the interrupted backup's file was removed"
    );
    assert_eq!(
        made[2].pruned,
        vec![made[0].path.clone()],
        "the oldest went"
    );
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    left.sort();
    let newest = made[2].path.clone();
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(
        left.iter()
            .all(|n| n.starts_with("withus-") && n.ends_with(".sqlite.enc"))
    );
    let sealed = std::fs::read(&newest).unwrap();
    assert!(sealed.starts_with(b"WITHUSBK"), "the file is encrypted");

    // Not over the database the server is using.
    let refused = backup::restore(&config, &newest, false)
        .await
        .expect_err("in use")
        .to_string();
    assert!(refused.contains("is in use"), "{refused}");

    // Into a new database: the organisations and their people are there.
    let target = TestDb::create(Backend::Sqlite).await.unwrap();
    let target_config = with_key(&target.url, &key);
    let summary = backup::restore(&target_config, &newest, false)
        .await
        .unwrap();
    assert_eq!(summary.organisations.len(), 2);
    assert_eq!(
        summary.organisations.iter().map(|(_, _, n)| n).sum::<i64>(),
        people
    );
    let restored = withus_db::connect(&target.url).await.unwrap();
    for table in [
        "organisations",
        "people",
        "accounts",
        "meeting_attendees",
        "claims",
    ] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        assert_eq!(
            count(&restored, &sql).await,
            count(&app.state.db, &sql).await,
            "{table}"
        );
    }
    restored.close().await.unwrap();

    // Over a database that holds data only with --force; never with the wrong key.
    let refused = backup::restore(&target_config, &newest, false)
        .await
        .expect_err("holds data")
        .to_string();
    assert!(refused.contains("holds 2 organisations"), "{refused}");
    let wrong = with_key(&target.url, &"cd".repeat(32));
    let refused = backup::restore(&wrong, &newest, true)
        .await
        .expect_err("wrong key")
        .to_string();
    assert!(refused.contains("could not be decrypted"), "{refused}");
    backup::restore(&target_config, &newest, true)
        .await
        .unwrap();
    let target_file = target.url.trim_start_matches("sqlite://").to_owned();
    assert!(!Path::new(&format!("{target_file}.restoring")).exists());

    // A file that is no backup at all is refused before anything is replaced.
    std::fs::write(dir.join("notes.txt"), b"not a database").unwrap();
    let refused = backup::restore(&target_config, &dir.join("notes.txt"), true)
        .await
        .expect_err("not a backup")
        .to_string();
    assert!(refused.contains("is not an SQLite backup"), "{refused}");

    drop(app);
    std::fs::remove_dir_all(&dir).unwrap();
    let source_file = source.url.trim_start_matches("sqlite://").to_owned();
    let _ = std::fs::remove_file(format!("{source_file}.backup-lock"));
    target.drop_now().await;
    source.drop_now().await;
}
