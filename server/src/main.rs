//! `ungstemme`: the whole service in one binary. See `ungstemme --help`.

use clap::Parser;
use ungstemme_server::config::{AdminCommand, Cli, Command};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    ungstemme_server::telemetry::init(&cli.log);
    // The theme engine needs no runtime and no database: JSON lines in and out.
    if let Command::Analyse = cli.command {
        let (stdin, stdout) = (std::io::stdin(), std::io::stdout());
        analysis::run_jsonl(stdin.lock(), std::io::BufWriter::new(stdout.lock()))?;
        return Ok(());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Serve(args) => ungstemme_server::serve::run(args).await,
            Command::Migrate(db) => ungstemme_server::cli::migrate(db).await,
            Command::Demo(args) => ungstemme_server::cli::demo(args).await,
            Command::Export(args) => ungstemme_server::cli::export(args).await,
            Command::Backup(args) => ungstemme_server::cli::backup(args).await,
            Command::Admin(AdminCommand::Create(args)) => {
                ungstemme_server::cli::admin_create(args).await
            }
            Command::Analyse => unreachable!("handled before the runtime starts"),
        }
    })
}
