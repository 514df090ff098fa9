//! The consultation editor, black-box: who may see and post to it, each edit, the
//! preview, the lock once a response is stored, and bad input refused with nothing
//! stored — on SQLite, and on PostgreSQL when `TEST_POSTGRES_URL` is set.

mod support;

use domain::{Answer, Answers, Consultation, JoinCode, Lang, QuestionKind, Role, Submission};
use reqwest::header::LOCATION;
use reqwest::StatusCode;
use support::staff::account;
use support::{postgres_app, sqlite_app, TestApp};

/// A post that must be refused: where, with what, the status and the message id.
type Case<'a> = (String, Vec<(&'a str, &'a str)>, StatusCode, &'a str);

struct Who {
    cookie: String,
    csrf: String,
}

async fn who(app: &TestApp, email: &str, role: Role, org: Option<i64>) -> Who {
    let cookie = account(app, email, role, org).await;
    let csrf = app.home_csrf(&cookie).await;
    Who { cookie, csrf }
}

async fn snapshot(app: &TestApp, id: i64) -> Consultation {
    (*app.store.consultation(id).await.unwrap().unwrap()).clone()
}

impl Who {
    async fn post(&self, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(form);
        app.post_with(path, &self.cookie, &all).await
    }
}

fn location(res: &reqwest::Response) -> String {
    res.headers()[LOCATION].to_str().unwrap().to_string()
}

/// A refused post: the status, the message in bokmål, and its id in the header.
async fn refused(res: reqwest::Response, status: StatusCode, message_id: &str, text: &str) {
    assert_eq!(res.status(), status, "{message_id}");
    assert_eq!(res.headers()["x-ungstemme-error"], message_id);
    let body = res.text().await.unwrap();
    assert!(body.contains(text), "{text} in {body}");
}

async fn story(app: &TestApp) {
    let org = app.store.ensure_organisation("Ungdomsrådet i Alta").await.unwrap();
    let other_org = app.store.ensure_organisation("Et annet lag").await.unwrap();
    let mine = who(app, "fasilitator@alta.no", Role::Facilitator, Some(org)).await;
    let theirs = who(app, "fasilitator@annet.no", Role::Facilitator, Some(other_org)).await;
    let reviewer = who(app, "leser@innsats.no", Role::Reviewer, None).await;
    let admin = who(app, "admin@innsats.no", Role::Admin, None).await;

    // A consultation from a template, then its id from the organisation's list.
    let res = mine.post(app, "/staff/consultations", &[("template", "skole-og-trivsel")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cid = app.store.consultations_of(org).await.unwrap()[0].id;
    let base = format!("/staff/consultations/{cid}");
    let c = snapshot(app, cid).await;
    let (q1, q2, q6) = (c.questions[0].id, c.questions[1].id, c.questions[5].id);
    let o21 = c.questions[1].options[0].id;

    // The list links the editor and the preview.
    let list = app.get_with("/staff/consultations", &mine.cookie).await.text().await.unwrap();
    assert!(list.contains(&format!("href=\"{base}/edit\"")));
    assert!(list.contains(&format!("href=\"{base}/preview/1\"")));
    assert!(list.contains("action=\"/staff/consultations/new\""));

    // Who may see the editor and the preview.
    for path in [format!("{base}/edit"), format!("{base}/preview/1")] {
        let anonymous = app.http.get(app.url(&path)).send().await.unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "{path}");
        for (w, status) in [
            (&reviewer, StatusCode::FORBIDDEN),
            (&admin, StatusCode::FORBIDDEN),
            (&theirs, StatusCode::NOT_FOUND),
            (&mine, StatusCode::OK),
        ] {
            assert_eq!(app.get_with(&path, &w.cookie).await.status(), status, "{path}");
        }
    }
    assert_eq!(
        app.get_with("/staff/consultations/abc/edit", &mine.cookie).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_with(&format!("{base}/preview/7"), &mine.cookie).await.status(),
        StatusCode::NOT_FOUND
    );

    // Who may post: every edit refused to everyone but its own facilitator, and
    // nothing changes.
    let q1s = q1.to_string();
    let q2s = q2.to_string();
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("{base}/texts"), vec![("title_nb", "Kapret"), ("intro_nb", "Kapret")]),
        (
            format!("{base}/questions"),
            vec![("kind", "scale"), ("lang", "nb"), ("prompt", "Kapret?"), ("options", "")],
        ),
        (format!("{base}/questions/{q1s}"), vec![("prompt_nb", "Kapret?")]),
        (format!("{base}/questions/{q1s}/move"), vec![("direction", "down")]),
        (format!("{base}/questions/{q1s}/delete"), vec![]),
        (format!("{base}/questions/{q2s}/options"), vec![("lang", "nb"), ("label", "Kapret")]),
        (format!("{base}/questions/{q2s}/options/{o21}"), vec![("label_nb", "Kapret")]),
        (format!("{base}/questions/{q2s}/options/{o21}/delete"), vec![]),
    ];
    let before = snapshot(app, cid).await;
    for (path, form) in &posts {
        assert_eq!(app.post(path, form).await.status(), StatusCode::FORBIDDEN, "anonymous {path}");
        for (w, status) in [
            (&reviewer, StatusCode::FORBIDDEN),
            (&admin, StatusCode::FORBIDDEN),
            (&theirs, StatusCode::NOT_FOUND),
        ] {
            assert_eq!(w.post(app, path, form).await.status(), status, "{path}");
        }
        // A forged token from the right facilitator.
        let mut forged = vec![("csrf", "forged")];
        forged.extend_from_slice(form);
        refused(
            app.post_with(path, &mine.cookie, &forged).await,
            StatusCode::FORBIDDEN,
            "error-csrf",
            "Skjemaet er for gammelt",
        )
        .await;
    }
    assert_eq!(snapshot(app, cid).await, before, "nothing changed");
    assert_eq!(
        theirs
            .post(app, "/staff/consultations/new", &[("lang", "nb"), ("title", "x")])
            .await
            .status(),
        StatusCode::SEE_OTHER,
        "any facilitator may start one of their own"
    );
    for w in [&reviewer, &admin] {
        let res = w.post(app, "/staff/consultations/new", &[("lang", "nb"), ("title", "x")]).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
    }

    // A session is open, so a phone has the consultation cached.
    let code = JoinCode::parse("RETT23").unwrap();
    let sid = app.store.open_session(cid, &code).await.unwrap();
    let join = app.http.get(app.url("/j/RETT23")).send().await.unwrap().text().await.unwrap();
    assert!(join.contains("Skole og trivsel"));

    // Title and introduction; phones see the new text at once.
    let res = mine
        .post(
            app,
            &format!("{base}/texts"),
            &[
                ("title_nb", "Skolen vår"),
                ("title_nn", ""),
                ("title_se", "Min skuvla"),
                ("title_en", ""),
                ("intro_nb", "Si hva du mener."),
                ("intro_se", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{base}/edit#texts"));
    let c = snapshot(app, cid).await;
    assert_eq!(c.title.get(Lang::Se).1, "Min skuvla");
    assert_eq!(c.title.get(Lang::Nn), (Lang::Nb, "Skolen vår"));
    assert_eq!(c.intro.languages().collect::<Vec<_>>(), vec![Lang::Nb]);
    let join = app.http.get(app.url("/j/RETT23")).send().await.unwrap().text().await.unwrap();
    assert!(join.contains("Skolen vår"), "the cache was forgotten");

    // A Sámi prompt and a help line.
    let path = format!("{base}/questions/{q1}");
    let res = mine
        .post(
            app,
            &path,
            &[
                ("prompt_nb", "Hvor godt trives du?"),
                ("prompt_se", "Mo don birget skuvllas?"),
                ("help_nb", "Tenk på den siste uka."),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{base}/edit#q-{q1}"));
    let q = snapshot(app, cid).await.questions[0].clone();
    assert_eq!(q.prompt.get(Lang::Se), (Lang::Se, "Mo don birget skuvllas?"));
    assert_eq!(q.prompt.get(Lang::En), (Lang::Nb, "Hvor godt trives du?"), "English was emptied");
    assert_eq!(q.help.as_ref().unwrap().get(Lang::Se), (Lang::Nb, "Tenk på den siste uka."));

    // The editor names what is missing and what readers get instead.
    let editor = app.get_with(&format!("{base}/edit"), &mine.cookie).await.text().await.unwrap();
    assert!(editor.contains("Mangler: Nynorsk (viser Bokmål), English (viser Bokmål)"), "{editor}");
    assert!(editor.contains("Mo don birget skuvllas?"));
    assert!(editor.contains(&format!("id=\"q-{q1}\"")));

    // A choice question at the end, in Sámi, with two options; a third is added.
    let res = mine
        .post(
            app,
            &format!("{base}/questions"),
            &[
                ("kind", "single_choice"),
                ("lang", "se"),
                ("prompt", "Leatgo don ustit skuvllas?"),
                ("options", "Juo\r\n\r\nIi\r\n"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let c = snapshot(app, cid).await;
    let new = c.questions.last().unwrap().clone();
    assert_eq!(location(&res), format!("{base}/edit#q-{}", new.id));
    assert_eq!(
        (c.questions.len(), new.kind, new.options.len()),
        (7, QuestionKind::SingleChoice, 2)
    );
    let new_path = format!("{base}/questions/{}", new.id);
    let res = mine
        .post(app, &format!("{new_path}/options"), &[("lang", "se"), ("label", "Muhtumin")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let new = snapshot(app, cid).await.questions[6].clone();
    assert_eq!(new.options[2].label.get(Lang::Se).1, "Muhtumin");
    let oid = new.options[2].id;
    let res = mine
        .post(
            app,
            &format!("{new_path}/options/{oid}"),
            &[("label_se", "Muhtumin"), ("label_nb", "Noen ganger")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let new = snapshot(app, cid).await.questions[6].clone();
    assert_eq!(new.options[2].label.get(Lang::Nb).1, "Noen ganger");

    // Removing options stops at two.
    let res =
        mine.post(app, &format!("{new_path}/options/{}/delete", new.options[0].id), &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let new = snapshot(app, cid).await.questions[6].clone();
    assert_eq!(new.options.len(), 2);
    let before = snapshot(app, cid).await;
    refused(
        mine.post(app, &format!("{new_path}/options/{oid}/delete"), &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "staff-editor-error-too-few-options",
        "minst to svaralternativer",
    )
    .await;
    assert_eq!(snapshot(app, cid).await, before);

    // Moving and deleting.
    let res = mine.post(app, &format!("{new_path}/move"), &[("direction", "up")]).await;
    assert_eq!(location(&res), format!("{base}/edit#q-{}", new.id));
    let res = mine.post(app, &format!("{base}/questions/{q6}/delete"), &[]).await;
    assert_eq!(location(&res), format!("{base}/edit#questions"));
    let c = snapshot(app, cid).await;
    assert_eq!(c.questions.len(), 6);
    assert_eq!(c.questions[5].id, new.id, "moved above the idea, which is gone");
    let res = mine.post(app, &format!("{base}/questions/{q1}/move"), &[("direction", "up")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "the first going up stays first");
    assert_eq!(snapshot(app, cid).await.questions[0].id, q1);

    // The preview: exactly what a phone shows, in the chosen language, posting nowhere.
    let preview = app
        .get_with(&format!("{base}/preview/6?lang=se"), &mine.cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(preview.contains("Leatgo don ustit skuvllas?"));
    assert!(preview.contains("Muhtumin") && preview.contains("type=\"radio\""));
    assert!(preview.contains("Gažaldat 6 / 6") || preview.contains("6 / 6"), "progress");
    assert!(preview.contains("Ruovttoluotta"), "the phone's own words, in Sámi");
    assert!(preview.contains(&format!("href=\"{base}/preview/5?lang=se\"")));
    assert!(!preview.contains("method=\"post\"") && !preview.contains("/r/"), "no form to send");
    let first =
        app.get_with(&format!("{base}/preview/1"), &mine.cookie).await.text().await.unwrap();
    assert!(first.contains("Hvor godt trives du?") && first.contains("Tenk på den siste uka."));
    assert!(first.contains(&format!("href=\"{base}/preview/2\"")));

    // Bad input: a message in the reader's language, and nothing stored.
    let before = snapshot(app, cid).await;
    let long = "á".repeat(201);
    let long_help = "á".repeat(501);
    let bad: Vec<Case> = vec![
        (
            format!("{base}/texts"),
            vec![("title_nb", &long), ("intro_nb", "Hei")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-too-long",
        ),
        (
            format!("{base}/texts"),
            vec![("title_nb", " "), ("intro_nb", "Hei")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-empty",
        ),
        (
            format!("{base}/questions"),
            vec![("kind", "essay"), ("lang", "nb"), ("prompt", "Hva?")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-malformed",
        ),
        (
            format!("{base}/questions"),
            vec![("kind", "scale"), ("lang", "de"), ("prompt", "Was?")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-malformed",
        ),
        (
            format!("{base}/questions"),
            vec![("kind", "scale"), ("lang", "nb"), ("prompt", "Hva?"), ("options", "Ja\nNei")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-options-not-allowed",
        ),
        (
            format!("{base}/questions"),
            vec![
                ("kind", "multiple_choice"),
                ("lang", "nb"),
                ("prompt", "Hva?"),
                ("options", "Ja"),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-too-few-options",
        ),
        (
            format!("{base}/questions/{q1}/options"),
            vec![("lang", "nb"), ("label", "Ja")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-options-not-allowed",
        ),
        (
            format!("{base}/questions/{q1}/move"),
            vec![("direction", "sideways")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-malformed",
        ),
        (
            format!("{base}/questions/{q1}"),
            vec![("prompt_nb", "")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-empty",
        ),
        (
            format!("{base}/questions/{q1}"),
            vec![("prompt_nb", "Hva?"), ("help_se", &long_help)],
            StatusCode::UNPROCESSABLE_ENTITY,
            "staff-editor-error-too-long",
        ),
        (format!("{base}/questions/x1/delete"), vec![], StatusCode::NOT_FOUND, "not-found-body"),
        (
            "/staff/consultations/1e3/texts".to_string(),
            vec![("title_nb", "Hei"), ("intro_nb", "Hei")],
            StatusCode::NOT_FOUND,
            "not-found-body",
        ),
        (
            format!("{base}/questions/{q2}/options/{oid}"),
            vec![("label_nb", "Ja")],
            StatusCode::NOT_FOUND,
            "not-found-body",
        ),
    ];
    for (path, form, status, id) in &bad {
        let res = mine.post(app, path, form).await;
        assert_eq!((res.status(), path.as_str()), (*status, path.as_str()), "{form:?}");
        assert_eq!(res.headers()["x-ungstemme-error"], *id, "{path} {form:?}");
    }
    // Another consultation's question, through this consultation's address.
    let demo = app.session().await.consultation;
    let res =
        mine.post(app, &format!("{base}/questions/{}/delete", demo.questions[0].id), &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(snapshot(app, cid).await, before, "nothing stored");
    refused(
        mine.post(app, &format!("{base}/texts"), &[("title_nb", ""), ("intro_nb", "Hei")]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "staff-editor-error-empty",
        "Skriv teksten på minst ett språk.",
    )
    .await;

    // A response is stored: the questions and options are fixed, the texts are not.
    let scale = c.questions.iter().find(|q| q.kind == QuestionKind::Scale).unwrap().id;
    let sub = Submission {
        key: domain::SubmissionKey::parse(&uuid::Uuid::new_v4().to_string()).unwrap(),
        session_id: sid,
        lang: Lang::Nb,
        age_band: None,
        county: None,
        answers: Answers::from([(scale, Answer::Scale { value: 4 })]),
    };
    app.store.submit(sub).await.unwrap();
    let locked = snapshot(app, cid).await;
    let new_oid = locked.questions[5].options[0].id;
    let structural: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            format!("{base}/questions"),
            vec![("kind", "scale"), ("lang", "nb"), ("prompt", "Mer?"), ("options", "")],
        ),
        (format!("{base}/questions/{q1}/move"), vec![("direction", "down")]),
        (format!("{base}/questions/{q1}/delete"), vec![]),
        (format!("{new_path}/options"), vec![("lang", "nb"), ("label", "Mer")]),
        (format!("{new_path}/options/{oid}/delete"), vec![]),
    ];
    for (path, form) in &structural {
        refused(
            mine.post(app, path, form).await,
            StatusCode::CONFLICT,
            "staff-editor-locked-error",
            "har allerede fått svar",
        )
        .await;
    }
    assert_eq!(snapshot(app, cid).await, locked, "nothing changed");
    let res = mine
        .post(
            app,
            &format!("{new_path}/options/{new_oid}"),
            &[("label_se", "Juo"), ("label_nb", "Ja")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "texts may still be corrected");
    let editor = app.get_with(&format!("{base}/edit"), &mine.cookie).await.text().await.unwrap();
    assert!(editor.contains("Denne undersøkelsen har fått svar."));
    assert!(!editor.contains("Legg til et spørsmål") && !editor.contains("/move\""));

    // From scratch: a title, and a standard introduction in every language.
    let res = mine
        .post(
            app,
            "/staff/consultations/new",
            &[("lang", "se"), ("title", "Min gilli"), ("intro", "")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    let new_id: i64 = to
        .strip_prefix("/staff/consultations/")
        .unwrap()
        .strip_suffix("/edit")
        .unwrap()
        .parse()
        .unwrap();
    let blank = snapshot(app, new_id).await;
    assert!(blank.questions.is_empty());
    assert_eq!(blank.title.get(Lang::Nb), (Lang::Se, "Min gilli"));
    assert_eq!(blank.intro.languages().count(), 4);
    assert_eq!(app.get_with(&to, &mine.cookie).await.status(), StatusCode::OK);
    let preview =
        app.get_with(&format!("/staff/consultations/{new_id}/preview/1"), &mine.cookie).await;
    assert_eq!(preview.status(), StatusCode::OK);
    assert!(preview.text().await.unwrap().contains("ingen spørsmål ennå"));
    for (form, id) in [
        (vec![("lang", "nb"), ("title", "")], "staff-editor-error-empty"),
        (vec![("lang", "xx"), ("title", "Hei")], "error-malformed"),
        (vec![("lang", "nb"), ("title", &long)], "staff-editor-error-too-long"),
    ] {
        let res = mine.post(app, "/staff/consultations/new", &form).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.headers()["x-ungstemme-error"], id);
    }
    assert_eq!(app.store.consultations_of(org).await.unwrap().len(), 2, "nothing more stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editor_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editor_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}
