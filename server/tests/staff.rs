//! Staff sign-in, black-box: cookies, session rotation, CSRF, throttling, sign out
//! everywhere and password change — on SQLite, and on PostgreSQL when
//! `TEST_POSTGRES_URL` is set.

mod support;

use reqwest::header::{LOCATION, SET_COOKIE};
use reqwest::StatusCode;
use support::staff::{account, csrf_in, staff_cookie, PASSWORD};
use support::{postgres_app, sqlite_app, TestApp};

async fn story(app: &TestApp) {
    let email = domain::Email::parse("leder@innsats.no").unwrap();
    let hash = ungstemme_server::auth::password::hash(PASSWORD).unwrap();
    app.store
        .create_staff(store::NewStaff {
            email: &email,
            display_name: "Leder",
            role: domain::Role::Admin,
            organisation_id: None,
            password_hash: Some(&hash),
        })
        .await
        .unwrap();

    // Young people's pages never start a session.
    let res = app.http.get(app.url("/j/SVAR25")).send().await.unwrap();
    assert!(res.headers().get(SET_COOKIE).is_none(), "no cookie for a respondent");

    // No token, no sign-in; wrong password, no sign-in; nobody signed in sees nothing.
    let (cookie, _) = app.sign_in_page().await;
    let res = app
        .post_with(
            "/staff/sign-in",
            &cookie,
            &[("email", "leder@innsats.no"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.sign_in("leder@innsats.no", "feil passord her").await,
        Err(StatusCode::UNAUTHORIZED)
    );
    assert_eq!(app.sign_in("nobody@innsats.no", PASSWORD).await, Err(StatusCode::UNAUTHORIZED));
    assert_eq!(
        app.http.get(app.url("/staff")).send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );

    // Signed in on two computers.
    let laptop = app.sign_in("Leder@Innsats.no", PASSWORD).await.unwrap();
    let office = app.sign_in("leder@innsats.no", PASSWORD).await.unwrap();
    let home = app.get_with("/staff", &laptop).await;
    assert_eq!(home.status(), StatusCode::OK);
    assert!(home.text().await.unwrap().contains("Hei, Leder"));

    // Changing the password: the old one must be right, the new one long enough.
    let csrf = app.home_csrf(&laptop).await;
    let wrong = app
        .post_with(
            "/staff/password",
            &laptop,
            &[("csrf", &csrf), ("current", "nei"), ("new", "nytt langt passord")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let short = app
        .post_with(
            "/staff/password",
            &laptop,
            &[("csrf", &csrf), ("current", PASSWORD), ("new", "kort")],
        )
        .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let forged = app
        .post_with(
            "/staff/password",
            &laptop,
            &[("csrf", "x"), ("current", PASSWORD), ("new", "nytt langt passord")],
        )
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let ok = app
        .post_with(
            "/staff/password",
            &laptop,
            &[("csrf", &csrf), ("current", PASSWORD), ("new", "nytt langt passord")],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.get_with("/staff", &laptop).await.status(),
        StatusCode::OK,
        "this session carries on"
    );
    assert_eq!(
        app.get_with("/staff", &office).await.status(),
        StatusCode::UNAUTHORIZED,
        "others are signed out"
    );
    assert_eq!(app.sign_in("leder@innsats.no", PASSWORD).await, Err(StatusCode::UNAUTHORIZED));
    let office = app.sign_in("leder@innsats.no", "nytt langt passord").await.unwrap();

    // Sign out everywhere from the laptop ends the office session too.
    let csrf = app.home_csrf(&laptop).await;
    let res = app.post_with("/staff/sign-out-everywhere", &laptop, &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get_with("/staff", &laptop).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get_with("/staff", &office).await.status(), StatusCode::UNAUTHORIZED);

    // Sign out here.
    let office = app.sign_in("leder@innsats.no", "nytt langt passord").await.unwrap();
    let csrf = app.home_csrf(&office).await;
    assert_eq!(
        app.post_with("/staff/sign-out", &office, &[("csrf", &csrf)]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.get_with("/staff", &office).await.status(), StatusCode::UNAUTHORIZED);

    // Guessing is throttled per account: after five failures even the right password waits.
    for _ in 0..5 {
        assert_eq!(
            app.sign_in("leder@innsats.no", "gjetning gjetning").await,
            Err(StatusCode::UNAUTHORIZED)
        );
    }
    assert_eq!(
        app.sign_in("leder@innsats.no", "nytt langt passord").await,
        Err(StatusCode::TOO_MANY_REQUESTS)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_sign_in_on_sqlite() {
    let app = sqlite_app().await;
    story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_sign_in_on_postgres() {
    if let Some(app) = postgres_app().await {
        story(&app).await;
        app.finish().await;
    }
}

/// A staff post, its form fields, and the status expected for each of anonymous,
/// facilitator, reviewer and administrator.
type Post<'a> = (&'a str, Vec<(&'a str, &'a str)>, [u16; 4]);

fn invite_link_in(html: &str) -> String {
    let at = html.find("/staff/invite/").expect("an invite link on the page");
    let token: String = html[at + "/staff/invite/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("/staff/invite/{token}")
}

impl TestApp {
    /// The administrator invites someone; returns the invite path shown once.
    async fn invite(&self, admin: &str, email: &str, role: &str, org: &str) -> String {
        let csrf = csrf_in(&self.get_with("/staff/admin", admin).await.text().await.unwrap());
        let form = [
            ("csrf", csrf.as_str()),
            ("email", email),
            ("name", "Ny"),
            ("role", role),
            ("organisation", org),
        ];
        let res = self.post_with("/staff/admin/invites", admin, &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "inviting {email}");
        let to = res.headers()[LOCATION].to_str().unwrap().to_string();
        assert!(to.starts_with("/staff/admin?invite="), "{to}");
        let page = self.get_with(&to, admin).await.text().await.unwrap();
        let link = invite_link_in(&page);
        let plain = self.get_with("/staff/admin", admin).await.text().await.unwrap();
        assert!(!plain.contains(&link), "the link is shown only on the page right after");
        let other = self.get_with(&to, "ungstemme_staff=someone-else").await.text().await.unwrap();
        assert!(!other.contains(&link), "and only to the administrator who made it");
        link
    }

    /// The invitee opens the link and chooses a password; returns their session.
    async fn accept(&self, link: &str, password: &str) -> Result<String, StatusCode> {
        let res = self.http.get(self.url(link)).send().await.unwrap();
        if res.status() != StatusCode::OK {
            return Err(res.status());
        }
        let (cookie, _) = staff_cookie(&res).expect("a session for the form");
        let csrf = csrf_in(&res.text().await.unwrap());
        let res = self.post_with(link, &cookie, &[("csrf", &csrf), ("password", password)]).await;
        if res.status() != StatusCode::SEE_OTHER {
            return Err(res.status());
        }
        Ok(staff_cookie(&res).expect("signed in").0)
    }
}

/// Invites, and who may do what: anonymous, facilitator, reviewer, administrator
/// against every staff page and post.
async fn roles_story(app: &TestApp) {
    let email = domain::Email::parse("admin@innsats.no").unwrap();
    let hash = ungstemme_server::auth::password::hash(PASSWORD).unwrap();
    let new = store::NewStaff {
        email: &email,
        display_name: "Admin",
        role: domain::Role::Admin,
        organisation_id: None,
        password_hash: Some(&hash),
    };
    app.store.create_staff(new).await.unwrap();
    let admin = app.sign_in("admin@innsats.no", PASSWORD).await.unwrap();

    let csrf = csrf_in(&app.get_with("/staff/admin", &admin).await.text().await.unwrap());
    let res = app
        .post_with(
            "/staff/admin/organisations",
            &admin,
            &[("csrf", &csrf), ("name", "Ungdomsrådet i Alta")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let org = app.store.organisations().await.unwrap()[0].id.to_string();

    // A facilitator needs an organisation; nobody else may have one.
    let csrf = csrf_in(&app.get_with("/staff/admin", &admin).await.text().await.unwrap());
    let bad = [
        ("csrf", csrf.as_str()),
        ("email", "x@alta.no"),
        ("name", "X"),
        ("role", "facilitator"),
        ("organisation", ""),
    ];
    assert_eq!(
        app.post_with("/staff/admin/invites", &admin, &bad).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let bad = [
        ("csrf", csrf.as_str()),
        ("email", "x@alta.no"),
        ("name", "X"),
        ("role", "reviewer"),
        ("organisation", org.as_str()),
    ];
    assert_eq!(
        app.post_with("/staff/admin/invites", &admin, &bad).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let link = app.invite(&admin, "fasilitator@alta.no", "facilitator", &org).await;
    let facilitator = app.accept(&link, "fasilitatorens passord").await.unwrap();
    assert_eq!(
        app.accept(&link, "et annet passord her").await,
        Err(StatusCode::GONE),
        "an invite works once"
    );
    assert_eq!(
        app.accept("/staff/invite/abc", "et annet passord her").await,
        Err(StatusCode::NOT_FOUND)
    );
    let reviewer_link = app.invite(&admin, "leser@innsats.no", "reviewer", "").await;
    let short = app.accept(&reviewer_link, "kort").await;
    assert_eq!(short, Err(StatusCode::UNPROCESSABLE_ENTITY));
    let reviewer = app.accept(&reviewer_link, "leserens lange passord").await.unwrap();

    // Anonymous: a session with a token but nobody signed in.
    let (anonymous, _) = app.sign_in_page().await;
    let pages = [
        ("/staff", [401, 200, 200, 200]),
        ("/staff/admin", [401, 403, 403, 200]),
        ("/staff/consultations", [401, 200, 403, 403]),
    ];
    let who = [
        ("anonymous", &anonymous),
        ("facilitator", &facilitator),
        ("reviewer", &reviewer),
        ("admin", &admin),
    ];
    for (path, expected) in pages {
        for ((name, cookie), want) in who.iter().zip(expected) {
            let got = app.get_with(path, cookie).await.status().as_u16();
            assert_eq!(got, want, "GET {path} as {name}");
        }
    }
    let posts: [Post; 2] = [
        ("/staff/admin/organisations", vec![("name", "Ny organisasjon")], [401, 403, 403, 303]),
        (
            "/staff/admin/invites",
            vec![
                ("email", "ny@innsats.no"),
                ("name", "Ny"),
                ("role", "reviewer"),
                ("organisation", ""),
            ],
            [401, 403, 403, 303],
        ),
    ];
    for (path, form, expected) in posts {
        for ((name, cookie), want) in who.iter().zip(expected) {
            let page = if *name == "anonymous" { "/staff/sign-in" } else { "/staff" };
            let csrf = csrf_in(&app.get_with(page, cookie).await.text().await.unwrap());
            let mut form = form.clone();
            form.push(("csrf", &csrf));
            let got = app.post_with(path, cookie, &form).await.status().as_u16();
            assert_eq!(got, want, "POST {path} as {name}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invites_and_roles_on_sqlite() {
    let app = sqlite_app().await;
    roles_story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invites_and_roles_on_postgres() {
    if let Some(app) = postgres_app().await {
        roles_story(&app).await;
        app.finish().await;
    }
}

/// A facilitator opens sessions of their organisation's consultation, shows the
/// QR code, and ends a session; nobody else can see or end them.
async fn sessions_story(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let other_org = app.store.ensure_organisation("Et annet lag").await.unwrap();
    let mine = account(app, "fasilitator@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let theirs =
        account(app, "fasilitator@annet.no", domain::Role::Facilitator, Some(other_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;
    let consultation = app.session().await.consultation.id.to_string();

    let list = app.get_with("/staff/consultations", &mine).await;
    assert_eq!(list.status(), StatusCode::OK);
    let html = list.text().await.unwrap();
    assert!(
        html.contains("Fritid der du bor") && html.contains("SVAR25"),
        "the demo and its session are listed"
    );
    let csrf = csrf_in(&html);
    assert!(!app
        .get_with("/staff/consultations", &theirs)
        .await
        .text()
        .await
        .unwrap()
        .contains("SVAR25"));
    assert_eq!(
        app.get_with("/staff/consultations", &reviewer).await.status(),
        StatusCode::FORBIDDEN
    );

    // Open a live session: a fresh unambiguous code, a QR code, a working join link.
    let form = [("csrf", csrf.as_str()), ("consultation", consultation.as_str()), ("mode", "live")];
    let res = app.post_with("/staff/sessions", &mine, &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()[LOCATION].to_str().unwrap().to_string();
    let code = to.strip_prefix("/staff/sessions/").unwrap().to_string();
    assert!(domain::JoinCode::parse(&code).is_ok() && code.len() == 6, "{code}");
    let page = app.get_with(&to, &mine).await.text().await.unwrap();
    assert!(page.contains("<svg") && page.contains(&format!("/j/{code}")), "QR code and join link");
    assert_eq!(
        app.http.get(app.url(&format!("/j/{code}"))).send().await.unwrap().status(),
        StatusCode::OK
    );
    let poster =
        app.get_with(&format!("{to}/poster?langs=se,nb"), &mine).await.text().await.unwrap();
    assert!(
        poster.contains("Skánne koda")
            && poster.contains("Skann koden")
            && !poster.contains("Scan the code")
    );

    // A phone answers; the session page counts it, with the words of the scale.
    let c = app.session().await.consultation;
    let scale_q = c.questions.iter().find(|q| q.kind == domain::QuestionKind::Scale).unwrap().id;
    let key = uuid::Uuid::new_v4().to_string();
    let answers = format!(r#"{{"{scale_q}":{{"kind":"scale","value":4}}}}"#);
    let form = [("key", key.as_str()), ("code", code.as_str()), ("answers", answers.as_str())];
    assert_eq!(app.post(&format!("/r/{key}/submit"), &form).await.status(), StatusCode::SEE_OTHER);
    let page = app.get_with(&to, &mine).await.text().await.unwrap();
    assert!(page.contains("Resultater så langt"));
    let bra = page
        .find(r#"<span class="bar-label">Bra</span>"#)
        .expect("the scale's words label the bars");
    assert!(page[bra..].starts_with(r#"<span class="bar-label">Bra</span>"#));
    assert!(page[bra..].contains(r#"<span class="bar-count">1</span>"#));
    let veldig_bra = page.find(r#"<span class="bar-label">Veldig bra</span>"#).unwrap();
    let after = &page[veldig_bra..];
    let count_at = after.find("bar-count").unwrap();
    assert!(after[count_at..].starts_with(r#"bar-count">0<"#), "nobody chose 5");

    // Another organisation cannot see or end it; a forged consultation id is refused.
    assert_eq!(app.get_with(&to, &theirs).await.status(), StatusCode::NOT_FOUND);
    let their_csrf = csrf_in(&app.get_with("/staff", &theirs).await.text().await.unwrap());
    let end = format!("{to}/end");
    assert_eq!(
        app.post_with(&end, &theirs, &[("csrf", &their_csrf)]).await.status(),
        StatusCode::NOT_FOUND
    );
    let forged =
        [("csrf", their_csrf.as_str()), ("consultation", consultation.as_str()), ("mode", "live")];
    assert_eq!(
        app.post_with("/staff/sessions", &theirs, &forged).await.status(),
        StatusCode::NOT_FOUND
    );

    // Its own facilitator ends it: young people are told it is closed.
    assert_eq!(
        app.post_with(&end, &mine, &[("csrf", &csrf)]).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.http.get(app.url(&format!("/j/{code}"))).send().await.unwrap().status(),
        StatusCode::GONE
    );

    // A new consultation from a template, for this organisation only.
    let form = [("csrf", csrf.as_str()), ("template", "skole-og-trivsel")];
    assert_eq!(
        app.post_with("/staff/consultations", &mine, &form).await.status(),
        StatusCode::SEE_OTHER
    );
    let html = app.get_with("/staff/consultations", &mine).await.text().await.unwrap();
    assert!(
        html.contains("<h2") && html.matches("Skole og trivsel").count() >= 2,
        "listed, and still offered"
    );
    let theirs_html = app.get_with("/staff/consultations", &theirs).await.text().await.unwrap();
    assert!(!theirs_html.contains("id=\"c-"), "no consultations listed for the other organisation");
    let form = [("csrf", csrf.as_str()), ("template", "no-such-template")];
    assert_eq!(
        app.post_with("/staff/consultations", &mine, &form).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // Tagging with the framework: known ids only, own consultations only.
    let tags = format!("/staff/consultations/{consultation}/tags");
    let form = [
        ("csrf", csrf.as_str()),
        ("goal", "leisure"),
        ("goal", "quality-of-life"),
        ("arena", "neighbourhood"),
    ];
    assert_eq!(app.post_with(&tags, &mine, &form).await.status(), StatusCode::SEE_OTHER);
    let html = app.get_with("/staff/consultations", &mine).await.text().await.unwrap();
    assert!(html.contains(r#"value="leisure" checked"#), "the page shows the chosen goal ticked");
    assert!(!html.contains(r#"value="mental-health" checked"#));
    let listed = app.store.consultations_of(demo_org).await.unwrap();
    let demo = listed.iter().find(|c| c.id.to_string() == consultation).unwrap();
    assert_eq!(demo.goals, ["leisure", "quality-of-life"]);
    assert_eq!(demo.arenas, ["neighbourhood"]);
    let bad = [("csrf", csrf.as_str()), ("goal", "happiness")];
    assert_eq!(app.post_with(&tags, &mine, &bad).await.status(), StatusCode::BAD_REQUEST);
    let their_tags = [("csrf", their_csrf.as_str()), ("goal", "leisure")];
    assert_eq!(app.post_with(&tags, &theirs, &their_tags).await.status(), StatusCode::NOT_FOUND);

    // An open session that starts tomorrow does not take answers yet; bad dates are refused.
    let tomorrow = (std::time::SystemTime::now() + std::time::Duration::from_secs(86_400 * 2))
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (y, m, d) = civil(tomorrow / 86_400);
    let date = format!("{y:04}-{m:02}-{d:02}");
    let form = [
        ("csrf", csrf.as_str()),
        ("consultation", consultation.as_str()),
        ("mode", "open"),
        ("opens", date.as_str()),
    ];
    let res = app.post_with("/staff/sessions", &mine, &form).await;
    let code = res.headers()[LOCATION]
        .to_str()
        .unwrap()
        .strip_prefix("/staff/sessions/")
        .unwrap()
        .to_string();
    assert_eq!(
        app.http.get(app.url(&format!("/j/{code}"))).send().await.unwrap().status(),
        StatusCode::GONE
    );
    let form = [
        ("csrf", csrf.as_str()),
        ("consultation", consultation.as_str()),
        ("mode", "open"),
        ("opens", "2026-12-01"),
        ("closes", "2026-11-01"),
    ];
    assert_eq!(
        app.post_with("/staff/sessions", &mine, &form).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

/// (year, month, day) of a day number since 1970-01-01.
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_on_sqlite() {
    let app = sqlite_app().await;
    sessions_story(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_on_postgres() {
    if let Some(app) = postgres_app().await {
        sessions_story(&app).await;
        app.finish().await;
    }
}
