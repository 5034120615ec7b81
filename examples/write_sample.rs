//! Writes the realistic and large fixture cases (`tests/fixtures/`) as RON, for trying
//! `casewright export` by hand: `cargo run --example write_sample -- OUT_DIR`.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: it prints the files it wrote, or why it could not"
)]

use casewright::case::storage;

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| ".".to_owned());
    let folder = std::path::Path::new(&folder);
    for (name, case) in [
        ("realistic", fixtures::realistic_case()),
        ("large", fixtures::large_case()),
    ] {
        let path = folder.join(format!("{name}.ron"));
        if let Err(error) = storage::save(&case, &path) {
            eprintln!("{error}");
            std::process::exit(1);
        }
        println!("{}", path.display());
    }
}
