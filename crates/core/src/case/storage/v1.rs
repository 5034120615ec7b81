//! Format version 1 → 2: one set of finance lines becomes the preferred option's.
//!
//! Version 1 had one list of lines (the preferred option's costs and savings, as the Finance
//! step asked for them) and one optimism-bias rate on every cost. Version 2 gives each option
//! its own lines, each cost an optimism-bias category, and business as usual a status of its
//! own. The upgrade puts the old lines on the preferred option, falling in no one force
//! (shared), with every category at the old rate, so that the preferred option's net present
//! value, benefit–cost ratio and payback against business as usual (which has no lines yet)
//! are the version 1 figures to the penny. Business as usual becomes the baseline when the
//! case is normalised.

use serde::Deserialize;

use super::{StorageError, ron_options};
use crate::case::Case;
use crate::case::finance::{FinanceLine, Flow, FlowKind, OptimismRates, Recurrence};
use crate::case::money::{Money, Percent};
use crate::case::options::{OptionKind, OptionStatus};

/// The parts of a version 1 file that version 2 reads differently.
#[derive(Deserialize, Default)]
#[serde(default)]
struct File {
    finance: Finance,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Finance {
    lines: Vec<Line>,
    optimism_bias: Percent,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Line {
    label: String,
    kind: FlowKind,
    recurrence: Recurrence,
    amounts: Vec<Money>,
}

/// Moves a version 1 case's lines and rate into the version 2 model.
pub(super) fn upgrade(text: &str, case: &mut Case) -> Result<(), StorageError> {
    let old: File = ron_options()
        .from_str(text)
        .map_err(|error| super::syntax(error, text))?;
    let owner = owner(case);
    let lines = old.finance.lines.into_iter().map(|line| FinanceLine {
        label: line.label,
        flow: Flow::of_kind(line.kind),
        recurrence: line.recurrence,
        amounts: line.amounts,
        ..FinanceLine::default()
    });
    case.finance.option_mut(owner).lines.extend(lines);
    case.finance.optimism_rates = OptimismRates::uniform(old.finance.optimism_bias);
    Ok(())
}

/// The option the old lines belonged to: the preferred option when there is exactly one.
/// Without one (a draft), the first option still in contention, and failing that the
/// do-minimum, so the figures stay with an option the user will recognise rather than being
/// counted as the comparator's.
fn owner(case: &Case) -> OptionKind {
    if let Some(preferred) = case.options.preferred() {
        return preferred;
    }
    case.options
        .appraisals
        .iter()
        .find(|(kind, appraisal)| {
            **kind != OptionKind::BusinessAsUsual && appraisal.status == OptionStatus::Shortlisted
        })
        .map_or(OptionKind::DoMinimum, |(kind, _)| *kind)
}
