//! Rebuild when a migration is added: `sqlx::migrate!` embeds the folders at
//! compile time and would otherwise miss new files.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
