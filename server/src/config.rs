//! Command line and environment. `ungstemme serve --help` is the reference: every
//! setting has a flag and an environment variable.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "ungstemme",
    version,
    about = "Ungstemme: young people's voices, heard anonymously."
)]
pub struct Cli {
    /// Log filter, e.g. `info`, `ungstemme_server=debug,info`.
    #[arg(long, env = "RUST_LOG", default_value = "info", global = true)]
    pub log: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server. Migrates the database first.
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit.
    Migrate(DbArgs),
    /// Load the demo consultation and open its session (join code SVAR25).
    Demo(DemoArgs),
    /// Print a session's stored responses as JSON lines, for its organisers and for tests.
    Export(ExportArgs),
    /// Copy the database while Ungstemme runs: a SQLite file (an online, consistent
    /// snapshot) or, for PostgreSQL, a `pg_dump` archive in custom format (needs
    /// `pg_dump` on the PATH). docs/DEPLOY.md says how to restore either.
    Backup(BackupArgs),
    /// Staff accounts.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Run the theme engine on JSON lines from standard input
    /// ({"id", "text", "lang": "nb|nn|se|en|und"}) and write one JSON line per input
    /// to standard output: goal, arena and factor labels with confidences, distress,
    /// the redacted text and the detected language. The same engine the server uses
    /// on every free text, without the corrections stored in a database.
    Analyse,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator account (the first one cannot be invited). The
    /// password is read from UNGSTEMME_ADMIN_PASSWORD, or else from the first line
    /// of standard input, so it never appears in the process list.
    Create(AdminCreateArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AdminCreateArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The administrator's e-mail address (their sign-in name).
    #[arg(long)]
    pub email: String,
    /// The name shown to other staff.
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// Database to use: `postgres://user@host/db` for PostgreSQL, or
    /// `sqlite://path/to/file.db`. Default: `ungstemme.db` in the data directory.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Where the default SQLite database lives.
    #[arg(long, env = "UNGSTEMME_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
}

impl DbArgs {
    /// The database URL, creating the data directory when the default is used.
    pub fn url(&self) -> std::io::Result<String> {
        match &self.database_url {
            Some(url) => Ok(url.clone()),
            None => {
                std::fs::create_dir_all(&self.data_dir)?;
                Ok(format!("sqlite://{}", self.data_dir.join("ungstemme.db").display()))
            }
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Address to listen on. `LEPTOS_SITE_ADDR` is read too, as Leptos tools set it.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Folder with the built stylesheet, script and WebAssembly (`pkg/` inside).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// The address people use to reach Ungstemme, e.g. `https://ungstemme.no`. When it
    /// is https, staff cookies are marked Secure.
    #[arg(long, env = "UNGSTEMME_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Load the demo consultation at start (idempotent), so there is something to try.
    #[arg(long, env = "UNGSTEMME_DEMO")]
    pub demo: bool,
    /// Smallest group of young people a signed-in reviewer sees a count of, or a
    /// quote from (at least 3).
    #[arg(long, env = "UNGSTEMME_REVIEWER_K", default_value_t = domain::privacy::REVIEWER_MIN_GROUP)]
    pub reviewer_k: i64,
    /// Smallest group of young people counted on the public page and in the
    /// open-data API (at least the reviewers' threshold).
    #[arg(long, env = "UNGSTEMME_PUBLIC_K", default_value_t = domain::privacy::PUBLIC_MIN_GROUP)]
    pub public_k: i64,
    /// Behind a reverse proxy: the header it writes the client's address to, e.g.
    /// `X-Forwarded-For` or `X-Real-IP` (the last address in it counts). Used only
    /// for flood control and sign-in throttling, in memory, never stored. Without
    /// it every client behind the proxy counts as one.
    #[arg(long, env = "UNGSTEMME_CLIENT_ADDRESS_HEADER")]
    pub client_address_header: Option<String>,
    /// Turn off flood control on young people's posts (for load benchmarks only).
    #[arg(long, env = "UNGSTEMME_NO_FLOOD_CONTROL")]
    pub no_flood_control: bool,
    /// Several processes on one PostgreSQL database: the same secret (at least 16
    /// characters) in each, and they share their flood limits. Prefer the
    /// environment: a flag shows in the process list.
    #[arg(long, env = "UNGSTEMME_PEER_SECRET", hide_env_values = true)]
    pub peer_secret: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The file to write; it must not exist yet.
    #[arg(long)]
    pub to: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The session's join code.
    #[arg(long)]
    pub code: String,
}
