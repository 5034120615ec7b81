//! Pages → PDF bytes, with printpdf.
//!
//! Everything about positions was decided by the layout; this module only translates the
//! page model into PDF operators (flipping y, since PDF counts from the bottom), embeds the
//! fonts, and writes the outline, links and document information.
//!
//! Fonts are subset here rather than by printpdf: printpdf subsets only with its
//! `text_layout` feature, which pulls in a whole layout engine. We call the same subsetter
//! it would have used (`allsorts`, already a printpdf dependency, so it costs no build
//! time), keep only the glyphs the pages use, and hand printpdf the small font with our own
//! character → glyph table. The font name carries the `ABCDEF+` tag that tells PDF readers
//! (and `pdffonts`) the font is a subset.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, HighlightingMode, Line,
    LinePoint, LinkAnnotation, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

use crate::fonts::Font;
use crate::palette::Rgb;

use super::ReportError;
use super::document::Metadata;
use super::page::{Item, PAGE_HEIGHT, PAGE_WIDTH, Pages, TextRun};
use super::text;

/// Writes the pages as a PDF file's bytes.
pub fn write(pages: &Pages, metadata: &Metadata) -> Result<Vec<u8>, ReportError> {
    let mut document = PdfDocument::new(&metadata.title);
    set_metadata(&mut document, metadata);
    let fonts = embed_fonts(&mut document, pages)?;
    let pdf_pages = pages
        .pages
        .iter()
        .map(|page| {
            let mut ops = Vec::with_capacity(page.items.len() * 3);
            let mut text = TextState::default();
            for item in &page.items {
                match item {
                    Item::Text(run) => draw_text(&mut ops, run, &fonts, &mut text),
                    other => {
                        text.end(&mut ops);
                        draw(&mut ops, other);
                    }
                }
            }
            text.end(&mut ops);
            PdfPage::new(
                printpdf::Mm::from(Pt(PAGE_WIDTH)),
                printpdf::Mm::from(Pt(PAGE_HEIGHT)),
                ops,
            )
        })
        .collect();
    document.with_pages(pdf_pages);
    for bookmark in &pages.bookmarks {
        // printpdf sorts bookmarks on one page by name; the titles carry their section
        // numbers, padded so "9." sorts before "10.".
        document.add_bookmark(&sortable(&bookmark.title), bookmark.page + 1);
    }
    // printpdf compresses every stream at zlib's best level, which was half the export
    // time; build the file uncompressed and compress it here at a faster level (a few per
    // cent larger, several times faster).
    let options = PdfSaveOptions {
        subset_fonts: false,
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    let mut file = printpdf::to_lopdf_doc(&document, &options, &mut warnings);
    compress_streams(&mut file);
    let mut bytes = Vec::new();
    file.save_to(&mut bytes)
        .map_err(|error| ReportError::Pdf(error.to_string()))?;
    stable_file_id(&mut bytes);
    Ok(bytes)
}

/// The zlib level for content and font streams. Measured on the 28-page benchmark case:
/// level 1 gives 136 KB in 17.7 ms, level 3 106 KB in 17.9 ms, level 6 102 KB in 21.1 ms
/// (whole `casewright export` process); printpdf's own level 9 took about 10 ms more.
const COMPRESSION_LEVEL: u32 = 3;

/// Deflates every stream that is not compressed yet.
fn compress_streams(file: &mut lopdf::Document) {
    use std::io::Write;
    for object in file.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(
            Vec::new(),
            flate2::Compression::new(COMPRESSION_LEVEL),
        );
        let compressed = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish());
        if let Ok(compressed) = compressed
            && compressed.len() < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// Replaces the trailer's file identifier, which printpdf draws from a random sequence, with
/// one derived from the content, so the same case always gives byte-identical files (golden
/// tests, reproducible papers). Same length, after the cross-reference table, so no offset
/// moves.
fn stable_file_id(bytes: &mut [u8]) {
    const MARK: &[u8] = b"/ID[(";
    let Some(start) = bytes.windows(MARK.len()).rposition(|w| w == MARK) else {
        return;
    };
    let first = start + MARK.len();
    let second = first + 32 + 2;
    let well_formed = bytes.len() >= second + 33
        && &bytes[first + 32..second] == b")("
        && bytes[second + 32] == b')';
    if !well_formed {
        return;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in &bytes[..start] {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    for i in 0..32 {
        hash ^= hash >> 29;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        let letter = b'A' + (hash % 26) as u8;
        bytes[first + i] = letter;
        bytes[second + i] = letter;
    }
}

/// Pads a leading section number so bookmarks on the same page keep document order when
/// printpdf sorts them by name (a space sorts before any digit).
fn sortable(title: &str) -> String {
    let digits = title.chars().take_while(char::is_ascii_digit).count();
    if digits == 1 {
        format!(" {title}")
    } else {
        title.to_owned()
    }
}

fn set_metadata(document: &mut PdfDocument, metadata: &Metadata) {
    let info = &mut document.metadata.info;
    info.document_title = metadata.title.clone();
    info.author = metadata.author.clone();
    info.subject = metadata.subject.clone();
    info.keywords = metadata.keywords.clone();
    info.creator = metadata.creator.clone();
    info.producer = format!("Casewright {} with printpdf", env!("CARGO_PKG_VERSION"));
    if let Some(date) = metadata.date.and_then(to_offset_date_time) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
}

fn to_offset_date_time(date: chrono::NaiveDate) -> Option<printpdf::DateTime> {
    use chrono::Datelike;
    Some(printpdf::DateTime {
        date: printpdf::Date {
            year: date.year(),
            month: u8::try_from(date.month()).ok()?,
            day: u8::try_from(date.day()).ok()?,
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    })
}

/// The fonts as added to the document, and how to reach each one.
struct EmbeddedFonts {
    ids: BTreeMap<Font, FontId>,
}

/// Subsets and adds every font the pages use: the fallback only when some character needs
/// it, so a paper without Arabic carries no Arabic font.
fn embed_fonts(document: &mut PdfDocument, pages: &Pages) -> Result<EmbeddedFonts, ReportError> {
    let mut used: BTreeMap<Font, BTreeSet<char>> = BTreeMap::new();
    for run in pages.pages.iter().flat_map(|page| page.text_runs()) {
        for segment in text::display_segments(run.face, run.size, &run.text) {
            used.entry(segment.font)
                .or_default()
                .extend(segment.text.chars().filter(|c| !c.is_control()));
        }
    }
    let mut ids = BTreeMap::new();
    for (face, chars) in used {
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

/// Cuts a font down to the glyphs for `chars` and describes it to printpdf.
fn subset_face(face: Font, chars: &BTreeSet<char>) -> Result<ParsedFont, ReportError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let failed = |reason: String| ReportError::Font {
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

fn color(rgb: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(rgb.0) / 255.0,
        g: f32::from(rgb.1) / 255.0,
        b: f32::from(rgb.2) / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGE_HEIGHT - y),
        },
        bezier: false,
    }
}

/// Draws anything but text (text goes through [`draw_text`]).
fn draw(ops: &mut Vec<Op>, item: &Item) {
    match item {
        Item::Text(_) => {}
        Item::Rule(rule) => {
            ops.push(Op::SetOutlineColor {
                col: color(rule.color),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(rule.width) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![point(rule.from.0, rule.from.1), point(rule.to.0, rule.to.1)],
                    is_closed: false,
                },
            });
        }
        Item::Box(filled) => {
            ops.push(Op::SetFillColor {
                col: color(filled.color),
            });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(filled.x),
                    y: Pt(PAGE_HEIGHT - filled.y - filled.height),
                    width: Pt(filled.width),
                    height: Pt(filled.height),
                    mode: Some(PaintMode::Fill),
                    winding_order: Some(WindingOrder::NonZero),
                },
            });
        }
        Item::Path(path) => {
            let points: Vec<LinePoint> = path.points.iter().map(|(x, y)| point(*x, *y)).collect();
            if let Some(fill) = path.fill.filter(|_| path.closed) {
                ops.push(Op::SetFillColor { col: color(fill) });
                if let Some((stroke, width)) = path.stroke {
                    ops.push(Op::SetOutlineColor { col: color(stroke) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(width) });
                }
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode: if path.stroke.is_some() {
                            PaintMode::FillStroke
                        } else {
                            PaintMode::Fill
                        },
                        winding_order: WindingOrder::NonZero,
                    },
                });
            } else if let Some((stroke, width)) = path.stroke {
                ops.push(Op::SetOutlineColor { col: color(stroke) });
                ops.push(Op::SetOutlineThickness { pt: Pt(width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points,
                        is_closed: path.closed,
                    },
                });
            }
        }
        Item::Link(link) => ops.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect {
                    x: Pt(link.x),
                    y: Pt(PAGE_HEIGHT - link.y - link.height),
                    width: Pt(link.width),
                    height: Pt(link.height),
                    mode: None,
                    winding_order: None,
                },
                Actions::go_to(Destination::Xyz {
                    page: link.target_page + 1,
                    left: None,
                    top: None,
                    zoom: None,
                }),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                Some(ColorArray::Transparent),
                Some(HighlightingMode::None),
            ),
        }),
    }
}

/// What the open text object has set, so consecutive runs share one text object and only
/// the font or colour changes are written: fewer operators, a smaller and faster file.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(Font, u32)>,
    color: Option<Rgb>,
}

impl TextState {
    fn end(&mut self, ops: &mut Vec<Op>) {
        if self.open {
            ops.push(Op::EndTextSection);
        }
        *self = TextState::default();
    }
}

/// Draws a run piece by piece: in visual order, each piece in the font that has its glyphs.
fn draw_text(ops: &mut Vec<Op>, run: &TextRun, fonts: &EmbeddedFonts, state: &mut TextState) {
    let (sin, cos) = run.angle.to_radians().sin_cos();
    for segment in text::display_segments(run.face, run.size, &run.text) {
        let Some(font) = fonts.ids.get(&segment.font) else {
            continue;
        };
        if !state.open {
            ops.push(Op::StartTextSection);
            state.open = true;
        }
        if state.color != Some(run.color) {
            ops.push(Op::SetFillColor {
                col: color(run.color),
            });
            state.color = Some(run.color);
        }
        let font_key = (segment.font, run.size.to_bits());
        if state.font != Some(font_key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(run.size),
            });
            state.font = Some(font_key);
        }
        let x = run.x + cos * segment.offset;
        let y = PAGE_HEIGHT - run.baseline + sin * segment.offset;
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([cos, sin, -sin, cos, x, y]),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(segment.text)],
        });
    }
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

    #[test]
    fn bookmark_numbers_sort_in_document_order() {
        let mut titles = [sortable("10. Governance"), sortable("9. Equality")];
        titles.sort();
        assert_eq!(titles[0].trim(), "9. Equality");
    }
}
