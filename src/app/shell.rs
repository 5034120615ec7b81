//! The parts of the window around the step's form: menu bar, navigator, guidance panel,
//! wizard buttons, status bar, and the modal questions.

use egui::{Align, Layout, RichText, Sense, Ui};

use super::commands::Command;
use super::document::StepStatus;
use super::steps::review::plural;
use super::{App, guidance, steps, theme};
use crate::case::Step;

/// A button that queues `command` and shows its shortcut.
fn command_button(ui: &mut Ui, app: &mut App, command: Command, enabled: bool) {
    let mut button = egui::Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        app.commands.push(command);
        ui.close();
    }
}

/// The menu bar: File, Edit and View.
pub fn menu_bar(app: &mut App, ui: &mut Ui) {
    egui::Panel::top("menu bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            let has_document = app.document.is_some();
            let idle = !app.dialogs.is_open();
            ui.menu_button("File", |ui| {
                command_button(ui, app, Command::New, idle);
                command_button(ui, app, Command::Open, idle);
                let recent = app.recent.clone();
                ui.add_enabled_ui(!recent.is_empty(), |ui| {
                    ui.menu_button("Open recent", |ui| {
                        for path in recent {
                            if ui.button(path.display().to_string()).clicked() {
                                app.commands.push(Command::OpenFile(path));
                                ui.close();
                            }
                        }
                    });
                });
                ui.separator();
                command_button(ui, app, Command::Save, has_document && idle);
                command_button(ui, app, Command::SaveAs, has_document && idle);
                command_button(ui, app, Command::Export, has_document && idle);
                ui.separator();
                command_button(ui, app, Command::Close, has_document);
                command_button(ui, app, Command::Quit, true);
            });
            ui.menu_button("Edit", |ui| {
                let (undo, redo) = app
                    .document
                    .as_ref()
                    .map_or((false, false), |d| (d.can_undo(), d.can_redo()));
                command_button(ui, app, Command::Undo, undo);
                command_button(ui, app, Command::Redo, redo);
            });
            if has_document {
                ui.menu_button("View", |ui| {
                    ui.checkbox(&mut app.guidance_open, "Guidance panel");
                });
            }
            if app.dialogs.is_open() {
                ui.weak("A file dialog is open…");
            }
        });
    });
}

/// The status bar: saved or not, last autosave, and the count of errors.
pub fn status_bar(app: &mut App, ui: &mut Ui) {
    egui::Panel::bottom("status bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let Some(document) = &app.document else {
                ui.label("No case open");
                return;
            };
            if document.is_unsaved() {
                ui.colored_label(theme::WARNING, "Unsaved changes");
            } else {
                ui.colored_label(theme::DONE, "All changes saved");
            }
            ui.separator();
            match document.last_autosave {
                Some(time) => ui.label(format!("Autosaved at {}", time.format("%H:%M:%S"))),
                None => ui.weak("Not autosaved yet"),
            };
            ui.separator();
            let tally = document.checks().tally;
            let errors = plural(tally.errors, "error");
            let colour = if tally.errors == 0 {
                theme::DONE
            } else {
                theme::ERROR
            };
            let summary = ui.colored_label(
                colour,
                format!("{errors}, {}", plural(tally.warnings, "warning")),
            );
            if summary
                .on_hover_text("Open Review to see them all")
                .clicked()
            {
                app.commands.push(Command::GoTo(Step::Review));
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.weak(document.file_name());
            });
        });
    });
}

/// A small coloured mark for a step's status: filled when done (green) or with errors (red),
/// hollow when not started.
fn status_mark(ui: &mut Ui, status: StepStatus) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), Sense::hover());
    let centre = rect.center();
    let painter = ui.painter();
    match status {
        StepStatus::Done => {
            painter.circle_filled(centre, 5.5, theme::DONE);
        }
        StepStatus::HasErrors(_) => {
            painter.circle_filled(centre, 5.5, theme::ERROR);
        }
        StepStatus::NotStarted => {
            painter.circle_stroke(centre, 5.0, egui::Stroke::new(1.5, theme::MUTED));
        }
    }
}

/// The open case: navigator, guidance, wizard buttons and the step's form.
pub fn workspace(app: &mut App, ui: &mut Ui) {
    navigator(app, ui);
    let Some(document) = &app.document else {
        return;
    };
    let step = document.step;
    egui::Panel::right("guidance")
        .resizable(true)
        .default_size(290.0)
        .min_size(200.0)
        .show_collapsible(ui, &mut app.guidance_open, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("guidance scroll")
                .show(ui, |ui| {
                    guidance::show(ui, step);
                });
        });
    egui::Panel::bottom("wizard buttons").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if let Some(previous) = step.previous()
                && ui.button(format!("Back: {}", previous.label())).clicked()
            {
                app.commands.push(Command::GoTo(previous));
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.toggle_value(&mut app.guidance_open, "Guidance")
                    .on_hover_text("Show or hide the guidance panel");
                if let Some(next) = step.next()
                    && ui.button(format!("Next: {}", next.label())).clicked()
                {
                    app.commands.push(Command::GoTo(next));
                }
            });
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(document) = &mut app.document else {
            return;
        };
        let number = Step::ALL.iter().position(|s| *s == step).unwrap_or(0) + 1;
        ui.horizontal(|ui| {
            ui.heading(step.label());
            ui.weak(format!("Step {number} of {}", Step::ALL.len()));
        });
        ui.add_space(6.0);
        let findings = document.checks().findings.clone();
        egui::ScrollArea::vertical()
            .id_salt(("step", step))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(920.0));
                let revealed = steps::show(
                    step,
                    ui,
                    &mut document.case,
                    &mut document.step_states,
                    &mut document.focus,
                    &findings,
                );
                if let Some(anchor) = revealed {
                    app.commands.push(Command::Reveal(anchor));
                }
            });
    });
}

fn navigator(app: &mut App, ui: &mut Ui) {
    let Some(document) = &app.document else {
        return;
    };
    egui::Panel::left("navigator")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.label(RichText::new(document.case.display_title()).font(theme::bold(16.0)));
            ui.add_space(8.0);
            for step in Step::ALL {
                let status = document.checks().status(step);
                ui.horizontal(|ui| {
                    status_mark(ui, status);
                    let response = ui
                        .add(
                            egui::Button::selectable(document.step == step, step.label())
                                .truncate(),
                        )
                        .on_hover_text(format!("{}: {}", step.label(), status.describe()));
                    if response.clicked() {
                        app.commands.push(Command::GoTo(step));
                    }
                });
                if let StepStatus::HasErrors(_) = status {
                    ui.indent(("status", step), |ui| {
                        ui.colored_label(theme::ERROR, RichText::new(status.describe()).small());
                    });
                }
            }
            ui.add_space(12.0);
            ui.weak("Filled green: done. Red: has errors. Hollow: not started.");
        });
}

/// The modal questions: a notice to dismiss, and "save changes?".
pub fn modals(app: &mut App, ctx: &egui::Context) {
    if let Some(notice) = app.notice.clone() {
        let response = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(RichText::new(&notice.title).font(theme::bold(17.0)));
            ui.add_space(6.0);
            ui.label(&notice.detail);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let open = notice
                    .offer_to_open
                    .as_ref()
                    .filter(|_| ui.button("Open the PDF").clicked());
                if let Some(path) = open {
                    app.commands.push(Command::OpenExternally(path.clone()));
                    return true;
                }
                ui.button("OK").clicked()
            })
            .inner
        });
        if response.inner || response.should_close() {
            app.notice = None;
        }
    }
    if let Some(pending) = app.unsaved_prompt.clone() {
        let title = app
            .document
            .as_ref()
            .map_or_else(String::new, |d| d.case.display_title().to_owned());
        let response = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(RichText::new("Save changes?").font(theme::bold(17.0)));
            ui.label(format!("\"{title}\" has changes that are not saved."));
            ui.add_space(10.0);
            let mut answer = None;
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some(Answer::Save);
                }
                if ui.button("Discard changes").clicked() {
                    answer = Some(Answer::Discard);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(Answer::Cancel);
                }
            });
            answer
        });
        let closed = response.should_close();
        let answer = response.inner.or(closed.then_some(Answer::Cancel));
        match answer {
            Some(Answer::Save) => {
                app.unsaved_prompt = None;
                app.save(ctx, Some(pending));
            }
            Some(Answer::Discard) => {
                app.unsaved_prompt = None;
                app.apply_now(ctx, pending);
            }
            Some(Answer::Cancel) => app.unsaved_prompt = None,
            None => {}
        }
    }
}

/// The answers to "save changes?".
enum Answer {
    Save,
    Discard,
    Cancel,
}
