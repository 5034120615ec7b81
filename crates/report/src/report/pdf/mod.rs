//! Pages → PDF bytes, with printpdf, tagged for screen readers (PDF/UA-1).
//!
//! Everything about positions was decided by the layout; this module only translates the
//! page model into each page's content stream (`content`: flipping y, since PDF counts from
//! the bottom), each run of items inside the marked content its role asks for. printpdf
//! builds the file around those streams (fonts, page tree, resources), and through the
//! `lopdf::Document` it hands over this module adds what printpdf does not write: the
//! structure tree (`tags`), link annotations that belong to it, the nested outline
//! (`outline`), the XMP metadata, language and viewer preferences (`metadata`), and writes
//! the bytes (`file`). By concern: `content`, `fonts` (subsetting), `watermark` (the DRAFT
//! mark as shapes), `tags`, `outline`, `metadata`, `file`.

mod content;
mod file;
mod fonts;
mod metadata;
mod outline;
mod tags;
mod watermark;

use lopdf::{Dictionary, Object, ObjectId};
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions, Pt};

use crate::fonts::Font;
use crate::palette::Rgb;

use super::document::Metadata;
use super::page::{
    Drawn, Item, LinkArea, PAGE_HEIGHT, PAGE_WIDTH, Page, Pages, Region, Role, TextRun,
};
use super::structure::NodeId;
use super::text;

use content::{Content, Paint};
use fonts::EmbeddedFonts;
use tags::{Marks, WrittenPages};
use watermark::Watermarks;

/// Why the PDF writer could not make the file: always a fault in Casewright (the export
/// seam, `report::export`, says so to the user), never something about the case.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font could not be subset.
    #[error("could not prepare the font {face}: {reason}")]
    Font {
        /// The face's name.
        face: &'static str,
        /// What the subsetter said.
        reason: String,
    },
    /// The file could not be assembled.
    #[error("{0}")]
    Assemble(String),
}

/// Writes the pages as a PDF file's bytes.
pub fn write(pages: &Pages, metadata: &Metadata) -> Result<Vec<u8>, PdfError> {
    let mut document = PdfDocument::new(&metadata.title);
    metadata::set_info(&mut document, metadata);
    let fonts = fonts::embed_fonts(&mut document, pages)?;
    let mut marks = Marks::new(&pages.structure, pages.pages.len());
    let mut watermarks = Watermarks::default();
    let mut links = Vec::new();
    let mut contents = Vec::with_capacity(pages.pages.len());
    for (index, page) in pages.pages.iter().enumerate() {
        let mut canvas = PageWriter {
            document: &mut document,
            fonts: &fonts,
            watermarks: &mut watermarks,
            marks: &mut marks,
            links: &mut links,
        };
        contents.push(canvas.page(index, page));
    }
    // printpdf is given the pages without their content (see `content`), the first holding
    // every character once so that it builds each font's widths and text map from them.
    let size = |points: f32| printpdf::Mm::from(Pt(points));
    let pdf_pages = (0..pages.pages.len())
        .map(|index| {
            let ops = if index == 0 {
                fonts.inventory()
            } else {
                Vec::new()
            };
            PdfPage::new(size(PAGE_WIDTH), size(PAGE_HEIGHT), ops)
        })
        .collect();
    document.with_pages(pdf_pages);
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
    let catalog = catalog(&file)?;
    let page_ids = page_ids(&file, catalog)?;
    set_contents(&mut file, &page_ids, contents)?;
    let annotations = add_links(&mut file, &links, &page_ids, &mut marks);
    let written = WrittenPages {
        ids: &page_ids,
        annotations: &annotations,
    };
    tags::write_structure(&mut file, catalog, marks, &written);
    outline::write(&mut file, catalog, &pages.bookmarks, &page_ids);
    metadata::finish(&mut file, catalog, metadata);
    compress_streams(&mut file, &mut Deflater::new(COMPRESSION_LEVEL));
    file::to_bytes(&file, &mut Deflater::new(PACKED_LEVEL))
}

/// The catalog's object.
fn catalog(file: &lopdf::Document) -> Result<ObjectId, PdfError> {
    file.trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|error| PdfError::Assemble(format!("printpdf wrote no catalog: {error}")))
}

/// The pages' objects, in order.
fn page_ids(file: &lopdf::Document, catalog: ObjectId) -> Result<Vec<ObjectId>, PdfError> {
    let missing = |error: lopdf::Error| PdfError::Assemble(format!("no page tree: {error}"));
    let pages = file
        .get_dictionary(catalog)
        .and_then(|catalog| catalog.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(missing)?;
    let kids = file
        .get_dictionary(pages)
        .and_then(|pages| pages.get(b"Kids"))
        .and_then(Object::as_array)
        .map_err(missing)?;
    kids.iter()
        .map(|kid| kid.as_reference().map_err(missing))
        .collect()
}

/// Puts each page's own content stream in place of the one printpdf wrote.
fn set_contents(
    file: &mut lopdf::Document,
    page_ids: &[ObjectId],
    contents: Vec<Content>,
) -> Result<(), PdfError> {
    for (page, content) in page_ids.iter().zip(contents) {
        let stream = file
            .get_dictionary(*page)
            .and_then(|page| page.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(|error| PdfError::Assemble(format!("a page has no contents: {error}")))?;
        match file.get_object_mut(stream) {
            Ok(Object::Stream(stream)) => stream.set_content(content.into_bytes()),
            _ => {
                return Err(PdfError::Assemble(
                    "a page's contents are not a stream".to_owned(),
                ));
            }
        }
    }
    Ok(())
}

/// A link drawn on a page, for its annotation.
struct PageLink<'p> {
    page: usize,
    node: Option<NodeId>,
    area: &'p LinkArea,
}

/// Adds each link as an annotation object on its page (printpdf writes them inline, where
/// the structure tree cannot refer to them), with its description for a screen reader, and
/// records it as held by its link node. Returns each annotation's page and object.
fn add_links(
    file: &mut lopdf::Document,
    links: &[PageLink<'_>],
    page_ids: &[ObjectId],
    marks: &mut Marks<'_>,
) -> Vec<(usize, ObjectId)> {
    let mut annotations: Vec<(usize, ObjectId)> = Vec::with_capacity(links.len());
    for link in links {
        let area = link.area;
        let target = page_ids[area.target_page.min(page_ids.len() - 1)];
        let rect = [
            area.x,
            PAGE_HEIGHT - area.y - area.height,
            area.x + area.width,
            PAGE_HEIGHT - area.y,
        ];
        let annotation = file.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Subtype", Object::Name(b"Link".to_vec())),
            (
                "Rect",
                Object::Array(rect.iter().map(|v| Object::Real(*v)).collect()),
            ),
            ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
            // Printable, as PDF/UA asks of annotations a reader may meet.
            ("F", Object::Integer(4)),
            ("Contents", lopdf::text_string(&area.description)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(target),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            ),
        ]));
        if let Some(node) = link.node {
            marks.annotation(node, link.page, annotation);
        }
        annotations.push((link.page, annotation));
    }
    for (index, page) in page_ids.iter().enumerate() {
        let on_page: Vec<Object> = annotations
            .iter()
            .filter(|(page, _)| *page == index)
            .map(|(_, annotation)| Object::Reference(*annotation))
            .collect();
        if let Ok(Object::Dictionary(dict)) = file.get_object_mut(*page) {
            if on_page.is_empty() {
                dict.remove(b"Annots");
            } else {
                dict.set("Annots", Object::Array(on_page));
            }
        }
    }
    annotations
}

/// What drawing a page needs: the document (for the watermark's form), the fonts, and the
/// marked content and links collected so far.
struct PageWriter<'d, 'p> {
    document: &'d mut PdfDocument,
    fonts: &'d EmbeddedFonts,
    watermarks: &'d mut Watermarks,
    marks: &'d mut Marks<'p>,
    links: &'d mut Vec<PageLink<'p>>,
}

impl<'p> PageWriter<'_, 'p> {
    /// The content of page `index`: every item inside the marked content for its role.
    fn page(&mut self, index: usize, page: &'p Page) -> Content {
        let mut content = Content::with_capacity(page.items.len() * 4);
        let mut text = TextState::default();
        for (at, drawn) in page.items.iter().enumerate() {
            if let Item::Link(area) = &drawn.item {
                // An annotation, not content: it joins its node after the page is written.
                let node = match drawn.role {
                    Role::Content(node) => Some(node),
                    Role::Artifact(_) => None,
                };
                self.links.push(PageLink {
                    page: index,
                    node,
                    area,
                });
                continue;
            }
            self.marks.drawn(index, drawn.role, &drawn.item);
            match &drawn.item {
                Item::Text(run) if run.region != Region::Watermark => {
                    // Lines of text share one text object, each role's run marked inside it.
                    if !self.marks.is_open(drawn.role) {
                        if self.marks.open_outside_text() {
                            text.end(&mut content);
                        }
                        self.marks.end(&mut content);
                        text.start(&mut content);
                        self.marks.begin(&mut content, index, drawn.role, true);
                    }
                    let continues = continued(&page.items[at + 1..], drawn.role);
                    draw_text(&mut content, run, continues, self.fonts, &mut text);
                }
                other => {
                    // Shapes (and the DRAFT mark's form) go outside any text object.
                    if text.open {
                        if self.marks.open_inside_text() {
                            self.marks.end(&mut content);
                        }
                        text.end(&mut content);
                    }
                    if !self.marks.is_open(drawn.role) {
                        self.marks.begin(&mut content, index, drawn.role, false);
                    }
                    text.color = None;
                    match other {
                        Item::Text(mark) => {
                            let id = self.watermarks.form(self.document, mark);
                            content.form(&id.0);
                        }
                        shape => draw(&mut content, shape),
                    }
                }
            }
        }
        if self.marks.open_inside_text() {
            self.marks.end(&mut content);
        }
        text.end(&mut content);
        self.marks.end(&mut content);
        content
    }
}

/// One zlib compressor for every stream of a file: setting one up zeroes a few hundred
/// kilobytes of tables, which for forty-odd streams was as much work as compressing some
/// of them.
pub(super) struct Deflater {
    compress: flate2::Compress,
}

impl Deflater {
    /// A compressor at `level` (0–9), writing zlib streams as `/FlateDecode` expects.
    pub(super) fn new(level: u32) -> Deflater {
        Deflater {
            compress: flate2::Compress::new(flate2::Compression::new(level), true),
        }
    }

    /// `bytes` deflated, or `None` if the compressor fails (it does not, on memory).
    pub(super) fn deflate(&mut self, bytes: &[u8]) -> Option<Vec<u8>> {
        self.compress.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        loop {
            let read = self.compress.total_in() as usize;
            let status = self
                .compress
                .compress_vec(&bytes[read..], &mut out, flate2::FlushCompress::Finish)
                .ok()?;
            match status {
                flate2::Status::StreamEnd => return Some(out),
                flate2::Status::Ok | flate2::Status::BufError => {
                    out.reserve(out.capacity().max(64));
                }
            }
        }
    }
}

/// The zlib level for content and font streams. Measured on the 28-page benchmark case
/// with the miniz_oxide backend (zlib-rs now, whose files are a few per cent larger):
/// level 1 gives 136 KB in 17.7 ms, level 3 106 KB in 17.9 ms, level 6 102 KB in 21.1 ms
/// (whole `casewright export` process); printpdf's own level 9 took about 10 ms more.
const COMPRESSION_LEVEL: u32 = 3;

/// The zlib level for the object streams (the structure tree's small dictionaries) and the
/// cross-reference stream: so repetitive that zlib's fastest level packs them nearly as
/// tightly (on the 30-page example with miniz_oxide, 22.7 KB at level 3, 25.5 KB at level 1)
/// in less time.
const PACKED_LEVEL: u32 = 1;

/// Deflates every stream that is not compressed yet.
fn compress_streams(file: &mut lopdf::Document, deflater: &mut Deflater) {
    for object in file.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        if let Some(compressed) = deflater.deflate(&stream.content)
            && compressed.len() < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// Draws anything but text (text goes through [`draw_text`]), flipping y: PDF counts from
/// the bottom of the page.
fn draw(content: &mut Content, item: &Item) {
    let flipped = |(x, y): (f32, f32)| (x, PAGE_HEIGHT - y);
    match item {
        Item::Text(_) => {}
        Item::Rule(rule) => {
            content.stroke_color(rule.color);
            content.line_width(rule.width);
            content.path([flipped(rule.from), flipped(rule.to)], false, Paint::Stroke);
        }
        Item::Box(filled) => {
            content.fill_color(filled.color);
            content.filled_rectangle(
                filled.x,
                PAGE_HEIGHT - filled.y - filled.height,
                filled.width,
                filled.height,
            );
        }
        Item::Path(path) => {
            let points = path.points.iter().copied().map(flipped);
            if let Some(fill) = path.fill.filter(|_| path.closed) {
                content.fill_color(fill);
                let paint = match path.stroke {
                    Some((stroke, width)) => {
                        content.stroke_color(stroke);
                        content.line_width(width);
                        Paint::FillAndStroke
                    }
                    None => Paint::Fill,
                };
                content.path(points, true, paint);
            } else if let Some((stroke, width)) = path.stroke {
                content.stroke_color(stroke);
                content.line_width(width);
                content.path(points, path.closed, Paint::Stroke);
            }
        }
        // Links are annotations, added once the pages are written.
        Item::Link(_) => {}
    }
}

/// What the text state has set, so consecutive runs share one text object and only the
/// font or colour changes are written: fewer operators, a smaller and faster file. The font
/// and fill colour outlast a text object (they are graphics state), so only drawing
/// something else in another fill forgets the colour.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(Font, u32)>,
    color: Option<Rgb>,
}

impl TextState {
    /// Opens a text object, unless one is open.
    fn start(&mut self, content: &mut Content) {
        if !self.open {
            content.begin_text();
            self.open = true;
        }
    }

    /// Closes the text object, if one is open.
    fn end(&mut self, content: &mut Content) {
        if self.open {
            content.end_text();
            self.open = false;
        }
    }
}

/// Whether the next text drawn after an item with `role` is more of the same content: the
/// next line of the same paragraph or cell.
fn continued(rest: &[Drawn], role: Role) -> bool {
    matches!(role, Role::Content(_))
        && rest
            .iter()
            .find(|drawn| matches!(drawn.item, Item::Text(_)))
            .is_some_and(|next| next.role == role)
}

/// Draws a run piece by piece: in visual order, each piece in the font that has its glyphs.
///
/// A line that the next line continues ends with a space (drawn after its last glyph, so
/// nothing moves): the layout drops the space where it breaks a line, and without it the
/// last word of one line and the first of the next run together when the text is
/// extracted or read aloud.
fn draw_text(
    content: &mut Content,
    run: &TextRun,
    continues: bool,
    fonts: &EmbeddedFonts,
    state: &mut TextState,
) {
    let (sin, cos) = run.angle.to_radians().sin_cos();
    let mut segments = text::display_segments(run.face, run.size, &run.text);
    if continues
        && !run.text.ends_with(char::is_whitespace)
        && let Some(last) = segments.last_mut()
    {
        last.text.push(' ');
    }
    for segment in segments {
        let Some(font) = fonts.get(segment.font) else {
            continue;
        };
        state.start(content);
        if state.color != Some(run.color) {
            content.fill_color(run.color);
            state.color = Some(run.color);
        }
        let font_key = (segment.font, run.size.to_bits());
        if state.font != Some(font_key) {
            content.font(&font.id.0, run.size);
            state.font = Some(font_key);
        }
        let x = run.x + cos * segment.offset;
        let y = PAGE_HEIGHT - run.baseline + sin * segment.offset;
        content.text_matrix([cos, sin, -sin, cos, x, y]);
        content.show_glyphs(segment.text.chars().map(|c| font.glyph(c)));
    }
}
