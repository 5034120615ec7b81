//! What changed between two versions of a case, for a board that saw the earlier one: the
//! differences by step and field in the user's words, text word by word, figures old → new,
//! items of lists added, removed or put in another order (matched by what they are, not by
//! where they sit), and what the changes move (each option's net present value and
//! benefit–cost ratio, each force's net position).
//!
//! The walk goes through serde ([`crate::case::tree::Tree`]), so a field added to the model
//! is compared without being listed here; `labels` names fields and values as the wizard
//! does, `words` compares texts word by word, `figures` asks the finance code for the
//! figures, and `display` writes the list as `casewright diff` prints it.

mod display;
mod figures;
pub mod labels;
mod walk;
pub mod words;

use super::tree::{Tree, TreeError};
use super::{Anchor, Case, Step};
use crate::format::and_list;
pub use words::{Run, WordsWere};

/// Everything that differs between an earlier and a later version of a case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    /// What the user changed, in the order the later case holds it.
    pub changes: Vec<Change>,
    /// The figures those changes move.
    pub figures: Vec<FigureMove>,
}

/// One change to a field or a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The field (or the list) in the later case, for the window to open.
    pub anchor: Anchor,
    /// Where it is within its step, from the outside in: `["Risk R3: Loss of key staff",
    /// "Mitigation and controls"]`.
    pub place: Vec<String>,
    /// What happened to it.
    pub what: What,
}

/// What happened to a field or a list.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// A text changed: its words, kept, removed and added.
    Text(Vec<Run>),
    /// A value changed (a figure, a date, a choice), as the user reads each.
    Value {
        /// Before.
        old: String,
        /// After.
        new: String,
    },
    /// An item was added to a list, by its name.
    Added(String),
    /// An item was removed from a list, by its name.
    Removed(String),
    /// The same items are in another order: no change of substance.
    Reordered,
}

/// A figure worked out from the case that moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureMove {
    /// Where its figures are entered.
    pub anchor: Anchor,
    /// What it is: "Shared function: net present value".
    pub figure: String,
    /// Before, as the paper prints it.
    pub old: String,
    /// After.
    pub new: String,
}

impl Comparison {
    /// What changed from `old` to `new`. Both are cases as loaded (an older file has already
    /// been brought up to date by [`super::storage`]), so the format they were saved in makes
    /// no difference.
    pub fn of(old: &Case, new: &Case) -> Result<Comparison, TreeError> {
        let (before, after) = (Tree::of(old)?, Tree::of(new)?);
        let mut walk = walk::Walk::new(old, new);
        walk.cases(&before, &after);
        Ok(Comparison {
            changes: walk.changes,
            figures: figures::moves(old, new),
        })
    }

    /// Whether anything of substance changed (not only the order of items in a list).
    pub fn differs(&self) -> bool {
        self.changes.iter().any(Change::is_substance) || !self.figures.is_empty()
    }

    /// What the revision history says of the new version: the steps that changed and how
    /// each option's net present value moved, in one sentence a committee reads, e.g. "Since
    /// version 0.3: changes to Finance and Risks; the net present value of Shared function
    /// moves from £1,940,031 to £2,012,000." Empty when nothing of substance changed.
    pub fn revision_summary(&self, since: &str) -> String {
        if !self.differs() {
            return String::new();
        }
        let steps: Vec<&str> = self
            .by_step()
            .into_iter()
            .filter(|(_, changes)| changes.iter().any(|change| change.is_substance()))
            .map(|(step, _)| step.label())
            .collect();
        let moves: Vec<String> = self
            .figures
            .iter()
            .filter_map(|figure| {
                let option = figure.figure.strip_suffix(": net present value")?;
                Some(format!(
                    "the net present value of {option} moves from {} to {}",
                    figure.old, figure.new
                ))
            })
            .collect();
        let mut summary = format!("Since {since}");
        if !steps.is_empty() {
            summary.push_str(&format!(": changes to {}", and_list(&steps)));
        }
        if !moves.is_empty() {
            summary.push_str(&format!("; {}", and_list(&moves)));
        }
        summary.push('.');
        summary
    }

    /// The changes under each step, in wizard order, leaving out steps without any.
    pub fn by_step(&self) -> Vec<(Step, Vec<&Change>)> {
        Step::ALL
            .into_iter()
            .filter_map(|step| {
                let changes: Vec<&Change> = self
                    .changes
                    .iter()
                    .filter(|change| change.anchor.step() == step)
                    .collect();
                (!changes.is_empty()).then_some((step, changes))
            })
            .collect()
    }
}

impl Change {
    /// Whether the change is one of substance: everything but a new order of the same items.
    pub fn is_substance(&self) -> bool {
        self.what != What::Reordered
    }

    /// Where it is, as one line: "Risk R3: Loss of key staff › Mitigation and controls"; the
    /// step's name where the change is to the step as a whole.
    pub fn place_label(&self) -> String {
        if self.place.is_empty() {
            self.anchor.step().label().to_owned()
        } else {
            self.place.join(" › ")
        }
    }
}
