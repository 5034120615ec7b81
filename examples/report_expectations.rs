//! Prints what the exported PDF of a case must contain, one `kind<TAB>text` line each, for
//! `.ci/check-pdfs` to look for with the real PDF tools:
//! `cargo run --example report_expectations -- CASE.ron`.
//!
//! Kinds: `title` (the document title), `marking` (the protective marking), `draft` (`yes`
//! when the paper carries the DRAFT mark), `heading` (every section heading), `table` (every
//! table and key–value list, by its first header or key), `figure` (every chart, by its
//! caption), `risk` (every risk title in the register) and `appraised` (every option the
//! economic case's table compares with business as usual).

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool: its output is what .ci/check-pdfs reads"
)]

use casewright::report::compose;
use casewright::report::document::Block;

mod common;

fn main() {
    let (_, case) = common::case_from_arguments("report_expectations");
    let document = compose::compose(&case);
    println!("title\t{}", document.metadata.title);
    println!("marking\t{}", document.marking);
    println!("draft\t{}", if document.draft { "yes" } else { "no" });
    for heading in document.section_headings() {
        println!("heading\t{heading}");
    }
    for block in &document.blocks {
        match block {
            Block::Table(table) if !table.columns.is_empty() => {
                println!("table\t{}", first_line(&table.columns[0].header));
            }
            Block::KeyValues(pairs) if !pairs.pairs.is_empty() => {
                println!("table\t{}", first_line(&pairs.pairs[0].0));
            }
            Block::Figure(figure) => println!("figure\t{}", first_line(&figure.caption)),
            _ => {}
        }
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

/// The first line of a text, so each expectation stays on one line.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}
