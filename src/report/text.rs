//! Measuring and breaking text with the real metrics of the bundled fonts.
//!
//! The layout must know exactly how wide a line is before it places it, or text would spill
//! out of table cells. We measure with `ttf-parser` on the same bytes the PDF embeds, and find
//! break opportunities with `unicode-linebreak` (UAX #14), so a line breaks where a reader
//! expects. Neither applies kerning, and the PDF writer does not kern either, so what we
//! measure is what is drawn.

use std::sync::OnceLock;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::fonts::Face;

/// Parsed faces, kept for the life of the program: parsing is cheap but not free, and the
/// layout measures thousands of words.
fn faces() -> &'static [ttf_parser::Face<'static>; 4] {
    static FACES: OnceLock<[ttf_parser::Face<'static>; 4]> = OnceLock::new();
    FACES.get_or_init(|| {
        Face::ALL.map(|face| {
            ttf_parser::Face::parse(face.bytes(), 0).expect("the bundled fonts are valid TrueType")
        })
    })
}

fn parsed(face: Face) -> &'static ttf_parser::Face<'static> {
    &faces()[face as usize]
}

/// The glyph a character is drawn with: its own, or the font's "missing glyph" (0), which
/// is also what the PDF writer draws for it.
pub fn glyph_id(face: Face, c: char) -> u16 {
    parsed(face).glyph_index(c).map_or(0, |id| id.0)
}

/// Whether the face has a real glyph for `c` (not the missing-glyph box).
pub fn has_glyph(face: Face, c: char) -> bool {
    parsed(face).glyph_index(c).is_some()
}

/// The advance width of glyph `id` in font units.
pub fn glyph_advance(face: Face, id: u16) -> u16 {
    parsed(face)
        .glyph_hor_advance(ttf_parser::GlyphId(id))
        .unwrap_or(0)
}

/// Font units per em of a face.
pub fn units_per_em(face: Face) -> u16 {
    parsed(face).units_per_em()
}

/// Characters whose advances are looked up once and kept: Latin with its extensions (Welsh
/// ŵ ŷ, accents) and general punctuation (dashes, quotes, bullets) cover nearly everything a
/// case contains. Anything else is looked up each time. The tables stay small because
/// building them is a cost every `casewright export` process pays once.
const CACHED_RANGES: [(u32, u32); 2] = [(0, 0x250), (0x2000, 0x2070)];

/// Advance widths in font units for the characters in [`CACHED_RANGES`], per face, built on
/// first use: the cmap lookup is the hot spot of measuring text.
fn advance_table(face: Face) -> &'static [u16] {
    static TABLES: [OnceLock<Vec<u16>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    TABLES[face as usize].get_or_init(|| {
        CACHED_RANGES
            .iter()
            .flat_map(|(start, end)| *start..*end)
            .map(|code| char::from_u32(code).map_or(0, |c| glyph_advance(face, glyph_id(face, c))))
            .collect()
    })
}

fn advance(face: Face, c: char) -> u16 {
    let code = c as u32;
    let mut offset = 0;
    for (start, end) in CACHED_RANGES {
        if (start..end).contains(&code) {
            return advance_table(face)[(offset + code - start) as usize];
        }
        offset += end - start;
    }
    glyph_advance(face, glyph_id(face, c))
}

/// The width of `text` set in `face` at `size` points, in points.
pub fn width(face: Face, size: f32, text: &str) -> f32 {
    let units: u32 = text
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| u32::from(advance(face, c)))
        .sum();
    units as f32 * size / f32::from(units_per_em(face))
}

/// The ascender (height above the baseline) of a face at `size`, in points.
pub fn ascent(face: Face, size: f32) -> f32 {
    f32::from(parsed(face).ascender()) * size / f32::from(units_per_em(face))
}

/// Breaks `text` into lines no wider than `max_width` points.
///
/// Breaks at UAX #14 opportunities; a newline in the text always starts a new line; a word
/// wider than the line on its own is cut between characters, so nothing is ever drawn
/// outside its box. Spaces at the end of a line are dropped. An empty text gives no lines.
pub fn wrap(text: &str, face: Face, size: f32, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r');
        if paragraph.trim().is_empty() {
            continue;
        }
        wrap_paragraph(paragraph, face, size, max_width, &mut lines);
    }
    lines
}

fn wrap_paragraph(text: &str, face: Face, size: f32, max_width: f32, lines: &mut Vec<String>) {
    let mut line = String::new();
    let mut line_width = 0.0;
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = &text[start..end];
        start = end;
        let visible = segment.trim_end();
        let visible_width = width(face, size, visible);
        if line_width + visible_width > max_width && !line.trim().is_empty() {
            push_line(lines, &mut line);
            line_width = 0.0;
        }
        if visible_width > max_width {
            // A word longer than the line: cut it between characters.
            for piece in cut_word(visible, face, size, max_width) {
                if !line.trim().is_empty() {
                    push_line(lines, &mut line);
                }
                line_width = width(face, size, &piece);
                line = piece;
            }
            line.push_str(&segment[visible.len()..]);
        } else {
            line.push_str(segment);
            line_width += width(face, size, segment);
        }
        if opportunity == BreakOpportunity::Mandatory && !line.trim().is_empty() {
            push_line(lines, &mut line);
            line_width = 0.0;
        }
    }
    if !line.trim().is_empty() {
        push_line(lines, &mut line);
    }
}

fn push_line(lines: &mut Vec<String>, line: &mut String) {
    let trimmed = line.trim_end().to_owned();
    lines.push(trimmed);
    line.clear();
}

/// Cuts a word into pieces that each fit `max_width` (at least one character each, so a
/// line narrower than one character still makes progress).
fn cut_word(word: &str, face: Face, size: f32, max_width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut piece_width = 0.0;
    for c in word.chars() {
        let mut buffer = [0; 4];
        let c_width = width(face, size, c.encode_utf8(&mut buffer));
        if piece_width + c_width > max_width && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
            piece_width = 0.0;
        }
        piece.push(c);
        piece_width += c_width;
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        // Liberation Sans is metric-compatible with Arial: "M" is 0.833 em.
        let m = width(Face::Regular, 1000.0, "M");
        assert!((m - 833.0).abs() < 1.0, "{m}");
        assert!(width(Face::Bold, 12.0, "Policing") > width(Face::Regular, 12.0, "Policing"));
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let text = "The forces will share one firearms training unit, hosted by the lead force, from April 2027.";
        let lines = wrap(text, Face::Regular, 12.0, 150.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(width(Face::Regular, 12.0, line) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_inside_the_box() {
        let word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch".repeat(3);
        let lines = wrap(&word, Face::Regular, 12.0, 100.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(width(Face::Regular, 12.0, line) <= 100.0, "{line}");
        }
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn newlines_start_new_lines_and_blank_text_gives_none() {
        assert_eq!(
            wrap("One\nTwo", Face::Regular, 12.0, 400.0),
            vec!["One", "Two"]
        );
        assert!(wrap("  \n ", Face::Regular, 12.0, 400.0).is_empty());
    }
}
