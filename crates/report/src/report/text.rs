//! Measuring, breaking and ordering text with the real metrics of the bundled fonts.
//!
//! The layout must know exactly how wide a line is before it places it, or text would spill
//! out of table cells. We measure with `ttf-parser` on the same bytes the PDF embeds, and find
//! break opportunities with `unicode-linebreak` (UAX #14), so a line breaks where a reader
//! expects. Neither applies kerning, and the PDF writer does not kern either, so what we
//! measure is what is drawn.
//!
//! Each character is measured and drawn in the first font that has a glyph for it (the
//! face the layout chose, then the fallbacks; see [`Font`]); a character no bundled font has
//! is drawn as a visible stand-in, and invisible characters (controls, zero-width spaces and
//! joiners, soft hyphens except where a line breaks at one) are neither drawn nor measured
//! ([`glyph_for`]). Lines are kept in logical order
//! in the page model; [`display_segments`] puts a line into visual order (UAX #9, with
//! `unicode-bidi`) and cuts it into per-font pieces just before drawing. Arabic is not
//! shaped: its letters are drawn in their isolated forms.

use std::sync::OnceLock;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::fonts::{self, Face, Font, glyph_for};

fn parsed(font: Font) -> &'static ttf_parser::Face<'static> {
    fonts::parsed(font)
}

/// The glyph a character is drawn with in `font`: its own, or the font's "missing glyph"
/// (0), which is also what the PDF writer draws for it.
pub fn glyph_id(font: Font, c: char) -> u16 {
    fonts::glyph(font, c).unwrap_or(0)
}

/// Whether the font has a real glyph for `c` (not the missing-glyph box).
pub fn has_glyph(font: Font, c: char) -> bool {
    fonts::has_glyph(font, c)
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

/// The font that draws `c` when the layout asked for `face` (see [`glyph_for`]).
pub fn font_for(face: Face, c: char) -> Font {
    glyph_for(face, c).map_or(Font::Primary(face), |(font, _)| font)
}

/// A cached entry for a character drawn as nothing.
const INVISIBLE: u16 = u16::MAX - 1;
/// A cached entry for a character drawn in another font than the face: looked up each time.
const ELSEWHERE: u16 = u16::MAX;

/// Advance widths in font units for the characters in [`fonts::CACHED_RANGES`], per face,
/// built on first use: the cmap lookup is the hot spot of measuring text.
fn advance_table(face: Face) -> &'static [u16] {
    static TABLES: [OnceLock<Vec<u16>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    TABLES[face as usize].get_or_init(|| {
        fonts::CACHED_RANGES
            .iter()
            .flat_map(|(start, end)| *start..*end)
            .map(
                |code| match char::from_u32(code).map(|c| glyph_for(face, c)) {
                    Some(Some((font @ Font::Primary(_), c))) => {
                        glyph_advance(font, glyph_id(font, c))
                    }
                    Some(None) => INVISIBLE,
                    _ => ELSEWHERE,
                },
            )
            .collect()
    })
}

/// The cached entry for `c` in `face`, if `c` is in [`fonts::CACHED_RANGES`].
fn cached_advance(face: Face, c: char) -> Option<u16> {
    fonts::cached_index(c).map(|at| advance_table(face)[at])
}

/// The width of `text` set in `face` at `size` points, in points, each character measured
/// as it is drawn ([`glyph_for`]).
pub fn width(face: Face, size: f32, text: &str) -> f32 {
    let mut units = [0u32; 6];
    for c in text.chars() {
        match cached_advance(face, c) {
            Some(INVISIBLE) => continue,
            Some(ELSEWHERE) | None => {}
            Some(advance) => {
                units[face as usize] += u32::from(advance);
                continue;
            }
        }
        if let Some((font, drawn)) = glyph_for(face, c) {
            units[font.index()] += u32::from(glyph_advance(font, glyph_id(font, drawn)));
        }
    }
    Font::ALL
        .iter()
        .filter(|font| units[font.index()] > 0)
        .map(|font| units[font.index()] as f32 * size / f32::from(units_per_em(*font)))
        .sum()
}

/// The width of `text`, already cut to what `font` draws, at `size` points.
pub fn font_width(font: Font, size: f32, text: &str) -> f32 {
    let units: u32 = text
        .chars()
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
/// Sans's: below it (Latin, Greek, Cyrillic, Armenian) a line whose characters all draw in
/// the face itself is drawn as it is, which keeps the common case fast.
const FIRST_COMPLEX: char = '\u{0590}';

/// Whether `line` is drawn exactly as written, in the face, as one piece.
fn is_plain(face: Face, line: &str) -> bool {
    line.chars().all(|c| {
        c < FIRST_COMPLEX
            && c != '\t'
            && cached_advance(face, c).is_some_and(|entry| entry < INVISIBLE)
    })
}

/// A laid-out line as it is drawn: in visual order and cut into per-font pieces.
///
/// Runs of Hebrew or Arabic are reversed for display (UAX #9 with a left-to-right paragraph
/// level, so the line stays left aligned as public-sector papers are), and each character
/// goes to the font [`glyph_for`] chose: invisible characters are left out, a character no font
/// has becomes [`fonts::STAND_IN`]. A line with no such characters is one piece.
pub fn display_segments(face: Face, size: f32, line: &str) -> Vec<Segment> {
    if is_plain(face, line) {
        return vec![Segment {
            font: Font::Primary(face),
            text: line.to_owned(),
            offset: 0.0,
        }];
    }
    let visual = visual_order(line);
    let mut segments: Vec<Segment> = Vec::new();
    let mut offset = 0.0;
    for (font, c) in visual.chars().filter_map(|c| glyph_for(face, c)) {
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
/// Embeddings, overrides and isolates are not honoured (they would print text backwards
/// that reads forwards in the field; validation names them); the direction marks are.
fn visual_order(line: &str) -> String {
    let line: String = line
        .chars()
        .filter(|c| !crate::case::text::is_direction_control(*c))
        .collect();
    let info = BidiInfo::new(&line, Some(Level::ltr()));
    if !info.has_rtl() {
        return line;
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
        // Broken here, a soft hyphen shows as a hyphen: the line must have room for it.
        let ending_width = if visible.ends_with(SOFT_HYPHEN) {
            visible_width + width(face, size, "-")
        } else {
            visible_width
        };
        if line_width + ending_width > max_width && !line.trim().is_empty() {
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
            let trailing = &segment[visible.len()..];
            line.push_str(trailing);
            line_width += width(face, size, trailing);
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

/// The soft hyphen: invisible inside a line, a hyphen where the line breaks at it.
const SOFT_HYPHEN: char = '\u{AD}';

fn push_line(lines: &mut Vec<String>, line: &mut String) {
    let mut trimmed = line.trim_end().to_owned();
    if trimmed.ends_with(SOFT_HYPHEN) {
        trimmed.pop();
        trimmed.push('-');
    }
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
    use crate::fonts::STAND_IN;

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

    #[test]
    fn invisible_characters_take_no_room_and_are_not_drawn() {
        for invisible in [
            "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{AD}",
            "\u{202E}",
        ] {
            let text = format!("ab{invisible}cd");
            assert!(
                (width(Face::Regular, 12.0, &text) - width(Face::Regular, 12.0, "abcd")).abs()
                    < 0.001,
                "{invisible:?}"
            );
            let drawn: String = display_segments(Face::Regular, 12.0, &text)
                .iter()
                .map(|s| s.text.as_str())
                .collect();
            assert_eq!(drawn, "abcd", "{invisible:?}");
        }
    }

    #[test]
    fn a_right_to_left_override_does_not_reverse_the_text() {
        let drawn: String = display_segments(Face::Regular, 12.0, "Pay \u{202E}£500 to Kent")
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(drawn, "Pay £500 to Kent");
    }

    #[test]
    fn a_character_no_font_has_is_drawn_as_a_stand_in_measured_as_drawn() {
        for missing in ['中', '😀', '\u{E000}', 'अ'] {
            let text = format!("x{missing}y");
            let segments = display_segments(Face::Regular, 12.0, &text);
            let drawn: String = segments.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(drawn, format!("x{STAND_IN}y"), "{missing:?}");
            let stand_in = segments
                .iter()
                .find(|s| s.text.contains(STAND_IN))
                .expect("stand-in");
            assert_eq!(stand_in.font, Font::Symbols);
            let y = segments.last().expect("y");
            let expected = width(Face::Regular, 12.0, &format!("x{STAND_IN}"));
            assert!((y.offset - expected).abs() < 0.01, "{missing:?}");
            assert!(
                (width(Face::Regular, 12.0, &text)
                    - width(Face::Regular, 12.0, &format!("x{STAND_IN}y")))
                .abs()
                    < 0.01
            );
        }
    }

    #[test]
    fn symbols_print_in_the_symbols_font() {
        for symbol in ['☃', '❤', '✓', '☐'] {
            assert_eq!(font_for(Face::Regular, symbol), Font::Symbols, "{symbol}");
            assert!(has_glyph(Font::Symbols, symbol));
        }
    }

    #[test]
    fn a_soft_hyphen_shows_only_where_the_line_breaks() {
        let word = "Collab\u{AD}oration";
        let narrow = width(Face::Regular, 12.0, "Collab-") + 1.0;
        assert_eq!(
            wrap(word, Face::Regular, 12.0, narrow),
            vec!["Collab-", "oration"]
        );
        assert_eq!(wrap(word, Face::Regular, 12.0, 400.0), vec![word]);
        for line in wrap(&format!("{word} ").repeat(20), Face::Regular, 12.0, 120.0) {
            assert!(width(Face::Regular, 12.0, &line) <= 120.0, "{line}");
        }
    }
}
