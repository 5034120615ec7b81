//! Live figures in the text: every kind of figure inserted, saved, loaded and printed with its
//! current value; the paper following an edit to the figures; references surviving renames and
//! reordering; a removed figure a finding with a visible stand-in; and the stale-figure check.

mod fixtures;

use casewright::case::figures::catalogue::{ForceMeasure, OptionMeasure, TotalMeasure};
use casewright::case::figures::{self, Figure, Figures, MoneyStyle, Reference};
use casewright::case::finance::{FinanceLine, Flow, SavingKind};
use casewright::case::options::OptionKind;
use casewright::case::storage;
use casewright::case::{Anchor, Case, Money, validate};
use casewright::report;
use proptest::prelude::*;

use fixtures::{complete_case, realistic_case};

/// The realistic case, normalised as a loaded file is (forces with ids).
fn case() -> Case {
    let mut case = realistic_case();
    case.normalise();
    case
}

/// One figure of each kind the catalogue offers, taken from the case's own entries.
fn one_of_each_kind(case: &Case) -> Vec<Figure> {
    let entries = Figures::of(case).entries();
    let mut kinds: Vec<Figure> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for entry in entries {
        let reference = entry.figure.reference(MoneyStyle::Pounds);
        let key = format!("{}{}", reference.name, reference.arg("year").is_some());
        if !seen.contains(&key) {
            seen.push(key);
            kinds.push(entry.figure);
        }
    }
    kinds
}

/// The paper's body text, on one line, as words.
fn paper_text(case: &Case) -> String {
    report::pages(case)
        .body_text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn each_kind_of_figure_is_saved_loaded_and_printed_with_its_value() {
    let mut case = case();
    let kinds = one_of_each_kind(&case);
    assert!(kinds.len() >= 20, "{kinds:#?}");
    let figures = Figures::of(&case);
    let mut text = String::new();
    let mut expected = Vec::new();
    for (i, figure) in kinds.iter().enumerate() {
        let style = if figure.is_money() && i % 2 == 1 {
            MoneyStyle::Millions
        } else {
            MoneyStyle::Pounds
        };
        let value = figures.figure(figure).expect("a current figure");
        text.push_str(&format!("Item {i} is {} here. ", figure.reference(style)));
        expected.push(format!("Item {i} is {} here.", value.show(style)));
    }
    case.finance.notes = text;
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("case.ron");
    storage::save(&case, &file).expect("saves");
    let loaded = storage::load(&file).expect("loads");
    assert_eq!(loaded.finance.notes, case.finance.notes, "references kept");
    let paper = paper_text(&loaded);
    for sentence in &expected {
        assert!(
            paper.contains(sentence.as_str()),
            "{sentence} not in the paper"
        );
    }
    assert!(!paper.contains("{{"), "no reference printed raw");
    // The PDF itself, read back as text, where poppler is installed.
    let pdf = folder.path().join("paper.pdf");
    report::export(&loaded, report::Format::Pdf, &pdf).expect("exports");
    let Ok(output) = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
    else {
        return;
    };
    let pdf_text = String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for sentence in &expected {
        assert!(
            pdf_text.contains(sentence.as_str()),
            "{sentence} not in the PDF"
        );
    }
}

#[test]
fn after_an_edit_to_a_finance_line_the_paper_follows() {
    let mut case = case();
    let preferred = case.options.preferred().expect("preferred");
    let npv = Figure::Option(preferred, OptionMeasure::Npv);
    case.finance.value_for_money = format!(
        "Its net present value is {} ({}).",
        npv.reference(MoneyStyle::Pounds),
        npv.reference(MoneyStyle::Millions)
    );
    let before = Figures::of(&case).figure(&npv).expect("npv");
    let line = case
        .finance
        .option_mut(preferred)
        .lines
        .iter_mut()
        .find(|line| matches!(line.flow, Flow::Saving { .. }))
        .expect("a saving");
    line.amounts[1] += Money::pounds(250_000);
    let after = Figures::of(&case).figure(&npv).expect("npv");
    assert_ne!(before, after);
    let rendered = figures::render_case(&case);
    assert_eq!(
        rendered.finance.value_for_money,
        format!(
            "Its net present value is {} ({}).",
            after.show(MoneyStyle::Pounds),
            after.show(MoneyStyle::Millions)
        )
    );
}

#[test]
fn a_renamed_or_moved_force_keeps_its_references() {
    let mut case = case();
    let id = case.partners.forces[1].id.clone();
    assert!(!id.is_empty());
    let net = Figure::Force {
        force: id.clone(),
        measure: ForceMeasure::Net,
        year: None,
    };
    case.finance.notes = format!("Its position is {}.", net.reference(MoneyStyle::Pounds));
    let value = Figures::of(&case).figure(&net).expect("a force figure");
    let old = case.partners.forces[1].name.clone();
    case.partners.forces[1].name = "Renamed Constabulary".into();
    case.rename_force(&old, "Renamed Constabulary");
    case.finance.rename_force(&old, "Renamed Constabulary");
    case.partners.swap_forces(0, 1);
    case.normalise();
    assert_eq!(
        case.partners.forces[0].id, id,
        "the id stays with the force"
    );
    assert_eq!(Figures::of(&case).figure(&net), Ok(value.clone()));
    let paper = paper_text(&case);
    assert!(
        paper.contains(&format!(
            "Its position is {}.",
            value.show(MoneyStyle::Pounds)
        )),
        "the paper prints the renamed force's figure"
    );
    assert!(
        !validate(&case)
            .iter()
            .any(|f| f.message.contains("no longer available"))
    );
}

#[test]
fn a_removed_figure_is_a_finding_naming_the_field_and_prints_a_stand_in() {
    let mut case = case();
    let id = case.partners.forces[1].id.clone();
    let share = Figure::Force {
        force: id,
        measure: ForceMeasure::Share,
        year: None,
    };
    let gone_year = Figure::Total {
        measure: TotalMeasure::Net,
        year: Some("2049/50".into()),
    };
    case.finance.notes = format!(
        "Its share is {} and {}.",
        share.reference(MoneyStyle::Pounds),
        gone_year.reference(MoneyStyle::Pounds)
    );
    case.partners.remove_force(1);
    let findings: Vec<_> = validate(&case)
        .into_iter()
        .filter(|f| f.message.contains("no longer available"))
        .collect();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(findings.iter().all(|f| f.anchor == Anchor::FirstYear));
    assert!(
        findings[0].message.contains("Its share is"),
        "names the text"
    );
    let paper = paper_text(&case);
    assert!(paper.contains("[figure no longer available: no force has the id"));
    assert!(paper.contains("[figure no longer available: 2049/50 is not a year of the appraisal]"));
}

#[test]
fn references_survive_fmt_and_a_round_trip_through_the_file() {
    let mut case = case();
    let reference = Reference::new("npv", &[("option", "LeadForce"), ("as", "millions")]);
    case.strategy.scope.proposal = format!("A value of {reference}, quoted.");
    let text = storage::to_ron(&case).expect("writes");
    let back = storage::from_ron(&text).expect("reads");
    assert_eq!(back.strategy.scope.proposal, case.strategy.scope.proposal);
    // `fmt` writes what it read: the same text again.
    assert_eq!(storage::to_ron(&back).expect("writes"), text);
}

#[test]
fn a_version_2_file_loads_and_its_forces_get_ids() {
    let text = include_str!("fixtures/format-v2.ron");
    assert!(text.contains("format_version: 2"));
    let case = storage::from_ron(text).expect("a version 2 file loads");
    assert_eq!(case.format_version, storage::FORMAT_VERSION);
    let ids: Vec<&str> = case.partners.forces.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["lancashire-constabulary", "cumbria-constabulary"]);
}

/// Finds `typed` among the value-for-money text's stale figures, holds its message to name
/// `what` and its suggested reference to be a `reference`, and puts that reference in its
/// place, as Review's "Replace with the live figure" does.
fn replace_the_stale_figure(case: &mut Case, typed: &str, what: &str, reference: &str) {
    let stale = figures::stale::stale(case);
    let found = stale
        .iter()
        .find(|s| s.typed == typed)
        .unwrap_or_else(|| panic!("the old figure {typed} is flagged: {stale:#?}"));
    assert_eq!(found.anchor, Anchor::ValueForMoney);
    assert!(found.message.contains(what), "{}", found.message);
    let meant = found.meant.clone().expect("the figure meant is clear");
    assert_eq!(meant.name, reference);
    assert!(figures::replace_in_field(
        case,
        &found.text.clone(),
        typed,
        &meant
    ));
}

#[test]
fn a_typed_npv_that_no_longer_matches_is_named_with_the_figure_it_meant() {
    let mut case = complete_case();
    case.normalise();
    let preferred = case.options.preferred().expect("preferred");
    let npv = Figures::of(&case)
        .figure(&Figure::Option(preferred, OptionMeasure::Npv))
        .expect("npv");
    let typed = npv.show(MoneyStyle::Pounds);
    case.finance.value_for_money = format!("The net present value is {typed}.");
    assert!(
        !validate(&case).iter().any(|f| f.message.contains(&typed)),
        "a current figure typed by hand is not stale"
    );
    for line in &mut case.finance.option_mut(preferred).lines {
        if matches!(line.flow, Flow::Saving { .. }) {
            for amount in &mut line.amounts {
                *amount = Money(amount.pence() * 9 / 10);
            }
        }
    }
    replace_the_stale_figure(&mut case, &typed, "net present value", "npv");
    assert!(figures::stale::stale(&case).is_empty());
}

#[test]
fn a_typed_benefit_cost_ratio_that_no_longer_matches_is_named_with_the_ratio_it_meant() {
    let mut case = complete_case();
    case.normalise();
    let preferred = case.options.preferred().expect("preferred");
    let bcr = Figures::of(&case)
        .figure(&Figure::Option(preferred, OptionMeasure::Bcr))
        .expect("a ratio");
    let typed = bcr.show(MoneyStyle::Pounds);
    // Typed to one place, the ratio matches as rounded; other decimals in the sentence (a
    // percentage, money, a year) are not ratios.
    let one_place = format!("{:.1}", typed.parse::<f64>().expect("a number"));
    case.finance.value_for_money = format!(
        "It has a benefit\u{2013}cost ratio of {typed} (about {one_place}), with 3.5% discounting over £1.5 million in 2027/28."
    );
    let stale = figures::stale::stale(&case);
    assert!(stale.is_empty(), "current ratios are not stale: {stale:#?}");
    for line in &mut case.finance.option_mut(preferred).lines {
        if matches!(line.flow, Flow::Saving { .. }) {
            for amount in &mut line.amounts {
                *amount = Money(amount.pence() * 8 / 10);
            }
        }
    }
    replace_the_stale_figure(&mut case, &typed, "benefit\u{2013}cost ratio", "bcr");
    assert!(
        !figures::stale::stale(&case)
            .iter()
            .any(|s| s.typed == typed),
        "the live ratio replaced it"
    );
}

#[test]
fn words_the_figures_contradict_are_findings() {
    let mut case = case();
    let figures = Figures::of(&case);
    let positions = figures.positions().expect("positions").clone();
    let (i, position) = positions
        .forces
        .iter()
        .enumerate()
        .find(|(_, p)| p.total.net != Money::ZERO)
        .expect("a force with a position");
    let name = case.partners.forces[i].name.clone();
    let wrong = if position.total.net > Money::ZERO {
        "a net cost"
    } else {
        "a net saving"
    };
    case.finance.notes = format!("Over the period {name} carries {wrong}.");
    case.workforce.proposed_redundancies = Some(3);
    case.workforce.arrangements = "There will be no compulsory redundancies.".into();
    let messages: Vec<String> = figures::stale::stale(&case)
        .into_iter()
        .map(|s| s.message)
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains(&name) && m.contains("net position")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("no redundancies")),
        "{messages:#?}"
    );
}

#[test]
fn a_preferred_option_not_first_needs_its_reason_and_the_paper_prints_it() {
    let mut case = complete_case();
    case.normalise();
    let preferred = case.options.preferred().expect("preferred");
    let other = OptionKind::SharedFunction;
    case.options
        .appraisals
        .get_mut(&other)
        .expect("every option")
        .status = casewright::case::options::OptionStatus::Shortlisted;
    let mut lines: Vec<FinanceLine> = case.finance.option(preferred).lines.clone();
    for line in &mut lines {
        if let Flow::Saving { .. } = line.flow {
            line.flow = Flow::Saving {
                kind: SavingKind::default(),
            };
            for amount in &mut line.amounts {
                *amount = Money(amount.pence() * 3);
            }
        }
    }
    case.finance.option_mut(other).lines = lines;
    let finding = |case: &Case| {
        validate(case)
            .into_iter()
            .any(|f| f.anchor == Anchor::WhyNotHighestNpv)
    };
    assert!(finding(&case), "no reason given yet");
    let paper = paper_text(&case);
    assert!(!paper.contains("sets out why the preferred option is chosen"));
    case.options.why_not_highest_npv = "It keeps command with each chief constable.".into();
    assert!(!finding(&case));
    let paper = paper_text(&case);
    assert!(paper.contains("Why the preferred option is chosen nonetheless"));
    assert!(paper.contains("It keeps command with each chief constable."));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// For any edit to the figures, every figure the text quotes is current: a live one
    /// because it is rendered now, a typed one because it still matches, or `check` names the
    /// field that quotes it.
    #[test]
    fn every_quoted_figure_is_current_or_named_by_check(
        scale in 50_i64..200,
        year in 0_usize..5,
        millions in any::<bool>(),
    ) {
        let mut case = case();
        let preferred = case.options.preferred().expect("preferred");
        let npv = Figure::Option(preferred, OptionMeasure::Npv);
        let style = if millions { MoneyStyle::Millions } else { MoneyStyle::Pounds };
        let old = Figures::of(&case).figure(&npv).expect("npv").show(style);
        case.finance.notes = format!(
            "Live: the net present value is {}. Typed: the net present value is {old}.",
            npv.reference(style)
        );
        // The window's checks remember each passage's findings between edits: after this
        // edit to the figures alone, what they remembered must not stand.
        let mut memo = validate::Memo::default();
        validate::validate_remembering(&case, &mut memo);
        for line in &mut case.finance.option_mut(preferred).lines {
            if let Some(amount) = line.amounts.get_mut(year)
                && matches!(line.flow, Flow::Saving { .. })
            {
                *amount = Money(amount.pence() * scale / 100);
            }
        }
        let now = Figures::of(&case).figure(&npv).expect("npv").show(style);
        let rendered = figures::render_case(&case);
        let live_current = rendered
            .finance
            .notes
            .contains(&format!("Live: the net present value is {now}."));
        prop_assert!(live_current, "{}", rendered.finance.notes);
        // The typed amount may now be another figure of the case to the shown precision
        // (the forces' total against business as usual, say): then it still quotes a
        // current figure, and the check rightly passes it.
        let still_a_figure = Figures::of(&case)
            .entries()
            .iter()
            .any(|entry| entry.figure != npv && entry.value.show(style) == old);
        prop_assert_eq!(validate::validate_remembering(&case, &mut memo), validate(&case));
        if old != now && !still_a_figure {
            let named = validate(&case)
                .iter()
                .any(|f| f.anchor == Anchor::FirstYear && f.message.contains(&old));
            prop_assert!(named, "the stale {} is not named", old);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// For a generated case (either fixture, every line's amounts scaled by its own factor)
    /// and any edit to its figures (one option's savings in one year scaled), every money
    /// figure the text quotes is current: a live one is printed at its value now, and a
    /// typed one that no longer matches any figure of the case is named by `check`.
    #[test]
    fn in_any_generated_case_a_quoted_figure_is_current_or_named(
        complete in any::<bool>(),
        scales in prop::collection::vec(20_i64..300, 64),
        edit_option in 0_usize..8,
        edit_year in 0_usize..5,
        edit_scale in 0_i64..250,
    ) {
        let mut case = if complete { complete_case() } else { realistic_case() };
        case.normalise();
        let mut factor = scales.iter().cycle();
        for kind in OptionKind::ALL {
            for line in &mut case.finance.option_mut(kind).lines {
                let scale = *factor.next().expect("cycles");
                for amount in &mut line.amounts {
                    *amount = Money(amount.pence() / 100 * scale);
                }
            }
        }
        let money: Vec<Figure> = one_of_each_kind(&case)
            .into_iter()
            .filter(Figure::is_money)
            .collect();
        let before = Figures::of(&case);
        let quotes: Vec<(Figure, String)> = money
            .iter()
            .filter_map(|figure| {
                let shown = before.figure(figure).ok()?.show(MoneyStyle::Pounds);
                Some((figure.clone(), shown))
            })
            .collect();
        let mut text = String::new();
        for (figure, shown) in &quotes {
            text.push_str(&format!(
                "Live: the net position is {}. Typed: the net position is {shown}.\n",
                figure.reference(MoneyStyle::Pounds)
            ));
        }
        case.finance.notes = text;
        let kind = OptionKind::ALL[edit_option];
        for line in &mut case.finance.option_mut(kind).lines {
            if let Some(amount) = line.amounts.get_mut(edit_year)
                && matches!(line.flow, Flow::Saving { .. })
            {
                *amount = Money(amount.pence() / 100 * edit_scale);
            }
        }
        let now = Figures::of(&case);
        let rendered = figures::render_case(&case).finance.notes;
        let current: Vec<String> = now
            .entries()
            .iter()
            .map(|entry| entry.value.show(MoneyStyle::Pounds))
            .collect();
        let findings: Vec<String> = validate(&case)
            .into_iter()
            .filter(|finding| finding.anchor == Anchor::FirstYear)
            .map(|finding| finding.message)
            .collect();
        for (figure, old) in &quotes {
            let Ok(value) = now.figure(figure) else { continue };
            let shown = value.show(MoneyStyle::Pounds);
            prop_assert!(
                rendered.contains(&format!("Live: the net position is {shown}.")),
                "the live {:?} prints {} now", figure, shown
            );
            if current.contains(old) {
                continue;
            }
            prop_assert!(
                findings.iter().any(|message| message.contains(old.as_str())),
                "the stale {} ({:?}) is not named", old, figure
            );
        }
    }
}
