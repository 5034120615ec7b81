//! Property test: whatever a user types, export never panics, no word is lost, and every
//! character is drawn with a real glyph (Arabic and Hebrew included), never a missing-glyph box.

use proptest::prelude::*;

use casewright::case::Case;
use casewright::case::implementation::Recommendation;
use casewright::case::partners::Force;
use casewright::case::risk::Risk;
use casewright::report::{self, text};

/// Words people really type into a case, including Welsh, accents and right-to-left names.
const WORDS: &[&str] = &[
    "collaboration",
    "Heddlu",
    "Dyfed-Powys",
    "ŵyr",
    "ŷd",
    "Gwynedd",
    "Caerdydd",
    "café",
    "Zoë",
    "Beyoncé",
    "naïve",
    "Łódź",
    "São",
    "Müller",
    "محمد",
    "فاطمة",
    "דוד",
    "שרה",
    "(علي)",
    "«יוסי»",
    "£1,250,000",
    "3.5%",
    "(£300)",
    "R07",
    "PCC",
    "22A",
    "e.g.",
    "—",
    "–",
    "“quoted”",
    "it’s",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        2 => "[a-zA-Z]{1,12}",
        1 => "[a-z]{60,240}",
    ]
}

/// A field: empty, a few words, or a long paragraph with newlines.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        4 => proptest::collection::vec(word(), 1..12).prop_map(|w| w.join(" ")),
        1 => proptest::collection::vec(word(), 100..400).prop_map(|w| w.join(" ")),
        1 => proptest::collection::vec(word(), 2..30).prop_map(|w| w.join("\n")),
    ]
}

/// A register field: empty or a few words (long ones included); kept short so a register
/// of hundreds of risks stays quick to test.
fn short_field() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        4 => proptest::collection::vec(word(), 1..8).prop_map(|w| w.join(" ")),
    ]
}

fn risk() -> impl Strategy<Value = Risk> {
    (
        short_field(),
        short_field(),
        short_field(),
        1u8..=5,
        1u8..=5,
        short_field(),
    )
        .prop_map(
            |(title, description, mitigation, likelihood, impact, owner)| Risk {
                title,
                description,
                mitigation,
                likelihood,
                impact,
                owner,
                ..Risk::default()
            },
        )
}

fn case() -> impl Strategy<Value = Case> {
    (
        field(),
        field(),
        field(),
        proptest::collection::vec(field(), 0..4),
        prop_oneof![4 => proptest::collection::vec(risk(), 0..12), 1 => proptest::collection::vec(risk(), 150..250)],
        proptest::collection::vec(field(), 0..4),
    )
        .prop_map(|(title, summary, proposal, forces, risks, recommendations)| {
            let mut case = Case::default();
            case.front_sheet.title = title;
            case.front_sheet.summary = summary;
            case.strategy.scope.proposal = proposal;
            case.partners.forces = forces.into_iter().map(|name| Force { name, ..Force::default() }).collect();
            case.risks.risks = risks;
            case.recommendations = recommendations.into_iter().map(|text| Recommendation { text, ..Recommendation::default() }).collect();
            case
        })
}

/// Every word of every field the generator filled.
fn typed_words(case: &Case) -> Vec<String> {
    let mut fields = vec![
        &case.front_sheet.title,
        &case.front_sheet.summary,
        &case.strategy.scope.proposal,
    ];
    fields.extend(case.partners.forces.iter().map(|f| &f.name));
    for risk in &case.risks.risks {
        fields.extend([
            &risk.title,
            &risk.description,
            &risk.mitigation,
            &risk.owner,
        ]);
    }
    fields.extend(case.recommendations.iter().map(|r| &r.text));
    fields
        .iter()
        .flat_map(|f| f.split_whitespace())
        .map(str::to_owned)
        .collect()
}

/// Either bracket of a pair as the same character: right-to-left runs draw them mirrored.
fn bracket(c: char) -> char {
    match c {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        '>' => '<',
        '»' => '«',
        '›' => '‹',
        other => other,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn export_keeps_every_word_and_never_panics(case in case()) {
        let pages = report::pages(&case);
        let text: String = pages.body_text().split_whitespace().collect();
        for word in typed_words(&case) {
            prop_assert!(text.contains(&word), "lost the word {:?}", word);
        }
        for run in pages.pages.iter().flat_map(|page| page.text_runs()) {
            let segments = text::display_segments(run.face, run.size, &run.text);
            let mut drawn: Vec<char> = segments.iter().flat_map(|s| s.text.chars()).map(bracket).collect();
            let mut typed: Vec<char> = run
                .text
                .chars()
                .filter(|c| !casewright::fonts::coverage::is_invisible(*c))
                .map(bracket)
                .collect();
            drawn.sort_unstable();
            typed.sort_unstable();
            prop_assert_eq!(drawn, typed, "drawing lost characters of {:?}", run.text);
            for segment in &segments {
                for c in segment.text.chars().filter(|c| !c.is_control()) {
                    prop_assert!(
                        text::has_glyph(segment.font, c),
                        "{:?} in {:?} would print as a missing-glyph box in {:?}",
                        c,
                        run.text,
                        segment.font
                    );
                }
            }
        }
        let pdf = report::export_pdf(&case).expect("export succeeds");
        prop_assert!(pdf.starts_with(b"%PDF-"));
        prop_assert_eq!(pdf.len() > 1000, true);
    }
}
