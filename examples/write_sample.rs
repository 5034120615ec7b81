//! Writes the realistic and large fixture cases (`tests/fixtures/`) as RON, for trying
//! `casewright export` by hand: `cargo run --example write_sample -- OUT_DIR`. A third,
//! `hostile.ron`, is the realistic case with a 2,000-word title and a 100,000-word summary
//! full of characters that have broken papers before (controls, direction overrides,
//! zero-width characters, soft hyphens, Chinese, Devanagari, emoji, private use, symbols):
//! the largest export the README's timing and memory figures are for. A fourth,
//! `long-line.ron`, is the realistic case with one finance line of 10,000 yearly amounts; a
//! fifth, `crowded.ron`, the crowded case (ten forces, 200 risks) whose PDF and Word exports
//! the README times.

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
        ("hostile", hostile_case()),
        ("long-line", fixtures::long_line_case()),
        ("crowded", fixtures::crowded_case()),
    ] {
        let path = folder.join(format!("{name}.ron"));
        if let Err(error) = storage::save(&case, &path) {
            eprintln!("{error}");
            std::process::exit(1);
        }
        println!("{}", path.display());
    }
}

/// Inserted into every seventh word of [`hostile_case`], one kind after another.
const HOSTILE: &[&str] = &[
    "\u{7}",
    "\u{1B}",
    "\u{7F}",
    "\u{202E}",
    "\u{202D}",
    "\u{2067}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{AD}",
    "中文",
    "日本",
    "한국",
    "अनुच्छेद",
    "😀",
    "\u{E000}",
    "☃",
    "❤",
    "✓",
];

/// The realistic case with a 2,000-word title and a 100,000-word summary, hostile
/// characters inside every seventh word and a paragraph break every 120 words.
fn hostile_case() -> casewright::case::Case {
    let mut case = fixtures::realistic_case();
    case.front_sheet.title = hostile_text(2_000);
    case.front_sheet.summary = hostile_text(100_000);
    case
}

fn hostile_text(words: usize) -> String {
    const WORDS: &[&str] = &[
        "collaboration",
        "force",
        "policing",
        "committee",
        "savings",
        "officers",
        "staff",
        "shared",
        "service",
        "region",
    ];
    let mut text = String::new();
    for i in 0..words {
        let word = WORDS[(i * 7 + i / 3) % WORDS.len()];
        if i % 7 == 3 {
            let hostile = HOSTILE[(i / 7) % HOSTILE.len()];
            text.push_str(&word[..2]);
            text.push_str(hostile);
            text.push_str(&word[2..]);
        } else {
            text.push_str(word);
        }
        text.push_str(if i % 120 == 119 { "\n\n" } else { " " });
    }
    text
}
