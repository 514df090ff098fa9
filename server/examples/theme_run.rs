//! Times one theming run over every stored text, as the reviewers' button starts
//! it, and prints each step as the run's record shows it (what the reviewers'
//! page reads) with the time since the start.
//!
//! ```sh
//! cargo run --release -p ungstemme-server --example fill_texts -- sqlite:///tmp/1m.db 1000000
//! cargo run --release -p ungstemme-server --example theme_run -- sqlite:///tmp/1m.db
//! ```

use std::time::{Duration, Instant};
use store::{RunState, Store};

#[tokio::main]
async fn main() {
    let db = std::env::args().nth(1).unwrap_or_else(|| "sqlite:///tmp/ungstemme-1m.db".into());
    let store = Store::connect(&db).await.expect("the database");
    store.migrate().await.expect("migrations");
    let t = Instant::now();
    let id = ungstemme_server::theme_job::start(&store, None)
        .await
        .expect("start")
        .expect("no other run is alive");
    let mut last = String::new();
    loop {
        let (latest, _) = store.theme_runs_latest().await.unwrap();
        let run = latest.expect("the run");
        assert_eq!(run.id, id);
        let now = format!("{:?} {} / {}", run.phase, run.done, run.total);
        if now != last && run.state == RunState::Running {
            println!("{:6.1} s  {now}", t.elapsed().as_secs_f64());
            last = now;
        }
        if run.state != RunState::Running {
            println!(
                "{:6.1} s  {:?}: {} texts, {} themes",
                t.elapsed().as_secs_f64(),
                run.state,
                run.texts,
                store.run_themes(id).await.unwrap().len()
            );
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    store.close().await;
}
