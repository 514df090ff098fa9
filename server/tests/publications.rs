//! Publishing "what we heard" and "what we did", black-box: a reviewer publishes one
//! overview view, young people read it on the public page in their language, the
//! open-data API serves the same figures and every answer matches its OpenAPI
//! document; counts from fewer than the public k (10) are hidden there though a
//! reviewer (k = 5) sees them; the figures stay as published; withdrawing hides
//! it; bad posts are refused. On SQLite, and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set.

mod support;

use domain::privacy::{Thresholds, MAX_ADJUSTMENT};
use domain::{Dimension, Role};
use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use serde_json::Value;
use support::staff::{account, csrf_in};
use support::texts::one_text;
use support::{postgres_app, postgres_app_with, sqlite_app, sqlite_app_with, TestApp};

/// The OpenAPI document's schema `name`, as a validator (its `$ref`s resolve
/// inside the document).
fn schema(doc: &Value, name: &str) -> jsonschema::Validator {
    let mut root = doc.clone();
    root["$ref"] = Value::String(format!("#/components/schemas/{name}"));
    root["$schema"] = Value::String("https://json-schema.org/draft/2020-12/schema".into());
    jsonschema::validator_for(&root).expect("the OpenAPI schemas are valid JSON Schema")
}

/// GETs `path` from the API, checks the status, the open-data headers and that the
/// body matches `schema_name`, and returns the body.
async fn api(
    app: &TestApp,
    doc: &Value,
    path: &str,
    status: StatusCode,
    schema_name: &str,
) -> Value {
    let res = app.http.get(app.url(path)).send().await.unwrap();
    assert_eq!(res.status(), status, "{path}");
    assert_eq!(res.headers()["access-control-allow-origin"], "*");
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    let body: Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    let v = schema(doc, schema_name);
    let errors: Vec<String> =
        v.iter_errors(&body).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{path} does not match {schema_name}: {errors:?}\n{body:#}");
    body
}

/// The count the overview CSV's line starting with `start` shows, if it is shown.
fn csv_count(csv: &str, start: &str) -> Option<i64> {
    csv.lines().filter(|l| l.starts_with(start)).find_map(|l| {
        let f: Vec<&str> = l.rsplitn(3, ',').collect();
        (f[0] == "no").then(|| f[1].parse().ok()).flatten()
    })
}

/// Within the small-number adjustment of `truth`.
fn near(shown: &Value, truth: i64) -> bool {
    shown.as_i64().is_some_and(|n| (n - truth).abs() <= MAX_ADJUSTMENT)
}

fn count_of<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .map(|x| &x["count"])
        .unwrap_or(&Value::Null)
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    let res = app.http.get(app.url(path)).header(COOKIE, cookie).send().await.unwrap();
    (res.status(), res.text().await.unwrap())
}

async fn story(app: &TestApp) {
    let goals = Dimension::Goal.ids();
    let arenas = Dimension::Arena.ids();
    let (big, middle) = (goals[0].as_str(), goals[1].as_str());
    // 12 young people wrote about one sub-goal, 7 about a second and 11 about a
    // third: 30 in all, in March 2026. Public k = 10 hides the 7, and the 11 with it
    // (the total minus the 12 would give the two away).
    let mut n = 0;
    let third = goals[2].as_str();
    for (goal, arena, people) in
        [(big, &arenas[0], 12), (middle, &arenas[1], 7), (third, &arenas[0], 11)]
    {
        for _ in 0..people {
            one_text(app, n, 0, goal, arena).await;
            n += 1;
        }
    }
    let name = |id: &str| app::i18n::tr(domain::Lang::Nb, &format!("goal-{id}"));
    let reviewer = account(app, "leser@innsats.no", Role::Reviewer, None).await;
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let facilitator = account(app, "fasilitator@demo.no", Role::Facilitator, Some(demo_org)).await;

    // Nothing is published yet: the public page says so, the API lists nothing.
    let doc: Value = {
        let res = app.http.get(app.url("/api/openapi.json")).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        serde_json::from_str(&res.text().await.unwrap()).unwrap()
    };
    assert_eq!(doc["openapi"], "3.1.0");
    let list = api(app, &doc, "/api/v1/publications", StatusCode::OK, "PublicationList").await;
    assert_eq!(list["k"], 10);
    assert_eq!(list["publications"], Value::Array(vec![]));
    let (status, html) = page(app, "/heard", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ingenting er publisert ennå"), "{html}");

    // The reviewer sees the 7 in the overview (k = 5); the publish form previews
    // the public figures (k = 10), where the 7 is hidden.
    let (_, csv) = page(app, "/staff/overview.csv?from=2026-03&to=2026-03", &reviewer).await;
    let total = app::i18n::tr(domain::Lang::Nb, "overview-total");
    let seven = csv_count(&csv, &format!("heat,{},{total},", name(middle)));
    assert!(seven.is_some_and(|n| (n - 7).abs() <= MAX_ADJUSTMENT), "{csv}");
    let (status, form) =
        page(app, "/staff/publications/new?from=2026-03&to=2026-03", &reviewer).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("færre enn 10 unge."), "the preview says some are hidden: {form}");
    let csrf = csrf_in(&form);

    // A title without "what we heard" is refused, and nothing is published.
    let res = app
        .post_with(
            "/staff/publications",
            &reviewer,
            &[("csrf", &csrf), ("query", "from=2026-03"), ("title_nb", "Tittel")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A filter that is not one of its options is refused.
    let res = app
        .post_with(
            "/staff/publications",
            &reviewer,
            &[("csrf", &csrf), ("query", "county=narnia"), ("title_nb", "T"), ("heard_nb", "H")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    // Facilitators do not publish; without the token nobody does.
    let res = app
        .post_with(
            "/staff/publications",
            &facilitator,
            &[("csrf", &csrf), ("query", ""), ("title_nb", "T"), ("heard_nb", "H")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = app
        .post_with(
            "/staff/publications",
            &reviewer,
            &[("query", ""), ("title_nb", "T"), ("heard_nb", "H")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.store.publications(true).await.unwrap(), vec![]);

    let res = app
        .post_with(
            "/staff/publications",
            &reviewer,
            &[
                ("csrf", &csrf),
                ("query", "from=2026-03&to=2026-03&compare=age"),
                ("title_nb", "Trygge veier hjem"),
                ("title_en", "Safe ways home"),
                ("heard_nb", "Mange av dere sa at veien hjem er mørk.\n\nDere vil ha mer lys."),
                ("heard_en", "Many of you said the way home is dark."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let id = app.store.publications(true).await.unwrap()[0].id;
    assert_eq!(res.headers()[LOCATION], format!("/staff/publications#publication-{id}"));

    // The API: 12 shown, 7 and 11 hidden (and the comparison is not published).
    let one =
        api(app, &doc, &format!("/api/v1/publications/{id}"), StatusCode::OK, "Publication").await;
    let figures = &one["figures"];
    assert_eq!(figures["k"], 10);
    assert!(near(&figures["young_people"], 30) && near(&figures["texts"], 30), "{figures}");
    assert!(near(count_of(&figures["goals"], big), 12), "{figures}");
    assert_eq!(count_of(&figures["goals"], middle), &Value::Null);
    assert_eq!(count_of(&figures["goals"], third), &Value::Null);
    assert_eq!(figures["months"][0]["month"], "2026-03");
    assert_eq!(one["filters"]["query"], "from=2026-03&to=2026-03");
    assert_eq!(one["title"]["en"], "Safe ways home");
    assert!(one["title"].get("se").is_none(), "only the languages it was written in");
    let name = &figures["goals"][0]["name"];
    assert!(["nb", "nn", "se", "en"]
        .iter()
        .all(|l| name[l].as_str().is_some_and(|s| !s.is_empty())));
    // No number in any list of the public answer comes from fewer than 10.
    for list in ["goals", "arenas", "factors", "months"] {
        for entry in figures[list].as_array().unwrap() {
            if let Some(n) = entry["count"].as_i64() {
                assert!(n == 0 || n >= 10, "{list}: {entry}");
            }
        }
    }
    let (people, texts) = (&figures["young_people"], &figures["texts"]);
    // The preview showed the numbers that were then published.
    assert!(form.contains(&format!("{people} unge skrev {texts} tekster")), "{form}");

    // Young people read it without signing in, in their language.
    let (status, html) = page(app, "/heard", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Trygge veier hjem") && html.contains("Dere vil ha mer lys."), "{html}");
    assert!(html.contains(&format!("{people} unge skrev {texts} tekster")), "{html}");
    assert!(html.contains("Noen tall er skjult fordi de kommer fra færre enn 10 unge"), "{html}");
    let (_, html) = page(app, "/heard", "lang=en").await;
    assert!(html.contains("Safe ways home"), "{html}");
    assert!(html.contains(&format!("{people} young people wrote {texts} texts")), "{html}");
    // Sámi has no title of its own: bokmål, marked as such for screen readers.
    let (_, html) = page(app, "/heard", "lang=se").await;
    assert!(html.contains("lang=\"nb\">Trygge veier hjem"), "{html}");
    assert!(html.contains(&format!("{people} nuora čálle {texts} teavstta")), "{html}");

    // The figures are those of the day it was published: later texts do not move them.
    for _ in 0..15 {
        one_text(app, n, 0, middle, &arenas[0]).await;
        n += 1;
    }
    let again =
        api(app, &doc, &format!("/api/v1/publications/{id}"), StatusCode::OK, "Publication").await;
    assert_eq!(again["figures"], one["figures"]);

    // What we did.
    let res = app
        .post_with(
            &format!("/staff/publications/{id}/updates"),
            &reviewer,
            &[("csrf", &csrf), ("body_nb", "Kommunen setter opp nye lys i høst.")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .post_with(
            &format!("/staff/publications/{id}/updates"),
            &reviewer,
            &[("csrf", &csrf), ("body_nb", " ")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    for bad in ["999999", "abc"] {
        let res = app
            .post_with(
                &format!("/staff/publications/{bad}/updates"),
                &reviewer,
                &[("csrf", &csrf), ("body_nb", "x")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{bad}");
    }
    let list = api(app, &doc, "/api/v1/publications", StatusCode::OK, "PublicationList").await;
    assert_eq!(
        list["publications"][0]["updates"][0]["text"]["nb"],
        "Kommunen setter opp nye lys i høst."
    );
    let (_, html) = page(app, "/heard", "").await;
    assert!(html.contains("Kommunen setter opp nye lys i høst."), "{html}");
    let (status, html) = page(app, "/staff/publications", &reviewer).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Kommunen setter opp nye lys i høst.") && html.contains("Vises offentlig")
    );

    // Withdrawn: gone from the public page and the API, kept for reviewers.
    let res = app
        .post_with(&format!("/staff/publications/{id}/withdraw"), &reviewer, &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let list = api(app, &doc, "/api/v1/publications", StatusCode::OK, "PublicationList").await;
    assert_eq!(list["publications"], Value::Array(vec![]));
    api(app, &doc, &format!("/api/v1/publications/{id}"), StatusCode::NOT_FOUND, "Error").await;
    api(app, &doc, "/api/v1/publications/abc", StatusCode::BAD_REQUEST, "Error").await;
    let (_, html) = page(app, "/heard", "").await;
    assert!(!html.contains("Trygge veier hjem"), "{html}");
    let (_, html) = page(app, "/staff/publications", &reviewer).await;
    assert!(html.contains("Trygge veier hjem") && html.contains("Trukket tilbake"), "{html}");
    let res = app
        .post_with(&format!("/staff/publications/{id}/restore"), &reviewer, &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    api(app, &doc, &format!("/api/v1/publications/{id}"), StatusCode::OK, "Publication").await;

    // The staff pages are the reviewers' alone.
    let (status, _) = page(app, "/staff/publications", "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = page(app, "/staff/publications", &facilitator).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = page(app, "/staff/publications/new?county=narnia", &reviewer).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publishing_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publishing_on_postgres() {
    let Some(app) = postgres_app().await else { return };
    story(&app).await;
    app.finish().await;
}

/// With the thresholds set higher, both the reviewers' overview and the published
/// figures hide more.
async fn configured(app: &TestApp) {
    let goal = Dimension::Goal.ids()[0].clone();
    let arena = Dimension::Arena.ids()[0].clone();
    for n in 0..12 {
        one_text(app, n, 1, &goal, &arena).await;
    }
    let reviewer = account(app, "leser@innsats.no", Role::Reviewer, None).await;
    let (_, csv) = page(app, "/staff/overview.csv", &reviewer).await;
    let nb = |id: &str| app::i18n::tr(domain::Lang::Nb, id);
    let heat = format!("heat,{},{},", nb(&format!("goal-{goal}")), nb("overview-total"));
    let twelve = csv_count(&csv, &heat);
    assert!(twelve.is_some_and(|n| (n - 12).abs() <= MAX_ADJUSTMENT), "12 ≥ 8: {csv}");
    let (_, form) = page(app, "/staff/publications/new", &reviewer).await;
    assert!(form.contains("Færre enn 20 unge skrev om dette"), "12 < 20: {form}");
    let csrf = csrf_in(&form);
    let res = app
        .post_with(
            "/staff/publications",
            &reviewer,
            &[("csrf", &csrf), ("query", ""), ("title_nb", "T"), ("heard_nb", "H")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let body: Value = serde_json::from_str(
        &app.http.get(app.url("/api/v1/publications")).send().await.unwrap().text().await.unwrap(),
    )
    .unwrap();
    assert_eq!(body["k"], 20);
    assert_eq!(body["publications"][0]["figures"]["young_people"], Value::Null);
    assert_eq!(count_of(&body["publications"][0]["figures"]["goals"], &goal), &Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thresholds_are_configurable() {
    let k = Thresholds::new(8, 20).unwrap();
    let app = sqlite_app_with(k).await;
    configured(&app).await;
    app.finish().await;
    if let Some(app) = postgres_app_with(k).await {
        configured(&app).await;
        app.finish().await;
    }
}
