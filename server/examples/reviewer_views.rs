//! Latency of the reviewers' views on a full database: makes a reviewer account in
//! the server's database, signs in over HTTP, then requests each view `--rounds`
//! times one after another and prints p50, p95 and the maximum per view.
//!
//! ```sh
//! target/release/examples/fill_texts sqlite:///tmp/1m.db 1000000
//! target/release/ungstemme serve --database-url sqlite:///tmp/1m.db --addr 127.0.0.1:3300 &
//! target/release/examples/reviewer_views http://127.0.0.1:3300 sqlite:///tmp/1m.db 20
//! ```

use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::{redirect::Policy, Client};
use std::time::{Duration, Instant};

const VIEWS: [&str; 13] = [
    "/staff/overview",
    "/staff/overview?county=oslo",
    "/staff/overview?goal=mental-health",
    "/staff/overview?factor=bullying",
    "/staff/overview?from=2026-06&to=2026-08",
    "/staff/overview?lang=se&age=13-15",
    "/staff/overview?county=troms&goal=leisure&arena=leisure-physical",
    "/staff/overview.csv?county=oslo",
    "/staff/themes",
    "/staff/review/texts",
    "/staff/overview?step=week&theme=1",
    "/heard",
    "/api/v1/publications",
];

fn csrf_in(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

fn cookie(res: &reqwest::Response) -> String {
    res.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| {
            let pair = c.split(';').next()?.trim().to_string();
            pair.starts_with("ungstemme_staff=").then_some(pair)
        })
        .expect("a staff cookie")
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = args.first().cloned().unwrap_or_else(|| "http://127.0.0.1:3300".into());
    let db = args.get(1).cloned().unwrap_or_else(|| "sqlite:///tmp/1m.db".into());
    let rounds: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(20);
    let http = Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();

    let store = store::Store::connect(&db).await.expect("the server's database");
    let email = format!("bench-{}@innsats.no", std::process::id());
    let password = "a benchmark reviewer password";
    let hash = ungstemme_server::auth::password::hash(password).unwrap();
    let address = domain::Email::parse(&email).unwrap();
    store
        .create_staff(store::NewStaff {
            email: &address,
            display_name: "Bench",
            role: domain::Role::Reviewer,
            organisation_id: None,
            password_hash: Some(&hash),
        })
        .await
        .expect("a reviewer account");
    store.close().await;

    let page = http.get(format!("{base}/staff/sign-in")).send().await.unwrap();
    let first = cookie(&page);
    let csrf = csrf_in(&page.text().await.unwrap());
    let res = http
        .post(format!("{base}/staff/sign-in"))
        .header(COOKIE, &first)
        .form(&[("csrf", csrf.as_str()), ("email", email.as_str()), ("password", password)])
        .send()
        .await
        .unwrap();
    let signed_in = cookie(&res);

    println!("{:<70} {:>8} {:>8} {:>8}", "view", "p50 ms", "p95 ms", "max ms");
    for view in VIEWS {
        let mut times = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let t = Instant::now();
            let res =
                http.get(format!("{base}{view}")).header(COOKIE, &signed_in).send().await.unwrap();
            assert!(res.status().is_success(), "{view}: {}", res.status());
            res.bytes().await.unwrap();
            times.push(t.elapsed());
        }
        times.sort();
        let at =
            |p: f64| times[((times.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1000.0;
        println!("{view:<70} {:>8.0} {:>8.0} {:>8.0}", at(0.5), at(0.95), at(1.0));
    }
}
