use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let default = || EnvFilter::new("info,sqlx=warn");
    let filter = EnvFilter::try_from_env("WITHUS_LOG").unwrap_or_else(|_| default());
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    // One JSON object a line, with the request's span (and so its id), for log collectors.
    let json = std::env::var("WITHUS_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    if json {
        logs.json().init();
    } else {
        logs.init();
    }
    let cli = withus_web::cli::Cli::parse_args();
    match withus_web::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("withus: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
