//! The save file: round trips, old and hand-edited files, corrupt files and atomic saves.

mod fixtures;

use std::fs;

use proptest::prelude::*;

use casewright::case::Case;
use casewright::case::storage::{self, StorageError};

use fixtures::complete_case;

#[test]
fn the_complete_case_round_trips_through_a_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    let case = complete_case();
    storage::save(&case, &path).expect("saves");
    assert_eq!(storage::load(&path).expect("loads"), case);
    let leftovers: Vec<_> = fs::read_dir(folder.path()).expect("list").collect();
    assert_eq!(
        leftovers.len(),
        1,
        "the temporary file was not renamed away"
    );
}

#[test]
fn saving_over_an_existing_file_replaces_it_whole() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    let old = format!(
        "(format_version: 1, front_sheet: (title: \"{}\"))",
        "old contents that are much longer than the new ones ".repeat(1000)
    );
    fs::write(&path, old).expect("write");
    let mut case = Case::default();
    case.front_sheet.title = "New".into();
    storage::save(&case, &path).expect("saves");
    assert_eq!(
        storage::load(&path).expect("loads").front_sheet.title,
        "New"
    );
}

#[test]
fn saving_into_a_missing_folder_names_the_path() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("no such folder").join("case.ron");
    let error = storage::save(&Case::default(), &path).expect_err("cannot save there");
    assert!(matches!(error, StorageError::Io { .. }));
    assert!(error.to_string().contains("case.ron"), "{error}");
}

#[test]
fn unknown_fields_are_ignored_and_missing_ones_defaulted() {
    let text = storage::to_ron(&complete_case()).expect("serialises");
    let with_extra = text.replacen(
        "front_sheet: (",
        "front_sheet: (\n        field_from_the_future: \"ignored\",\n        another: (a: 1, b: [2, 3]),",
        1,
    );
    let loaded = storage::from_ron(&with_extra).expect("unknown fields tolerated");
    assert_eq!(loaded, complete_case());
    let without_summary: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("summary:"))
        .collect::<Vec<_>>()
        .join("\n");
    let loaded = storage::from_ron(&without_summary).expect("missing fields tolerated");
    assert_eq!(loaded.front_sheet.summary, "");
}

fn syntax_error(text: &str) -> (usize, usize, String) {
    match storage::from_ron(text) {
        Err(StorageError::Syntax {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_truncated_file_says_where_it_stops() {
    let text = storage::to_ron(&complete_case()).expect("serialises");
    let cut = &text[..text.len() / 2];
    let (line, column, message) = syntax_error(cut);
    let last_line = cut.lines().count();
    assert!(
        line >= last_line.saturating_sub(1) && line <= last_line + 1,
        "line {line} of {last_line}: {message}"
    );
    assert!(column >= 1);
    assert!(!message.is_empty());
}

#[test]
fn a_wrong_type_names_line_and_column() {
    let text = "(\n    format_version: 1,\n    finance: (\n        years: \"five\",\n    ),\n)";
    let (line, column, message) = syntax_error(text);
    assert_eq!(line, 4, "{message}");
    assert!(column > 8, "column {column}");
    let shown = StorageError::Syntax {
        line,
        column,
        message,
        detail: String::new(),
    }
    .to_string();
    assert!(shown.starts_with("line 4, column"), "{shown}");
}

#[test]
fn an_unknown_enum_value_lists_the_expected_ones() {
    let text =
        "(\n    format_version: 1,\n    front_sheet: (\n        marking: TopSecret,\n    ),\n)";
    let (line, _, message) = syntax_error(text);
    assert_eq!(line, 4);
    assert!(
        message.contains("TopSecret") && message.contains("OfficialSensitive"),
        "{message}"
    );
}

#[test]
fn a_score_out_of_range_is_explained() {
    let text = "(format_version: 1, options: (appraisals: { LeadForce: (strategic_fit: 9) }))";
    let (_, _, message) = syntax_error(text);
    assert!(message.contains("1 to 5"), "{message}");
}

#[test]
fn binary_garbage_is_an_error_not_a_panic() {
    for garbage in [
        "",
        "\u{0}\u{1}\u{2}",
        "((((((((((",
        "[1, 2, 3]",
        "\"just a string\"",
        "format_version: 1",
    ] {
        assert!(storage::from_ron(garbage).is_err(), "{garbage:?} loaded");
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ,.'-]{0,40}",
        "[ŵŷâêîôûéèçñ ĀāŴŶ]{0,20}",
        "[\u{0600}-\u{06FF}\u{05D0}-\u{05EA} ]{0,20}",
        any::<String>(),
        Just("line one\nline two\n\n\"quoted\" and # hash \\ backslash".to_string()),
        Just("\"#\"## raw-string breaker ##\"".to_string()),
    ]
}

prop_compose! {
    fn generated_case()(
        title in text(),
        summary in text(),
        forces in prop::collection::vec((text(), 0_i64..1_000_000_000_000, 0_u32..10_000), 0..6),
        lead in proptest::option::of(0_usize..6),
        risks in prop::collection::vec((text(), text(), 0_u8..7, 0_u8..7), 0..20),
        amounts in prop::collection::vec(prop::collection::vec(-1_000_000_000_i64..1_000_000_000, 0..8), 0..6),
        rationale in text(),
        aim in text(),
        recommendations in prop::collection::vec(text(), 0..5),
        day in 1_u32..28,
    ) -> Case {
        let mut case = complete_case();
        case.front_sheet.title = title;
        case.front_sheet.summary = summary;
        case.front_sheet.meeting_date = fixtures::date(2027, 1, day).into();
        case.partners.forces = forces.into_iter().map(|(name, budget, share)| casewright::case::partners::Force {
            name,
            annual_revenue_budget: casewright::case::Money(budget),
            custom_share: casewright::case::Percent(share),
            ..Default::default()
        }).collect();
        case.partners.lead_force = lead.filter(|i| *i < case.partners.forces.len());
        case.risks.risks = risks.into_iter().map(|(title, owner, likelihood, impact)| casewright::case::risk::Risk {
            title, owner, likelihood, impact, ..Default::default()
        }).collect();
        let years = amounts.iter().map(Vec::len).max().unwrap_or(0).max(1);
        case.finance.years = years;
        let names: Vec<String> = case.partners.forces.iter().map(|f| f.name.clone()).collect();
        case.finance.option_mut(casewright::case::options::OptionKind::LeadForce).lines = amounts.into_iter().enumerate().map(|(i, row)| {
            use casewright::case::finance::{FallsIn, FinanceLine, FlowKind};
            let mut amounts: Vec<_> = row.into_iter().map(casewright::case::Money).collect();
            amounts.resize(years, casewright::case::Money::ZERO);
            let kind = if i % 2 == 0 { FlowKind::Cost } else { FlowKind::Saving };
            let falls_in = names.get(i).map_or(FallsIn::Shared, |name| FallsIn::Force(name.clone()));
            FinanceLine { label: "line".into(), amounts, falls_in, ..FinanceLine::new(kind, years) }
        }).collect();
        for appraisal in case.options.appraisals.values_mut() {
            appraisal.rationale = rationale.clone();
        }
        case.equality.aims.insert(casewright::case::equality::PsedAim::AdvanceEquality, aim);
        case.recommendations = recommendations.into_iter().map(|text| casewright::case::Recommendation { text, ..Default::default() }).collect();
        case
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any case the app can make saves and loads back exactly. The app holds text as
    /// loading cleans it (line separators as line breaks, no control characters), so the
    /// generated case is cleaned the same way first.
    #[test]
    fn any_case_saves_and_loads_back_equal(case in generated_case()) {
        let mut case = case;
        case.normalise();
        let text = storage::to_ron(&case).expect("serialises");
        let loaded = storage::from_ron(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(loaded, case);
    }

    /// Whatever text arrives, loading returns a result and never panics.
    #[test]
    fn loading_any_text_never_panics(text in any::<String>()) {
        let _ = storage::from_ron(&text);
    }

    /// Cutting a saved file anywhere gives an error with a position, never a panic.
    #[test]
    fn a_file_cut_anywhere_fails_cleanly(case in generated_case(), fraction in 0.0_f64..0.98) {
        let text = storage::to_ron(&case).expect("serialises");
        let mut cut = (text.len() as f64 * fraction) as usize;
        while !text.is_char_boundary(cut) { cut -= 1; }
        if let Err(StorageError::Syntax { line, .. }) = storage::from_ron(&text[..cut]) {
            prop_assert!(line >= 1);
        }
    }
}
