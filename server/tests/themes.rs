//! Themes across all consultations, black-box: a reviewer starts a grouping run
//! over every stored text and follows it to the end; the page shows the groups by
//! their words with approved quotes only, and hides groups under five texts; the
//! reviewer opens a group's texts and corrects a text's labels, which the engine
//! learns from and applies to the texts it labelled before. Nobody but reviewers
//! sees or starts any of it. On SQLite, and on PostgreSQL when `TEST_POSTGRES_URL`
//! is set.

mod support;

use reqwest::header::LOCATION;
use reqwest::StatusCode;
use std::time::Duration;
use store::RunState;
use support::staff::{account, csrf_in};
use support::{postgres_app, sqlite_app, TestApp};

const BUSES: [&str; 6] = [
    "Bussen går altfor sjelden, vi kommer oss ikke på trening",
    "Det går nesten ingen buss på kvelden, så vi må bli kjørt overalt",
    "Flere bussavganger om kvelden! Bussen hjem går klokka fem",
    "Bussen er for dyr og går for sjelden til sentrum",
    "Skulle ønske bussen gikk oftere i helgene",
    "The bus home leaves far too early and the bus is expensive",
];
const BULLYING: [&str; 5] = [
    "Mange blir mobbet i friminuttene og lærerne ser det ikke",
    "Mobbing på skolen må tas på alvor, lærerne gjør for lite",
    "Jeg ble mobbet på skolen i flere år og ingen voksne hjalp",
    "Lærerne må gripe inn når noen blir mobbet i friminuttet",
    "Mobbingen på nett fortsetter etter skolen, de voksne vet ikke om det",
];
const BENCHES: &str = "Vi trenger flere benker og lys i parken ved skolen";
const HIDDEN: &str = "Ungdomsklubben burde ha åpent hver fredag";

/// Submits one free-text answer on the demo session; returns its review id.
async fn submit(app: &TestApp, text: &str) -> i64 {
    let session = app.session().await;
    let text_q = session.consultation.questions[3].id;
    let token = app.start().await;
    let answers = serde_json::json!({ text_q.to_string(): {"kind": "text", "text": text} });
    app.send(&token, &answers.to_string()).await;
    let texts = app.store.session_texts(session.id, None).await.unwrap();
    texts.iter().rev().find(|t| t.body == text).expect("the text is queued").id
}

async fn wait_for_run(app: &TestApp) -> store::ThemeRun {
    for _ in 0..200 {
        let (latest, _) = app.store.theme_runs_latest().await.unwrap();
        let latest = latest.expect("a run was started");
        if latest.state != RunState::Running {
            return latest;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the theme run did not finish within ten seconds");
}

async fn story(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let facilitator =
        account(app, "fasilitator@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;
    let admin = account(app, "admin@innsats.no", domain::Role::Admin, None).await;

    // Only reviewers see the page.
    let page = "/staff/themes";
    let res = app.get_with(page, &reviewer).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("Ingen tekster er gruppert ennå"), "{html}");
    let csrf = csrf_in(&html);
    for who in [&facilitator, &admin] {
        assert_eq!(app.get_with(page, who).await.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(
        app.http.get(app.url(page)).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );

    // Texts come in; the facilitator approves all but one, which is hidden.
    let mut ids = Vec::new();
    for text in BUSES.iter().chain(&BULLYING) {
        ids.push(submit(app, text).await);
    }
    let twin_a = submit(app, BENCHES).await;
    let twin_b = submit(app, BENCHES).await;
    let hidden = submit(app, HIDDEN).await;
    let queue = app.get_with("/staff/sessions/SVAR25/texts", &facilitator).await;
    let fcsrf = csrf_in(&queue.text().await.unwrap());
    for id in ids.iter().chain([&twin_a, &twin_b]) {
        // Ticked: one text (years of bullying, no adult helped) gently offered its
        // writer the help lines, and such a text is approved only on purpose.
        let form = [("csrf", fcsrf.as_str()), ("confirm", "1")];
        let res = app.post_with(&format!("/staff/texts/{id}/approve"), &facilitator, &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let res = app
        .post_with(
            &format!("/staff/texts/{hidden}/hide"),
            &facilitator,
            &[("csrf", &fcsrf), ("reason", "Test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // A facilitator cannot start a run; a reviewer can, and sees it to the end.
    let res = app.post_with("/staff/themes/run", &facilitator, &[("csrf", &fcsrf)]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(app.store.theme_runs_latest().await.unwrap().0.is_none());
    let res = app.post_with("/staff/themes/run", &reviewer, &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], page);
    let run = wait_for_run(app).await;
    assert_eq!(run.state, RunState::Done);
    assert_eq!(run.texts, 13, "every text but the hidden one was grouped");

    let html = app.get_with(page, &reviewer).await.text().await.unwrap();
    assert!(html.contains("Siste temaer"), "{html}");
    assert!(html.contains("fra 13 tekster"), "{html}");
    assert!(html.contains("buss"), "the bus group is named by its words: {html}");
    assert!(html.contains("mobb"), "the bullying group is named by its words: {html}");
    assert!(!html.contains("Ungdomsklubben"), "hidden text is neither grouped nor quoted");
    assert!(
        BUSES.iter().chain(&BULLYING).any(|t| html.contains(t)),
        "approved texts are quoted: {html}"
    );

    // The bus group's texts, from its link; a group under five is not listed.
    let themes = app.store.run_themes(run.id).await.unwrap();
    let bus_text = ids[0];
    let bus = themes.iter().find(|t| t.representatives.contains(&bus_text)).expect("a group");
    let list = format!("/staff/review/texts?theme={}", bus.theme_no);
    let res = app.get_with(&list, &reviewer).await;
    assert_eq!(res.status(), StatusCode::OK);
    let listed = res.text().await.unwrap();
    if bus.size >= 5 {
        assert!(listed.contains("godkjente tekster"), "{listed}");
    } else {
        assert!(listed.contains("Færre enn 5 tekster passer"), "{listed}");
    }
    for t in themes.iter().filter(|t| t.size < 5) {
        let small = app
            .get_with(&format!("/staff/review/texts?theme={}", t.theme_no), &reviewer)
            .await
            .text()
            .await
            .unwrap();
        assert!(small.contains("Færre enn 5 tekster passer"), "{small}");
    }
    // The group followed over time on the overview (which counts labelled texts:
    // wait for the labeller); an unknown group is refused.
    for _ in 0..200 {
        if app.store.unlabelled_texts(1).await.unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(app.store.unlabelled_texts(1).await.unwrap().is_empty(), "all texts labelled");
    let over_time = format!("/staff/overview?theme={}", bus.theme_no);
    let res = app.get_with(&over_time, &reviewer).await;
    assert_eq!(res.status(), StatusCode::OK);
    let followed = res.text().await.unwrap();
    assert!(
        followed.contains("Viser: Tema: ") && followed.contains("Tekster måned for måned"),
        "{followed}"
    );
    let csv = app
        .get_with(&format!("/staff/overview.csv?theme={}", bus.theme_no), &reviewer)
        .await
        .text()
        .await
        .unwrap();
    let total_line = csv.lines().find(|l| l.starts_with("heat,Sum,Sum,")).expect("a grand total");
    // All the group's texts are counted: its size, or hidden when they come from
    // fewer than five young people.
    let shown = total_line.split(',').nth(3).unwrap();
    assert!(shown.is_empty() || shown == bus.size.to_string(), "{total_line} vs {}", bus.size);
    assert_eq!(
        app.get_with("/staff/overview?theme=999", &reviewer).await.status(),
        StatusCode::BAD_REQUEST
    );
    let missing = app.get_with("/staff/review/texts?theme=999", &reviewer).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get_with(&list, &facilitator).await.status(), StatusCode::FORBIDDEN);

    // A reviewer corrects the labels of an approved text from any organisation;
    // the correction is kept with who made it, and the engine relabels the texts it
    // labelled before: the identical text now carries the corrected labels.
    wait_labelled(app, twin_a).await;
    wait_labelled(app, twin_b).await;
    let back = "/staff/review/texts?page=1";
    let res = app
        .post_with(
            &format!("/staff/texts/{twin_a}/labels"),
            &reviewer,
            &[
                ("csrf", &csrf),
                ("back", back),
                ("label", "goal:mental-health"),
                ("label", "arena:leisure-digital"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], back);
    let corrected = app.store.text_item(twin_a).await.unwrap().unwrap();
    assert!(corrected.labels.iter().all(|l| l.confirmed));
    let reviewer_id = app
        .store
        .staff_by_email(&domain::Email::parse("leser@innsats.no").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let log = app.store.correction_log().await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].review_id, log[0].staff_id), (twin_a, reviewer_id), "who and what");
    assert!(log[0].before.contains("false") && log[0].after.contains("mental-health"), "{log:?}");
    let mut relabelled = false;
    for _ in 0..200 {
        let twin = app.store.text_item(twin_b).await.unwrap().unwrap();
        let mut got: Vec<String> = twin.labels.iter().map(|l| l.label.clone()).collect();
        got.sort();
        if got == ["leisure-digital", "mental-health"] {
            assert!(twin.labels.iter().all(|l| !l.confirmed), "still the engine's, not a person's");
            relabelled = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(relabelled, "the text labelled before the correction was relabelled");
    // An outside `back` address is not followed; a hidden text is not the
    // reviewer's to label; moderation stays with the organisation.
    let res = app
        .post_with(
            &format!("/staff/texts/{twin_a}/labels"),
            &reviewer,
            &[("csrf", &csrf), ("back", "https://evil.example/"), ("label", "goal:mental-health")],
        )
        .await;
    assert_eq!(res.headers()[LOCATION], "/staff/review/texts");
    let res = app
        .post_with(&format!("/staff/texts/{hidden}/labels"), &reviewer, &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .post_with(&format!("/staff/texts/{twin_a}/approve"), &reviewer, &[("csrf", &csrf)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // The list by label, in the reviewer's view; too few matches are not listed.
    let by_label = app
        .get_with("/staff/review/texts?label=arena:leisure-digital", &reviewer)
        .await
        .text()
        .await
        .unwrap();
    assert!(by_label.contains("Færre enn 5 tekster passer"), "{by_label}");
    assert!(!by_label.contains(BENCHES), "{by_label}");
    let bad = app.get_with("/staff/review/texts?label=arena:nonsense", &reviewer).await;
    assert_eq!(bad.status(), StatusCode::NOT_FOUND);

    // One run at a time: while one is alive, another does not start.
    let first = app.store.start_theme_run(None).await.unwrap().expect("no run is alive");
    assert_eq!(app.store.start_theme_run(None).await.unwrap(), None);
    let html = app.get_with(page, &reviewer).await.text().await.unwrap();
    assert!(html.contains("Tekstene grupperes nå") && html.contains("<progress"), "{html}");
    app.store.fail_theme_run(first).await.unwrap();
    let html = app.get_with(page, &reviewer).await.text().await.unwrap();
    assert!(html.contains("Den forrige grupperingen ble ikke ferdig"), "{html}");
    assert!(html.contains("fra 13 tekster"), "the last finished run is still shown");
}

async fn wait_labelled(app: &TestApp, id: i64) {
    for _ in 0..200 {
        if !app.store.text_item(id).await.unwrap().unwrap().labels.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("text {id} was not labelled within ten seconds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn themes_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn themes_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}
