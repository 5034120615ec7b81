//! Background papers and the author's contact details: what the paper rests on, by title, and
//! whom to ask about it.

use crate::case::sign_off::BackgroundPaper;
use crate::case::validate::FrontSheetField;
use crate::case::{Anchor, Case};
use crate::report::document::Column;

use super::{Paper, cell};

pub(super) fn compose(case: &Case, paper: &mut Paper) {
    paper.section("Background papers and contact");
    let papers = &case.sign_off.background_papers;
    if papers.is_empty() {
        paper.paragraph("Background papers: none.");
    } else {
        paper.field(Anchor::BackgroundPapers).table(
            vec![
                Column::text("Background paper", 3.0),
                Column::text("Where to find it", 2.0),
            ],
            papers
                .iter()
                .map(|background| {
                    let BackgroundPaper { title, source } = background;
                    vec![cell(title), cell(source)]
                })
                .collect(),
        );
        paper.items_from((0..papers.len()).map(|i| Some(Anchor::BackgroundPaper(i))));
    }
    let sheet = &case.front_sheet;
    paper.subsection("Contact");
    paper.key_values(vec![
        ("Report author", cell(&sheet.author)),
        ("Telephone", cell(&sheet.author_phone)),
        ("Email", cell(&sheet.author_email)),
    ]);
    paper.items_from(
        [
            FrontSheetField::Author,
            FrontSheetField::AuthorPhone,
            FrontSheetField::AuthorEmail,
        ]
        .map(|field| Some(Anchor::FrontSheet(field))),
    );
}
