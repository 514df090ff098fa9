//! Nothing acknowledged is lost: phones submit concurrently while the server
//! process is killed with SIGKILL; every submission that got its 303 before the
//! kill must be in the database afterwards.

use reqwest::{redirect::Policy, Client, StatusCode};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::Store;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start_server(database_url: &str, port: u16) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ungstemme"))
        .args(["serve", "--demo", "--addr", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start ungstemme");
    let http = Client::new();
    for _ in 0..200 {
        if http.get(format!("http://127.0.0.1:{port}/healthz")).send().await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not come up");
}

async fn kill_mid_load(database_url: String) {
    let port = free_port();
    let mut server = start_server(&database_url, port).await;
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let http = Client::builder().redirect(Policy::none()).build().unwrap();
    let mut phones = Vec::new();
    for _ in 0..32 {
        let (http, acked) = (http.clone(), acked.clone());
        phones.push(tokio::spawn(async move {
            loop {
                let key = uuid::Uuid::new_v4().to_string();
                let form = [
                    ("key", key.as_str()),
                    ("code", "SVAR25"),
                    ("answers", "{}"),
                    ("age", "13-15"),
                ];
                let sent = http
                    .post(format!("http://127.0.0.1:{port}/r/{key}/submit"))
                    .form(&form)
                    .send()
                    .await;
                match sent {
                    Ok(res) if res.status() == StatusCode::SEE_OTHER => {
                        acked.lock().unwrap().push(key)
                    }
                    Ok(res) => panic!("unexpected {}", res.status()),
                    Err(_) => return, // the server is gone
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    server.kill().unwrap(); // SIGKILL: no graceful shutdown, no flushing
    server.wait().unwrap();
    for p in phones {
        p.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() > 50, "the load ran: {} acknowledged", acked.len());

    let store = Store::connect(&database_url).await.unwrap();
    for key in &acked {
        assert!(store.response(key).await.unwrap().is_some(), "acknowledged {key} was lost");
    }
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_submissions_survive_sigkill_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    kill_mid_load(format!("sqlite://{}", dir.path().join("crash.db").display())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_submissions_survive_sigkill_on_postgres() {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(std::env::var("UNGSTEMME_REQUIRE_POSTGRES").as_deref() != Ok("1"));
        return;
    };
    let name = format!("ungstemme_crash_{}", uuid::Uuid::new_v4().simple());
    let admin = Store::connect(&admin_url).await.unwrap();
    let store::Backend::Postgres(pool) = admin.backend() else { unreachable!() };
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(pool).await.unwrap();
    let base = admin_url.split('?').next().unwrap();
    kill_mid_load(format!("{}/{name}", &base[..base.rfind('/').unwrap()])).await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(pool)
        .await
        .unwrap();
    admin.close().await;
}
