//! The contents page: each section heading with the page it starts on, as a link there.
//!
//! Only the layout knows the page numbers, and only once every section is placed. The
//! entries take the same room whatever their numbers are, so they are laid out with blank
//! numbers and links to nowhere, and [`Layouter::fill_in_contents`] writes the numbers and
//! aims the links at the end.

use crate::fonts::Face;
use crate::palette;
use crate::report::document::Document;
use crate::report::page::{Artifact, Item, LinkArea, Role, Rule};
use crate::report::structure::Kind;
use crate::report::text;

use super::style::{self, BODY_SIZE, PARAGRAPH_GAP, line_height};
use super::{Layouter, Pen};

/// Room kept at the right of each entry for its page number.
const NUMBER_ROOM: f32 = 40.0;
/// Space below each entry, with its rule in the middle.
const ENTRY_GAP: f32 = 4.0;

/// The contents measured for the content box: each section heading's lines.
#[derive(Debug, Clone)]
pub(super) struct MeasuredContents {
    entries: Vec<Vec<String>>,
}

impl MeasuredContents {
    /// The contents of `document`, measured for a content box `width` points wide.
    pub(super) fn of(document: &Document, width: f32) -> MeasuredContents {
        MeasuredContents {
            entries: document
                .section_headings()
                .map(|title| text::wrap(title, Face::Regular, BODY_SIZE, width - NUMBER_ROOM))
                .collect(),
        }
    }

    /// An entry's height; an entry never splits between pages.
    fn entry_height(lines: &[String]) -> f32 {
        lines.len() as f32 * line_height(BODY_SIZE) + ENTRY_GAP
    }

    /// What must share a page with the heading above: the first entry.
    pub(super) fn lead_height(&self) -> f32 {
        self.entries
            .first()
            .map_or(0.0, |lines| MeasuredContents::entry_height(lines))
    }

    /// The height of every entry on one page, with the space below.
    pub(super) fn height(&self) -> f32 {
        let entries: f32 = self
            .entries
            .iter()
            .map(|lines| MeasuredContents::entry_height(lines))
            .sum();
        entries + PARAGRAPH_GAP
    }
}

/// Where a contents entry's page number and link went, to fill in once the pages are known.
pub(super) struct ContentsSlot {
    /// The entry's text, for the link's description.
    title: String,
    page: usize,
    number: usize,
    link: usize,
}

impl Layouter {
    /// Draws the entries with placeholder numbers and links. For a reader, the contents is
    /// a list of entries, each a link holding the heading and its page number.
    pub(super) fn contents(&mut self, contents: &MeasuredContents) {
        let pen = Pen::new(Face::Regular, BODY_SIZE, palette::TEXT);
        let node = self.node(Kind::Contents);
        for lines in &contents.entries {
            self.ensure(MeasuredContents::entry_height(lines));
            let entry = self.structure.add(node, Kind::ContentsEntry);
            let link = Role::Content(self.structure.add(entry, Kind::Link));
            let top = self.y;
            let group = self.next_group();
            for line in lines {
                self.line_at(self.area.left, line, pen, group, link);
            }
            // The page number and link are placeholders until every section is placed.
            self.run_at(self.area.right, top, "", pen, group, link);
            let page = self.pages.len() - 1;
            let number = self.pages[page].items.len() - 1;
            self.push(
                Item::Link(LinkArea {
                    x: self.area.left,
                    y: top,
                    width: self.area.width(),
                    height: self.y - top,
                    target_page: 0,
                    description: String::new(),
                }),
                link,
            );
            self.contents.push(ContentsSlot {
                title: lines.join(" "),
                page,
                number,
                link: number + 1,
            });
            self.push(
                Item::Rule(Rule {
                    from: (self.area.left, self.y + 1.5),
                    to: (self.area.right, self.y + 1.5),
                    width: 0.25,
                    color: style::RULE,
                }),
                Role::Artifact(Artifact::Layout),
            );
            self.y += ENTRY_GAP;
        }
        self.y += PARAGRAPH_GAP;
    }

    /// Writes each section's page number into the contents and points its link there.
    pub(super) fn fill_in_contents(&mut self) {
        for (slot, target) in self.contents.iter().zip(&self.section_pages) {
            let items = &mut self.pages[slot.page].items;
            if let Item::Text(run) = &mut items[slot.number].item {
                run.text = (target + 1).to_string();
                run.width = text::width(run.face, run.size, &run.text);
                run.x = self.area.right - run.width;
            }
            if let Item::Link(link) = &mut items[slot.link].item {
                link.target_page = *target;
                link.description = format!("{}, page {}", slot.title, target + 1);
            }
        }
    }
}
