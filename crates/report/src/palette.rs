//! The colours the window and the paper share, so a rating, a cost or an error looks the same
//! on screen as in the committee paper. The app turns them into egui colours and the report
//! into PDF colours; neither defines a colour that means something here on its own.

use crate::case::risk::Rating;

/// A colour as 8-bit red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Body text.
pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
/// Headings: a restrained dark blue with strong contrast on white.
pub const HEADING: Rgb = Rgb(0x1f, 0x38, 0x64);
/// Notes, captions and "not started" marks.
pub const MUTED: Rgb = Rgb(0x4d, 0x4d, 0x4d);
/// Errors, and the outline of a field that cannot be read.
pub const ERROR: Rgb = Rgb(0xb0, 0x1e, 0x1e);
/// Warnings.
pub const WARNING: Rgb = Rgb(0x8a, 0x5a, 0x00);
/// Done, saved, and a net gain.
pub const GOOD: Rgb = Rgb(0x1b, 0x7a, 0x3a);
/// Costs in charts: an orange that stays distinct from [`SAVINGS`] for colour-blind readers.
pub const COSTS: Rgb = Rgb(0xe6, 0x9f, 0x00);
/// Savings in charts: a blue that stays distinct from [`COSTS`] for colour-blind readers.
pub const SAVINGS: Rgb = Rgb(0x00, 0x72, 0xb2);

/// The fill of a rating band (heat-map cells, rating badges), light enough for dark text on
/// top: green, yellow, amber and red from Low to Very high.
pub fn rating(rating: Rating) -> Rgb {
    match rating {
        Rating::Low => Rgb(0xd9, 0xee, 0xd6),
        Rating::Medium => Rgb(0xff, 0xf1, 0xb0),
        Rating::High => Rgb(0xf8, 0xc2, 0x8a),
        Rating::VeryHigh => Rgb(0xec, 0x8f, 0x85),
    }
}

/// The WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white): text
/// needs 4.5 against its background to meet AA. Tests on both sides hold their colours to it.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The WCAG relative luminance of a colour.
fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |value: u8| {
        let value = f64::from(value) / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_on_every_rating_band_meets_wcag_aa() {
        for band in Rating::ALL {
            assert!(contrast(TEXT, rating(band)) >= 4.5, "{band:?}");
        }
    }

    #[test]
    fn meaningful_colours_read_on_white() {
        let white = Rgb(0xff, 0xff, 0xff);
        for colour in [TEXT, HEADING, MUTED, ERROR, WARNING, GOOD] {
            assert!(contrast(colour, white) >= 4.5, "{colour:?}");
        }
    }
}
