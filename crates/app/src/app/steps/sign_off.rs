//! The Sign-off and decision step: the statutory officers' comments with name and date, the
//! wording of each PCC's decision record (with a draft built from the case), the background
//! papers, and the appendices the user writes, lettered after the built-in ones.

use std::collections::BTreeMap;

use egui::{RichText, TextEdit};

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, ROW_BUTTONS_WIDTH, Table};
use crate::app::widgets::{self, DATE_WIDTH, TEXT_MIN_WIDTH};
use crate::case::recommend::draft_decision_record;
use crate::case::sign_off::{
    self, BackgroundPaper, BuiltInAppendix, DecisionRecord, OfficerComment, SignOff,
    StatutoryOfficer, UserAppendix,
};
use crate::case::validate::{AppendixField, CommentField};
use crate::case::{Anchor, Case, Step};

/// Width of the column naming each statutory officer and what they look at.
const OFFICER_WIDTH: f32 = 200.0;
/// Width of the column naming each appendix ("Appendix E").
const APPENDIX_WIDTH: f32 = 90.0;
/// Width of an appendix's exempt-information picker, wide enough for its longest category.
const EXEMPT_WIDTH: f32 = 240.0;

/// The Sign-off and decision step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct SignOffStep;

impl WizardStep for SignOffStep {
    fn step(&self) -> Step {
        Step::SignOff
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
        let case = page.case;
        form.label(
            "What the paper needs before the decision. Once the paper is marked Final, each \
             statutory officer's comments, name and date and each PCC's decision record \
             wording are required.",
        );
        form.add_space(8.0);
        form.heading("Statutory officers' comments");
        officer_rows(form, &mut case.sign_off.comments);
        form.add_space(12.0);

        form.heading("Decision records");
        decision_records(form, case);
        form.add_space(12.0);

        let SignOff {
            comments: _,         // above
            decision_records: _, // above
            background_papers,
            appendices,
        } = &mut case.sign_off;
        form.heading("Background papers");
        background_rows(form, background_papers);
        form.add_space(12.0);

        form.heading("Appendices");
        appendix_cards(form, appendices);
    }
}

/// A row for each statutory officer: who they are and what they look at, then their name and
/// post, the date and their comments.
fn officer_rows(form: &mut Form<'_>, comments: &mut BTreeMap<StatutoryOfficer, OfficerComment>) {
    let table = Table::new("sign_off_officers")
        .column(Column::fixed("Officer", OFFICER_WIDTH))
        .column(Column::fill("Name and post", TEXT_MIN_WIDTH))
        .column(Column::fixed("Date", DATE_WIDTH))
        .column(Column::fill("Comments", TEXT_MIN_WIDTH).share(2.0))
        .frozen(1);
    form.table(table, |body| {
        for officer in StatutoryOfficer::ALL {
            let OfficerComment {
                name,
                date,
                comment,
            } = comments.entry(officer).or_default();
            let title = officer.label();
            body.row(|row| {
                row.cell(|form| {
                    form.add(egui::Label::new(RichText::new(title).strong()).wrap());
                    form.add(egui::Label::new(RichText::new(officer.concerns()).weak()).wrap());
                });
                row.cell(|form| {
                    form.text_cell(
                        &format!("{title}: name and post"),
                        name,
                        Anchor::OfficerComment(officer, CommentField::Name),
                    );
                });
                row.cell(|form| {
                    form.date_cell(
                        ("officer_date", officer),
                        &format!("{title}: date"),
                        date,
                        Anchor::OfficerComment(officer, CommentField::Date),
                    );
                });
                row.cell(|form| {
                    form.field(
                        Anchor::OfficerComment(officer, CommentField::Comment),
                        |ui| {
                            ui.add(
                                TextEdit::multiline(comment)
                                    .id_salt(("officer comments", officer))
                                    .desired_width(f32::INFINITY)
                                    .desired_rows(3)
                                    .hint_text("What the officer says about the paper"),
                            )
                            .accessible_name(format!("{title}: comments"))
                        },
                    );
                });
            });
        }
    });
}

/// A card for each named force's PCC, with a draft of the wording while it is empty.
fn decision_records(form: &mut Form<'_>, case: &mut Case) {
    if !case.front_sheet.decided_by.leads_to_decision_records() {
        widgets::empty_state(
            form,
            "The paper is for information (Front sheet: Who decides), so no decision record \
             follows it.",
        );
        return;
    }
    let forces: Vec<(usize, String, String)> = case
        .partners
        .forces
        .iter()
        .enumerate()
        .filter(|(_, force)| !force.name.trim().is_empty())
        .map(|(i, force)| {
            let body = force.policing_body.trim();
            let title = if body.is_empty() {
                format!("The PCC of {}", force.name.trim())
            } else {
                body.to_owned()
            };
            (i, force.name.trim().to_owned(), title)
        })
        .collect();
    if forces.is_empty() {
        widgets::empty_state(
            form,
            "Name the forces on the Front sheet and partners step; a card for each PCC's \
             decision record appears here.",
        );
        return;
    }
    let drafts: Vec<Option<String>> = forces
        .iter()
        .map(|(index, _, _)| draft_decision_record(case, *index))
        .collect();
    let records = &mut case.sign_off.decision_records;
    let table = Table::new("sign_off_decision_records")
        .column(Column::fill("Decision maker", TEXT_MIN_WIDTH))
        .column(Column::fill("Reference", TEXT_MIN_WIDTH))
        .column(Column::fill("Wording", TEXT_MIN_WIDTH).share(3.0))
        .frozen(1);
    form.table(table, |body| {
        for ((index, force, title), draft) in forces.iter().zip(&drafts) {
            let existing = records
                .iter()
                .position(|record| record.force.trim() == force);
            let mut record = existing.map_or_else(
                || DecisionRecord {
                    force: force.clone(),
                    ..DecisionRecord::default()
                },
                |i| records[i].clone(),
            );
            let before = record.clone();
            let DecisionRecord {
                force: _, // the row's title
                reference,
                wording,
            } = &mut record;
            body.row(|row| {
                row.text(RichText::new(title).strong());
                row.cell(|form| {
                    form.text_cell(
                        &format!("{force} decision record reference"),
                        reference,
                        None,
                    );
                });
                row.cell(|form| {
                    form.field(Anchor::DecisionRecord(*index), |ui| {
                        ui.add(
                            TextEdit::multiline(wording)
                                .id_salt(("decision record wording", index))
                                .desired_width(f32::INFINITY)
                                .desired_rows(3)
                                .hint_text(
                                    "What the PCC's published decision record will say was decided",
                                ),
                        )
                        .accessible_name(format!("{force} decision record wording"))
                    });
                    if wording.trim().is_empty()
                        && let Some(draft) = draft
                        && form
                            .button("Draft the wording")
                            .accessible_name(format!(
                                "Draft the decision record wording for {force}"
                            ))
                            .clicked()
                    {
                        wording.clone_from(draft);
                    }
                });
            });
            if record != before {
                match existing {
                    Some(i) => records[i] = record,
                    None => records.push(record),
                }
            }
        }
    });
}

fn background_rows(form: &mut Form<'_>, papers: &mut Vec<BackgroundPaper>) {
    form.weak("The documents the paper relies on, by title, and where a reader can find each.");
    if papers.is_empty() {
        widgets::empty_state(form, "No background papers: the paper will say \"none\".");
    }
    let count = papers.len();
    let mut action = None;
    if !papers.is_empty() {
        let table = Table::new("sign_off_background_papers")
            .column(Column::fixed("", 28.0))
            .column(Column::fill("Title", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fill("Where to find it", TEXT_MIN_WIDTH))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(2)
            .actions();
        form.table(table, |body| {
            for (i, paper) in papers.iter_mut().enumerate() {
                let n = i + 1;
                let BackgroundPaper { title, source } = paper;
                body.row(|row| {
                    row.text(format!("{n}."));
                    row.cell(|form| {
                        form.text_cell(
                            &format!("Background paper {n} title"),
                            title,
                            Anchor::BackgroundPaper(i),
                        );
                    });
                    row.cell(|form| {
                        form.text_cell(&format!("Background paper {n} source"), source, None);
                    });
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("background paper {n}"), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.apply(papers);
    }
    if form
        .field(Anchor::BackgroundPapers, |ui| {
            ui.button("Add a background paper")
        })
        .clicked()
    {
        papers.push(BackgroundPaper::default());
    }
}

fn appendix_cards(form: &mut Form<'_>, appendices: &mut Vec<UserAppendix>) {
    let built_in: Vec<String> = BuiltInAppendix::ALL
        .iter()
        .enumerate()
        .map(|(i, appendix)| {
            format!(
                "Appendix {} is the {}",
                sign_off::appendix_letter(i),
                appendix.title().to_lowercase()
            )
        })
        .collect();
    form.weak(format!(
        "{}; yours follow, lettered in order. Every \"Appendix X\" the text mentions must be one of them.",
        built_in.join("; ")
    ));
    let count = appendices.len();
    let mut action = None;
    if !appendices.is_empty() {
        let table = Table::new("sign_off_appendices")
            .column(Column::fixed("", APPENDIX_WIDTH))
            .column(Column::fill("Title", TEXT_MIN_WIDTH))
            .column(Column::fill("Text (each line a paragraph)", TEXT_MIN_WIDTH).share(2.0))
            .column(Column::fixed("Exempt information", EXEMPT_WIDTH))
            .column(Column::fixed("", ROW_BUTTONS_WIDTH))
            .frozen(1)
            .actions();
        form.table(table, |body| {
            for (i, appendix) in appendices.iter_mut().enumerate() {
                let letter = sign_off::appendix_letter(BuiltInAppendix::ALL.len() + i);
                let UserAppendix {
                    title,
                    text,
                    exempt,
                } = appendix;
                body.row(|row| {
                    row.text(RichText::new(format!("Appendix {letter}")).strong());
                    row.cell(|form| {
                        form.text_cell(
                            &format!("Appendix {letter} title"),
                            title,
                            Anchor::UserAppendix(i, AppendixField::Title),
                        );
                    });
                    row.cell(|form| {
                        form.field(Anchor::UserAppendix(i, AppendixField::Text), |ui| {
                            ui.add(
                                TextEdit::multiline(text)
                                    .id_salt(("appendix text", i))
                                    .desired_width(f32::INFINITY)
                                    .desired_rows(3)
                                    .hint_text("Each line is a paragraph"),
                            )
                            .accessible_name(format!("Appendix {letter} text"))
                        });
                    });
                    row.cell(|form| {
                        form.enum_cell(
                            ("appendix exempt", i),
                            &format!("Appendix {letter} exempt information"),
                            exempt,
                            Anchor::UserAppendix(i, AppendixField::Exempt),
                        );
                    });
                    row.cell(|form| {
                        if let Some(a) =
                            widgets::row_buttons(form, &format!("appendix {letter}"), i, count)
                        {
                            action = Some(a);
                        }
                    });
                });
            }
        });
    }
    if let Some(action) = action {
        action.apply(appendices);
    }
    if form
        .field(Anchor::Appendices, |ui| ui.button("Add an appendix"))
        .clicked()
    {
        appendices.push(UserAppendix::default());
    }
}
