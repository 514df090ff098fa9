//! Flood control: a classroom of 30 phones behind one school address answers at
//! once and every answer is stored; one client posting faster than a room of
//! people is slowed with a clear message in its language; one phone cannot post
//! faster than a person answers. Nothing identifying is needed for any of it.

mod support;

use axum::http::HeaderName;
use reqwest::header::{ACCEPT_LANGUAGE, LOCATION, RETRY_AFTER};
use reqwest::StatusCode;
use support::{postgres_app_configured, sqlite_app, sqlite_app_configured, Configure, TestApp};

const SCHOOL: &str = "193.157.0.10";

/// Behind a proxy that writes the client's address to X-Forwarded-For, so the
/// test can speak from several addresses.
fn behind_proxy() -> Configure {
    Box::new(|st| st.with_client_header(Some(HeaderName::from_static("x-forwarded-for"))))
}

async fn post_from(
    app: &TestApp,
    address: &str,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    app.http
        .post(app.url(path))
        .header("x-forwarded-for", address)
        .header(ACCEPT_LANGUAGE, "en")
        .form(form)
        .send()
        .await
        .unwrap()
}

/// One phone's whole survey: start, every question, send. Every post must be
/// taken (303).
async fn answer_everything(app: &TestApp, total: usize, first_option: String) {
    let res = post_from(app, SCHOOL, "/j/svar25/start", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "start");
    let token = res.headers()[LOCATION].to_str().unwrap().split('/').nth(2).unwrap().to_string();
    for n in 1..=total {
        let form: Vec<(&str, &str)> = if n == 1 {
            vec![("choice", &first_option), ("nav", "next")]
        } else {
            vec![("nav", "next")]
        };
        let res = post_from(app, SCHOOL, &format!("/r/{token}/q/{n}"), &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "question {n}");
    }
    let form = [
        ("key", token.as_str()),
        ("code", "SVAR25"),
        ("answers_from", "draft"),
        ("answers", "{}"),
        ("age", "13-15"),
    ];
    let res = post_from(app, SCHOOL, &format!("/r/{token}/submit"), &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "send");
}

async fn classroom(app: TestApp) {
    let session = app.session().await;
    let total = session.consultation.questions.len();
    let option = session.consultation.questions[0].options[0].id.to_string();
    let app = std::sync::Arc::new(app);
    let phones: Vec<_> = (0..30)
        .map(|_| {
            let (app, option) = (app.clone(), option.clone());
            tokio::spawn(async move { answer_everything(&app, total, option).await })
        })
        .collect();
    for phone in phones {
        phone.await.unwrap();
    }
    assert_eq!(app.store.count_responses(session.id).await.unwrap(), 30);
    std::sync::Arc::into_inner(app).unwrap().finish().await;
}

async fn burst(app: TestApp) {
    // 800 posts from one address as fast as it can (each to a survey that does not
    // exist, so only the limit is measured, not the database).
    let mut statuses = Vec::new();
    let mut slowed = None;
    for _ in 0..800 {
        let token = uuid::Uuid::new_v4().to_string();
        let res =
            post_from(&app, "198.51.100.7", &format!("/r/{token}/q/1"), &[("nav", "next")]).await;
        statuses.push(res.status());
        if res.status() == StatusCode::TOO_MANY_REQUESTS && slowed.is_none() {
            let retry: u64 = res.headers()[RETRY_AFTER].to_str().unwrap().parse().unwrap();
            assert!((1..=60).contains(&retry), "Retry-After {retry}");
            slowed = Some(res.text().await.unwrap());
        }
    }
    let refused = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    let first_refusal = statuses.iter().position(|s| *s == StatusCode::TOO_MANY_REQUESTS);
    assert!(first_refusal.is_some_and(|i| i >= 600), "the burst allowance: {first_refusal:?}");
    assert!(refused >= 100, "{refused} of 800 slowed");
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::NOT_FOUND || *s == StatusCode::TOO_MANY_REQUESTS));
    let page = slowed.unwrap();
    assert!(page.contains("Too many at once"), "{page}");
    assert!(page.contains("Wait a moment, then send your answer again."), "{page}");

    // Someone at another address is not slowed by it.
    let res = post_from(&app, "203.0.113.9", "/j/svar25/start", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.finish().await;
}

async fn one_phone(app: TestApp) {
    let res = post_from(&app, SCHOOL, "/j/svar25/start", &[]).await;
    let token = res.headers()[LOCATION].to_str().unwrap().split('/').nth(2).unwrap().to_string();
    let step = format!("/r/{token}/q/2");
    let mut statuses = Vec::new();
    for _ in 0..60 {
        statuses.push(post_from(&app, SCHOOL, &step, &[("nav", "next")]).await.status());
    }
    let taken = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count();
    assert!((40..=45).contains(&taken), "{taken} of 60 taken");
    assert!(statuses[40..].contains(&StatusCode::TOO_MANY_REQUESTS));
    // In Norwegian when the phone reads Norwegian; the page says how to go on.
    let res = app
        .http
        .post(app.url(&step))
        .header("x-forwarded-for", SCHOOL)
        .form(&[("nav", "next")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.headers()["x-ungstemme-error"], "too-fast-body");
    let page = res.text().await.unwrap();
    assert!(page.contains("Vent litt, og send svaret ditt på nytt."), "{page}");
    assert!(page.contains(&format!("href=\"{step}\"")), "back to the question: {page}");
    // Other phones at the same school go on.
    let res = post_from(&app, SCHOOL, "/j/svar25/start", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flood_control_on_sqlite() {
    classroom(sqlite_app_configured(behind_proxy()).await).await;
    burst(sqlite_app_configured(behind_proxy()).await).await;
    one_phone(sqlite_app_configured(behind_proxy()).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flood_control_on_postgres() {
    let Some(app) = postgres_app_configured(behind_proxy()).await else { return };
    classroom(app).await;
    burst(postgres_app_configured(behind_proxy()).await.unwrap()).await;
    one_phone(postgres_app_configured(behind_proxy()).await.unwrap()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_configured_proxy_header_the_connection_counts() {
    // A client cannot dodge the limit by writing the header itself.
    let app = sqlite_app().await;
    let mut slowed = false;
    for i in 0..700 {
        let token = uuid::Uuid::new_v4().to_string();
        let res = post_from(
            &app,
            &format!("10.0.{}.{}", i / 250, i % 250),
            &format!("/r/{token}/q/1"),
            &[],
        )
        .await;
        slowed |= res.status() == StatusCode::TOO_MANY_REQUESTS;
    }
    assert!(slowed);
    app.finish().await;
}
