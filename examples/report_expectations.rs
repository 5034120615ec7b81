//! Prints what the exported PDF of a case must contain, one `kind<TAB>text` line each, for
//! `.ci/check-pdfs` to look for with the real PDF tools:
//! `cargo run --example report_expectations -- CASE.ron`.
//!
//! Kinds: `title` (the document title), `marking` (the protective marking), `heading`
//! (every section heading), `risk` (every risk title in the register) and `appraised`
//! (every option the economic case's table compares with business as usual).

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: its output is what .ci/check-pdfs reads"
)]

use casewright::case::storage;
use casewright::report::compose;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: report_expectations CASE.ron");
        std::process::exit(2);
    };
    let case = match storage::load(std::path::Path::new(&path)) {
        Ok(case) => case,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    };
    let document = compose::compose(&case);
    println!("title\t{}", document.metadata.title);
    println!("marking\t{}", document.marking);
    for heading in document.section_headings() {
        println!("heading\t{heading}");
    }
    if let Ok(appraisal) = case.finance.appraise(&case.options) {
        for result in &appraisal.results {
            println!("appraised\t{}", result.kind.label());
        }
    }
    for risk in &case.risks.risks {
        if !risk.title.trim().is_empty() {
            println!("risk\t{}", risk.title.trim());
        }
    }
}
