//! Help ▸ About: which Casewright this is, its licence, and the fonts it carries with their
//! licences (the SIL Open Font Licence asks that its text travel with the fonts).

use egui::{RichText, ScrollArea, Ui};

use super::theme;
use crate::fonts::{Face, Font};

/// The licence texts of the bundled fonts, as shipped beside them in `assets/fonts/`.
const LICENCES: [(&str, &str); 3] = [
    (
        "Liberation Sans",
        include_str!("../../../../assets/fonts/LICENSE-OFL.txt"),
    ),
    (
        "Noto Sans Arabic",
        include_str!("../../../../assets/fonts/LICENSE-NotoSansArabic-OFL.txt"),
    ),
    (
        "Noto Sans Symbols 2",
        include_str!("../../../../assets/fonts/LICENSE-NotoSansSymbols2-OFL.txt"),
    ),
];

/// A bundled font's name as people know it.
pub fn font_name(font: Font) -> &'static str {
    match font {
        Font::Primary(Face::Regular) => "Liberation Sans Regular",
        Font::Primary(Face::Bold) => "Liberation Sans Bold",
        Font::Primary(Face::Italic) => "Liberation Sans Italic",
        Font::Primary(Face::BoldItalic) => "Liberation Sans Bold Italic",
        Font::Fallback => "Noto Sans Arabic Regular (for Arabic script)",
        Font::Symbols => "Noto Sans Symbols 2 Regular (for symbols and arrows)",
    }
}

/// The version line: "Casewright 0.1.0".
pub fn version() -> String {
    format!("Casewright {}", env!("CARGO_PKG_VERSION"))
}

/// Draws the About box's contents.
pub fn show(ui: &mut Ui) {
    ui.label(RichText::new(version()).font(theme::bold(17.0)));
    ui.label(env!("CARGO_PKG_DESCRIPTION"));
    ui.label(format!("Licence: {}.", env!("CARGO_PKG_LICENSE")));
    ui.add_space(8.0);
    ui.label(RichText::new("Fonts").strong());
    ui.label(
        "The window and the PDF use the same bundled fonts on every computer, under the SIL \
         Open Font Licence 1.1:",
    );
    for font in Font::ALL {
        ui.label(format!("• {}", font_name(font)));
    }
    ui.add_space(6.0);
    for (family, text) in LICENCES {
        egui::CollapsingHeader::new(format!("{family}: licence"))
            .id_salt(("licence", family))
            .show(ui, |ui| {
                ScrollArea::vertical()
                    .id_salt(("licence text", family))
                    .max_height(220.0)
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(RichText::new(text).small()).wrap());
                    });
            });
    }
}
