//! The reviewers' overview, black-box: who may see it, bad filters, and the
//! small-number property — over a generated data set and a long sequence of random
//! filter combinations, no number the page or its CSV export shows comes from
//! fewer than five young people, no total gives a hidden number away, and every
//! shown number is the true one. On SQLite, and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set.

mod support;

use domain::privacy::MAX_ADJUSTMENT;
use domain::{Dimension, Lang};
use reqwest::StatusCode;
use std::collections::{HashMap, HashSet};
use support::staff::account;
use support::texts::{generate, Rng, Text, AGES, COUNTIES, LANGS, MONTHS};
use support::{postgres_app, sqlite_app, TestApp};

const K: i64 = 5;

/// A random filter: each field set about one time in four.
fn random_filter(rng: &mut Rng) -> Vec<(&'static str, String)> {
    let mut f = Vec::new();
    let mut maybe = |rng: &mut Rng, key: &'static str, value: String| {
        if rng.below(4) == 0 {
            f.push((key, value));
        }
    };
    let county = rng.pick(&COUNTIES).to_string();
    maybe(rng, "county", county);
    let age = rng.pick(&AGES).to_string();
    maybe(rng, "age", age);
    let lang = rng.pick(&LANGS).to_string();
    maybe(rng, "lang", lang);
    let goal = Dimension::Goal.ids()[rng.below(2)].clone();
    maybe(rng, "goal", goal);
    let arena = Dimension::Arena.ids()[rng.below(3)].clone();
    maybe(rng, "arena", arena);
    let factor = rng.pick(Dimension::Factor.ids()).clone();
    maybe(rng, "factor", factor);
    let from = rng.below(3);
    maybe(rng, "from", MONTHS[from].1.to_string());
    let to = from + rng.below(3 - from);
    maybe(rng, "to", MONTHS[to].1.to_string());
    let compare = ["age", "county", "lang"][rng.below(3)].to_string();
    if rng.below(2) == 0 {
        f.push(("compare", compare));
    }
    f
}

fn matches(t: &Text, filter: &[(&str, String)]) -> bool {
    let month_no = |m: &str| MONTHS.iter().position(|(_, n)| *n == m).unwrap();
    filter.iter().all(|(k, v)| match *k {
        "county" => t.county == v,
        "age" => t.age == v,
        "lang" => t.lang == v,
        "goal" => t.goal.as_deref() == Some(v.as_str()),
        "arena" => t.arena.as_deref() == Some(v.as_str()),
        "factor" => t.factors.contains(v),
        "from" => t.month >= month_no(v),
        "to" => t.month <= month_no(v),
        "compare" => true,
        _ => unreachable!(),
    })
}

/// One CSV record's fields (RFC 4180: quoted fields may hold commas and quotes).
fn fields(line: &str) -> Vec<String> {
    let (mut out, mut field, mut quoted, mut chars) =
        (Vec::new(), String::new(), false, line.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    out.push(field);
    out
}

/// The CSV's rows: (section, row, column, shown count or `None` when hidden).
fn parse_csv(csv: &str) -> Vec<(String, String, String, Option<i64>)> {
    csv.trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .map(|l| {
            let f = fields(l);
            let value = if f[4] == "yes" { None } else { f[3].parse().ok() };
            (f[0].clone(), f[1].clone(), f[2].clone(), value)
        })
        .collect()
}

/// A shown count against the truth: moved by the small-number adjustment at most,
/// zero exactly when nothing is there, and never a small number.
fn near(shown: i64, truth: i64, what: &str) {
    assert!((shown - truth).abs() <= MAX_ADJUSTMENT, "{shown} shown for {truth}: {what}");
    assert_eq!(shown == 0, truth == 0, "{shown} shown for {truth}: {what}");
    assert!(shown == 0 || shown >= K, "{shown} shown: {what}");
}

async fn story(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let facilitator =
        account(app, "fasilitator@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;

    for path in ["/staff/overview", "/staff/overview.csv", "/staff/overview.xlsx"] {
        assert_eq!(app.get_with(path, &facilitator).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            app.http.get(app.url(path)).send().await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }
    for bad in [
        "?county=atlantis",
        "?from=2026-13",
        "?goal=nonsense",
        "?org=99999",
        "?compare=shoe",
        "?step=fortnight",
    ] {
        let res = app.get_with(&format!("/staff/overview{bad}"), &reviewer).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad}");
        let res = app.get_with(&format!("/staff/overview.csv{bad}"), &reviewer).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad}");
    }

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let texts = generate(app, 240, &mut rng).await;
    let page = app.get_with("/staff/overview", &reviewer).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Delmål og arenaer") && html.contains("<svg"), "{html}");
    assert!(html.contains("Tallene i figuren"), "the numbers as a table too");

    // The same view as a workbook: one row per number, like the CSV.
    let csv =
        app.get_with("/staff/overview.csv?county=oslo", &reviewer).await.text().await.unwrap();
    let res = app.get_with("/staff/overview.xlsx?county=oslo", &reviewer).await;
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.bytes().await.unwrap();
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut book.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert_eq!(sheet.matches("<row ").count(), csv.lines().count(), "header and rows");

    let name = |d: Dimension, id: &Option<String>| match id {
        Some(id) => app::i18n::tr(Lang::Nb, &format!("{}-{id}", d.as_str())),
        None => app::i18n::tr(
            Lang::Nb,
            if d == Dimension::Goal { "overview-no-goal" } else { "overview-no-arena" },
        ),
    };
    let total = app::i18n::tr(Lang::Nb, "overview-total");
    let mut hidden_seen = 0;
    let mut drilled = 0;
    let mut compared_views = 0;
    for round in 0..60 {
        let filter = if round == 0 { Vec::new() } else { random_filter(&mut rng) };
        let qs: String = filter.iter().map(|(k, v)| format!("{k}={v}&")).collect();
        let res = app.get_with(&format!("/staff/overview.csv?{qs}"), &reviewer).await;
        assert_eq!(res.status(), StatusCode::OK, "{qs}");
        let rows = parse_csv(&res.text().await.unwrap());
        let chosen: Vec<&Text> = texts.iter().filter(|t| matches(t, &filter)).collect();

        // Truth per heat-map cell, row, column and in all: texts and people.
        let mut cells: HashMap<(String, String), (i64, HashSet<usize>)> = HashMap::new();
        for t in &chosen {
            let g = name(Dimension::Goal, &t.goal);
            let a = name(Dimension::Arena, &t.arena);
            for key in [
                (g.clone(), a.clone()),
                (g.clone(), total.clone()),
                (total.clone(), a.clone()),
                (total.clone(), total.clone()),
            ] {
                let e = cells.entry(key).or_default();
                e.0 += 1;
                e.1.insert(t.response);
            }
        }
        let people_in = |g: &str, a: &str| {
            cells.get(&(g.to_string(), a.to_string())).map_or(0, |e| e.1.len() as i64)
        };
        let heat: Vec<_> = rows.iter().filter(|r| r.0 == "heat").collect();
        assert_eq!(heat.len(), 7 * 9 + 7 + 9 + 1, "{qs}");
        for (_, g, a, value) in &heat {
            let texts_here = cells.get(&(g.clone(), a.clone())).map_or(0, |e| e.0);
            match value {
                Some(n) => {
                    near(*n, texts_here, &format!("{g} × {a} with {qs}"));
                    // A shown cell comes from k people; a shown total has such a
                    // cell in its line.
                    let enough = if g != &total && a != &total {
                        people_in(g, a) >= K
                    } else {
                        heat.iter().any(|(_, g2, a2, _)| {
                            g2 != &total
                                && a2 != &total
                                && (g == &total || g2 == g)
                                && (a == &total || a2 == a)
                                && people_in(g2, a2) >= K
                        })
                    };
                    assert!(
                        *n == 0 || enough,
                        "{g} × {a} = {n} shown from too few people with {qs}"
                    );
                }
                None => hidden_seen += 1,
            }
        }
        // No row or column, totals included, has exactly one hidden entry.
        let lines: HashSet<String> =
            heat.iter().flat_map(|(_, g, a, _)| [format!("r{g}"), format!("c{a}")]).collect();
        for line in lines {
            let hidden = heat
                .iter()
                .filter(|(_, g, a, v)| {
                    v.is_none() && (line == format!("r{g}") || line == format!("c{a}"))
                })
                .count();
            assert_ne!(hidden, 1, "line {line} gives a hidden count away with {qs}");
        }
        // A view narrowed to a goal or arena quotes approved texts only when one of
        // its cells alone comes from k young people.
        if filter.iter().any(|(k, _)| *k == "goal" || *k == "arena") {
            let html = app
                .get_with(&format!("/staff/overview?{qs}"), &reviewer)
                .await
                .text()
                .await
                .unwrap();
            let big =
                cells.iter().any(|((g, a), e)| g != &total && a != &total && e.1.len() as i64 >= K);
            let suppressed =
                html.contains("kommer fra færre enn 5 unge, så ingen temaer eller sitater vises");
            assert_eq!(suppressed, !big, "drill-down with {qs}");
            assert_eq!(html.contains("<blockquote"), big, "quotes with {qs}");
            drilled += 1;
        }
        // Groups side by side: the same rules as the heat map.
        if let Some((_, by)) = filter.iter().find(|(k, _)| *k == "compare") {
            let group_of = |t: &Text| -> String {
                match by.as_str() {
                    "age" => app::i18n::tr(Lang::Nb, &format!("age-{}", t.age)),
                    "county" => app::i18n::tr(Lang::Nb, &format!("county-{}", t.county)),
                    _ => Lang::parse(t.lang).unwrap().endonym().to_string(),
                }
            };
            let mut truth: HashMap<(String, String), (i64, HashSet<usize>)> = HashMap::new();
            for t in &chosen {
                let e = truth.entry((group_of(t), name(Dimension::Goal, &t.goal))).or_default();
                e.0 += 1;
                e.1.insert(t.response);
            }
            let compared: Vec<_> = rows.iter().filter(|r| r.0 == "compare").collect();
            assert!(!compared.is_empty(), "{qs}");
            for (_, g, goal, value) in &compared {
                let Some(n) = value else { continue };
                let (texts_here, enough) = if g != &total && goal != &total {
                    truth
                        .get(&(g.clone(), goal.clone()))
                        .map_or((0, false), |e| (e.0, e.1.len() as i64 >= K))
                } else {
                    let inline = |(gg, go): &(String, String)| {
                        (g == &total || gg == g) && (goal == &total || go == goal)
                    };
                    (
                        truth.iter().filter(|(key, _)| inline(key)).map(|(_, e)| e.0).sum(),
                        truth.iter().any(|(key, e)| inline(key) && e.1.len() as i64 >= K),
                    )
                };
                near(*n, texts_here, &format!("compare {g} × {goal} with {qs}"));
                assert!(*n == 0 || enough, "compare {g} × {goal} = {n} from too few with {qs}");
            }
            let lines: HashSet<String> = compared
                .iter()
                .flat_map(|(_, g, a, _)| [format!("r{g}"), format!("c{a}")])
                .collect();
            for line in lines {
                let hidden = compared
                    .iter()
                    .filter(|(_, g, a, v)| {
                        v.is_none() && (line == format!("r{g}") || line == format!("c{a}"))
                    })
                    .count();
                assert_ne!(hidden, 1, "compare line {line} gives a hidden count away with {qs}");
            }
            compared_views += 1;
        }
        // Months and their total are one line: never exactly one hidden.
        let months_hidden = rows.iter().filter(|r| r.0 == "month" && r.3.is_none()).count();
        assert_ne!(months_hidden, 1, "a hidden month is the total minus the others with {qs}");
        // Young people month by month: the true number, never under k.
        for (_, row, _, value) in rows.iter().filter(|r| r.0 == "month-people") {
            let Some(n) = value else { continue };
            let people: HashSet<usize> = chosen
                .iter()
                .filter(|t| row == &total || MONTHS[t.month].1 == row)
                .map(|t| t.response)
                .collect();
            near(*n, people.len() as i64, &format!("young people in {row} with {qs}"));
            assert!(row == &total || *n == 0 || *n >= K, "{row}: {n} young people with {qs}");
        }
        // Factors: shown only from k people; months: the same, and their total.
        for (section, row, _, value) in rows.iter().filter(|r| r.0 == "factor" || r.0 == "month") {
            let Some(n) = value else {
                hidden_seen += 1;
                continue;
            };
            let group: Vec<&&Text> = if section == "factor" {
                chosen.iter().filter(|t| t.factors.iter().any(|f| &name_factor(f) == row)).collect()
            } else if row == &total {
                chosen.iter().collect()
            } else {
                chosen.iter().filter(|t| MONTHS[t.month].1 == row).collect()
            };
            near(*n, group.len() as i64, &format!("{section} {row} with {qs}"));
            let people: HashSet<usize> = group.iter().map(|t| t.response).collect();
            if section == "factor" || row != &total {
                assert!(
                    *n == 0 || people.len() as i64 >= K,
                    "{section} {row} = {n} from {} people with {qs}",
                    people.len()
                );
            }
        }
    }
    // The same texts, the same numbers: asking again, or through another filter that
    // selects the same texts (nothing was written before March), changes nothing.
    let reviewer = &reviewer;
    let csv = |qs: &'static str| async move {
        app.get_with(&format!("/staff/overview.csv?{qs}"), reviewer).await.text().await.unwrap()
    };
    let counts = |csv: String| -> Vec<Option<i64>> {
        parse_csv(&csv).into_iter().filter(|r| r.0 != "filter").map(|r| r.3).collect()
    };
    let march = counts(csv("from=2026-03&county=oslo").await);
    assert_eq!(march, counts(csv("from=2026-03&county=oslo").await));
    assert_eq!(march, counts(csv("from=2025-06&county=oslo").await));
    // Week by week: each week's texts and young people, within the adjustment.
    let weekly = parse_csv(&csv("step=week&county=oslo").await);
    let oslo: Vec<&Text> = texts.iter().filter(|t| t.county == "oslo").collect();
    let mut weeks = 0;
    for (section, row, _, value) in &weekly {
        if !(section == "week" || section == "week-people") || row == &total {
            continue;
        }
        let in_week: Vec<&&Text> = oslo
            .iter()
            .filter(|t| {
                let (y, w) = domain::clock::week_of_hour(t.hour);
                &format!("{y:04}-W{w:02}") == row
            })
            .collect();
        assert!(!in_week.is_empty(), "week {row} has texts");
        let people = in_week.iter().map(|t| t.response).collect::<HashSet<_>>().len() as i64;
        let truth = if section == "week" { in_week.len() as i64 } else { people };
        if let Some(n) = value {
            near(*n, truth, &format!("{section} {row}"));
            assert!(people >= K, "{section} {row} shown from {people} young people");
        }
        weeks += 1;
    }
    assert!(weeks >= 10, "the months are split into weeks ({weeks})");
    published(app, reviewer, &texts, &mut rng).await;
    facts_match_the_database(app, &mut rng).await;
    assert!(hidden_seen > 50, "the data set exercises suppression ({hidden_seen} hidden)");
    assert!(drilled > 10, "drill-downs were checked ({drilled})");
    assert!(compared_views > 10, "comparisons were checked ({compared_views})");
}

/// The overview's counts from memory are the database's, for random filters, and
/// stay so after texts are hidden, relabelled, given factors and added.
async fn facts_match_the_database(app: &TestApp, rng: &mut Rng) {
    use app::api::overview::{ssr::resolve, OverviewQuery};
    use store::CompareBy;
    app.store.prepare_overview_index().await.unwrap();
    assert!(app.store.overview_index_ready().await);
    let org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let consultation = app.session().await.consultation.id;
    let sorted = |mut o: store::Overview| {
        o.cells.sort();
        o.factors.sort();
        o.hours.sort();
        o
    };
    let compare = |round: usize| async move {
        for n in 0..25 {
            // The same filters in both rounds.
            let mut own = Rng(0x2545_F491_4F6C_DD1D ^ (n as u64 + 1).wrapping_mul(0x9E37_79B9));
            let mut filter = if n == 0 { Vec::new() } else { random_filter(&mut own) };
            match n % 5 {
                1 => filter.push(("org", org.to_string())),
                2 => filter.push(("consultation", consultation.to_string())),
                _ => {}
            }
            let qs: String = filter.iter().map(|(k, v)| format!("{k}={v}&")).collect();
            let resolved =
                resolve(&app.store, &OverviewQuery::parse(&qs), K).await.unwrap().unwrap();
            let f = &resolved.filter;
            let memory = sorted(app.store.overview(f).await.unwrap());
            let database = sorted(app.store.overview_from_database(f).await.unwrap());
            assert_eq!(memory, database, "round {round}, {qs}");
            assert!(!database.cells.is_empty() || !qs.is_empty() || round > 0, "{qs}");
            for by in [CompareBy::AgeBand, CompareBy::County, CompareBy::Lang] {
                let mut m = app.store.overview_compare(f, by).await.unwrap();
                let mut d = app.store.overview_compare_from_database(f, by).await.unwrap();
                m.sort();
                d.sort();
                assert_eq!(m, d, "round {round}, compare {by:?}, {qs}");
            }
        }
    };
    compare(0).await;

    // Moderation, relabelling, factors and new texts, straight into the tables as
    // the labeller and the moderation queue write them; the facts follow the log.
    let ids: Vec<i64> = match app.store.backend() {
        store::Backend::Sqlite(p) => sqlx::query_scalar("SELECT id FROM text_reviews ORDER BY id")
            .fetch_all(p)
            .await
            .unwrap(),
        store::Backend::Postgres(p) => {
            sqlx::query_scalar("SELECT id FROM text_reviews ORDER BY id")
                .fetch_all(p)
                .await
                .unwrap()
        }
    };
    let goal = Dimension::Goal.ids()[0].clone();
    let factor = Dimension::Factor.ids()[0].clone();
    for i in 0..30 {
        let id = ids[rng.below(ids.len())];
        let (statement, value): (&str, Option<String>) = match i % 5 {
            0 => ("UPDATE text_reviews SET status = 'hidden' WHERE id = $2 AND $1 IS NOT NULL", Some("x".into())),
            1 => ("UPDATE text_reviews SET main_goal = $1 WHERE id = $2", Some(goal.clone())),
            2 => ("UPDATE text_reviews SET main_arena = $1 WHERE id = $2", None),
            3 => ("INSERT INTO text_labels (review_id, dimension, label, confidence, source) VALUES ($2, 'factor', $1, 1.0, 'person') ON CONFLICT DO NOTHING", Some(factor.clone())),
            _ => ("DELETE FROM text_labels WHERE review_id = $2 AND dimension = 'factor' AND $1 IS NOT NULL", Some("x".into())),
        };
        support::texts::sql(app, statement, vec![value.into(), id.into()]).await;
    }
    for n in 0..12 {
        support::texts::one_text(app, 5_000 + n, n % 3, &goal, &Dimension::Arena.ids()[1]).await;
    }
    compare(1).await;
    // The hourly trim keeps the last 500 000 changes: none of these go.
    assert_eq!(app.store.prune_overview_changes().await.unwrap(), 0);
    compare(2).await;
}

/// The public threshold: published figures and the open-data API.
const PUBLIC_K: i64 = 10;

/// Publishes twelve random views and checks what the open-data API then serves:
/// every count within the adjustment of the truth and from at least ten young
/// people (a total: with such a cell in its line), and no line of the sub-goal ×
/// arena margins with exactly one hidden entry.
async fn published(app: &TestApp, reviewer: &str, texts: &[Text], rng: &mut Rng) {
    let form = app.get_with("/staff/publications/new", reviewer).await.text().await.unwrap();
    let csrf = support::staff::csrf_in(&form);
    let mut hidden = 0;
    for _ in 0..12 {
        let filter = random_filter(rng);
        let qs: String = filter.iter().map(|(k, v)| format!("{k}={v}&")).collect();
        let res = app
            .post_with(
                "/staff/publications",
                reviewer,
                &[("csrf", &csrf), ("query", &qs), ("title_nb", "Hørt"), ("heard_nb", "Tekst")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{qs}");
        let at = res.headers()["location"].to_str().unwrap().to_string();
        let id = at.rsplit('-').next().unwrap();
        let res =
            app.http.get(app.url(&format!("/api/v1/publications/{id}"))).send().await.unwrap();
        let body: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
        let f = &body["figures"];
        assert_eq!(f["k"], PUBLIC_K);
        let chosen: Vec<&Text> = texts.iter().filter(|t| matches(t, &filter)).collect();
        let people =
            |ts: &[&&Text]| ts.iter().map(|t| t.response).collect::<HashSet<_>>().len() as i64;
        let check = |what: &str, shown: &serde_json::Value, truth: i64, enough: bool| match shown
            .as_i64()
        {
            Some(n) => {
                assert!(
                    (n - truth).abs() <= MAX_ADJUSTMENT && (n == 0) == (truth == 0),
                    "{what}: {n} for {truth} with {qs}"
                );
                assert!(n == 0 || (n >= PUBLIC_K && enough), "{what}: {n} from too few with {qs}");
                0
            }
            None => 1,
        };
        // A cell (main goal, main arena) with ten young people or more.
        let big_cell = |goal: Option<&Option<String>>, arena: Option<&Option<String>>| {
            let mut cells: HashMap<(Option<String>, Option<String>), HashSet<usize>> =
                HashMap::new();
            for t in &chosen {
                if goal.is_none_or(|g| g == &t.goal) && arena.is_none_or(|a| a == &t.arena) {
                    cells.entry((t.goal.clone(), t.arena.clone())).or_default().insert(t.response);
                }
            }
            cells.values().any(|p| p.len() as i64 >= PUBLIC_K)
        };
        let all: Vec<&&Text> = chosen.iter().collect();
        let texts_hidden = check("texts", &f["texts"], chosen.len() as i64, big_cell(None, None));
        hidden += texts_hidden;
        for (list, d) in [("goals", Dimension::Goal), ("arenas", Dimension::Arena)] {
            let mut hidden_in_line = texts_hidden;
            for entry in f[list].as_array().unwrap() {
                let id = entry["id"].as_str().unwrap();
                let key = (id != "none").then(|| id.to_string());
                let of =
                    |t: &&&Text| if d == Dimension::Goal { t.goal == key } else { t.arena == key };
                let group: Vec<&&Text> = all.iter().copied().filter(|t| of(t)).collect();
                let enough = if d == Dimension::Goal {
                    big_cell(Some(&key), None)
                } else {
                    big_cell(None, Some(&key))
                };
                hidden_in_line +=
                    check(&format!("{list} {id}"), &entry["count"], group.len() as i64, enough);
            }
            assert_ne!(
                hidden_in_line, 1,
                "{list} and the total give a hidden count away with {qs}"
            );
            hidden += hidden_in_line;
        }
        for entry in f["months"].as_array().unwrap() {
            let month = entry["month"].as_str().unwrap();
            let group: Vec<&&Text> =
                all.iter().copied().filter(|t| MONTHS[t.month].1 == month).collect();
            hidden += check(
                &format!("month {month}"),
                &entry["count"],
                group.len() as i64,
                people(&group) >= PUBLIC_K,
            );
        }
        for entry in f["factors"].as_array().unwrap() {
            let id = entry["id"].as_str().unwrap();
            let group: Vec<&&Text> =
                all.iter().copied().filter(|t| t.factors.iter().any(|x| x == id)).collect();
            hidden += check(
                &format!("factor {id}"),
                &entry["count"],
                group.len() as i64,
                people(&group) >= PUBLIC_K,
            );
        }
        let by_month = (0..MONTHS.len()).any(|m| {
            people(&all.iter().copied().filter(|t| t.month == m).collect::<Vec<_>>()) >= PUBLIC_K
        });
        hidden += check("young people", &f["young_people"], people(&all), by_month);
    }
    assert!(hidden > 20, "the published views exercise suppression ({hidden} hidden)");
}

fn name_factor(id: &str) -> String {
    app::i18n::tr(Lang::Nb, &format!("factor-{id}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overview_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overview_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}
