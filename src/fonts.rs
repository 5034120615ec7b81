//! The bundled typeface, Liberation Sans (SIL Open Font Licence; see `assets/fonts/`).
//!
//! The app and the PDF use the same font bytes, so what the user sees on screen is what the
//! committee reads on paper, on every machine, whatever fonts it has installed. Liberation
//! Sans is metric-compatible with Arial, the sans-serif that public-sector accessibility
//! guidance expects.

/// One of the four faces of the family.
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
