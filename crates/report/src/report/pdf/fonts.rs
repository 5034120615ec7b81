//! The fonts in the PDF: each face the pages use, cut down to the glyphs they use.
//!
//! Fonts are subset here rather than by printpdf: printpdf subsets only with its
//! `text_layout` feature, which pulls in a whole layout engine. We call the same subsetter
//! it would have used (`allsorts`, already a printpdf dependency, so it costs no build
//! time), keep only the glyphs the pages use, and hand printpdf the small font with our own
//! character → glyph table. The font name carries the `ABCDEF+` tag that tells PDF readers
//! (and `pdffonts`) the font is a subset.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, Pt, TextItem};

use super::PdfError;
use crate::fonts::Font;
use crate::report::page::{Pages, Region};
use crate::report::text;

/// The fonts as added to the document, and how to reach each one.
pub(super) struct EmbeddedFonts {
    fonts: BTreeMap<Font, EmbeddedFont>,
}

/// One face as embedded: its resource name and its character → glyph table.
pub(super) struct EmbeddedFont {
    /// The font's resource on every page (`F1`, …).
    pub(super) id: FontId,
    /// Each character the pages draw in this face with its glyph in the subset, sorted.
    glyphs: Vec<(char, u16)>,
}

impl EmbeddedFont {
    /// The subset's glyph for `c`, or 0 (`.notdef`) where the face has none.
    pub(super) fn glyph(&self, c: char) -> u16 {
        self.glyphs
            .binary_search_by_key(&c, |(c, _)| *c)
            .map_or(0, |at| self.glyphs[at].1)
    }
}

impl EmbeddedFonts {
    /// The embedded face `font`, if the pages use it.
    pub(super) fn get(&self, font: Font) -> Option<&EmbeddedFont> {
        self.fonts.get(&font)
    }

    /// Operators that show every character of every embedded face once. printpdf builds
    /// each font's widths and its `/ToUnicode` map from the text shown on the pages it is
    /// given; the pages' own content is written by `content`, so these stand in for it.
    pub(super) fn inventory(&self) -> Vec<Op> {
        let mut ops = vec![Op::StartTextSection];
        for font in self.fonts.values() {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.id.clone()),
                size: Pt(10.0),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(
                    font.glyphs.iter().map(|(c, _)| *c).collect(),
                )],
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }
}

/// Subsets and adds every font the pages' text uses: the fallback only when some character
/// needs it, so a paper without Arabic carries no Arabic font. The DRAFT mark is drawn as
/// shapes, not text (see `watermark`), so its letters need no glyphs.
pub(super) fn embed_fonts(
    document: &mut PdfDocument,
    pages: &Pages,
) -> Result<EmbeddedFonts, PdfError> {
    // Every character drawn, repeats and all, then sorted once: a paper draws some fifty
    // thousand characters, and inserting each into a set cost more than the sort.
    let mut used: BTreeMap<Font, Vec<char>> = BTreeMap::new();
    let runs = pages.pages.iter().flat_map(|page| page.text_runs());
    for run in runs.filter(|run| run.region != Region::Watermark) {
        for segment in text::display_segments(run.face, run.size, &run.text) {
            // A space too: the PDF writer ends each line of content with one.
            used.entry(segment.font).or_default().extend(
                segment
                    .text
                    .chars()
                    .filter(|c| !c.is_control())
                    .chain([' ']),
            );
        }
    }
    let mut fonts = BTreeMap::new();
    for (face, mut chars) in used {
        chars.sort_unstable();
        chars.dedup();
        let (font, glyphs) = subset_face(face, &chars)?;
        // Our own resource names rather than `add_font`'s random ones, so the same case
        // gives the same bytes within one process too.
        let id = FontId(format!("F{}", face.index() + 1));
        document
            .resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(font));
        fonts.insert(face, EmbeddedFont { id, glyphs });
    }
    Ok(EmbeddedFonts { fonts })
}

/// Cuts a font down to the glyphs for `chars` (sorted, each once) and describes it to
/// printpdf; with it, each character the face has and its glyph in the subset, sorted.
fn subset_face(face: Font, chars: &[char]) -> Result<(ParsedFont, Vec<(char, u16)>), PdfError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let failed = |reason: String| PdfError::Font {
        face: face.name(),
        reason,
    };
    let mapped: Vec<(char, u16)> = chars
        .iter()
        .filter(|c| text::has_glyph(face, **c))
        .map(|c| (*c, text::glyph_id(face, *c)))
        .collect();
    // Glyph 0 (.notdef) first, as the subsetter requires; new ids follow this order.
    let mut old_ids: Vec<u16> = vec![0];
    old_ids.extend(mapped.iter().map(|(_, id)| *id).collect::<BTreeSet<u16>>());
    old_ids.dedup();
    let scope = ReadScope::new(face.bytes());
    let font_data = scope
        .read::<FontData<'_>>()
        .map_err(|e| failed(e.to_string()))?;
    let provider = font_data
        .table_provider(0)
        .map_err(|e| failed(e.to_string()))?;
    let bytes = subset(
        &provider,
        &old_ids,
        &SubsetProfile::Pdf,
        CmapTarget::Unicode,
    )
    .map_err(|e| failed(e.to_string()))?;
    // Sorted: glyph 0 is the least id, and the rest came out of a set.
    let new_id = |old: u16| old_ids.binary_search(&old).ok().map(|i| i as u16);
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| failed("the subset font could not be read back".into()))?;
    let glyphs: Vec<(char, u16)> = mapped
        .iter()
        .filter_map(|(c, old)| Some((*c, new_id(*old)?)))
        .collect();
    font.codepoint_to_glyph = glyphs.iter().map(|(c, id)| (*c as u32, *id)).collect();
    font.glyph_widths = old_ids
        .iter()
        .enumerate()
        .map(|(new, old)| (new as u16, text::glyph_advance(face, *old)))
        .collect();
    font.font_name = Some(format!("{}+{}", subset_tag(face, &old_ids), face.name()));
    Ok((font, glyphs))
}

/// The six capital letters PDF uses to mark a subset font, derived from the glyphs kept so
/// the same pages always give the same file.
fn subset_tag(face: Font, glyphs: &[u16]) -> String {
    // FNV-1a: small, stable across platforms and Rust versions.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in face
        .name()
        .bytes()
        .chain(glyphs.iter().flat_map(|g| g.to_be_bytes()))
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;

    #[test]
    fn subset_tags_are_six_capitals_and_stable() {
        let tag = subset_tag(Font::Primary(Face::Regular), &[0, 36, 37]);
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(tag, subset_tag(Font::Primary(Face::Regular), &[0, 36, 37]));
        assert_ne!(tag, subset_tag(Font::Primary(Face::Bold), &[0, 36, 37]));
    }
}
