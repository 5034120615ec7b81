//! The Sign-off and decision step: for each policing body, its statutory officers' comments
//! with name and date and its decision record (the wording, with a draft built from the case;
//! the reasons; the equality and human rights considerations; interests declared); then the
//! background papers, and the appendices the user writes, lettered after the built-in ones.

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
use crate::case::validate::{AppendixField, CommentField, RecordField};
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
            "What the paper needs before the decision. Each policing body decides for itself, \
             so each has its own statutory officers' comments and its own decision record. \
             Once the paper is marked Final, every comment with its name and date, and every \
             decision record's wording, reasons, equality and human rights considerations and \
             interests declared, are required.",
        );
        form.add_space(8.0);
        form.heading("Each policing body's sign-off and decision");
        bodies(form, case);
        form.add_space(12.0);

        let SignOff {
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

/// A card for each named force's policing body: its officers' comments, then its decision
/// record (with a draft of the wording while it is empty).
fn bodies(form: &mut Form<'_>, case: &mut Case) {
    let bodies: Vec<(usize, String, String)> = case
        .partners
        .named()
        .map(|(i, name)| (i, name.to_owned(), case.partners.forces[i].body_name(i)))
        .collect();
    if bodies.is_empty() {
        widgets::empty_state(
            form,
            "Name the forces on the Front sheet and partners step; a card for each policing \
             body's officers' comments and decision record appears here.",
        );
        return;
    }
    let records = case.front_sheet.decided_by.leads_to_decision_records();
    for (index, force, title) in bodies {
        let draft = draft_decision_record(case, index);
        // A body's record is made only when something is typed into it, so looking at the
        // step changes nothing.
        let mut record = case
            .sign_off
            .decision_record(&force)
            .cloned()
            .unwrap_or_else(|| DecisionRecord::for_force(&force));
        let before = record.clone();
        form.push_id(("policing body", index), |form| {
            form.card(|form| {
                form.label(RichText::new(&title).strong());
                form.weak(format!("For {force}."));
                officer_rows(form, index, &force, &mut record);
                form.add_space(8.0);
                if records {
                    record_fields(form, index, &force, draft.as_deref(), &mut record);
                } else {
                    form.weak(
                        "The paper is for information (Front sheet: Who decides), so no \
                         decision record follows it.",
                    );
                }
            });
        });
        if record != before {
            *case.sign_off.decision_record_mut(&force) = record;
        }
    }
}

/// A row for each of one body's statutory officers: who they are and what they look at, then
/// their name and post, the date and their comments.
fn officer_rows(form: &mut Form<'_>, index: usize, force: &str, record: &mut DecisionRecord) {
    let table = Table::new(("sign_off_officers", index))
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
            } = record.comments.entry(officer).or_default();
            let title = officer.label();
            let named = format!("{force}: {title}");
            let anchor = |field| Anchor::OfficerComment(index, officer, field);
            body.row(|row| {
                row.cell(|form| {
                    form.add(egui::Label::new(RichText::new(title).strong()).wrap());
                    form.add(egui::Label::new(RichText::new(officer.concerns()).weak()).wrap());
                });
                row.cell(|form| {
                    form.text_cell(
                        &format!("{named}: name and post"),
                        name,
                        anchor(CommentField::Name),
                    );
                });
                row.cell(|form| {
                    form.date_cell(
                        ("officer_date", index, officer),
                        &format!("{named}: date"),
                        date,
                        anchor(CommentField::Date),
                    );
                });
                row.cell(|form| {
                    form.field(anchor(CommentField::Comment), |ui| {
                        ui.add(
                            TextEdit::multiline(comment)
                                .id_salt(("officer comments", index, officer))
                                .desired_width(f32::INFINITY)
                                .desired_rows(3)
                                .hint_text("What the officer says about the paper"),
                        )
                        .accessible_name(format!("{named}: comments"))
                    });
                });
            });
        }
    });
}

/// One body's decision record: its reference and wording (with a button that drafts the
/// wording from the case while it is empty), the reasons, the equality and human rights
/// considerations and the interests declared.
fn record_fields(
    form: &mut Form<'_>,
    index: usize,
    force: &str,
    draft: Option<&str>,
    record: &mut DecisionRecord,
) {
    let DecisionRecord {
        force: _,    // the card's title
        comments: _, // the officers' advice, above
        reference,
        wording,
        reasons,
        equality_and_human_rights,
        interests_declared,
    } = record;
    let anchor = |field| Anchor::DecisionRecord(index, field);
    form.horizontal(|form| {
        form.label("Decision record reference");
        form.sized(TEXT_MIN_WIDTH, |form| {
            form.text_cell(
                &format!("{force} decision record reference"),
                reference,
                anchor(RecordField::Reference),
            );
        });
    });
    let areas = [
        (
            RecordField::Wording,
            "Decision",
            "wording",
            "What the published decision record will say was decided",
            &mut *wording,
        ),
        (
            RecordField::Reasons,
            "Reasons",
            "reasons",
            "Why the policing body decides as it does",
            &mut *reasons,
        ),
        (
            RecordField::EqualityAndHumanRights,
            "Equality and human rights considerations",
            "equality and human rights considerations",
            "What the decision maker had regard to before deciding (Equality Act 2010, s149; Human Rights Act 1998, s6)",
            &mut *equality_and_human_rights,
        ),
        (
            RecordField::InterestsDeclared,
            "Interests declared",
            "interests declared",
            "Any interest the decision maker declared, or \"None\"",
            &mut *interests_declared,
        ),
    ];
    for (field, visible, named, hint, value) in areas {
        form.field(anchor(field), |ui| {
            ui.vertical(|ui| {
                ui.label(visible);
                ui.add(
                    TextEdit::multiline(value)
                        .id_salt(("decision record", index, named))
                        .desired_width(f32::INFINITY)
                        .desired_rows(if field == RecordField::InterestsDeclared {
                            1
                        } else {
                            3
                        })
                        .hint_text(hint),
                )
                .accessible_name(format!("{force} decision record {named}"))
            })
            .inner
        });
        if field == RecordField::Wording
            && value.trim().is_empty()
            && let Some(draft) = draft
            && form
                .button("Draft the wording")
                .accessible_name(format!("Draft the decision record wording for {force}"))
                .clicked()
        {
            draft.clone_into(value);
        }
    }
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
