//! Submit-to-presenter latency with many phones in one live session.
//!
//! Against a running server (started with `--demo`) and its database, this makes a
//! facilitator in the demo organisation, opens a live session through the real
//! forms, connects the presenter's event stream, starts `--phones` phones, and has
//! each answer question 1 (a real form post) at a moment spread evenly over
//! `--spread-ms`. For each answer it measures the time from sending the post to the
//! first snapshot whose count includes it, and prints p50, p95 and the maximum.
//!
//! Answers carry no identity in a snapshot, so "includes it" means: the snapshot
//! counts at least as many answers as had been saved when this post's response
//! came back (its rank by completion). That is what the room sees.
//!
//! ```sh
//! target/release/ungstemme serve --demo --database-url sqlite:///tmp/fanout.db --addr 127.0.0.1:3000 &
//! cargo run --release -p ungstemme-server --example presenter_fanout -- \
//!     http://127.0.0.1:3000 sqlite:///tmp/fanout.db 500 10000
//! ```

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{redirect::Policy, Client, Response};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn cookie_of(res: &Response) -> Option<String> {
    res.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
        let pair = c.split(';').next()?.trim().to_string();
        pair.starts_with("ungstemme_staff=").then_some(pair)
    })
}

fn csrf_in(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = args.first().cloned().unwrap_or_else(|| "http://127.0.0.1:3000".into());
    let db = args.get(1).cloned().unwrap_or_else(|| "sqlite://data/ungstemme.db".into());
    let phones: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(500);
    let spread = Duration::from_millis(args.get(3).and_then(|n| n.parse().ok()).unwrap_or(10_000));
    let url = |p: &str| format!("{base}{p}");
    let http = Client::builder()
        .redirect(Policy::none())
        .pool_max_idle_per_host(256)
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();

    // A facilitator in the demo organisation, signed in over HTTP.
    let store = store::Store::connect(&db).await.expect("the server's database");
    let org = store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let email = format!("fanout-{}@bench.invalid", uuid::Uuid::new_v4().simple());
    let password = "a long benchmark password";
    let hash = ungstemme_server::auth::password::hash(password).unwrap();
    store
        .create_staff(store::NewStaff {
            email: &domain::Email::parse(&email).unwrap(),
            display_name: "Bench",
            role: domain::Role::Facilitator,
            organisation_id: Some(org),
            password_hash: Some(&hash),
        })
        .await
        .unwrap();
    let demo = store
        .session_by_code(&domain::JoinCode::parse("SVAR25").unwrap())
        .await
        .unwrap()
        .expect("the demo is loaded (serve --demo)");
    let option = demo.consultation.questions[0].options[0].id.to_string();
    let res = http.get(url("/staff/sign-in")).send().await.unwrap();
    let cookie = cookie_of(&res).unwrap();
    let csrf = csrf_in(&res.text().await.unwrap());
    let res = http
        .post(url("/staff/sign-in"))
        .header(COOKIE, &cookie)
        .form(&[("csrf", csrf.as_str()), ("email", email.as_str()), ("password", password)])
        .send()
        .await
        .unwrap();
    let cookie = cookie_of(&res).expect("signed in");
    let page = http.get(url("/staff/consultations")).header(COOKIE, &cookie).send().await.unwrap();
    let csrf = csrf_in(&page.text().await.unwrap());
    let id = demo.consultation.id.to_string();
    let res = http
        .post(url("/staff/sessions"))
        .header(COOKIE, &cookie)
        .form(&[("csrf", csrf.as_str()), ("consultation", id.as_str()), ("mode", "live")])
        .send()
        .await
        .unwrap();
    let session = res.headers()[LOCATION].to_str().unwrap().to_string();
    let code = session.rsplit('/').next().unwrap().to_string();
    println!("live session {code}; {phones} phones answering over {spread:?}");

    // The presenter: every snapshot's arrival time and question-1 total.
    let snapshots: Arc<Mutex<Vec<(Instant, i64)>>> = Arc::default();
    let mut stream = http
        .get(url(&format!("{session}/events")))
        .header(COOKIE, &cookie)
        .timeout(Duration::from_secs(3600))
        .send()
        .await
        .unwrap();
    assert!(stream.status().is_success(), "{}", stream.status());
    let seen = snapshots.clone();
    tokio::spawn(async move {
        let mut buf = String::new();
        while let Ok(Some(chunk)) = stream.chunk().await {
            let at = Instant::now();
            buf.push_str(&String::from_utf8_lossy(&chunk));
            while let Some(end) = buf.find("\n\n") {
                let block: String = buf.drain(..end + 2).collect();
                for data in block.lines().filter_map(|l| l.strip_prefix("data:")) {
                    let v: serde_json::Value = serde_json::from_str(data.trim()).unwrap();
                    let total: i64 = v["question"]["bars"]
                        .as_array()
                        .map(|b| b.iter().map(|b| b["count"].as_i64().unwrap_or(0)).sum())
                        .unwrap_or(0);
                    seen.lock().unwrap().push((at, total));
                }
            }
        }
    });

    // Phones join first, as a room does when the code goes up.
    let started = Instant::now();
    let mut joins = Vec::new();
    for _ in 0..phones {
        let (http, url) = (http.clone(), url(&format!("/j/{code}/start")));
        joins.push(tokio::spawn(async move {
            let res = http.post(url).send().await.unwrap();
            let loc = res.headers()[LOCATION].to_str().unwrap().to_string();
            loc.split('/').nth(2).unwrap().to_string()
        }));
    }
    let mut tokens = Vec::new();
    for j in joins {
        tokens.push(j.await.unwrap());
    }
    println!("{phones} phones joined in {:?}", started.elapsed());
    tokio::time::sleep(Duration::from_secs(1)).await;

    // Then each answers question 1 at its moment.
    let begin = Instant::now();
    let mut posts = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        let (http, option) = (http.clone(), option.clone());
        let url = url(&format!("/r/{token}/q/1"));
        let at = begin + spread.mul_f64(((i * 7919) % phones) as f64 / phones as f64);
        posts.push(tokio::spawn(async move {
            tokio::time::sleep_until(at.into()).await;
            let sent = Instant::now();
            let res = http.post(url).form(&[("choice", option.as_str()), ("nav", "next")]).send();
            let res = res.await.unwrap();
            assert!(res.status().is_redirection(), "{}", res.status());
            (sent, Instant::now())
        }));
    }
    let mut times = Vec::new();
    for p in posts {
        times.push(p.await.unwrap());
    }
    let posts_took: Vec<Duration> = times.iter().map(|(s, d)| *d - *s).collect();
    tokio::time::sleep(Duration::from_secs(2)).await;

    // Rank by completion; latency to the first snapshot counting that many.
    times.sort_by_key(|(_, done)| *done);
    let snaps = snapshots.lock().unwrap().clone();
    let mut latencies = Vec::new();
    let mut missing = 0;
    for (rank, (sent, _)) in times.iter().enumerate() {
        match snaps.iter().find(|(at, n)| *n > rank as i64 && at >= sent) {
            Some((at, _)) => latencies.push(*at - *sent),
            None => missing += 1,
        }
    }
    latencies.sort();
    let mut posts_sorted = posts_took;
    posts_sorted.sort();
    println!(
        "snapshots received: {} (final count {})",
        snaps.len(),
        snaps.last().map_or(0, |s| s.1)
    );
    println!(
        "post round trip: p50 {:?}, p95 {:?}",
        percentile(&posts_sorted, 0.5),
        percentile(&posts_sorted, 0.95)
    );
    if latencies.is_empty() {
        println!("no answer reached the presenter");
    } else {
        println!(
            "post to presenter: p50 {:?}, p95 {:?}, max {:?} ({} answers, {} never seen)",
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.95),
            latencies.last().unwrap(),
            latencies.len(),
            missing
        );
    }
}
