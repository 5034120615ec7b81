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
    for font in Font::ALL {
        fonts
            .families
            .insert(page_family(font), vec![font.name().to_owned()]);
    }
    fonts
}

/// The family the preview draws a piece of the paper in: `font` alone, with no fallback, as
/// the PDF embeds it, so the preview shows what the paper prints and nothing it lacks.
/// (Made once: the preview asks for a family for every word it draws.)
pub fn page_family(font: Font) -> FontFamily {
    static FAMILIES: std::sync::OnceLock<Vec<FontFamily>> = std::sync::OnceLock::new();
    let families = FAMILIES.get_or_init(|| {
        let mut families = vec![FontFamily::Proportional; Font::ALL.len()];
        for font in Font::ALL {
            families[font.index()] = FontFamily::Name(format!("page: {}", font.name()).into());
        }
        families
    });
    families[font.index()].clone()
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
        // Checkboxes people can see and hit: egui's are 14 points.
        style.spacing.icon_width = 18.0;
        style.spacing.icon_width_inner = 10.0;
        // Scroll bars that take their own space and stay visible, so a table that scrolls
        // sideways shows that it does, and no bar covers a field.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        let visuals = &mut style.visuals;
        // egui's light-theme link blue is too pale for body text (WCAG AA asks for 4.5:1).
        visuals.hyperlink_color = Color32::from_rgb(0x0b, 0x4f, 0xa8);
        // Hints and captions: egui fades body text to about 2.9:1; this is 5:1 on the panels.
        visuals.weak_text_color = Some(HINT);
        // Table stripes a person can tell apart from the panel.
        visuals.faint_bg_color = STRIPE;
        // Input boxes and buttons with an edge (WCAG 1.4.11 asks for 3:1 against what is
        // around them); egui's light theme draws white boxes on near-white with none.
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, EDGE);
        visuals.error_fg_color = colour(crate::palette::ERROR);
        visuals.warn_fg_color = colour(crate::palette::WARNING);
    });
}

/// Hint and caption text.
const HINT: Color32 = Color32::from_gray(0x69);
/// Every other row of a table.
const STRIPE: Color32 = Color32::from_gray(0xee);
/// The edge of an input box, a button or a checkbox.
const EDGE: Color32 = Color32::from_gray(0x80);

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

    /// The light theme's visuals with our changes.
    fn visuals() -> egui::Visuals {
        let ctx = egui::Context::default();
        apply(&ctx);
        ctx.global_style().visuals.clone()
    }

    #[test]
    fn text_in_the_shared_colours_meets_wcag_aa_on_the_panels() {
        let visuals = visuals();
        for background in [
            visuals.panel_fill,
            visuals.window_fill,
            visuals.extreme_bg_color,
            visuals.faint_bg_color,
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

    #[test]
    fn every_text_colour_of_the_theme_meets_wcag_aa_where_it_is_drawn() {
        let v = visuals();
        let w = &v.widgets;
        let surfaces = [
            v.panel_fill,
            v.window_fill,
            v.extreme_bg_color,
            v.text_edit_bg_color(),
            v.faint_bg_color,
        ];
        let mut pairs: Vec<(&str, Color32, Color32)> = Vec::new();
        for surface in surfaces {
            pairs.push(("body text", v.text_color(), surface));
            pairs.push(("hint text", v.weak_text_color(), surface));
            pairs.push(("strong text", v.strong_text_color(), surface));
            pairs.push(("link", v.hyperlink_color, surface));
            pairs.push(("error", v.error_fg_color, surface));
            pairs.push(("warning", v.warn_fg_color, surface));
            pairs.push(("typed text", w.inactive.text_color(), surface));
        }
        // Button labels on the button in each state, and selected items on the selection.
        for (state, visuals) in [
            ("inactive", &w.inactive),
            ("hovered", &w.hovered),
            ("active", &w.active),
            ("open", &w.open),
        ] {
            pairs.push((state, visuals.text_color(), visuals.weak_bg_fill));
            pairs.push((state, visuals.text_color(), visuals.bg_fill));
        }
        pairs.push(("selected", v.selection.stroke.color, v.selection.bg_fill));
        for (what, text, background) in pairs {
            let ratio = palette::contrast(rgb(text), rgb(background));
            assert!(
                ratio >= 4.5,
                "{what}: {text:?} on {background:?} is {ratio:.2}:1"
            );
        }
    }

    #[test]
    fn input_edges_stand_out_from_what_is_around_them() {
        // WCAG 1.4.11: the boundary of a control needs 3:1 against the colours beside it.
        let v = visuals();
        for state in [&v.widgets.inactive, &v.widgets.hovered, &v.widgets.active] {
            for around in [
                v.panel_fill,
                v.window_fill,
                v.faint_bg_color,
                v.text_edit_bg_color(),
            ] {
                let edge = state.bg_stroke.color;
                let ratio = palette::contrast(rgb(edge), rgb(around));
                assert!(
                    ratio >= 3.0,
                    "edge {edge:?} beside {around:?}: {ratio:.2}:1"
                );
            }
        }
        let focused = v.selection.stroke.color;
        let ratio = palette::contrast(rgb(focused), rgb(v.text_edit_bg_color()));
        assert!(ratio >= 3.0, "focused edge: {ratio:.2}:1");
    }

    #[test]
    fn checkboxes_are_large_enough_to_see_and_hit() {
        let ctx = egui::Context::default();
        apply(&ctx);
        assert!(ctx.global_style().spacing.icon_width >= 18.0);
    }
}
