//! The start screen shown when no case is open: new case, open a file, recent files,
//! bundled examples, and any work recovered from an autosave.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::commands::{Action, Command};
use super::examples::EXAMPLES;
use super::theme;
use super::user_data::Recovery;

/// The widest the start screen's text runs, in points.
const START_WIDTH: f32 = 1100.0;

/// Shows the start screen and returns what the user chose, if anything. `example_titles`
/// holds each example's case title (or the reason it does not load), in [`EXAMPLES`] order.
pub fn show(
    ui: &mut Ui,
    recent: &[PathBuf],
    example_titles: &[String],
    recoveries: &[Recovery],
    discarded: Option<&Recovery>,
) -> Option<Action> {
    let mut choice = None;
    // Lines much longer than this are hard to read on a wide screen.
    ui.set_max_width(ui.available_width().min(START_WIDTH));
    ui.add_space(16.0);
    ui.label(RichText::new("Casewright").font(theme::bold(30.0)));
    ui.label("Draft a business case for collaboration between police forces, check it, and prepare it for the committee.");
    ui.add_space(16.0);

    if let Some(discarded) = discarded {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "Discarded the unsaved work in \"{}\".",
                discarded.case.display_title()
            ));
            if ui.button("Undo discard").clicked() {
                choice = Some(Action::UndoDiscard);
            }
        });
        ui.add_space(12.0);
    }

    if !recoveries.is_empty() {
        egui::Frame::group(ui.style())
            .fill(egui::Color32::from_rgb(0xff, 0xf4, 0xd6))
            .show(ui, |ui| {
                ui.label(RichText::new("Unsaved work was found").font(theme::bold(17.0)));
                ui.label("Casewright closed without saving these cases. Recover one to carry on, then save it.");
                for (index, recovery) in recoveries.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        let when = recovery
                            .saved_at
                            .map(|time| chrono::DateTime::<chrono::Local>::from(time).format("%-d %B %Y at %H:%M").to_string())
                            .unwrap_or_default();
                        let from = recovery
                            .original
                            .as_deref()
                            .map_or_else(|| "never saved".to_owned(), |path| path.display().to_string());
                        ui.label(format!("{} ({from}), autosaved {when}", recovery.case.display_title()));
                        if ui.button(format!("Recover {}", recovery.case.display_title())).clicked() {
                            choice = Some(Action::Recover(index));
                        }
                        if ui.button(format!("Discard {}", recovery.case.display_title())).clicked() {
                            choice = Some(Action::DiscardRecovery(index));
                        }
                    });
                }
            });
        ui.add_space(12.0);
    }

    ui.horizontal(|ui| {
        for command in [Command::New, Command::Open] {
            if ui
                .add(egui::Button::new(RichText::new(command.label()).size(17.0)))
                .clicked()
            {
                choice = Some(command.into());
            }
        }
    });
    ui.add_space(16.0);

    // Left-aligned, not justified: a title that wraps keeps its ordinary word spacing.
    let left = egui::Layout::top_down(egui::Align::Min);
    ui.columns(2, |columns| {
        columns[0].with_layout(left, |ui| {
            ui.label(RichText::new("Recent cases").font(theme::bold(17.0)));
            if recent.is_empty() {
                ui.weak("Cases you open or save appear here.");
            }
            for path in recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |name| name.to_string_lossy().into_owned(),
                );
                if ui
                    .link(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    choice = Some(Action::OpenFile(path.clone()));
                }
            }
        });
        columns[1].with_layout(left, |ui| {
            ui.label(RichText::new("Examples").font(theme::bold(17.0)));
            ui.weak("Each opens as an untitled copy, so the example itself is never changed.");
            if EXAMPLES.is_empty() {
                ui.weak("No examples are bundled with this build.");
            }
            for (index, title) in example_titles.iter().enumerate() {
                if ui.link(title).clicked() {
                    choice = Some(Action::OpenExample(index));
                }
            }
        });
    });
    choice
}
