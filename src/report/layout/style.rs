//! The colours only the paper uses: rules, header shading, the DRAFT mark.
//!
//! Colours that mean something on screen too (text, headings, ratings, costs and savings)
//! come from [`crate::palette`], so the window and the paper agree; what is here has no
//! counterpart in the window.

use crate::palette::Rgb;

/// Table rules and the lines under contents entries.
pub const RULE: Rgb = Rgb(0xa6, 0xa6, 0xa6);
/// Table header background.
pub const HEADER_FILL: Rgb = Rgb(0xe4, 0xe9, 0xf1);
/// The DRAFT mark: light enough to read the text through.
pub const WATERMARK: Rgb = Rgb(0xec, 0xec, 0xec);
/// The paper itself: lines and text drawn in it cut through a fill (heat-map cell borders,
/// the keys on the options matrix).
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
