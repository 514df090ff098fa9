//! Nothing acknowledged is lost, nothing is stored twice: phones submit as fast
//! as they can while the server process is killed with SIGKILL at random moments,
//! several times, and started again. After each restart every phone first sends
//! again what it had not heard back about (as the outbox does). At the end every
//! submission that got its 303 is in the database exactly once, and the database
//! holds nothing else. It prints how many resends were of answers the killed
//! server had already stored.
//!
//! `UNGSTEMME_TEST_BIN=target/release/ungstemme` runs it against a release build;
//! `CRASH_ROUNDS` sets how many kills (default 3). docs/PERFORMANCE.md has runs.

mod support;

use reqwest::{redirect::Policy, Client, StatusCode};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::Store;
use support::process::{free_port, postgres_database, start_server};

const PHONES: usize = 32;

/// What the phones know: keys the server acknowledged, and keys sent without an
/// answer (the server died meanwhile) that must be sent again.
#[derive(Default)]
struct Ledger {
    acked: HashSet<String>,
    unanswered: Vec<String>,
}

async fn submit(http: &Client, port: u16, key: &str) -> Result<(), ()> {
    let form = [("key", key), ("code", "SVAR25"), ("answers", "{}"), ("age", "13-15")];
    let sent =
        http.post(format!("http://127.0.0.1:{port}/r/{key}/submit")).form(&form).send().await;
    match sent {
        Ok(res) if res.status() == StatusCode::SEE_OTHER => Ok(()),
        Ok(res) => panic!("unexpected {} for {key}", res.status()),
        Err(_) => Err(()), // the server is gone: not acknowledged
    }
}

/// A random moment: 300 ms to 1.5 s into the load.
fn random_moment() -> Duration {
    let r = uuid::Uuid::new_v4().as_u128();
    Duration::from_millis(300 + (r % 1200) as u64)
}

async fn kill_mid_load(database_url: String) {
    let rounds: usize =
        std::env::var("CRASH_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(3);
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let http = Client::builder().redirect(Policy::none()).build().unwrap();
    let mut kills = Vec::new();
    // Resends, and how many of them the killed server had already stored (the
    // path that must not make a second copy).
    let (mut resent, mut resent_stored) = (0, 0);
    for round in 0..=rounds {
        if round > 0 {
            let store = Store::connect(&database_url).await.unwrap();
            let unanswered = ledger.lock().unwrap().unanswered.clone();
            for key in &unanswered {
                resent += 1;
                resent_stored += usize::from(store.response(key).await.unwrap().is_some());
            }
            store.close().await;
        }
        let port = free_port();
        // Flood control is off: 32 "phones" on one address, as fast as they go.
        let mut server = start_server(&database_url, port, &["--no-flood-control"]).await;

        // First what got no answer before the last kill; the server may have stored
        // it (then this is a repeat, and must not become a second copy).
        let retry = std::mem::take(&mut ledger.lock().unwrap().unanswered);
        for key in retry {
            submit(&http, port, &key).await.expect("the restarted server answers");
            ledger.lock().unwrap().acked.insert(key);
        }
        if round == rounds {
            server.kill().unwrap();
            server.wait().unwrap();
            break;
        }

        let before = ledger.lock().unwrap().acked.len();
        let mut phones = Vec::new();
        for _ in 0..PHONES {
            let (http, ledger) = (http.clone(), ledger.clone());
            phones.push(tokio::spawn(async move {
                loop {
                    let key = uuid::Uuid::new_v4().to_string();
                    match submit(&http, port, &key).await {
                        Ok(()) => ledger.lock().unwrap().acked.insert(key),
                        Err(()) => {
                            ledger.lock().unwrap().unanswered.push(key);
                            return;
                        }
                    };
                }
            }));
        }
        let moment = random_moment();
        tokio::time::sleep(moment).await;
        server.kill().unwrap(); // SIGKILL: no graceful shutdown, no flushing
        server.wait().unwrap();
        for p in phones {
            p.await.unwrap();
        }
        let acked = ledger.lock().unwrap().acked.len() - before;
        assert!(acked > 20, "the load ran in round {round}: {acked} acknowledged");
        kills.push((moment.as_millis(), acked));
    }

    let (acked, unanswered) = {
        let ledger = ledger.lock().unwrap();
        (ledger.acked.clone(), ledger.unanswered.len())
    };
    assert_eq!(unanswered, 0);
    let store = Store::connect(&database_url).await.unwrap();
    for key in &acked {
        assert!(store.response(key).await.unwrap().is_some(), "acknowledged {key} was lost");
    }
    let session =
        store.session_by_code(&domain::JoinCode::parse("SVAR25").unwrap()).await.unwrap().unwrap();
    let stored = store.count_responses(session.id).await.unwrap();
    assert_eq!(stored as usize, acked.len(), "every submission stored exactly once");
    eprintln!(
        "{}: {} kills at (ms, acknowledged) {kills:?}; {} submissions acknowledged, {stored} \
         stored; {resent} sent again after a kill, {resent_stored} of them already stored",
        store.kind(),
        kills.len(),
        acked.len()
    );
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_submissions_survive_sigkill_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    kill_mid_load(format!("sqlite://{}", dir.path().join("crash.db").display())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_submissions_survive_sigkill_on_postgres() {
    let Some((url, database)) = postgres_database("ungstemme_crash").await else { return };
    kill_mid_load(url).await;
    database.drop().await;
}
