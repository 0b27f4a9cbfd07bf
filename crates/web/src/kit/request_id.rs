//! The id of the request a task is answering, so an error page made far from the request
//! can name it. The metrics layer gives each request its id and runs it in this scope.

tokio::task_local! {
    static REQUEST_ID: String;
}

/// The id of the request this task is answering.
pub fn current() -> Option<String> {
    REQUEST_ID.try_with(String::clone).ok()
}

/// Runs `answer` as the request with this id.
pub async fn scope<F: std::future::Future>(id: String, answer: F) -> F::Output {
    REQUEST_ID.scope(id, answer).await
}
