//! Hostile input, black-box: whatever is posted to any route — wrong content
//! types, bodies that are not UTF-8, broken percent-encoding, repeated fields,
//! huge and negative numbers, long values, JSON where a form belongs, empty bodies,
//! and random forms from proptest — is answered with a 2xx, 3xx or 4xx, never a
//! 5xx or a dropped connection, by every young person's post, every staff post
//! (signed out, and signed in as an administrator, a facilitator and a reviewer)
//! and every server function; the server stays healthy afterwards. A body over
//! the size limit gets 413 everywhere. Text written to look like markup is shown
//! as text on every staff page, and text written to look like a formula is defused
//! in the exports. On SQLite, and on PostgreSQL when `TEST_POSTGRES_URL` is set.

mod support;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use reqwest::header::{ACCEPT, ACCEPT_ENCODING, CONTENT_TYPE, COOKIE, LOCATION, REFERER};
use reqwest::{Method, StatusCode};
use support::staff::{account, csrf_in};
use support::{postgres_app_configured, sqlite_app_configured, Configure, TestApp};

const FORM: &str = "application/x-www-form-urlencoded";
/// Over the server's 256 KiB limit on a body.
const TOO_BIG: usize = 300 * 1024;
/// proptest-made bodies per route and visitor, on top of the fixed corpus.
const RANDOM_BODIES: usize = 12;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// Flood control off: it would answer most of these posts with 429 before the
/// handler under test reads them.
fn unlimited() -> Configure {
    Box::new(|st| st.with_flood_limits(None))
}

/// One request body: what it is (for the failure message), its content type and
/// its bytes; `form` says whether a route's own fields may be put in front of it.
#[derive(Clone, Debug)]
struct Body {
    what: String,
    content_type: Option<String>,
    bytes: Vec<u8>,
    form: bool,
}

fn form(what: &str, raw: impl Into<Vec<u8>>) -> Body {
    Body { what: what.into(), content_type: Some(FORM.into()), bytes: raw.into(), form: true }
}

fn typed(what: &str, content_type: &str, raw: impl Into<Vec<u8>>) -> Body {
    Body {
        what: what.into(),
        content_type: Some(content_type.into()),
        bytes: raw.into(),
        form: false,
    }
}

fn encode(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// Every field name a handler or server function reads.
const FIELDS: &[&str] = &[
    "nav",
    "choice",
    "scale",
    "text",
    "title",
    "description",
    "key",
    "code",
    "answers",
    "answers_from",
    "age",
    "county",
    "csrf",
    "email",
    "password",
    "name",
    "role",
    "organisation",
    "consultation",
    "mode",
    "opens",
    "closes",
    "template",
    "goal",
    "arena",
    "current",
    "new",
    "label",
    "reason",
    "part",
    "back",
    "direction",
    "kind",
    "lang",
    "prompt",
    "options",
    "intro",
    "title_nb",
    "title_se",
    "intro_nn",
    "prompt_en",
    "help_nb",
    "label_nb",
    "heard_nb",
    "heard_se",
    "body_nb",
    "query",
    "do",
    "invite",
    "token",
    "id",
    "n",
    "theme",
    "page",
];

/// The fixed corpus: each case has broken something somewhere before.
fn corpus() -> Vec<Body> {
    let long = "x".repeat(6000);
    let long_sami = "ŋ".repeat(5001);
    let nasty_values: Vec<(&str, &str)> = FIELDS.iter().map(|f| (*f, SCRIPT)).collect();
    vec![
        Body { what: "no body, no type".into(), content_type: None, bytes: vec![], form: true },
        form("empty form", ""),
        form("lone =", "="),
        form("only separators", "&&&=&=="),
        form("lone %", "%"),
        form("broken percent-encoding", "%zz=%g0&nav=%&text=%e"),
        form("percent-encoded invalid UTF-8", "text=%ff%fe%00&nav=next&title=%c3%28"),
        form("raw invalid UTF-8", &b"nav=\xff\xfe&text=\xc3\x28&email=\xed\xa0\x80"[..]),
        form(
            "repeated fields",
            "nav=next&nav=back&nav=skip&choice=1&choice=1&scale=1&scale=2&text=a&text=b\
             &csrf=x&csrf=y&code=SVAR25&code=ABCD&n=1&n=2&key=a&key=b",
        ),
        form(
            "huge numbers",
            "n=99999999999999999999999999999&choice=99999999999999999999999\
             &scale=18446744073709551616&consultation=9223372036854775808\
             &id=-9223372036854775809&organisation=1e309&opens=99999-99-99\
             &page=9223372036854775807",
        ),
        form(
            "negative numbers",
            "choice=-1&scale=-1&n=-1&consultation=-1&organisation=-1&id=-1&opens=-2026-01-01\
             &page=-9223372036854775808",
        ),
        form("NaN and friends", "scale=NaN&choice=inf&n=%2B1&consultation=0x10&organisation=1.5"),
        form(
            "long values",
            encode(&[("text", &long), ("title", &long), ("name", &long), ("email", &long)]),
        ),
        form("long multi-byte value", encode(&[("text", &long_sami), ("description", &long_sami)])),
        form(
            "NUL and control characters",
            encode(&[
                ("text", "a\0b"),
                ("title", "\0"),
                ("email", "a\0@b.no"),
                ("name", "\0"),
                ("reason", "\0x"),
                ("part", "\0"),
                ("query", "goal=\0"),
                ("label", "\0"),
                ("prompt", "\u{1b}[2J"),
                ("code", "SVAR25\0"),
                ("password", "\0\0\0\0\0\0\0\0\0\0\0\0\0"),
            ]),
        ),
        form(
            "right-to-left and combining marks",
            encode(&[("text", "\u{202e}evil\u{301}\u{301}"), ("name", "שלום مرحبا 👩‍👩‍👧")]),
        ),
        form("markup in every field", encode(&nasty_values)),
        form("JSON in a form", r#"{"nav":"next","text":"x","answers":{}}"#),
        typed("JSON", "application/json", r#"{"nav":"next","text":"x","code":"SVAR25"}"#),
        typed("JSON, broken", "application/json", "{\"nav\":"),
        typed("plain text", "text/plain", "hello"),
        typed("multipart, garbage", "multipart/form-data; boundary=x", "--x\r\nnope\r\n--x--"),
        typed(
            "form in UTF-16",
            "application/x-www-form-urlencoded; charset=utf-16",
            "n\0=\0\x31\0",
        ),
        typed("binary", "application/octet-stream", &b"\x00\x01\x02\xff"[..]),
        form("answers: not JSON", "answers={not json"),
        form("answers: an array", "answers=[]"),
        form("answers: null", "answers=null"),
        form("answers: unknown question", r#"answers={"1":{"kind":"scale","value":999}}"#),
        form(
            "answers: id out of range",
            r#"answers={"99999999999999999999":{"kind":"text","text":"x"}}"#,
        ),
        form("answers: deep nesting", format!("answers={}{}", "[".repeat(5000), "]".repeat(5000))),
        form("profile: unknown", "age=9-99&county=narnia"),
        form("profile: NUL", "age=13-15%00&county=oslo%00"),
        form("answers from: unknown", "answers_from=elsewhere"),
    ]
}

/// Answers that parse as JSON but break the rules, for each question.
fn answer_bodies(question_ids: &[i64]) -> Vec<Body> {
    let long = "x".repeat(6000);
    let mut bodies = vec![];
    for qid in question_ids {
        for (what, answer) in [
            ("text with NUL", r#"{"kind":"text","text":"a\u0000b"}"#.to_string()),
            ("text too long", format!(r#"{{"kind":"text","text":"{long}"}}"#)),
            ("blank text", r#"{"kind":"text","text":" \r\n\t "}"#.to_string()),
            ("scale 0", r#"{"kind":"scale","value":0}"#.to_string()),
            ("scale 256", r#"{"kind":"scale","value":256}"#.to_string()),
            ("option -1", r#"{"kind":"single","option":-1}"#.to_string()),
            ("options repeated", r#"{"kind":"multiple","options":[1,1]}"#.to_string()),
            ("options empty", r#"{"kind":"multiple","options":[]}"#.to_string()),
            ("idea with NUL", r#"{"kind":"idea","title":"\u0000","description":"\u0000"}"#.into()),
            ("unknown kind", r#"{"kind":"essay","text":"x"}"#.to_string()),
        ] {
            let answers = format!(r#"{{"{qid}":{answer}}}"#);
            bodies.push(form(&format!("answers: {what}"), encode(&[("answers", &answers)])));
        }
    }
    bodies
}

/// A random value: any Unicode, a number, or one of the values the routes know.
fn value(known: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        any::<i64>().prop_map(|n| n.to_string()),
        "[0-9a-f-]{36}",
        prop::sample::select(known),
    ]
}

/// A random body: a form of known field names, raw bytes, or raw printable text
/// (stray `%`, `&` and `=` included).
fn random_body(known: Vec<String>) -> impl Strategy<Value = Body> {
    prop_oneof![
        3 => prop::collection::vec((prop::sample::select(FIELDS), value(known)), 0..8).prop_map(
            |pairs| {
                let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                form("random form", encode(&pairs))
            }
        ),
        1 => prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| form("random bytes", b)),
        1 => "[ -~]{0,300}".prop_map(|s| form("random text", s)),
    ]
}

fn sample<S: Strategy>(runner: &mut TestRunner, strategy: &S) -> S::Value {
    strategy.new_tree(runner).expect("a value").current()
}

/// Sends one request; the status, or why there was none (a panic in a handler
/// drops the connection).
async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    cookie: Option<&str>,
    body: &Body,
    prefix: &str,
) -> Result<StatusCode, String> {
    let mut bytes = body.bytes.clone();
    if body.form && !prefix.is_empty() {
        let mut with = format!("{prefix}&").into_bytes();
        with.extend_from_slice(&bytes);
        bytes = with;
    }
    // Compressed answers, as browsers ask for: whatever reads a body on the way
    // out must sit inside the compression.
    let mut req =
        fresh_client().request(method, app.url(path)).header(ACCEPT_ENCODING, "gzip").body(bytes);
    if let Some(c) = cookie {
        req = req.header(COOKIE, c);
    }
    if let Some(t) = &body.content_type {
        req = req.header(CONTENT_TYPE, t);
    }
    req.send().await.map(|r| r.status()).map_err(|e| format!("no answer: {e}"))
}

/// A client that opens a connection per request: a server may close one after
/// refusing a body it did not read, and a pooled connection reused at that moment
/// fails on the client's side, not the server's.
fn fresh_client() -> reqwest::Client {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(std::time::Duration::from_secs(60))
                .pool_max_idle_per_host(0)
                .build()
                .unwrap()
        })
        .clone()
}

fn show(body: &Body) -> String {
    let text = String::from_utf8_lossy(&body.bytes);
    let cut: String = text.chars().take(160).collect();
    format!("{} {:?} {cut:?}", body.what, body.content_type)
}

/// The fixed bodies and `n` more from proptest.
fn with_random(runner: &mut TestRunner, bodies: &[Body], known: &[String], n: usize) -> Vec<Body> {
    let random = random_body(known.to_vec());
    let mut all = bodies.to_vec();
    all.extend((0..n).map(|_| sample(runner, &random)));
    all
}

/// Posts `body` to `path` as `who`, after the route's own `prefix` fields; an
/// answer of 500 or more, or none, is a failure.
async fn post_one(
    app: &TestApp,
    path: &str,
    who: (&str, Option<&str>),
    body: &Body,
    prefix: &str,
    failures: &mut Vec<String>,
) {
    match send(app, Method::POST, path, who.1, body, prefix).await {
        Ok(s) if !s.is_server_error() => {}
        Ok(s) => failures.push(format!("POST {path} as {} -> {s}: {}", who.0, show(body))),
        Err(e) => failures.push(format!("POST {path} as {} -> {e}: {}", who.0, show(body))),
    }
}

/// Posts every fixed body and some random ones to `path` as `who`.
#[expect(
    clippy::too_many_arguments,
    reason = "a route, a visitor, the bodies and where to note failures"
)]
async fn pound(
    app: &TestApp,
    runner: &mut TestRunner,
    bodies: &[Body],
    known: &[String],
    path: &str,
    who: (&str, Option<&str>),
    prefix: &str,
    failures: &mut Vec<String>,
) {
    for body in &with_random(runner, bodies, known, RANDOM_BODIES) {
        post_one(app, path, who, body, prefix, failures).await;
    }
}

/// The server still answers and still stores: a new session takes a new phone.
async fn healthy(app: &TestApp) {
    let res = app.http.get(app.url("/healthz")).send().await.expect("the server answers");
    assert_eq!(res.status(), StatusCode::OK);
    let consultation = app.session().await.consultation.id;
    let code = domain::JoinCode::parse("HWTH42").unwrap();
    app.store
        .create_session(consultation, &code, domain::SessionMode::Open, None, None)
        .await
        .unwrap();
    let res = app.post("/j/HWTH42/start", &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "a phone can still start");
    let token = res.headers()[LOCATION].to_str().unwrap().split('/').nth(2).unwrap().to_string();
    let res = app.post(&format!("/r/{token}/submit"), &[("key", &token), ("code", "HWTH42")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "and send");
    assert!(app.store.response(&token).await.unwrap().is_some(), "and it is stored");
}

/// The server functions, each with arguments that make a good call.
fn server_fns(cid: i64, token: &str) -> Vec<(&'static str, String)> {
    vec![
        ("/api/staff/presenter", "code=SVAR25".into()),
        ("/api/staff/editor", format!("id={cid}")),
        ("/api/staff/preview", format!("id={cid}&n=1&lang=nb")),
        ("/api/staff/publications", String::new()),
        ("/api/staff/publications/new", "query=".into()),
        ("/api/heard", String::new()),
        ("/api/respond/join", "code=SVAR25".into()),
        ("/api/respond/step", format!("token={token}&n=1")),
        ("/api/respond/about", format!("token={token}")),
        ("/api/respond/sent", format!("token={token}")),
        ("/api/staff/texts", "code=SVAR25".into()),
        ("/api/staff/overview", "query=".into()),
        ("/api/staff/themes", String::new()),
        ("/api/staff/review-texts", String::new()),
        ("/api/staff/consultations", String::new()),
        ("/api/staff/session", "code=SVAR25".into()),
        ("/api/staff/admin", String::new()),
        ("/api/staff/invite", "token=nope".into()),
        ("/api/staff/page", String::new()),
    ]
}

async fn pound_everything(app: &TestApp) {
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let (anonymous, anonymous_csrf) = app.sign_in_page().await;
    let admin = account(app, "admin@innsats.no", domain::Role::Admin, None).await;
    let own = account(app, "egen@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;
    let fresh = app.start().await;
    let later = (
        account(app, "admin2@innsats.no", domain::Role::Admin, None).await,
        account(app, "egen2@demo.no", domain::Role::Facilitator, Some(demo_org)).await,
        account(app, "leser2@innsats.no", domain::Role::Reviewer, None).await,
    );
    let mut visitors = vec![("anonymous", anonymous.clone(), anonymous_csrf)];
    for (name, cookie) in [("admin", &admin), ("facilitator", &own), ("reviewer", &reviewer)] {
        visitors.push((name, cookie.clone(), app.home_csrf(cookie).await));
    }

    let session = app.session().await;
    let c = session.consultation.clone();
    let cid = c.id;
    let choice_q = c.questions.iter().find(|q| q.kind.has_options()).unwrap();
    let (qid, oid) = (choice_q.id, choice_q.options[0].id);
    // A stored free text for the moderation routes.
    let token = app.start().await;
    let answers =
        format!(r#"{{"{}":{{"kind":"text","text":"Mer lys i parken"}}}}"#, c.questions[3].id);
    app.send(&token, &answers).await;
    let text = app.store.session_texts(session.id, None).await.unwrap()[0].id;

    let bodies = corpus();
    let question_ids: Vec<i64> = c.questions.iter().map(|q| q.id).collect();
    let young_bodies = [corpus(), answer_bodies(&question_ids)].concat();
    let mut known: Vec<String> = vec![
        "SVAR25",
        "next",
        "back",
        "skip",
        "draft",
        "13-15",
        "oslo",
        "nb",
        "se",
        "live",
        "open",
        "admin",
        "facilitator",
        "reviewer",
        "2026-01-01",
        "goal:leisure",
        "up",
        "down",
        "scale",
        "free_text",
        "single_choice",
        "none",
        "",
        SCRIPT,
        IMG,
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    known.extend([cid, qid, oid, text, demo_org].map(|n| n.to_string()));
    known.extend(visitors.iter().map(|v| v.2.clone()));
    let mut runner = TestRunner::default();
    let mut failures = Vec::new();

    // Young people's posts, each on a fresh draft (a sent one is gone).
    let young: Vec<(String, String)> = vec![
        ("/j/svar25/start".into(), String::new()),
        ("/j/%FF%FE/start".into(), String::new()),
        (format!("/j/{}/start", "A".repeat(2000)), String::new()),
        ("/r/{t}/q/1".into(), String::new()),
        ("/r/{t}/q/2".into(), String::new()),
        ("/r/{t}/q/3".into(), String::new()),
        ("/r/{t}/q/4".into(), String::new()),
        ("/r/{t}/q/5".into(), String::new()),
        ("/r/{t}/q/0".into(), String::new()),
        ("/r/{t}/q/-1".into(), String::new()),
        ("/r/{t}/q/99999999999999999999999".into(), String::new()),
        ("/r/{t}/q/abc".into(), String::new()),
        ("/r/not-a-token/q/1".into(), String::new()),
        ("/r/{t}/submit".into(), "key={t}&code=SVAR25".into()),
        ("/r/{t}/submit".into(), "key={t}&code=SVAR25&answers_from=draft".into()),
        ("/r/{t}/submit".into(), String::new()),
        ("/r/%00/submit".into(), "key=%00&code=SVAR25".into()),
    ];
    for (path, prefix) in &young {
        // A sent survey takes nothing more, so each send gets a draft of its own.
        let each = path.ends_with("/submit");
        let mut t = app.start().await;
        for body in &with_random(&mut runner, &young_bodies, &known, RANDOM_BODIES) {
            if each {
                t = app.start().await;
            }
            let (path, prefix) = (path.replace("{t}", &t), prefix.replace("{t}", &t));
            post_one(app, &path, ("a phone", None), body, &prefix, &mut failures).await;
        }
    }
    // The language switch is a link (GET); a post to it is refused.
    for path in [
        "/lang/xx",
        "/lang/%FF",
        "/lang/nb?to=%FF%FE",
        "/lang/nb?to=//evil",
        "/lang/nb?to=%0d%0aSet-Cookie:x",
    ] {
        let status = app.http.get(app.url(path)).send().await.unwrap().status();
        assert!(!status.is_server_error(), "GET {path} -> {status}");
    }
    let status = app.http.post(app.url("/lang/nb")).send().await.unwrap().status();
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    // The open-data API answers in JSON whatever the id (scripts/fuzz-api does more).
    for (id, want) in [
        ("abc", 400),
        ("%FF", 400),
        ("1.5", 400),
        ("-1", 404),
        ("0", 404),
        ("99999999999999999999", 404),
        ("9223372036854775807", 404),
    ] {
        let res =
            app.http.get(app.url(&format!("/api/v1/publications/{id}"))).send().await.unwrap();
        assert_eq!(res.status().as_u16(), want, "publication {id}");
        let json: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
        assert!(json["error"].is_string(), "publication {id}: {json}");
    }

    // Staff posts, as each visitor, with the visitor's own CSRF token in front so
    // the bodies reach the handlers. Those that end something come last.
    let s = "/staff/sessions/SVAR25";
    let q = format!("/staff/consultations/{cid}/questions/{qid}");
    let t = format!("/staff/texts/{text}");
    let staff: Vec<String> = vec![
        "/staff/sign-in".into(),
        "/staff/password".into(),
        "/staff/admin/organisations".into(),
        "/staff/admin/invites".into(),
        "/staff/invite/nope".into(),
        "/staff/invite/%FF%00".into(),
        "/staff/consultations".into(),
        format!("/staff/consultations/{cid}/tags"),
        "/staff/consultations/abc/tags".into(),
        "/staff/consultations/99999999999999999999/tags".into(),
        "/staff/consultations/new".into(),
        format!("/staff/consultations/{cid}/texts"),
        "/staff/consultations/-1/texts".into(),
        format!("/staff/consultations/{cid}/questions"),
        q.clone(),
        format!("{q}/move"),
        format!("{q}/options"),
        format!("{q}/options/{oid}"),
        format!("/staff/consultations/{cid}/questions/abc/options/%00"),
        "/staff/sessions".into(),
        format!("{s}/live"),
        "/staff/sessions/%FF/live".into(),
        format!("{t}/approve"),
        format!("{t}/hide"),
        format!("{t}/redact"),
        format!("{t}/labels"),
        "/staff/texts/abc/approve".into(),
        "/staff/texts/-1/labels".into(),
        "/staff/themes/run".into(),
        "/staff/publications".into(),
        "/staff/publications/999/updates".into(),
        "/staff/publications/abc/withdraw".into(),
        "/staff/publications/999/restore".into(),
        format!("{q}/options/{oid}/delete"),
        format!("{q}/delete"),
        format!("{s}/end"),
        "/staff/sign-out-everywhere".into(),
        "/staff/sign-out".into(),
    ];
    for path in &staff {
        for (name, cookie, csrf) in &visitors {
            let prefix = encode(&[("csrf", csrf)]);
            let who = (*name, Some(cookie.as_str()));
            if path.ends_with("/labels") {
                // A correction retrains the engine (a second or so in a debug
                // build): a few bodies are enough here.
                for body in &bodies[..6] {
                    post_one(app, path, who, body, &prefix, &mut failures).await;
                }
                continue;
            }
            pound(app, &mut runner, &bodies, &known, path, who, &prefix, &mut failures).await;
        }
    }

    // Server functions: each answers a good call, and refuses a bad one with 4xx.
    // (The visitors above have signed out; these signed in before, as the sign-in
    // throttle now refuses this address.)
    let (admin, own, reviewer) = later;
    for (path, good) in server_fns(cid, &fresh) {
        let ok =
            send(app, Method::POST, path, Some(&own), &form("good call", good.clone()), "").await;
        assert_eq!(ok, Ok(StatusCode::OK), "POST {path} with {good:?}");
        for (name, cookie) in [
            ("anonymous", &anonymous),
            ("admin", &admin),
            ("facilitator", &own),
            ("reviewer", &reviewer),
        ] {
            let who = (name, Some(cookie.as_str()));
            pound(app, &mut runner, &bodies, &known, path, who, &good, &mut failures).await;
            // And without the good arguments: missing ones.
            pound(app, &mut runner, &bodies[..8], &known, path, who, "", &mut failures).await;
        }
        // A plain HTML form posting to it: sent back where it came from.
        let res = app
            .http
            .post(app.url(path))
            .header(CONTENT_TYPE, FORM)
            .header(ACCEPT, "text/html")
            .header(REFERER, app.url("/"))
            .body("n=abc")
            .send()
            .await
            .unwrap();
        assert!(!res.status().is_server_error(), "HTML form post to {path}: {}", res.status());
    }

    // Pages, whose addresses carry the same arguments as the server functions.
    let t = &fresh;
    let mut pages: Vec<String> = [
        "/?code=%FF",
        "/j/%FF",
        "/j/svar25?lang=%FF",
        "/j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "/r/{t}/q/0",
        "/r/{t}/q/99999999999999999999",
        "/r/{t}/q/-1",
        "/r/{t}/q/1?help=%FF",
        "/r/{t}/about",
        "/r/{t}/saved",
        "/r/{t}/thanks",
        "/r/{t}/offline",
        "/r/%FF/q/1",
        "/r/%00/about",
        "/heard?x=%00",
        "/staff/sign-in?next=%FF",
        "/staff/invite/%FF",
        "/staff/admin?invite=%FF",
        "/staff/admin?invite=99999999999999999999",
        "/staff/consultations/abc/edit",
        "/staff/consultations/99999999999999999999/edit",
        "/staff/consultations/{cid}/preview/0",
        "/staff/consultations/{cid}/preview/99999999999999999999",
        "/staff/consultations/{cid}/preview/1?lang=%FF",
        "/staff/sessions/%FF",
        "/staff/sessions/SVAR25/poster?langs=xx,%FF,nb,nb,nb,,",
        "/staff/sessions/%00/export.csv",
        "/staff/sessions/SVAR25/export.xlsx?x=%FF",
        "/staff/review/texts?page=9223372036854775807",
        "/staff/review/texts?page=-1",
        "/staff/review/texts?page=abc&label=goal:%00",
        "/staff/review/texts?theme=99999999999999999999",
        "/staff/review/texts?theme=1&label=x:y",
        "/staff/overview?from=99999-99&to=0000-00&county=%FF&age=x&lang=zz&org=-1",
        "/staff/overview?consultation=abc&goal=%00&compare=x&by=week&theme=-1",
        "/staff/overview.csv?from=2026-13&to=2026-00",
        "/staff/overview.xlsx?county=oslo&county=oslo&county=%FF",
        "/staff/publications/new?from=2026-13&goal=%00",
    ]
    .iter()
    .map(|p| p.replace("{t}", t).replace("{cid}", &cid.to_string()))
    .collect();
    const NAMES: &[&str] = &[
        "from",
        "to",
        "county",
        "age",
        "lang",
        "org",
        "consultation",
        "goal",
        "arena",
        "factor",
        "theme",
        "by",
        "compare",
        "page",
        "label",
        "invite",
    ];
    let random_query =
        prop::collection::vec((prop::sample::select(NAMES), value(known.clone())), 0..6);
    for page in ["/staff/overview", "/staff/review/texts", "/staff/publications/new"] {
        for _ in 0..RANDOM_BODIES {
            let pairs = sample(&mut runner, &random_query);
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            pages.push(format!("{page}?{}", encode(&pairs)));
        }
    }
    let visitors = [
        ("anonymous", &anonymous),
        ("admin", &admin),
        ("facilitator", &own),
        ("reviewer", &reviewer),
    ];
    for page in &pages {
        for (name, cookie) in visitors {
            let res =
                fresh_client().get(app.url(page)).header(COOKIE, cookie.as_str()).send().await;
            match res.map(|r| r.status()) {
                Ok(s) if !s.is_server_error() => {}
                other => failures.push(format!("GET {page} as {name} -> {other:?}")),
            }
        }
    }

    assert!(
        failures.is_empty(),
        "{} answers were 5xx or none:\n{}",
        failures.len(),
        failures.join("\n")
    );
    healthy(app).await;
}

/// A body over the limit is refused with 413 by every post, before it is read.
async fn too_big(app: &TestApp) {
    let cookie = {
        let org =
            app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
        account(app, "stor@demo.no", domain::Role::Facilitator, Some(org)).await
    };
    let c = app.session().await.consultation;
    let cid = c.id;
    let qid = c.questions[0].id;
    let oid = c.questions[0].options[0].id;
    let token = app.start().await;
    let big = form("too big", format!("text={}", "x".repeat(TOO_BIG)));
    let q = format!("/staff/consultations/{cid}/questions/{qid}");
    let mut paths: Vec<String> = vec![
        "/j/SVAR25/start".into(),
        format!("/r/{token}/q/1"),
        format!("/r/{token}/submit"),
        "/staff/sign-in".into(),
        "/staff/sign-out".into(),
        "/staff/sign-out-everywhere".into(),
        "/staff/password".into(),
        "/staff/admin/organisations".into(),
        "/staff/admin/invites".into(),
        "/staff/invite/nope".into(),
        "/staff/consultations".into(),
        format!("/staff/consultations/{cid}/tags"),
        "/staff/consultations/new".into(),
        format!("/staff/consultations/{cid}/texts"),
        format!("/staff/consultations/{cid}/questions"),
        q.clone(),
        format!("{q}/move"),
        format!("{q}/delete"),
        format!("{q}/options"),
        format!("{q}/options/{oid}"),
        format!("{q}/options/{oid}/delete"),
        "/staff/sessions".into(),
        "/staff/sessions/SVAR25/end".into(),
        "/staff/sessions/SVAR25/live".into(),
        "/staff/texts/1/approve".into(),
        "/staff/texts/1/hide".into(),
        "/staff/texts/1/redact".into(),
        "/staff/texts/1/labels".into(),
        "/staff/themes/run".into(),
        "/staff/publications".into(),
        "/staff/publications/1/updates".into(),
        "/staff/publications/1/withdraw".into(),
        "/staff/publications/1/restore".into(),
    ];
    paths.extend(server_fns(cid, &token).into_iter().map(|(p, _)| p.to_string()));
    let mut wrong = Vec::new();
    for path in &paths {
        for cookie in [None, Some(cookie.as_str())] {
            match send(app, Method::POST, path, cookie, &big, "").await {
                Ok(StatusCode::PAYLOAD_TOO_LARGE) => {}
                other => wrong
                    .push(format!("POST {path} (signed in: {}) -> {other:?}", cookie.is_some())),
            }
        }
    }
    // Without a length up front (chunked), too.
    for path in [format!("/r/{token}/q/1"), "/api/respond/join".to_string()] {
        match chunked(app, &path, TOO_BIG).await {
            Some(413) => {}
            other => wrong.push(format!("POST {path} chunked -> {other:?}")),
        }
    }
    assert!(wrong.is_empty(), "not refused with 413:\n{}", wrong.join("\n"));
    healthy(app).await;
}

/// Posts `len` bytes of form to `path` in 1 KiB chunks, with no length up front;
/// the status of the answer, if one came.
async fn chunked(app: &TestApp, path: &str, len: usize) -> Option<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.base.trim_start_matches("http://");
    let mut conn = tokio::net::TcpStream::connect(addr).await.ok()?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {FORM}\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    conn.write_all(head.as_bytes()).await.ok()?;
    let chunk = format!("400\r\n{}\r\n", "x".repeat(1024));
    for _ in 0..len / 1024 {
        // The server may answer and stop reading before the end.
        if conn.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let _ = conn.write_all(b"0\r\n\r\n").await;
    let mut answer = vec![0; 64];
    let n = conn.read(&mut answer).await.ok()?;
    let line = String::from_utf8_lossy(&answer[..n]);
    line.split(' ').nth(1)?.parse().ok()
}

/// Splits RFC 4180 CSV into rows of cells.
fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, ch) => cell.push(ch),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, ch) => cell.push(ch),
        }
    }
    rows
}

/// No live markup from `texts` in `html`; true when the text shows (escaped).
fn shows_as_text(html: &str, page: &str) -> bool {
    for live in ["<script>alert(1)", "<img src=x", "<img src=\"x\""] {
        assert!(!html.contains(live), "{page} has live markup {live:?}");
    }
    html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        || html.contains("\\u003cscript>alert(1)\\u003c/script>")
}

/// Markup and formulas in free text: shown as text on the staff pages, defused in
/// the CSV, plain strings in the workbook.
async fn markup_and_formulas(app: &TestApp) {
    let session = app.session().await;
    let c = session.consultation.clone();
    let (text_q, idea_q) = (c.questions[3].id, c.questions[4].id);
    // (An `@` formula with a name after it, "@SUM(…)", is redacted as a social-media
    // handle before anything is stored; "@1+2" starts a formula all the same.)
    let formulas = ["=1+2", "+1+2", "-1+2", "@1+2", "=HYPERLINK(\"http://x\",\"y\")"];
    let responses = [
        (SCRIPT, IMG, formulas[0]),
        (formulas[1], formulas[2], formulas[3]),
        (formulas[4], "Plain title", IMG),
    ];
    for (text, title, description) in responses {
        let token = app.start().await;
        let answers = serde_json::json!({
            text_q.to_string(): {"kind": "text", "text": text},
            idea_q.to_string(): {"kind": "idea", "title": title, "description": description},
        })
        .to_string();
        app.send(&token, &answers).await;
    }
    let demo_org =
        app.store.ensure_organisation(ungstemme_server::cli::DEMO_ORGANISATION).await.unwrap();
    let mine = account(app, "egen@demo.no", domain::Role::Facilitator, Some(demo_org)).await;
    let reviewer = account(app, "leser@innsats.no", domain::Role::Reviewer, None).await;

    // The moderation queue, before and after approval.
    let queue = "/staff/sessions/SVAR25/texts";
    let html = app.get_with(queue, &mine).await.text().await.unwrap();
    assert!(shows_as_text(&html, queue), "the queue shows the text, escaped");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "and the other one");
    let csrf = csrf_in(&html);
    for t in app.store.session_texts(session.id, None).await.unwrap() {
        let res = app
            .post_with(&format!("/staff/texts/{}/approve", t.id), &mine, &[("csrf", &csrf)])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let html = app.get_with(queue, &mine).await.text().await.unwrap();
    assert!(shows_as_text(&html, queue));

    // The presenter view, at the free-text question and then at the idea.
    let live = "/staff/sessions/SVAR25/live";
    let present = "/staff/sessions/SVAR25/present";
    for _ in 0..3 {
        app.post_with(live, &mine, &[("csrf", &csrf), ("do", "next")]).await;
    }
    let html = app.get_with(present, &mine).await.text().await.unwrap();
    assert!(shows_as_text(&html, present), "the projector shows the text, escaped");
    app.post_with(live, &mine, &[("csrf", &csrf), ("do", "next")]).await;
    let html = app.get_with(present, &mine).await.text().await.unwrap();
    shows_as_text(&html, present);
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the idea, escaped");

    // The other pages that show or carry texts: never live markup.
    for (path, cookie) in [
        ("/staff/sessions/SVAR25", &mine),
        ("/staff/consultations", &mine),
        ("/staff/review/texts", &reviewer),
        ("/staff/themes", &reviewer),
        ("/staff/overview", &reviewer),
    ] {
        let res = app.get_with(path, cookie).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        shows_as_text(&res.text().await.unwrap(), path);
    }

    // CSV: the markup is just text, and no cell starts like a formula.
    let res = app.get_with("/staff/sessions/SVAR25/export.csv", &mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let csv = res.text().await.unwrap();
    let rows = parse_csv(&csv);
    let cells: Vec<&String> = rows.iter().skip(1).flatten().collect();
    for cell in &cells {
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in\n{csv}");
    }
    for f in formulas {
        assert!(cells.iter().any(|c| **c == format!("'{f}")), "{f} defused in\n{csv}");
    }
    assert!(cells.iter().any(|c| *c == SCRIPT) && cells.iter().any(|c| *c == IMG), "{csv}");

    // The workbook: strings, never formulas.
    let res = app.get_with("/staff/sessions/SVAR25/export.xlsx", &mine).await;
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.bytes().await.unwrap();
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut read = |name: &str| {
        use std::io::Read;
        let mut s = String::new();
        book.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let sheet = read("xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>") && !sheet.contains("<f "), "no formula cells");
    let strings = read("xl/sharedStrings.xml");
    assert!(strings.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{strings}");
    assert!(strings.contains("=1+2") && strings.contains("@1+2"), "kept as strings");
}

/// Characters no keyboard types — NUL above all, which PostgreSQL refuses to store
/// (a 503 there once) — are taken out of texts, names and addresses or refused.
async fn control_characters(app: &TestApp) {
    let c = app.session().await.consultation;
    let token = app.start().await;
    let answers =
        format!(r#"{{"{}":{{"kind":"text","text":" a\u0000b\u001b[2J "}}}}"#, c.questions[3].id);
    app.send(&token, &answers).await;
    let stored = app.store.response(&token).await.unwrap().unwrap();
    assert_eq!(stored.answers[0].body.as_deref(), Some("ab[2J"));

    let (cookie, csrf) = app.sign_in_page().await;
    let res = app
        .post_with(
            "/staff/sign-in",
            &cookie,
            &[("csrf", &csrf), ("email", "a\0@b.no"), ("password", "x")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    let admin = account(app, "admin@innsats.no", domain::Role::Admin, None).await;
    let csrf = app.home_csrf(&admin).await;
    let res = app
        .post_with(
            "/staff/admin/organisations",
            &admin,
            &[("csrf", &csrf), ("name", " Lag\0 nr\u{7} 1 ")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let names: Vec<String> =
        app.store.organisations().await.unwrap().into_iter().map(|o| o.name).collect();
    assert!(names.contains(&"Lag nr 1".to_string()), "{names:?}");
    let form = [
        ("csrf", csrf.as_str()),
        ("email", "ny@innsats.no"),
        ("name", "Ka\0ri"),
        ("role", "reviewer"),
    ];
    let res = app.post_with("/staff/admin/invites", &admin, &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let email = domain::Email::parse("ny@innsats.no").unwrap();
    let invited = app.store.staff_by_email(&email).await.unwrap().unwrap();
    assert_eq!(invited.display_name, "Kari");
    let form = [
        ("csrf", csrf.as_str()),
        ("email", "n\0y@innsats.no"),
        ("name", "Kari"),
        ("role", "reviewer"),
    ];
    let res = app.post_with("/staff/admin/invites", &admin, &form).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_on_sqlite() {
    let app = sqlite_app_configured(unlimited()).await;
    control_characters(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_on_postgres() {
    if let Some(app) = postgres_app_configured(unlimited()).await {
        control_characters(&app).await;
        app.finish().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_bodies_on_sqlite() {
    let app = sqlite_app_configured(unlimited()).await;
    pound_everything(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_bodies_on_postgres() {
    if let Some(app) = postgres_app_configured(unlimited()).await {
        pound_everything(&app).await;
        app.finish().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_big_on_sqlite() {
    let app = sqlite_app_configured(unlimited()).await;
    too_big(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_big_on_postgres() {
    if let Some(app) = postgres_app_configured(unlimited()).await {
        too_big(&app).await;
        app.finish().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_and_formulas_on_sqlite() {
    let app = sqlite_app_configured(unlimited()).await;
    markup_and_formulas(&app).await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_and_formulas_on_postgres() {
    if let Some(app) = postgres_app_configured(unlimited()).await {
        markup_and_formulas(&app).await;
        app.finish().await;
    }
}
