//! The fonts in the PDF: each face the pages use, cut down to the glyphs they use.
//!
//! Fonts are subset here rather than by printpdf: printpdf subsets only with its
//! `text_layout` feature, which pulls in a whole layout engine. We call the same subsetter
//! it would have used (`allsorts`, already a printpdf dependency, so it costs no build
//! time), keep only the glyphs the pages use, and hand printpdf the small font with our own
//! character → glyph table. The font name carries the `ABCDEF+` tag that tells PDF readers
//! (and `pdffonts`) the font is a subset.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{FontId, ParsedFont, PdfDocument};

use super::PdfError;
use crate::fonts::Font;
use crate::report::page::{Pages, Region};
use crate::report::text;

/// The fonts as added to the document, and how to reach each one.
pub(super) struct EmbeddedFonts {
    pub(super) ids: BTreeMap<Font, FontId>,
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
    let mut ids = BTreeMap::new();
    for (face, mut chars) in used {
        chars.sort_unstable();
        chars.dedup();
        let font = subset_face(face, &chars)?;
        // Our own resource names rather than `add_font`'s random ones, so the same case
        // gives the same bytes within one process too.
        let id = FontId(format!("F{}", face.index() + 1));
        document
            .resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(font));
        ids.insert(face, id);
    }
    Ok(EmbeddedFonts { ids })
}

/// Cuts a font down to the glyphs for `chars` (sorted, each once) and describes it to
/// printpdf.
fn subset_face(face: Font, chars: &[char]) -> Result<ParsedFont, PdfError> {
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
    let new_id = |old: u16| old_ids.iter().position(|id| *id == old).map(|i| i as u16);
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| failed("the subset font could not be read back".into()))?;
    font.codepoint_to_glyph = mapped
        .iter()
        .filter_map(|(c, old)| Some((*c as u32, new_id(*old)?)))
        .collect();
    font.glyph_widths = old_ids
        .iter()
        .enumerate()
        .map(|(new, old)| (new as u16, text::glyph_advance(face, *old)))
        .collect();
    font.font_name = Some(format!("{}+{}", subset_tag(face, &old_ids), face.name()));
    Ok(font)
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
