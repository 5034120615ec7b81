//! `word/theme/theme1.xml` and `word/fontTable.xml`: the theme and the font table Word
//! writes into every document and its validator expects to find.
//!
//! Neither changes how the paper looks (the styles name their font and colours directly),
//! but a document without them is one Word's validator reports, and a template's theme
//! replaces ours whole. The theme's fonts are Arial, the styles' font; its colours are the
//! paper's text and heading colours, then Word's usual accents.

use crate::palette;

use super::xml::Xml;
use super::{FONT, hex};

/// The theme part.
pub(super) fn theme() -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open("a:theme", &[("xmlns:a", super::A), ("name", "Casewright")]);
    xml.open("a:themeElements", &[]);
    xml.open("a:clrScheme", &[("name", "Casewright")]);
    let system = |xml: &mut Xml, name: &str, value: &str, last: &str| {
        xml.open(name, &[]);
        xml.empty("a:sysClr", &[("val", value), ("lastClr", last)]);
        xml.close(name);
    };
    system(&mut xml, "a:dk1", "windowText", &hex(palette::TEXT));
    system(&mut xml, "a:lt1", "window", "FFFFFF");
    let colours = [
        ("a:dk2", hex(palette::HEADING)),
        ("a:lt2", "E7E6E6".to_owned()),
        ("a:accent1", hex(palette::SAVINGS)),
        ("a:accent2", hex(palette::COSTS)),
        ("a:accent3", hex(palette::GOOD)),
        ("a:accent4", hex(palette::WARNING)),
        ("a:accent5", hex(palette::HEADING)),
        ("a:accent6", hex(palette::MUTED)),
        ("a:hlink", "0563C1".to_owned()),
        ("a:folHlink", "954F72".to_owned()),
    ];
    for (name, value) in &colours {
        xml.open(name, &[]);
        xml.empty("a:srgbClr", &[("val", value)]);
        xml.close(name);
    }
    xml.close("a:clrScheme");
    xml.open("a:fontScheme", &[("name", "Casewright")]);
    for name in ["a:majorFont", "a:minorFont"] {
        xml.open(name, &[]);
        xml.empty("a:latin", &[("typeface", FONT)]);
        xml.empty("a:ea", &[("typeface", "")]);
        xml.empty("a:cs", &[("typeface", "")]);
        xml.close(name);
    }
    xml.close("a:fontScheme");
    format_scheme(&mut xml);
    xml.close("a:themeElements");
    xml.close("a:theme");
    xml.into_bytes()
}

/// The format scheme: the schema asks for at least three fills, lines, effects and
/// background fills; plain ones in the scheme's colour.
fn format_scheme(xml: &mut Xml) {
    let solid = |xml: &mut Xml| {
        xml.open("a:solidFill", &[]);
        xml.empty("a:schemeClr", &[("val", "phClr")]);
        xml.close("a:solidFill");
    };
    xml.open("a:fmtScheme", &[("name", "Casewright")]);
    xml.open("a:fillStyleLst", &[]);
    for _ in 0..3 {
        solid(xml);
    }
    xml.close("a:fillStyleLst");
    xml.open("a:lnStyleLst", &[]);
    for width in ["6350", "12700", "19050"] {
        xml.open("a:ln", &[("w", width)]);
        solid(xml);
        xml.close("a:ln");
    }
    xml.close("a:lnStyleLst");
    xml.open("a:effectStyleLst", &[]);
    for _ in 0..3 {
        xml.open("a:effectStyle", &[]);
        xml.empty("a:effectLst", &[]);
        xml.close("a:effectStyle");
    }
    xml.close("a:effectStyleLst");
    xml.open("a:bgFillStyleLst", &[]);
    for _ in 0..3 {
        solid(xml);
    }
    xml.close("a:bgFillStyleLst");
    xml.close("a:fmtScheme");
}

/// The font table: the one font the styles name.
pub(super) fn font_table() -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open("w:fonts", &[("xmlns:w", super::W)]);
    xml.open("w:font", &[("w:name", FONT)]);
    xml.empty("w:panose1", &[("w:val", "020B0604020202020204")]);
    xml.empty("w:charset", &[("w:val", "00")]);
    xml.empty("w:family", &[("w:val", "swiss")]);
    xml.empty("w:pitch", &[("w:val", "variable")]);
    xml.close("w:font");
    xml.close("w:fonts");
    xml.into_bytes()
}
