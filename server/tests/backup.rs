//! Backups of a running instance, restored and compared: `ungstemme backup`
//! taken while phones submit holds only rows the database has (a consistent
//! snapshot, nothing half-written); taken once they stop, it restores to exactly
//! the same rows, table by table, and a server started on the restored copy
//! serves them. SQLite (`VACUUM INTO`) and PostgreSQL (`pg_dump`/`pg_restore`).

mod support;

use reqwest::{redirect::Policy, Client, StatusCode};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use store::{Backend, Store};
use support::process::{binary, free_port, postgres_database, start_server};

/// Every table's rows as text, sorted.
async fn rows(url: &str) -> BTreeMap<String, Vec<String>> {
    let store = Store::connect(url).await.unwrap();
    let mut out = BTreeMap::new();
    match store.backend() {
        Backend::Sqlite(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            for table in tables {
                let columns: Vec<String> =
                    sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
                        .bind(&table)
                        .fetch_all(pool)
                        .await
                        .unwrap();
                let row = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>();
                let sql = format!("SELECT {} FROM \"{table}\"", row.join(" || '|' || "));
                let mut texts: Vec<String> =
                    sqlx::query_scalar(&sql).fetch_all(pool).await.unwrap();
                texts.sort();
                out.insert(table, texts);
            }
        }
        Backend::Postgres(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            for table in tables {
                let sql = format!("SELECT t::text FROM \"{table}\" t");
                let mut texts: Vec<String> =
                    sqlx::query_scalar(&sql).fetch_all(pool).await.unwrap();
                texts.sort();
                out.insert(table, texts);
            }
        }
    }
    store.close().await;
    out
}

fn backup(url: &str, to: &Path) {
    let status = Command::new(binary())
        .args(["backup", "--to"])
        .arg(to)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "error")
        .status()
        .unwrap();
    assert!(status.success(), "ungstemme backup: {status}");
}

/// Phones submitting until `stop`: returns how many were acknowledged.
fn load(port: u16, stop: Arc<AtomicBool>) -> Vec<tokio::task::JoinHandle<usize>> {
    let http = Client::builder().redirect(Policy::none()).build().unwrap();
    (0..8)
        .map(|_| {
            let (http, stop) = (http.clone(), stop.clone());
            tokio::spawn(async move {
                let mut acked = 0;
                while !stop.load(Ordering::Relaxed) {
                    let key = uuid::Uuid::new_v4().to_string();
                    let form = [("key", key.as_str()), ("code", "SVAR25"), ("answers", "{}")];
                    let res = http
                        .post(format!("http://127.0.0.1:{port}/r/{key}/submit"))
                        .form(&form)
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(res.status(), StatusCode::SEE_OTHER);
                    acked += 1;
                }
                acked
            })
        })
        .collect()
}

/// Backs up `url` under load and again at rest; `restore` turns a backup file into
/// a database URL. Checks both copies against the live database.
async fn back_up_and_restore<F, Fut>(url: &str, dir: &Path, restore: F)
where
    F: Fn(std::path::PathBuf) -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let port = free_port();
    let mut server = start_server(url, port, &["--no-flood-control"]).await;
    let stop = Arc::new(AtomicBool::new(false));
    let phones = load(port, stop.clone());
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let during = dir.join("during.backup");
    let url2 = url.to_string();
    let during2 = during.clone();
    tokio::task::spawn_blocking(move || backup(&url2, &during2)).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    stop.store(true, Ordering::Relaxed);
    let mut acked = 0;
    for p in phones {
        acked += p.await.unwrap();
    }
    assert!(acked > 20, "the load ran: {acked}");
    let after = dir.join("after.backup");
    let (url2, after2) = (url.to_string(), after.clone());
    tokio::task::spawn_blocking(move || backup(&url2, &after2)).await.unwrap();

    let live = rows(url).await;
    assert!(live["responses"].len() >= acked);

    // Taken under load: a snapshot, so every row it has is in the live database.
    let during = rows(&restore(during).await).await;
    assert_eq!(during.keys().collect::<Vec<_>>(), live.keys().collect::<Vec<_>>());
    for (table, rows) in &during {
        for row in rows {
            assert!(
                live[table].binary_search(row).is_ok(),
                "{table}: {row} is not in the live database"
            );
        }
    }
    assert!(!during["responses"].is_empty() && during["responses"].len() < live["responses"].len());

    // Taken at rest: exactly the live rows.
    let restored_url = restore(after).await;
    assert_eq!(rows(&restored_url).await, live);

    // A server on the restored copy serves the same answers.
    server.kill().unwrap();
    server.wait().unwrap();
    let port = free_port();
    let mut restored = start_server(&restored_url, port, &[]).await;
    let export = |url: &str| {
        let out = Command::new(binary())
            .args(["export", "--code", "SVAR25"])
            .env("DATABASE_URL", url)
            .env("RUST_LOG", "error")
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let res = reqwest::get(format!("http://127.0.0.1:{port}/j/SVAR25")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    restored.kill().unwrap();
    restored.wait().unwrap();
    let (a, b) = (export(url), export(&restored_url));
    assert_eq!(a.iter().filter(|c| **c == b'\n').count(), live["responses"].len());
    assert_eq!(a, b, "the restored copy exports the same answers");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_of_a_running_instance_restores() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("live.db").display());
    let target = dir.path().to_path_buf();
    back_up_and_restore(&url, dir.path(), |file| {
        // Restoring SQLite is putting the file where the server looks for it.
        let to = target.join(format!("{}.db", uuid::Uuid::new_v4().simple()));
        std::fs::copy(&file, &to).unwrap();
        async move { format!("sqlite://{}", to.display()) }
    })
    .await;
    // A backup never overwrites anything.
    let status = Command::new(binary())
        .args(["backup", "--to"])
        .arg(dir.path().join("after.backup"))
        .env("DATABASE_URL", &url)
        .status()
        .unwrap();
    assert!(!status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_backup_of_a_running_instance_restores() {
    let Some((url, database)) = postgres_database("ungstemme_backup").await else { return };
    let dir = tempfile::tempdir().unwrap();
    let restored = Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = restored.clone();
    back_up_and_restore(&url, dir.path(), move |file| {
        let kept = kept.clone();
        async move {
            let (url, guard) = postgres_database("ungstemme_restored").await.unwrap();
            let status = Command::new("pg_restore")
                .args(["--no-owner", "--exit-on-error", "--dbname", &url])
                .arg(&file)
                .status()
                .unwrap();
            assert!(status.success(), "pg_restore: {status}");
            kept.lock().unwrap().push(guard);
            url
        }
    })
    .await;
    let guards = std::mem::take(&mut *restored.lock().unwrap());
    for guard in guards {
        guard.drop().await;
    }
    database.drop().await;
}
