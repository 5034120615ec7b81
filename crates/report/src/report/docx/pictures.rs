//! Charts as pictures: the page items the PDF draws for a chart (`charts::draw`), painted
//! onto a PNG at 216 dots per inch with tiny-skia, and the DrawingML that places the PNG
//! inline with its alternative text.
//!
//! The chart is drawn from the same chart model by the same code as the PDF's, so the
//! picture cannot say something the PDF does not; the labels are the bundled fonts' own
//! glyph outlines (through the same fallback chain), so they look as they do in the PDF.
//! The alternative text (`wp:docPr descr`) is the text the PDF gives its figure tag, and
//! the text equivalent is printed beside the picture as in the PDF, so nothing is only in
//! a picture.

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use crate::fonts::Font;
use crate::palette::Rgb;
use crate::report::charts;
use crate::report::document::Chart;
use crate::report::page::{Item, TextRun};
use crate::report::text;

use super::xml::Xml;

/// Pixels per point: 3 gives 216 dots per inch, sharp when printed.
const SCALE: f32 = 3.0;

/// EMUs (the unit DrawingML measures in) per point.
const EMU_PER_POINT: f32 = 12_700.0;

/// Why a chart could not be drawn as a picture.
#[derive(Debug, thiserror::Error)]
pub(super) enum PictureError {
    /// The chart has no area to draw on.
    #[error("a chart of {0} × {1} points has no area to draw")]
    Empty(f32, f32),
    /// The PNG encoder failed.
    #[error("the chart could not be encoded as PNG: {0}")]
    Encoding(String),
}

/// `chart` drawn `width` × `height` points, as PNG bytes.
pub(super) fn png(chart: &Chart, width: f32, height: f32) -> Result<Vec<u8>, PictureError> {
    let pixels = |points: f32| (points * SCALE).ceil() as u32;
    let mut pixmap =
        Pixmap::new(pixels(width), pixels(height)).ok_or(PictureError::Empty(width, height))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let scale = Transform::from_scale(SCALE, SCALE);
    for item in charts::draw(chart, 0.0, 0.0, width, height) {
        draw(&mut pixmap, &item, scale);
    }
    pixmap
        .encode_png()
        .map_err(|error| PictureError::Encoding(error.to_string()))
}

fn paint(color: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(color.0, color.1, color.2, 255);
    paint.anti_alias = true;
    paint
}

/// Paints one page item; a link has nothing to paint.
fn draw(pixmap: &mut Pixmap, item: &Item, transform: Transform) {
    match item {
        Item::Box(filled) => {
            if let Some(rect) = Rect::from_xywh(filled.x, filled.y, filled.width, filled.height) {
                pixmap.fill_rect(rect, &paint(filled.color), transform, None);
            }
        }
        Item::Rule(rule) => {
            let mut builder = PathBuilder::new();
            builder.move_to(rule.from.0, rule.from.1);
            builder.line_to(rule.to.0, rule.to.1);
            if let Some(path) = builder.finish() {
                let stroke = Stroke {
                    width: rule.width,
                    ..Stroke::default()
                };
                pixmap.stroke_path(&path, &paint(rule.color), &stroke, transform, None);
            }
        }
        Item::Path(shape) => {
            let mut builder = PathBuilder::new();
            for (i, (x, y)) in shape.points.iter().enumerate() {
                if i == 0 {
                    builder.move_to(*x, *y);
                } else {
                    builder.line_to(*x, *y);
                }
            }
            if shape.closed {
                builder.close();
            }
            let Some(path) = builder.finish() else {
                return;
            };
            if let (Some(fill), true) = (shape.fill, shape.closed) {
                pixmap.fill_path(&path, &paint(fill), FillRule::Winding, transform, None);
            }
            if let Some((color, width)) = shape.stroke {
                let stroke = Stroke {
                    width,
                    ..Stroke::default()
                };
                pixmap.stroke_path(&path, &paint(color), &stroke, transform, None);
            }
        }
        Item::Text(run) => draw_text(pixmap, run, transform),
        Item::Link(_) => {}
    }
}

/// Paints a text run with the glyph outlines of the fonts the PDF draws it with, piece by
/// piece as `text::display_segments` cuts it.
fn draw_text(pixmap: &mut Pixmap, run: &TextRun, transform: Transform) {
    let transform = transform
        .pre_translate(run.x, run.baseline)
        .pre_rotate(-run.angle);
    let paint = paint(run.color);
    for segment in text::display_segments(run.face, run.size, &run.text) {
        let scale = run.size / f32::from(text::units_per_em(segment.font));
        let mut x = segment.offset;
        for c in segment.text.chars() {
            let id = text::glyph_id(segment.font, c);
            if let Some(path) = outline(segment.font, id) {
                let at = transform.pre_translate(x, 0.0).pre_scale(scale, -scale);
                pixmap.fill_path(&path, &paint, FillRule::Winding, at, None);
            }
            x += f32::from(text::glyph_advance(segment.font, id)) * scale;
        }
    }
}

/// A glyph's outline in font units (y up), or `None` for a glyph with none (a space).
fn outline(font: Font, id: u16) -> Option<tiny_skia::Path> {
    struct Builder(PathBuilder);
    impl ttf_parser::OutlineBuilder for Builder {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.move_to(x, y);
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.line_to(x, y);
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.quad_to(x1, y1, x, y);
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.cubic_to(x1, y1, x2, y2, x, y);
        }
        fn close(&mut self) {
            self.0.close();
        }
    }
    let mut builder = Builder(PathBuilder::new());
    crate::fonts::parsed(font).outline_glyph(ttf_parser::GlyphId(id), &mut builder)?;
    builder.0.finish()
}

/// A picture placed inline, `width` × `height` points: `id` numbers it in the document,
/// `relationship` names its PNG, `description` is its alternative text.
pub(super) fn inline(
    xml: &mut Xml,
    id: usize,
    relationship: &str,
    description: &str,
    (width, height): (f32, f32),
) {
    let cx = ((width * EMU_PER_POINT).round() as i64).to_string();
    let cy = ((height * EMU_PER_POINT).round() as i64).to_string();
    let id = id.to_string();
    let name = format!("Figure {id}");
    xml.open("w:r", &[]);
    xml.open("w:drawing", &[]);
    xml.open(
        "wp:inline",
        &[
            ("distT", "0"),
            ("distB", "0"),
            ("distL", "0"),
            ("distR", "0"),
        ],
    );
    xml.empty("wp:extent", &[("cx", &cx), ("cy", &cy)]);
    xml.empty(
        "wp:effectExtent",
        &[("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")],
    );
    xml.empty(
        "wp:docPr",
        &[("id", &id), ("name", &name), ("descr", description)],
    );
    xml.open("wp:cNvGraphicFramePr", &[]);
    xml.empty("a:graphicFrameLocks", &[("noChangeAspect", "1")]);
    xml.close("wp:cNvGraphicFramePr");
    xml.open("a:graphic", &[]);
    xml.open("a:graphicData", &[("uri", super::PIC)]);
    xml.open("pic:pic", &[]);
    xml.open("pic:nvPicPr", &[]);
    xml.empty(
        "pic:cNvPr",
        &[("id", &id), ("name", &name), ("descr", description)],
    );
    xml.empty("pic:cNvPicPr", &[]);
    xml.close("pic:nvPicPr");
    xml.open("pic:blipFill", &[]);
    xml.empty("a:blip", &[("r:embed", relationship)]);
    xml.open("a:stretch", &[]);
    xml.empty("a:fillRect", &[]);
    xml.close("a:stretch");
    xml.close("pic:blipFill");
    xml.open("pic:spPr", &[]);
    xml.open("a:xfrm", &[]);
    xml.empty("a:off", &[("x", "0"), ("y", "0")]);
    xml.empty("a:ext", &[("cx", &cx), ("cy", &cy)]);
    xml.close("a:xfrm");
    xml.open("a:prstGeom", &[("prst", "rect")]);
    xml.empty("a:avLst", &[]);
    xml.close("a:prstGeom");
    xml.close("pic:spPr");
    xml.close("pic:pic");
    xml.close("a:graphicData");
    xml.close("a:graphic");
    xml.close("wp:inline");
    xml.close("w:drawing");
    xml.close("w:r");
}
