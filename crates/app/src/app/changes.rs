//! File ▸ Compare with…: the Changes view, listing what changed between a version of the
//! case chosen on disk (the one the board last saw) and the case open here, step by step,
//! with the figures the changes move. Each entry opens its field, as Review's findings do.
//! The comparison is core's ([`crate::case::compare`]); this module loads the earlier
//! version through the normal loading path (so a version 1 file compares with today's),
//! keeps the list up to date while the user edits, and draws it.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::commands::Action;
use super::theme;
use super::{App, Notice, display_name};
use crate::case::compare::{Comparison, What};
use crate::case::{Anchor, Case, Revision, storage};
use crate::format::plural;

/// The most characters of one change the list shows: a long text pasted in whole is cut,
/// and its field, one click away, holds the rest.
const SHOWN_CHARS: usize = 400;

/// What the open case is being compared with, and what changed.
#[derive(Debug, Clone)]
pub struct Changes {
    /// The earlier version's file.
    pub path: PathBuf,
    /// Whose version the earlier one is, as the view's heading says it: "version 0.3 of
    /// case.ron", "the version on disk".
    pub against: String,
    /// The earlier version as the revision history names it: "version 0.3".
    since: String,
    /// The earlier version as loaded.
    earlier: Case,
    /// What changed from it to the open case.
    pub comparison: Comparison,
    /// The open case's generation the comparison is of ([`super::derived::Derived::generation`]).
    generation: u64,
}

impl App {
    /// The Changes view, if one is open.
    pub fn changes(&self) -> Option<&Changes> {
        self.changes.as_ref()
    }

    /// Loads the case in `path` and shows what changed from it to the open case; a file that
    /// cannot be read is said so, with the line and column where it is broken.
    pub(super) fn compare_with(&mut self, path: &Path, against: Option<String>) {
        let Some(document) = &self.document else {
            return;
        };
        let loaded = match storage::open(path) {
            Ok(loaded) => loaded,
            Err(error) => {
                self.notice = Some(Notice::failure(
                    format!("Could not compare with {}", display_name(path)),
                    error.to_string(),
                ));
                return;
            }
        };
        let version = loaded.case.front_sheet.version.trim();
        let since = if version.is_empty() {
            format!("the version in {}", display_name(path))
        } else {
            format!("version {version}")
        };
        let against = against.unwrap_or_else(|| {
            if version.is_empty() {
                display_name(path)
            } else {
                format!("version {version} ({})", display_name(path))
            }
        });
        match Comparison::of(&loaded.case, &document.case) {
            Ok(comparison) => {
                self.preview.close();
                self.changes = Some(Changes {
                    path: path.to_owned(),
                    against,
                    since,
                    earlier: loaded.case,
                    comparison,
                    generation: document.derived().generation(),
                });
            }
            Err(error) => {
                self.notice = Some(Notice::failure(
                    format!("Could not compare with {}", display_name(path)),
                    error.to_string(),
                ));
            }
        }
    }

    /// Adds a row for the open version to the revision history, saying what changed since the
    /// earlier one ([`Comparison::revision_summary`]), and shows it.
    pub(super) fn add_revision(&mut self) {
        let (Some(changes), Some(document)) = (&self.changes, &mut self.document) else {
            return;
        };
        let summary = changes.comparison.revision_summary(&changes.since);
        if summary.is_empty() || document.is_read_only() {
            return;
        }
        let front = &document.case.front_sheet;
        let revision = Revision {
            version: front.version.trim().to_owned(),
            date: Some(chrono::Local::now().date_naive()),
            author: front.author.trim().to_owned(),
            summary,
        };
        document.case.revisions.push(revision);
        self.actions.push(Action::Reveal(Anchor::Revisions));
    }

    /// Compares again after the open case changed, so the list never describes an earlier
    /// state of it.
    pub(super) fn refresh_changes(&mut self) {
        let (Some(changes), Some(document)) = (&mut self.changes, &self.document) else {
            return;
        };
        let generation = document.derived().generation();
        if generation == changes.generation {
            return;
        }
        if let Ok(comparison) = Comparison::of(&changes.earlier, &document.case) {
            changes.comparison = comparison;
        }
        changes.generation = generation;
    }
}

/// Draws the Changes view, if open, as a panel at the window's right in the guidance panel's
/// place: it takes width from the step rather than covering any of its fields, at any window
/// size. Returns whether it was drawn (the guidance is not, then).
pub(super) fn panel(app: &mut App, ui: &mut egui::Ui, window_width: f32) -> bool {
    let Some(changes) = &app.changes else {
        return false;
    };
    let read_only = app.document.as_ref().is_some_and(|d| d.is_read_only());
    let mut actions = Vec::new();
    egui::Panel::right("changes")
        .resizable(true)
        .default_size(PANEL_WIDTH)
        .min_size(240.0)
        .max_size((window_width * 0.35).max(240.0))
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.label(
                RichText::new(format!("Changes since {}", changes.against)).font(theme::bold(15.0)),
            );
            ui.label(summary(&changes.comparison));
            ui.horizontal_wrapped(|ui| {
                let can_add = changes.comparison.differs() && !read_only;
                if ui
                    .add_enabled(can_add, egui::Button::new("Add to the revision history"))
                    .on_hover_text(
                        "Adds a row for this version saying what changed since the earlier one.",
                    )
                    .clicked()
                {
                    actions.push(Action::AddRevision);
                }
                if ui.button("Close the changes").clicked() {
                    actions.push(Action::CloseChanges);
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("changes scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| list(ui, &changes.comparison, &mut actions));
        });
    super::access::name_resize_handle(ui, "changes", "Resize the changes");
    app.actions.extend(actions);
    true
}

/// The Changes panel's width when it opens, in points: wide enough for a change of a line
/// or two.
const PANEL_WIDTH: f32 = 340.0;

/// One line saying how much changed, and how to use the list.
fn summary(comparison: &Comparison) -> String {
    let substance = comparison
        .changes
        .iter()
        .filter(|change| change.is_substance())
        .count();
    if comparison.changes.is_empty() {
        "No changes.".to_owned()
    } else if !comparison.differs() {
        "No change of substance: only the order of some items changed.".to_owned()
    } else {
        format!(
            "{}; click one to go to its field.",
            plural(substance, "change")
        )
    }
}

/// The changes under each step's name, then the figures they move; each opens its field.
fn list(ui: &mut egui::Ui, comparison: &Comparison, actions: &mut Vec<Action>) {
    for (step, changes) in comparison.by_step() {
        ui.add_space(6.0);
        ui.label(RichText::new(step.label()).strong());
        for change in changes {
            let text = shortened(&change.to_string());
            let link = if matches!(change.what, What::Reordered) {
                RichText::new(text).weak()
            } else {
                RichText::new(text)
            };
            if ui.link(link).clicked() {
                actions.push(Action::Reveal(change.anchor));
            }
        }
    }
    if !comparison.figures.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("What the figures move").strong());
        for figure in &comparison.figures {
            if ui.link(figure.to_string()).clicked() {
                actions.push(Action::Reveal(figure.anchor));
            }
        }
    }
}

/// A change cut to [`SHOWN_CHARS`] characters, marked with "…".
fn shortened(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        None => text.to_owned(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}
