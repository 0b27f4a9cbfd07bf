//! The `withus` command: serve, migrate, demo, and the administrator's commands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::{Config, Options};
use crate::kit::auth::{Role, password};
use crate::routes::router;
use crate::{AppState, admin, demo, jobs};

#[derive(Debug, Parser)]
#[command(
    name = "withus",
    version,
    about = "Involve the people who use services, and show what changed"
)]
pub struct Cli {
    /// A TOML file with any of the options below
    #[arg(long, env = "WITHUS_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub options: Options,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// Parses the command line. The server's options are global, so `withus --addr … serve`
    /// works, but `withus select` runs no server: its help lists only its own options.
    pub fn parse_args() -> Cli {
        use clap::{Args, Parser};
        let args: Vec<String> = std::env::args().collect();
        let asks_help = args.iter().skip(2).any(|a| a == "--help" || a == "-h");
        if args.get(1).is_some_and(|a| a == "select") && asks_help {
            let select = crate::opportunities::lottery::command::SelectArgs::augment_args(
                clap::Command::new("withus select")
                    .about("Draw a panel by fair lottery from CSV files (no database needed)"),
            );
            println!("{}", select.clone().render_long_help());
            std::process::exit(0);
        }
        Cli::parse()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Withus over HTTP
    Serve,
    /// Bring the database schema up to date, then stop
    Migrate {
        /// Only list the migrations that would run, and warn of slow ones
        #[arg(long)]
        dry_run: bool,
    },
    /// Copy the database to a backup file while Withus runs
    Backup {
        /// Folder for backups [default: backups beside an SQLite database, ./backups for PostgreSQL]
        #[arg(long)]
        to: Option<PathBuf>,
        /// Then delete the oldest backups in the folder, keeping the newest N
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        keep: Option<u32>,
        /// Encrypt the backup with backup_key (WITHUS_BACKUP_KEY)
        #[arg(long)]
        encrypt: bool,
    },
    /// Replace the database with a backup, after checking the backup
    Restore {
        /// A file made by `withus backup` (.sqlite, .pgdump, or either with .enc)
        file: PathBuf,
        /// Replace a database that holds data, or that looks in use
        #[arg(long)]
        force: bool,
    },
    /// Create or refresh the demo organisation, then serve it
    Demo {
        /// Password for every demo account [default: a random one, printed]
        #[arg(long, env = "WITHUS_DEMO_PASSWORD")]
        demo_password: Option<String>,
    },
    /// Fill the database with a synthetic installation, the same for the same seed
    Generate {
        /// Organisations to make
        #[arg(long, default_value_t = 10)]
        orgs: usize,
        /// People, shared between the organisations
        #[arg(long, default_value_t = 10_000)]
        people: usize,
        /// People expected at meetings, over all meetings
        #[arg(long, default_value_t = 80_000)]
        involvements: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The environment variable holding the password of every generated account
        /// (coordinator@gen-<seed>-<n>.example, member-<k>@gen-<seed>-<n>.example); without
        /// it they sign in by link
        #[arg(long)]
        password_env: Option<String>,
    },
    /// Draw a panel by fair lottery from CSV files (no database needed)
    Select(crate::opportunities::lottery::command::SelectArgs),
    /// Administration
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an organisation
    CreateOrg {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
    },
    /// Create an account in an organisation
    CreateUser {
        /// The organisation's short name (slug)
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// administrator, coordinator, staff, finance, equality, board, involved_person, group_representative
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Read the password from this environment variable (omit to sign in by emailed link)
        #[arg(long)]
        password_env: Option<String>,
        /// May create organisations
        #[arg(long)]
        platform_admin: bool,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Data(#[from] withus_db::DbError),
    #[error(transparent)]
    Database(#[from] withus_db::sea_orm::DbErr),
    #[error(transparent)]
    Backup(#[from] crate::backup::BackupError),
    #[error("could not listen on {0}: {1}")]
    Listen(std::net::SocketAddr, std::io::Error),
    #[error("{0}")]
    Invalid(String),
}

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let file = match &cli.config {
        Some(path) => Options::from_file(path)?,
        None => Options::default(),
    };
    let config = cli.options.resolve(file);
    match cli.command {
        Command::Select(args) => {
            let out =
                crate::opportunities::lottery::command::select(&args).map_err(CliError::Invalid)?;
            print!("{out}");
            Ok(())
        }
        Command::Migrate { dry_run: true } => dry_run(&config.database_url).await,
        Command::Migrate { dry_run: false } => {
            withus_db::connect_and_migrate(&config.database_url).await?;
            println!(
                "The database at {} is up to date.",
                redact(&config.database_url)
            );
            Ok(())
        }
        Command::Backup { to, keep, encrypt } => {
            let request = crate::backup::Request {
                to,
                keep: keep.map(|n| n as usize),
                encrypt,
            };
            let made = crate::backup::backup(&config, &request).await?;
            if made.leftovers > 0 {
                eprintln!(
                    "Removed {} unfinished file(s) left by a backup that was stopped.",
                    made.leftovers
                );
            }
            println!("{} ({} bytes)", made.path.display(), made.bytes);
            for old in made.pruned {
                eprintln!("Removed the older backup {}", old.display());
            }
            Ok(())
        }
        Command::Restore { file, force } => {
            crate::backup::restore(&config, &file, force).await?;
            println!(
                "Restored {} to {}. Start Withus to use it.",
                file.display(),
                redact(&config.database_url)
            );
            Ok(())
        }
        Command::Generate {
            orgs,
            people,
            involvements,
            seed,
            password_env,
        } => {
            let password_hash = match password_env {
                None => None,
                Some(var) => Some(password::hash(&from_env(&var)?).map_err(CliError::Invalid)?),
            };
            let db = withus_db::connect_and_migrate(&config.database_url).await?;
            let plan = crate::generate::Plan {
                organisations: orgs,
                people,
                involvements,
                seed,
                password_hash,
            };
            let started = std::time::Instant::now();
            let made = crate::generate::generate(&db, &plan, &mut |done, of, made| {
                let seconds = started.elapsed().as_secs_f64();
                let left = seconds / done as f64 * (of - done) as f64;
                eprint!(
                    "\r{:>3}% {done}/{of} organisations, {} people, {} places at meetings; {left:.0}s to go ",
                    100 * done / of.max(1),
                    made.people,
                    made.attendances
                );
            })
            .await?;
            eprintln!();
            println!(
                "Made {made:?} in {:.1?} at {}.",
                started.elapsed(),
                redact(&config.database_url)
            );
            Ok(())
        }
        Command::Serve => serve(config, None).await,
        Command::Demo { demo_password } => {
            let db = withus_db::connect_and_migrate(&config.database_url).await?;
            let (password, generated) = match demo_password {
                Some(p) => (p, false),
                None => (demo::random_password(), true),
            };
            let accounts = demo::seed(&db, &password).await?;
            let mut banner = format!(
                "\nWithus demo is running at {}\n\nSign in as any of these, with the password {password}",
                config.public_url
            );
            if generated {
                banner.push_str(" (made up for this run; choose one with --demo-password)");
            }
            banner.push('\n');
            for (email, what) in accounts {
                banner.push_str(&format!("  {email:<28} {what}\n"));
            }
            banner.push_str(
                "\nSign-in links sent by email appear on the Outbox page of admin@demo.example.\n",
            );
            serve(config, Some(banner)).await
        }
        Command::Admin(AdminCommand::CreateOrg { slug, name }) => {
            if !crate::platform::valid_slug(&slug) {
                return Err(CliError::Invalid(
                    "the slug may hold only a-z, 0-9 and -".into(),
                ));
            }
            let db = withus_db::connect_and_migrate(&config.database_url).await?;
            let org =
                withus_db::installation::create_organisation(&db, &slug, &name, chrono::Utc::now())
                    .await?;
            println!("Created organisation {} ({})", org.name, org.slug);
            Ok(())
        }
        Command::Admin(AdminCommand::CreateUser {
            org,
            email,
            name,
            roles,
            password_env,
            platform_admin,
        }) => {
            let roles = roles
                .iter()
                .map(|r| {
                    Role::parse(r).ok_or_else(|| CliError::Invalid(format!("unknown role {r}")))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let hashed = match password_env {
                None => None,
                Some(var) => {
                    let typed = from_env(&var)?;
                    if let Some(reason) = password::weakness(&typed, &[&email, &name]) {
                        return Err(CliError::Invalid(crate::kit::i18n::t(reason)));
                    }
                    Some(password::hash(&typed).map_err(CliError::Invalid)?)
                }
            };
            let db = withus_db::connect_and_migrate(&config.database_url).await?;
            let organisation = withus_db::installation::organisation_by_slug(&db, &org)
                .await?
                .ok_or_else(|| CliError::Invalid(format!("no organisation called {org}")))?;
            let scope = withus_db::OrgScope::new(db.clone(), organisation.id);
            admin::create(&scope, &name, &email, hashed, &roles, platform_admin).await?;
            println!("Created {email} in {}", organisation.name);
            Ok(())
        }
    }
}

async fn serve(config: Config, banner: Option<String>) -> Result<(), CliError> {
    let db = withus_db::connect_and_migrate(&config.database_url).await?;
    let addr = config.addr;
    let state = AppState::new(db, config).await?;
    if state.config.run_worker {
        tokio::spawn(jobs::worker(state.clone()));
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::Listen(addr, e))?;
    tracing::info!("listening on http://{addr}");
    if let Some(banner) = banner {
        println!("{banner}");
    }
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| CliError::Listen(addr, e))
}

/// Lists what `withus migrate` would do, without changing anything.
async fn dry_run(url: &str) -> Result<(), CliError> {
    let db = withus_db::connect(url).await?;
    withus_db::upgrade::check(&db).await?;
    let by = withus_db::upgrade::last_migrated_by(&db).await?;
    let pending = withus_db::upgrade::pending(&db).await?;
    db.close().await?;
    match by {
        Some(version) => println!(
            "The database at {} was last upgraded by Withus {version}.",
            redact(url)
        ),
        None => println!(
            "The database at {} has no Withus version recorded.",
            redact(url)
        ),
    }
    if pending.is_empty() {
        println!(
            "No migrations to run: it is up to date for Withus {}.",
            withus_db::upgrade::VERSION
        );
        return Ok(());
    }
    println!(
        "Withus {} would run {} migration(s):",
        withus_db::upgrade::VERSION,
        pending.len()
    );
    for migration in &pending {
        match migration.slow {
            Some(why) => println!("  {} (slow: {why})", migration.name),
            None => println!("  {}", migration.name),
        }
    }
    if pending.iter().any(|m| m.slow.is_some()) {
        println!(
            "Slow migrations hold the database while they run: take a backup first, and upgrade when few people are using Withus."
        );
    }
    Ok(())
}

/// Hides a password in a database address before printing it.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// A password handed over in an environment variable, so it shows in no process list.
fn from_env(var: &str) -> Result<String, CliError> {
    std::env::var(var).map_err(|_| CliError::Invalid(format!("{var} is not set")))
}
