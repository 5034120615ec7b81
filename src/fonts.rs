//! The bundled typefaces: Liberation Sans, and Noto Sans Arabic as a fallback for the
//! scripts Liberation Sans lacks (both SIL Open Font Licence; see `assets/fonts/`).
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
            Face::Regular => include_bytes!("../assets/fonts/LiberationSans-Regular.ttf"),
            Face::Bold => include_bytes!("../assets/fonts/LiberationSans-Bold.ttf"),
            Face::Italic => include_bytes!("../assets/fonts/LiberationSans-Italic.ttf"),
            Face::BoldItalic => include_bytes!("../assets/fonts/LiberationSans-BoldItalic.ttf"),
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
}

impl Font {
    /// Every font, primary faces first.
    pub const ALL: [Font; 5] = [
        Font::Primary(Face::Regular),
        Font::Primary(Face::Bold),
        Font::Primary(Face::Italic),
        Font::Primary(Face::BoldItalic),
        Font::Fallback,
    ];

    /// A dense index (0..5), for tables kept per font.
    pub fn index(self) -> usize {
        match self {
            Font::Primary(face) => face as usize,
            Font::Fallback => 4,
        }
    }

    /// The TrueType bytes of this font.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Font::Primary(face) => face.bytes(),
            Font::Fallback => include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
        }
    }

    /// The font's PostScript-style name, as PDF readers list it.
    pub fn name(self) -> &'static str {
        match self {
            Font::Primary(face) => face.name(),
            Font::Fallback => "NotoSansArabic",
        }
    }
}

impl From<Face> for Font {
    fn from(face: Face) -> Font {
        Font::Primary(face)
    }
}
