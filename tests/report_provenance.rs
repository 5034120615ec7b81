//! Provenance: every field the checks can point at, if the paper prints it, is named by an
//! item positioned on a page, so a preview can go from the paper to the field.
//!
//! The walk covers every anchor [`Anchor::all`] gives for the fixture cases and the bundled
//! examples; [`unprinted`] says, for each anchor that is not named, why the paper does not
//! print it there.

mod fixtures;

use std::collections::BTreeSet;

use casewright::case::front_sheet::AgendaPart;
use casewright::case::sign_off::StatutoryOfficer;
use casewright::case::validate::{
    AppendixField, BenefitField, CommentField, DatasetField, FrontSheetField, PartyField,
    ReviewField,
};
use casewright::case::{Anchor, Case, storage};
use casewright::report;

/// The cases walked: the fixtures and every example the app offers.
fn cases() -> Vec<(String, Case)> {
    let mut cases = vec![
        ("complete".to_owned(), fixtures::complete_case()),
        ("realistic".to_owned(), fixtures::realistic_case()),
    ];
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("the examples folder")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    for file in files {
        let loaded = storage::open(&file).expect("an example opens");
        cases.push((file.display().to_string(), loaded.case));
    }
    cases
}

/// Why the paper of `case` names no item after `anchor`, or `None` where it must.
fn unprinted(anchor: Anchor, case: &Case) -> Option<&'static str> {
    let finance = &case.finance;
    let preferred = case.options.preferred();
    let preferred_has_lines = preferred.is_some_and(|kind| !finance.option(kind).lines.is_empty());
    let preferred_borrows = preferred.is_some_and(|kind| {
        finance
            .borrowing(kind)
            .is_ok_and(|years| years.iter().any(|amount| amount.pence() != 0))
    });
    match anchor {
        Anchor::FrontSheet(FrontSheetField::ShortTitle) => {
            Some("the short title is printed only in the running footer, which is an artifact")
        }
        Anchor::FrontSheet(FrontSheetField::AgendaPart)
            if !case.front_sheet.private_reason.trim().is_empty() =>
        {
            Some("a Part 2 paper's agenda part shares its row with the reason, which the row names")
        }
        Anchor::LeadForce => {
            Some("the lead force is marked \"(lead force)\" in its row, which names the force")
        }
        Anchor::FirstYear | Anchor::SavingsAdjustment => {
            Some("stated in the method paragraph, which names the discount rate")
        }
        Anchor::OptimismRate(_) => {
            Some("a category's rate is printed only when some option's costs use it")
        }
        Anchor::FinanceOption(kind) if finance.option(kind).lines.is_empty() => {
            Some("an option without lines has no table of lines")
        }
        Anchor::OwnRates(kind) if !finance.rates_differ(kind) => {
            Some("an option's own rates are printed only where they differ from the case's")
        }
        Anchor::ValueForMoney => {
            Some("printed only when the preferred option's net present value is negative")
        }
        Anchor::CapitalFinancing if !preferred_borrows => {
            Some("the capital financing is printed only when the preferred option borrows")
        }
        Anchor::WhyNotHighestNpv => Some(
            "printed only when another option has a higher net present value than the preferred one",
        ),
        Anchor::Inflation | Anchor::SplitMethod if !preferred_has_lines => {
            Some("the financial case is set out only for a preferred option with figures")
        }
        Anchor::Datasets
        | Anchor::Sites
        | Anchor::Systems
        | Anchor::StaffConsultations
        | Anchor::Appendices
        | Anchor::BackgroundPapers => Some("the button that adds a row, not a field"),
        Anchor::Dataset(_, DatasetField::DpiaDate) => {
            Some("the assessment's date shares its row with the assessment, which the row names")
        }
        Anchor::DatasetParty(_, _, PartyField::Document) => {
            Some("the arrangement or contract shares the party's row, which names the party")
        }
        Anchor::RegisteredBenefit(_, field) if field != BenefitField::Benefit => {
            Some("every field of a registered benefit shares its row, which names the benefit")
        }
        Anchor::PostImplementationReview(
            ReviewField::Date | ReviewField::Owner | ReviewField::Scope,
        ) if case.management.review == Default::default() => {
            Some("an empty review prints as a gap")
        }
        Anchor::Commercial(_) if case.commercial.is_empty() => Some(EMPTY_PART),
        Anchor::WorkforceForce(_)
        | Anchor::ForceRedundancies(_)
        | Anchor::WorkforceArrangements
        | Anchor::Pensions
        | Anchor::StaffConsultation(_)
        | Anchor::Redundancies
        | Anchor::CollectiveConsultation
            if case.workforce.is_empty() =>
        {
            Some(EMPTY_PART)
        }
        Anchor::CollectiveConsultation
            if !case.workforce.needs_collective_consultation()
                && case.workforce.collective_consultation.trim().is_empty() =>
        {
            Some("collective consultation is printed only when it is needed or written")
        }
        Anchor::Site(_)
        | Anchor::EstatesNotes
        | Anchor::System(_)
        | Anchor::IctNotes
        | Anchor::Accreditation
            if case.estates_ict.is_empty() =>
        {
            Some(EMPTY_PART)
        }
        Anchor::EstatesNotes
            if !case.estates_ict.sites.is_empty()
                && case.estates_ict.estates_notes.trim().is_empty() =>
        {
            Some(NOTES_BESIDE_A_LIST)
        }
        Anchor::IctNotes
            if !case.estates_ict.systems.is_empty()
                && case.estates_ict.ict_notes.trim().is_empty() =>
        {
            Some(NOTES_BESIDE_A_LIST)
        }
        Anchor::OfficerComment(i, officer, field)
            if (officer, field) != (StatutoryOfficer::ALL[0], CommentField::Comment)
                && case
                    .sign_off
                    .decision_record(&case.partners.forces[i].name)
                    .is_none_or(|record| !record.has_comments()) =>
        {
            Some("a body none of whose officers has commented prints one note for them all")
        }
        Anchor::UserAppendix(i, AppendixField::Exempt)
            if !case.sign_off.appendices[i].exempt.is_exempt() =>
        {
            Some("an appendix's exemption is printed only when it has one")
        }
        Anchor::UserAppendix(i, AppendixField::Text)
            if case.sign_off.appendices[i].exempt.is_exempt()
                && case.front_sheet.agenda_part == AgendaPart::Part1 =>
        {
            Some("an exempt appendix to a public paper is circulated separately, not printed")
        }
        Anchor::DataProtectionNotes if case.data_protection.notes.trim().is_empty() => {
            Some("the other data protection notes are printed only when written")
        }
        Anchor::WelshLanguage
            if !case.partners.includes_welsh_force()
                && case.equality.welsh_language.trim().is_empty() =>
        {
            Some("the Welsh Language Standards are printed only for a Welsh force or when written")
        }
        _ => None,
    }
}

/// The field whose table cell also prints `anchor`: a cell names one field, and these are
/// printed under it (a risk's description under its title, its review date under its owner).
fn shares_a_cell(anchor: Anchor) -> Option<Anchor> {
    use casewright::case::validate::RiskField as R;
    let Anchor::Risk(i, field) = anchor else {
        return None;
    };
    let with = match field {
        R::Description => R::Title,
        R::ReviewDate => R::Owner,
        _ => return None,
    };
    Some(Anchor::Risk(i, with))
}

/// Why a field of an empty part is not printed.
const EMPTY_PART: &str = "a part with nothing in it prints one note for the whole part";

/// Why unwritten notes beside a list of changes are not printed.
const NOTES_BESIDE_A_LIST: &str = "notes beside a list of changes are printed only when written";

#[test]
fn every_field_the_paper_prints_is_named_by_an_item_on_a_page() {
    let mut missing = Vec::new();
    for (name, case) in cases() {
        let pages = report::pages(&case);
        let named: BTreeSet<Anchor> = pages
            .pages
            .iter()
            .flat_map(|page| &page.items)
            .filter_map(|drawn| drawn.source)
            .collect();
        for anchor in Anchor::all(&case) {
            let reason = unprinted(anchor, &case);
            let printed_with = shares_a_cell(anchor).filter(|with| named.contains(with));
            if reason.is_none() && printed_with.is_none() && !named.contains(&anchor) {
                missing.push(format!("{name}: {anchor:?}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "fields the paper prints that no page item names:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_page_item_names_the_field_it_shows() {
    let case = fixtures::realistic_case();
    let pages = report::pages(&case);
    let summary = case.front_sheet.summary.lines().next().expect("a summary");
    let first_words: String = summary
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let run = pages
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .find(|drawn| {
            matches!(&drawn.item, report::page::Item::Text(run) if run.text.starts_with(&first_words))
        })
        .expect("the summary is printed");
    assert_eq!(
        run.source,
        Some(Anchor::FrontSheet(FrontSheetField::Summary))
    );
    let margin = pages.pages[1]
        .items
        .iter()
        .find(|drawn| matches!(&drawn.item, report::page::Item::Text(run) if run.region == report::page::Region::Margin))
        .expect("a footer");
    assert_eq!(margin.source, None, "the margins come from no one field");
}
