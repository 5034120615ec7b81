//! The checks only the paper can make: a character none of the bundled fonts has, and a
//! title longer than the front sheet or the page footers set well.
//!
//! They depend on the fonts and the layout, which the core crate does not know, so they live
//! here beside them, and the limits they warn at are the layout's own ([`TITLE_LIMIT`],
//! [`FOOTER_LIMIT`]). [`findings`] gives the case's own findings ([`validate()`]) and these
//! together, in the same order: it is what the window and `casewright check` show.

use crate::case::Case;
use crate::case::strings;
use crate::case::validate::{
    self, Anchor, Finding, FrontSheetField, Severity, anchor_for, named_characters, validate,
};
use crate::fonts::STAND_IN;
use crate::fonts::coverage::{Printed, printed};
use crate::report::layout::{FOOTER_LIMIT, TITLE_LIMIT};

/// Everything a case should fix or consider: its own rules' findings and the paper's, in
/// wizard order, most serious first within a step (as [`validate()`] orders them).
pub fn findings(case: &Case) -> Vec<Finding> {
    with_paper(case, validate(case))
}

/// [`findings`] after an edit, with what the last run kept in `memo` (see
/// [`validate::validate_remembering`]): what the window runs on each change.
pub fn findings_remembering(case: &Case, memo: &mut validate::Memo) -> Vec<Finding> {
    with_paper(case, validate::validate_remembering(case, memo))
}

/// The case's own findings, `own`, with the paper's, in order.
fn with_paper(case: &Case, mut own: Vec<Finding>) -> Vec<Finding> {
    own.extend(paper_findings(case));
    validate::in_order(&mut own);
    own
}

/// The paper's findings alone: characters no font has, field by field, then the titles'
/// lengths.
pub fn paper_findings(case: &Case) -> Vec<Finding> {
    let mut out = Vec::new();
    strings::visit(case, &mut |path, _, text| {
        if let Some(finding) = missing_characters(case, path, text) {
            out.push(finding);
        }
    });
    let short = case.front_sheet.short_title.trim().chars().count();
    if short > FOOTER_LIMIT {
        out.push(warning(
            Anchor::FrontSheet(FrontSheetField::ShortTitle),
            format!(
                "The short title is {short} characters long: the page footers have room for about {FOOTER_LIMIT} and shorten it with \"…\". Shorten it."
            ),
        ));
    }
    let length = case.front_sheet.title.trim().chars().count();
    if length > TITLE_LIMIT {
        out.push(warning(
            Anchor::FrontSheet(FrontSheetField::Title),
            format!(
                "The title is {length} characters long: it prints in full, but past {TITLE_LIMIT} it fills the front sheet. Shorten it and put the detail in the summary."
            ),
        ));
    }
    out
}

/// The warning for the characters in `text` that no bundled font has, if any.
fn missing_characters(case: &Case, path: &str, text: &str) -> Option<Finding> {
    let mut missing: Vec<char> = Vec::new();
    // Every printable ASCII character is in the primary face, and the rest of ASCII is
    // invisible: only the other characters can be missing.
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if printed(c) == Printed::StandIn && !missing.contains(&c) {
            missing.push(c);
        }
    }
    if missing.is_empty() {
        return None;
    }
    let (it, them) = if missing.len() == 1 {
        ("it", "it")
    } else {
        ("each", "them")
    };
    Some(warning(
        anchor_for(case, path),
        format!(
            "`{path}` has {}, which no font in the paper has: {it} prints as {STAND_IN} instead. Write {them} in words or in Latin letters, or leave {them} out.",
            named_characters(&missing),
        ),
    ))
}

fn warning(anchor: Anchor, message: String) -> Finding {
    Finding {
        severity: Severity::Warning,
        message,
        anchor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::risk::Risk;
    use crate::case::validate::RiskField;

    fn case() -> Case {
        let mut case = Case::default();
        case.normalise();
        case
    }

    #[test]
    fn a_character_no_font_has_is_named_with_its_field() {
        let mut case = case();
        case.risks.risks = vec![Risk::default(), Risk::default()];
        case.risks.risks[1].title = "Snow ☃ and 中文 and 😀".into();
        let findings = findings(&case);
        let finding = findings
            .iter()
            .find(|f| f.message.contains("risks.risks[1].title"))
            .expect("a finding names the field");
        assert_eq!(finding.anchor, Anchor::Risk(1, RiskField::Title));
        assert!(
            finding.message.contains("中 (U+4E2D)"),
            "{}",
            finding.message
        );
        assert!(
            finding.message.contains("😀 (U+1F600)"),
            "{}",
            finding.message
        );
        assert!(!finding.message.contains('☃'), "the symbols font has ☃");
    }

    #[test]
    fn an_over_long_title_is_a_warning() {
        let mut case = case();
        case.front_sheet.title = "word ".repeat(400);
        assert!(
            findings(&case)
                .iter()
                .any(|f| f.message.starts_with("The title is 1999 characters"))
        );
    }

    #[test]
    fn the_case_and_the_paper_findings_come_in_wizard_order() {
        let mut case = crate::fixtures::complete_case();
        case.front_sheet.title = "x".repeat(TITLE_LIMIT + 1);
        case.risks.risks[0].title = "中".into();
        let all = findings(&case);
        assert_eq!(all.len(), validate(&case).len() + 2);
        let mut sorted = all.clone();
        validate::in_order(&mut sorted);
        assert_eq!(all, sorted);
    }
}
