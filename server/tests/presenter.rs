//! The presenter view of a live session, black-box: who may see it, its event
//! stream moving when a phone answers, the room controls (paced phones follow,
//! results hidden and shown, CSRF) — on SQLite, and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set.

mod support;

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Response, StatusCode};
use std::time::{Duration, Instant};
use support::staff::{account, csrf_in};
use support::{postgres_app, sqlite_app, TestApp};

/// An open event stream, read one event at a time.
struct Events {
    res: Response,
    buf: String,
}

impl Events {
    async fn open(app: &TestApp, path: &str, cookie: Option<&str>) -> Events {
        let mut req = app.http.get(app.url(path));
        if let Some(c) = cookie {
            req = req.header(COOKIE, c);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
        Events { res, buf: String::new() }
    }

    /// The next event's name and data (comments and keep-alives skipped).
    async fn next(&mut self) -> (String, String) {
        loop {
            while let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                let mut name = String::from("message");
                let mut data = None;
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        name = v.trim().to_string();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        data = Some(v.trim_start().to_string());
                    }
                }
                if let Some(data) = data {
                    return (name, data);
                }
            }
            let chunk = tokio::time::timeout(Duration::from_secs(10), self.res.chunk())
                .await
                .expect("an event within ten seconds")
                .unwrap()
                .expect("the stream stays open");
            self.buf.push_str(std::str::from_utf8(&chunk).unwrap());
        }
    }

    /// The next presenter snapshot, as JSON.
    async fn snapshot(&mut self) -> serde_json::Value {
        let (name, data) = self.next().await;
        assert_eq!(name, "snapshot");
        serde_json::from_str(&data).unwrap()
    }
}

fn bar_counts(snapshot: &serde_json::Value) -> Vec<i64> {
    snapshot["question"]["bars"]
        .as_array()
        .map(|bars| bars.iter().map(|b| b["count"].as_i64().unwrap()).collect())
        .unwrap_or_default()
}

async fn presenter_story(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let other_org = app.store.ensure_organisation("Et annet lag").await.unwrap();
    let mine = account(app, "fasilitator@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let theirs =
        account(app, "fasilitator@annet.no", domain::Role::Facilitator, Some(other_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;
    let admin = account(app, "admin@innsats.no", domain::Role::Admin, None).await;
    let consultation = app.session().await.consultation;

    // A live session, opened by its facilitator.
    let csrf = csrf_in(&app.get_with("/staff/consultations", &mine).await.text().await.unwrap());
    let id = consultation.id.to_string();
    let form = [("csrf", csrf.as_str()), ("consultation", id.as_str()), ("mode", "live")];
    let res = app.post_with("/staff/sessions", &mine, &form).await;
    let session_page = res.headers()[LOCATION].to_str().unwrap().to_string();
    let code = session_page.strip_prefix("/staff/sessions/").unwrap().to_string();
    let present = format!("{session_page}/present");
    let events = format!("{session_page}/events");
    let live = format!("{session_page}/live");
    assert!(app.get_with(&session_page, &mine).await.text().await.unwrap().contains(&present));

    // Who may see it: only the session's own facilitator.
    let anonymous = app.http.get(app.url(&present)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get_with(&present, &reviewer).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_with(&present, &admin).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_with(&present, &theirs).await.status(), StatusCode::NOT_FOUND);
    let anonymous = app.http.get(app.url(&events)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get_with(&events, &reviewer).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get_with(&events, &theirs).await.status(), StatusCode::NOT_FOUND);
    let res = app.get_with(&present, &mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("<svg") && html.contains(&format!("/j/{code}")), "QR code and link");
    assert!(html.contains("Spørsmål 1 av 7") && html.contains("0 har blitt med"), "{html}");
    assert!(html.contains(r#"http-equiv="refresh""#), "reloads itself without scripts");
    assert!(html.contains("Flere ganger i uka"), "the first question's options are the bars");
    assert!(html.contains(&format!(r#"action="{live}""#)), "the controls are forms");

    // The stream sends a snapshot at once, and a fresh one within a second of an answer.
    let mut stream = Events::open(app, &events, Some(&mine)).await;
    let first = stream.snapshot().await;
    assert_eq!(first["joined"], 0);
    assert_eq!(bar_counts(&first), [0, 0, 0, 0]);
    let res = app.post(&format!("/j/{code}/start"), &[]).await;
    let token = res.headers()[LOCATION].to_str().unwrap().split('/').nth(2).unwrap().to_string();
    assert!(res.headers().get(SET_COOKIE).is_none(), "no cookie for a phone");
    let q1 = &consultation.questions[0];
    let option = q1.options[1].id.to_string();
    let answered = Instant::now();
    let res = app.post(&format!("/r/{token}/q/1"), &[("choice", &option), ("nav", "next")]).await;
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/q/2").as_str(), "self-paced");
    let snapshot = loop {
        let s = stream.snapshot().await;
        if bar_counts(&s) == [0, 1, 0, 0] {
            break s;
        }
        assert!(answered.elapsed() < Duration::from_secs(3), "the answer shows up: {s}");
    };
    assert!(answered.elapsed() < Duration::from_secs(1), "within a second");
    assert_eq!(snapshot["joined"], 1, "a draft counts as joined");
    assert_eq!(snapshot["sent"], 0);

    // Paced: the phone is sent to the room's question, and told when it moves.
    assert_eq!(
        app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "paced")]).await.status(),
        StatusCode::SEE_OTHER
    );
    let mut phone = Events::open(app, &format!("/r/{token}/events"), None).await;
    assert_eq!(phone.next().await, ("current".to_string(), "1".to_string()));
    // A browser asks for HTML, and is sent on with 302 (a server-function call
    // from a hydrated page would get a header instead).
    let res = app
        .http
        .get(app.url(&format!("/r/{token}/q/2")))
        .header(reqwest::header::ACCEPT, "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/q/1").as_str());
    let res = app.post(&format!("/r/{token}/q/1"), &[("choice", &option), ("nav", "next")]).await;
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/q/1").as_str(), "waits for the room");
    let res = app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "next")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], present.as_str());
    assert_eq!(phone.next().await, ("current".to_string(), "2".to_string()));
    let res = app.post(&format!("/r/{token}/q/1"), &[("choice", &option), ("nav", "next")]).await;
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/q/2").as_str(), "follows the room");
    let page = app.http.get(app.url(&format!("/r/{token}/q/2"))).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("neste spørsmål kommer når"), "says so");
    let html = app.get_with(&present, &mine).await.text().await.unwrap();
    assert!(html.contains("Spørsmål 2 av 7") && html.contains("mobilene følger denne skjermen"));
    let moved = loop {
        let s = stream.snapshot().await;
        if s["position"] == 2 {
            break s;
        }
    };
    assert_eq!(moved["paced"], true);
    assert_eq!(bar_counts(&moved), [0, 0, 0, 0, 0], "nobody has answered question 2");

    // Hidden results: the prompt stays, bars and counts go, on the page and the stream.
    app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "hide")]).await;
    let html = app.get_with(&present, &mine).await.text().await.unwrap();
    assert!(html.contains("Resultatene er skjult.") && !html.contains("bar-count"));
    let hidden = loop {
        let s = stream.snapshot().await;
        if s["results_hidden"] == true {
            break s;
        }
    };
    assert!(bar_counts(&hidden).is_empty());
    app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "reveal")]).await;
    let html = app.get_with(&present, &mine).await.text().await.unwrap();
    assert!(!html.contains("Resultatene er skjult.") && html.contains("bar-count"));

    // Refused: a forged token, another organisation, an unknown action.
    let forged = app.post_with(&live, &mine, &[("csrf", "x"), ("do", "next")]).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let their_csrf = csrf_in(&app.get_with("/staff", &theirs).await.text().await.unwrap());
    let res = app.post_with(&live, &theirs, &[("csrf", &their_csrf), ("do", "next")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "dance")]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let state = app.store.live_state(app_session_id(app, &code).await).await.unwrap();
    assert_eq!(state, store::LiveState { position: 2, paced: true, results_hidden: false });

    // Self-paced again: the phone is told, and goes on at its own pace.
    app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "self-paced")]).await;
    assert_eq!(phone.next().await, ("current".to_string(), "free".to_string()));
    let res = app.post(&format!("/r/{token}/q/2"), &[("nav", "skip")]).await;
    assert_eq!(res.headers()[LOCATION], format!("/r/{token}/q/3").as_str());

    // Ending from the presenter view.
    app.post_with(&live, &mine, &[("csrf", &csrf), ("do", "end")]).await;
    let ended = loop {
        let s = stream.snapshot().await;
        if s["accepting"] == false {
            break s;
        }
    };
    assert_eq!(ended["joined"], 1);
}

async fn app_session_id(app: &TestApp, code: &str) -> i64 {
    let code = domain::JoinCode::parse(code).unwrap();
    app.store.session_by_code(&code).await.unwrap().unwrap().id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presenter_on_sqlite() {
    let app = sqlite_app().await;
    presenter_story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presenter_on_postgres() {
    if let Some(app) = postgres_app().await {
        presenter_story(&app).await;
        app.finish().await;
    }
}
