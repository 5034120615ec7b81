//! A page's content stream, written straight to bytes.
//!
//! printpdf turns a list of its `Op`s into operators through lopdf, which allocates an
//! object for every operand and a string for every glyph and formats each glyph's hex
//! digits one byte at a time: on the crowded benchmark case that was over half of the
//! export. A paper uses a dozen operators, so they are written here, once, into one buffer.
//! printpdf still builds the file around them (fonts, page tree, resources); `super::write`
//! puts these bytes in as each page's contents.
//!
//! Numbers are written to a thousandth of a point (a thousandth of a colour channel): far
//! finer than any printer or screen, and short.

use super::file::write_integer;
use crate::palette::Rgb;

/// One operand of a marked-content property list.
pub(super) enum Property<'a> {
    /// A name, written `/Name`.
    Name(&'a str),
    /// An integer.
    Integer(i64),
}

/// How a path is painted once drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Paint {
    /// Stroked in the stroke colour, open or closed.
    Stroke,
    /// Closed and filled in the fill colour.
    Fill,
    /// Closed, filled and then stroked.
    FillAndStroke,
}

/// The operators of one content stream, as bytes.
#[derive(Default)]
pub(super) struct Content {
    bytes: Vec<u8>,
}

impl Content {
    /// An empty stream with room for about `operators` operators.
    pub(super) fn with_capacity(operators: usize) -> Content {
        Content {
            bytes: Vec::with_capacity(operators * 24),
        }
    }

    /// The stream's bytes.
    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// `BT`: opens a text object.
    pub(super) fn begin_text(&mut self) {
        self.operator("BT");
    }

    /// `ET`: closes the text object.
    pub(super) fn end_text(&mut self) {
        self.operator("ET");
    }

    /// `rg`: the fill colour, for text and filled shapes.
    pub(super) fn fill_color(&mut self, rgb: Rgb) {
        self.channels(rgb);
        self.operator("rg");
    }

    /// `RG`: the stroke colour, for lines.
    pub(super) fn stroke_color(&mut self, rgb: Rgb) {
        self.channels(rgb);
        self.operator("RG");
    }

    /// `w`: the line width in points.
    pub(super) fn line_width(&mut self, width: f32) {
        self.number(width);
        self.operator("w");
    }

    /// `Tf`: the font resource `name` at `size` points.
    pub(super) fn font(&mut self, name: &str, size: f32) {
        self.name(name);
        self.number(size);
        self.operator("Tf");
    }

    /// `Tm`: the text matrix.
    pub(super) fn text_matrix(&mut self, matrix: [f32; 6]) {
        for value in matrix {
            self.number(value);
        }
        self.operator("Tm");
    }

    /// `Tj`: shows glyphs of the current (two-byte, Identity-H) font by their ids.
    pub(super) fn show_glyphs(&mut self, glyphs: impl IntoIterator<Item = u16>) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        self.bytes.push(b'<');
        for glyph in glyphs {
            for shift in [12, 8, 4, 0] {
                self.bytes.push(HEX[usize::from((glyph >> shift) & 0xF)]);
            }
        }
        self.bytes.extend_from_slice(b">");
        self.operator("Tj");
    }

    /// `re f`: a filled rectangle, its corner at (`x`, `y`) in PDF coordinates (y up).
    pub(super) fn filled_rectangle(&mut self, x: f32, y: f32, width: f32, height: f32) {
        for value in [x, y, width, height] {
            self.number(value);
        }
        self.operator("re");
        self.operator("f");
    }

    /// A path through `points` (PDF coordinates), painted as `paint` says; filled paths are
    /// closed, stroked ones closed when `closed`.
    pub(super) fn path(
        &mut self,
        points: impl IntoIterator<Item = (f32, f32)>,
        closed: bool,
        paint: Paint,
    ) {
        let mut operator = "m";
        for (x, y) in points {
            self.number(x);
            self.number(y);
            self.operator(operator);
            operator = "l";
        }
        if operator == "m" {
            // No points: nothing to paint.
            return;
        }
        match paint {
            Paint::Stroke => {
                if closed {
                    self.operator("h");
                }
                self.operator("S");
            }
            Paint::Fill => {
                self.operator("h");
                self.operator("f");
            }
            Paint::FillAndStroke => {
                self.operator("h");
                self.operator("B");
            }
        }
    }

    /// `q /name Do Q`: draws the form XObject `name` where it was made to go.
    pub(super) fn form(&mut self, name: &str) {
        self.operator("q");
        self.name(name);
        self.operator("Do");
        self.operator("Q");
    }

    /// `BDC` (or `BMC` with no properties): begins a marked-content sequence tagged `tag`.
    pub(super) fn begin_marked(&mut self, tag: &str, properties: &[(&str, Property<'_>)]) {
        self.name(tag);
        if properties.is_empty() {
            self.operator("BMC");
            return;
        }
        self.bytes.extend_from_slice(b"<<");
        for (key, value) in properties {
            self.name(key);
            match value {
                Property::Name(name) => self.name(name),
                Property::Integer(value) => {
                    self.integer(*value);
                    self.bytes.push(b' ');
                }
            }
        }
        self.bytes.extend_from_slice(b">> ");
        self.operator("BDC");
    }

    /// `EMC`: ends the marked-content sequence.
    pub(super) fn end_marked(&mut self) {
        self.operator("EMC");
    }

    fn operator(&mut self, operator: &str) {
        self.bytes.extend_from_slice(operator.as_bytes());
        self.bytes.push(b'\n');
    }

    /// A name operand. Ours are plain ASCII letters and digits, which need no escapes.
    fn name(&mut self, name: &str) {
        debug_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric()));
        self.bytes.push(b'/');
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.push(b' ');
    }

    fn channels(&mut self, rgb: Rgb) {
        for channel in [rgb.0, rgb.1, rgb.2] {
            self.number(f32::from(channel) / 255.0);
        }
    }

    /// A number operand to the nearest thousandth, without trailing zeros.
    fn number(&mut self, value: f32) {
        // A cast from a float saturates, and NaN becomes 0: never an invalid operand.
        let thousandths = (f64::from(value) * 1000.0).round() as i64;
        if thousandths < 0 {
            self.bytes.push(b'-');
        }
        let magnitude = thousandths.unsigned_abs();
        // At most 2^63 / 1000: always an i64.
        self.integer((magnitude / 1000) as i64);
        let fraction = magnitude % 1000;
        if fraction != 0 {
            let digits = [fraction / 100, fraction / 10 % 10, fraction % 10];
            let kept = if digits[2] != 0 {
                3
            } else if digits[1] != 0 {
                2
            } else {
                1
            };
            self.bytes.push(b'.');
            self.bytes
                .extend(digits[..kept].iter().map(|digit| b'0' + *digit as u8));
        }
        self.bytes.push(b' ');
    }

    fn integer(&mut self, value: i64) {
        write_integer(&mut self.bytes, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(draw: impl FnOnce(&mut Content)) -> String {
        let mut content = Content::default();
        draw(&mut content);
        String::from_utf8(content.into_bytes()).expect("ASCII")
    }

    #[test]
    fn numbers_are_written_to_a_thousandth_without_trailing_zeros() {
        let text = written(|c| {
            for value in [
                0.0,
                -0.0,
                1.0,
                12.5,
                -3.25,
                0.1234,
                841.89,
                -0.0004,
                1e12,
                f32::NAN,
            ] {
                c.number(value);
            }
        });
        assert_eq!(text, "0 0 1 12.5 -3.25 0.123 841.89 0 999999995904 0 ");
    }

    #[test]
    fn each_operator_parses_back_as_written() {
        let bytes = {
            let mut c = Content::default();
            c.begin_marked("P", &[("MCID", Property::Integer(7))]);
            c.begin_marked(
                "Artifact",
                &[
                    ("Type", Property::Name("Pagination")),
                    ("Subtype", Property::Name("Footer")),
                ],
            );
            c.begin_marked("Artifact", &[]);
            c.begin_text();
            c.fill_color(Rgb(255, 0, 51));
            c.font("F1", 10.5);
            c.text_matrix([1.0, 0.0, 0.0, 1.0, 72.0, 700.25]);
            c.show_glyphs([0x0001, 0xABCD]);
            c.end_text();
            c.stroke_color(Rgb(0, 0, 0));
            c.line_width(0.5);
            c.path([(0.0, 0.0), (10.0, 10.0)], false, Paint::Stroke);
            c.path(
                [(0.0, 0.0), (10.0, 0.0), (5.0, 5.0)],
                true,
                Paint::FillAndStroke,
            );
            c.filled_rectangle(1.0, 2.0, 3.0, 4.0);
            c.form("Wm1");
            c.end_marked();
            c.into_bytes()
        };
        let content = lopdf::content::Content::decode(&bytes).expect("the stream parses");
        let operators: Vec<&str> = content
            .operations
            .iter()
            .map(|operation| operation.operator.as_str())
            .collect();
        assert_eq!(
            operators,
            [
                "BDC", "BDC", "BMC", "BT", "rg", "Tf", "Tm", "Tj", "ET", "RG", "w", "m", "l", "S",
                "m", "l", "l", "h", "B", "re", "f", "q", "Do", "Q", "EMC"
            ]
        );
        let mcid = &content.operations[0].operands[1];
        assert_eq!(
            mcid.as_dict()
                .and_then(|d| d.get(b"MCID"))
                .and_then(lopdf::Object::as_i64)
                .ok(),
            Some(7)
        );
        let shown = &content.operations[7].operands[0];
        assert_eq!(shown.as_str().ok(), Some(&[0x00, 0x01, 0xAB, 0xCD][..]));
        let red = content.operations[4].operands[0]
            .as_float()
            .expect("a number");
        assert!((red - 1.0).abs() < 1e-6);
    }
}
