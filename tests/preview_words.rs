//! The preview draws each word where the PDF prints it: for every example, the words the
//! preview places on each page ([`report::words::placed`], what the Preview panel paints) are
//! held against the words poppler reads from the exported PDF (`pdftotext -bbox`). Every word
//! must be on the same page, with the same text, within half a point of the same place.
//!
//! poppler-utils is installed by `.ci/run`; where it is missing this test says so and passes,
//! unless `CI` is set, where a missing poppler is a failure.

#![allow(
    clippy::print_stderr,
    reason = "says that the check was skipped where poppler is not installed"
)]

mod fixtures;

use std::path::Path;
use std::process::Command;

use casewright::case::storage;
use casewright::fonts::{self, Font};
use casewright::report::page::Region;
use casewright::report::words::{PlacedWord, placed};
use casewright::report::{self, Pages};

/// How far apart the same word may be, in points.
const TOLERANCE: f32 = 0.5;

/// A word as poppler reads it from the PDF: its box in points from the page's top left.
#[derive(Debug, Clone)]
struct ReadWord {
    text: String,
    x_min: f32,
    y_min: f32,
}

/// The words of each page of `pdf`, as `pdftotext -bbox` reads them.
fn read_words(pdf: &Path) -> Option<Vec<Vec<ReadWord>>> {
    let output = match Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(output) => output,
        Err(_) if std::env::var_os("CI").is_none() => return None,
        Err(error) => panic!("pdftotext must be installed in CI: {error}"),
    };
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let html = String::from_utf8(output.stdout).expect("pdftotext writes UTF-8");
    let mut pages: Vec<Vec<ReadWord>> = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(Vec::new());
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let attribute = |name: &str| -> f32 {
                let start =
                    rest.find(&format!("{name}=\"")).expect("the attribute") + name.len() + 2;
                let end = start + rest[start..].find('"').expect("its end");
                rest[start..end].parse().expect("a number")
            };
            let text_start = rest.find('>').expect("the word's text") + 1;
            let text_end = rest.rfind("</word>").expect("the word's end");
            pages.last_mut().expect("a page").push(ReadWord {
                text: unescape(&rest[text_start..text_end]),
                x_min: attribute("xMin"),
                y_min: attribute("yMin"),
            });
        }
    }
    Some(pages)
}

/// The text of an XHTML element, its entities decoded.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The top of a word's box as poppler works it out: its baseline less the font's ascender.
fn top(word: &PlacedWord) -> f32 {
    let face = fonts::parsed(word.font);
    word.baseline - f32::from(face.ascender()) * word.size / f32::from(face.units_per_em())
}

/// What differs between the words the preview places on `pages` and those poppler read.
fn differences(pages: &Pages, read: &[Vec<ReadWord>]) -> Vec<String> {
    let mut problems = Vec::new();
    if pages.pages.len() != read.len() {
        problems.push(format!(
            "{} pages laid out, {} in the PDF",
            pages.pages.len(),
            read.len()
        ));
    }
    for (number, (page, read)) in pages.pages.iter().zip(read).enumerate() {
        let mut unmatched: Vec<&ReadWord> = read.iter().collect();
        let drawn: Vec<PlacedWord> = placed(page)
            .into_iter()
            .filter(|word| word.region != Region::Watermark && word.angle == 0.0)
            .collect();
        for word in &drawn {
            let found = unmatched.iter().position(|candidate| {
                candidate.text == word.text
                    && (candidate.x_min - word.x).abs() <= TOLERANCE
                    && (candidate.y_min - top(word)).abs() <= TOLERANCE
            });
            match found {
                Some(at) => {
                    unmatched.swap_remove(at);
                }
                None => {
                    let nearest = read
                        .iter()
                        .filter(|candidate| candidate.text == word.text)
                        .min_by(|a, b| {
                            let distance = |c: &ReadWord| {
                                (c.x_min - word.x).abs() + (c.y_min - top(word)).abs()
                            };
                            distance(a).total_cmp(&distance(b))
                        });
                    problems.push(format!(
                        "page {}: {:?} at ({:.2}, {:.2}) is not in the PDF there (nearest: {nearest:?})",
                        number + 1,
                        word.text,
                        word.x,
                        top(word)
                    ));
                }
            }
        }
        // What is left is the DRAFT mark, which the preview draws along its slant.
        let watermark = page
            .text_runs()
            .filter(|run| run.region == Region::Watermark)
            .count();
        let left: Vec<&&ReadWord> = unmatched
            .iter()
            .filter(|word| watermark == 0 || word.text != "DRAFT")
            .collect();
        if !left.is_empty() {
            problems.push(format!(
                "page {}: the PDF has words the preview does not place: {left:?}",
                number + 1
            ));
        }
    }
    problems
}

#[test]
fn every_word_of_every_example_is_where_the_pdf_prints_it() {
    let files = fixtures::example_files();
    assert!(!files.is_empty());
    let out = tempfile::tempdir().expect("a temp dir");
    for file in files {
        let case = storage::open(&file).expect("an example opens").case;
        let pdf = out.path().join("paper.pdf");
        report::export(&case, report::Format::Pdf, &pdf).expect("exports");
        let Some(read) = read_words(&pdf) else {
            eprintln!("pdftotext is not installed: the preview's words were not checked");
            return;
        };
        let problems = differences(&report::pages(&case), &read);
        assert!(
            problems.is_empty(),
            "{}: {} differences, the first: {:#?}",
            file.display(),
            problems.len(),
            &problems[..problems.len().min(12)]
        );
    }
}

#[test]
fn a_word_in_another_script_is_placed_where_the_pdf_prints_it() {
    let mut case = casewright::case::Case::default();
    case.front_sheet.title = "Snow ☃ Imam مرحبا and 3 ✓ done".into();
    case.normalise();
    let out = tempfile::tempdir().expect("a temp dir");
    let pdf = out.path().join("paper.pdf");
    report::export(&case, report::Format::Pdf, &pdf).expect("exports");
    let Some(read) = read_words(&pdf) else {
        eprintln!("pdftotext is not installed: the preview's words were not checked");
        return;
    };
    let pages = report::pages(&case);
    let fonts_used: Vec<Font> = placed(&pages.pages[0])
        .iter()
        .map(|word| word.font)
        .collect();
    assert!(fonts_used.contains(&Font::Fallback) && fonts_used.contains(&Font::Symbols));
    let problems = differences(&pages, &read);
    assert!(problems.is_empty(), "{problems:#?}");
}
