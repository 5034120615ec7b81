//! Case → document: what the committee paper says, section by section.
//!
//! The order is the committee's front matter (front sheet, contents, purpose, recommendations),
//! then HM Treasury's Five Case Model (strategic, economic, commercial, financial and
//! management cases), then the implications a committee report sets out (legal, the statutory
//! officers' financial and legal comments, equality, workforce, data protection, estates and
//! ICT, risk), the decision records, background papers and appendices. Where the case is
//! silent the paper says so in a grey note rather than leaving a gap, so a reader of a draft
//! can see what is missing; a strategic outline case says instead that the part is not yet
//! known, as it may.

use chrono::NaiveDate;

use crate::case::front_sheet::DocumentStatus;
use crate::case::{Anchor, Case};

use super::document::{
    self, Block, Cell, Chart, Column, Document, Figure, HeadingLevel, KeyValues, Metadata,
    ParagraphStyle, Provenance, Table,
};

mod appendices;
mod background;
mod case_for_change;
mod commercial;
mod data_protection;
mod decision;
mod equality;
mod estates_ict;
mod finance;
mod front_sheet;
mod governance;
mod legal;
mod management;
mod options;
mod recommendations;
mod risks;
mod statutory_officers;
mod summary;
mod workforce;

/// What an empty field prints as.
pub const NOT_PROVIDED: &str = "Not yet provided.";

/// What an empty part of a strategic outline case prints as: it may leave out what is not
/// yet known, and says so.
pub const NOT_YET_KNOWN: &str =
    "Not yet known at the strategic outline stage: the outline business case will set this out.";

/// Builds the whole paper for a case.
pub fn compose(case: &Case) -> Document {
    // Every live figure in the text printed as its value now (or as a visible stand-in),
    // before any section reads the text.
    let rendered = crate::case::figures::render_case(case);
    let case = &rendered;
    // Every part of the case, so a new one does not compile until the paper prints it or
    // says here why not; beside each, the section module that prints it.
    let Case {
        format_version: _,  // the save file's concern, not the paper's
        front_sheet: front, // `front_sheet` and `summary`; the margins and metadata below
        partners: _,        // `case_for_change` (the partners) and `finance` (their positions)
        strategy: _,        // `case_for_change`
        options: _,         // `options`, and `governance` (direction and control)
        finance: _,         // `finance`: the economic and the financial case
        commercial: _,      // `commercial`
        risks: _,           // `risks`
        equality: _,        // `equality`
        workforce: _,       // `workforce`
        data_protection: _, // `data_protection`
        estates_ict: _,     // `estates_ict`
        governance: _,      // `governance`, and `legal` (the key terms)
        legal: _,           // `legal`
        management: _,      // `management`
        implementation: _,  // `management` (the programme board, leads and milestones)
        recommendations: _, // `recommendations`
        revisions: _,       // `appendices`
        sign_off: _,        // `statutory_officers`, `decision`, `background`, `appendices`
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
        provenance: paper.provenance,
    }
}

/// The body of the paper after the front sheet and contents, in the order a committee paper
/// on the Five Case Model runs: one entry per section, each composed by its own module.
const SECTIONS: [fn(&Case, &mut Paper); 19] = [
    // The committee's front matter.
    summary::compose,
    recommendations::compose,
    // The Five Case Model.
    case_for_change::compose,
    options::compose,
    finance::economic,
    commercial::compose,
    finance::financial,
    management::compose,
    // The implications.
    legal::compose,
    governance::compose,
    statutory_officers::compose,
    equality::compose,
    workforce::compose,
    data_protection::compose,
    estates_ict::compose,
    risks::compose,
    // The decision, and what the paper rests on.
    decision::compose,
    background::compose,
    appendices::compose,
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

/// The document under construction, with the section counter and where each block came
/// from.
#[derive(Default)]
pub(super) struct Paper {
    blocks: Vec<Block>,
    sections: usize,
    figures: usize,
    provenance: Provenance,
    /// The field the blocks being pushed come from (see [`Paper::field`]).
    source: Option<Anchor>,
}

/// The paper while blocks from one field of the case are pushed: every block pushed through
/// it names `anchor` as its source; dropped, the paper goes back to the source it had.
pub(super) struct Field<'p> {
    paper: &'p mut Paper,
    outer: Option<Anchor>,
}

impl std::ops::Deref for Field<'_> {
    type Target = Paper;

    fn deref(&self) -> &Paper {
        self.paper
    }
}

impl std::ops::DerefMut for Field<'_> {
    fn deref_mut(&mut self) -> &mut Paper {
        self.paper
    }
}

impl Drop for Field<'_> {
    fn drop(&mut self) {
        self.paper.source = self.outer;
    }
}

impl Paper {
    pub(super) fn push(&mut self, block: Block) {
        if let Some(anchor) = self.source {
            self.provenance.set(self.blocks.len(), None, anchor);
        }
        self.blocks.push(block);
    }

    /// The paper, for pushing what `anchor`'s field prints: `paper.field(anchor).text_or_note(..)`.
    pub(super) fn field(&mut self, anchor: Anchor) -> Field<'_> {
        let outer = self.source.replace(anchor);
        Field { paper: self, outer }
    }

    /// Names the field each item of the block just pushed came from (a list's items, a
    /// table's rows, a key–value list's pairs), in order; `None` for an item from no one
    /// field, which keeps the block's own source.
    pub(super) fn items_from(&mut self, anchors: impl IntoIterator<Item = Option<Anchor>>) {
        let Some(block) = self.blocks.len().checked_sub(1) else {
            return;
        };
        for (item, anchor) in anchors.into_iter().enumerate() {
            if let Some(anchor) = anchor {
                self.provenance.set(block, Some(item), anchor);
            }
        }
    }

    /// Names the field each cell of the table just pushed came from, row by row and column by
    /// column; `None` for a cell that keeps its row's source (see [`Paper::items_from`]).
    pub(super) fn cells_from(&mut self, rows: impl IntoIterator<Item = Vec<Option<Anchor>>>) {
        let Some(block) = self.blocks.len().checked_sub(1) else {
            return;
        };
        for (row, anchors) in rows.into_iter().enumerate() {
            for (column, anchor) in anchors.into_iter().enumerate() {
                if let Some(anchor) = anchor {
                    self.provenance.set_cell(block, row, column, anchor);
                }
            }
        }
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
        self.text_or(text, NOT_PROVIDED);
    }

    /// The user's text, or the note for a part the case has not reached: "not yet known" in a
    /// strategic outline case, "not yet provided" otherwise.
    pub(super) fn text_or_gap(&mut self, case: &Case, text: &str) {
        self.text_or(text, gap(case));
    }

    /// The user's text, one paragraph a line, or `missing` as a note.
    fn text_or(&mut self, text: &str, missing: &str) {
        if text.trim().is_empty() {
            self.note(missing);
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

    /// A table of `rows` (each a row of cells, or of plain strings).
    pub(super) fn table<R, C>(&mut self, columns: Vec<Column>, rows: Vec<R>)
    where
        R: IntoIterator<Item = C>,
        C: Into<Cell>,
    {
        self.push(Block::Table(Table::new(columns, rows)));
    }

    /// A table of `rows`, or `empty` as a note when there are none, so an unfinished part of
    /// the case prints as a visible gap rather than an empty grid.
    pub(super) fn table_or_note<R, C>(&mut self, columns: Vec<Column>, rows: Vec<R>, empty: &str)
    where
        R: IntoIterator<Item = C>,
        C: Into<Cell>,
    {
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

/// What a missing part of the case prints as at the case's stage.
pub(super) fn gap(case: &Case) -> &'static str {
    if case.front_sheet.stage.expects_every_part() {
        NOT_PROVIDED
    } else {
        NOT_YET_KNOWN
    }
}

/// The cell text for a field a strategic outline case may not know yet.
pub(super) fn cell_or_gap(case: &Case, text: &str) -> String {
    if text.trim().is_empty() && !case.front_sheet.stage.expects_every_part() {
        "Not yet known".to_owned()
    } else {
        cell(text)
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

/// A date as a committee writes it: "4 March 2026", or "Not set".
pub fn long_date(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| document::NOT_SET.to_owned(), document::long_date)
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
        assert_eq!(sections[2], "3. Strategic case");
        assert_eq!(sections[4], "5. Economic case");
        assert_eq!(sections[6], "7. Financial case");
        assert_eq!(
            sections.last().copied(),
            Some("Appendix A. Revision history")
        );
        assert!(document.draft);
    }

    /// The paper's body as text: every heading, paragraph and cell, in order.
    fn text_of(document: &Document) -> String {
        let mut text = String::new();
        for block in &document.blocks {
            match block {
                Block::Heading { text: t, .. } | Block::Paragraph { text: t, .. } => {
                    text.push_str(t);
                }
                Block::Table(table) => {
                    for row in &table.rows {
                        let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
                        text.push_str(&cells.join(" | "));
                        text.push('\n');
                    }
                }
                Block::KeyValues(pairs) => {
                    for (key, value) in &pairs.pairs {
                        text.push_str(&format!("{key}: {value}\n"));
                    }
                }
                _ => {}
            }
            text.push('\n');
        }
        text
    }

    #[test]
    fn the_front_matter_then_the_five_cases_then_the_implications() {
        let mut case = crate::fixtures::complete_case();
        case.sign_off.appendices = vec![crate::case::sign_off::UserAppendix {
            title: "Service specification".into(),
            text: "Initial and refresher training.".into(),
            ..Default::default()
        }];
        let document = compose(&case);
        let sections: Vec<&str> = document
            .section_headings()
            .map(|heading| heading.split_once(". ").map_or(heading, |(_, title)| title))
            .collect();
        assert_eq!(
            sections,
            [
                "Purpose and summary",
                "Recommendations",
                "Strategic case",
                "Options appraisal",
                "Economic case",
                "Commercial case",
                "Financial case",
                "Management case",
                "Legal implications",
                "Governance",
                "Statutory officers' comments",
                "Equality implications",
                "Workforce implications",
                "Data protection implications",
                "Estates and ICT implications",
                "Risk implications",
                "Decision records",
                "Background papers and contact",
                "Revision history",
                "Service specification",
            ]
        );
        let headings: Vec<&str> = document.section_headings().collect();
        assert_eq!(headings[18], "Appendix A. Revision history");
        assert_eq!(headings[19], "Appendix B. Service specification");
        let text = text_of(&document);
        assert!(
            text.contains("The board is asked to:"),
            "who decides leads the recommendations"
        );
        assert!(text.contains("Police officers are office holders, not employees"));
        assert!(text.contains("Joint controller\n(Article 26 of the UK GDPR)"));
        assert!(
            text.contains("Finance: Second range closed"),
            "the benefit's link prints"
        );
        assert!(!text.contains(NOT_YET_KNOWN));
    }

    #[test]
    fn a_strategic_outline_case_says_what_is_not_yet_known() {
        let mut case = Case::default();
        case.normalise();
        let text = text_of(&compose(&case));
        assert!(text.contains(NOT_YET_KNOWN), "{text}");
        case.front_sheet.stage = crate::case::front_sheet::BusinessCaseStage::Outline;
        let text = text_of(&compose(&case));
        assert!(
            !text.contains(NOT_YET_KNOWN),
            "an outline case says what is missing instead"
        );
    }

    #[test]
    fn a_private_item_says_so_and_why_on_the_front_sheet() {
        let mut case = crate::fixtures::complete_case();
        case.front_sheet.agenda_part = crate::case::front_sheet::AgendaPart::Part2;
        case.front_sheet.private_reason = "Commercial terms under negotiation.".into();
        let text = text_of(&compose(&case));
        assert!(
            text.contains("Agenda part: Part 2 (private). Commercial terms under negotiation."),
            "{text}"
        );
        case.front_sheet.exempt = crate::case::front_sheet::ExemptInformation::CommercialInterests;
        let text = text_of(&compose(&case));
        assert!(
            text.contains("Agenda part: Part 2 (private), exempt information: Commercial interests (FOIA s43). Commercial terms under negotiation."),
            "{text}"
        );
        assert!(
            text.contains("01234 567890\nj.smith@north.police.uk"),
            "the author's contact"
        );
    }
}
