//! The DRAFT mark as shapes: the letters' outlines, filled, in one form drawn on every page.
//!
//! Drawn as text, the mark was extractable: copying a page or reading it aloud put "DRAFT"
//! in the middle of the body text. As outlines it is only a picture, and on the page it is
//! marked as a watermark artifact, so a screen reader skips it. The outlines come from the
//! same font the layout measured, so it looks exactly as the text did; defined once as a
//! form XObject and placed on each page, it costs the file a kilobyte, not one a page.

use std::collections::BTreeMap;

use lopdf::Object;
use lopdf::content::{Content, Operation};
use printpdf::{DictItem, ExternalStream, ExternalXObject, PdfDocument, XObjectId};

use crate::report::page::{PAGE_HEIGHT, PAGE_WIDTH, TextRun};
use crate::report::text;

/// The forms added so far, one for each distinct mark (in practice there is one).
#[derive(Default)]
pub(super) struct Watermarks {
    forms: Vec<(TextRun, XObjectId)>,
}

impl Watermarks {
    /// The form that draws `run`, added to `document` the first time it is asked for.
    pub(super) fn form(&mut self, document: &mut PdfDocument, run: &TextRun) -> XObjectId {
        if let Some((_, id)) = self.forms.iter().find(|(known, _)| known == run) {
            return id.clone();
        }
        // Our own resource names, so the same case gives the same bytes.
        let id = XObjectId(format!("Wm{}", self.forms.len() + 1));
        let dict = BTreeMap::from([
            ("Type".to_owned(), DictItem::Name(b"XObject".to_vec())),
            ("Subtype".to_owned(), DictItem::Name(b"Form".to_vec())),
            (
                "BBox".to_owned(),
                DictItem::Array(
                    [0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT]
                        .map(DictItem::Real)
                        .to_vec(),
                ),
            ),
        ]);
        let form = ExternalXObject {
            stream: ExternalStream {
                dict,
                content: outline_ops(run),
                compress: true,
            },
            width: None,
            height: None,
            dpi: None,
        };
        document
            .resources
            .xobjects
            .map
            .insert(id.clone(), printpdf::XObject::External(form));
        self.forms.push((run.clone(), id.clone()));
        id
    }
}

/// The content stream that fills `run`'s letters in its colour, in page coordinates (y up).
fn outline_ops(run: &TextRun) -> Vec<u8> {
    let (sin, cos) = run.angle.to_radians().sin_cos();
    let mut path = Outline {
        operations: Vec::new(),
        origin: (run.x, PAGE_HEIGHT - run.baseline),
        rotation: (sin, cos),
        scale: 1.0,
        pen: 0.0,
        last: (0.0, 0.0),
    };
    for segment in text::display_segments(run.face, run.size, &run.text) {
        let Ok(face) = ttf_parser::Face::parse(segment.font.bytes(), 0) else {
            continue;
        };
        path.scale = run.size / f32::from(text::units_per_em(segment.font));
        let mut advance = 0.0;
        for c in segment.text.chars().filter(|c| !c.is_control()) {
            let glyph = text::glyph_id(segment.font, c);
            path.pen = segment.offset + advance;
            face.outline_glyph(ttf_parser::GlyphId(glyph), &mut path);
            advance += f32::from(text::glyph_advance(segment.font, glyph)) * path.scale;
        }
    }
    let (r, g, b) = (run.color.0, run.color.1, run.color.2);
    let mut operations = vec![Operation::new(
        "rg",
        [r, g, b]
            .map(|channel| Object::Real(f32::from(channel) / 255.0))
            .to_vec(),
    )];
    operations.append(&mut path.operations);
    operations.push(Operation::new("f", vec![]));
    Content { operations }.encode().unwrap_or_default()
}

/// Collects glyph outlines as path operators, each point placed along the rotated baseline.
struct Outline {
    operations: Vec<Operation>,
    /// The run's start on the baseline, in PDF coordinates.
    origin: (f32, f32),
    /// The sine and cosine of the run's angle.
    rotation: (f32, f32),
    /// Points per font unit.
    scale: f32,
    /// Where the current glyph starts along the baseline, in points.
    pen: f32,
    /// The last point, in font units of the current glyph, for turning quadratic curves
    /// into the cubic ones PDF draws.
    last: (f32, f32),
}

impl Outline {
    /// A point of the current glyph, in font units, on the page.
    fn place(&self, x: f32, y: f32) -> [Object; 2] {
        let (sin, cos) = self.rotation;
        let u = self.pen + x * self.scale;
        let v = y * self.scale;
        let page_x = self.origin.0 + u * cos - v * sin;
        let page_y = self.origin.1 + u * sin + v * cos;
        // Hundredths of a point are far finer than any printer, and keep the stream short.
        let round = |value: f32| Object::Real((value * 100.0).round() / 100.0);
        [round(page_x), round(page_y)]
    }

    fn op(&mut self, operator: &str, points: &[(f32, f32)]) {
        let operands = points
            .iter()
            .flat_map(|(x, y)| self.place(*x, *y))
            .collect();
        self.operations.push(Operation::new(operator, operands));
        if let Some(last) = points.last() {
            self.last = *last;
        }
    }
}

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.op("m", &[(x, y)]);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.op("l", &[(x, y)]);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        // The cubic with the same curve: control points two thirds of the way from each end
        // to the quadratic's control point.
        let (x0, y0) = self.last;
        let c1 = (x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
        let c2 = (x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
        self.op("c", &[c1, c2, (x, y)]);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.op("c", &[(x1, y1), (x2, y2), (x, y)]);
    }

    fn close(&mut self) {
        self.operations.push(Operation::new("h", vec![]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;
    use crate::palette::Rgb;
    use crate::report::page::Region;

    fn mark() -> TextRun {
        TextRun {
            x: 100.0,
            baseline: 500.0,
            text: "DRAFT".into(),
            face: Face::Bold,
            size: 120.0,
            color: Rgb(0xec, 0xec, 0xec),
            width: text::width(Face::Bold, 120.0, "DRAFT"),
            region: Region::Watermark,
            group: u32::MAX,
            angle: 45.0,
        }
    }

    #[test]
    fn the_mark_is_filled_outlines_with_no_text() {
        let content = Content::decode(&outline_ops(&mark())).expect("the form's content parses");
        let operators: Vec<&str> = content
            .operations
            .iter()
            .map(|op| op.operator.as_str())
            .collect();
        assert_eq!(operators.first(), Some(&"rg"));
        assert_eq!(operators.last(), Some(&"f"));
        // Five letters, each at least one closed contour, with curves for D and R.
        assert!(operators.iter().filter(|op| **op == "h").count() >= 5);
        assert!(operators.contains(&"c"));
        assert!(!operators.iter().any(|op| ["BT", "Tj", "TJ"].contains(op)));
    }

    #[test]
    fn one_form_serves_every_page() {
        let mut document = PdfDocument::new("Test");
        let mut forms = Watermarks::default();
        let first = forms.form(&mut document, &mark());
        let again = forms.form(&mut document, &mark());
        assert_eq!(first, again);
        assert_eq!(document.resources.xobjects.map.len(), 1);
    }
}
