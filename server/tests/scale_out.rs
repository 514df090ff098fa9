//! Several `ungstemme` processes on one PostgreSQL database serve the same
//! sessions: a staff sign-in on one holds on the other, a phone that starts on
//! one shows up live on a presenter view connected to the other, and a
//! consultation edited elsewhere is shown as edited next, not as remembered.

mod support;

use domain::{Lang, LocalizedText, Role};
use futures_util::StreamExt;
use reqwest::header::COOKIE;
use reqwest::StatusCode;
use std::time::Duration;
use store::Store;
use support::process::{free_port, postgres_database, start_server};
use support::staff::PASSWORD;
use support::TestApp;

/// The next `snapshot` event's JSON on a presenter stream.
async fn next_snapshot(
    stream: &mut (impl futures_util::Stream<Item = reqwest::Result<axum::body::Bytes>> + Unpin),
    buffer: &mut String,
) -> serde_json::Value {
    let read = async {
        loop {
            if let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                if event.lines().any(|l| l == "event: snapshot") {
                    let data: String =
                        event.lines().filter_map(|l| l.strip_prefix("data: ")).collect();
                    return serde_json::from_str(&data).unwrap();
                }
                continue;
            }
            let chunk = stream.next().await.expect("the stream stays open").unwrap();
            buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read).await.expect("a snapshot within 10 s")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_serve_one_session() {
    let Some((url, database)) = postgres_database("ungstemme_scale").await else { return };
    let (port_a, port_b) = (free_port(), free_port());
    // One after the other: the first migrates and loads the demo.
    let mut a = start_server(&url, port_a, &[]).await;
    let mut b = start_server(&url, port_b, &[]).await;
    let store = Store::connect(&url).await.unwrap();
    let (app_a, app_b) = (
        TestApp::external(format!("http://127.0.0.1:{port_a}"), store.clone()),
        TestApp::external(format!("http://127.0.0.1:{port_b}"), store.clone()),
    );

    // A facilitator of the demo organisation signs in on A; the session holds on B.
    let org = store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let email = domain::Email::parse("leder@demo.no").unwrap();
    let hash = ungstemme_server::auth::password::hash(PASSWORD).unwrap();
    store
        .create_staff(store::NewStaff {
            email: &email,
            display_name: "Leder",
            role: Role::Facilitator,
            organisation_id: Some(org),
            password_hash: Some(&hash),
        })
        .await
        .unwrap();
    let cookie = app_a.sign_in("leder@demo.no", PASSWORD).await.unwrap();
    assert_eq!(app_b.get_with("/staff", &cookie).await.status(), StatusCode::OK);

    // The presenter view's stream on B; a phone starts and sends on A.
    let res = app_b
        .http
        .get(app_b.url("/staff/sessions/SVAR25/events"))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let mut stream = res.bytes_stream();
    let mut buffer = String::new();
    let first = next_snapshot(&mut stream, &mut buffer).await;
    assert_eq!(first["joined"], 0);
    let token = app_a.start().await;
    let joined = next_snapshot(&mut stream, &mut buffer).await;
    assert_eq!(joined["joined"], 1, "B's presenter saw A's phone join: {joined}");
    let form =
        [("key", token.as_str()), ("code", "SVAR25"), ("answers_from", "draft"), ("answers", "{}")];
    let res = app_a.post(&format!("/r/{token}/submit"), &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let sent = next_snapshot(&mut stream, &mut buffer).await;
    assert_eq!(sent["sent"], 1, "B's presenter saw A's phone send: {sent}");

    // An edit by another process (here a third connection that signals as the
    // server does): B shows the new title next, not the one it remembered.
    let session = app_a.session().await;
    let page = app_b.http.get(app_b.url("/j/SVAR25")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Ny tittel fra A"));
    let title = LocalizedText::new([(Lang::Nb, "Ny tittel fra A".to_string())]).unwrap();
    let intro = session.consultation.intro.clone();
    let writer = Store::connect(&url).await.unwrap();
    writer.start_signals().await.unwrap();
    writer.set_consultation_texts(session.consultation.id, &title, &intro).await.unwrap();
    let mut seen = false;
    for _ in 0..50 {
        let page =
            app_b.http.get(app_b.url("/j/SVAR25")).send().await.unwrap().text().await.unwrap();
        if page.contains("Ny tittel fra A") {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(seen, "B shows the edited title within 5 s");

    writer.close().await;
    store.close().await;
    for p in [&mut a, &mut b] {
        p.kill().unwrap();
        p.wait().unwrap();
    }
    database.drop().await;
}
