//! Runs and fields: the words of a paragraph with their formatting, and the fields Word
//! fills in (the page number, the number of pages, the contents).
//!
//! A line break in the text is a `w:br` and a tab a `w:tab`, so what the user typed on two
//! lines stays on two lines. Every field is written whole (begin, instruction, separate,
//! today's result, end), so a reader that does not update fields still shows a value.

use crate::palette::Rgb;

use super::xml::Xml;
use super::{half_points, hex};

/// How a run differs from its paragraph's style.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct RunLook {
    /// Bold.
    pub(super) bold: bool,
    /// Its colour, where not the style's.
    pub(super) color: Option<Rgb>,
    /// Its size in points, where not the style's.
    pub(super) size: Option<f32>,
}

impl RunLook {
    /// Bold, or as the style is.
    pub(super) fn bold(bold: bool) -> RunLook {
        RunLook {
            bold,
            ..RunLook::default()
        }
    }

    /// The run's `w:rPr`, children in the schema's order (b, color, sz), if it has one.
    fn write(&self, xml: &mut Xml) {
        if !self.bold && self.color.is_none() && self.size.is_none() {
            return;
        }
        xml.open("w:rPr", &[]);
        if self.bold {
            xml.empty("w:b", &[]);
            xml.empty("w:bCs", &[]);
        }
        if let Some(color) = self.color {
            xml.empty("w:color", &[("w:val", &hex(color))]);
        }
        if let Some(size) = self.size {
            let size = half_points(size);
            xml.empty("w:sz", &[("w:val", &size)]);
            xml.empty("w:szCs", &[("w:val", &size)]);
        }
        xml.close("w:rPr");
    }
}

/// A run of `text`: its lines joined by breaks, its tabs as tabs.
pub(super) fn run(xml: &mut Xml, text: &str, look: RunLook) {
    xml.open("w:r", &[]);
    look.write(xml);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            xml.empty("w:br", &[]);
        }
        for (j, piece) in line.trim_end_matches('\r').split('\t').enumerate() {
            if j > 0 {
                xml.empty("w:tab", &[]);
            }
            if !piece.is_empty() {
                xml.element("w:t", &[("xml:space", "preserve")], piece);
            }
        }
    }
    xml.close("w:r");
}

/// A run holding only a tab.
pub(super) fn tab(xml: &mut Xml, look: RunLook) {
    xml.open("w:r", &[]);
    look.write(xml);
    xml.empty("w:tab", &[]);
    xml.close("w:r");
}

/// Whether Word should work a field's result out again when it opens the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dirty {
    /// Word may show the result as it is.
    No,
    /// Word should update the result when the file is opened (the contents).
    Yes,
}

/// The start of a field with `instruction`, up to where its result begins.
pub(super) fn field_begin(xml: &mut Xml, instruction: &str, dirty: Dirty, look: RunLook) {
    xml.open("w:r", &[]);
    look.write(xml);
    match dirty {
        Dirty::Yes => xml.empty(
            "w:fldChar",
            &[("w:fldCharType", "begin"), ("w:dirty", "true")],
        ),
        Dirty::No => xml.empty("w:fldChar", &[("w:fldCharType", "begin")]),
    }
    xml.close("w:r");
    xml.open("w:r", &[]);
    look.write(xml);
    xml.element(
        "w:instrText",
        &[("xml:space", "preserve")],
        &format!(" {instruction} "),
    );
    xml.close("w:r");
    xml.open("w:r", &[]);
    look.write(xml);
    xml.empty("w:fldChar", &[("w:fldCharType", "separate")]);
    xml.close("w:r");
}

/// The end of a field.
pub(super) fn field_end(xml: &mut Xml, look: RunLook) {
    xml.open("w:r", &[]);
    look.write(xml);
    xml.empty("w:fldChar", &[("w:fldCharType", "end")]);
    xml.close("w:r");
}

/// A whole field in one paragraph: `instruction` with today's `result`.
pub(super) fn field(xml: &mut Xml, instruction: &str, result: &str, look: RunLook) {
    field_begin(xml, instruction, Dirty::No, look);
    run(xml, result, look);
    field_end(xml, look);
}
