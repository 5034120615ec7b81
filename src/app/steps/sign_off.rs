//! The Sign-off and decision step: the statutory officers' comments with name and date, the
//! wording of each PCC's decision record (with a draft built from the case), the background
//! papers, and the appendices the user writes, lettered after the built-in ones.

use egui::RichText;

use super::{Page, WizardStep};
use crate::app::form::Form;
use crate::app::widgets;
use crate::case::recommend::draft_decision_record;
use crate::case::sign_off::{
    self, BackgroundPaper, BuiltInAppendix, DecisionRecord, OfficerComment, SignOff,
    StatutoryOfficer, UserAppendix,
};
use crate::case::validate::{AppendixField, CommentField};
use crate::case::{Anchor, Case, Step};

/// The Sign-off and decision step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct SignOffStep;

impl WizardStep for SignOffStep {
    fn step(&self) -> Step {
        Step::SignOff
    }

    fn ui(&mut self, form: &mut Form<'_>, page: Page<'_>) {
        let case = page.case;
        form.label(
            "What the paper needs before the decision. Once the paper is marked Final, each \
             statutory officer's comments, name and date and each PCC's decision record \
             wording are required.",
        );
        form.add_space(8.0);
        form.heading("Statutory officers' comments");
        for officer in StatutoryOfficer::ALL {
            let comment = case.sign_off.comments.entry(officer).or_default();
            form.push_id(("officer", officer), |form| {
                form.card(|form| {
                    officer_fields(form, officer, comment);
                });
            });
        }
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

fn officer_fields(form: &mut Form<'_>, officer: StatutoryOfficer, comment: &mut OfficerComment) {
    let OfficerComment {
        name,
        date,
        comment,
    } = comment;
    let title = officer.label();
    form.label(RichText::new(title).strong());
    form.weak(officer.concerns());
    form.text_field(
        &format!("{title}: name and post"),
        name,
        Anchor::OfficerComment(officer, CommentField::Name),
    );
    form.horizontal_wrapped(|form| {
        form.date_field(
            &format!("{title}: date"),
            date,
            Anchor::OfficerComment(officer, CommentField::Date),
        );
    });
    form.text_area(
        &format!("{title}: comments"),
        "What the officer says about the paper",
        comment,
        Anchor::OfficerComment(officer, CommentField::Comment),
    );
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
    for (index, force, title) in forces {
        let draft = draft_decision_record(case, index);
        let records = &mut case.sign_off.decision_records;
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
        form.push_id(("decision record", &force), |form| {
            form.card(|form| {
                let DecisionRecord {
                    force: _, // the card's title
                    reference,
                    wording,
                } = &mut record;
                form.label(RichText::new(&title).strong());
                form.text_field(
                    &format!("{force} decision record reference"),
                    reference,
                    None,
                );
                form.text_area(
                    &format!("{force} decision record wording"),
                    "What the PCC's published decision record will say was decided",
                    wording,
                    Anchor::DecisionRecord(index),
                );
                if wording.trim().is_empty()
                    && let Some(draft) = &draft
                    && form
                        .button("Draft the wording")
                        .accessible_name(format!("Draft the decision record wording for {force}"))
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
}

fn background_rows(form: &mut Form<'_>, papers: &mut Vec<BackgroundPaper>) {
    form.weak("The documents the paper relies on, by title, and where a reader can find each.");
    if papers.is_empty() {
        widgets::empty_state(form, "No background papers: the paper will say \"none\".");
    }
    let count = papers.len();
    let mut action = None;
    for (i, paper) in papers.iter_mut().enumerate() {
        let n = i + 1;
        let BackgroundPaper { title, source } = paper;
        form.push_id(("background", i), |form| {
            form.horizontal_wrapped(|form| {
                form.label(format!("{n}."));
                form.text_cell(
                    &format!("Background paper {n} title"),
                    title,
                    Anchor::BackgroundPaper(i),
                );
                form.text_cell(&format!("Background paper {n} source"), source, None);
                if let Some(a) =
                    widgets::row_buttons(form, &format!("background paper {n}"), i, count)
                {
                    action = Some(a);
                }
            });
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
    for (i, appendix) in appendices.iter_mut().enumerate() {
        let letter = sign_off::appendix_letter(BuiltInAppendix::ALL.len() + i);
        let UserAppendix { title, text } = appendix;
        form.push_id(("appendix", i), |form| {
            form.card(|form| {
                form.horizontal_wrapped(|form| {
                    form.label(RichText::new(format!("Appendix {letter}")).strong());
                    if let Some(a) =
                        widgets::row_buttons(form, &format!("appendix {letter}"), i, count)
                    {
                        action = Some(a);
                    }
                });
                form.text_field(
                    &format!("Appendix {letter} title"),
                    title,
                    Anchor::UserAppendix(i, AppendixField::Title),
                );
                form.text_area(
                    &format!("Appendix {letter} text"),
                    "Each line is a paragraph",
                    text,
                    Anchor::UserAppendix(i, AppendixField::Text),
                );
            });
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
