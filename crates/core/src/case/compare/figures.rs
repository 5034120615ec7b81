//! What the changes move: each option's net present value and benefit–cost ratio, and each
//! force's net position under the preferred option, worked out for both cases by the
//! finance code the paper uses ([`crate::case::Finance::appraise`],
//! [`crate::case::Finance::force_positions`]), so the figures a board member reads here are
//! the paper's.

use super::FigureMove;
use crate::case::finance::appraisal::Appraisal;
use crate::case::finance::positions::{ForcePositions, Prices};
use crate::case::options::OptionKind;
use crate::case::{Anchor, Case};

/// What a figure shows where it cannot be worked out (the figures too large to add up).
const NOT_WORKED_OUT: &str = "cannot be worked out";
/// What a figure shows where the case does not have it (an option not appraised).
const NONE: &str = "none";

/// Every figure that differs between `old` and `new`, options first, then forces.
pub(super) fn moves(old: &Case, new: &Case) -> Vec<FigureMove> {
    let mut moves = Vec::new();
    let old_appraisal = old.finance.appraise(&old.options).ok();
    let new_appraisal = new.finance.appraise(&new.options).ok();
    for kind in OptionKind::ALL {
        if kind == OptionKind::BusinessAsUsual {
            continue;
        }
        let npv = |appraisal: &Option<Appraisal>| {
            measure(appraisal, kind, |result| result.measures.npv.whole_pounds())
        };
        let ratio = |appraisal: &Option<Appraisal>| {
            measure(appraisal, kind, |result| result.measures.ratio_label())
        };
        let anchor = Anchor::FinanceOption(kind);
        push(
            &mut moves,
            anchor,
            format!("{}: net present value", kind.label()),
            npv(&old_appraisal),
            npv(&new_appraisal),
        );
        push(
            &mut moves,
            anchor,
            format!("{}: benefit–cost ratio", kind.label()),
            ratio(&old_appraisal),
            ratio(&new_appraisal),
        );
    }
    if let Some(kind) = new.options.preferred().or_else(|| old.options.preferred()) {
        positions(&mut moves, kind, old, new);
    }
    moves
}

/// One option's figure from an appraisal, or why there is none.
fn measure(
    appraisal: &Option<Appraisal>,
    kind: OptionKind,
    figure: impl Fn(&crate::case::finance::appraisal::OptionResult) -> String,
) -> String {
    match appraisal {
        None => NOT_WORKED_OUT.to_owned(),
        Some(appraisal) => appraisal.get(kind).map_or_else(|| NONE.to_owned(), figure),
    }
}

/// Each force's net position over the appraisal in cash under option `kind`, matched by the
/// force's name.
fn positions(moves: &mut Vec<FigureMove>, kind: OptionKind, old: &Case, new: &Case) {
    let of = |case: &Case| -> Result<Option<ForcePositions>, ()> {
        case.finance
            .force_positions(kind, &case.partners.forces, Prices::Cash)
            .map_err(|_| ())
    };
    let (before, after) = (of(old), of(new));
    let net = |positions: &Result<Option<ForcePositions>, ()>, force: &str| match positions {
        Err(()) => NOT_WORKED_OUT.to_owned(),
        Ok(None) => NONE.to_owned(),
        Ok(Some(positions)) => positions
            .forces
            .iter()
            .find(|position| position.force.trim() == force)
            .map_or_else(
                || NONE.to_owned(),
                |position| position.total.net.whole_pounds(),
            ),
    };
    let mut forces: Vec<&str> = new.partners.forces.iter().map(|f| f.name.trim()).collect();
    for force in &old.partners.forces {
        if !forces.contains(&force.name.trim()) {
            forces.push(force.name.trim());
        }
    }
    for force in forces.into_iter().filter(|name| !name.is_empty()) {
        push(
            moves,
            Anchor::FinanceOption(kind),
            format!("{force}: net position under {} (cash)", kind.label()),
            net(&before, force),
            net(&after, force),
        );
    }
}

/// Adds the figure if it moved.
fn push(moves: &mut Vec<FigureMove>, anchor: Anchor, figure: String, old: String, new: String) {
    if old != new {
        moves.push(FigureMove {
            anchor,
            figure,
            old,
            new,
        });
    }
}
