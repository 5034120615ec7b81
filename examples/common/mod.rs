//! What the command-line examples that CI's checks call share: the case named by the first
//! argument, or a plain message and exit code 2.

use casewright::case::{Case, storage};

/// The case in the file the first argument names; with none, prints how to call `tool` and
/// exits with 2, and with one that does not load, prints why and exits with 2.
#[allow(
    clippy::exit,
    reason = "a command-line tool's main in all but name: a case it cannot read ends it"
)]
pub fn case_from_arguments(tool: &str) -> (String, Case) {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: {tool} CASE.ron");
        std::process::exit(2);
    };
    match storage::load(std::path::Path::new(&path)) {
        Ok(case) => (path, case),
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    }
}
