//! Layout rules of the committee paper, checked on the page model.

mod fixtures;

use casewright::case::Case;
use casewright::case::front_sheet::DocumentStatus;
use casewright::fonts::Face;
use casewright::palette;
use casewright::report;
use casewright::report::document::{
    Block, Column, Document, HeadingLevel, Metadata, ParagraphStyle, Table,
};
use casewright::report::layout::lay_out;
use casewright::report::page::{ContentBox, Item, PAGE_HEIGHT, PAGE_WIDTH, Pages, Region, TextRun};

fn document(blocks: Vec<Block>) -> Document {
    Document {
        marking: "OFFICIAL-SENSITIVE".into(),
        footer_title: "Layout test".into(),
        version: "1.0".into(),
        draft: false,
        metadata: Metadata::default(),
        blocks,
        provenance: Default::default(),
    }
}

fn body_runs(pages: &Pages, page: usize) -> Vec<&TextRun> {
    pages.pages[page]
        .text_runs()
        .filter(|run| run.region == Region::Body)
        .collect()
}

fn is_heading(run: &TextRun) -> bool {
    run.color == palette::HEADING && run.face == Face::Bold && run.size >= 13.0
}

/// Every body run lies inside the content box; margin runs inside the page.
fn assert_inside_boxes(pages: &Pages) {
    let area = ContentBox::A4;
    for (index, page) in pages.pages.iter().enumerate() {
        for run in page.text_runs() {
            let top = run.baseline - 0.905 * run.size;
            let bottom = run.baseline + 0.212 * run.size;
            match run.region {
                Region::Body => {
                    assert!(
                        run.x >= area.left - 0.01,
                        "page {}: {:?} starts left of the box",
                        index + 1,
                        run.text
                    );
                    assert!(
                        run.x + run.width <= area.right + 0.01,
                        "page {}: {:?} runs past the right edge",
                        index + 1,
                        run.text
                    );
                    assert!(
                        top >= area.top - 0.01,
                        "page {}: {:?} above the box",
                        index + 1,
                        run.text
                    );
                    assert!(
                        bottom <= area.bottom + 0.01,
                        "page {}: {:?} below the box",
                        index + 1,
                        run.text
                    );
                }
                Region::Margin => {
                    assert!(
                        run.x >= 0.0 && run.x + run.width <= PAGE_WIDTH,
                        "{:?}",
                        run.text
                    );
                    assert!(top >= 0.0 && bottom <= PAGE_HEIGHT, "{:?}", run.text);
                }
                Region::Watermark => {}
            }
        }
    }
}

/// No page ends with a heading: below every heading on a page there is other body text.
fn assert_no_heading_at_foot(pages: &Pages) {
    for (index, _) in pages.pages.iter().enumerate() {
        let runs = body_runs(pages, index);
        let Some(last) = runs.iter().max_by(|a, b| a.baseline.total_cmp(&b.baseline)) else {
            continue;
        };
        assert!(
            !is_heading(last),
            "page {} ends with the heading {:?}",
            index + 1,
            last.text
        );
    }
}

#[test]
fn table_header_repeats_after_a_page_break() {
    let rows = (1..=120)
        .map(|i| vec![format!("Row {i}"), format!("Value {i}")])
        .collect();
    let pages = lay_out(&document(vec![
        Block::Heading {
            level: HeadingLevel::Section,
            text: "1. Register".into(),
        },
        Block::Table(Table::new(
            vec![Column::text("Reference", 1.0), Column::text("Detail", 3.0)],
            rows,
        )),
    ]));
    assert!(pages.pages.len() >= 3, "120 rows should take several pages");
    for index in 0..pages.pages.len() {
        let runs = body_runs(&pages, index);
        let first_row = runs
            .iter()
            .filter(|r| r.text.starts_with("Row "))
            .map(|r| r.baseline)
            .fold(f32::MAX, f32::min);
        let header = runs
            .iter()
            .find(|r| r.text == "Reference")
            .unwrap_or_else(|| panic!("page {} has no header row", index + 1));
        assert_eq!(header.face, Face::Bold);
        assert!(
            header.baseline < first_row,
            "page {}: header below the first row",
            index + 1
        );
    }
    // Every row appears exactly once.
    let all: Vec<String> = (0..pages.pages.len())
        .flat_map(|i| body_runs(&pages, i))
        .map(|r| r.text.clone())
        .collect();
    for i in 1..=120 {
        assert_eq!(
            all.iter().filter(|t| **t == format!("Row {i}")).count(),
            1,
            "Row {i}"
        );
    }
}

#[test]
fn a_heading_is_never_alone_at_the_foot_of_a_page() {
    // Fill most of a page, then a heading: it must move to the next page with its text.
    let filler = "Word ".repeat(700);
    let mut blocks = vec![Block::Paragraph {
        style: ParagraphStyle::Body,
        text: filler,
    }];
    for i in 0..30 {
        blocks.push(Block::Heading {
            level: HeadingLevel::Section,
            text: format!("{}. Section", i + 1),
        });
        blocks.push(Block::Heading {
            level: HeadingLevel::Subsection,
            text: "Sub".into(),
        });
        blocks.push(Block::Paragraph {
            style: ParagraphStyle::Body,
            text: "Short paragraph. ".repeat(i * 3 + 1),
        });
    }
    let pages = lay_out(&document(blocks));
    assert_no_heading_at_foot(&pages);
    assert_no_heading_at_foot(&report::pages(&fixtures::realistic_case()));
    assert_no_heading_at_foot(&report::pages(&fixtures::large_case()));
}

#[test]
fn long_unbreakable_words_wrap_inside_their_box() {
    let word = "Gwasanaethhyfforddiantarfautanioncyfun".repeat(12);
    let pages = lay_out(&document(vec![
        Block::Paragraph {
            style: ParagraphStyle::Body,
            text: format!("Before {word} after"),
        },
        Block::Table(Table::new(
            vec![
                Column::text("Narrow", 0.5),
                Column::text("Wide", 3.0),
                Column::figure("Figure", 0.6),
            ],
            vec![vec![word.clone(), word.clone(), word.clone()]],
        )),
        Block::Bullets(vec![word.clone()]),
    ]));
    assert_inside_boxes(&pages);
    let text: String = pages.body_text().split_whitespace().collect();
    assert_eq!(
        text.matches(&word).count(),
        5,
        "every copy of the word survives whole"
    );
}

#[test]
fn every_text_run_is_inside_the_content_box() {
    assert_inside_boxes(&report::pages(&fixtures::realistic_case()));
    assert_inside_boxes(&report::pages(&fixtures::large_case()));
    assert_inside_boxes(&report::pages(&Case::default()));
}

#[test]
fn a_row_taller_than_a_page_splits_between_lines() {
    let long = "This cell has a great deal to say. ".repeat(400);
    let pages = lay_out(&document(vec![Block::Table(Table::new(
        vec![Column::text("Item", 1.0), Column::text("Text", 3.0)],
        vec![vec!["Only".into(), long.clone()]],
    ))]));
    assert!(pages.pages.len() >= 3);
    assert_inside_boxes(&pages);
    for index in 0..pages.pages.len() {
        assert!(
            body_runs(&pages, index).iter().any(|r| r.text == "Item"),
            "header on page {}",
            index + 1
        );
    }
    let text: String = pages.body_text().split_whitespace().collect();
    let expected: String = long.split_whitespace().collect();
    assert!(text.contains(&expected));
}

#[test]
fn every_page_has_the_marking_twice_and_its_page_number() {
    let pages = report::pages(&fixtures::realistic_case());
    let total = pages.pages.len();
    for (index, page) in pages.pages.iter().enumerate() {
        let texts: Vec<&str> = page.text_runs().map(|r| r.text.as_str()).collect();
        let markings = page
            .text_runs()
            .filter(|r| r.region == Region::Margin && r.text == "OFFICIAL")
            .count();
        assert_eq!(markings, 2, "page {}", index + 1);
        assert!(texts.contains(&format!("Page {} of {total}", index + 1).as_str()));
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Joint Firearms Training Unit · Version 0.4"))
        );
        assert!(texts.contains(&"DRAFT"), "a draft carries the mark");
    }
    let mut final_case = fixtures::realistic_case();
    final_case.front_sheet.status = DocumentStatus::Final;
    let pages = report::pages(&final_case);
    assert!(
        pages
            .pages
            .iter()
            .all(|p| p.text_runs().all(|r| r.text != "DRAFT"))
    );
}

#[test]
fn contents_entries_link_to_the_pages_they_name() {
    let pages = report::pages(&fixtures::large_case());
    let contents_page = &pages.pages[1];
    let links: Vec<usize> = contents_page
        .items
        .iter()
        .filter_map(|drawn| match &drawn.item {
            Item::Link(link) => Some(link.target_page),
            _ => None,
        })
        .collect();
    assert_eq!(links.len(), pages.bookmarks.len());
    let sections = report::compose::compose(&fixtures::large_case())
        .section_headings()
        .count();
    assert_eq!(pages.bookmarks.len(), sections);
    assert!(sections >= 18, "{sections} sections");
    for (link, bookmark) in links.iter().zip(&pages.bookmarks) {
        assert_eq!(*link, bookmark.page);
        // The section heading really is on that page.
        assert!(
            pages.pages[bookmark.page]
                .text_runs()
                .any(|r| r.text == bookmark.title),
            "{}",
            bookmark.title
        );
        // And the contents print that page number.
        let number = (bookmark.page + 1).to_string();
        assert!(
            contents_page.text_runs().any(|r| r.text == number),
            "page number {number}"
        );
    }
    let titles: Vec<&str> = pages.bookmarks.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(titles[0], "1. Purpose and summary");
    assert_eq!(titles[4], "5. Economic case");
    assert_eq!(titles.last().copied(), Some("Appendix A. Revision history"));
    assert!(pages.bookmarks.windows(2).all(|w| w[0].page <= w[1].page));
}

/// Eight options of thirty lines each print as about twenty pages of economic case on top of
/// the rest, the financial case adds the contingency and each force's affordability, and the
/// legal implications their few pages, so the benchmark case is about sixty pages.
#[test]
fn the_benchmark_case_is_about_sixty_pages() {
    let pages = report::pages(&fixtures::large_case()).pages.len();
    assert!((55..=66).contains(&pages), "{pages} pages");
}

/// The layout thread lays the paper out again after each edit from what the last layout
/// measured ([`report::pages_remembering`]); the paper must be the very one a fresh layout
/// gives, whatever the edit: text in a paragraph, a cell of a table, a row removed from the
/// register, a block added or taken away.
#[test]
fn the_paper_laid_out_again_from_memory_is_the_paper_laid_out_afresh() {
    let mut case = fixtures::crowded_case();
    let mut memo = report::layout::Memo::default();
    let mut check = |case: &Case, what: &str| {
        assert!(
            report::pages_remembering(case, &mut memo) == report::pages(case),
            "after {what}, the paper laid out from memory differs"
        );
    };
    check(&case, "the first layout");
    case.front_sheet.summary.push_str(" And one more sentence.");
    check(&case, "a sentence added to the summary");
    case.risks.risks[3].title.push_str(" (revised)");
    check(&case, "a risk renamed");
    case.risks.risks.remove(10);
    check(&case, "a risk removed");
    case.partners.forces[1].name.push_str(" Police");
    check(&case, "a force renamed, which many tables print");
    case.front_sheet.summary.clear();
    check(&case, "the summary emptied");
    case.front_sheet.summary = "Back again, in two paragraphs.\n\nThe second.".into();
    check(&case, "the summary back, in two paragraphs");
}
