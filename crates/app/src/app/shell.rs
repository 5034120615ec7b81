//! The parts of the window around the step's form: menu bar, navigator, guidance panel,
//! wizard buttons, status bar, and the modal questions.
//!
//! The shell adapts to the window: below [`GUIDANCE_FOLDS_BELOW`] points the guidance panel
//! folds away behind the "Guidance" button (the user can still open it), and the navigator,
//! which the user can resize, never takes more than a fifth of the width.

use egui::{Align, Layout, RichText, Sense, Ui};

use super::commands::{Action, Answer, Command, Menu};
use super::document::{Autosave, SaveState, StepCheck, StepStatus};
use super::theme::{self, colour};
use super::{App, InfoBox, about, guidance};
use crate::case::Step;
use crate::case::storage::lock::Lock;
use crate::format::plural;
use crate::palette;

/// Below this window width, in points, the guidance panel starts folded: at 1024 points it
/// would leave the form too little room. At 1366 it stays open.
pub const GUIDANCE_FOLDS_BELOW: f32 = 1200.0;

/// The navigator's width when the window first opens, in points.
const NAVIGATOR_WIDTH: f32 = 230.0;
/// The narrowest the navigator may be made.
const NAVIGATOR_MIN: f32 = 170.0;
/// The guidance panel's width when it first opens, in points.
const GUIDANCE_WIDTH: f32 = 280.0;

/// The width of the window's content, in points.
fn window_width(ui: &Ui) -> f32 {
    ui.ctx().content_rect().width()
}

impl App {
    /// Whether the guidance panel is shown in a window `width` points wide: as the user chose,
    /// or open when there is room for it.
    fn guidance_shown(&self, width: f32) -> bool {
        self.guidance_choice
            .unwrap_or(width >= GUIDANCE_FOLDS_BELOW)
    }

    /// Shows or hides the guidance as the user asked; shown, it takes the preview's place.
    fn show_guidance(&mut self, shown: bool, width: f32) {
        self.guidance_choice = Some(shown);
        if shown && self.preview.shown(width) {
            self.preview.close();
        }
    }
}

/// A menu item that queues `command`, shows its shortcut and is greyed out when the command
/// cannot be used now.
fn command_button(ui: &mut Ui, app: &mut App, command: Command) {
    let mut button = egui::Button::new(command.label());
    let shortcut = command
        .shortcuts()
        .first()
        .map(|shortcut| ui.ctx().format_shortcut(shortcut));
    if let Some(shortcut) = &shortcut {
        button = button.shortcut_text(shortcut);
    }
    let item = ui.add_enabled(app.enabled(command), button);
    super::access::menu_item(&item, command.label(), shortcut);
    if item.clicked() {
        app.actions.push(command.into());
        ui.close();
    }
}

/// The menu bar: every command in its menu, grouped as [`Command::place`] says; File also
/// lists the recent files and View shows or hides the guidance.
pub fn menu_bar(app: &mut App, ui: &mut Ui) {
    let width = window_width(ui);
    egui::Panel::top("menu bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                if menu == Menu::View && app.document.is_none() {
                    continue;
                }
                let shown = ui.menu_button(menu.label(), |ui| {
                    menu_items(app, ui, menu);
                    if menu == Menu::View {
                        let mut shown = app.guidance_shown(width) && !app.preview.shown(width);
                        if ui.checkbox(&mut shown, "Guidance panel").changed() {
                            app.show_guidance(shown, width);
                        }
                    }
                });
                super::access::menu_button(&shown.response, shown.inner.is_some());
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

/// What the status bar says when no lock note of this window's is beside the case.
const NO_LOCK_NOTE: &str = "Not marked as open here: others opening it are not told";

/// Why, in the status bar's tooltip.
const NO_LOCK_NOTE_WHY: &str = "Casewright could not leave its lock note (~$ file) beside this case, because the folder cannot be written to, or another copy of Casewright has taken the note over. Saving still stops and asks before replacing anyone else's changes.";

/// The status bar: whether the case is in a file, the last autosave, and the count of errors.
pub fn status_bar(app: &mut App, ui: &mut Ui) {
    let autosave_on = app.user_data.is_some();
    egui::Panel::bottom("status bar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let Some(document) = &app.document else {
                ui.label("No case open");
                return;
            };
            if let Some(holder) = &document.read_only {
                ui.label(
                    RichText::new(format!(
                        "Read-only: {} has it open, so edits here are not kept",
                        holder.describe()
                    ))
                    .color(colour(palette::WARNING)),
                );
                ui.separator();
            } else if document.path.is_some()
                && !document.lock.as_ref().is_some_and(Lock::is_written)
            {
                // Without a lock note a second copy opening the case is not told; say so
                // rather than leave the user to think others will be warned.
                ui.label(RichText::new(NO_LOCK_NOTE).weak())
                    .on_hover_text(NO_LOCK_NOTE_WHY);
                ui.separator();
            }
            let state = document.save_state();
            let text = RichText::new(state.describe());
            ui.label(match state {
                SaveState::Saved => text.color(colour(palette::GOOD)),
                SaveState::Changed | SaveState::NeverSavedChanged => {
                    text.color(colour(palette::WARNING))
                }
                SaveState::NeverSaved => text.weak(),
            });
            if state.is_unsaved() {
                ui.separator();
                autosave_note(ui, &document.autosave, autosave_on);
            }
            ui.separator();
            let tally = document.presented_tally();
            // A new case's findings in steps not yet worked on are to do, not errors.
            let to_do = document.checks().tally.errors - tally.errors;
            let shade = match (tally.errors, to_do) {
                (0, 0) => palette::GOOD,
                (0, _) => palette::MUTED,
                _ => palette::ERROR,
            };
            let mut words = format!(
                "{}, {}",
                plural(tally.errors, "error"),
                plural(tally.warnings, "warning")
            );
            if to_do > 0 {
                words.push_str(&format!(", {to_do} to do"));
            }
            let summary = ui
                .scope_builder(super::access::steady(ui, "findings count"), |ui| {
                    ui.add(
                        egui::Button::new(RichText::new(words).color(colour(shade))).frame(false),
                    )
                })
                .inner;
            super::access::live(&summary);
            if summary
                .on_hover_text("Open Review to see them all")
                .clicked()
            {
                app.actions.push(Action::GoTo(Step::Review));
            }
            let file_name =
                super::access::steady(ui, "file name").layout(Layout::right_to_left(Align::Center));
            ui.scope_builder(file_name, |ui| {
                ui.weak(document.file_name());
            });
        });
    });
}

/// What the status bar says about autosaving work that is not saved.
fn autosave_note(ui: &mut Ui, autosave: &Autosave, autosave_on: bool) {
    match autosave {
        _ if !autosave_on => {
            ui.weak("Autosave is off: there is no folder for it");
        }
        Autosave::NotYet => {
            ui.weak("Not autosaved yet");
        }
        Autosave::Written(time) => {
            ui.label(format!("Autosaved at {}", time.format("%H:%M:%S")));
        }
        Autosave::Failed(reason) => {
            ui.colored_label(colour(palette::ERROR), format!("Autosave failed: {reason}"));
        }
    }
}

/// A small coloured mark for a step's status: filled when done (green), with errors (red) or
/// with warnings to check (amber); hollow when not started, with a dot while in progress.
fn status_mark(ui: &mut Ui, status: StepStatus) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 24.0), Sense::hover());
    let centre = rect.center();
    let painter = ui.painter();
    match status {
        StepStatus::Done => {
            painter.circle_filled(centre, 5.5, colour(palette::GOOD));
        }
        StepStatus::HasErrors(_) => {
            painter.circle_filled(centre, 5.5, colour(palette::ERROR));
        }
        StepStatus::ToCheck(_) => {
            painter.circle_filled(centre, 5.5, colour(palette::WARNING));
        }
        StepStatus::NotStarted => {
            painter.circle_stroke(centre, 5.0, egui::Stroke::new(1.5, colour(palette::MUTED)));
        }
        StepStatus::InProgress => {
            painter.circle_stroke(centre, 5.0, egui::Stroke::new(1.5, colour(palette::MUTED)));
            painter.circle_filled(centre, 2.0, colour(palette::MUTED));
        }
    }
}

/// The open case: navigator, guidance, wizard buttons and the step's form.
pub fn workspace(app: &mut App, ui: &mut Ui) {
    let width = window_width(ui);
    navigator(app, ui, width);
    let guidance_shown = app.guidance_shown(width);
    let Some(document) = &app.document else {
        return;
    };
    let step = document.step();
    let wizard = &document.wizard;
    let (previous, next) = (wizard.previous(step), wizard.next(step));
    let back_label = previous.map(|s| format!("Back: {}", wizard.title(s)));
    let next_label = next.map(|s| format!("Next: {}", wizard.title(s)));
    let changes_shown = super::changes::panel(app, ui, width);
    let preview_shown = !changes_shown && super::preview::panel(app, ui, width);
    let side_taken = changes_shown || preview_shown;
    if guidance_shown && !side_taken {
        egui::Panel::right("guidance")
            .resizable(true)
            .default_size(GUIDANCE_WIDTH)
            .min_size(200.0)
            .max_size((width * 0.3).max(200.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("guidance scroll")
                    .show(ui, |ui| {
                        guidance::show(ui, step);
                    });
            });
        super::access::name_resize_handle(ui, "guidance", "Resize the guidance");
    }
    egui::Panel::bottom("wizard buttons").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if let (Some(previous), Some(label)) = (previous, back_label)
                && ui.button(label).clicked()
            {
                app.actions.push(Action::GoTo(previous));
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                // Framed whether on or off: where the panel has folded away, this button is
                // the way back to it, so it must look like one.
                // The Changes view stands in the guidance's place: asking for the guidance
                // closes it.
                let visible = guidance_shown && !side_taken;
                let toggle = egui::Button::new("Guidance")
                    .selected(visible)
                    .frame_when_inactive(true);
                if ui
                    .add(toggle)
                    .on_hover_text("Show or hide the guidance panel")
                    .clicked()
                {
                    if changes_shown {
                        app.actions.push(Action::CloseChanges);
                    }
                    app.show_guidance(!visible, width);
                }
                super::preview::toggle_button(app, ui, width);
                if let (Some(next), Some(label)) = (next, next_label)
                    && ui.button(label).clicked()
                {
                    app.actions.push(Action::GoTo(next));
                }
            });
        });
        ui.add_space(4.0);
    });
    if super::preview::instead_of_form(app, ui, width) {
        return;
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let (Some(document), actions) = (&mut app.document, &mut app.actions) else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            super::access::heading(ui, document.wizard.title(step), 1);
            ui.weak(format!(
                "Step {} of {}",
                document.wizard.number(step),
                document.wizard.len()
            ));
        });
        ui.add_space(6.0);
        let mut area = egui::ScrollArea::vertical()
            .id_salt(("step", step))
            .auto_shrink([false, false]);
        if document.take_step_opened() {
            // A step opens at its top; a field Review asked for scrolls into view from there.
            area = area.vertical_scroll_offset(0.0);
        }
        let key = ui.scope_id().with(("step", step));
        super::scrolling::show_steady(area, key, ui, |ui| document.show_step(ui, actions));
        if document.marked().is_some() {
            mark_changed_field(ui);
        }
    });
}

/// Marks the field an undo or redo just changed (it has the keyboard focus, on its step) with
/// a light amber band for a moment, so the user sees what changed.
fn mark_changed_field(ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    let Some(rect) = ctx
        .memory(|memory| memory.focused())
        .and_then(|id| ctx.read_response(id))
        .map(|response| response.rect)
    else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("undo mark"),
    ));
    let painter = painter.with_clip_rect(ui.clip_rect());
    let shade = colour(palette::WARNING);
    painter.rect(
        rect.expand(3.0),
        3.0,
        shade.gamma_multiply(0.15),
        egui::Stroke::new(2.0, shade),
        egui::StrokeKind::Outside,
    );
    ctx.request_repaint_after(super::document::MARK_FOR);
}

/// The list of steps, each with its mark and its status in words, from the same findings
/// Review lists. Every row has its title and a status line, so no row moves when a status
/// changes.
fn navigator(app: &mut App, ui: &mut Ui, width: f32) {
    let Some(document) = &app.document else {
        return;
    };
    let max = (width * 0.2).clamp(NAVIGATOR_MIN + 10.0, 380.0);
    egui::Panel::left("navigator")
        .resizable(true)
        .default_size(NAVIGATOR_WIDTH.min(max))
        .min_size(NAVIGATOR_MIN)
        .max_size(max)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("navigator scroll")
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    ui.add(
                        egui::Label::new(
                            RichText::new(document.case.display_title()).font(theme::bold(16.0)),
                        )
                        .wrap(),
                    );
                    ui.add_space(8.0);
                    ui.scope_builder(super::access::list("Steps"), |ui| {
                        for check in &document.checks().steps {
                            let status = document.status(check.step);
                            if navigator_row(ui, check, status, document.step() == check.step) {
                                app.actions.push(Action::GoTo(check.step));
                            }
                        }
                    });
                    ui.add_space(12.0);
                    ui.add(
                        egui::Label::new(
                            RichText::new(
                                "Green: done. Red: has errors. Amber: warnings to check. Hollow: not started.",
                            )
                            .weak(),
                        )
                        .wrap(),
                    );
                });
        });
    super::access::name_resize_handle(ui, "navigator", "Resize the list of steps");
}

/// One step in the navigator: its mark, its whole title (wrapped, never cut) and its status.
/// Returns whether it was clicked.
fn navigator_row(ui: &mut Ui, check: &StepCheck, status: StepStatus, selected: bool) -> bool {
    ui.horizontal_top(|ui| {
        status_mark(ui, status);
        ui.vertical(|ui| {
            let width = ui.available_width();
            let response = ui
                .add(
                    egui::Button::selectable(
                        selected,
                        (egui::Atom::from(check.title), egui::Atom::grow()),
                    )
                    .wrap()
                    .min_size(egui::vec2(width, 0.0)),
                )
                .on_hover_text(format!("{}: {}", check.title, status.describe()));
            if selected {
                super::access::current_step(&response);
            }
            // Tab into the navigator brings the step it lands on into view.
            if response.gained_focus() {
                response.scroll_to_me(None);
            }
            let clicked = response.clicked();
            let words = RichText::new(status.describe()).small();
            ui.label(match status {
                StepStatus::HasErrors(_) => words.color(colour(palette::ERROR)),
                StepStatus::ToCheck(_) => words.color(colour(palette::WARNING)),
                StepStatus::Done => words.color(colour(palette::GOOD)),
                StepStatus::NotStarted | StepStatus::InProgress => words.weak(),
            });
            clicked
        })
        .inner
    })
    .inner
}

/// The modal questions: a notice to dismiss, "save changes?", a path when no file dialog could
/// open, and the Help boxes. Their answers go on the queue like any other action.
pub fn modals(app: &mut App, ctx: &egui::Context) {
    notice(app, ctx);
    discard_prompt(app, ctx);
    unsaved_prompt(app, ctx);
    path_prompt(app, ctx);
    info_box(app, ctx);
}

/// The widest a modal box is, in points.
pub(super) const MODAL_WIDTH: f32 = 520.0;

/// The button that opens a paper just exported, named for its kind ("Open the PDF",
/// "Open the Word document").
fn open_label(path: &std::path::Path) -> String {
    crate::report::Format::from_path(path).map_or_else(
        || "Open the file".to_owned(),
        |format| format!("Open the {format}"),
    )
}

fn notice(app: &mut App, ctx: &egui::Context) {
    let Some(notice) = &app.notice else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        super::access::dialog_title(ui, &notice.title);
        ui.add_space(6.0);
        ui.label(&notice.detail);
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if let Some(path) = &notice.offer_to_open
                && ui.button(open_label(path)).clicked()
            {
                return Some(Action::OpenExternally(path.clone()));
            }
            if let Some(path) = &notice.offer_to_show
                && ui.button("Show in folder").clicked()
            {
                return Some(Action::ShowInFolder(path.clone()));
            }
            let ok = ui.button("OK");
            super::access::focus_on_open(ui, &ok);
            ok.clicked().then_some(Action::DismissNotice)
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

/// "Discard the unsaved work?", asked before recovered work is discarded from the start
/// screen (which can then still be undone there).
fn discard_prompt(app: &mut App, ctx: &egui::Context) {
    let Some(recovery) = app.discard_to_confirm() else {
        return;
    };
    let title = recovery.case.display_title().to_owned();
    let response = egui::Modal::new(egui::Id::unique("discard recovered work")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        super::access::dialog_title(ui, "Discard the unsaved work?");
        ui.label(format!(
            "\"{title}\" was never saved after Casewright closed. If you discard it, its autosave \
             is deleted once you open a case; until then you can undo the discard."
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            let discard = ui.button("Discard the work");
            super::access::focus_on_open(ui, &discard);
            if discard.clicked() {
                return Some(Action::ConfirmDiscard);
            }
            ui.button("Keep it")
                .clicked()
                .then_some(Action::KeepRecovery)
        })
        .inner
    });
    let closed = response.should_close().then_some(Action::KeepRecovery);
    if let Some(action) = response.inner.or(closed) {
        app.actions.push(action);
    }
}

fn unsaved_prompt(app: &mut App, ctx: &egui::Context) {
    if app.unsaved_prompt.is_none() {
        return;
    }
    let title = app
        .document
        .as_ref()
        .map_or_else(String::new, |d| d.case.display_title().to_owned());
    let response = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        super::access::dialog_title(ui, "Save changes?");
        ui.label(format!("\"{title}\" has changes that are not saved."));
        ui.add_space(10.0);
        let mut answer = None;
        ui.horizontal(|ui| {
            for (label, choice) in [
                ("Save", Answer::Save),
                ("Discard changes", Answer::Discard),
                ("Cancel", Answer::Cancel),
            ] {
                let button = ui.button(label);
                if choice == Answer::Save {
                    super::access::focus_on_open(ui, &button);
                }
                if button.clicked() {
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

/// The box that asks for a file's path because the system's file dialog could not open.
fn path_prompt(app: &mut App, ctx: &egui::Context) {
    let Some(prompt) = &mut app.path_prompt else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("path prompt")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        super::access::dialog_title(ui, &prompt.purpose.title());
        ui.add(
            egui::Label::new(
                "The system's file dialog could not open (on Linux it needs a desktop portal \
                 or zenity). Type the file's full path instead.",
            )
            .wrap(),
        );
        ui.add_space(6.0);
        let label = ui.label("File path");
        let field = ui
            .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        super::access::focus_on_open(ui, &field);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        ui.add_space(10.0);
        let mut action = None;
        ui.horizontal(|ui| {
            let path = std::path::PathBuf::from(prompt.text.trim());
            let usable = !prompt.text.trim().is_empty();
            let button = ui.add_enabled(usable, egui::Button::new(prompt.purpose.verb()));
            if button.clicked() || (entered && usable) {
                action = Some(Action::UsePath(path));
            }
            if ui.button("Cancel").clicked() {
                action = Some(Action::CancelPathPrompt);
            }
        });
        action
    });
    let closed = response.should_close().then_some(Action::CancelPathPrompt);
    if let Some(action) = response.inner.or(closed) {
        app.actions.push(action);
    }
}

/// The keyboard shortcuts or the About box, from the Help menu.
fn info_box(app: &mut App, ctx: &egui::Context) {
    let Some(info) = app.info else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("info")).show(ctx, |ui| {
        ui.set_max_width(MODAL_WIDTH);
        match info {
            InfoBox::Shortcuts => {
                super::access::dialog_title(ui, "Keyboard shortcuts");
                ui.weak("Cmd takes the place of Ctrl on macOS.");
                ui.add_space(6.0);
                shortcut_list(ui);
            }
            InfoBox::About => {
                super::access::name_dialog(ui, "About Casewright");
                let height = (ctx.content_rect().height() - 160.0).max(200.0);
                egui::ScrollArea::vertical()
                    .id_salt("about scroll")
                    .max_height(height)
                    .show(ui, about::show);
            }
        }
        ui.add_space(10.0);
        let close = ui.button("Close");
        super::access::focus_on_open(ui, &close);
        close.clicked()
    });
    if response.inner || response.should_close() {
        app.info = None;
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
