//! `word/numbering.xml`: the bullets and numbers of the List Bullet and List Number styles.
//!
//! The numbering is defined with the styles (each style's `w:numPr` names a list here, and
//! the list's level names the style back), so a template that restyles List Bullet restyles
//! every bulleted list. The paper numbers its recommendations within their section ("2.1",
//! "2.2") so the committee can minute them; each such list gets a numbering of its own that
//! Word counts itself, written as the PDF prints it.

use crate::report::layout::style::{LIST_INDENT, NUMBER_INDENT};

use super::xml::Xml;
use super::{FONT, twips};

/// The numbering the List Bullet style uses.
pub(super) const BULLETS: u32 = 1;
/// The numbering the List Number style uses ("1.", "2.", …).
pub(super) const NUMBERS: u32 = 2;

/// The numbered lists of one document, each with its prefix ("2" for "2.1", "2.2").
#[derive(Default)]
pub(super) struct Lists {
    prefixes: Vec<String>,
}

impl Lists {
    /// The numbering for a list whose items are numbered `numbers`, if they count up from
    /// 1 under one prefix as the paper numbers them (`["2.1", "2.2"]`); otherwise `None`,
    /// and the numbers are written as text.
    pub(super) fn numbering_for(&mut self, numbers: &[&str]) -> Option<u32> {
        let (prefix, _) = numbers.first()?.rsplit_once('.')?;
        let counted = numbers
            .iter()
            .enumerate()
            .all(|(i, number)| *number == format!("{prefix}.{}", i + 1));
        if !counted {
            return None;
        }
        self.prefixes.push(prefix.to_owned());
        Some(NUMBERS + self.prefixes.len() as u32)
    }

    /// The numbering part: the two lists of the styles, then one for each numbered list.
    pub(super) fn part(&self) -> Vec<u8> {
        let mut xml = Xml::part();
        xml.open("w:numbering", &[("xmlns:w", super::W)]);
        level_list(
            &mut xml,
            0,
            "bullet",
            "\u{2022}",
            Some("ListBullet"),
            LIST_INDENT,
        );
        level_list(
            &mut xml,
            1,
            "decimal",
            "%1.",
            Some("ListNumber"),
            NUMBER_INDENT,
        );
        for (i, prefix) in self.prefixes.iter().enumerate() {
            let text = format!("{prefix}.%1");
            level_list(
                &mut xml,
                i as u32 + 2,
                "decimal",
                &text,
                None,
                NUMBER_INDENT,
            );
        }
        for abstract_id in 0..self.prefixes.len() as u32 + 2 {
            let id = (abstract_id + 1).to_string();
            xml.open("w:num", &[("w:numId", &id)]);
            xml.empty("w:abstractNumId", &[("w:val", &abstract_id.to_string())]);
            xml.close("w:num");
        }
        xml.close("w:numbering");
        xml.into_bytes()
    }
}

/// One single-level list: its format, its text and its indent, children in the schema's
/// order (start, numFmt, pStyle, lvlText, lvlJc, pPr, rPr).
fn level_list(xml: &mut Xml, id: u32, format: &str, text: &str, style: Option<&str>, indent: f32) {
    xml.open("w:abstractNum", &[("w:abstractNumId", &id.to_string())]);
    xml.empty("w:multiLevelType", &[("w:val", "singleLevel")]);
    xml.open("w:lvl", &[("w:ilvl", "0")]);
    xml.empty("w:start", &[("w:val", "1")]);
    xml.empty("w:numFmt", &[("w:val", format)]);
    if let Some(style) = style {
        xml.empty("w:pStyle", &[("w:val", style)]);
    }
    xml.empty("w:lvlText", &[("w:val", text)]);
    xml.empty("w:lvlJc", &[("w:val", "left")]);
    xml.open("w:pPr", &[]);
    let indent = twips(indent);
    xml.empty("w:ind", &[("w:left", &indent), ("w:hanging", &indent)]);
    xml.close("w:pPr");
    xml.open("w:rPr", &[]);
    xml.empty("w:rFonts", &[("w:ascii", FONT), ("w:hAnsi", FONT)]);
    xml.close("w:rPr");
    xml.close("w:lvl");
    xml.close("w:abstractNum");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_numbered_within_its_section_is_counted_by_word_and_any_other_is_not() {
        let mut lists = Lists::default();
        assert_eq!(lists.numbering_for(&["2.1", "2.2", "2.3"]), Some(3));
        assert_eq!(lists.numbering_for(&["7.1"]), Some(4));
        assert_eq!(lists.numbering_for(&["2.1", "2.3"]), None);
        assert_eq!(lists.numbering_for(&["a", "b"]), None);
        let part = String::from_utf8(lists.part()).expect("UTF-8");
        assert!(part.contains("<w:lvlText w:val=\"7.%1\"/>"), "{part}");
    }
}
