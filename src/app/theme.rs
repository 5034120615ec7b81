//! The look of the app: our bundled fonts only, a light theme, and text sizes that stay
//! readable at 100% and 150% scaling.
//!
//! Loading only Liberation Sans (no system fallback) makes the window look the same on every
//! locked-down desktop and match the PDF the committee reads.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

use crate::fonts::{Face, Font};
use crate::palette::Rgb;

/// The font family name for bold text (headings, table headers).
pub const BOLD: &str = "LiberationSans-Bold";
/// The font family name for italic text (hints and captions).
pub const ITALIC: &str = "LiberationSans-Italic";

/// The font definitions: the four Liberation Sans faces, regular for both standard families
/// and the others as named families, each followed by the same fallbacks the PDF uses
/// (Arabic, then symbols: Liberation Sans has Hebrew but neither), and nothing else.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    for font in Font::ALL {
        fonts.font_data.insert(
            font.name().to_owned(),
            Arc::new(FontData::from_static(font.bytes())),
        );
    }
    let with_fallback = |face: Face| {
        std::iter::once(face.name())
            .chain(Font::FALLBACKS.map(Font::name))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, with_fallback(Face::Regular));
    fonts
        .families
        .insert(FontFamily::Monospace, with_fallback(Face::Regular));
    for face in [Face::Bold, Face::Italic, Face::BoldItalic] {
        fonts
            .families
            .insert(FontFamily::Name(face.name().into()), with_fallback(face));
    }
    fonts
}

/// A bold font of the given size, for headings drawn with `RichText::font`.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// Applies fonts, the light theme and our text sizes to a context. Called once at start-up
/// (and by tests, through [`crate::app::App::new`]).
pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
    ctx.set_theme(egui::ThemePreference::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
            (TextStyle::Heading, bold(22.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        // egui's light-theme link blue is too pale for body text (WCAG AA asks for 4.5:1).
        style.visuals.hyperlink_color = Color32::from_rgb(0x0b, 0x4f, 0xa8);
    });
}

/// The egui colour of one of the palette's colours: the one place the window turns the
/// colours it shares with the paper ([`crate::palette`]) into its own.
pub const fn colour(Rgb(red, green, blue): Rgb) -> Color32 {
    Color32::from_rgb(red, green, blue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::palette;

    /// The palette's colour for an egui colour.
    fn rgb(colour: Color32) -> Rgb {
        Rgb(colour.r(), colour.g(), colour.b())
    }

    #[test]
    fn text_in_the_shared_colours_meets_wcag_aa_on_the_panels() {
        let ctx = egui::Context::default();
        apply(&ctx);
        let visuals = ctx.global_style().visuals.clone();
        for background in [
            visuals.panel_fill,
            visuals.window_fill,
            visuals.extreme_bg_color,
        ] {
            for text in [
                palette::TEXT,
                palette::HEADING,
                palette::MUTED,
                palette::ERROR,
                palette::WARNING,
                palette::GOOD,
            ] {
                let ratio = palette::contrast(text, rgb(background));
                assert!(ratio >= 4.5, "{text:?} on {background:?}: {ratio:.2}");
            }
            let link = palette::contrast(rgb(visuals.hyperlink_color), rgb(background));
            assert!(link >= 4.5, "links on {background:?}: {link:.2}");
        }
    }
}
