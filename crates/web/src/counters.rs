//! This server's counters and histograms, kept in memory (each server is scraped on its own)
//! and written in the Prometheus text format. Below everything that counts (sign-in, mail,
//! the request middleware) and the `/metrics` page that shows them, so each can reach it
//! through `AppState` without reaching up. Written by hand: a few atomics and one map need
//! no crate.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

const BUCKET_COUNT: usize = 11;
/// Upper bounds of the request duration buckets, in seconds (Prometheus's own defaults).
pub const BUCKETS: [f64; BUCKET_COUNT] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

#[derive(Clone, Copy, Default)]
struct Histogram {
    /// Requests that fell in each bucket, not yet cumulative; the last holds those over 10 s.
    counts: [u64; BUCKET_COUNT + 1],
    sum: f64,
}

/// Keyed by route template, never by path, so a scan of made-up addresses adds no series.
#[derive(Default)]
struct Requests {
    totals: HashMap<(String, &'static str, u16), u64>,
    durations: HashMap<String, Histogram>,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<Requests>,
    mail_sent: AtomicU64,
    mail_failed: AtomicU64,
    mail_kept: AtomicU64,
    sign_in_failures: AtomicU64,
    rate_limit_refusals: AtomicU64,
}

impl Metrics {
    pub fn observe_request(&self, route: &str, method: &'static str, status: u16, took: Duration) {
        let seconds = took.as_secs_f64();
        let bucket = BUCKETS
            .iter()
            .position(|le| seconds <= *le)
            .unwrap_or(BUCKET_COUNT);
        // A panic elsewhere while counting leaves the counts usable: keep going with them.
        let mut requests = self
            .requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *requests
            .totals
            .entry((route.to_owned(), method, status))
            .or_default() += 1;
        let histogram = requests.durations.entry(route.to_owned()).or_default();
        histogram.counts[bucket] += 1;
        histogram.sum += seconds;
    }

    /// One outbox message handled: `outbox::SENT`, `outbox::KEPT`, or anything else for a failure.
    pub fn mail(&self, status: &str) {
        let counter = match status {
            withus_db::outbox::SENT => &self.mail_sent,
            withus_db::outbox::KEPT => &self.mail_kept,
            _ => &self.mail_failed,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    pub fn sign_in_failed(&self) {
        self.sign_in_failures.fetch_add(1, Ordering::Relaxed);
    }

    pub fn rate_limit_refused(&self) {
        self.rate_limit_refusals.fetch_add(1, Ordering::Relaxed);
    }

    /// The series kept in memory, in the Prometheus text exposition format.
    pub fn render(&self, out: &mut String) {
        // Copied out so requests wait on the lock only for the copy, not the formatting.
        let (totals, durations) = {
            let requests = self
                .requests
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let totals: BTreeMap<_, _> = requests
                .totals
                .iter()
                .map(|(key, count)| (key.clone(), *count))
                .collect();
            let durations: BTreeMap<_, _> = requests
                .durations
                .iter()
                .map(|(route, histogram)| (route.clone(), *histogram))
                .collect();
            (totals, durations)
        };

        help(
            out,
            "withus_http_requests_total",
            "counter",
            "Requests answered, by route template, method and status.",
        );
        for ((route, method, status), count) in &totals {
            let route = escape(route);
            let labels = format!("route=\"{route}\",method=\"{method}\",status=\"{status}\"");
            let _ = writeln!(out, "withus_http_requests_total{{{labels}}} {count}");
        }

        let name = "withus_http_request_duration_seconds";
        help(
            out,
            name,
            "histogram",
            "Time to answer a request, until its headers were ready, by route template.",
        );
        for (route, histogram) in &durations {
            let route = escape(route);
            let mut running: u64 = 0;
            for (le, count) in BUCKETS.iter().zip(histogram.counts.iter()) {
                running += *count;
                let _ = writeln!(
                    out,
                    "{name}_bucket{{route=\"{route}\",le=\"{le}\"}} {running}"
                );
            }
            let total: u64 = histogram.counts.iter().sum();
            let _ = writeln!(
                out,
                "{name}_bucket{{route=\"{route}\",le=\"+Inf\"}} {total}"
            );
            let _ = writeln!(out, "{name}_sum{{route=\"{route}\"}} {}", histogram.sum);
            let _ = writeln!(out, "{name}_count{{route=\"{route}\"}} {total}");
        }

        help(
            out,
            "withus_mail_total",
            "counter",
            "Outbox messages handled by this server: sent, failed, or kept (no mail server set).",
        );
        for (result, counter) in [
            ("sent", &self.mail_sent),
            ("failed", &self.mail_failed),
            ("kept", &self.mail_kept),
        ] {
            let _ = writeln!(
                out,
                "withus_mail_total{{result=\"{result}\"}} {}",
                counter.load(Ordering::Relaxed)
            );
        }

        single(
            out,
            "withus_sign_in_failures_total",
            "counter",
            "Sign-ins refused for a wrong email address or password.",
            self.sign_in_failures.load(Ordering::Relaxed),
        );
        single(
            out,
            "withus_rate_limit_refusals_total",
            "counter",
            "Sign-ins and sign-in link requests refused because of too many attempts.",
            self.rate_limit_refusals.load(Ordering::Relaxed),
        );
    }
}

/// The `# HELP` and `# TYPE` lines before a metric's series.
pub(crate) fn help(out: &mut String, name: &str, kind: &str, text: &str) {
    let _ = writeln!(out, "# HELP {name} {text}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// A metric with one series and no labels.
pub(crate) fn single(
    out: &mut String,
    name: &str,
    kind: &str,
    text: &str,
    value: impl std::fmt::Display,
) {
    help(out, name, kind, text);
    let _ = writeln!(out, "{name} {value}");
}

/// A label value as the exposition format wants it: backslash, quote and newline escaped.
pub(crate) fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_lands_in_its_bucket_and_every_bucket_above() {
        let metrics = Metrics::default();
        metrics.observe_request("/people", "GET", 200, Duration::from_millis(30));
        metrics.observe_request("/people", "GET", 200, Duration::from_secs(20));
        let mut out = String::new();
        metrics.render(&mut out);
        let d = "withus_http_request_duration_seconds";
        assert!(out.contains(&format!("{d}_bucket{{route=\"/people\",le=\"0.025\"}} 0\n")));
        assert!(out.contains(&format!("{d}_bucket{{route=\"/people\",le=\"0.05\"}} 1\n")));
        assert!(out.contains(&format!("{d}_bucket{{route=\"/people\",le=\"10\"}} 1\n")));
        assert!(out.contains(&format!("{d}_bucket{{route=\"/people\",le=\"+Inf\"}} 2\n")));
        assert!(out.contains(&format!("{d}_count{{route=\"/people\"}} 2\n")));
        assert!(out.contains(
            "withus_http_requests_total{route=\"/people\",method=\"GET\",status=\"200\"} 2\n"
        ));
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
