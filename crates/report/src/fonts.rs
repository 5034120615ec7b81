//! The bundled typefaces: Liberation Sans, with Noto Sans Arabic and Noto Sans Symbols 2 as
//! fallbacks for what Liberation Sans lacks (all SIL Open Font Licence; see `assets/fonts/`),
//! and which characters they can print at all ([`coverage`]).
//!
//! The app and the PDF use the same font bytes, so what the user sees on screen is what the
//! committee reads on paper, on every machine, whatever fonts it has installed. Liberation
//! Sans is metric-compatible with Arial, the sans-serif that public-sector accessibility
//! guidance expects.

/// One of the four faces of the family: the style the layout asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    /// Body text.
    Regular,
    /// Headings and table headers.
    Bold,
    /// Emphasis and captions.
    Italic,
    /// Emphasis inside headings.
    BoldItalic,
}

impl Face {
    /// All four faces.
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    /// The TrueType bytes of this face.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../../assets/fonts/LiberationSans-Italic.ttf"),
            Face::BoldItalic => {
                include_bytes!("../../../assets/fonts/LiberationSans-BoldItalic.ttf")
            }
        }
    }

    /// The face's PostScript-style name, as PDF readers list it.
    pub fn name(self) -> &'static str {
        match self {
            Face::Regular => "LiberationSans",
            Face::Bold => "LiberationSans-Bold",
            Face::Italic => "LiberationSans-Italic",
            Face::BoldItalic => "LiberationSans-BoldItalic",
        }
    }
}

/// A font file the PDF draws with: a Liberation Sans face, or the fallback.
///
/// The layout chooses a [`Face`] for its style; each character is then drawn with the first
/// font that has a glyph for it, so a name in Arabic script prints as letters, not as
/// missing-glyph boxes, and stays in the PDF's text for search and screen readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Font {
    /// The face the layout chose.
    Primary(Face),
    /// Noto Sans Arabic (Regular), for Arabic script: Liberation Sans covers Latin, Greek,
    /// Cyrillic and Hebrew but not Arabic. One weight serves every style, to keep the app
    /// small; bold Arabic prints at regular weight.
    Fallback,
    /// Noto Sans Symbols 2 (Regular), for symbols pasted from other documents (✓ ☐ ★ ❤ ☃,
    /// arrows, shapes) and for the stand-in [`STAND_IN`]. 650 KB, and a paper embeds only
    /// the glyphs it uses.
    Symbols,
}

/// What the paper prints for a character no bundled font has: ⯑ (a question mark in a
/// diamond, as U+FFFD looks), so the gap is visible and cannot be mistaken for a letter.
/// `casewright check` and the Review step name the field and the character.
pub const STAND_IN: char = '\u{2BD1}';

impl Font {
    /// Every font, primary faces first.
    pub const ALL: [Font; 6] = [
        Font::Primary(Face::Regular),
        Font::Primary(Face::Bold),
        Font::Primary(Face::Italic),
        Font::Primary(Face::BoldItalic),
        Font::Fallback,
        Font::Symbols,
    ];

    /// The fallbacks, in the order a character missing from the primary face tries them
    /// (the app's text uses the same order, so the window and the paper agree).
    pub const FALLBACKS: [Font; 2] = [Font::Fallback, Font::Symbols];

    /// A dense index (0..6), for tables kept per font.
    pub fn index(self) -> usize {
        match self {
            Font::Primary(face) => face as usize,
            Font::Fallback => 4,
            Font::Symbols => 5,
        }
    }

    /// The TrueType bytes of this font.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Font::Primary(face) => face.bytes(),
            Font::Fallback => include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
            Font::Symbols => include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular.ttf"),
        }
    }

    /// The font's PostScript-style name, as PDF readers list it.
    pub fn name(self) -> &'static str {
        match self {
            Font::Primary(face) => face.name(),
            Font::Fallback => "NotoSansArabic",
            Font::Symbols => "NotoSansSymbols2",
        }
    }
}

impl From<Face> for Font {
    fn from(face: Face) -> Font {
        Font::Primary(face)
    }
}

/// The fonts parsed, kept for the life of the program: parsing is cheap but not free, and
/// the layout measures thousands of words.
pub fn parsed(font: Font) -> &'static ttf_parser::Face<'static> {
    static FONTS: std::sync::OnceLock<[ttf_parser::Face<'static>; 6]> = std::sync::OnceLock::new();
    &FONTS.get_or_init(|| {
        Font::ALL.map(|font| {
            ttf_parser::Face::parse(font.bytes(), 0).expect("the bundled fonts are valid TrueType")
        })
    })[font.index()]
}

/// Whether `font` has a real glyph for `c` (not the missing-glyph box).
pub fn has_glyph(font: Font, c: char) -> bool {
    glyph(font, c).is_some()
}

/// Characters whose glyphs (and, in the layout, advances) are looked up once per font and
/// kept: Latin with its extensions (Welsh ŵ ŷ, accents) and general punctuation (dashes,
/// quotes, bullets) cover nearly everything a case contains. Anything else is looked up
/// each time. The tables stay small because building them is a cost every `casewright
/// export` process pays once; the paper's checks ask for every character of the case after
/// each edit, and the font's own character map took a quarter of a keystroke's frame.
pub const CACHED_RANGES: [(u32, u32); 2] = [(0, 0x250), (0x2000, 0x2070)];

/// Where `c` sits in a table kept for [`CACHED_RANGES`], if it is in them.
pub fn cached_index(c: char) -> Option<usize> {
    let code = c as u32;
    let mut offset = 0;
    for (start, end) in CACHED_RANGES {
        if (start..end).contains(&code) {
            return Some((offset + code - start) as usize);
        }
        offset += end - start;
    }
    None
}

/// `font`'s glyph for `c`, or `None` where it has only the missing-glyph box (glyph 0).
pub fn glyph(font: Font, c: char) -> Option<u16> {
    static TABLES: std::sync::OnceLock<[Vec<u16>; 6]> = std::sync::OnceLock::new();
    let lookup = |font: Font, c: char| parsed(font).glyph_index(c).map_or(0, |id| id.0);
    let id = match cached_index(c) {
        Some(at) => {
            let tables = TABLES.get_or_init(|| {
                Font::ALL.map(|font| {
                    CACHED_RANGES
                        .iter()
                        .flat_map(|(start, end)| *start..*end)
                        .map(|code| char::from_u32(code).map_or(0, |c| lookup(font, c)))
                        .collect()
                })
            });
            tables[font.index()][at]
        }
        None => lookup(font, c),
    };
    (id != 0).then_some(id)
}

/// The fallback chain: what is drawn for `c` when the layout asked for `face`, the font and
/// the character it draws, or nothing for an invisible character (see
/// [`coverage::is_invisible`]). A tab is drawn as a space; a character no bundled font has
/// as [`STAND_IN`], never as an empty box. The paper measures and draws every character
/// through here (so every glyph is measured with the advance it is drawn with), and
/// [`coverage::printed`], which the paper's checks ask, reads its answer from here too.
pub fn glyph_for(face: Face, c: char) -> Option<(Font, char)> {
    let primary = Font::Primary(face);
    if c == '\t' {
        return Some((primary, ' '));
    }
    if coverage::is_invisible(c) {
        return None;
    }
    if has_glyph(primary, c) {
        return Some((primary, c));
    }
    Some(
        Font::FALLBACKS
            .into_iter()
            .find(|font| has_glyph(*font, c))
            .map_or((Font::Symbols, STAND_IN), |font| (font, c)),
    )
}

/// How the paper prints a character, whatever the face.
pub mod coverage {
    use super::{Face, STAND_IN, glyph_for};

    /// What becomes of one character on the paper.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Printed {
        /// Nothing is drawn and it takes no room: a control character, a zero-width space or
        /// joiner, a soft hyphen inside a line, a direction mark, a variation selector.
        Invisible,
        /// Drawn with a glyph of a bundled font (a tab with a space's).
        Glyph,
        /// No bundled font has it: [`super::STAND_IN`] is drawn instead.
        StandIn,
    }

    /// Whether `c` is drawn as nothing: controls and the format characters that only steer
    /// line breaking, joining or direction.
    pub fn is_invisible(c: char) -> bool {
        c.is_control()
            || matches!(
                c,
                '\u{AD}'
                    | '\u{34F}'
                    | '\u{61C}'
                    | '\u{180E}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{206F}'
                    | '\u{FE00}'..='\u{FE0F}'
                    | '\u{FEFF}'
                    | '\u{E0000}'..='\u{E0FFF}'
            )
    }

    /// What the paper does with `c` (the same for every face: the faces share a repertoire),
    /// as the fallback chain [`glyph_for`] draws it.
    pub fn printed(c: char) -> Printed {
        match glyph_for(Face::Regular, c) {
            None => Printed::Invisible,
            Some((_, drawn)) if drawn == STAND_IN && c != STAND_IN => Printed::StandIn,
            Some(_) => Printed::Glyph,
        }
    }
}
