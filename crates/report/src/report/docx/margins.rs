//! The header and footer of every page: the protective marking at the top and bottom, the
//! footer's title and version beside "Page N of M" (Word's PAGE and NUMPAGES fields between
//! the PDF's own words), and on a draft the DRAFT mark across the page.
//!
//! The DRAFT mark is the shape Word itself writes for a text watermark (a VML WordArt shape
//! anchored in the header, behind the text), so Word's Design ▸ Watermark finds and removes
//! it, and LibreOffice shows it; its word, angle and colour are the PDF's.

use crate::fonts::Face;
use crate::palette;
use crate::report::document::Document;
use crate::report::layout::style::{RULE, WATERMARK};
use crate::report::layout::{
    DRAFT_ANGLE, DRAFT_LABEL, DRAFT_SIZE, MARKING_SIZE, PAGE_LABEL_WORDS, footer_text,
};
use crate::report::text;

use super::runs::{self, RunLook};
use super::xml::Xml;
use super::{CONTENT_WIDTH, hex, twips};

/// The header part: the marking, centred, above a rule; and the DRAFT mark on a draft.
pub(super) fn header(document: &Document) -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open(
        "w:hdr",
        &[
            ("xmlns:w", super::W),
            ("xmlns:r", super::R),
            ("xmlns:v", V),
            ("xmlns:o", O),
        ],
    );
    xml.open("w:p", &[]);
    xml.open("w:pPr", &[]);
    xml.empty("w:pStyle", &[("w:val", "Header")]);
    xml.open("w:pBdr", &[]);
    rule(&mut xml, "w:bottom");
    xml.close("w:pBdr");
    xml.empty("w:jc", &[("w:val", "center")]);
    xml.close("w:pPr");
    if document.draft {
        draft_mark(&mut xml);
    }
    runs::run(&mut xml, &document.marking, marking_look());
    xml.close("w:p");
    xml.close("w:hdr");
    xml.into_bytes()
}

/// The footer part: a rule, the title and version with "Page N of M" at the right, and the
/// marking centred below.
pub(super) fn footer(document: &Document, page_count: usize) -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open("w:ftr", &[("xmlns:w", super::W), ("xmlns:r", super::R)]);
    xml.open("w:p", &[]);
    xml.open("w:pPr", &[]);
    xml.empty("w:pStyle", &[("w:val", "Footer")]);
    xml.open("w:pBdr", &[]);
    rule(&mut xml, "w:top");
    xml.close("w:pBdr");
    xml.open("w:tabs", &[]);
    xml.empty(
        "w:tab",
        &[("w:val", "right"), ("w:pos", &twips(CONTENT_WIDTH))],
    );
    xml.close("w:tabs");
    xml.close("w:pPr");
    let muted = RunLook {
        color: Some(palette::MUTED),
        ..RunLook::default()
    };
    runs::run(&mut xml, &footer_text(document), muted);
    runs::tab(&mut xml, muted);
    let [before, between] = PAGE_LABEL_WORDS;
    runs::run(&mut xml, before, muted);
    runs::field(&mut xml, "PAGE", "1", muted);
    runs::run(&mut xml, between, muted);
    runs::field(&mut xml, "NUMPAGES", &page_count.to_string(), muted);
    xml.close("w:p");
    xml.open("w:p", &[]);
    xml.open("w:pPr", &[]);
    xml.empty("w:pStyle", &[("w:val", "Footer")]);
    xml.empty("w:spacing", &[("w:before", "120")]);
    xml.empty("w:jc", &[("w:val", "center")]);
    xml.close("w:pPr");
    runs::run(&mut xml, &document.marking, marking_look());
    xml.close("w:p");
    xml.close("w:ftr");
    xml.into_bytes()
}

fn marking_look() -> RunLook {
    RunLook {
        bold: true,
        color: Some(palette::TEXT),
        size: Some(MARKING_SIZE),
    }
}

/// A paragraph border as the PDF's rules under the header and over the footer.
fn rule(xml: &mut Xml, edge: &str) {
    xml.empty(
        edge,
        &[
            ("w:val", "single"),
            ("w:sz", "4"),
            ("w:space", "4"),
            ("w:color", &hex(RULE)),
        ],
    );
}

/// The VML namespaces the DRAFT mark is written in.
const V: &str = "urn:schemas-microsoft-com:vml";
const O: &str = "urn:schemas-microsoft-com:office:office";

/// The DRAFT mark: Word's text-watermark shape, the PDF's word at the PDF's size and angle,
/// centred on the page behind the text.
fn draft_mark(xml: &mut Xml) {
    let width = text::width(Face::Bold, DRAFT_SIZE, DRAFT_LABEL);
    let height = DRAFT_SIZE * 0.75;
    // VML turns clockwise; the PDF's angle is counter-clockwise.
    let rotation = (360.0 - DRAFT_ANGLE).rem_euclid(360.0);
    let style = format!(
        "position:absolute;margin-left:0;margin-top:0;width:{width:.1}pt;height:{height:.1}pt;\
         rotation:{rotation};z-index:-251657216;mso-position-horizontal:center;\
         mso-position-horizontal-relative:page;mso-position-vertical:center;\
         mso-position-vertical-relative:page"
    );
    let fill = format!("#{}", hex(WATERMARK));
    xml.open("w:r", &[]);
    xml.open("w:pict", &[]);
    xml.open(
        "v:shapetype",
        &[
            ("id", "_x0000_t136"),
            ("coordsize", "21600,21600"),
            ("o:spt", "136"),
            ("adj", "10800"),
            ("path", "m@7,l@8,m@5,21600l@6,21600e"),
        ],
    );
    xml.open("v:formulas", &[]);
    for equation in [
        "sum #0 0 10800",
        "prod #0 2 1",
        "sum 21600 0 @1",
        "sum 0 0 @2",
        "sum 21600 0 @3",
        "if @0 @3 0",
        "if @0 21600 @1",
        "if @0 0 @2",
        "if @0 @4 21600",
        "mid @5 @6",
        "mid @8 @5",
        "mid @7 @8",
        "mid @6 @7",
        "sum @6 0 @5",
    ] {
        xml.empty("v:f", &[("eqn", equation)]);
    }
    xml.close("v:formulas");
    xml.empty(
        "v:path",
        &[
            ("textpathok", "t"),
            ("o:connecttype", "custom"),
            ("o:connectlocs", "@9,0;@10,10800;@11,21600;@12,10800"),
            ("o:connectangles", "270,180,90,0"),
        ],
    );
    xml.empty("v:textpath", &[("on", "t"), ("fitshape", "t")]);
    xml.open("v:handles", &[]);
    xml.empty(
        "v:h",
        &[("position", "#0,bottomRight"), ("xrange", "6629,14971")],
    );
    xml.close("v:handles");
    xml.empty(
        "o:lock",
        &[("v:ext", "edit"), ("text", "t"), ("shapetype", "t")],
    );
    xml.close("v:shapetype");
    xml.open(
        "v:shape",
        &[
            ("id", "PowerPlusWaterMarkObject1"),
            ("o:spid", "_x0000_s2049"),
            ("type", "#_x0000_t136"),
            ("style", &style),
            ("o:allowincell", "f"),
            ("fillcolor", &fill),
            ("stroked", "f"),
        ],
    );
    xml.empty(
        "v:textpath",
        &[
            (
                "style",
                &format!(
                    "font-family:\"{}\";font-size:1pt;font-weight:bold",
                    super::FONT
                ),
            ),
            ("string", DRAFT_LABEL),
        ],
    );
    xml.close("v:shape");
    xml.close("w:pict");
    xml.close("w:r");
}
