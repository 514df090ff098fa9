//! The whole role × route matrix for staff pages, downloads, event streams and
//! posts: an anonymous visitor, a facilitator of the organisation that runs the
//! demo, a facilitator of another organisation, a reviewer and an administrator —
//! on SQLite, and on PostgreSQL when `TEST_POSTGRES_URL` is set.
//!
//! Posts carry a valid CSRF token for each visitor and, where the action would
//! change something, a form the handler refuses as incomplete: a 4xx from the
//! validation (not 401/403/404) shows the visitor was let through.

mod support;

use support::staff::{account, csrf_in};
use support::{postgres_app, sqlite_app, TestApp};

/// A staff post, its form fields, and the status expected for each of [`WHO`].
type Post<'a> = (String, Vec<(&'a str, &'a str)>, [u16; 5]);

const WHO: [&str; 5] = ["anonymous", "own facilitator", "other facilitator", "reviewer", "admin"];

async fn matrix(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let other_org = app.store.ensure_organisation("Et annet lag").await.unwrap();
    let (anonymous, _) = app.sign_in_page().await;
    let own = account(app, "egen@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let other = account(app, "annen@lag.no", domain::Role::Facilitator, Some(other_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;
    let admin = account(app, "admin@innsats.no", domain::Role::Admin, None).await;
    let cookies = [&anonymous, &own, &other, &reviewer, &admin];

    // A stored free text, so the moderation routes have something to act on.
    let session = app.session().await;
    let c = session.consultation.clone();
    let token = app.start().await;
    let answers = serde_json::json!({ c.questions[3].id.to_string(): {"kind": "text", "text": "Mer lys i parken"} })
        .to_string();
    app.send(&token, &answers).await;
    let text = app.store.session_texts(session.id, None).await.unwrap()[0].id;
    let cid = c.id;
    let qid = c.questions[0].id;

    let s = "/staff/sessions/SVAR25";
    let pages: Vec<(String, [u16; 5])> = vec![
        ("/staff".into(), [401, 200, 200, 200, 200]),
        ("/staff/admin".into(), [401, 403, 403, 403, 200]),
        ("/staff/consultations".into(), [401, 200, 200, 403, 403]),
        (format!("/staff/consultations/{cid}/edit"), [401, 200, 404, 403, 403]),
        (format!("/staff/consultations/{cid}/preview/1"), [401, 200, 404, 403, 403]),
        (s.into(), [401, 200, 404, 403, 403]),
        (format!("{s}/poster"), [401, 200, 404, 403, 403]),
        (format!("{s}/texts"), [401, 200, 404, 403, 403]),
        (format!("{s}/present"), [401, 200, 404, 403, 403]),
        (format!("{s}/export.csv"), [401, 200, 404, 403, 403]),
        (format!("{s}/export.xlsx"), [401, 200, 404, 403, 403]),
        (format!("{s}/events"), [401, 200, 404, 403, 403]),
        ("/staff/themes".into(), [401, 403, 403, 200, 403]),
        ("/staff/review/texts".into(), [401, 403, 403, 200, 403]),
        ("/staff/overview".into(), [401, 403, 403, 200, 403]),
        ("/staff/overview.csv".into(), [401, 403, 403, 200, 403]),
        ("/staff/overview.xlsx".into(), [401, 403, 403, 200, 403]),
        ("/staff/publications".into(), [401, 403, 403, 200, 403]),
        ("/staff/publications/new".into(), [401, 403, 403, 200, 403]),
        // What is published is for everyone.
        ("/heard".into(), [200, 200, 200, 200, 200]),
        ("/api/v1/publications".into(), [200, 200, 200, 200, 200]),
        ("/api/openapi.json".into(), [200, 200, 200, 200, 200]),
    ];
    for (path, expected) in &pages {
        for ((name, cookie), want) in WHO.iter().zip(cookies).zip(expected) {
            let got = app.get_with(path, cookie).await.status().as_u16();
            assert_eq!(got, *want, "GET {path} as {name}");
        }
    }

    // Posts, in an order where the ones that change something come last.
    let t = format!("/staff/texts/{text}");
    let q = format!("/staff/consultations/{cid}/questions/{qid}");
    let posts: Vec<Post> = vec![
        ("/staff/consultations/new".into(), vec![], [401, 422, 422, 403, 403]),
        ("/staff/consultations".into(), vec![("template", "none")], [401, 422, 422, 403, 403]),
        ("/staff/sessions".into(), vec![("consultation", "x")], [401, 422, 422, 403, 403]),
        (format!("/staff/consultations/{cid}/texts"), vec![], [401, 422, 404, 403, 403]),
        (format!("/staff/consultations/{cid}/questions"), vec![], [401, 422, 404, 403, 403]),
        (q.clone(), vec![], [401, 422, 404, 403, 403]),
        (format!("{q}/move"), vec![], [401, 422, 404, 403, 403]),
        (format!("{q}/options"), vec![], [401, 422, 404, 403, 403]),
        (format!("{s}/live"), vec![("do", "dance")], [401, 400, 404, 403, 403]),
        (format!("{t}/hide"), vec![], [401, 422, 404, 403, 403]),
        (format!("{t}/redact"), vec![], [401, 422, 404, 403, 403]),
        (format!("{t}/approve"), vec![], [401, 303, 404, 403, 403]),
        // Reviewers correct labels of any approved text (it is approved by now).
        (format!("{t}/labels"), vec![("label", "goal:leisure")], [401, 303, 404, 303, 403]),
        (format!("/staff/consultations/{cid}/tags"), vec![], [401, 303, 404, 403, 403]),
        (format!("{s}/end"), vec![], [401, 303, 404, 403, 403]),
        ("/staff/themes/run".into(), vec![], [401, 403, 403, 303, 403]),
        ("/staff/publications".into(), vec![], [401, 403, 403, 422, 403]),
        ("/staff/publications/999/updates".into(), vec![], [401, 403, 403, 422, 403]),
        ("/staff/publications/999/withdraw".into(), vec![], [401, 403, 403, 404, 403]),
    ];
    for (path, form, expected) in posts {
        for ((name, cookie), want) in WHO.iter().zip(cookies).zip(expected) {
            let page = if *name == "anonymous" { "/staff/sign-in" } else { "/staff" };
            let csrf = csrf_in(&app.get_with(page, cookie).await.text().await.unwrap());
            let mut form = form.clone();
            form.push(("csrf", &csrf));
            let got = app.post_with(&path, cookie, &form).await.status().as_u16();
            assert_eq!(got, want, "POST {path} as {name}");
        }
    }
    // Nothing the others tried reached the text: only the own facilitator's steps.
    let item = app.store.text_item(text).await.unwrap().unwrap();
    assert_eq!(item.status, store::ReviewStatus::Approved);
    assert_eq!(item.body, "Mer lys i parken");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn role_route_matrix_on_sqlite() {
    let app = sqlite_app().await;
    matrix(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn role_route_matrix_on_postgres() {
    if let Some(app) = postgres_app().await {
        matrix(&app).await;
        app.finish().await;
    }
}
