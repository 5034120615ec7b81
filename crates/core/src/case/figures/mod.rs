//! Live figures in the user's text: a sentence can cite any figure the case computes, and
//! the paper prints the figure's current value, so the words cannot fall behind the tables.
//!
//! A reference is stored inside the text as `{{name key="value" …}}`, for example
//! `{{npv option="LeadForce"}}` or `{{force_net force="lancashire-constabulary" year="2027/28"}}`
//! ([`syntax`]). It names options by their kind (which never changes) and forces by their
//! stable id ([`crate::case::partners::Force::id`]), never by name or place, so renaming or
//! reordering keeps it; a figure that no longer exists prints a visible stand-in and is a
//! finding ([`check`]). The figures themselves, and the one way each kind is written, are
//! [`catalogue`]; the checks for figures typed by hand that no longer match are [`stale`].
//!
//! This module reads the finance model only through its public API (`Finance::appraise`,
//! `cash_years`, `cash_total`, `force_positions`, `funding`), always in the prices the
//! paper's tables use, so that a cited figure is the figure in the table.

pub mod catalogue;
pub mod stale;
pub mod syntax;

use super::Case;
use super::tree::Tree;
use super::validate::{Finding, Severity};

pub use catalogue::{Entry, Figure, Figures, MoneyStyle, Value};
pub use syntax::{Piece, Reference};

/// What the paper prints in place of a reference whose figure no longer exists.
pub fn stand_in(reason: &str) -> String {
    format!("[figure no longer available: {reason}]")
}

/// `text` with every reference replaced by its current value as the paper prints it, or by
/// the [`stand_in`] when the figure no longer exists.
pub fn render(text: &str, figures: &Figures<'_>) -> String {
    if !text.contains(syntax::OPEN) {
        return text.to_owned();
    }
    syntax::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.to_owned(),
            Piece::Reference(reference, _) => figures.show(&reference),
        })
        .collect()
}

/// A copy of the case with every reference in every text replaced by its value: what the
/// paper is composed from, so each section prints the values without knowing of references.
pub fn render_case(case: &Case) -> Case {
    // Most texts cite nothing: then there is nothing to work out or rewrite.
    let cites = super::prose::passages(case)
        .iter()
        .any(|passage| passage.text.contains(syntax::OPEN));
    if !cites {
        return case.clone();
    }
    let figures = Figures::of(case);
    let Ok(mut tree) = Tree::of(case) else {
        return case.clone();
    };
    let mut changed = false;
    tree.strings_mut(&mut |_, _, value| {
        if value.contains(syntax::OPEN) {
            let rendered = render(value, &figures);
            if rendered != *value {
                *value = rendered;
                changed = true;
            }
        }
    });
    if !changed {
        return case.clone();
    }
    tree.into_value::<Case>().unwrap_or_else(|_| case.clone())
}

/// The findings about references: one for each reference, in each field, whose figure no
/// longer exists or that cannot be read, naming the field's text around it.
pub fn check(case: &Case) -> Vec<Finding> {
    check_with(case, &Figures::of(case))
}

/// Every finding about the figures in the text: references that name nothing
/// ([`check`]) and figures or words the figures no longer bear out ([`stale::check`]), with
/// the case's figures worked out once for both.
pub fn findings(case: &Case) -> Vec<Finding> {
    let figures = Figures::of(case);
    let stale = stale::stale_with(case, &figures);
    with_stale(case, &figures, &stale)
}

/// [`findings`], rereading only the passages that changed since the last run with `memo`
/// (see [`stale::stale_remembering`]): what the window runs after each edit.
pub fn findings_remembering(case: &Case, memo: &mut stale::Memo) -> Vec<Finding> {
    let figures = Figures::of(case);
    let stale = stale::stale_remembering(case, &figures, memo);
    with_stale(case, &figures, &stale)
}

/// The references' findings, then those of the `stale` figures.
fn with_stale(case: &Case, figures: &Figures<'_>, stale: &[stale::Stale]) -> Vec<Finding> {
    let mut findings = check_with(case, figures);
    findings.extend(stale.iter().map(stale::Stale::finding));
    findings
}

/// [`check`] with the case's figures already worked out.
fn check_with(case: &Case, figures: &Figures<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for passage in super::prose::passages(case) {
        if !passage.text.contains(syntax::OPEN) {
            continue;
        }
        for piece in syntax::pieces(passage.text) {
            let Piece::Reference(reference, written) = piece else {
                continue;
            };
            if let Err(reason) = figures.value(&reference) {
                findings.push(Finding {
                    severity: Severity::Error,
                    anchor: passage.anchor,
                    message: format!(
                        "The figure {written} in \"{}\" is no longer available ({reason}): the paper prints a stand-in. Insert the figure again or remove it.",
                        stale::excerpt(passage.text, written)
                    ),
                });
            }
        }
    }
    findings
}

/// Replaces the first `typed` in the text of the field at `anchor` whose whole text is
/// `text` with `reference`: the Review's "Replace with the live figure". Returns whether a
/// field changed.
pub fn replace_in_field(case: &mut Case, text: &str, typed: &str, reference: &Reference) -> bool {
    let Ok(mut tree) = Tree::of(&*case) else {
        return false;
    };
    let written = reference.to_string();
    let mut changed = false;
    tree.strings_mut(&mut |_, _, value| {
        if value == text
            && let Some(start) = value.find(typed)
        {
            value.replace_range(start..start + typed.len(), &written);
            changed = true;
        }
    });
    if changed && let Ok(updated) = tree.into_value::<Case>() {
        *case = updated;
        return true;
    }
    false
}
