//! One story, told to both backends: SQLite always, PostgreSQL when
//! `TEST_POSTGRES_URL` is set (and required when `UNGSTEMME_REQUIRE_POSTGRES=1`,
//! which `.ci/run` sets, so CI fails rather than skips).

use domain::{
    Answer, Answers, ConsultationDef, JoinCode, Lang, LocalizedText, QuestionDef, QuestionKind,
    SessionStatus, Submission, SubmissionKey,
};
use store::{Store, SubmitOutcome};

struct TestDb {
    store: Store,
    _dir: Option<tempfile::TempDir>,
    pg_drop: Option<(String, String)>,
}

async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    TestDb { store, _dir: Some(dir), pg_drop: None }
}

/// A fresh database per test on the given server, dropped afterwards.
async fn postgres() -> Option<TestDb> {
    let Ok(admin_url) = std::env::var("TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("UNGSTEMME_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "UNGSTEMME_REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set"
        );
        eprintln!("TEST_POSTGRES_URL not set: PostgreSQL half skipped");
        return None;
    };
    let name = format!("ungstemme_test_{}", uuid::Uuid::new_v4().simple());
    let admin = Store::connect(&admin_url).await.expect("connect to TEST_POSTGRES_URL");
    let store::Backend::Postgres(pool) = admin.backend() else { unreachable!() };
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(pool).await.unwrap();
    admin.close().await;
    let url = with_database(&admin_url, &name);
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    Some(TestDb { store, _dir: None, pg_drop: Some((admin_url, name)) })
}

fn with_database(url: &str, db: &str) -> String {
    let (base, query) = url.split_once('?').map(|(b, q)| (b, Some(q))).unwrap_or((url, None));
    let base = match base.rfind('/') {
        Some(i) if i > "postgres://".len() => &base[..i],
        _ => base,
    };
    match query {
        Some(q) => format!("{base}/{db}?{q}"),
        None => format!("{base}/{db}"),
    }
}

impl TestDb {
    async fn finish(self) {
        self.store.close().await;
        if let Some((admin_url, name)) = self.pg_drop {
            let admin = Store::connect(&admin_url).await.unwrap();
            let store::Backend::Postgres(pool) = admin.backend() else { unreachable!() };
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(pool)
                .await
                .unwrap();
            admin.close().await;
        }
    }
}

fn nb(s: &str) -> LocalizedText {
    LocalizedText::new([(Lang::Nb, s.to_string())]).unwrap()
}

fn def() -> ConsultationDef {
    ConsultationDef {
        slug: "test".into(),
        title: LocalizedText::new([(Lang::Nb, "Fritid".into()), (Lang::Se, "Friddja".into())])
            .unwrap(),
        intro: nb("Hei"),
        questions: vec![
            QuestionDef {
                kind: QuestionKind::MultipleChoice,
                prompt: nb("Hva gjør du?"),
                help: None,
                options: vec![nb("Fotball"), nb("Musikk"), nb("Gaming")],
            },
            QuestionDef {
                kind: QuestionKind::Scale,
                prompt: nb("Trives du?"),
                help: None,
                options: vec![],
            },
            QuestionDef {
                kind: QuestionKind::Idea,
                prompt: nb("Idé?"),
                help: Some(nb("Skriv")),
                options: vec![],
            },
        ],
    }
}

fn key(n: u32) -> SubmissionKey {
    SubmissionKey::parse(&format!("00000000-0000-4000-8000-{n:012}")).unwrap()
}

/// A submission in bokmål without age or county, under key `n`.
fn submission(n: u32, session_id: i64, answers: Answers) -> Submission {
    Submission { key: key(n), session_id, lang: Lang::Nb, age_band: None, county: None, answers }
}

async fn story(db: &TestDb) {
    let s = &db.store;
    let cid = s.insert_consultation(&def(), None).await.unwrap();
    assert_eq!(
        s.insert_consultation(&def(), None).await.unwrap(),
        cid,
        "loading twice is idempotent"
    );
    let code = JoinCode::parse("TEST23").unwrap();
    let sid = s.open_session(cid, &code).await.unwrap();
    assert_eq!(s.open_session(cid, &code).await.unwrap(), sid);

    let info = s.session_by_code(&code).await.unwrap().expect("session found by code");
    assert_eq!(info.id, sid);
    assert_eq!(info.status, SessionStatus::Open);
    let c = &info.consultation;
    assert_eq!(c.questions.len(), 3);
    assert_eq!(c.title.get(Lang::Se), (Lang::Se, "Friddja"));
    assert_eq!(c.questions[0].options.len(), 3);
    assert_eq!(c.questions[0].options[1].label.get(Lang::En).1, "Musikk");
    assert_eq!(c.questions[2].help.as_ref().unwrap().get(Lang::Nb).1, "Skriv");
    assert!(s.session_by_code(&JoinCode::parse("NEVER2").unwrap()).await.unwrap().is_none());

    // A draft goes forward and back, then becomes a response.
    let token = key(1);
    s.create_draft(token.as_str(), sid).await.unwrap();
    let mut answers = Answers::new();
    let (q1, q2, q3) = (c.questions[0].id, c.questions[1].id, c.questions[2].id);
    let (o1, o3) = (c.questions[0].options[0].id, c.questions[0].options[2].id);
    answers.insert(q1, Answer::Multiple { options: vec![o1, o3] });
    answers.insert(
        q3,
        Answer::Idea { title: "Åpen hall".into(), description: "Hver fredag 🙂".into() },
    );
    s.save_draft(token.as_str(), &answers).await.unwrap();
    let draft = s.draft(token.as_str()).await.unwrap().unwrap();
    assert_eq!(draft.session_id, sid);
    assert_eq!(draft.answers, answers);
    assert!(s.draft("no-such-token").await.unwrap().is_none());

    let sub = Submission {
        key: token.clone(),
        session_id: sid,
        lang: Lang::Se,
        age_band: domain::AgeBand::parse("13-15"),
        county: domain::County::parse("finnmark"),
        answers: answers.clone(),
    };
    sub.check(c).unwrap();
    assert_eq!(s.submit(sub.clone()).await.unwrap(), SubmitOutcome::Stored);
    assert_eq!(s.submit(sub.clone()).await.unwrap(), SubmitOutcome::AlreadyStored);
    assert_eq!(s.count_responses(sid).await.unwrap(), 1, "a retry is stored once");
    assert!(s.draft(token.as_str()).await.unwrap().is_none(), "the draft goes with the commit");

    let stored = s.response(token.as_str()).await.unwrap().unwrap();
    assert_eq!(stored.lang, "se");
    assert_eq!(stored.age_band.as_deref(), Some("13-15"));
    assert_eq!(stored.county.as_deref(), Some("finnmark"));
    // Hours since 1970: the hour it was stored, nothing finer.
    let now_hours =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
            as i64
            / 3600;
    assert!(
        (now_hours - 1..=now_hours).contains(&stored.submitted_hour),
        "{}",
        stored.submitted_hour
    );
    assert_eq!(stored.answers.len(), 3, "two options and one idea");
    assert_eq!(stored.answers[0].option_id, Some(o1));
    assert_eq!(stored.answers[1].option_id, Some(o3));
    assert_eq!(stored.answers[2].title.as_deref(), Some("Åpen hall"));
    assert_eq!(stored.answers[2].body.as_deref(), Some("Hver fredag 🙂"));

    // Many at once: all acknowledged, each stored once, retries included.
    let mut handles = Vec::new();
    for n in 0..200u32 {
        let mut sub = sub.clone();
        sub.key = key(1000 + n % 150);
        sub.answers = Answers::from([(q2, Answer::Scale { value: (n % 5 + 1) as u8 })]);
        let s = s.clone();
        handles.push(tokio::spawn(async move { s.submit(sub).await.unwrap() }));
    }
    let mut stored_now = 0;
    for h in handles {
        if h.await.unwrap() == SubmitOutcome::Stored {
            stored_now += 1;
        }
    }
    assert_eq!(stored_now, 150);
    assert_eq!(s.count_responses(sid).await.unwrap(), 151);

    // A submission to a session that does not exist fails alone; the batch's others are kept.
    let mut bad = sub.clone();
    bad.key = key(5000);
    bad.session_id = 999_999;
    let mut good = sub.clone();
    good.key = key(5001);
    let (b, g) = tokio::join!(s.submit(bad), s.submit(good));
    assert!(b.is_err());
    assert_eq!(g.unwrap(), SubmitOutcome::Stored);
    assert!(s.response(key(5000).as_str()).await.unwrap().is_none(), "nothing half-written");

    // Counts per option and scale point: 150 scale answers, and the first and the
    // last good response each with two options and an idea.
    let counts = s.session_counts(sid).await.unwrap();
    let scale_total: i64 = counts.iter().filter(|c| c.question_id == q2).map(|c| c.count).sum();
    assert_eq!(scale_total, 150, "one per distinct key, retries not counted");
    assert!(counts.iter().any(|c| c.question_id == q1 && c.option_id == Some(o1) && c.count == 2));
    assert!(counts.iter().any(|c| c.question_id == q3
        && c.option_id.is_none()
        && c.scale.is_none()
        && c.count == 2));

    s.set_session_status(sid, SessionStatus::Closed).await.unwrap();
    assert_eq!(s.session_by_id(sid).await.unwrap().unwrap().status, SessionStatus::Closed);
    assert_eq!(s.purge_expired_drafts().await.unwrap(), 0);
}

async fn staff_story(db: &TestDb) {
    use domain::{Email, Role};
    use store::{NewStaff, StoreError};
    let s = &db.store;
    let org = s.ensure_organisation("Ungdomsrådet i Kautokeino").await.unwrap();
    assert_eq!(s.ensure_organisation("Ungdomsrådet i Kautokeino").await.unwrap(), org);
    let kari = Email::parse("Kari@Ungdom.no").unwrap();
    let new = NewStaff {
        email: &kari,
        display_name: "Kari",
        role: Role::Facilitator,
        organisation_id: Some(org),
        password_hash: None,
    };
    let id = s.create_staff(new.clone()).await.unwrap();
    assert!(
        matches!(s.create_staff(new.clone()).await, Err(StoreError::Conflict(_))),
        "one account per e-mail"
    );
    let orphan = NewStaff { organisation_id: None, ..new.clone() };
    assert!(matches!(s.create_staff(orphan).await, Err(StoreError::Conflict(_))));
    let rec = s.staff_by_email(&Email::parse("kari@ungdom.no").unwrap()).await.unwrap().unwrap();
    assert_eq!(
        (rec.id, rec.role, rec.organisation_id, rec.password_hash),
        (id, Role::Facilitator, Some(org), None)
    );
    s.set_password_hash(id, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA").await.unwrap();
    assert!(s.staff_by_email(&kari).await.unwrap().unwrap().password_hash.is_some());
    assert_eq!(s.bump_sessions_epoch(id).await.unwrap(), 1);
    assert_eq!(s.bump_sessions_epoch(id).await.unwrap(), 2);
    assert!(matches!(s.bump_sessions_epoch(999_999).await, Err(StoreError::NotFound)));

    // Invites: valid once, never after; expired ones refuse.
    use store::InviteState;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
        as i64;
    s.create_invite(id, "hash-a", now + 3600).await.unwrap();
    s.create_invite(id, "hash-old", now - 1).await.unwrap();
    assert!(matches!(s.invite("hash-a").await.unwrap(), InviteState::Valid(ref r) if r.id == id));
    assert_eq!(s.invite("hash-old").await.unwrap(), InviteState::Expired);
    assert_eq!(s.invite("nope").await.unwrap(), InviteState::Unknown);
    let InviteState::Valid(after) = s.accept_invite("hash-a", "$argon2id$new").await.unwrap()
    else {
        panic!()
    };
    assert_eq!(after.password_hash.as_deref(), Some("$argon2id$new"));
    assert_eq!(after.sessions_epoch, 3, "accepting signs out older sessions");
    assert_eq!(s.accept_invite("hash-a", "$argon2id$again").await.unwrap(), InviteState::Used);
    assert_eq!(s.accept_invite("hash-old", "$argon2id$late").await.unwrap(), InviteState::Expired);
    assert_eq!(s.organisations().await.unwrap()[0].name, "Ungdomsrådet i Kautokeino");
    assert_eq!(s.all_staff().await.unwrap().len(), 1);
}

#[tokio::test]
async fn story_on_sqlite() {
    let db = sqlite().await;
    story(&db).await;
    staff_story(&db).await;
    db.finish().await;
}

#[tokio::test]
async fn story_on_postgres() {
    if let Some(db) = postgres().await {
        story(&db).await;
        staff_story(&db).await;
        db.finish().await;
    }
}

#[test]
fn both_backends_have_the_same_migrations() {
    let names = |dir: &str| {
        let mut v: Vec<String> =
            std::fs::read_dir(format!("{}/../migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
        v.sort();
        v
    };
    assert_eq!(names("sqlite"), names("postgres"));
}

/// Positions of a consultation's questions, straight from the table.
async fn positions(s: &Store, cid: i64) -> Vec<i64> {
    use sqlx::Row;
    let sql = "SELECT position FROM questions WHERE consultation_id = $1 ORDER BY position";
    let rows: Vec<i64> = match s.backend() {
        store::Backend::Sqlite(p) => sqlx::query(sql)
            .bind(cid)
            .fetch_all(p)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get("position"))
            .collect(),
        store::Backend::Postgres(p) => sqlx::query(sql)
            .bind(cid)
            .fetch_all(p)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get("position"))
            .collect(),
    };
    rows
}

/// The consultation editor's edits: texts, questions, options, order, and the lock
/// once a response is stored.
async fn editing_story(db: &TestDb) {
    use store::EditError;
    let s = &db.store;
    let org = s.ensure_organisation("Redaksjonen").await.unwrap();
    let cid = s
        .insert_consultation(&ConsultationDef { slug: "edit".into(), ..def() }, Some(org))
        .await
        .unwrap();
    assert_eq!(s.consultation_organisation(cid).await.unwrap(), Some(Some(org)));
    assert_eq!(s.consultation_organisation(999_999).await.unwrap(), None);
    let before = s.consultation(cid).await.unwrap().unwrap();
    let (q1, q2, q3) = (before.questions[0].id, before.questions[1].id, before.questions[2].id);

    // Texts, seen at once through the cache.
    let title =
        LocalizedText::new([(Lang::Nb, "Ny tittel".into()), (Lang::Se, "Ođđa".into())]).unwrap();
    s.set_consultation_texts(cid, &title, &nb("Velkommen")).await.unwrap();
    let se = LocalizedText::new([(Lang::Se, "Maid don dagat?".into())]).unwrap();
    s.set_question_texts(cid, q1, &se, Some(&nb("Velg fritt"))).await.unwrap();
    let c = s.consultation(cid).await.unwrap().unwrap();
    assert_eq!(c.title.get(Lang::Se).1, "Ođđa");
    assert_eq!(c.intro.get(Lang::En).1, "Velkommen");
    assert_eq!(c.questions[0].prompt.get(Lang::Nb), (Lang::Se, "Maid don dagat?"));
    assert_eq!(c.questions[0].help.as_ref().unwrap().get(Lang::Nb).1, "Velg fritt");
    s.set_question_texts(cid, q3, &nb("Idé?"), None).await.unwrap();
    assert!(s.consultation(cid).await.unwrap().unwrap().questions[2].help.is_none());
    assert!(matches!(s.set_question_texts(999_999, q1, &se, None).await, Err(EditError::NotFound)));

    // Questions: added at the end, choice questions with two options at least.
    let q4 = s.add_question(cid, QuestionKind::FreeText, &nb("Noe mer?"), &[]).await.unwrap();
    assert!(matches!(
        s.add_question(cid, QuestionKind::SingleChoice, &nb("Ja?"), &[nb("Ja")]).await,
        Err(EditError::TooFewOptions)
    ));
    assert!(matches!(
        s.add_question(cid, QuestionKind::Scale, &nb("Hvor?"), &[nb("a"), nb("b")]).await,
        Err(EditError::NotChoice)
    ));
    let q5 = s
        .add_question(cid, QuestionKind::SingleChoice, &nb("Ja?"), &[nb("Ja"), nb("Nei")])
        .await
        .unwrap();
    let ids = |c: &domain::Consultation| c.questions.iter().map(|q| q.id).collect::<Vec<_>>();
    assert_eq!(ids(&s.consultation(cid).await.unwrap().unwrap()), vec![q1, q2, q3, q4, q5]);

    // Order: up, down, and the edges change nothing.
    s.move_question(cid, q5, true).await.unwrap();
    s.move_question(cid, q1, false).await.unwrap();
    s.move_question(cid, q2, true).await.unwrap();
    s.move_question(cid, q4, false).await.unwrap();
    assert_eq!(ids(&s.consultation(cid).await.unwrap().unwrap()), vec![q2, q1, q3, q5, q4]);
    assert!(matches!(s.move_question(cid, 999_999, true).await, Err(EditError::NotFound)));

    // Deleting keeps positions contiguous.
    s.delete_question(cid, q3).await.unwrap();
    assert_eq!(ids(&s.consultation(cid).await.unwrap().unwrap()), vec![q2, q1, q5, q4]);
    assert_eq!(positions(s, cid).await, vec![0, 1, 2, 3]);

    // Options: added, relabelled, removed down to two and no further.
    let o = s.add_option(cid, q5, &nb("Kanskje")).await.unwrap();
    assert!(matches!(s.add_option(cid, q4, &nb("x")).await, Err(EditError::NotChoice)));
    let label =
        LocalizedText::new([(Lang::Nb, "Kanskje".into()), (Lang::Se, "Soaitá".into())]).unwrap();
    s.set_option_label(cid, q5, o, &label).await.unwrap();
    assert!(matches!(s.set_option_label(cid, q1, o, &label).await, Err(EditError::NotFound)));
    let c = s.consultation(cid).await.unwrap().unwrap();
    let q = c.question(q5).unwrap();
    assert_eq!(q.options.len(), 3);
    assert_eq!(q.options[2].label.get(Lang::Se).1, "Soaitá");
    let first = q.options[0].id;
    s.delete_option(cid, q5, first).await.unwrap();
    let c = s.consultation(cid).await.unwrap().unwrap();
    let left: Vec<i64> = c.question(q5).unwrap().options.iter().map(|o| o.id).collect();
    assert_eq!(left.len(), 2);
    assert_eq!(left[1], o, "the rest keep their order");
    assert!(matches!(s.delete_option(cid, q5, o).await, Err(EditError::TooFewOptions)));
    s.add_option(cid, q5, &nb("Vet ikke")).await.unwrap();

    // A consultation from scratch has no questions until some are added.
    let blank = s.create_blank_consultation(org, &nb("Tom"), &nb("Hei")).await.unwrap();
    let c = s.consultation(blank).await.unwrap().unwrap();
    assert!(c.questions.is_empty());
    assert_eq!(s.consultation_organisation(blank).await.unwrap(), Some(Some(org)));
    let only = s.add_question(blank, QuestionKind::Idea, &nb("Idé?"), &[]).await.unwrap();
    s.move_question(blank, only, true).await.unwrap();
    assert_eq!(positions(s, blank).await, vec![0]);

    // A stored response fixes the questions and options; texts may still change.
    assert!(!s.consultation_has_responses(cid).await.unwrap());
    let code = JoinCode::parse("RETT23").unwrap();
    let sid = s.open_session(cid, &code).await.unwrap();
    let sub = submission(9001, sid, Answers::from([(q5, Answer::Single { option: o })]));
    sub.check(&s.consultation(cid).await.unwrap().unwrap()).unwrap();
    assert_eq!(s.submit(sub).await.unwrap(), SubmitOutcome::Stored);
    assert!(s.consultation_has_responses(cid).await.unwrap());
    let locked = |r: Result<(), EditError>| matches!(r, Err(EditError::Locked));
    assert!(locked(s.move_question(cid, q1, true).await));
    assert!(locked(s.delete_question(cid, q4).await));
    assert!(locked(s.delete_option(cid, q5, o).await));
    assert!(locked(s.add_option(cid, q5, &nb("Mer")).await.map(|_| ())));
    assert!(locked(s.add_question(cid, QuestionKind::Scale, &nb("Mer?"), &[]).await.map(|_| ())));
    assert_eq!(ids(&s.consultation(cid).await.unwrap().unwrap()), vec![q2, q1, q5, q4]);
    s.set_option_label(cid, q5, o, &nb("Kanskje det")).await.unwrap();
    s.set_question_texts(cid, q5, &nb("Ja eller nei?"), None).await.unwrap();
    let info = s.session_by_code(&code).await.unwrap().unwrap();
    assert_eq!(info.consultation.question(q5).unwrap().prompt.get(Lang::Nb).1, "Ja eller nei?");
}

#[tokio::test]
async fn editing_on_sqlite() {
    let db = sqlite().await;
    editing_story(&db).await;
    db.finish().await;
}

#[tokio::test]
async fn editing_on_postgres() {
    if let Some(db) = postgres().await {
        editing_story(&db).await;
        db.finish().await;
    }
}

/// Staff working side by side while phones submit: consultations made from a
/// template at the same moment (each reads, then writes, in one transaction) are
/// all stored, each with its organisation. On SQLite a transaction that read
/// before another committed used to fail at once with "database is locked".
async fn side_by_side_story(db: &TestDb) {
    let s = &db.store;
    let org = s.ensure_organisation("Mange samtidig").await.unwrap();
    let cid = s.insert_consultation(&def(), None).await.unwrap();
    let sid = s.open_session(cid, &JoinCode::parse("SAMT23").unwrap()).await.unwrap();
    let q2 = s.consultation(cid).await.unwrap().unwrap().questions[1].id;
    let mut copies = Vec::new();
    let mut phones = Vec::new();
    for n in 0..40u32 {
        let s2 = s.clone();
        copies.push(tokio::spawn(async move {
            let copy = ConsultationDef { slug: format!("copy-{n}"), ..def() };
            s2.insert_consultation(&copy, Some(org)).await
        }));
        let s2 = s.clone();
        let sub = submission(7000 + n, sid, Answers::from([(q2, Answer::Scale { value: 3 })]));
        phones.push(tokio::spawn(async move { s2.submit(sub).await }));
    }
    for (n, copy) in copies.into_iter().enumerate() {
        copy.await.unwrap().unwrap_or_else(|e| panic!("copy {n} was refused: {e}"));
    }
    for phone in phones {
        assert_eq!(phone.await.unwrap().unwrap(), SubmitOutcome::Stored);
    }
    let mine = s.consultations_of(org).await.unwrap();
    assert_eq!(mine.len(), 40, "every copy belongs to the organisation");
    assert_eq!(s.count_responses(sid).await.unwrap(), 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn side_by_side_on_sqlite() {
    let db = sqlite().await;
    side_by_side_story(&db).await;
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn side_by_side_on_postgres() {
    if let Some(db) = postgres().await {
        side_by_side_story(&db).await;
        db.finish().await;
    }
}

/// Signals between two processes on one database arrive once each (repeats said
/// together are one), in the order they were said, and never back to the sayer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signals_on_postgres() {
    let Some(db) = postgres().await else { return };
    let (admin_url, name) = db.pg_drop.clone().unwrap();
    let other = Store::connect(&with_database(&admin_url, &name)).await.unwrap();
    db.store.start_signals().await.unwrap();
    other.start_signals().await.unwrap();
    let (mut heard, mut own) = (other.signals(), db.store.signals());
    for message in ["z", "a", "z", "m"] {
        db.store.signal(message.to_string());
    }
    let mut got = Vec::new();
    for _ in 0..3 {
        let next = tokio::time::timeout(std::time::Duration::from_secs(5), heard.recv());
        got.push(next.await.expect("heard within 5 s").unwrap());
    }
    assert_eq!(got, ["z", "a", "m"]);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(heard.try_recv().is_err(), "nothing twice");
    assert!(own.try_recv().is_err(), "a process does not hear itself");
    other.close().await;
    db.finish().await;
}
