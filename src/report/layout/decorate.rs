//! What every page carries around its body: the protective marking at the top and bottom,
//! the footer with the title, version and "Page N of M", and the DRAFT mark across a draft.

use crate::fonts::Face;
use crate::palette;
use crate::report::document::Document;
use crate::report::page::{ContentBox, Item, PAGE_HEIGHT, PAGE_WIDTH, Page, Region, Rule, TextRun};
use crate::report::text;

use super::style::{self, SMALL_SIZE};

/// Adds the protective marking, footer, page number and DRAFT mark to a page.
pub(super) fn decorate(page: &mut Page, document: &Document, index: usize, total: usize) {
    let mut margin = Vec::new();
    let marking = document.marking.as_str();
    let size = 10.0;
    let centred = |text: &str, baseline: f32, face: Face, size: f32| {
        let width = text::width(face, size, text);
        Item::Text(TextRun {
            x: (PAGE_WIDTH - width) / 2.0,
            baseline,
            text: text.to_owned(),
            face,
            size,
            color: palette::TEXT,
            width,
            region: Region::Margin,
            group: u32::MAX,
            angle: 0.0,
        })
    };
    let area = ContentBox::A4;
    margin.push(centred(marking, 36.0, Face::Bold, size));
    margin.push(centred(marking, PAGE_HEIGHT - 24.0, Face::Bold, size));
    margin.push(Item::Rule(Rule {
        from: (area.left, 48.0),
        to: (area.right, 48.0),
        width: 0.5,
        color: style::RULE,
    }));
    let footer_y = PAGE_HEIGHT - 50.0;
    margin.push(Item::Rule(Rule {
        from: (area.left, footer_y - 14.0),
        to: (area.right, footer_y - 14.0),
        width: 0.5,
        color: style::RULE,
    }));
    let page_label = format!("Page {} of {}", index + 1, total);
    let page_width = text::width(Face::Regular, SMALL_SIZE, &page_label);
    let version = if document.version.trim().is_empty() {
        String::new()
    } else {
        format!(" · Version {}", document.version.trim())
    };
    let room = area.width() - page_width - 24.0;
    // Line breaks typed into the title become spaces; a title too long for one line takes
    // a second below it, and only past that is it shortened, with an ellipsis (validation
    // warns about a short title that long).
    let footer_title = document
        .footer_title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for (line, text) in footer_lines(&format!("{footer_title}{version}"), room)
        .into_iter()
        .enumerate()
    {
        let width = text::width(Face::Regular, SMALL_SIZE, &text);
        margin.push(footer_run(
            text,
            area.left,
            footer_y + line as f32 * FOOTER_LEADING,
            width,
        ));
    }
    margin.push(footer_run(
        page_label,
        area.right - page_width,
        footer_y,
        page_width,
    ));
    let mut items = Vec::with_capacity(page.items.len() + margin.len() + 1);
    if document.draft {
        items.push(draft_mark());
    }
    items.append(&mut page.items);
    items.append(&mut margin);
    page.items = items;
}

/// The distance between the footer's two lines: they sit between the rule above the footer
/// and the protective marking below it.
const FOOTER_LEADING: f32 = 11.0;

/// A line of the footer.
fn footer_run(text: String, x: f32, baseline: f32, width: f32) -> Item {
    Item::Text(TextRun {
        x,
        baseline,
        text,
        face: Face::Regular,
        size: SMALL_SIZE,
        color: palette::MUTED,
        width,
        region: Region::Margin,
        group: u32::MAX,
        angle: 0.0,
    })
}

/// The footer's title on at most two lines of `width`, the second shortened if need be.
fn footer_lines(text: &str, width: f32) -> Vec<String> {
    let mut lines = text::wrap(text, Face::Regular, SMALL_SIZE, width);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit_one_line(&rest, Face::Regular, SMALL_SIZE, width));
    }
    lines
}

/// Shortens a one-line text with an ellipsis so it fits `width`.
fn fit_one_line(text: &str, face: Face, size: f32, width: f32) -> String {
    if text::width(face, size, text) <= width {
        return text.to_owned();
    }
    let mut shortened: String = String::new();
    for c in text.chars() {
        shortened.push(c);
        if text::width(face, size, &shortened) + text::width(face, size, "…") > width {
            shortened.pop();
            break;
        }
    }
    format!("{}…", shortened.trim_end())
}

/// The light diagonal DRAFT mark, drawn first so the text sits on top of it.
fn draft_mark() -> Item {
    let size = 120.0;
    let label = "DRAFT";
    let width = text::width(Face::Bold, size, label);
    let angle: f32 = 45.0;
    let (sin, cos) = angle.to_radians().sin_cos();
    let (cx, cy) = (PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
    // Centre the word on the page: back half its width along the baseline, and down half
    // its cap height across it (y grows downwards on our pages).
    let half_cap = 0.35 * size;
    let x = cx - width / 2.0 * cos + half_cap * sin;
    let y = cy + width / 2.0 * sin + half_cap * cos;
    Item::Text(TextRun {
        x,
        baseline: y,
        text: label.to_owned(),
        face: Face::Bold,
        size,
        color: style::WATERMARK,
        width,
        region: Region::Watermark,
        group: u32::MAX,
        angle,
    })
}
