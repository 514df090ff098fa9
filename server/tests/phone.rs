//! What the phone app leans on: the plan a service worker keeps a survey by, a
//! submission sent later from the outbox (answers from the draft, stored once),
//! the manifest in four languages, and the language of every page in a header.

mod support;

use reqwest::header::{CONTENT_LANGUAGE, CONTENT_TYPE, COOKIE};
use reqwest::StatusCode;
use serde_json::Value;
use support::{postgres_app, sqlite_app, TestApp};

async fn story(app: &TestApp) {
    let session = app.session().await;
    let c = session.consultation.clone();
    let opt = |i: usize, j: usize| c.questions[i].options[j].id.to_string();
    let total = c.questions.len();

    // The plan: every page of the survey, in the reader's language.
    let token = app.start().await;
    let res = app
        .http
        .get(app.url(&format!("/r/{token}/offline")))
        .header(COOKIE, "lang=se")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let plan: Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    assert_eq!(plan["lang"], "se");
    assert_eq!(plan["join"], "/j/SVAR25");
    assert_eq!(plan["total"], total);
    let pages: Vec<&str> =
        plan["pages"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    // After each free-text question, the next page once more with the gentle
    // offer of help: the worker shows it after a text written offline.
    let free_texts: Vec<usize> =
        (0..total).filter(|&i| c.questions[i].kind.is_free_text()).collect();
    assert!(!free_texts.is_empty(), "the demo asks for words");
    assert_eq!(pages.len(), total + 3 + free_texts.len());
    assert_eq!(pages[0], "/j/SVAR25");
    assert_eq!(pages[1], format!("/r/{token}/q/1"));
    assert_eq!(pages[total + 1], format!("/r/{token}/about"));
    assert_eq!(pages[total + 2], format!("/r/{token}/saved"));
    for (k, &i) in free_texts.iter().enumerate() {
        let next = if i + 1 == total {
            format!("/r/{token}/about?help=maybe")
        } else {
            format!("/r/{token}/q/{}?help=maybe", i + 2)
        };
        assert_eq!(pages[total + 3 + k], next);
    }
    for page in &pages {
        let res = app.http.get(app.url(page)).header(COOKIE, "lang=se").send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{page} can be kept");
        let html = res.text().await.unwrap();
        let gentle = html.contains("class=\"help-lines maybe\"");
        assert_eq!(gentle, page.ends_with("?help=maybe"), "{page}: help offered only on its copy");
        if gentle {
            assert!(html.contains("Leago dus lossat?"), "in the reader's language: {page}");
            assert!(html.contains("tel:116111") && html.contains("https://www.korspahalsen.no"));
        }
    }
    for bad in ["/r/not-a-token/offline", "/r/00000000-0000-4000-8000-000000000000/offline"] {
        let res = app.http.get(app.url(bad)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{bad}");
    }

    // The phone kept the about page before any answer (its answers field is
    // empty), then answered offline; the outbox sends the steps, then the
    // submission marked answers_from=draft: the steps' answers are stored.
    let res =
        app.post(&format!("/r/{token}/q/1"), &[("choice", &opt(0, 1)), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .post(&format!("/r/{token}/q/4"), &[("text", "Skrevet på bussen"), ("nav", "next")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // The closing page asks the server to take the draft's answers (a kept copy of
    // it carries none of those given offline).
    let about = app.http.get(app.url(&format!("/r/{token}/about"))).send().await.unwrap();
    let html = about.text().await.unwrap();
    assert!(html.contains(r#"name="answers_from" value="draft""#), "{html}");
    let outbox = [
        ("key", token.as_str()),
        ("code", "SVAR25"),
        ("answers", "{}"),
        ("age", "13-15"),
        ("county", ""),
        ("answers_from", "draft"),
    ];
    let res = app.post(&format!("/r/{token}/submit"), &outbox).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let stored = app.store.response(&token).await.unwrap().expect("stored");
    assert_eq!(stored.answers.len(), 2, "{stored:?}");
    assert!(stored.answers.iter().any(|a| a.body.as_deref() == Some("Skrevet på bussen")));

    // Sent again (the reply was lost): acknowledged, still one, unchanged. The
    // draft is gone now, so the page's (empty) answers would be used — and are
    // not, because the key is already stored.
    let res = app.post(&format!("/r/{token}/submit"), &outbox).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.store.response(&token).await.unwrap().unwrap(), stored);
    let res = app.http.get(app.url(&format!("/r/{token}/saved"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("Takk for at du svarte"), "the saved page knows they arrived: {html}");

    // A draft of another session's answers is never taken.
    let other = app.start().await;
    let res =
        app.post(&format!("/r/{other}/q/1"), &[("choice", &opt(0, 0)), ("nav", "next")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .http
        .get(app.url(&format!("/r/{other}/saved")))
        .header(COOKIE, "lang=en")
        .send()
        .await
        .unwrap();
    let html = res.text().await.unwrap();
    assert!(html.contains("Your answers are saved on the phone"), "{html}");

    // The manifest, named in each language; pages say their language.
    for lang in ["nb", "nn", "se", "en"] {
        let res = app
            .http
            .get(app.url(&format!("/manifest.webmanifest?lang={lang}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[CONTENT_TYPE], "application/manifest+json");
        let m: Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
        assert_eq!(m["lang"], lang);
        assert_eq!(m["display"], "standalone");
        assert_eq!(m["start_url"], "/");
        let sizes: Vec<&str> =
            m["icons"].as_array().unwrap().iter().map(|i| i["sizes"].as_str().unwrap()).collect();
        assert!(sizes.contains(&"192x192") && sizes.contains(&"512x512"));
        let res =
            app.http.get(app.url("/")).header(COOKIE, format!("lang={lang}")).send().await.unwrap();
        assert_eq!(res.headers()[CONTENT_LANGUAGE], lang);
        let html = res.text().await.unwrap();
        assert!(html.contains(&format!("/manifest.webmanifest?lang={lang}")));
    }
    let res = app.http.get(app.url("/offline")).header(COOKIE, "lang=nn").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("Du er utan nett"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_app_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_app_on_postgres() {
    let Some(app) = postgres_app().await else { return };
    story(&app).await;
    app.finish().await;
}
