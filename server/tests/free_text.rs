//! Free text, black-box: distress shows the help lines on the next screen and is
//! counted (never linked to an answer); personal data is redacted before it is
//! stored; the facilitator's moderation queue approves, hides, hides part of a
//! text and corrects its labels — on SQLite, and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set.

mod support;

use reqwest::header::{ACCEPT_LANGUAGE, LOCATION};
use reqwest::StatusCode;
use support::staff::{account, csrf_in};
use support::{postgres_app, sqlite_app, TestApp};

const DISTRESS: &str = "Jeg orker ikke mer. Jeg har tenkt å ta livet mitt i kveld.";
const PERSONAL: &str = "Treneren Kari Nordmann er grei, ring meg på 912 34 567 om fotballbanen";

async fn story(app: &TestApp) {
    let session = app.session().await;
    let c = session.consultation.clone();
    let text_q = c.questions[3].id;
    let idea_q = c.questions[4].id;

    // A young person writes something that signals distress: the next screen
    // shows the help lines at once, in their language.
    let token = app.start().await;
    let step = |n: usize| format!("/r/{token}/q/{n}");
    let res = app.post(&step(4), &[("text", DISTRESS), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let next = res.headers()[LOCATION].to_str().unwrap().to_string();
    assert_eq!(next, format!("{}?help=1", step(5)));
    let page = app.http.get(app.url(&next)).header(ACCEPT_LANGUAGE, "se").send().await.unwrap();
    let html = page.text().await.unwrap();
    assert!(html.contains("class=\"help-lines\""), "the help section at once");
    assert!(html.contains("116 111") && html.contains("tel:116111"), "help lines on the page");
    assert!(html.contains("Don it dárbbaš leat okto dáinna"), "in Northern Sámi");
    assert_eq!(app.store.help_offered(session.id).await.unwrap(), 1);
    // Going over the same screen again counts the same young person once.
    app.post(&step(4), &[("text", DISTRESS), ("nav", "next")]).await;
    assert_eq!(app.store.help_offered(session.id).await.unwrap(), 1);

    // Talk about a hard topic, not personal risk, gets no help screen.
    let other = app.start().await;
    let res = app
        .post(
            &format!("/r/{other}/q/4"),
            &[
                ("text", "Vi trenger mer undervisning om selvmordsforebygging på skolen"),
                ("nav", "next"),
            ],
        )
        .await;
    assert_eq!(res.headers()[LOCATION].to_str().unwrap(), format!("/r/{other}/q/5"));
    assert_eq!(app.store.help_offered(session.id).await.unwrap(), 1);
    // Its next screen has no help section, only the help lines every page offers
    // at its foot.
    let html = app
        .http
        .get(app.url(&format!("/r/{other}/q/5")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("class=\"help-lines\""), "no help section without distress");
    assert!(
        html.contains("class=\"help-anytime\"") && html.contains("tel:116111"),
        "help one tap away"
    );

    // The submission: personal data is redacted before anything is stored.
    let answers = serde_json::json!({
        text_q.to_string(): {"kind": "text", "text": PERSONAL},
        idea_q.to_string(): {"kind": "idea", "title": "Ungdomsklubb", "description": "Åpen klubb hver fredag, mail meg på ola@example.no"},
    })
    .to_string();
    app.send(&token, &answers).await;
    let stored = app.store.response(&token).await.unwrap().unwrap();
    let bodies: Vec<&str> = stored.answers.iter().filter_map(|a| a.body.as_deref()).collect();
    assert_eq!(bodies.len(), 2);
    let all = bodies.join(" ");
    assert!(!all.contains("912 34 567") && !all.contains("ola@example.no"), "{all}");
    assert!(!all.contains("Kari Nordmann"), "{all}");
    assert!(all.contains("fotballbanen") && all.contains("fredag"), "the rest is kept: {all}");

    let texts = app.store.session_texts(session.id, None).await.unwrap();
    assert_eq!(texts.len(), 2, "both texts wait in the queue at once");
    // The engine labels them in the background, moments later.
    let texts = labelled(app, session.id).await;
    assert!(texts.iter().all(|t| t.status == store::ReviewStatus::Pending));
    let idea = texts.iter().find(|t| t.title.is_some()).unwrap();
    assert!(
        idea.labels.iter().any(|l| !l.confirmed),
        "the engine suggested labels for the idea: {:?}",
        idea.labels
    );

    // The facilitator of the demo organisation moderates; nobody else can.
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let other_org = app.store.ensure_organisation("Et annet lag").await.unwrap();
    let mine = account(app, "fasilitator@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let theirs =
        account(app, "fasilitator@annet.no", domain::Role::Facilitator, Some(other_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;

    let queue = "/staff/sessions/SVAR25/texts";
    let res = app.get_with(queue, &mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("fotballbanen"), "the redacted text is shown");
    assert!(!html.contains("912 34 567"));
    assert!(html.contains("1 ung person har fått se hjelpetelefoner"), "help offered, not who");
    let csrf = csrf_in(&html);
    assert_eq!(app.get_with(queue, &theirs).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get_with(queue, &reviewer).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.http.get(app.url(queue)).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );

    let plain = texts.iter().find(|t| t.title.is_none()).unwrap();
    let path = |what: &str| format!("/staff/texts/{}/{what}", plain.id);
    // Another organisation's facilitator, a forged post, a missing reason: refused.
    let their_csrf = csrf_in(&app.get_with("/staff", &theirs).await.text().await.unwrap());
    let res = app.post_with(&path("approve"), &theirs, &[("csrf", &their_csrf)]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app.post_with(&path("approve"), &mine, &[("csrf", "forged")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = app.post_with(&path("hide"), &mine, &[("csrf", &csrf), ("reason", " ")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_with(&path("redact"), &mine, &[("csrf", &csrf), ("part", "not in the text")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unchanged = app.store.text_item(plain.id).await.unwrap().unwrap();
    assert_eq!(unchanged.status, store::ReviewStatus::Pending, "refusals changed nothing");

    // Hide part of it, then approve it.
    let res =
        app.post_with(&path("redact"), &mine, &[("csrf", &csrf), ("part", "fotballbanen")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()[LOCATION], queue);
    let res = app.post_with(&path("approve"), &mine, &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let item = app.store.text_item(plain.id).await.unwrap().unwrap();
    assert_eq!(item.status, store::ReviewStatus::Approved);
    assert!(!item.body.contains("fotballbanen") && item.body.contains("[…]"), "{}", item.body);

    // Hide the idea with a reason.
    let res = app
        .post_with(
            &format!("/staff/texts/{}/hide", idea.id),
            &mine,
            &[("csrf", &csrf), ("reason", "Ikke om temaet")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let hidden = app.store.text_item(idea.id).await.unwrap().unwrap();
    assert_eq!(hidden.status, store::ReviewStatus::Hidden);
    assert_eq!(hidden.hidden_reason.as_deref(), Some("Ikke om temaet"));

    // Correct the labels: kept as confirmed, the correction is recorded, and an
    // unknown label is refused.
    let res = app
        .post_with(
            &path("labels"),
            &mine,
            &[("csrf", &csrf), ("label", "goal:leisure"), ("label", "factor:nonsense")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = app
        .post_with(
            &path("labels"),
            &mine,
            &[("csrf", &csrf), ("label", "goal:leisure"), ("label", "arena:leisure-physical")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let corrected = app.store.text_item(plain.id).await.unwrap().unwrap();
    let mut labels: Vec<(String, bool)> =
        corrected.labels.iter().map(|l| (l.label.clone(), l.confirmed)).collect();
    labels.sort();
    assert_eq!(labels, [("leisure".to_string(), true), ("leisure-physical".to_string(), true)]);
    let corrections = app.store.label_corrections().await.unwrap();
    assert_eq!(corrections.len(), 1);
    assert!(!corrections[0].text.contains("912 34 567"), "corrections keep only redacted text");
    let page = app.get_with(queue, &mine).await.text().await.unwrap();
    assert!(page.contains("Fritidsaktiviteter (bekreftet)"), "confirmed labels are marked");

    // The presenter view shows approved text with its themes, never a hidden one.
    let live = "/staff/sessions/SVAR25/live";
    for _ in 0..3 {
        let res = app.post_with(live, &mine, &[("csrf", &csrf), ("do", "next")]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let present = "/staff/sessions/SVAR25/present";
    let html = app.get_with(present, &mine).await.text().await.unwrap();
    assert!(html.contains("Treneren") && html.contains("Fritidsaktiviteter (bekreftet)"), "{html}");
    assert!(!html.contains("912 34 567"));
    app.post_with(live, &mine, &[("csrf", &csrf), ("do", "next")]).await;
    let html = app.get_with(present, &mine).await.text().await.unwrap();
    assert!(!html.contains("Ungdomsklubb"), "the hidden idea stays off the screen");

    export_story(app, &mine, &theirs, &reviewer).await;
    themes_story(app, &mine).await;
    help_story(app, &mine).await;
}

/// Words that may signal risk get the gentler offer of the same help lines; a
/// text whose writer was offered help is marked in the queue and is approved
/// for the presenter view only when the moderator ticks that they mean it.
async fn help_story(app: &TestApp, mine: &str) {
    let session = app.session().await;
    let text_q = session.consultation.questions[3].id;
    let before = app.store.help_offered(session.id).await.unwrap();
    let token = app.start().await;
    let step = format!("/r/{token}/q/4");
    // Which words fall in the gentle tier is the screen's to say (its thresholds
    // are tuned in analysis/), so the test asks it for one.
    let maybe = ["jeg er lei av alt", "jeg hater livet", "gidder ikke mer", "orker ikke"]
        .into_iter()
        .find(|t| analysis::Engine::shared().screen(t).tier() == Some(analysis::Tier::Maybe))
        .expect("words for the gentle tier");
    let res = app.post(&step, &[("text", maybe), ("nav", "next")]).await;
    let next = res.headers()[LOCATION].to_str().unwrap().to_string();
    assert_eq!(next, format!("/r/{token}/q/5?help=maybe"));
    let html = app.http.get(app.url(&next)).header(ACCEPT_LANGUAGE, "en").send().await.unwrap();
    let html = html.text().await.unwrap();
    assert!(html.contains("class=\"help-lines maybe\""), "the gentle offer at once");
    assert!(html.contains("Is it tough right now?") && html.contains("tel:116111"));
    assert_eq!(app.store.help_offered(session.id).await.unwrap(), before + 1, "counted, not who");

    // Its text reaches the queue marked; approving it asks once more.
    let answers = serde_json::json!({ text_q.to_string(): {"kind": "text", "text": DISTRESS} });
    app.send(&token, &answers.to_string()).await;
    let queue = "/staff/sessions/SVAR25/texts";
    let html = app.get_with(queue, mine).await.text().await.unwrap();
    assert!(html.contains("class=\"help-mark\""), "the moderator is told help was offered");
    assert!(html.contains("name=\"confirm\""), "and asked to confirm an approval");
    let csrf = csrf_in(&html);
    let texts = app.store.session_texts(session.id, None).await.unwrap();
    let helped = texts.iter().find(|t| t.body.contains("orker ikke mer")).expect("stored");
    let approve = format!("/staff/texts/{}/approve", helped.id);
    let res = app.post_with(&approve, mine, &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("Kryss av"), "why, in the moderator's language");
    let item = app.store.text_item(helped.id).await.unwrap().unwrap();
    assert_eq!(item.status, store::ReviewStatus::Pending, "not approved in passing");
    let res = app.post_with(&approve, mine, &[("csrf", &csrf), ("confirm", "1")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let item = app.store.text_item(helped.id).await.unwrap().unwrap();
    assert_eq!(item.status, store::ReviewStatus::Approved);
}

/// Texts that say the same thing in other words are grouped into a theme on the
/// queue page, named by its words; hidden texts are left out.
async fn themes_story(app: &TestApp, mine: &str) {
    let text_q = app.session().await.consultation.questions[3].id;
    let about_buses = [
        "Bussen går altfor sjelden, vi kommer oss ikke på trening",
        "Det går nesten ingen buss på kvelden, så vi må bli kjørt overalt",
        "Flere bussavganger om kvelden! Bussen hjem går klokka fem",
        "Bussen er for dyr og går for sjelden til sentrum",
        "Skulle ønske bussen gikk oftere i helgene",
    ];
    for text in about_buses {
        let token = app.start().await;
        let answers = serde_json::json!({ text_q.to_string(): {"kind": "text", "text": text} });
        app.send(&token, &answers.to_string()).await;
    }
    let html = app.get_with("/staff/sessions/SVAR25/texts", mine).await.text().await.unwrap();
    let themes = &html[html.find("Temaer som går igjen").expect("a themes section")..];
    let themes = &themes[..themes.find("</section>").unwrap()];
    assert!(themes.contains("buss"), "the bus texts form a theme named by its words: {themes}");
    assert!(themes.contains("5 tekster") || themes.contains("6 tekster"), "{themes}");
    assert!(!themes.contains("Ungdomsklubb"), "hidden texts are left out");
}

/// The organisation's own export: one row per stored answer, approved free text
/// only (already redacted), labels marked confirmed or automatic, and a data
/// dictionary; nobody else can download it.
async fn export_story(app: &TestApp, mine: &str, theirs: &str, reviewer: &str) {
    let csv_path = "/staff/sessions/SVAR25/export.csv";
    let res = app.get_with(csv_path, mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("ungstemme-SVAR25.csv"));
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}response,session,submitted_hour"), "{}", lines[0]);
    // One response with two free texts: two answer rows.
    assert_eq!(lines.len(), 3, "{csv}");
    let plain = lines.iter().find(|l| l.contains(",free_text,")).unwrap();
    assert!(plain.contains("[…]") && plain.contains(",approved,"), "{plain}");
    assert!(
        plain.contains("leisure [confirmed]") && plain.contains("leisure-physical [confirmed]")
    );
    assert!(!csv.contains("912 34 567") && !csv.contains("Nordmann"), "{csv}");
    let idea = lines.iter().find(|l| l.contains(",idea,")).unwrap();
    assert!(
        idea.contains(",hidden,") && !idea.contains("fredag"),
        "hidden text stays home: {idea}"
    );

    let res = app.get_with("/staff/sessions/SVAR25/export.xlsx", mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.bytes().await.unwrap();
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let read = |book: &mut zip::ZipArchive<_>, name: &str| {
        use std::io::Read;
        let mut s = String::new();
        book.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let answers = read(&mut book, "xl/worksheets/sheet1.xml");
    assert_eq!(answers.matches("<row ").count(), 3, "a header and two answer rows");
    let strings = read(&mut book, "xl/sharedStrings.xml");
    assert!(strings.contains("leisure [confirmed]") && !strings.contains("912 34 567"));
    let dictionary = read(&mut book, "xl/worksheets/sheet2.xml");
    assert_eq!(dictionary.matches("<row ").count(), 18, "a header and one row per column");
    assert!(strings.contains("Friteksten, med personopplysninger fjernet"), "explained in bokmål");

    for (who, status) in [(theirs, StatusCode::NOT_FOUND), (reviewer, StatusCode::FORBIDDEN)] {
        assert_eq!(app.get_with(csv_path, who).await.status(), status);
    }
    let anonymous = app.http.get(app.url(csv_path)).send().await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

/// The session's texts once the background labeller has been through them all.
async fn labelled(app: &TestApp, session_id: i64) -> Vec<store::TextItem> {
    for _ in 0..100 {
        let texts = app.store.session_texts(session_id, None).await.unwrap();
        if texts.iter().all(|t| !t.labels.is_empty()) {
            return texts;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the texts were not labelled within five seconds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_text_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_text_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}
