//! The form fuzzer. Each role crawls the pages it can reach from its home page and the index
//! pages; every POST form found is sent again with one field at a time replaced by something
//! hostile, chosen by what the field looks like, then once without its token and once in each
//! of three encodings no form of ours uses. No answer may be a server error, nor anything but a
//! GOV.UK page or a redirect to a page of ours; a value no field can keep (100 KB, a control
//! character, a bidirectional override) must be refused with 422 and the field named; a
//! refused form must leave every table as it was; and every POST route must be reached by a
//! crawled form, or be listed in `NOT_REACHED` with why not.
//!
//! `WITHUS_FUZZ_SEED` picks which hostile values each field gets beyond empty and 100 KB
//! (always tried); the seed is printed, so a failing run can be repeated.

#[path = "fuzz_checks.rs"]
mod checks;
#[path = "fuzz_crawl.rs"]
pub(crate) mod crawl;
#[path = "fuzz_forms.rs"]
pub(crate) mod forms;
#[path = "fuzz_values.rs"]
mod values;
#[path = "fuzz_world/mod.rs"]
pub(crate) mod world;

use std::collections::{BTreeSet, HashSet};
use std::time::Instant;

use withus_db::sea_orm::DatabaseConnection;

use crate::both_databases;
use crate::harness::{Response, TestApp};
use checks::{Encoding, Rule, Snapshot};
use crawl::Browser;
use forms::Form;
use values::{Case, OtherIds};

/// Field values sent per database at most: enough for every value planned for every field today
/// (about 3,100), so a new field shows up as a budget to raise rather than values left out.
const BUDGET: usize = 4_000;
/// Pages one signed-in browser visits at most. Raised from 160 when the meeting's invitation
/// preview and the task list's parts added pages and the draws' forms fell off the end: the
/// check below names any route that does.
const PAGES: usize = 200;

/// POST routes no crawled form reaches, each with why.
const NOT_REACHED: &[(&str, &str)] = &[
    (
        "/people/import/{import_id}/retry",
        "offered only when an import failed or the server running it stopped: job_leases.rs \
         makes both happen",
    ),
    (
        "/people/retention/{person_id}/keep",
        "offered only for someone due for erasure under the retention setting, years after \
         they left or were last involved: retention.rs moves the clock for that",
    ),
    (
        "/people/retention/{person_id}/release",
        "offered only for someone kept from erasure, which needs someone due first",
    ),
    (
        "/people/retention/{person_id}/letter",
        "offered only for someone due who is told by letter, which needs someone due first",
    ),
];

/// Forms that, once accepted, would end the browser's session, erase the fixture's member or
/// sign the visitor in (their handlers read no form, so any body with a token is taken). They
/// are only ever sent in ways that must be refused: without a token, or with a value no field
/// may keep.
const REFUSE_ONLY: &[&str] = &[
    "/sign-out",
    "/sign-out/everywhere",
    "/my/erase",
    "/people/{person_id}/erase",
    "/sign-in/email/{token}",
];

#[derive(Default)]
struct Tally {
    values: usize,
    checks: usize,
    accepted: usize,
    refused: usize,
    server_errors: usize,
    changed: usize,
}

/// Judges each answer, and proves with a snapshot of every table that a refused one changed
/// nothing.
struct Judge {
    db: DatabaseConnection,
    sql: String,
    before: Snapshot,
    tally: Tally,
    problems: Vec<String>,
}

impl Judge {
    async fn record(&mut self, response: &Response, what: &str, rule: &Rule<'_>) {
        self.problems.extend(checks::judge(response, what, rule));
        let status = response.status.as_u16();
        let after = checks::snapshot(&self.db, &self.sql).await;
        if status >= 500 {
            self.tally.server_errors += 1;
        } else if status >= 400 {
            self.tally.refused += 1;
            let changed = checks::changed(&self.before, &after);
            if !changed.is_empty() {
                self.tally.changed += 1;
                self.problems.push(format!(
                    "{what}: refused with {status}, but changed {}",
                    changed.join(", ")
                ));
            }
        } else {
            self.tally.accepted += 1;
        }
        self.before = after;
    }
}

both_databases!(every_form_survives_hostile_values, fuzz_body);
async fn fuzz_body(url: String) {
    let started = Instant::now();
    let database = if url.starts_with("sqlite") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let seed = values::seed();
    println!("form fuzzer on {database}: seed {seed} (set WITHUS_FUZZ_SEED to repeat or vary it)");
    let app = TestApp::start(&url, |_| {}).await;
    let world = world::build(&app).await;
    let mut browsers = crawl::browsers(&app, &world, PAGES).await;
    let mut problems = Vec::new();

    // Everyone crawls before anything is sent, so every role sees the setting as it was made.
    let mut forms: Vec<(usize, Form)> = Vec::new();
    let mut signatures = HashSet::new();
    let mut reached = BTreeSet::new();
    let mut pages = 0;
    for (i, b) in browsers.iter_mut().enumerate() {
        let found = crawl::crawl(&mut b.app, &b.label, &b.seeds, b.pages).await;
        pages += found.pages;
        problems.extend(found.problems);
        for form in found.forms {
            reached.insert(form.template.clone());
            if signatures.insert(form.signature()) {
                forms.push((i, form));
            }
        }
    }
    let (routes, covered) = coverage(&reached, &mut problems);
    let (cases, planned) = plan(&forms, &world.other, seed);
    let fields: usize = forms.iter().map(|(_, f)| f.fuzzable().len()).sum();

    let db = app.state.db.clone();
    let sql = checks::snapshot_sql(&db).await;
    let before = checks::snapshot(&db, &sql).await;
    let mut judge = Judge {
        db,
        sql,
        before,
        tally: Tally::default(),
        problems,
    };
    for (i, b) in browsers.iter_mut().enumerate() {
        for (n, case) in cases.iter().filter(|(n, _)| forms[*n].0 == i) {
            send_case(&mut b.app, &b.label, &forms[*n].1, case, &mut judge).await;
        }
        // The checks of each form last: a form with only a button may act on them.
        for (_, form) in forms.iter().filter(|(owner, _)| *owner == i) {
            form_checks(&mut b.app, &b.label, form, &mut judge).await;
        }
    }
    other_methods(&mut browsers, &forms, &mut judge).await;

    let t = &judge.tally;
    println!(
        "form fuzzer on {database}: {routes} POST routes ({covered} reached by a crawled form, \
         {} not reachable), {pages} pages, {} forms, {fields} fields; {} values tried of \
         {planned} planned, {} other checks; {} accepted, {} refused; {} server errors, {} \
         changes from refused forms; {:.0?}",
        NOT_REACHED.len(),
        forms.len(),
        t.values,
        t.checks,
        t.accepted,
        t.refused,
        t.server_errors,
        t.changed,
        started.elapsed()
    );
    assert!(
        t.values >= 200,
        "only {} values were tried: the crawl found too few forms",
        t.values
    );
    let problems = &judge.problems;
    assert!(
        problems.is_empty(),
        "{} problems on {database} (seed {seed}):\n{}",
        problems.len(),
        problems
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Every POST route must have been reached by a crawled form, or be in `NOT_REACHED`. Returns
/// how many POST routes there are and how many a form reached.
fn coverage(reached: &BTreeSet<String>, problems: &mut Vec<String>) -> (usize, usize) {
    let posts = crawl::templates("POST");
    for (path, _) in NOT_REACHED {
        if !posts.contains(path) {
            problems.push(format!("NOT_REACHED names {path}, which is no POST route"));
        }
        if reached.contains(*path) {
            println!("{path} was reached after all: it can leave NOT_REACHED");
        }
    }
    let missing: Vec<&str> = posts
        .iter()
        .copied()
        .filter(|p| !reached.contains(*p) && !NOT_REACHED.iter().any(|(n, _)| n == p))
        .collect();
    if !missing.is_empty() {
        problems.push(format!(
            "no crawled form reached these POST routes (give the fixture what shows their \
             form, or add them to NOT_REACHED with the reason): {}",
            missing.join(", ")
        ));
    }
    let covered = posts.iter().filter(|p| reached.contains(**p)).count();
    (posts.len(), covered)
}

/// Each field's cases, within the budget: empty and 100 KB always, then what the seed picks.
/// Returns them in the order forms were found (so by browser), and how many were planned.
fn plan(forms: &[(usize, Form)], other: &OtherIds, seed: u64) -> (Vec<(usize, Case)>, usize) {
    let mut rng = values::Rng::new(seed);
    let (mut always, mut chosen) = (Vec::new(), Vec::new());
    for (n, (_, form)) in forms.iter().enumerate() {
        let refuse_only = REFUSE_ONLY.contains(&form.template.as_str());
        let keep = |c: &Case| !refuse_only || c.must_refuse;
        for field in form.fuzzable() {
            let (first, rest) = values::plan(form, field, other, &mut rng);
            always.extend(first.into_iter().filter(|c| keep(c)).map(|c| (n, c)));
            chosen.extend(rest.into_iter().filter(|c| keep(c)).map(|c| (n, c)));
        }
    }
    let planned = always.len() + chosen.len();
    rng.shuffle(&mut chosen);
    chosen.truncate(BUDGET.saturating_sub(always.len()));
    always.extend(chosen);
    always.sort_by_key(|(n, _)| *n);
    (always, planned)
}

/// The form as the page stands, with the case's values in place of the page's.
async fn send_case(browser: &mut TestApp, who: &str, form: &Form, case: &Case, judge: &mut Judge) {
    let pairs = case.pairs(&form.pairs());
    let encoding = if form.multipart {
        Encoding::Multipart
    } else {
        Encoding::Form
    };
    let files = form.files();
    let response = checks::send(
        browser,
        "POST",
        &form.action,
        encoding,
        &pairs,
        &files,
        None,
    )
    .await;
    let what = format!(
        "{who}: POST {} with {} in {} (the form on {})",
        form.template, case.what, case.field, form.page
    );
    let rule = if case.must_refuse {
        Rule::Named {
            case,
            strict: !form.multipart,
        }
    } else {
        Rule::Any
    };
    judge.tally.values += 1;
    judge.record(&response, &what, &rule).await;
}

/// Once a form: without its token (403), and as text/plain, JSON and multipart without a
/// boundary, with the token where the CSRF check finds it (a header, or a file upload's query)
/// and not in the body (where the check would find a mangled one first), so that the
/// handler's reading of the form is what is tested. A form with boxes to fill must refuse
/// those; one with only a button may act on them, except those in `REFUSE_ONLY`, sent without
/// a token so that they cannot.
async fn form_checks(browser: &mut TestApp, who: &str, form: &Form, judge: &mut Judge) {
    let refuse_only = REFUSE_ONLY.contains(&form.template.as_str());
    let bare: Vec<(String, String)> = form
        .pairs()
        .into_iter()
        .filter(|(k, _)| k != forms::TOKEN)
        .collect();
    let (token, files) = (form.token(), form.files());
    let tokenless = forms::without_token(&form.action);
    let what = |check: &str| {
        format!(
            "{who}: POST {} {check} (the form on {})",
            form.template, form.page
        )
    };
    let own = if form.multipart {
        Encoding::Multipart
    } else {
        Encoding::Form
    };
    let response = checks::send(browser, "POST", &tokenless, own, &bare, &files, None).await;
    judge
        .record(&response, &what("without its token"), &Rule::Exactly(403))
        .await;
    let wrong = [
        ("as text/plain", Encoding::TextPlain),
        ("as JSON", Encoding::Json),
        (
            "as multipart without a boundary",
            Encoding::MultipartWithoutBoundary,
        ),
    ];
    for (check, encoding) in wrong {
        let response = if refuse_only {
            checks::send(browser, "POST", &tokenless, encoding, &bare, &files, None).await
        } else if encoding == Encoding::MultipartWithoutBoundary {
            let uri = forms::with_token(&form.action, &token);
            checks::send(browser, "POST", &uri, encoding, &bare, &files, None).await
        } else {
            let header = Some(token.as_str());
            checks::send(browser, "POST", &tokenless, encoding, &bare, &files, header).await
        };
        let rule = if refuse_only || form.has_visible_fields() {
            Rule::Refused
        } else {
            Rule::Any
        };
        judge.record(&response, &what(check), &rule).await;
    }
    judge.tally.checks += 4;
}

/// PUT and DELETE, with a valid token, to a few POST routes (one of them a file upload): 405,
/// as a GOV.UK page.
async fn other_methods(browsers: &mut [Browser], forms: &[(usize, Form)], judge: &mut Judge) {
    let mut picked: Vec<&(usize, Form)> =
        forms.iter().filter(|(_, f)| f.multipart).take(1).collect();
    let plain = forms
        .iter()
        .filter(|(_, f)| !f.multipart && !REFUSE_ONLY.contains(&f.template.as_str()));
    for entry in plain {
        if picked.len() >= 4 {
            break;
        }
        if !picked.iter().any(|p| p.1.template == entry.1.template) {
            picked.push(entry);
        }
    }
    if picked.len() < 3 {
        judge.problems.push(format!(
            "only {} forms to send PUT and DELETE to",
            picked.len()
        ));
    }
    for (owner, form) in picked {
        let label = browsers[*owner].label.clone();
        let browser = &mut browsers[*owner].app;
        for method in ["PUT", "DELETE"] {
            let (encoding, pairs) = if method == "PUT" {
                (Encoding::Form, form.pairs())
            } else {
                (Encoding::Nothing, Vec::new())
            };
            let response =
                checks::send(browser, method, &form.action, encoding, &pairs, &[], None).await;
            let what = format!("{label}: {method} {}", form.template);
            judge.record(&response, &what, &Rule::Exactly(405)).await;
            judge.tally.checks += 1;
        }
    }
}
