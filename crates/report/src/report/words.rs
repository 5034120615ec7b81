//! Where each word of a page is drawn: the pieces a preview paints, and what a test holds
//! against a PDF reader's reading of the exported file.
//!
//! A text run of the page model is one line; the PDF writer cuts it into per-font pieces in
//! visual order ([`text::display_segments`]) and shows each piece from its start. A preview
//! that drew a whole line with its own text engine would put each word where that engine's
//! advances say, which drifts from the PDF along a long line. So the preview draws word by
//! word, each at the place worked out here from the same measurements the layout made, and
//! the words land where the PDF prints them.

use crate::fonts::Font;
use crate::palette::Rgb;

use super::page::{Drawn, Item, Page, Region, TextRun};
use super::text;

/// One word of a page (or one piece of a word, where a word changes font), as it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedWord {
    /// The characters, in visual order, all in [`PlacedWord::font`].
    pub text: String,
    /// The font that draws them.
    pub font: Font,
    /// The left edge, in points from the page's left edge.
    pub x: f32,
    /// The baseline, in points from the page's top edge.
    pub baseline: f32,
    /// The size in points.
    pub size: f32,
    /// The advance width, in points.
    pub width: f32,
    /// The colour.
    pub color: Rgb,
    /// Rotation about the run's start on its baseline, in degrees counter-clockwise (the DRAFT
    /// mark); words of a rotated run are placed along it.
    pub angle: f32,
    /// Body, margin or watermark, as the run it belongs to.
    pub region: Region,
    /// The index of the run it belongs to in [`Page::items`].
    pub item: usize,
}

/// Every word of `page`, in painting order.
pub fn placed(page: &Page) -> Vec<PlacedWord> {
    let mut words = Vec::new();
    for (item, drawn) in page.items.iter().enumerate() {
        if let Drawn {
            item: Item::Text(run),
            ..
        } = drawn
        {
            place_run(run, item, &mut words);
        }
    }
    words
}

/// The words of one run, each piece of each font cut at its spaces.
fn place_run(run: &TextRun, item: usize, words: &mut Vec<PlacedWord>) {
    let (sin, cos) = run.angle.to_radians().sin_cos();
    for segment in text::display_segments(run.face, run.size, &run.text) {
        let mut start = 0;
        for piece in segment.text.split(' ') {
            if !piece.is_empty() {
                let along = segment.offset
                    + text::font_width(segment.font, run.size, &segment.text[..start]);
                words.push(PlacedWord {
                    text: piece.to_owned(),
                    font: segment.font,
                    x: run.x + cos * along,
                    baseline: run.baseline - sin * along,
                    size: run.size,
                    width: text::font_width(segment.font, run.size, piece),
                    color: run.color,
                    angle: run.angle,
                    region: run.region,
                    item,
                });
            }
            start += piece.len() + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;
    use crate::report::page::Artifact;
    use crate::report::page::Role;

    fn page_of(text: &str, face: Face) -> Page {
        Page {
            items: vec![Drawn {
                item: Item::Text(TextRun {
                    x: 100.0,
                    baseline: 200.0,
                    text: text.to_owned(),
                    face,
                    size: 10.0,
                    color: Rgb(0, 0, 0),
                    width: text::width(face, 10.0, text),
                    region: Region::Body,
                    group: 0,
                    angle: 0.0,
                }),
                role: Role::Artifact(Artifact::Layout),
                source: None,
            }],
        }
    }

    #[test]
    fn each_word_starts_where_the_line_measured_up_to_it_ends() {
        let page = page_of("The lead force hosts  the unit", Face::Regular);
        let words = placed(&page);
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["The", "lead", "force", "hosts", "the", "unit"]);
        let hosts = &words[3];
        let before = text::width(Face::Regular, 10.0, "The lead force ");
        assert!((hosts.x - (100.0 + before)).abs() < 1e-3, "{hosts:?}");
        let the = &words[4];
        let before = text::width(Face::Regular, 10.0, "The lead force hosts  ");
        assert!(
            (the.x - (100.0 + before)).abs() < 1e-3,
            "two spaces are two spaces"
        );
        let last = words.last().expect("a word");
        assert!(
            (last.x + last.width
                - (100.0 + text::width(Face::Regular, 10.0, "The lead force hosts  the unit")))
            .abs()
                < 1e-3
        );
    }

    #[test]
    fn a_word_in_another_script_is_drawn_in_the_font_that_has_it() {
        let page = page_of("Imam مرحبا ✓", Face::Bold);
        let fonts: Vec<Font> = placed(&page).iter().map(|w| w.font).collect();
        assert_eq!(
            fonts,
            [Font::Primary(Face::Bold), Font::Fallback, Font::Symbols]
        );
    }
}
