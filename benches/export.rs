//! Export time in-process: the large fixture case (about 60 pages: 8 options × 30 lines × 10
//! years of finance), the largest example case in assets/examples, and the realistic case
//! with one finance line of 10,000 yearly amounts (only the appraisal's years are worked
//! on, so it should cost what the realistic case does), each through compose + layout + PDF;
//! and the large and crowded (ten forces, 200 risks) cases as PDF and as Word, side by side.
//!
//! Run with `cargo bench --bench export`. The whole-process time and peak memory of
//! `casewright export` are measured with hyperfine and /usr/bin/time (see README).

#![allow(
    clippy::print_stderr,
    reason = "says which case was measured when the examples are missing"
)]

use std::path::PathBuf;

use casewright::case::{Case, storage};
use casewright::report;

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

fn main() {
    divan::main();
}

/// The largest example case on disk, if any examples are present.
fn largest_example() -> Option<Case> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let largest = std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .max_by_key(|path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0))?;
    storage::load(&largest).ok()
}

#[divan::bench]
fn large_generated_case(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::large_case();
    bencher.bench(|| report::export_pdf(divan::black_box(&case)).expect("exports"));
}

#[divan::bench]
fn large_generated_case_word(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::large_case();
    bencher.bench(|| {
        report::Format::Docx
            .render(divan::black_box(&case))
            .expect("exports")
    });
}

#[divan::bench]
fn crowded_case(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::crowded_case();
    bencher.bench(|| report::export_pdf(divan::black_box(&case)).expect("exports"));
}

#[divan::bench]
fn crowded_case_word(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::crowded_case();
    bencher.bench(|| {
        report::Format::Docx
            .render(divan::black_box(&case))
            .expect("exports")
    });
}

#[divan::bench]
fn large_generated_case_layout_only(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::large_case();
    bencher.bench(|| report::pages(divan::black_box(&case)));
}

/// What the preview waits for after a keystroke: the crowded case (about fifty pages) laid
/// out again after one more character in its summary, as the layout thread does it (the
/// tables the edit left alone are not measured again). The target is 10 ms.
#[divan::bench]
fn relayout_after_one_character_edit(bencher: divan::Bencher<'_, '_>) {
    let mut case = fixtures::crowded_case();
    let mut memo = report::layout::Memo::default();
    report::pages_remembering(&case, &mut memo);
    bencher.bench_local(|| {
        case.front_sheet.summary.push('a');
        report::pages_remembering(divan::black_box(&case), &mut memo)
    });
}

#[divan::bench]
fn a_finance_line_of_ten_thousand_years(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::long_line_case();
    bencher.bench(|| report::export_pdf(divan::black_box(&case)).expect("exports"));
}

#[divan::bench]
fn largest_example_case(bencher: divan::Bencher<'_, '_>) {
    // Falls back to the realistic fixture case when no example files are present, so the
    // benchmark always measures something real; the name of what ran is printed.
    let case = largest_example().unwrap_or_else(|| {
        eprintln!("no assets/examples/*.ron: benchmarking the realistic fixture case");
        fixtures::realistic_case()
    });
    bencher.bench(|| report::export_pdf(divan::black_box(&case)).expect("exports"));
}
