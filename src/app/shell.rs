//! The parts of the window around the step's form: menu bar, navigator, guidance panel,
//! wizard buttons, status bar, and the modal questions.

use egui::{Align, Layout, RichText, Sense, Ui};

use super::commands::{Action, Answer, Command, Menu};
use super::document::StepStatus;
use super::steps::Page;
use super::theme::{self, colour};
use super::{App, guidance};
use crate::case::Step;
use crate::format::plural;
use crate::palette;

/// A menu item that queues `command`, shows its shortcut and is greyed out when the command
/// cannot be used now.
fn command_button(ui: &mut Ui, app: &mut App, command: Command) {
    let mut button = egui::Button::new(command.label());
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(app.enabled(command), button).clicked() {
        app.actions.push(command.into());
        ui.close();
    }
}

/// The menu bar: every command in its menu, grouped as [`Command::place`] says; File also
/// lists the recent files and View shows or hides the guidance.
pub fn menu_bar(app: &mut App, ui: &mut Ui) {
    egui::Panel::top("menu bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                if menu == Menu::Help && app.document.is_some() {
                    ui.menu_button("View", |ui| {
                        ui.checkbox(&mut app.guidance_open, "Guidance panel");
                    });
                }
                ui.menu_button(menu.label(), |ui| menu_items(app, ui, menu));
            }
            if app.dialogs.is_open() {
                ui.weak("A file dialog is open…");
            }
        });
    });
}

/// The items of one menu, a line between groups.
fn menu_items(app: &mut App, ui: &mut Ui, menu: Menu) {
    let mut last_group = None;
    for command in Command::ALL {
        let (its_menu, group) = command.place();
        if its_menu != menu {
            continue;
        }
        if last_group.is_some_and(|last| last != group) {
            ui.separator();
        }
        last_group = Some(group);
        command_button(ui, app, command);
        if command == Command::Open {
            recent_files(app, ui);
        }
    }
}

/// "Open recent", listing the files opened or saved lately.
fn recent_files(app: &mut App, ui: &mut Ui) {
    let recent = app.recent.clone();
    ui.add_enabled_ui(!recent.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            for path in recent {
                if ui.button(path.display().to_string()).clicked() {
                    app.actions.push(Action::OpenFile(path));
                    ui.close();
                }
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
                ui.colored_label(colour(palette::WARNING), "Unsaved changes");
            } else {
                ui.colored_label(colour(palette::GOOD), "All changes saved");
            }
            ui.separator();
            match document.last_autosave {
                Some(time) => ui.label(format!("Autosaved at {}", time.format("%H:%M:%S"))),
                None => ui.weak("Not autosaved yet"),
            };
            ui.separator();
            let tally = document.checks().tally;
            let shade = if tally.errors == 0 {
                palette::GOOD
            } else {
                palette::ERROR
            };
            let summary = ui.colored_label(
                colour(shade),
                format!(
                    "{}, {}",
                    plural(tally.errors, "error"),
                    plural(tally.warnings, "warning")
                ),
            );
            if summary
                .on_hover_text("Open Review to see them all")
                .clicked()
            {
                app.actions.push(Action::GoTo(Step::Review));
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
            painter.circle_filled(centre, 5.5, colour(palette::GOOD));
        }
        StepStatus::HasErrors(_) => {
            painter.circle_filled(centre, 5.5, colour(palette::ERROR));
        }
        StepStatus::NotStarted => {
            painter.circle_stroke(centre, 5.0, egui::Stroke::new(1.5, colour(palette::MUTED)));
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
    let wizard = &document.wizard;
    let (previous, next) = (wizard.previous(step), wizard.next(step));
    let back_label = previous.map(|s| format!("Back: {}", wizard.title(s)));
    let next_label = next.map(|s| format!("Next: {}", wizard.title(s)));
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
            if let (Some(previous), Some(label)) = (previous, back_label)
                && ui.button(label).clicked()
            {
                app.actions.push(Action::GoTo(previous));
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.toggle_value(&mut app.guidance_open, "Guidance")
                    .on_hover_text("Show or hide the guidance panel");
                if let (Some(next), Some(label)) = (next, next_label)
                    && ui.button(label).clicked()
                {
                    app.actions.push(Action::GoTo(next));
                }
            });
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(document) = &mut app.document else {
            return;
        };
        ui.horizontal(|ui| {
            ui.heading(document.wizard.title(step));
            ui.weak(format!(
                "Step {} of {}",
                document.wizard.number(step),
                document.wizard.len()
            ));
        });
        ui.add_space(6.0);
        let findings = document.checks().findings.clone();
        egui::ScrollArea::vertical()
            .id_salt(("step", step))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(920.0));
                let page = Page {
                    case: &mut document.case,
                    findings: &findings,
                    actions: &mut app.actions,
                };
                document.wizard.show(step, ui, &mut document.focus, page);
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
            for (step, title) in document.wizard.steps() {
                let status = document.checks().status(step);
                ui.horizontal(|ui| {
                    status_mark(ui, status);
                    let response = ui
                        .add(egui::Button::selectable(document.step == step, title).truncate())
                        .on_hover_text(format!("{title}: {}", status.describe()));
                    if response.clicked() {
                        app.actions.push(Action::GoTo(step));
                    }
                });
                if let StepStatus::HasErrors(_) = status {
                    ui.indent(("status", step), |ui| {
                        ui.colored_label(
                            colour(palette::ERROR),
                            RichText::new(status.describe()).small(),
                        );
                    });
                }
            }
            ui.add_space(12.0);
            ui.weak("Filled green: done. Red: has errors. Hollow: not started.");
        });
}

/// The modal questions: a notice to dismiss, "save changes?", and the keyboard shortcuts.
/// Their answers go on the queue like any other action.
pub fn modals(app: &mut App, ctx: &egui::Context) {
    if let Some(notice) = &app.notice {
        let response = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(RichText::new(&notice.title).font(theme::bold(17.0)));
            ui.add_space(6.0);
            ui.label(&notice.detail);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if let Some(path) = &notice.offer_to_open
                    && ui.button("Open the PDF").clicked()
                {
                    return Some(Action::OpenExternally(path.clone()));
                }
                ui.button("OK").clicked().then_some(Action::DismissNotice)
            })
            .inner
        });
        if let Some(action) = response.inner {
            app.actions.push(action);
            app.actions.push(Action::DismissNotice);
        } else if response.should_close() {
            app.actions.push(Action::DismissNotice);
        }
    }
    if app.unsaved_prompt.is_some() {
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
                for (label, choice) in [
                    ("Save", Answer::Save),
                    ("Discard changes", Answer::Discard),
                    ("Cancel", Answer::Cancel),
                ] {
                    if ui.button(label).clicked() {
                        answer = Some(choice);
                    }
                }
            });
            answer
        });
        let closed = response.should_close().then_some(Answer::Cancel);
        if let Some(answer) = response.inner.or(closed) {
            app.actions.push(Action::Unsaved(answer));
        }
    }
    if app.shortcuts_open {
        let response = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(RichText::new("Keyboard shortcuts").font(theme::bold(17.0)));
            ui.weak("Cmd takes the place of Ctrl on macOS.");
            ui.add_space(6.0);
            shortcut_list(ui);
            ui.add_space(10.0);
            ui.button("Close").clicked()
        });
        if response.inner || response.should_close() {
            app.shortcuts_open = false;
        }
    }
}

/// Every command that has a shortcut, with its shortcuts, as the Help menu lists them.
fn shortcut_list(ui: &mut Ui) {
    egui::Grid::new("keyboard shortcuts")
        .num_columns(2)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for command in Command::ALL {
                let shortcuts = command.shortcuts();
                if shortcuts.is_empty() {
                    continue;
                }
                ui.label(command.label());
                let keys: Vec<String> = shortcuts
                    .iter()
                    .map(|shortcut| ui.ctx().format_shortcut(shortcut))
                    .collect();
                ui.label(keys.join(" or "));
                ui.end_row();
            }
        });
}
