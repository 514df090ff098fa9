//! The command-line tools beside `serve`.

use crate::config::{AdminCreateArgs, BackupArgs, DbArgs, DemoArgs, ExportArgs};
use anyhow::Context;
use domain::{ConsultationDef, JoinCode};
use store::Store;

/// The demo consultation: the "Fritid der du bor" template, shipped in the binary
/// so `--demo` works anywhere.
const DEMO: &str = app::templates::TEMPLATES[0].1;
/// The demo's join code (no 0/O, 1/I/L).
pub const DEMO_CODE: &str = "SVAR25";
/// The organisation the demo consultation belongs to.
pub const DEMO_ORGANISATION: &str = "Ungstemme demo";

pub async fn connect(db: &DbArgs) -> anyhow::Result<Store> {
    let url = db.url().context("creating the data directory")?;
    let store = Store::connect(&url).await.context("connecting to the database")?;
    store.migrate().await.context("migrating the database")?;
    Ok(store)
}

pub async fn migrate(db: DbArgs) -> anyhow::Result<()> {
    let store = connect(&db).await?;
    tracing::info!(backend = store.kind(), "database is up to date");
    store.close().await;
    Ok(())
}

/// Loads the demo consultation and opens its session. Safe to run again.
pub async fn load_demo(store: &Store) -> anyhow::Result<i64> {
    let def: ConsultationDef =
        serde_json::from_str(DEMO).context("parsing the demo consultation")?;
    // The demo belongs to a demo organisation, so a facilitator there can try
    // running sessions with it.
    let organisation = store.ensure_organisation(DEMO_ORGANISATION).await?;
    let consultation = store.insert_consultation(&def, Some(organisation)).await?;
    let code = JoinCode::parse(DEMO_CODE).map_err(|_| anyhow::anyhow!("demo code is invalid"))?;
    let session = store.open_session(consultation, &code).await?;
    Ok(session)
}

pub async fn demo(args: DemoArgs) -> anyhow::Result<()> {
    let store = connect(&args.db).await?;
    load_demo(&store).await?;
    tracing::info!(code = DEMO_CODE, "demo consultation loaded");
    store.close().await;
    Ok(())
}

/// One JSON line per stored response of the session with this join code.
pub async fn export(args: ExportArgs) -> anyhow::Result<()> {
    use std::io::Write;
    let store = connect(&args.db).await?;
    let code = JoinCode::parse(&args.code)
        .map_err(|_| anyhow::anyhow!("{:?} is not a join code", args.code))?;
    let session = store
        .session_by_code(&code)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no session has code {code}"))?;
    let mut out = std::io::stdout().lock();
    for r in store.session_responses(session.id).await? {
        let answers: Vec<_> = r
            .answers
            .iter()
            .map(|a| {
                serde_json::json!({
                    "question": a.question_id, "option": a.option_id, "scale": a.scale,
                    "title": a.title, "text": a.body,
                })
            })
            .collect();
        let line = serde_json::json!({
            "hour": r.submitted_hour.saturating_mul(3600), "lang": r.lang, "age_band": r.age_band,
            "county": r.county, "answers": answers,
        });
        writeln!(out, "{line}")?;
    }
    store.close().await;
    Ok(())
}

/// A copy of the database, taken while the server may be running.
pub async fn backup(args: BackupArgs) -> anyhow::Result<()> {
    anyhow::ensure!(!args.to.exists(), "{} exists already", args.to.display());
    let url = args.db.url().context("finding the database")?;
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        // pg_dump reads one consistent snapshot while writes go on.
        let status = std::process::Command::new("pg_dump")
            .arg("--format=custom")
            .arg("--no-owner")
            .arg("--file")
            .arg(&args.to)
            .arg(&url)
            .status()
            .context("running pg_dump (is it installed and on the PATH?)")?;
        anyhow::ensure!(status.success(), "pg_dump failed: {status}");
    } else {
        let file = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
        let file = file.split('?').next().unwrap_or(file);
        anyhow::ensure!(std::path::Path::new(file).exists(), "no database at {file}");
        let store = Store::connect(&url).await.context("opening the database")?;
        store.backup_sqlite(&args.to).await.context("copying the database")?;
        store.close().await;
    }
    tracing::info!(to = %args.to.display(), "backup written");
    Ok(())
}

/// Creates an administrator. The password comes from the environment or stdin.
pub async fn admin_create(args: AdminCreateArgs) -> anyhow::Result<()> {
    use domain::{staff::check_password, Email, Role};
    let email = Email::parse(&args.email)
        .map_err(|_| anyhow::anyhow!("{:?} is not an e-mail address", args.email))?;
    let name = args.name.trim();
    anyhow::ensure!(!name.is_empty(), "--name must not be empty");
    let password = match std::env::var("UNGSTEMME_ADMIN_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).context("reading the password from stdin")?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    check_password(&password).map_err(|e| {
        anyhow::anyhow!(
            "{e}: use {}–{} characters",
            domain::staff::MIN_PASSWORD_CHARS,
            domain::staff::MAX_PASSWORD_CHARS
        )
    })?;
    let hash = crate::auth::password::hash(&password)?;
    let store = connect(&args.db).await?;
    let id = store
        .create_staff(store::NewStaff {
            email: &email,
            display_name: name,
            role: Role::Admin,
            organisation_id: None,
            password_hash: Some(&hash),
        })
        .await?;
    tracing::info!(staff_id = id, "administrator created");
    store.close().await;
    Ok(())
}
