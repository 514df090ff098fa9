//! `ungstemme`: the whole service in one binary. See `ungstemme --help`.

use clap::Parser;
use ungstemme_server::config::{AdminCommand, Cli, Command};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    ungstemme_server::telemetry::init(&cli.log);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Serve(args) => ungstemme_server::serve::run(args).await,
            Command::Migrate(db) => ungstemme_server::cli::migrate(db).await,
            Command::Demo(args) => ungstemme_server::cli::demo(args).await,
            Command::Export(args) => ungstemme_server::cli::export(args).await,
            Command::Admin(AdminCommand::Create(args)) => {
                ungstemme_server::cli::admin_create(args).await
            }
        }
    })
}
