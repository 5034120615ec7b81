//! How the paper is set: type sizes, leading, the space around blocks, and the colours only
//! the paper uses (rules, header shading, the DRAFT mark).
//!
//! Colours that mean something on screen too (text, headings, ratings, costs and savings)
//! come from [`crate::palette`], so the window and the paper agree; the colours here have no
//! counterpart in the window.

use crate::fonts::Face;
use crate::palette::{self, Rgb};
use crate::report::document::{HeadingLevel, ParagraphStyle};

/// Body text size: 12 pt, the public-sector accessibility norm.
pub const BODY_SIZE: f32 = 12.0;
/// Table text size.
pub const TABLE_SIZE: f32 = 11.0;
/// Header, footer and chart label size.
pub const SMALL_SIZE: f32 = 9.5;

/// Table rules and the lines under contents entries.
pub const RULE: Rgb = Rgb(0xa6, 0xa6, 0xa6);
/// Table header background.
pub const HEADER_FILL: Rgb = Rgb(0xe4, 0xe9, 0xf1);
/// The DRAFT mark: light enough to read the text through.
pub const WATERMARK: Rgb = Rgb(0xec, 0xec, 0xec);
/// The paper itself: lines and text drawn in it cut through a fill (heat-map cell borders,
/// the keys on the options matrix).
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// A line's height as a multiple of its type size.
pub(crate) const LEADING: f32 = 1.35;
/// Space between a table cell's edge and its text, across…
pub(crate) const CELL_PAD_X: f32 = 4.0;
/// …and down.
pub(crate) const CELL_PAD_Y: f32 = 3.0;
/// Space after a paragraph, a list, a table or a figure.
pub(crate) const PARAGRAPH_GAP: f32 = 8.0;
/// Space after each item of a list.
pub(crate) const ITEM_GAP: f32 = 3.0;
/// Where a bulleted item's text starts, from the left of the content box.
pub(crate) const LIST_INDENT: f32 = 22.0;
/// Where a numbered item's text starts: room for "10.12".
pub(crate) const NUMBER_INDENT: f32 = 34.0;

/// The height of one line of text at `size`.
pub(super) fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// The glyphs' full height, ascent and descent, in ems: 1.117 for Liberation Sans (and Arial,
/// which Word calls one line).
pub(crate) const GLYPH_HEIGHT: f32 = 1.117;

/// Where the baseline sits in a line box starting at `top`: the glyphs' full height
/// centred in the box.
pub(super) fn baseline_in(top: f32, size: f32) -> f32 {
    top + (line_height(size) - GLYPH_HEIGHT * size) / 2.0 + 0.905 * size
}

/// How a heading of one level is set.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadingStyle {
    /// Its size (always bold, in the heading colour).
    pub(crate) size: f32,
    /// Space above it, except at the top of a page.
    pub(crate) space_before: f32,
    /// Space below it.
    pub(crate) space_after: f32,
}

/// The longest title the front sheet sets well (about four lines in the title's 22 pt, see
/// [`HeadingStyle::of`]); a longer one still prints in full, wrapped, but pushes the
/// particulars off the front sheet, and the paper's checks warn about it.
pub const TITLE_LIMIT: usize = 250;

impl HeadingStyle {
    /// How a heading of `level` is set.
    pub(crate) fn of(level: HeadingLevel) -> HeadingStyle {
        match level {
            HeadingLevel::Title => HeadingStyle {
                size: 22.0,
                space_before: 12.0,
                space_after: 14.0,
            },
            HeadingLevel::Section => HeadingStyle {
                size: 16.0,
                space_before: 16.0,
                space_after: 10.0,
            },
            HeadingLevel::Subsection => HeadingStyle {
                size: 13.0,
                space_before: 8.0,
                space_after: 5.0,
            },
        }
    }
}

/// The face, size and colour of a paragraph style.
pub(super) fn paragraph_style(style: ParagraphStyle) -> (Face, f32, Rgb) {
    match style {
        ParagraphStyle::Body => (Face::Regular, BODY_SIZE, palette::TEXT),
        ParagraphStyle::Strong => (Face::Bold, BODY_SIZE, palette::TEXT),
        ParagraphStyle::Note => (Face::Italic, BODY_SIZE, palette::MUTED),
        ParagraphStyle::Display => (Face::Bold, 14.0, palette::HEADING),
    }
}
