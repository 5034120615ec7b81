//! `word/styles.xml`: Word's own built-in styles, set to look like the PDF.
//!
//! Everything in the body names a built-in style by its built-in id and name (Title,
//! heading 1–3, List Bullet, List Number, Caption, TOC Heading, toc 1–3, header, footer), so
//! when a committee clerk attaches the committee's template, or copies the paper into it,
//! the template's styles take over and the paper looks like every other paper in the pack.
//! Only what Word has no style for (a grey note, a large line on the front sheet) has a
//! style of our own, based on Normal so it follows the template's font.
//!
//! The language (en-GB), the font and the body size are on the document defaults, where a
//! template's defaults replace them. Children of a style are written in the schema's order
//! (name, basedOn, next, uiPriority, unhideWhenUsed, qFormat, pPr, rPr, tblPr, tcPr).

use crate::palette::{self, Rgb};
use crate::report::document::HeadingLevel;
use crate::report::layout::style::{
    BODY_SIZE, CELL_PAD_X, CELL_PAD_Y, GLYPH_HEIGHT, HeadingStyle, ITEM_GAP, LEADING,
    PARAGRAPH_GAP, RULE, SMALL_SIZE, TABLE_SIZE,
};

use super::numbering::{BULLETS, NUMBERS};
use super::xml::Xml;
use super::{CONTENT_WIDTH, FONT, LANGUAGE, half_points, hex, twips};

/// The style id of a data table: borders in the paper's rule colour, the header shaded.
pub(super) const DATA_TABLE: &str = "CasewrightTable";
/// The style id of a key–value list: bordered as a data table, with no header row.
pub(super) const KEY_VALUES: &str = "CasewrightKeyValues";
/// The style id of a table that only arranges its content (a key–value list, a chart
/// beside its text equivalent): no borders, no header row.
pub(super) const LAYOUT_TABLE: &str = "CasewrightLayout";
/// The style id of a grey italic note ("Not yet provided.").
pub(super) const NOTE: &str = "CasewrightNote";
/// The style id of a large line on the front sheet (the committee).
pub(super) const DISPLAY: &str = "CasewrightDisplay";

/// A paragraph's spacing and run formatting, as a style sets them.
#[derive(Default, Clone, Copy)]
struct Look {
    bold: bool,
    italic: bool,
    color: Option<Rgb>,
    size: Option<f32>,
    before: Option<f32>,
    after: Option<f32>,
    keep_next: bool,
    outline: Option<u8>,
}

/// The styles part.
pub(super) fn part() -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open("w:styles", &[("xmlns:w", super::W), ("xmlns:r", super::R)]);
    defaults(&mut xml);
    let heading = |level: HeadingLevel| {
        let set = HeadingStyle::of(level);
        Look {
            bold: true,
            color: Some(palette::HEADING),
            size: Some(set.size),
            before: Some(set.space_before),
            after: Some(set.space_after),
            keep_next: true,
            outline: None,
            ..Look::default()
        }
    };
    let normal = Style::paragraph("Normal", "Normal");
    normal.default().write(&mut xml);
    Style {
        kind: "character",
        id: "DefaultParagraphFont",
        name: "Default Paragraph Font",
        default: true,
        based_on: None,
        hidden: true,
        ..normal
    }
    .write(&mut xml);
    Style::paragraph("Title", "Title")
        .based("Normal")
        .look(heading(HeadingLevel::Title))
        .write(&mut xml);
    // The PDF has two levels under the title; a third (for the template's sake) is set as
    // the second.
    let levels = [
        HeadingLevel::Section,
        HeadingLevel::Subsection,
        HeadingLevel::Subsection,
    ];
    for (outline, (id, level)) in ["Heading1", "Heading2", "Heading3"]
        .into_iter()
        .zip(levels)
        .enumerate()
    {
        let name = format!("heading {}", outline + 1);
        Style::paragraph(id, &name)
            .based("Normal")
            .look(Look {
                outline: Some(outline as u8),
                ..heading(level)
            })
            .write(&mut xml);
    }
    Style::paragraph("ListBullet", "List Bullet")
        .based("Normal")
        .numbering(BULLETS)
        .look(Look {
            after: Some(ITEM_GAP),
            ..Look::default()
        })
        .write(&mut xml);
    Style::paragraph("ListNumber", "List Number")
        .based("Normal")
        .numbering(NUMBERS)
        .look(Look {
            after: Some(ITEM_GAP),
            ..Look::default()
        })
        .write(&mut xml);
    Style::paragraph("Caption", "caption")
        .based("Normal")
        .look(Look {
            bold: true,
            size: Some(TABLE_SIZE),
            after: Some(4.0),
            keep_next: true,
            ..Look::default()
        })
        .write(&mut xml);
    Style::paragraph("TOCHeading", "TOC Heading")
        .based("Heading1")
        .look(Look {
            outline: Some(9),
            ..heading(HeadingLevel::Section)
        })
        .write(&mut xml);
    for level in 1..=3 {
        let id = format!("TOC{level}");
        let name = format!("toc {level}");
        Style::paragraph(&id, &name)
            .based("Normal")
            .indent(f32::from(level as u8 - 1) * 11.0)
            .dotted_tab()
            .look(Look {
                after: Some(5.0),
                ..Look::default()
            })
            .write(&mut xml);
    }
    for (id, name) in [("Header", "header"), ("Footer", "footer")] {
        Style::paragraph(id, name)
            .based("Normal")
            .look(Look {
                size: Some(SMALL_SIZE),
                after: Some(0.0),
                ..Look::default()
            })
            .write(&mut xml);
    }
    Style::paragraph(NOTE, "Casewright note")
        .based("Normal")
        .look(Look {
            italic: true,
            color: Some(palette::MUTED),
            ..Look::default()
        })
        .write(&mut xml);
    Style::paragraph(DISPLAY, "Casewright display")
        .based("Normal")
        .look(Look {
            bold: true,
            color: Some(palette::HEADING),
            size: Some(14.0),
            ..Look::default()
        })
        .write(&mut xml);
    table_styles(&mut xml);
    xml.close("w:styles");
    xml.into_bytes()
}

/// The document defaults: the font, 12 pt, en-GB, the space after a paragraph, and the
/// PDF's leading (Word counts lines in 240ths of the font's own line, its glyphs' height).
fn defaults(xml: &mut Xml) {
    xml.open("w:docDefaults", &[]);
    xml.open("w:rPrDefault", &[]);
    xml.open("w:rPr", &[]);
    xml.empty(
        "w:rFonts",
        &[
            ("w:ascii", FONT),
            ("w:eastAsia", FONT),
            ("w:hAnsi", FONT),
            ("w:cs", FONT),
        ],
    );
    xml.empty("w:color", &[("w:val", &hex(palette::TEXT))]);
    let size = half_points(BODY_SIZE);
    xml.empty("w:sz", &[("w:val", &size)]);
    xml.empty("w:szCs", &[("w:val", &size)]);
    xml.empty(
        "w:lang",
        &[
            ("w:val", LANGUAGE),
            ("w:eastAsia", LANGUAGE),
            ("w:bidi", "ar-SA"),
        ],
    );
    xml.close("w:rPr");
    xml.close("w:rPrDefault");
    xml.open("w:pPrDefault", &[]);
    xml.open("w:pPr", &[]);
    xml.empty(
        "w:spacing",
        &[
            ("w:after", &twips(PARAGRAPH_GAP)),
            (
                "w:line",
                &((LEADING / GLYPH_HEIGHT * 240.0).round() as u32).to_string(),
            ),
            ("w:lineRule", "auto"),
        ],
    );
    xml.close("w:pPr");
    xml.close("w:pPrDefault");
    xml.close("w:docDefaults");
}

/// One style, as written.
#[derive(Clone, Copy)]
struct Style<'a> {
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    default: bool,
    based_on: Option<&'a str>,
    hidden: bool,
    numbering: Option<u32>,
    indent: Option<f32>,
    dotted_tab: bool,
    look: Look,
}

impl<'a> Style<'a> {
    fn paragraph(id: &'a str, name: &'a str) -> Style<'a> {
        Style {
            kind: "paragraph",
            id,
            name,
            default: false,
            based_on: None,
            hidden: false,
            numbering: None,
            indent: None,
            dotted_tab: false,
            look: Look::default(),
        }
    }

    fn default(self) -> Style<'a> {
        Style {
            default: true,
            ..self
        }
    }

    fn based(self, on: &'a str) -> Style<'a> {
        Style {
            based_on: Some(on),
            ..self
        }
    }

    fn look(self, look: Look) -> Style<'a> {
        Style { look, ..self }
    }

    fn numbering(self, id: u32) -> Style<'a> {
        Style {
            numbering: Some(id),
            ..self
        }
    }

    fn indent(self, points: f32) -> Style<'a> {
        Style {
            indent: Some(points),
            ..self
        }
    }

    fn dotted_tab(self) -> Style<'a> {
        Style {
            dotted_tab: true,
            ..self
        }
    }

    fn write(&self, xml: &mut Xml) {
        let mut attributes = vec![("w:type", self.kind), ("w:styleId", self.id)];
        if self.default {
            attributes.push(("w:default", "1"));
        }
        xml.open("w:style", &attributes);
        xml.empty("w:name", &[("w:val", self.name)]);
        if let Some(on) = self.based_on {
            xml.empty("w:basedOn", &[("w:val", on)]);
            xml.empty("w:next", &[("w:val", "Normal")]);
        }
        if self.hidden {
            xml.empty("w:semiHidden", &[]);
            xml.empty("w:unhideWhenUsed", &[]);
        } else {
            xml.empty("w:qFormat", &[]);
        }
        if self.kind == "paragraph" {
            self.paragraph_properties(xml);
        }
        run_properties(xml, &self.look);
        xml.close("w:style");
    }

    /// The style's `w:pPr`, its children in the schema's order.
    fn paragraph_properties(&self, xml: &mut Xml) {
        let look = &self.look;
        xml.open("w:pPr", &[]);
        if look.keep_next {
            xml.empty("w:keepNext", &[]);
            xml.empty("w:keepLines", &[]);
        }
        if let Some(id) = self.numbering {
            xml.open("w:numPr", &[]);
            xml.empty("w:numId", &[("w:val", &id.to_string())]);
            xml.close("w:numPr");
        }
        if self.dotted_tab {
            xml.open("w:tabs", &[]);
            xml.empty(
                "w:tab",
                &[
                    ("w:val", "right"),
                    ("w:leader", "dot"),
                    ("w:pos", &twips(CONTENT_WIDTH)),
                ],
            );
            xml.close("w:tabs");
        }
        if look.before.is_some() || look.after.is_some() {
            let before = look.before.map(twips);
            let after = look.after.map(twips);
            let mut attributes = Vec::new();
            if let Some(before) = &before {
                attributes.push(("w:before", before.as_str()));
            }
            if let Some(after) = &after {
                attributes.push(("w:after", after.as_str()));
            }
            xml.empty("w:spacing", &attributes);
        }
        if let Some(points) = self.indent {
            xml.empty("w:ind", &[("w:left", &twips(points))]);
        }
        if let Some(level) = look.outline {
            xml.empty("w:outlineLvl", &[("w:val", &level.to_string())]);
        }
        xml.close("w:pPr");
    }
}

/// A style's `w:rPr`, its children in the schema's order.
fn run_properties(xml: &mut Xml, look: &Look) {
    if !look.bold && !look.italic && look.color.is_none() && look.size.is_none() {
        return;
    }
    xml.open("w:rPr", &[]);
    if look.bold {
        xml.empty("w:b", &[]);
        xml.empty("w:bCs", &[]);
    }
    if look.italic {
        xml.empty("w:i", &[]);
        xml.empty("w:iCs", &[]);
    }
    if let Some(color) = look.color {
        xml.empty("w:color", &[("w:val", &hex(color))]);
    }
    if let Some(size) = look.size {
        let size = half_points(size);
        xml.empty("w:sz", &[("w:val", &size)]);
        xml.empty("w:szCs", &[("w:val", &size)]);
    }
    xml.close("w:rPr");
}

/// The table styles: a data table and a key–value list with rules between their rows in the
/// paper's rule colour, and a layout table with none. Cell padding as the PDF's.
fn table_styles(xml: &mut Xml) {
    let pad_x = twips(CELL_PAD_X);
    let pad_y = twips(CELL_PAD_Y);
    for (id, name, bordered) in [
        (DATA_TABLE, "Casewright table", true),
        (KEY_VALUES, "Casewright key values", true),
        (LAYOUT_TABLE, "Casewright layout table", false),
    ] {
        xml.open("w:style", &[("w:type", "table"), ("w:styleId", id)]);
        xml.empty("w:name", &[("w:val", name)]);
        xml.empty("w:uiPriority", &[("w:val", "59")]);
        xml.empty("w:qFormat", &[]);
        xml.open("w:pPr", &[]);
        xml.empty("w:spacing", &[("w:after", "0")]);
        xml.close("w:pPr");
        xml.open("w:rPr", &[]);
        let size = half_points(TABLE_SIZE);
        xml.empty("w:sz", &[("w:val", &size)]);
        xml.empty("w:szCs", &[("w:val", &size)]);
        xml.close("w:rPr");
        xml.open("w:tblPr", &[]);
        if bordered {
            // Rules between the rows and below the table, none down the columns, as the PDF.
            xml.open("w:tblBorders", &[]);
            for edge in ["w:bottom", "w:insideH"] {
                xml.empty(
                    edge,
                    &[
                        ("w:val", "single"),
                        ("w:sz", "4"),
                        ("w:space", "0"),
                        ("w:color", &hex(RULE)),
                    ],
                );
            }
            xml.close("w:tblBorders");
        }
        xml.open("w:tblCellMar", &[]);
        for (edge, pad) in [
            ("w:top", &pad_y),
            ("w:left", &pad_x),
            ("w:bottom", &pad_y),
            ("w:right", &pad_x),
        ] {
            xml.empty(edge, &[("w:w", pad), ("w:type", "dxa")]);
        }
        xml.close("w:tblCellMar");
        xml.close("w:tblPr");
        xml.close("w:style");
    }
}
