//! The workbook's cell formats: the paper's way of showing pounds and percentages, and the
//! colour that marks a cell as an input.

use rust_xlsxwriter::{Color, Format};

/// Pounds as the paper prints them: whole pounds with separators, negatives in brackets
/// (`Money::whole_pounds`). The cell keeps the pence.
pub const POUNDS: &str = "£#,##0;(£#,##0)";

/// A percentage to two decimal places at most, as the case holds them.
pub const PERCENT: &str = "0.00%";

/// Excel's own "Input" cell style (fill and font), which finance officers recognise.
const INPUT_FILL: u32 = 0xFFCC99;
const INPUT_FONT: u32 = 0x3F3F76;

/// The formats every sheet uses.
pub struct Styles {
    /// A sheet's title.
    pub title: Format,
    /// A column header or a block's heading.
    pub header: Format,
    /// A note in italics (where values are Casewright's, not formulas).
    pub note: Format,
    /// An input: words.
    pub input_text: Format,
    /// An input: pounds.
    pub input_pounds: Format,
    /// An input: a percentage.
    pub input_percent: Format,
    /// A computed amount in pounds.
    pub pounds: Format,
    /// A computed amount in pounds, bold (a total or a measure).
    pub pounds_bold: Format,
    /// A ratio to two decimal places.
    pub ratio: Format,
    /// A factor (discount, inflation) to six decimal places.
    pub factor: Format,
}

impl Styles {
    /// The formats.
    pub fn new() -> Styles {
        let input = Format::new()
            .set_background_color(Color::RGB(INPUT_FILL))
            .set_font_color(Color::RGB(INPUT_FONT))
            .set_unlocked();
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new().set_bold().set_text_wrap(),
            note: Format::new().set_italic(),
            input_text: input.clone(),
            input_pounds: input.clone().set_num_format(POUNDS),
            input_percent: input.set_num_format(PERCENT),
            pounds: Format::new().set_num_format(POUNDS),
            pounds_bold: Format::new().set_num_format(POUNDS).set_bold(),
            ratio: Format::new().set_num_format("0.00"),
            factor: Format::new().set_num_format("0.000000"),
        }
    }
}
