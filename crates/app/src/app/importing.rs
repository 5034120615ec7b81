//! File ▸ Import finance lines…: the box that offers a blank template, reads an option's lines
//! from a spreadsheet (the rules and the messages are core's, `finance::import`), shows what
//! will be replaced before anything changes, and imports in one edit, so one undo takes it
//! back.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::commands::Action;
use super::dialogs::Purpose;
use super::{App, Notice, display_name, theme};
use crate::case::Case;
use crate::case::finance::import::{self, SheetLines};
use crate::case::options::OptionKind;

/// How many lines of each sheet the preview lists.
const PREVIEW_ROWS: usize = 5;

/// The import box while it is open: before a file is chosen, or with what it read.
#[derive(Debug, Clone, PartialEq)]
pub struct Importing {
    /// The file read, and each sheet's lines with the option they go to; `None` until a file
    /// has been read.
    pub read: Option<(PathBuf, Vec<(SheetLines, OptionKind)>)>,
}

/// The option lines go to when their sheet names none: the preferred option, or the first
/// on the short list, or the lead force model.
fn default_option(case: &Case) -> OptionKind {
    case.options
        .preferred()
        .or_else(|| {
            OptionKind::ALL.into_iter().find(|kind| {
                *kind != OptionKind::BusinessAsUsual
                    && case
                        .options
                        .appraisals
                        .get(kind)
                        .is_some_and(|a| a.status.is_shortlisted())
            })
        })
        .unwrap_or(OptionKind::LeadForce)
}

impl App {
    /// Opens the import box.
    pub(super) fn start_import(&mut self) {
        if self.document.is_some() {
            self.importing = Some(Importing { read: None });
        }
    }

    /// Reads the lines in `path`: a preview on success, the problems in a notice otherwise.
    /// Nothing in the case changes.
    pub(super) fn import_from(&mut self, path: &Path) {
        let Some(document) = &self.document else {
            return;
        };
        match import::read_file(path, &document.case.finance) {
            Ok(sheets) => {
                let fallback = default_option(&document.case);
                let sheets = sheets
                    .into_iter()
                    .map(|sheet| {
                        let option = sheet.option.unwrap_or(fallback);
                        (sheet, option)
                    })
                    .collect();
                self.importing = Some(Importing {
                    read: Some((path.to_path_buf(), sheets)),
                });
            }
            Err(error) => {
                self.importing = None;
                self.notice = Some(Notice::failure(
                    format!("Did not import {}", display_name(path)),
                    format!("{error}\nNothing in the case has changed."),
                ));
            }
        }
    }

    /// Replaces each chosen option's lines with the lines read, in one edit.
    pub(super) fn apply_import(&mut self) {
        let (Some(document), Some(importing)) = (&mut self.document, self.importing.take()) else {
            return;
        };
        let Some((path, sheets)) = importing.read else {
            return;
        };
        if document.is_read_only() {
            return;
        }
        let mut count = 0;
        for (sheet, option) in sheets {
            count += sheet.lines.len();
            document.case.finance.import(option, sheet.lines);
        }
        self.notice = Some(Notice {
            title: format!("Imported {}", display_name(&path)),
            detail: format!(
                "{} imported. Edit ▸ Undo takes the import back.",
                crate::format::plural(count, "line")
            ),
            offer_to_open: None,
            offer_to_show: None,
        });
    }

    /// Writes a blank sheet of lines for the option lines would go to, in the layout the
    /// import reads.
    pub(super) fn save_template_to(&mut self, path: PathBuf) {
        let Some(document) = &self.document else {
            return;
        };
        let path = if path.extension().is_none() {
            path.with_extension("xlsx")
        } else {
            path
        };
        if let Err(refusal) = crate::report::export::check_target(
            crate::report::Format::Xlsx,
            &path,
            document.path.as_deref(),
        ) {
            self.notice = Some(Notice::failure(
                format!("Did not save {}", display_name(&path)),
                refusal.to_string(),
            ));
            return;
        }
        let option = default_option(&document.case);
        let written = crate::report::xlsx::template(&document.case, option)
            .map_err(|error| error.to_string())
            .and_then(|bytes| {
                crate::case::storage::write_atomically(&path, &bytes)
                    .map_err(|error| error.to_string())
            });
        self.notice = Some(match written {
            Ok(()) => Notice {
                title: format!("Saved {}", display_name(&path)),
                detail: format!(
                    "A blank sheet of finance lines for {} is at {}. Fill in a row for each line and import it.",
                    option.label().to_lowercase(),
                    path.display()
                ),
                offer_to_open: Some(path),
                offer_to_show: None,
            },
            Err(error) => Notice::failure(
                format!("Could not save {}", display_name(&path)),
                format!("{error}. Choose another folder."),
            ),
        });
    }
}

/// Draws the import box, if it is open.
pub(super) fn modal(app: &mut App, ctx: &egui::Context) {
    let Some(importing) = &mut app.importing else {
        return;
    };
    // A notice, a file dialog or the box asking for a path goes over it.
    if app.notice.is_some() || app.dialogs.is_open() || app.path_prompt.is_some() {
        return;
    }
    let mut action = None;
    let response = egui::Modal::new(egui::Id::unique("import finance lines")).show(ctx, |ui| {
        ui.set_max_width(super::shell::MODAL_WIDTH);
        ui.label(RichText::new("Import finance lines").font(theme::bold(17.0)));
        ui.add_space(6.0);
        match &mut importing.read {
            None => {
                ui.label("Read an option's costs and savings from an .xlsx, .ods or .csv file laid out as the exported workbook lays out each option: a header row, then a row for each line. Nothing changes until you have seen what will be imported.");
                ui.add_space(10.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button("Choose a file…").clicked() {
                        action = Some(Action::ChooseImport(Purpose::Import));
                    }
                    if ui.button("Save a blank template…").clicked() {
                        action = Some(Action::ChooseImport(Purpose::Template));
                    }
                    if ui.button("Cancel").clicked() {
                        action = Some(Action::CloseImport);
                    }
                });
            }
            Some((path, sheets)) => {
                ui.label(format!("From {}:", display_name(path)));
                for (sheet, option) in sheets.iter_mut() {
                    ui.add_space(6.0);
                    ui.horizontal_wrapped(|ui| {
                        let label = ui.label(format!(
                            "Sheet \u{201c}{}\u{201d}: {} into",
                            sheet.sheet,
                            crate::format::plural(sheet.lines.len(), "line")
                        ));
                        egui::ComboBox::from_id_salt(("import option", &sheet.sheet))
                            .selected_text(option.label())
                            .show_ui(ui, |ui| {
                                for kind in OptionKind::ALL {
                                    ui.selectable_value(option, kind, kind.label());
                                }
                            })
                            .response
                            .labelled_by(label.id);
                    });
                    if let Some(document) = &app.document {
                        let preview = document.case.finance.import_preview(*option, &sheet.lines);
                        ui.label(format!(
                            "{}'s {} will be replaced by {}.",
                            preview.option.label(),
                            crate::format::plural(preview.replaced, "line"),
                            crate::format::plural(preview.added, "line")
                        ));
                        let years = document.case.finance.years;
                        for line in sheet.lines.iter().take(PREVIEW_ROWS) {
                            let total = line.total(years).map_or_else(String::new, |t| t.whole_pounds());
                            ui.label(format!("\u{2022} {} ({}): {total}", line.label, line.description()));
                        }
                        if sheet.lines.len() > PREVIEW_ROWS {
                            ui.label(format!("and {} more", sheet.lines.len() - PREVIEW_ROWS));
                        }
                    }
                }
                ui.add_space(10.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button("Import").clicked() {
                        action = Some(Action::ApplyImport);
                    }
                    if ui.button("Cancel").clicked() {
                        action = Some(Action::CloseImport);
                    }
                });
            }
        }
    });
    if response.should_close() && action.is_none() {
        action = Some(Action::CloseImport);
    }
    if let Some(action) = action {
        app.actions.push(action);
    }
}
