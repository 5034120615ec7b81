//! The page model: pages of positioned text runs, rules, boxes, paths and link areas, each
//! with its [`Role`] for a reader who cannot see the page.
//!
//! This is the contract between the layout and whatever draws it. It knows nothing of
//! printpdf, so the app can paint the very same pages as a preview, and tests can read the
//! text back without parsing a PDF. Units are PDF points (1/72 inch); the origin is the top
//! left corner of the page and y grows downwards, as on screen.

use crate::case::Anchor;
use crate::fonts::Face;
use crate::palette::Rgb;

use super::structure::{NodeId, Structure};

/// A4 width in points (210 mm).
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points (297 mm).
pub const PAGE_HEIGHT: f32 = 841.89;

/// The rectangle body text must stay inside; headers and footers sit in the margins.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContentBox {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Right edge.
    pub right: f32,
    /// Bottom edge.
    pub bottom: f32,
}

impl ContentBox {
    /// The body area of every page: 20 mm side margins, room above and below for the marking,
    /// title and page number.
    pub const A4: ContentBox = ContentBox {
        left: 56.69,
        top: 72.0,
        right: PAGE_WIDTH - 56.69,
        bottom: PAGE_HEIGHT - 76.0,
    };

    /// The width of the box.
    pub fn width(&self) -> f32 {
        self.right - self.left
    }
}

/// Where on the page a text run belongs, so checks can hold body text to the content box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The body, inside [`ContentBox::A4`].
    Body,
    /// The header and footer.
    Margin,
    /// The DRAFT mark across the page.
    Watermark,
}

/// A line of text in one face and size, already measured.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge of the run.
    pub x: f32,
    /// The baseline.
    pub baseline: f32,
    /// The characters, in logical order.
    pub text: String,
    /// The face.
    pub face: Face,
    /// The size in points.
    pub size: f32,
    /// The colour.
    pub color: Rgb,
    /// The measured advance width.
    pub width: f32,
    /// Body, margin or watermark.
    pub region: Region,
    /// Runs of one paragraph or table cell share a group, numbered in reading order, so the
    /// text can be read back in order even when a table row splits across pages.
    pub group: u32,
    /// Rotation about (x, baseline), in degrees counter-clockwise; 0 for all but the DRAFT mark.
    pub angle: f32,
}

/// A straight line.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Start.
    pub from: (f32, f32),
    /// End.
    pub to: (f32, f32),
    /// Stroke width in points.
    pub width: f32,
    /// Colour.
    pub color: Rgb,
}

/// A filled rectangle (table header shading, chart bars, heat map cells).
#[derive(Debug, Clone, PartialEq)]
pub struct FilledBox {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Fill colour.
    pub color: Rgb,
}

/// A polygon or polyline, for chart markers and outlines.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// The points in order.
    pub points: Vec<(f32, f32)>,
    /// Whether the last point joins the first.
    pub closed: bool,
    /// The fill, if any (closed paths only).
    pub fill: Option<Rgb>,
    /// The stroke colour and width, if any.
    pub stroke: Option<(Rgb, f32)>,
}

/// A clickable area that jumps to another page (a contents entry).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// The page to go to, counting from 0.
    pub target_page: usize,
    /// Where the link goes, in words, for a reader who cannot see the page
    /// ("4. Options appraisal, page 7").
    pub description: String,
}

/// What kind of decoration an artifact is, so an assistive reader can skip it knowingly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// The running header: the protective marking at the top of a page.
    Header,
    /// The running footer: the marking at the bottom, the title, version and page number.
    Footer,
    /// The DRAFT mark across the page.
    Watermark,
    /// What is only there because the content broke between pages: a table's header row
    /// repeated at the top of the next page.
    Repeated,
    /// Rules, shading and lines that only arrange the page.
    Layout,
}

/// What a page item is to a reader who cannot see the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Part of the content: it belongs to this node of [`Pages::structure`].
    Content(NodeId),
    /// Decoration, left out of what is read aloud.
    Artifact(Artifact),
}

/// An item on a page with its role.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// What is drawn.
    pub item: Item,
    /// Whether it is content (and of which node) or decoration.
    pub role: Role,
    /// The field of the case it shows, where it came from one, so a preview can go from the
    /// paper to the field.
    pub source: Option<Anchor>,
}

/// Anything drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text.
    Text(TextRun),
    /// A line.
    Rule(Rule),
    /// A filled rectangle.
    Box(FilledBox),
    /// A polygon or polyline.
    Path(Path),
    /// A link.
    Link(LinkArea),
}

/// One page, its items in painting order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// What is drawn, back to front.
    pub items: Vec<Drawn>,
}

impl Page {
    /// The text runs on the page, in painting order.
    pub fn text_runs(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|drawn| match &drawn.item {
            Item::Text(run) => Some(run),
            _ => None,
        })
    }
}

/// An entry of the PDF outline (bookmarks pane).
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    /// The section heading, with its number.
    pub title: String,
    /// The page it starts on, counting from 0.
    pub page: usize,
    /// The subsections' entries, nested under the section's.
    pub children: Vec<Bookmark>,
}

/// The laid-out paper: what the PDF writer or a preview draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    /// The pages, front sheet first.
    pub pages: Vec<Page>,
    /// The outline: one entry a section, in document order, each with its subsections.
    pub bookmarks: Vec<Bookmark>,
    /// What a screen reader reads, in order; page items point into it.
    pub structure: Structure,
}

impl Pages {
    /// The body text in reading order: each paragraph or cell's lines together, one run a
    /// line. Used by tests and by anyone who wants the words without parsing the PDF.
    pub fn body_text(&self) -> String {
        let mut runs: Vec<&TextRun> = self
            .pages
            .iter()
            .flat_map(Page::text_runs)
            .filter(|run| run.region == Region::Body)
            .collect();
        runs.sort_by_key(|run| run.group);
        let mut text = String::new();
        for run in runs {
            text.push_str(&run.text);
            text.push('\n');
        }
        text
    }
}
