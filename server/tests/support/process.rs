//! The real `ungstemme` binary as a separate process, for tests that kill it or
//! run several at once on one database.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use store::Store;

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The binary to run: `UNGSTEMME_TEST_BIN` (e.g. `target/release/ungstemme`; a
/// relative path is from the workspace, where the command is typed, not from
/// `server/`, where cargo runs the test) or this build's.
pub fn binary() -> String {
    match std::env::var("UNGSTEMME_TEST_BIN") {
        Ok(bin) => std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(bin)
            .to_string_lossy()
            .into_owned(),
        Err(_) => env!("CARGO_BIN_EXE_ungstemme").into(),
    }
}

/// `ungstemme serve --demo` on `port`, answering `/healthz`.
pub async fn start_server(database_url: &str, port: u16, extra: &[&str]) -> Child {
    let mut command = serve_command(database_url, port, extra);
    command.env("RUST_LOG", "error").stderr(Stdio::inherit());
    wait_until_up(command.spawn().expect("start ungstemme"), port).await
}

/// Like [`start_server`], with `env` set, and every line it logs at `log`
/// (`RUST_LOG` syntax) sent to the receiver as well as to this test's output.
pub async fn start_server_logging(
    database_url: &str,
    port: u16,
    extra: &[&str],
    env: &[(&str, &str)],
    log: &str,
) -> (Child, mpsc::Receiver<String>) {
    let mut command = serve_command(database_url, port, extra);
    command.envs(env.iter().copied()).env("RUST_LOG", log).stderr(Stdio::piped());
    let mut child = command.spawn().expect("start ungstemme");
    let stderr = child.stderr.take().expect("piped");
    let (lines, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("[{port}] {line}");
            let _ = lines.send(line);
        }
    });
    (wait_until_up(child, port).await, receiver)
}

/// Waits up to `within` for a logged line containing `text`.
pub fn wait_for_line(lines: &mpsc::Receiver<String>, text: &str, within: Duration) -> bool {
    let until = std::time::Instant::now() + within;
    while let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(text) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
}

fn serve_command(database_url: &str, port: u16, extra: &[&str]) -> Command {
    let mut command = Command::new(binary());
    command
        .args(["serve", "--demo", "--addr", &format!("127.0.0.1:{port}")])
        .args(extra)
        .env("DATABASE_URL", database_url)
        .stdout(Stdio::null());
    command
}

async fn wait_until_up(mut child: Child, port: u16) -> Child {
    let http = reqwest::Client::new();
    for _ in 0..400 {
        if http.get(format!("http://127.0.0.1:{port}/healthz")).send().await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("server did not come up");
}

/// A fresh PostgreSQL database on TEST_POSTGRES_URL's server: its URL, and a
/// guard that drops it. `None` when PostgreSQL is not configured (and not required).
pub async fn postgres_database(prefix: &str) -> Option<(String, DropDatabase)> {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("UNGSTEMME_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "UNGSTEMME_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        return None;
    };
    let name = format!("{prefix}_{}", uuid::Uuid::new_v4().simple());
    let admin = Store::connect(&admin_url).await.unwrap();
    let store::Backend::Postgres(pool) = admin.backend() else { unreachable!() };
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(pool).await.unwrap();
    admin.close().await;
    let base = admin_url.split('?').next().unwrap();
    let url = format!("{}/{name}", &base[..base.rfind('/').unwrap()]);
    Some((url, DropDatabase { admin_url, name }))
}

pub struct DropDatabase {
    admin_url: String,
    name: String,
}

impl DropDatabase {
    pub async fn drop(self) {
        let admin = Store::connect(&self.admin_url).await.unwrap();
        let store::Backend::Postgres(pool) = admin.backend() else { unreachable!() };
        sqlx::query(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
            .execute(pool)
            .await
            .unwrap();
        admin.close().await;
    }
}
