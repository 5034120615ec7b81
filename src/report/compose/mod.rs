//! Case → document: what the committee paper says, section by section.
//!
//! The order follows the committee report convention (front sheet, contents, purpose,
//! recommendations, background, options, economic and financial, risk, equality, governance and legal,
//! implementation, appendices). Where the case is silent the paper says so in a grey note
//! rather than leaving a gap, so a reader of a draft can see what is missing.

use chrono::NaiveDate;

use crate::case::Case;
use crate::case::front_sheet::DocumentStatus;

use super::document::{
    Block, Chart, Column, Document, Figure, HeadingLevel, KeyValues, Metadata, ParagraphStyle,
    Table,
};

mod case_for_change;
mod equality;
mod finance;
mod front_sheet;
mod governance;
mod implementation;
mod options;
mod recommendations;
mod revisions;
mod risks;
mod summary;

/// What an empty field prints as.
pub const NOT_PROVIDED: &str = "Not yet provided.";

/// Builds the whole paper for a case.
pub fn compose(case: &Case) -> Document {
    // Every part of the case, so a new one does not compile until the paper prints it or
    // says here why not; beside each, the section module that prints it.
    let Case {
        format_version: _,  // the save file's concern, not the paper's
        front_sheet: front, // `front_sheet` and `summary`; the margins and metadata below
        partners: _,        // `case_for_change` (the partners) and `finance` (their positions)
        strategy: _,        // `case_for_change`
        options: _,         // `options`, and `governance` (direction and control)
        finance: _,         // `finance`: the economic and the financial case
        risks: _,           // `risks`
        equality: _,        // `equality`
        governance: _,      // `governance`
        implementation: _,  // `implementation`
        recommendations: _, // `recommendations`
        revisions: _,       // `revisions`
    } = case;
    let mut paper = Paper::default();
    front_sheet::compose(case, &mut paper);
    paper.push(Block::PageBreak);
    paper.heading(HeadingLevel::Title, "Contents");
    paper.push(Block::Contents);
    paper.push(Block::PageBreak);
    for section in SECTIONS {
        section(case, &mut paper);
    }
    Document {
        marking: front.marking.label().to_owned(),
        footer_title: non_empty(front.footer_title(), case.display_title()).to_owned(),
        version: front.version.clone(),
        draft: front.status == DocumentStatus::Draft,
        metadata: metadata(case),
        blocks: paper.blocks,
    }
}

/// The body of the paper after the front sheet and contents, in the order a committee report
/// runs: one entry per section, each composed by its own module.
const SECTIONS: [fn(&Case, &mut Paper); 11] = [
    summary::compose,
    recommendations::compose,
    case_for_change::compose,
    options::compose,
    finance::economic,
    finance::financial,
    risks::compose,
    equality::compose,
    governance::compose,
    implementation::compose,
    revisions::compose,
];

fn metadata(case: &Case) -> Metadata {
    let front = &case.front_sheet;
    let committee = non_empty(&front.committee, "the committee");
    let mut keywords = vec![
        "police collaboration".to_owned(),
        "business case".to_owned(),
    ];
    keywords.extend(non_blank(&case.strategy.scope.function_area));
    keywords.extend(
        case.partners
            .forces
            .iter()
            .filter_map(|f| non_blank(&f.name)),
    );
    keywords.extend(case.options.preferred().map(|kind| kind.label().to_owned()));
    Metadata {
        title: case.display_title().to_owned(),
        author: front.author.trim().to_owned(),
        subject: format!("{} for {committee}", front.stage.label()),
        keywords,
        creator: "Casewright".to_owned(),
        date: front.report_date,
    }
}

/// The document under construction, with the section counter.
#[derive(Default)]
pub(super) struct Paper {
    blocks: Vec<Block>,
    sections: usize,
    figures: usize,
}

impl Paper {
    pub(super) fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    pub(super) fn heading(&mut self, level: HeadingLevel, text: &str) {
        self.push(Block::Heading {
            level,
            text: text.to_owned(),
        });
    }

    /// Starts a numbered section and returns its number, for numbering what is inside it.
    pub(super) fn section(&mut self, title: &str) -> usize {
        self.sections += 1;
        let number = self.sections;
        self.heading(HeadingLevel::Section, &format!("{number}. {title}"));
        number
    }

    pub(super) fn subsection(&mut self, title: &str) {
        self.heading(HeadingLevel::Subsection, title);
    }

    pub(super) fn paragraph(&mut self, text: impl Into<String>) {
        self.push(Block::Paragraph {
            style: ParagraphStyle::Body,
            text: text.into(),
        });
    }

    /// The user's text, or a note that it is missing.
    pub(super) fn text_or_note(&mut self, text: &str) {
        if text.trim().is_empty() {
            self.note(NOT_PROVIDED);
            return;
        }
        // Each line the user typed is a paragraph of its own, with space between.
        for paragraph in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            self.paragraph(paragraph);
        }
    }

    pub(super) fn note(&mut self, text: &str) {
        self.push(Block::Paragraph {
            style: ParagraphStyle::Note,
            text: text.to_owned(),
        });
    }

    pub(super) fn table(&mut self, columns: Vec<Column>, rows: Vec<Vec<String>>) {
        self.push(Block::Table(Table {
            columns,
            rows,
            total_row: false,
        }));
    }

    /// A table of `rows`, or `empty` as a note when there are none, so an unfinished part of
    /// the case prints as a visible gap rather than an empty grid.
    pub(super) fn table_or_note(
        &mut self,
        columns: Vec<Column>,
        rows: Vec<Vec<String>>,
        empty: &str,
    ) {
        if rows.is_empty() {
            self.note(empty);
        } else {
            self.table(columns, rows);
        }
    }

    pub(super) fn key_values(&mut self, pairs: Vec<(&str, String)>) {
        self.push(Block::KeyValues(KeyValues {
            pairs: pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }));
    }

    pub(super) fn figure(&mut self, caption: &str, chart: Chart, description: Vec<String>) {
        self.figures += 1;
        self.push(Block::Figure(Figure {
            caption: format!("Figure {}: {caption}", self.figures),
            chart,
            description,
        }));
    }
}

pub(super) fn non_empty<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text.trim()
    }
}

pub(super) fn non_blank(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The cell text for a field the user may have left empty.
pub(super) fn cell(text: &str) -> String {
    non_empty(text, "—").to_owned()
}

/// A date as a committee writes it: "4 March 2026".
pub fn long_date(date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || "Not set".to_owned(),
        |d| d.format("%-d %B %Y").to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_case_composes_every_section() {
        let document = compose(&Case::default());
        let sections: Vec<&str> = document.section_headings().collect();
        assert_eq!(sections.len(), SECTIONS.len(), "{sections:?}");
        assert_eq!(sections[0], "1. Purpose and summary");
        assert_eq!(sections[4], "5. Economic case");
        assert_eq!(sections[5], "6. Financial case");
        assert_eq!(
            sections.last().copied(),
            Some("Appendix A. Revision history")
        );
        assert!(document.draft);
    }
}
