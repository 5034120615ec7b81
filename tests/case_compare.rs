//! Comparing two versions of a case (`case::compare`): hand-made pairs (a figure changed, a
//! risk removed and another added, a reordering only, a line renamed, one word changed in a
//! long text), and each example against its version 1 copy, read the way a board member
//! reads the list: in the wizard's words, never the save file's.

mod fixtures;

use std::path::Path;

use casewright::case::compare::{Comparison, What, WordsWere};
use casewright::case::options::OptionKind;
use casewright::case::risk::Risk;
use casewright::case::{Anchor, Case, Money, Step, storage};

fn compare(old: &Case, new: &Case) -> Comparison {
    Comparison::of(old, new).expect("the cases compare")
}

#[test]
fn a_case_compared_with_itself_has_no_changes() {
    let case = fixtures::realistic_case();
    let comparison = compare(&case, &case);
    assert!(comparison.changes.is_empty(), "{comparison}");
    assert!(comparison.figures.is_empty(), "{comparison}");
    assert!(!comparison.differs());
    assert_eq!(comparison.to_string(), "No changes.\n");
}

#[test]
fn a_figure_changed_is_shown_old_to_new_in_pounds_with_what_it_moves() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    let line = &mut new.finance.option_mut(OptionKind::LeadForce).lines[0];
    let before = line.amounts[1];
    line.amounts[1] = before + Money::pounds(50_000);
    let comparison = compare(&old, &new);
    assert!(comparison.differs());
    assert_eq!(comparison.changes.len(), 1, "{comparison}");
    let change = &comparison.changes[0];
    assert_eq!(change.anchor, Anchor::FinanceLine(OptionKind::LeadForce, 0));
    assert_eq!(
        change.what,
        What::Value {
            old: before.whole_pounds(),
            new: (before + Money::pounds(50_000)).whole_pounds(),
        }
    );
    let year = new.finance.year_label(1);
    assert!(
        change.place_label().ends_with(&format!("Amount in {year}")),
        "{}",
        change.place_label()
    );
    let line = &old.finance.option(OptionKind::LeadForce).lines[0].label;
    assert_eq!(
        change.place_label(),
        format!("Lead force › Line: {line} › Amount in {year}"),
        "the option and the line as the finance step names them"
    );
    let figures: Vec<&str> = comparison
        .figures
        .iter()
        .map(|figure| figure.figure.as_str())
        .collect();
    assert!(
        figures.contains(&"Lead force: net present value"),
        "{figures:?}"
    );
    assert!(
        figures.contains(&"Lead force: benefit–cost ratio"),
        "{figures:?}"
    );
    // The preferred option is the lead force: each force's position moves with it.
    assert!(
        figures
            .iter()
            .any(|figure| figure.ends_with("net position under Lead force (cash)")),
        "{figures:?}"
    );
    let npv = |case: &Case| {
        case.finance
            .appraise(&case.options)
            .expect("appraises")
            .get(OptionKind::LeadForce)
            .expect("appraised")
            .measures
            .npv
            .whole_pounds()
    };
    let moved = comparison
        .figures
        .iter()
        .find(|figure| figure.figure == "Lead force: net present value")
        .expect("the net present value moved");
    assert_eq!(
        (moved.old.clone(), moved.new.clone()),
        (npv(&old), npv(&new))
    );
}

#[test]
fn a_risk_removed_and_another_added_are_named_and_nothing_else_is_said() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    let removed = new.risks.risks.remove(1);
    new.risks.risks.push(Risk {
        id: "R99".into(),
        title: "Range lease not renewed".into(),
        ..Risk::default()
    });
    let comparison = compare(&old, &new);
    let risks: Vec<String> = comparison
        .changes
        .iter()
        .filter(|change| change.anchor.step() == Step::Risks)
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        risks,
        [
            "Added to Risks: Risk R99: Range lease not renewed".to_owned(),
            format!("Removed from Risks: Risk {}: {}", removed.id, removed.title),
        ],
        "{comparison}"
    );
    assert_eq!(comparison.changes.len(), 2, "{comparison}");
}

#[test]
fn a_reordering_only_is_no_change_of_substance() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    new.risks.risks.reverse();
    new.implementation.milestones.reverse();
    let comparison = compare(&old, &new);
    assert!(!comparison.differs(), "{comparison}");
    assert_eq!(comparison.changes.len(), 2, "{comparison}");
    assert!(
        comparison
            .changes
            .iter()
            .all(|change| change.what == What::Reordered)
    );
    let shown = comparison.to_string();
    assert!(shown.starts_with("No change of substance"), "{shown}");
}

#[test]
fn a_renamed_line_is_the_same_line_with_a_new_name() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    let line = &mut new.finance.option_mut(OptionKind::SharedFunction).lines[0];
    let before = line.label.clone();
    line.label = format!("{before} (revised)");
    let comparison = compare(&old, &new);
    assert_eq!(comparison.changes.len(), 1, "{comparison}");
    let change = &comparison.changes[0];
    assert_eq!(
        change.anchor,
        Anchor::FinanceLine(OptionKind::SharedFunction, 0)
    );
    let What::Text(runs) = &change.what else {
        panic!("a renamed line is a change of its words: {comparison}");
    };
    let added: Vec<&str> = runs
        .iter()
        .filter(|run| run.were != WordsWere::Kept)
        .map(|run| run.text.trim())
        .collect();
    assert_eq!(added, ["(revised)"], "{comparison}");
    assert!(comparison.figures.is_empty(), "{comparison}");
}

#[test]
fn a_renamed_force_is_the_same_force_under_its_new_name() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    let before = new.partners.forces[0].name.clone();
    new.partners.forces[0].name = "Heddlu Gwent Police".into();
    new.rename_force(&before, "Heddlu Gwent Police");
    let comparison = compare(&old, &new);
    assert!(
        comparison
            .changes
            .iter()
            .all(|change| !matches!(change.what, What::Added(_) | What::Removed(_))),
        "{comparison}"
    );
    assert!(
        comparison.changes.iter().any(|change| change.anchor
            == Anchor::Force(0, casewright::case::validate::ForceField::Name)),
        "{comparison}"
    );
}

#[test]
fn one_word_changed_in_a_long_text_shows_that_word_in_its_sentence() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    new.front_sheet.summary = old.front_sheet.summary.replace("£1.9m", "£2.1m");
    assert_ne!(new.front_sheet.summary, old.front_sheet.summary);
    let comparison = compare(&old, &new);
    assert_eq!(comparison.changes.len(), 1, "{comparison}");
    let shown = comparison.changes[0].to_string();
    assert!(
        shown.starts_with("Summary: …") && shown.contains(" [was “£1.9m”, now “£2.1m”] "),
        "{shown}"
    );
    assert!(shown.len() < old.front_sheet.summary.len() / 2, "{shown}");
}

/// Every example in `assets/examples/` with its version 1 copy in `tests/fixtures/v1/`.
fn examples_and_their_first_versions() -> Vec<(Case, Case)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folder = root.join("tests/fixtures/v1");
    let mut pairs = Vec::new();
    for entry in std::fs::read_dir(&folder).expect("lists the version 1 copies") {
        let old = entry.expect("entry").path();
        let name = old.file_name().expect("a file name");
        let new = root.join("assets/examples").join(name);
        pairs.push((
            storage::load(&old).expect("the version 1 copy loads"),
            storage::load(&new).expect("the example loads"),
        ));
    }
    assert_eq!(pairs.len(), 4);
    pairs
}

#[test]
fn each_example_against_its_version_1_copy_reads_in_the_wizards_words() {
    for (old, new) in examples_and_their_first_versions() {
        let comparison = compare(&old, &new);
        assert!(comparison.differs(), "{}", new.display_title());
        for change in &comparison.changes {
            for place in &change.place {
                assert!(
                    !place.contains('_') && !place.contains('[') && !place.is_empty(),
                    "a place named as the file names it: {place:?} in {change}"
                );
            }
            if let What::Value { old, new } = &change.what {
                assert_ne!(old, new, "{change}");
            }
        }
        let shown = comparison.to_string();
        assert!(shown.contains("\nWhat the figures move\n"), "{shown}");
        for line in shown.lines() {
            assert!(
                !line.contains("front_sheet") && !line.contains("finance.options"),
                "{line}"
            );
        }
    }
}

#[test]
fn the_revision_history_row_names_the_steps_changed_and_the_values_moved() {
    let old = fixtures::realistic_case();
    let mut new = old.clone();
    new.finance.option_mut(OptionKind::LeadForce).lines[0].amounts[1] += Money::pounds(50_000);
    new.risks.risks.remove(0);
    let comparison = compare(&old, &new);
    let summary = comparison.revision_summary("version 0.3");
    assert!(
        summary.starts_with("Since version 0.3: changes to Finance and Risks; the net present value of Lead force moves from "),
        "{summary}"
    );
    let mut reordered = old.clone();
    reordered.risks.risks.reverse();
    assert_eq!(
        compare(&old, &reordered).revision_summary("version 0.3"),
        ""
    );
}
