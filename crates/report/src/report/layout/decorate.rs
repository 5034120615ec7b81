//! What every page carries around its body: the protective marking at the top and bottom,
//! the footer with the title, version and "Page N of M", and the DRAFT mark across a draft.
//!
//! All of it is a running header or footer (artifacts a screen reader skips), except the
//! marking at the top of the first page, which is read once, before the title.

use crate::fonts::Face;
use crate::palette;
use crate::report::document::Document;
use crate::report::page::{
    Artifact, ContentBox, Drawn, Item, PAGE_HEIGHT, PAGE_WIDTH, Page, Region, Role, Rule, TextRun,
};
use crate::report::structure::NodeId;
use crate::report::text;

use super::style::{self, SMALL_SIZE};

/// Adds the protective marking, footer, page number and DRAFT mark to a page; the marking
/// at the top is read as `read_marking` where that is given, and is a header elsewhere.
pub(super) fn decorate(
    page: &mut Page,
    document: &Document,
    index: usize,
    total: usize,
    read_marking: Option<NodeId>,
) {
    let mut header = Vec::new();
    let mut footer = Vec::new();
    let marking = document.marking.as_str();
    let size = MARKING_SIZE;
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
    let header_role = Role::Artifact(Artifact::Header);
    let footer_role = Role::Artifact(Artifact::Footer);
    let drawn = |item: Item, role: Role| Drawn {
        item,
        role,
        source: None,
    };
    header.push(drawn(
        centred(marking, 36.0, Face::Bold, size),
        read_marking.map_or(header_role, Role::Content),
    ));
    header.push(drawn(
        Item::Rule(Rule {
            from: (area.left, 48.0),
            to: (area.right, 48.0),
            width: 0.5,
            color: style::RULE,
        }),
        header_role,
    ));
    footer.push(drawn(
        centred(marking, PAGE_HEIGHT - 24.0, Face::Bold, size),
        footer_role,
    ));
    let footer_y = PAGE_HEIGHT - 50.0;
    footer.push(drawn(
        Item::Rule(Rule {
            from: (area.left, footer_y - 14.0),
            to: (area.right, footer_y - 14.0),
            width: 0.5,
            color: style::RULE,
        }),
        footer_role,
    ));
    let page_label = page_label(index + 1, total);
    let page_width = text::width(Face::Regular, SMALL_SIZE, &page_label);
    let room = area.width() - page_width - 24.0;
    // A title too long for one line takes a second below it, and only past that is it
    // shortened, with an ellipsis (the paper's checks warn about a short title longer than
    // [`FOOTER_LIMIT`]).
    for (line, text) in footer_lines(&footer_text(document), room)
        .into_iter()
        .enumerate()
    {
        let width = text::width(Face::Regular, SMALL_SIZE, &text);
        let baseline = footer_y + line as f32 * FOOTER_LEADING;
        footer.push(drawn(
            footer_run(text, area.left, baseline, width),
            footer_role,
        ));
    }
    footer.push(drawn(
        footer_run(page_label, area.right - page_width, footer_y, page_width),
        footer_role,
    ));
    // Painted (and so extracted, by tools that read in painting order) as the page is read:
    // the DRAFT mark behind everything, then the header, the body and the footer.
    let mut items = Vec::with_capacity(page.items.len() + header.len() + footer.len() + 1);
    if document.draft {
        items.push(drawn(draft_mark(), Role::Artifact(Artifact::Watermark)));
    }
    items.append(&mut header);
    items.append(&mut page.items);
    items.append(&mut footer);
    page.items = items;
}

/// The protective marking's size in points, at the top and bottom of every page.
pub(crate) const MARKING_SIZE: f32 = 10.0;

/// The words around the page numbers in "Page N of M": before the page's number, and
/// between it and the number of pages. The PDF prints the numbers; a Word footer puts its
/// PAGE and NUMPAGES fields between these same words.
pub(crate) const PAGE_LABEL_WORDS: [&str; 2] = ["Page ", " of "];

/// "Page N of M".
fn page_label(page: usize, total: usize) -> String {
    let [before, between] = PAGE_LABEL_WORDS;
    format!("{before}{page}{between}{total}")
}

/// The footer's title and version on one line ("Joint firearms training · Version 2"): line
/// breaks typed into the title become spaces. The PDF wraps and shortens it to fit beside
/// the page number; Word wraps it.
pub(crate) fn footer_text(document: &Document) -> String {
    let version = if document.version.trim().is_empty() {
        String::new()
    } else {
        format!(" · Version {}", document.version.trim())
    };
    let footer_title = document
        .footer_title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!("{footer_title}{version}")
}

/// The word across a draft's pages.
pub(crate) const DRAFT_LABEL: &str = "DRAFT";
/// The DRAFT mark's size in points.
pub(crate) const DRAFT_SIZE: f32 = 120.0;
/// The DRAFT mark's angle, in degrees counter-clockwise from the baseline.
pub(crate) const DRAFT_ANGLE: f32 = 45.0;

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

/// The longest short title the page footers always print in full (on two lines at most,
/// with the version beside it); past it the paper's checks warn that the footer may shorten
/// it with "…" (see `report::checks`).
pub const FOOTER_LIMIT: usize = 60;

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
    let size = DRAFT_SIZE;
    let label = DRAFT_LABEL;
    let width = text::width(Face::Bold, size, label);
    let angle: f32 = DRAFT_ANGLE;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The footer's room beside the widest page label a long paper has.
    fn room() -> f32 {
        ContentBox::A4.width() - text::width(Face::Regular, SMALL_SIZE, "Page 100 of 100") - 24.0
    }

    #[test]
    fn a_short_title_within_the_limit_prints_in_full_on_two_lines_at_most() {
        let words =
            "Cumbria, Lancashire and Merseyside joint firearms training and accreditation unit";
        let title: String = words.chars().take(FOOTER_LIMIT).collect();
        assert_eq!(title.chars().count(), FOOTER_LIMIT);
        let lines = footer_lines(&format!("{} · Version 10.2", title.trim()), room());
        assert!(lines.len() <= 2, "{lines:?}");
        assert!(lines.iter().all(|line| !line.ends_with('…')), "{lines:?}");
    }

    #[test]
    fn a_short_title_far_past_the_limit_is_shortened() {
        let title = "Joint firearms training ".repeat(20);
        let lines = footer_lines(&format!("{} · Version 10.2", title.trim()), room());
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
    }
}
