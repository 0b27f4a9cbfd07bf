//! Configuration from flags, environment variables and an optional TOML file, in that order
//! of precedence, with safe defaults: listen on localhost, keep data in ./data.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    /// The address people use to reach Withus, for links in emails.
    pub public_url: String,
    /// `smtp://host:port` or `smtps://user:pass@host`; none keeps mail on the outbox page.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// The key `withus backup --encrypt` seals backups with and `withus restore` opens them with.
    pub backup_key: Option<Secret>,
    pub assets_dir: PathBuf,
    /// Believe `X-Forwarded-For` and `X-Forwarded-Proto`: only behind a proxy you run.
    pub trust_proxy: bool,
    /// How many proxies of ours stand in front: the client is the address that many entries from
    /// the right of `X-Forwarded-For` (entries further left are whatever the client sent).
    pub proxy_hops: usize,
    /// The bearer token `/metrics` wants; none turns `/metrics` off (404).
    pub metrics_token: Option<String>,
    pub run_worker: bool,
}

/// Options as read from one source; later sources fill what earlier ones left empty.
#[derive(Clone, Debug, Default, Deserialize, clap::Args)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Address to listen on [default: 127.0.0.1:8080]
    #[arg(long, env = "WITHUS_ADDR", global = true)]
    pub addr: Option<SocketAddr>,
    /// sqlite://path or postgres://… [default: an SQLite file in ./data]
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The public address, for links in emails [default: http://ADDR]
    #[arg(long, env = "WITHUS_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// SMTP server, e.g. smtp://127.0.0.1:2525 [default: none, mail is kept on the outbox page]
    #[arg(long, env = "WITHUS_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// Sender address for outgoing mail
    #[arg(long, env = "WITHUS_MAIL_FROM", global = true)]
    pub mail_from: Option<String>,
    /// Key for encrypted backups: 32 bytes as 64 hex digits or base64 (prefer the environment)
    #[arg(long, env = "WITHUS_BACKUP_KEY", global = true, hide_env_values = true)]
    pub backup_key: Option<Secret>,
    /// Folder of compiled CSS, JavaScript and images [default: static/dist]
    #[arg(long, env = "WITHUS_ASSETS_DIR", global = true)]
    pub assets_dir: Option<PathBuf>,
    /// Trust X-Forwarded-For/-Proto from a reverse proxy
    #[arg(long, env = "WITHUS_TRUST_PROXY", global = true)]
    pub trust_proxy: Option<bool>,
    /// Proxies of yours in front of Withus, when trusting them [default: 1]
    #[arg(long, env = "WITHUS_PROXY_HOPS", global = true)]
    pub proxy_hops: Option<usize>,
    /// Turns on /metrics for Prometheus, for `Authorization: Bearer TOKEN` only [default: off]
    #[arg(
        long,
        env = "WITHUS_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("could not read the configuration file {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("the configuration file {0} is not valid: {1}")]
    Parse(PathBuf, toml::de::Error),
}

impl Options {
    pub fn from_file(path: &std::path::Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read(path.into(), e))?;
        toml::from_str(&text).map_err(|e| ConfigError::Parse(path.into(), e))
    }

    /// Fills what `self` (flags and environment) left empty from `file`, then the defaults.
    pub fn resolve(self, file: Options) -> Config {
        let addr = self
            .addr
            .or(file.addr)
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
        Config {
            addr,
            database_url: self
                .database_url
                .or(file.database_url)
                .unwrap_or_else(|| "sqlite://data/withus.db".into()),
            public_url: self
                .public_url
                .or(file.public_url)
                .unwrap_or_else(|| format!("http://{addr}"))
                .trim_end_matches('/')
                .to_owned(),
            smtp_url: self.smtp_url.or(file.smtp_url),
            backup_key: self.backup_key.or(file.backup_key),
            mail_from: self
                .mail_from
                .or(file.mail_from)
                .unwrap_or_else(|| "Withus <no-reply@withus.example>".into()),
            assets_dir: self
                .assets_dir
                .or(file.assets_dir)
                .unwrap_or_else(|| "static/dist".into()),
            trust_proxy: self.trust_proxy.or(file.trust_proxy).unwrap_or(false),
            proxy_hops: self.proxy_hops.or(file.proxy_hops).unwrap_or(1).max(1),
            metrics_token: self
                .metrics_token
                .or(file.metrics_token)
                .filter(|token| !token.trim().is_empty()),
            run_worker: true,
        }
    }
}

impl Config {
    /// Cookies get `Secure` when people reach us over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// A configuration for tests: the given database, no mail server, no worker.
    pub fn for_tests(database_url: &str) -> Self {
        let mut config = Options {
            database_url: Some(database_url.to_owned()),
            ..Options::default()
        }
        .resolve(Options::default());
        config.run_worker = false;
        config.trust_proxy = true;
        config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_file_and_file_over_defaults() {
        let flags = Options {
            addr: Some("127.0.0.1:9000".parse().unwrap()),
            ..Options::default()
        };
        let file: Options = toml::from_str(
            "addr = \"127.0.0.1:7000\"\ndatabase_url = \"postgres://localhost/withus\"",
        )
        .unwrap();
        let config = flags.resolve(file);
        assert_eq!(config.addr.port(), 9000);
        assert_eq!(config.database_url, "postgres://localhost/withus");
        assert_eq!(config.public_url, "http://127.0.0.1:9000");
        assert!(!config.secure_cookies());
    }

    #[test]
    fn unknown_file_keys_are_refused() {
        assert!(toml::from_str::<Options>("adress = \"x\"").is_err());
    }
}

/// A configured secret: never printed, not even by `{:?}`.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl From<String> for Secret {
    fn from(text: String) -> Self {
        Secret(text)
    }
}

impl Secret {
    /// The secret itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}
