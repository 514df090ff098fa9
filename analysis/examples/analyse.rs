//! Runs the analysis contract on stdin → stdout (JSON lines), for scoring:
//! `cargo run --release -p ungstemme-analysis --example analyse < in.jsonl`.

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    if let Err(e) = analysis::run_jsonl(stdin.lock(), std::io::BufWriter::new(stdout.lock())) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
