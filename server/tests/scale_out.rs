//! Several `ungstemme` processes on one PostgreSQL database serve the same
//! sessions: a staff sign-in on one holds on the other, a phone that starts on
//! one shows up live on a presenter view connected to the other, and a
//! consultation edited elsewhere is shown as edited next, not as remembered; and
//! processes given the same peer secret share their flood limits.

mod support;

use domain::{Lang, LocalizedText, Role};
use futures_util::StreamExt;
use reqwest::header::COOKIE;
use reqwest::StatusCode;
use std::time::Duration;
use store::Store;
use support::process::{
    free_port, postgres_database, start_server, start_server_logging, wait_for_line,
};
use support::staff::{account, PASSWORD};
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
    let cookie = account(&app_a, "leder@demo.no", Role::Facilitator, Some(org)).await;
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

/// With the same `UNGSTEMME_PEER_SECRET` the processes agree on one day key and
/// tell each other what they let through: one client whose posts are spread over
/// both gets one allowance (600 at once, then 25 a second), not one from each;
/// and five wrong passwords for one account, spread over both, lock it on both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_hold_across_two_processes() {
    let Some((url, database)) = postgres_database("ungstemme_flood_peers").await else { return };
    let env = [("UNGSTEMME_PEER_SECRET", "one secret the operator gave both")];
    let extra = ["--client-address-header", "x-real-ip"];
    let log = "error,ungstemme_server::flood=info";
    let (port_a, port_b) = (free_port(), free_port());
    let (mut a, a_log) = start_server_logging(&url, port_a, &extra, &env, log).await;
    let (mut b, b_log) = start_server_logging(&url, port_b, &extra, &env, log).await;
    let agreed = "flood limits are shared with the other server processes";
    assert!(wait_for_line(&a_log, agreed, Duration::from_secs(10)), "A agreed on a key");
    assert!(wait_for_line(&b_log, agreed, Duration::from_secs(10)), "B agreed on a key");

    // 1 500 starts from one address, every other one to each process, 8 at a time.
    let http =
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let started = std::time::Instant::now();
    let statuses: Vec<(usize, StatusCode)> = futures_util::stream::iter(0..1_500usize)
        .map(|n| {
            let port = if n % 2 == 0 { port_a } else { port_b };
            let http = http.clone();
            async move {
                let res = http
                    .post(format!("http://127.0.0.1:{port}/j/SVAR25/start"))
                    .header("x-real-ip", "198.51.100.7")
                    .send()
                    .await
                    .unwrap();
                (n % 2, res.status())
            }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    let seconds = started.elapsed().as_secs_f64();
    let taken = |side: usize| {
        statuses.iter().filter(|(s, st)| *s == side && *st == StatusCode::SEE_OTHER).count()
    };
    let refused = statuses.iter().filter(|(_, st)| *st == StatusCode::TOO_MANY_REQUESTS).count();
    let (on_a, on_b) = (taken(0), taken(1));
    assert_eq!(on_a + on_b + refused, 1_500, "every post was taken or refused: {statuses:?}");
    // Alone, each process would take its own 600 (1 200 together). Shared: one
    // burst, the refill over the run, and what crossed before the other heard.
    let allowance = 600.0 + 25.0 * seconds + 150.0;
    eprintln!("{seconds:.1} s: A took {on_a}, B took {on_b}, {refused} refused");
    assert!(on_a + on_b >= 600, "the first 600 are taken");
    assert!(
        ((on_a + on_b) as f64) < allowance.min(1_150.0),
        "one allowance across both: A took {on_a}, B {on_b} in {seconds:.1} s"
    );
    assert!(on_a > 200 && on_b > 200, "both processes took posts: {on_a} / {on_b}");

    // Another address is not slowed by it, on either process.
    for port in [port_a, port_b] {
        let res = http
            .post(format!("http://127.0.0.1:{port}/j/SVAR25/start"))
            .header("x-real-ip", "198.51.100.8")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }

    // Guessing a password: three tries on A, two on B. Each process alone has
    // seen fewer than five; together they are five, and the account waits.
    let store = Store::connect(&url).await.unwrap();
    let (app_a, app_b) = (
        TestApp::external(format!("http://127.0.0.1:{port_a}"), store.clone()),
        TestApp::external(format!("http://127.0.0.1:{port_b}"), store.clone()),
    );
    let org = store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    account(&app_a, "leder@demo.no", Role::Facilitator, Some(org)).await;
    // That sign-in succeeded, which B hears as "start counting afresh"; let it
    // arrive before the guesses start.
    tokio::time::sleep(Duration::from_secs(1)).await;
    for app in [&app_a, &app_b, &app_a, &app_b, &app_a] {
        let guess = app.sign_in("leder@demo.no", "gjetning gjetning").await;
        assert_eq!(guess, Err(StatusCode::UNAUTHORIZED));
    }
    // Told within 100 ms (and 50 ms of gathering); a second is plenty.
    tokio::time::sleep(Duration::from_secs(1)).await;
    for app in [&app_b, &app_a] {
        let right = app.sign_in("leder@demo.no", PASSWORD).await;
        assert_eq!(right, Err(StatusCode::TOO_MANY_REQUESTS), "locked on both");
    }

    store.close().await;
    for p in [&mut a, &mut b] {
        p.kill().unwrap();
        p.wait().unwrap();
    }
    database.drop().await;
}
