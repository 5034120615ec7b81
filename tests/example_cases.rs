//! The example cases in `assets/examples/` are what new users open first and what the report
//! and app tests print, so each must load, pass `check` without errors, and already be in the
//! exact form the app saves. The format-version-1 fixture must keep loading for ever.

use std::fs;
use std::path::{Path, PathBuf};

use casewright::case::front_sheet::{AgendaPart, DecisionMaker};
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::partners::Nation;
use casewright::case::storage::{self, FORMAT_VERSION};
use casewright::case::{Severity, validate};

fn examples() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == storage::EXTENSION)
        })
        .collect();
    paths.sort();
    paths
}

#[test]
fn there_are_at_least_three_examples_and_one_with_a_welsh_force() {
    let cases: Vec<_> = examples()
        .iter()
        .map(|path| storage::load(path).expect("example loads"))
        .collect();
    assert!(cases.len() >= 3, "only {} examples", cases.len());
    assert!(
        cases
            .iter()
            .flat_map(|case| &case.partners.forces)
            .any(|force| force.nation == Nation::Wales)
    );
}

#[test]
fn every_example_passes_check_without_errors_or_warnings() {
    for path in examples() {
        let case = storage::load(&path).expect("example loads");
        let problems: Vec<String> = validate(&case)
            .into_iter()
            .filter(|finding| finding.severity != Severity::Hint)
            .map(|finding| finding.to_string())
            .collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
}

#[test]
fn every_example_appraises_at_least_three_options_against_business_as_usual() {
    for path in examples() {
        let case = storage::load(&path).expect("example loads");
        assert_eq!(
            case.options.appraisals[&OptionKind::BusinessAsUsual].status,
            OptionStatus::Baseline,
            "{}",
            path.display()
        );
        let appraisal = case.finance.appraise(&case.options).expect("appraises");
        assert!(appraisal.results.len() >= 3, "{}", path.display());
        for result in appraisal.options() {
            assert!(
                !case.finance.option(result.kind).lines.is_empty(),
                "{}: {} has no figures",
                path.display(),
                result.kind.label()
            );
        }
        let sensitivity = case
            .finance
            .sensitivity(&case.options, &appraisal)
            .expect("works out")
            .expect("has a preferred option");
        assert!(sensitivity.runner_up.is_some(), "{}", path.display());
    }
}

#[test]
fn every_example_is_saved_in_canonical_form() {
    for path in examples() {
        let text = fs::read_to_string(&path).expect("example readable");
        let canonical = storage::canonical_form(&text).expect("example parses");
        assert!(
            canonical == text,
            "{} is not in the form the app saves; rewrite the examples with \
             `cargo run -- fmt assets/examples/*.ron`",
            path.display()
        );
        assert_eq!(
            storage::from_ron(&canonical).expect("reloads"),
            storage::from_ron(&text).expect("example parses")
        );
    }
}

#[test]
fn every_example_appraises_all_eight_options_with_one_preferred() {
    for path in examples() {
        let case = storage::load(&path).expect("example loads");
        assert_eq!(case.options.appraisals.len(), OptionKind::ALL.len());
        for (kind, appraisal) in &case.options.appraisals {
            assert_ne!(
                appraisal.status,
                OptionStatus::NotAssessed,
                "{}: {} not assessed",
                path.display(),
                kind.label()
            );
            assert!(appraisal.strategic_fit.is_some() && appraisal.practicality.is_some());
        }
        assert!(case.options.preferred().is_some(), "{}", path.display());
    }
}

#[test]
fn the_format_version_1_fixture_still_loads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1.ron");
    let case = storage::load(&path).expect("format 1 fixture loads");
    assert_eq!(case.format_version, FORMAT_VERSION);
    assert_eq!(case.partners.forces.len(), 2);
    assert_eq!(
        case.partners.lead().map(|force| force.name.as_str()),
        Some("Lancashire Constabulary")
    );
    assert_eq!(case.options.preferred(), Some(OptionKind::LeadForce));
    assert_eq!(case.finance.option(OptionKind::LeadForce).lines.len(), 10);
    assert_eq!(
        case.options.appraisals[&OptionKind::BusinessAsUsual].status,
        OptionStatus::Baseline
    );
    assert_eq!(case.risks.risks.len(), 11);
    assert_eq!(case.recommendations.len(), 5);
    // The parts added since take their defaults: nothing written, nothing lost.
    assert!(case.commercial.is_empty() && case.workforce.is_empty());
    assert!(case.data_protection.is_empty() && case.estates_ict.is_empty());
    assert_eq!(case.management, Default::default());
    assert!(
        case.sign_off.decision_records.is_empty(),
        "no policing body has signed off yet"
    );
    assert_eq!(case.front_sheet.agenda_part, AgendaPart::Part1);
    assert_eq!(case.front_sheet.decided_by, DecisionMaker::JointBoard);
}

/// Issue 19's test of trust: after every saving of every option in an example falls by 5%,
/// the paper quotes no old net present value (in full or in millions) anywhere, or `check`
/// names each field that still does.
#[test]
fn after_every_saving_falls_five_percent_no_old_npv_is_quoted_unnamed() {
    use casewright::case::Money;
    use casewright::case::figures::catalogue::OptionMeasure;
    use casewright::case::figures::{Figure, Figures, MoneyStyle};
    use casewright::case::finance::Flow;
    for path in examples() {
        let mut case = storage::load(&path).expect("example loads");
        let npvs = |case: &casewright::case::Case| -> Vec<String> {
            let figures = Figures::of(case);
            OptionKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    figures
                        .figure(&Figure::Option(kind, OptionMeasure::Npv))
                        .ok()
                })
                .flat_map(|value| {
                    [
                        MoneyStyle::Pounds,
                        MoneyStyle::Millions,
                        MoneyStyle::MillionsSize,
                    ]
                    .map(|style| value.show(style))
                })
                .collect()
        };
        let before = npvs(&case);
        for kind in OptionKind::ALL {
            for line in &mut case.finance.option_mut(kind).lines {
                if matches!(line.flow, Flow::Saving { .. }) {
                    for amount in &mut line.amounts {
                        *amount = Money(amount.pence() * 95 / 100);
                    }
                }
            }
        }
        let after = npvs(&case);
        // An old NPV that is now another figure of the case to the shown precision (the
        // five-year cost, say) still quotes a current figure: the check rightly passes it.
        let current: Vec<String> = Figures::of(&case)
            .entries()
            .iter()
            .flat_map(|entry| {
                [
                    MoneyStyle::Pounds,
                    MoneyStyle::Millions,
                    MoneyStyle::MillionsSize,
                ]
                .map(|style| entry.value.show(style))
            })
            .collect();
        let paper = casewright::report::pages(&case)
            .body_text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let findings: Vec<String> = validate(&case)
            .into_iter()
            .map(|finding| finding.message)
            .collect();
        for old in before {
            if after.contains(&old) || current.contains(&old) || !paper.contains(&old) {
                continue;
            }
            assert!(
                findings.iter().any(|message| message.contains(&old)),
                "{}: the paper still quotes the old net present value {old} and check names no field",
                path.display()
            );
        }
    }
}
