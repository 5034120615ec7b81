//! Measuring, breaking and ordering text with the real metrics of the bundled fonts.
//!
//! The layout must know exactly how wide a line is before it places it, or text would spill
//! out of table cells. We measure with `ttf-parser` on the same bytes the PDF embeds, and find
//! break opportunities with `unicode-linebreak` (UAX #14), so a line breaks where a reader
//! expects. Neither applies kerning, and the PDF writer does not kern either, so what we
//! measure is what is drawn.
//!
//! Each character is measured and drawn in the first font that has a glyph for it (the
//! face the layout chose, then the fallback; see [`Font`]). Lines are kept in logical order
//! in the page model; [`display_segments`] puts a line into visual order (UAX #9, with
//! `unicode-bidi`) and cuts it into per-font pieces just before drawing. Arabic is not
//! shaped: its letters are drawn in their isolated forms.

use std::sync::OnceLock;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::fonts::{Face, Font};

/// Parsed fonts, kept for the life of the program: parsing is cheap but not free, and the
/// layout measures thousands of words.
fn fonts() -> &'static [ttf_parser::Face<'static>; 5] {
    static FONTS: OnceLock<[ttf_parser::Face<'static>; 5]> = OnceLock::new();
    FONTS.get_or_init(|| {
        Font::ALL.map(|font| {
            ttf_parser::Face::parse(font.bytes(), 0).expect("the bundled fonts are valid TrueType")
        })
    })
}

fn parsed(font: Font) -> &'static ttf_parser::Face<'static> {
    &fonts()[font.index()]
}

/// The glyph a character is drawn with in `font`: its own, or the font's "missing glyph"
/// (0), which is also what the PDF writer draws for it.
pub fn glyph_id(font: Font, c: char) -> u16 {
    parsed(font).glyph_index(c).map_or(0, |id| id.0)
}

/// Whether the font has a real glyph for `c` (not the missing-glyph box).
pub fn has_glyph(font: Font, c: char) -> bool {
    parsed(font).glyph_index(c).is_some()
}

/// The advance width of glyph `id` in font units.
pub fn glyph_advance(font: Font, id: u16) -> u16 {
    parsed(font)
        .glyph_hor_advance(ttf_parser::GlyphId(id))
        .unwrap_or(0)
}

/// Font units per em of a font.
pub fn units_per_em(font: Font) -> u16 {
    parsed(font).units_per_em()
}

/// The font that draws `c` when the layout asked for `face`: the face itself if it has the
/// glyph, else the fallback if that has it, else the face (which draws its missing-glyph
/// box: no bundled font has the character).
pub fn font_for(face: Face, c: char) -> Font {
    let primary = Font::Primary(face);
    if has_glyph(primary, c) || !has_glyph(Font::Fallback, c) {
        primary
    } else {
        Font::Fallback
    }
}

/// Characters whose advances are looked up once and kept: Latin with its extensions (Welsh
/// ŵ ŷ, accents) and general punctuation (dashes, quotes, bullets) cover nearly everything a
/// case contains. Anything else is looked up each time. The tables stay small because
/// building them is a cost every `casewright export` process pays once. Liberation Sans has
/// every character of these ranges a case uses, so they never need the fallback.
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
        let font = Font::Primary(face);
        CACHED_RANGES
            .iter()
            .flat_map(|(start, end)| *start..*end)
            .map(|code| char::from_u32(code).map_or(0, |c| glyph_advance(font, glyph_id(font, c))))
            .collect()
    })
}

/// The cached advance of `c` in `face`, if `c` is in [`CACHED_RANGES`].
fn cached_advance(face: Face, c: char) -> Option<u16> {
    let code = c as u32;
    let mut offset = 0;
    for (start, end) in CACHED_RANGES {
        if (start..end).contains(&code) {
            return Some(advance_table(face)[(offset + code - start) as usize]);
        }
        offset += end - start;
    }
    None
}

/// The width of `text` set in `face` at `size` points, in points, each character measured
/// in the font that draws it.
pub fn width(face: Face, size: f32, text: &str) -> f32 {
    let mut primary: u32 = 0;
    let mut fallback: u32 = 0;
    for c in text.chars().filter(|c| !c.is_control()) {
        if let Some(advance) = cached_advance(face, c) {
            primary += u32::from(advance);
            continue;
        }
        let font = font_for(face, c);
        let advance = u32::from(glyph_advance(font, glyph_id(font, c)));
        match font {
            Font::Primary(_) => primary += advance,
            Font::Fallback => fallback += advance,
        }
    }
    let primary = primary as f32 * size / f32::from(units_per_em(Font::Primary(face)));
    if fallback == 0 {
        return primary;
    }
    primary + fallback as f32 * size / f32::from(units_per_em(Font::Fallback))
}

/// The width of `text` drawn entirely in `font` at `size` points, in points.
fn font_width(font: Font, size: f32, text: &str) -> f32 {
    let units: u32 = text
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| u32::from(glyph_advance(font, glyph_id(font, c))))
        .sum();
    units as f32 * size / f32::from(units_per_em(font))
}

/// The ascender (height above the baseline) of a face at `size`, in points.
pub fn ascent(face: Face, size: f32) -> f32 {
    let font = Font::Primary(face);
    f32::from(parsed(font).ascender()) * size / f32::from(units_per_em(font))
}

/// A piece of a line drawn in one font, as [`display_segments`] cuts it.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The font that has a glyph for every character of the piece (where any font has).
    pub font: Font,
    /// The characters, in visual (left-to-right drawing) order.
    pub text: String,
    /// Where the piece starts, in points from the start of the line.
    pub offset: f32,
}

/// The first code point that can be right-to-left or need a font other than Liberation
/// Sans's: below it (Latin, Greek, Cyrillic, Armenian) a line is drawn as it is, which keeps
/// the common case as fast as before.
const FIRST_COMPLEX: char = '\u{0590}';

/// A laid-out line as it is drawn: in visual order and cut into per-font pieces.
///
/// Runs of Hebrew or Arabic are reversed for display (UAX #9 with a left-to-right paragraph
/// level, so the line stays left aligned as public-sector papers are), and each character
/// goes to the first font that has its glyph. A line with no such characters is one piece.
pub fn display_segments(face: Face, size: f32, line: &str) -> Vec<Segment> {
    if line.chars().all(|c| c < FIRST_COMPLEX) {
        return vec![Segment {
            font: Font::Primary(face),
            text: line.to_owned(),
            offset: 0.0,
        }];
    }
    let visual = visual_order(line);
    let mut segments: Vec<Segment> = Vec::new();
    let mut offset = 0.0;
    for c in visual.chars() {
        // The same choice as [`width`] makes, so the pieces end where the layout measured.
        let font = font_for(face, c);
        match segments.last_mut() {
            Some(last) if last.font == font => last.text.push(c),
            _ => {
                if let Some(last) = segments.last() {
                    offset += font_width(last.font, size, &last.text);
                }
                segments.push(Segment {
                    font,
                    text: c.to_string(),
                    offset,
                });
            }
        }
    }
    segments
}

/// `line` reordered for display: right-to-left runs reversed, the line left-to-right.
fn visual_order(line: &str) -> String {
    let info = BidiInfo::new(line, Some(Level::ltr()));
    if !info.has_rtl() {
        return line.to_owned();
    }
    let mut visual = String::with_capacity(line.len());
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let text = &line[run.clone()];
            if levels[run.start].is_rtl() {
                // Reversed, with brackets mirrored so "(" still opens towards its text.
                visual.extend(text.chars().rev().map(mirrored));
            } else {
                visual.push_str(text);
            }
        }
    }
    visual
}

/// The mirror image of a bracket or quotation mark, as a right-to-left run shows it (UAX #9
/// rule L4); `unicode-bidi` reorders but leaves mirroring to the renderer.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
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
    fn hebrew_is_in_liberation_sans_and_arabic_falls_back() {
        assert_eq!(font_for(Face::Regular, 'ש'), Font::Primary(Face::Regular));
        assert_eq!(font_for(Face::Bold, 'م'), Font::Fallback);
        assert!(!has_glyph(Font::Primary(Face::Regular), 'م'));
        assert!(width(Face::Regular, 12.0, "محمد") > 12.0);
    }

    #[test]
    fn right_to_left_runs_are_drawn_reversed_in_their_own_font() {
        let segments = display_segments(Face::Regular, 12.0, "Officer محمد and שרה agree");
        let drawn: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(drawn, "Officer دمحم and הרש agree");
        let arabic = segments
            .iter()
            .find(|s| s.text.contains('د'))
            .expect("an Arabic piece");
        assert_eq!(arabic.font, Font::Fallback);
        assert!((arabic.offset - width(Face::Regular, 12.0, "Officer ")).abs() < 0.01);
        for segment in &segments {
            for c in segment.text.chars() {
                assert!(has_glyph(segment.font, c), "{c:?} in {:?}", segment.font);
            }
        }
    }

    #[test]
    fn brackets_inside_right_to_left_text_are_mirrored() {
        // All Arabic: the brackets belong to the right-to-left run and must still enclose
        // the name they enclosed when read right to left.
        let drawn: String = display_segments(Face::Regular, 12.0, "محمد (علي)")
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(drawn, "(يلع) دمحم");
    }

    #[test]
    fn latin_lines_are_one_piece() {
        let segments = display_segments(Face::Italic, 10.0, "Heddlu Dyfed-Powys ŵyr");
        assert_eq!(segments.len(), 1);
        assert_eq!(segments[0].font, Font::Primary(Face::Italic));
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
