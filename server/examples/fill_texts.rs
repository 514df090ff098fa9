//! Fills a database with many free-text answers, for measuring what reviewers'
//! views and the theming job cost at scale (docs/PERFORMANCE.md).
//!
//! Each text joins two hand-written training examples of one language
//! (analysis/data/train.jsonl), so there are about a million distinct texts in four
//! languages on the framework's topics. Responses are spread over a year of hours,
//! the 15 counties, the five age bands and the four languages; 90 % of the texts
//! are approved, 8 % wait and 2 % are hidden. Each text carries the hand-written
//! labels of its two examples (the first one's goal and arena as the main ones), as
//! if the engine had labelled it. Rows are written straight into the tables the
//! submission writer and the labeller fill (responses, answers, text_reviews,
//! text_labels), in large transactions, into a database with nothing but the demo
//! in it: this is a generator, not the submission path. Deterministic: the same
//! count gives the same data.
//!
//! ```sh
//! cargo run --release -p ungstemme-server --example fill_texts -- sqlite:///tmp/1m.db 1000000
//! ```

use std::time::Instant;
use store::{Backend, Store};

const TRAIN: &str = include_str!("../../analysis/data/train.jsonl");
/// Rows per transaction (each statement holds a fraction of it).
const BATCH: usize = 20_000;
/// Rows per multi-row INSERT: at most 9 binds each, below SQLite's limit of 32 766.
const ROWS_PER_STATEMENT: usize = 3_000;

/// A training example: its text and framework labels.
type Example = (String, Vec<String>);

struct Row {
    id: i64,
    key: String,
    hour: i64,
    lang: &'static str,
    age: &'static str,
    county: &'static str,
    text: String,
    status: &'static str,
    /// (dimension, label): both examples' labels.
    labels: Vec<(&'static str, String)>,
    main_goal: Option<String>,
    main_arena: Option<String>,
}

fn dimension_of(label: &str) -> Option<domain::Dimension> {
    domain::Dimension::ALL.into_iter().find(|d| d.knows(label))
}

fn rows(examples: &[(&'static str, Vec<Example>)], start: usize, n: usize, seed: u64) -> Vec<Row> {
    let mut rng = seed ^ (start as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    // Bokmål is most of what comes in; every language is well represented.
    let langs = [0, 0, 0, 1, 2, 3];
    let start_hour = 493_000; // 2026-03-29, in hours since the epoch
    (start..start + n)
        .map(|i| {
            let (lang, texts) = &examples[langs[next() as usize % langs.len()]];
            let a = &texts[next() as usize % texts.len()];
            let b = &texts[next() as usize % texts.len()];
            let roll = next() % 100;
            let mut labels: Vec<(&'static str, String)> = Vec::new();
            for l in a.1.iter().chain(&b.1) {
                if let Some(d) = dimension_of(l) {
                    if !labels.iter().any(|(_, x)| x == l) {
                        labels.push((d.as_str(), l.clone()));
                    }
                }
            }
            // The first text's labels lead: its goal and arena are the main ones.
            let main = |d: &str| labels.iter().find(|(x, _)| *x == d).map(|(_, l)| l.clone());
            let (main_goal, main_arena) = (main("goal"), main("arena"));
            Row {
                id: i as i64 + 1,
                labels,
                main_goal,
                main_arena,
                lang,
                key: format!("00000000-0000-4000-8000-{i:012}"),
                hour: start_hour + (next() % (365 * 24)) as i64,
                age: domain::AgeBand::ALL[next() as usize % 5].id(),
                county: domain::County::ALL[next() as usize % domain::County::ALL.len()],
                text: format!("{} {}", a.0, b.0),
                status: if roll < 90 {
                    "approved"
                } else if roll < 98 {
                    "pending"
                } else {
                    "hidden"
                },
            }
        })
        .collect()
}

macro_rules! insert_batch {
    ($pool:expr, $batch:expr, $session:expr, $question:expr) => {{
        let mut tx = $pool.begin().await.unwrap();
        for chunk in $batch.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO responses (idempotency_key, session_id, submitted_hour, lang, age_band, county) ",
            );
            q.push_values(chunk, |mut b, r| {
                b.push_bind(&r.key)
                    .push_bind($session)
                    .push_bind(r.hour)
                    .push_bind(r.lang)
                    .push_bind(r.age)
                    .push_bind(r.county);
            });
            q.build().execute(&mut *tx).await.unwrap();
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO answers (response_key, seq, question_id, body) ",
            );
            q.push_values(chunk, |mut b, r| {
                b.push_bind(&r.key).push_bind(0i64).push_bind($question).push_bind(&r.text);
            });
            q.build().execute(&mut *tx).await.unwrap();
            let mut q = sqlx::QueryBuilder::new(
                "INSERT INTO text_reviews (id, response_key, seq, session_id, lang, status, labelled, main_goal, main_arena) ",
            );
            q.push_values(chunk, |mut b, r| {
                b.push_bind(r.id)
                    .push_bind(&r.key)
                    .push_bind(0i64)
                    .push_bind($session)
                    .push_bind(r.lang)
                    .push_bind(r.status)
                    .push_bind(1i64)
                    .push_bind(&r.main_goal)
                    .push_bind(&r.main_arena);
            });
            q.build().execute(&mut *tx).await.unwrap();
            let labels: Vec<(i64, &str, &str)> = chunk
                .iter()
                .flat_map(|r| r.labels.iter().map(move |(d, l)| (r.id, *d, l.as_str())))
                .collect();
            for part in labels.chunks(ROWS_PER_STATEMENT) {
                let mut q = sqlx::QueryBuilder::new(
                    "INSERT INTO text_labels (review_id, dimension, label, confidence, source) ",
                );
                q.push_values(part, |mut b, (id, d, l)| {
                    b.push_bind(*id).push_bind(*d).push_bind(*l).push_bind(0.8f64).push_bind("auto");
                });
                q.build().execute(&mut *tx).await.unwrap();
            }
        }
        tx.commit().await.unwrap();
    }};
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let db = args.first().cloned().unwrap_or_else(|| "sqlite:///tmp/ungstemme-1m.db".into());
    let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let store = Store::connect(&db).await.expect("the database");
    store.migrate().await.expect("migrations");
    let session = ungstemme_server::cli::load_demo(&store).await.expect("the demo session");
    let info = store.session_by_id(session).await.unwrap().unwrap();
    let question = info
        .consultation
        .questions
        .iter()
        .find(|q| q.kind == domain::QuestionKind::FreeText)
        .expect("the demo has a free-text question")
        .id;
    let lines: Vec<serde_json::Value> =
        TRAIN.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let examples: Vec<(&'static str, Vec<Example>)> = ["nb", "nn", "se", "en"]
        .into_iter()
        .map(|lang| {
            let texts = lines
                .iter()
                .filter(|v| v["lang"].as_str() == Some(lang))
                .filter_map(|v| {
                    let labels = v["labels"]
                        .as_array()?
                        .iter()
                        .filter_map(|l| l.as_str().map(str::to_string))
                        .collect();
                    Some((v["text"].as_str()?.to_string(), labels))
                })
                .collect();
            (lang, texts)
        })
        .collect();
    let t = Instant::now();
    let mut done = 0;
    while done < n {
        let batch = rows(&examples, done, BATCH.min(n - done), 7);
        match store.backend() {
            Backend::Sqlite(pool) => insert_batch!(pool, batch, session, question),
            Backend::Postgres(pool) => insert_batch!(pool, batch, session, question),
        }
        done += batch.len();
        eprint!("\r{done} / {n} texts");
    }
    if let Backend::Postgres(pool) = store.backend() {
        // Ids were given explicitly: move the identity past them.
        sqlx::query("SELECT setval(pg_get_serial_sequence('text_reviews', 'id'), (SELECT MAX(id) FROM text_reviews))")
            .execute(pool)
            .await
            .unwrap();
    }
    eprintln!("\nwrote {n} texts in {:.1} s", t.elapsed().as_secs_f64());
    store.close().await;
}
