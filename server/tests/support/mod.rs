//! A server on a random port over a fresh database, for black-box tests.
//!
//! The server runs on the test's own runtime, so the tests use a multi-threaded
//! one: a task that blocks its thread for a while stalls one worker, not the
//! server and the test together (a single-threaded test once timed out on its
//! first request in CI).
#![allow(dead_code)] // each test file uses a different part of this

pub mod process;
pub mod staff;
pub mod texts;

use domain::privacy::Thresholds;
use reqwest::header::LOCATION;
use reqwest::{redirect::Policy, Client, StatusCode};
use store::Store;
use ungstemme_server::http::{leptos_options, router, AppState};

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub http: Client,
    _dir: Option<tempfile::TempDir>,
    drop_pg: Option<process::DropDatabase>,
}

async fn spawn(
    store: Store,
    dir: Option<tempfile::TempDir>,
    drop_pg: Option<process::DropDatabase>,
    configure: Configure,
) -> TestApp {
    if let Ok(level) = std::env::var("TEST_LOG") {
        ungstemme_server::telemetry::init(&level);
    }
    store.migrate().await.unwrap();
    ungstemme_server::cli::load_demo(&store).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let leptos = leptos_options(std::path::Path::new("target/site"), addr);
    let state = configure(AppState::new(store.clone(), leptos, None).await.unwrap());
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    TestApp { base: format!("http://{addr}"), store, http: client(), _dir: dir, drop_pg }
}

/// Changes the server's settings before it starts.
pub type Configure = Box<dyn FnOnce(AppState) -> AppState + Send>;

pub async fn sqlite_app() -> TestApp {
    sqlite_app_with(Thresholds::default()).await
}

/// A server over SQLite with its own small-number thresholds.
pub async fn sqlite_app_with(k: Thresholds) -> TestApp {
    sqlite_app_configured(Box::new(move |st| st.with_thresholds(k))).await
}

/// A server over SQLite with other settings.
pub async fn sqlite_app_configured(configure: Configure) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let store =
        Store::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
    spawn(store, Some(dir), None, configure).await
}

pub async fn postgres_app() -> Option<TestApp> {
    postgres_app_with(Thresholds::default()).await
}

/// A server over a fresh PostgreSQL database with its own small-number thresholds.
pub async fn postgres_app_with(k: Thresholds) -> Option<TestApp> {
    postgres_app_configured(Box::new(move |st| st.with_thresholds(k))).await
}

/// A server over a fresh PostgreSQL database with other settings.
pub async fn postgres_app_configured(configure: Configure) -> Option<TestApp> {
    let (url, database) = process::postgres_database("ungstemme_http").await?;
    let store = Store::connect(&url).await.unwrap();
    Some(spawn(store, None, Some(database), configure).await)
}

/// Follows no redirects (tests look at them); a stuck request fails the test
/// instead of hanging the run.
fn client() -> Client {
    Client::builder()
        .redirect(Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap()
}

impl TestApp {
    /// A server running elsewhere (another process) over `store`'s database.
    pub fn external(base: String, store: Store) -> TestApp {
        TestApp { base, store, http: client(), _dir: None, drop_pg: None }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.http.post(self.url(path)).form(form).send().await.unwrap()
    }

    pub async fn session(&self) -> store::SessionInfo {
        self.store
            .session_by_code(&domain::JoinCode::parse("SVAR25").unwrap())
            .await
            .unwrap()
            .unwrap()
    }

    pub async fn start(&self) -> String {
        let res = self.post("/j/svar25/start", &[]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let loc = res.headers()[LOCATION].to_str().unwrap().to_string();
        let token =
            loc.strip_prefix("/r/").and_then(|r| r.strip_suffix("/q/1")).expect(&loc).to_string();
        assert!(domain::SubmissionKey::parse(&token).is_ok(), "token is a random UUID");
        token
    }

    /// Sends the phone's `answers` (their JSON) to the demo session, as its last
    /// page does; the send must be taken.
    pub async fn send(&self, token: &str, answers: &str) {
        let form = [("key", token), ("code", "SVAR25"), ("answers", answers)];
        let res = self.post(&format!("/r/{token}/submit"), &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "the answers were taken");
    }

    pub async fn finish(self) {
        self.store.close().await;
        if let Some(database) = self.drop_pg {
            database.drop().await;
        }
    }
}
