//! Black-box tests of what a phone posts: the server runs on a random port over a
//! fresh database — SQLite always, PostgreSQL when `TEST_POSTGRES_URL` is set — and
//! is driven with plain HTTP as a phone without JavaScript would.

mod support;

use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, LOCATION};
use reqwest::StatusCode;
use store::Store;
use support::{postgres_app, sqlite_app, TestApp};

async fn story(app: &TestApp) {
    let session = app.session().await;
    let c = session.consultation.clone();
    let q = |i: usize| c.questions[i].id;
    let opt = |i: usize, j: usize| c.questions[i].options[j].id.to_string();

    // The consultation's page, in the browser's language.
    let page =
        app.http.get(app.url("/j/SVAR25")).header(ACCEPT_LANGUAGE, "nn-NO").send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("<html lang=\"nn\""), "{html}");
    assert!(html.contains("Fritid der du bur"));

    // An unknown code: a friendly page in the reader's language, and a 404.
    let res =
        app.http.get(app.url("/j/WRONG9")).header(ACCEPT_LANGUAGE, "en").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("We cannot find that code"));
    let res = app.post("/j/WRONG9/start", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // One question at a time; refusals store nothing and say why.
    let token = app.start().await;
    let step = |n: usize| format!("/r/{token}/q/{n}");
    let res = app.post(&step(1), &[("choice", &opt(0, 1)), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], step(2).as_str());

    let res = app.post(&step(2), &[("choice", &opt(0, 0)), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST, "an option of another question");
    assert_eq!(res.headers()["x-ungstemme-error"], "error-unknown-option");
    let res = app
        .post(&step(2), &[("choice", &opt(1, 0)), ("choice", &opt(1, 3)), ("nav", "next")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let long = "ø".repeat(5001);
    let res = app.post(&step(4), &[("text", &long), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("opptil 5000 tegn"), "explained in bokmål");
    let res = app.post(&step(4), &[("text", "Mer lys i parken"), ("nav", "back")]).await;
    assert_eq!(res.headers()[LOCATION], step(3).as_str());
    let res = app.post(&step(3), &[("scale", "6"), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app.post(&step(6), &[("nav", "skip")]).await;
    assert_eq!(res.headers()[LOCATION], step(7).as_str());
    let res = app.post(&step(7), &[("scale", "5"), ("nav", "next")]).await;
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/about").as_str());
    assert_eq!(app.post(&step(8), &[("nav", "next")]).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.post(&step(1), &[("nav", "sideways")]).await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        app.post("/r/not-a-token/q/1", &[("nav", "next")]).await.status(),
        StatusCode::NOT_FOUND
    );

    let draft = app.store.draft(&token).await.unwrap().unwrap();
    assert_eq!(draft.answers.len(), 4, "1, 2, 4 and 7; the refused ones left no trace");
    assert!(draft.answers.contains_key(&q(3)));
    let answers = serde_json::to_string(&draft.answers).unwrap();

    // Forged or malformed final posts: 4xx, nothing stored.
    let submit = format!("/r/{token}/submit");
    let other_key = uuid::Uuid::new_v4().to_string();
    let bad_json = answers.replace('{', "[");
    let unknown_q = r#"{"999999":{"kind":"scale","value":3}}"#.to_string();
    for (what, form) in [
        (
            "key of another draft",
            vec![("key", other_key.as_str()), ("code", "SVAR25"), ("answers", &answers)],
        ),
        ("no key", vec![("code", "SVAR25"), ("answers", &answers)]),
        ("malformed answers", vec![("key", &token), ("code", "SVAR25"), ("answers", &bad_json)]),
        ("unknown question", vec![("key", &token), ("code", "SVAR25"), ("answers", &unknown_q)]),
        (
            "unknown age band",
            vec![("key", &token), ("code", "SVAR25"), ("answers", &answers), ("age", "30-39")],
        ),
        (
            "unknown county",
            vec![("key", &token), ("code", "SVAR25"), ("answers", &answers), ("county", "narnia")],
        ),
        ("bad code", vec![("key", &token), ("code", "??"), ("answers", &answers)]),
    ] {
        let res = app.post(&submit, &form).await;
        assert!(res.status().is_client_error(), "{what}: {}", res.status());
    }
    assert_eq!(app.store.count_responses(session.id).await.unwrap(), 0);
    let huge = "x".repeat(300 * 1024);
    let res = app.post(&submit, &[("key", &token), ("code", "SVAR25"), ("answers", &huge)]).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);

    // The real post, then its retry: acknowledged twice, stored once.
    let form = [
        ("key", token.as_str()),
        ("code", "SVAR25"),
        ("answers", &answers),
        ("age", "20-24"),
        ("county", ""),
    ];
    for _ in 0..2 {
        let res = app.post(&submit, &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()[LOCATION], format!("/r/{token}/thanks").as_str());
    }
    assert_eq!(app.store.count_responses(session.id).await.unwrap(), 1);
    let stored = app.store.response(&token).await.unwrap().unwrap();
    assert_eq!(stored.age_band.as_deref(), Some("20-24"));
    assert_eq!(stored.county, None);
    assert_eq!(stored.lang, "nb");
    assert!(app.store.draft(&token).await.unwrap().is_none(), "the draft went with the commit");
    let thanks = app.http.get(app.url(&format!("/r/{token}/thanks"))).send().await.unwrap();
    assert_eq!(thanks.status(), StatusCode::OK);
    assert!(thanks.text().await.unwrap().contains("Ingen kan se hvem som skrev hva"));

    // Language choice: remembered in a cookie, followed by <html lang>.
    let res = app.http.get(app.url("/lang/se?to=/j/SVAR25")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], "/j/SVAR25");
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("lang=se;") && cookie.contains("SameSite=Lax"), "{cookie}");
    let html = app
        .http
        .get(app.url("/j/SVAR25"))
        .header(COOKIE, "lang=se")
        .header(ACCEPT_LANGUAGE, "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"se\"") && html.contains("Friddjaáigi doppe gos don orut"));
    assert_eq!(
        app.http.get(app.url("/lang/de")).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );

    // A closed session takes no more answers.
    let token2 = app.start().await;
    app.store.set_session_status(session.id, domain::SessionStatus::Closed).await.unwrap();
    assert_eq!(app.http.get(app.url("/j/SVAR25")).send().await.unwrap().status(), StatusCode::GONE);
    assert_eq!(app.post("/j/SVAR25/start", &[]).await.status(), StatusCode::GONE);
    let res = app
        .post(
            &format!("/r/{token2}/submit"),
            &[("key", &token2), ("code", "SVAR25"), ("answers", "{}")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
    assert_eq!(app.store.count_responses(session.id).await.unwrap(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn respondent_posts_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn respondent_posts_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}

/// Anonymity by construction: a response row has room for nothing that could point
/// at a person or a moment finer than the hour.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_row_holds_nothing_that_identifies() {
    let dir = tempfile::tempdir().unwrap();
    let store =
        Store::connect(&format!("sqlite://{}", dir.path().join("a.db").display())).await.unwrap();
    store.migrate().await.unwrap();
    let store::Backend::Sqlite(pool) = store.backend() else { unreachable!() };
    let cols: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('responses') ORDER BY cid")
            .fetch_all(pool)
            .await
            .unwrap();
    assert_eq!(
        cols,
        ["idempotency_key", "session_id", "submitted_hour", "lang", "age_band", "county"]
    );
    store.close().await;
}

/// `ungstemme admin create`: the first administrator, with an argon2id hash that
/// verifies, never the password itself; refused for a short password.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_administrator_is_created_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("admin.db").display());
    let run = |password: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_ungstemme"))
            .args(["admin", "create", "--email", "Leder@Innsats.no", "--name", "Leder"])
            .env("DATABASE_URL", &url)
            .env("UNGSTEMME_ADMIN_PASSWORD", password)
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    assert!(!run("kort").status.success(), "a short password is refused");
    let ok = run("et langt og godt passord");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(!run("et langt og godt passord").status.success(), "one account per e-mail");

    let store = Store::connect(&url).await.unwrap();
    let admin = store
        .staff_by_email(&domain::Email::parse("leder@innsats.no").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(admin.role, domain::Role::Admin);
    let hash = admin.password_hash.unwrap();
    assert!(hash.starts_with("$argon2id$") && !hash.contains("passord"));
    assert!(ungstemme_server::auth::password::verify("et langt og godt passord", &hash));
    store.close().await;
}
