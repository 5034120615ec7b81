//! The form widgets every wizard step uses: the fields, as methods of [`Form`] so each names
//! the anchor a finding about it carries, and the small pieces around them (empty lists,
//! error lines, a row's move and remove buttons).
//!
//! Each field gives its input an accessible name (a visible label tied to it with
//! `labelled_by`, or, in a grid whose column header already names it, an accessible name
//! only), because screen-reader users need it and egui_kittest's accessibility check fails any
//! unnamed input. Text fields take their ids from their names rather than from their place in
//! the form, so an error line appearing or going above a field never moves the cursor out of it.
//! Fields that parse what the user types (money, percentages, dates) keep the
//! text while it cannot be read and say why beside it, so nothing the user typed is lost.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, Id, Response, RichText, Stroke, StrokeKind, TextEdit, Ui};

use super::access;
use super::form::Form;
use super::theme::colour;
use crate::case::validate::DATE_YEARS;
use crate::case::{Anchor, Choice, Money, Percent, date};
use crate::format::capitalised;
use crate::palette;

/// The colour of inline error messages and the outline of a field that cannot be read.
pub(super) const ERROR_COLOUR: Color32 = colour(palette::ERROR);

/// Width of a table column of money (the finance years): "£12,500,000" with room to spare.
pub const MONEY_WIDTH: f32 = 116.0;
/// Width of a table column of percentages.
pub const PERCENT_WIDTH: f32 = 104.0;
/// Width of a table column of dates: "2026-03-31" and the box around it.
pub const DATE_WIDTH: f32 = 150.0;
/// The narrowest a text column may be: about 12 characters, enough to read what was typed.
pub const TEXT_MIN_WIDTH: f32 = 140.0;

/// The form's fields. Each names the anchor a finding about it carries (`None` for a field
/// no finding points at); the field [`Form::field`] is asked for takes the keyboard focus.
impl Form<'_> {
    /// A visible label followed by a single-line text field named by it.
    pub fn text_field(
        &mut self,
        label: &str,
        value: &mut String,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            labelled(ui, label, |ui| {
                ui.add(
                    TextEdit::singleline(value)
                        .id_salt(("text_field", label))
                        .desired_width(f32::INFINITY),
                )
            })
        })
    }

    /// A one-paragraph text field without a visible label, for table cells whose column heading
    /// already says what goes in them. It fills the cell, wraps its text and grows with it (so
    /// the row does too); Enter does not start a new line. `name` is what a screen reader
    /// announces ("Line 2 description").
    pub fn text_cell(
        &mut self,
        name: &str,
        value: &mut String,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            ui.add(
                TextEdit::multiline(value)
                    .id_salt(("text_cell", name))
                    .desired_width(f32::INFINITY)
                    .desired_rows(1)
                    .return_key(None),
            )
            .accessible_name(name)
        })
    }

    /// A visible label above a wrapping multi-line text area named by it, with the Insert
    /// figure picker and the preview of its live figures under it ([`super::figures`]).
    /// `hint` is shown faintly while the area is empty (pass "" for none); it is a prompt, not
    /// a default value.
    pub fn text_area(
        &mut self,
        label: &str,
        hint: &str,
        value: &mut String,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            ui.vertical(|ui| {
                let name = label;
                let label = ui.label(name);
                let mut edit = TextEdit::multiline(value)
                    .id_salt(("text_area", name))
                    .desired_width(f32::INFINITY)
                    .desired_rows(3);
                if !hint.is_empty() {
                    edit = edit.hint_text(hint);
                }
                let area = ui.add(edit).labelled_by(label.id);
                super::figures::under(ui, name, value, &area);
                area
            })
            .inner
        })
    }

    /// A multi-line text area without a visible label, for table cells ("Age evidence"): it
    /// fills the cell's width, wraps, and grows as the text does (and the row with it).
    pub fn text_area_cell(
        &mut self,
        name: &str,
        value: &mut String,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            let response = ui.add(
                TextEdit::multiline(value)
                    .id_salt(("text_area_cell", name))
                    .desired_width(f32::INFINITY)
                    .desired_rows(2),
            );
            super::table::keeps_enter(ui.ctx(), response.id);
            response.accessible_name(name)
        })
    }

    /// A visible label followed by a drop-down over a closed set of choices (any of the model's
    /// [`Choice`]s). Returns the drop-down's response, marked changed when the user picks a
    /// different value.
    pub fn enum_combo<T: Choice>(
        &mut self,
        label: &str,
        value: &mut T,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            labelled(ui, label, |ui| {
                let combo = combo(
                    ui,
                    ui.make_persistent_id(("enum_combo", label)),
                    value,
                    None,
                );
                access::drop_down(ui.ctx(), &combo, Some(label));
                combo
            })
        })
    }

    /// A drop-down without a visible label, for table cells, as wide as the cell. `id_salt`
    /// must be unique within the parent (a row index and column name does); `name` is announced
    /// by screen readers.
    pub fn enum_cell<T: Choice>(
        &mut self,
        id_salt: impl egui::AsIdSalt,
        name: &str,
        value: &mut T,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            let width = ui.available_width();
            let combo = combo(ui, ui.make_persistent_id(id_salt), value, Some(width));
            access::named_drop_down(combo, name)
        })
    }

    /// A visible label followed by a field for money in pounds or a percentage ("3.5" or
    /// "3.5%"). An unreadable entry keeps its text, is outlined and explained beside the
    /// field; the value changes only when the text reads. An empty field means zero.
    pub fn number_field<T: Number>(
        &mut self,
        label: &str,
        value: &mut T,
        anchor: impl Into<Option<Anchor>>,
    ) -> ParsedField {
        self.field(anchor, |ui| labelled_number(ui, label, value, &T::FORMAT))
    }

    /// A number field without a visible label, for table cells (the finance years' amounts, a
    /// force's agreed share), as wide as the cell. An unreadable entry is outlined and explained
    /// in its tooltip; the step says how many cells need correcting.
    pub fn number_cell<T: Number>(
        &mut self,
        id_salt: impl egui::AsIdSalt,
        name: &str,
        value: &mut T,
        anchor: impl Into<Option<Anchor>>,
    ) -> ParsedField {
        self.field(anchor, |ui| {
            let number = &T::FORMAT;
            let id = number.cell.id(id_salt);
            let width = ui.available_width();
            parsed_edit(
                ui,
                id,
                value,
                &number.format,
                &number.parse,
                width,
                number.cell_hint,
            )
            .named(name, number.help)
        })
    }

    /// A visible label followed by an optional date, typed as UK users write it (17/02/2027,
    /// 17 Feb 2027, 2027-02-17: see [`crate::case::date::parse_date`]) or chosen on the calendar
    /// beside it. Empty means no date. A date that reads is echoed in words beside the field
    /// ("Wednesday 17 February 2027") so a slip is easy to spot; one that does not says why.
    pub fn date_field(
        &mut self,
        label: &str,
        value: &mut Option<NaiveDate>,
        anchor: impl Into<Option<Anchor>>,
    ) -> ParsedField {
        self.field(anchor, |ui| {
            ui.horizontal(|ui| {
                let label_response = ui.label(label);
                let id = ui.make_persistent_id(("date_field", label));
                let field = date_edit(ui, id, value, DATE_WIDTH);
                let response = field.response.labelled_by(label_response.id);
                let picked = calendar_button(ui, id, label, value);
                date_echo(ui, id, *value, field.invalid && !picked);
                ParsedField {
                    response,
                    changed: field.changed || picked,
                    invalid: field.invalid && !picked,
                }
            })
            .inner
        })
    }

    /// An optional date without a visible label, for table cells (a milestone's due date), as
    /// wide as the cell.
    pub fn date_cell(
        &mut self,
        id_salt: impl egui::AsIdSalt,
        name: &str,
        value: &mut Option<NaiveDate>,
        anchor: impl Into<Option<Anchor>>,
    ) -> ParsedField {
        self.field(anchor, |ui| {
            let id = CellKind::Date.id(id_salt);
            let width = ui.available_width() - CALENDAR_WIDTH - ui.spacing().item_spacing.x;
            ui.horizontal(|ui| {
                let field = date_edit(ui, id, value, width.max(0.0));
                let picked = calendar_button(ui, id, name, value);
                let help = date_problem(ui, id).unwrap_or_else(|| DATE_HELP.to_owned());
                let field = ParsedField {
                    changed: field.changed || picked,
                    invalid: field.invalid && !picked,
                    ..field
                };
                field.named(name, &help)
            })
            .inner
        })
    }

    /// A visible label followed by a slider from 1 to `max` on a `max`×`max` matrix
    /// (likelihood, impact). A value outside the scale (from a hand-edited file, or a matrix
    /// made smaller) is kept, not pulled onto the scale, and says so until the user moves it.
    pub fn score_slider(
        &mut self,
        label: &str,
        value: &mut u8,
        max: u8,
        anchor: impl Into<Option<Anchor>>,
    ) -> Response {
        self.field(anchor, |ui| {
            labelled(ui, label, |ui| {
                let response = unclamped_slider(ui, value, 1..=max.max(1));
                if !(1..=max.max(1)).contains(value) {
                    error_line(ui, format!("{value} — outside the {max}×{max} scale"));
                }
                response
            })
        })
    }
}

/// A slider over `range` that never writes a value the user did not choose: one outside the
/// range is shown as it is (egui's default pulls it into the range as soon as it is drawn).
pub fn unclamped_slider(
    ui: &mut Ui,
    value: &mut u8,
    range: std::ops::RangeInclusive<u8>,
) -> Response {
    ui.add(egui::Slider::new(value, range).clamping(egui::SliderClamping::Edits))
}

/// A visible label, then the widget `add` draws, named by the label for screen readers.
pub fn labelled(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> Response) -> Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        add(ui).labelled_by(label.id)
    })
    .inner
}

/// Runs `add` in a box exactly `width` wide, one field high and centred on the row, so a
/// parsing field keeps its width whatever its text.
fn fixed_width<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.spacing().interact_size.y),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

/// A drop-down over every value of `T`, each shown as a list item starting with a capital
/// ("Approve" for the decision the paper prints as "approve").
fn combo<T: Choice>(ui: &mut Ui, id_salt: Id, value: &mut T, width: Option<f32>) -> Response {
    // The choice shown is cut short with "…" rather than broken inside a word ("Revenu e");
    // the list of choices is as wide as its longest choice.
    let mut combo_box = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(capitalised(value.label()))
        .truncate();
    if let Some(width) = width {
        combo_box = combo_box.width(width);
    }
    let mut changed = false;
    let mut response = combo_box
        .show_ui(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            for option in T::ALL {
                if ui
                    .selectable_label(*value == *option, capitalised(option.label()))
                    .clicked()
                    && *value != *option
                {
                    *value = *option;
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    response
}

/// Outlines a field in the error colour, `width` points wide, to show it needs correcting.
pub fn outline_error(ui: &Ui, field: &Response, width: f32) {
    ui.painter().rect_stroke(
        field.rect.expand(1.0),
        2.0,
        Stroke::new(width, ERROR_COLOUR),
        StrokeKind::Outside,
    );
}

/// A sentence in the error colour, for a problem the user must put right here.
pub fn error_line(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    ui.colored_label(ERROR_COLOUR, text)
}

/// The checks' error about the field just drawn, in small wrapped text under (or beside) it:
/// a required field that is empty says so where it is, in the words Review uses.
pub fn error_note(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Label::new(RichText::new(text).small().color(ERROR_COLOUR)).wrap())
}

/// What a parsing field (money, percentage, date) drew.
pub struct ParsedField {
    /// The text field's response.
    pub response: Response,
    /// True in the frame the value itself changed (not merely the text).
    pub changed: bool,
    /// True while the text typed cannot be read: the value is left as it was and the text is
    /// kept so the user can correct it.
    pub invalid: bool,
}

impl ParsedField {
    /// The field as a grid cell: named `name` for screen readers, with `help` in its tooltip
    /// while its text cannot be read (the step says how many cells need correcting).
    fn named(self, name: &str, help: &str) -> ParsedField {
        let mut response = self.response.accessible_name(name);
        if self.invalid {
            response = response.on_hover_text(help);
        }
        ParsedField { response, ..self }
    }
}

fn date_edit(ui: &mut Ui, id: Id, value: &mut Option<NaiveDate>, width: f32) -> ParsedField {
    parsed_edit(
        ui,
        id,
        value,
        &|date: &Option<NaiveDate>| date.map(date::short_form).unwrap_or_default(),
        &parse_optional_date,
        width,
        "dd/mm/yyyy",
    )
}

/// Why the text typed into the date field at `id` is not a date, in the model's words
/// ("02/17/2027 has the month first: …"), or `None` if it reads.
fn date_problem(ui: &Ui, id: Id) -> Option<String> {
    let text: Option<String> = ui.ctx().data(|data| data.get_temp(id.with("buffer")));
    date::parse_optional_date(&text?)
        .err()
        .map(|error| error.to_string())
}

/// How wide the calendar button beside a date field is.
const CALENDAR_WIDTH: f32 = 24.0;

/// The calendar button beside the date field at `id` (named `name`): egui_extras' date picker,
/// opening on the field's date (or today), with the years a case's dates may take. Returns
/// whether a day was chosen, which replaces whatever was typed.
fn calendar_button(ui: &mut Ui, id: Id, name: &str, value: &mut Option<NaiveDate>) -> bool {
    let start = value.unwrap_or_else(|| chrono::Local::now().date_naive());
    let Some(mut picked) = to_civil(start) else {
        return false;
    };
    let salt = format!("{name} calendar");
    let years = DATE_YEARS;
    let response = ui
        .add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(&salt)
                .show_icon(false)
                .format("▼")
                .calendar_week(false)
                .start_end_years(*years.start() as i16..=*years.end() as i16),
        )
        .on_hover_text("Choose the date on a calendar");
    pass_keyboard_focus_on(ui, id, &response);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!("{name}: choose on a calendar"),
        )
    });
    if !response.changed() {
        return false;
    }
    let Some(chosen) = NaiveDate::from_ymd_opt(
        i32::from(picked.year()),
        u32::try_from(picked.month()).unwrap_or(1),
        u32::try_from(picked.day()).unwrap_or(1),
    ) else {
        return false;
    };
    *value = Some(chosen);
    ui.ctx()
        .data_mut(|data| data.remove::<String>(id.with("buffer")));
    true
}

/// Tab goes from a date field straight to the next field, as in a spreadsheet: the calendar is
/// for the pointer, and the keyboard types the date in any form the field reads. egui offers
/// the calendar button (`calendar`) the focus when Tab or Shift+Tab reaches it; this hands it
/// on at once, so no keystroke is typed into a button. Going forward (in the frame Tab is
/// pressed), the button lets the focus go and asks again for the next widget, which egui
/// gives it to in the same frame; coming back with Shift+Tab (a frame later, egui's delay), it goes to the date field
/// (`field`). A click on the button keeps the focus there.
fn pass_keyboard_focus_on(ui: &Ui, field: Id, calendar: &Response) {
    if !calendar.gained_focus() {
        return;
    }
    let (tab, pointer) = ui.input(|input| {
        let tab = input.events.iter().find_map(|event| match event {
            egui::Event::Key {
                key: egui::Key::Tab,
                pressed: true,
                modifiers,
                ..
            } => Some(modifiers.shift),
            _ => None,
        });
        (
            tab,
            input.pointer.any_down() || input.pointer.any_released(),
        )
    });
    match tab {
        Some(false) => ui.memory_mut(|memory| {
            memory.surrender_focus(calendar.id);
            memory.move_focus(egui::FocusDirection::Next);
        }),
        None if pointer => {}
        Some(true) | None => ui.memory_mut(|memory| memory.request_focus(field)),
    }
}

/// A day as the date picker holds it; `None` outside the years it can show.
fn to_civil(date: NaiveDate) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(date.year()).ok()?,
        i8::try_from(date.month()).ok()?,
        i8::try_from(date.day()).ok()?,
    )
    .ok()
}

fn date_echo(ui: &mut Ui, id: Id, value: Option<NaiveDate>, invalid: bool) {
    if invalid {
        let problem = date_problem(ui, id).unwrap_or_else(|| DATE_HELP.to_owned());
        ui.colored_label(ERROR_COLOUR, problem);
    } else if let Some(date) = value {
        ui.weak(date::long_form(date));
    }
}

/// The kinds of parsing grid cell, whose text being typed is kept per cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellKind {
    /// [`Form::number_cell`] for money.
    Money,
    /// [`Form::number_cell`] for a percentage.
    Percent,
    /// [`Form::date_cell`].
    Date,
    /// [`Form::number_cell`] for a count (a headcount, a number of redundancies).
    Count,
}

impl CellKind {
    /// The cell's widget id. Global rather than relative to the parent `Ui`, so a step can
    /// move a cell's pending text from outside the grid (see [`swap_cell_text`]).
    fn id(self, salt: impl egui::AsIdSalt) -> Id {
        Id::unique(("casewright_cell", self, salt))
    }
}

/// Whether number cell `id_salt` holds text that cannot be read, kept from when it was typed:
/// what [`Form::number_cell`] reports as `invalid`, readable whether or not the cell was drawn
/// this frame (a table draws only the rows in view).
pub fn unreadable_cell<T: Number>(ctx: &egui::Context, id_salt: impl egui::AsIdSalt) -> bool {
    let buffer = T::FORMAT.cell.id(id_salt).with("buffer");
    ctx.data(|data| data.get_temp::<String>(buffer))
        .is_some_and(|text| (T::FORMAT.parse)(&text).is_none())
}

/// Swaps the text being typed (or left unreadable) in two cells, for a step that swaps two
/// rows: the text stays with its row rather than appearing in the row that took its place.
pub fn swap_cell_text(
    ctx: &egui::Context,
    kind: CellKind,
    a: impl egui::AsIdSalt,
    b: impl egui::AsIdSalt,
) {
    let (a, b) = (kind.id(a).with("buffer"), kind.id(b).with("buffer"));
    ctx.data_mut(|data| {
        let text_a: Option<String> = data.get_temp(a);
        let text_b: Option<String> = data.get_temp(b);
        for (id, text) in [(a, text_b), (b, text_a)] {
            match text {
                Some(text) => {
                    data.insert_temp(id, text);
                }
                None => data.remove::<String>(id),
            }
        }
    });
}

/// Forgets the text left in a cell whose row was removed.
pub fn forget_cell_text(ctx: &egui::Context, kind: CellKind, salt: impl egui::AsIdSalt) {
    ctx.data_mut(|data| data.remove::<String>(kind.id(salt).with("buffer")));
}

/// Keeps each row's pending cell text with its row when row `removed` of `count` goes: the
/// rows after it move up one. `salt(row)` names a row's cells of `kind`.
pub fn remove_row_cell_text<S: egui::AsIdSalt>(
    ctx: &egui::Context,
    kind: CellKind,
    removed: usize,
    count: usize,
    salt: impl Fn(usize) -> S,
) {
    for row in removed..count.saturating_sub(1) {
        swap_cell_text(ctx, kind, salt(row), salt(row + 1));
    }
    if count > 0 {
        forget_cell_text(ctx, kind, salt(count - 1));
    }
}

/// A move or removal asked for from a row's buttons, applied after the list is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowAction {
    /// Swap row `i` with the one above.
    Up(usize),
    /// Swap row `i` with the one below.
    Down(usize),
    /// Remove row `i`.
    Remove(usize),
}

impl RowAction {
    /// Moves the text pending in the rows' `kind` cells (named by `salt(row)`) the way
    /// [`RowAction::apply`] moves the rows, so half-typed text stays with its row.
    pub fn carry_cell_text<S: egui::AsIdSalt>(
        self,
        ctx: &egui::Context,
        count: usize,
        kind: CellKind,
        salt: impl Fn(usize) -> S,
    ) {
        match self {
            RowAction::Up(i) if i > 0 && i < count => {
                swap_cell_text(ctx, kind, salt(i), salt(i - 1));
            }
            RowAction::Down(i) if i + 1 < count => {
                swap_cell_text(ctx, kind, salt(i), salt(i + 1));
            }
            RowAction::Remove(i) if i < count => {
                remove_row_cell_text(ctx, kind, i, count, salt);
            }
            _ => {}
        }
    }

    /// Moves or removes the row in `rows`.
    pub fn apply<T>(self, rows: &mut Vec<T>) {
        match self {
            RowAction::Up(i) if i > 0 && i < rows.len() => rows.swap(i, i - 1),
            RowAction::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
            RowAction::Remove(i) if i < rows.len() => {
                rows.remove(i);
            }
            _ => {}
        }
    }
}

/// "↑" (move up), "↓" (move down) and "Remove" for row `i` of `count`, named for screen
/// readers with `what` ("Move milestone 2 up").
pub fn row_buttons(ui: &mut Ui, what: &str, i: usize, count: usize) -> Option<RowAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(i > 0, egui::Button::new("↑"))
            .accessible_name(format!("Move {what} up"))
            .on_hover_text("Move up")
            .clicked()
        {
            action = Some(RowAction::Up(i));
        }
        if ui
            .add_enabled(i + 1 < count, egui::Button::new("↓"))
            .accessible_name(format!("Move {what} down"))
            .on_hover_text("Move down")
            .clicked()
        {
            action = Some(RowAction::Down(i));
        }
        if ui
            .button("Remove")
            .accessible_name(format!("Remove {what}"))
            .clicked()
        {
            action = Some(RowAction::Remove(i));
        }
    });
    action
}

/// A faint, italic sentence that says what to do when a list is empty, so the user is never
/// left looking at a blank space.
pub fn empty_state(ui: &mut Ui, text: &str) -> Response {
    ui.label(RichText::new(text).italics().weak())
}

const MONEY_HELP: &str = "Not an amount: type pounds, e.g. 125000 or £1,250.50";
const PERCENT_HELP: &str = "Not a percentage: type e.g. 3.5 or 3.5%";
const DATE_HELP: &str = "Not a date: type it as 17/02/2027, 17 Feb 2027 or 2027-02-17";

/// Money as it reads in a field: whole pounds with separators ("£1,250,000"), pence only when
/// there are any, and blank for zero so an empty grid reads as empty.
fn money_text(value: &Money) -> String {
    if *value == Money::ZERO {
        String::new()
    } else if value.pence() % 100 == 0 {
        value.whole_pounds()
    } else {
        value.to_string()
    }
}

fn parse_money(text: &str) -> Option<Money> {
    if text.trim().is_empty() {
        Some(Money::ZERO)
    } else {
        Money::parse(text)
    }
}

/// A percentage as it reads in a field: "3.5%", blank for zero so typing into it needs no
/// deleting first.
fn percent_text(value: &Percent) -> String {
    if value.basis_points() == 0 {
        String::new()
    } else {
        value.to_string()
    }
}

fn parse_percent(text: &str) -> Option<Percent> {
    if text.trim().is_empty() {
        Some(Percent(0))
    } else {
        Percent::parse(text)
    }
}

/// Reads a date field's text with the model's rule ([`date::parse_optional_date`]); empty text
/// means no date. `None` when the text is not a date.
pub fn parse_optional_date(text: &str) -> Option<Option<NaiveDate>> {
    date::parse_optional_date(text).ok()
}

/// A number typed into a field: money in pounds, a percentage or a count, which share one
/// field and one grid cell ([`Form::number_field`], [`Form::number_cell`]).
pub trait Number: PartialEq + Sized + 'static {
    /// How a field shows, reads and explains the number.
    const FORMAT: NumberFormat<Self>;
}

/// How a number field shows, reads and explains its value.
pub struct NumberFormat<T> {
    id_salt: &'static str,
    format: fn(&T) -> String,
    parse: fn(&str) -> Option<T>,
    width: f32,
    hint: &'static str,
    help: &'static str,
    cell: CellKind,
    cell_hint: &'static str,
}

impl Number for Money {
    const FORMAT: NumberFormat<Money> = NumberFormat {
        id_salt: "money_field",
        format: money_text,
        parse: parse_money,
        width: 140.0,
        hint: "£0",
        help: MONEY_HELP,
        cell: CellKind::Money,
        // The finance grid is mostly empty cells; a "£0" in each would hide the figures.
        cell_hint: "",
    };
}

impl Number for Percent {
    const FORMAT: NumberFormat<Percent> = NumberFormat {
        id_salt: "percent_field",
        format: percent_text,
        parse: parse_percent,
        width: PERCENT_WIDTH,
        hint: "0%",
        help: PERCENT_HELP,
        cell: CellKind::Percent,
        cell_hint: "0%",
    };
}

/// A count as it reads in a field: blank while not given, so "not given" and "none" (0)
/// stay apart.
fn count_text(value: &Option<u32>) -> String {
    value.map(|count| count.to_string()).unwrap_or_default()
}

fn parse_count(text: &str) -> Option<Option<u32>> {
    let text = text.trim().replace(',', "");
    if text.is_empty() {
        Some(None)
    } else {
        text.parse::<u32>().ok().map(Some)
    }
}

const COUNT_HELP: &str = "Not a number: type a whole number, e.g. 0 or 42";

impl Number for Option<u32> {
    const FORMAT: NumberFormat<Option<u32>> = NumberFormat {
        id_salt: "count_field",
        format: count_text,
        parse: parse_count,
        // Twelve characters of the body font, the narrowest a field may be.
        width: 120.0,
        hint: "—",
        help: COUNT_HELP,
        cell: CellKind::Count,
        cell_hint: "—",
    };
}

/// A visible label followed by a number field; an unreadable entry is explained beside it.
fn labelled_number<T: PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    number: &NumberFormat<T>,
) -> ParsedField {
    ui.horizontal(|ui| {
        let label_response = ui.label(label);
        let id = ui.make_persistent_id((number.id_salt, label));
        let field = parsed_edit(
            ui,
            id,
            value,
            &number.format,
            &number.parse,
            number.width,
            number.hint,
        );
        let response = field.response.labelled_by(label_response.id);
        if field.invalid {
            ui.colored_label(ERROR_COLOUR, number.help);
        }
        ParsedField { response, ..field }
    })
    .inner
}

/// A text field over a value that is parsed from what the user types.
///
/// While the user edits, or while the text cannot be read, the text lives in egui's temporary
/// memory under `id`; otherwise the field shows the value formatted. The value changes only
/// when the text reads, so a half-typed amount never reaches the case and nothing typed is
/// thrown away. If the value is changed from outside (undo) while the field is not being
/// edited, the field follows it.
fn parsed_edit<T: PartialEq>(
    ui: &mut Ui,
    id: Id,
    value: &mut T,
    format: &dyn Fn(&T) -> String,
    parse: &dyn Fn(&str) -> Option<T>,
    width: f32,
    hint: &str,
) -> ParsedField {
    let buffer_id = id.with("buffer");
    let stored: Option<String> = ui.ctx().data(|data| data.get_temp(buffer_id));
    let editing = ui.ctx().memory(|memory| memory.has_focus(id));
    let mut text = match stored {
        Some(text) if editing => text,
        Some(text) => match parse(&text) {
            // Not being edited and readable: show the value (it may have been undone).
            Some(_) => format(value),
            None => text,
        },
        None => format(value),
    };
    let mut edit = TextEdit::singleline(&mut text).id(id).desired_width(width);
    if !hint.is_empty() {
        edit = edit.hint_text(hint);
    }
    let response = fixed_width(ui, width, |ui| ui.add(edit));
    let parsed = parse(&text);
    let invalid = parsed.is_none();
    let mut changed = false;
    if response.changed()
        && let Some(new_value) = parsed
        && new_value != *value
    {
        *value = new_value;
        changed = true;
    }
    let keep_text = response.has_focus() || invalid;
    ui.ctx().data_mut(|data| {
        if keep_text {
            data.insert_temp(buffer_id, text);
        } else {
            data.remove::<String>(buffer_id);
        }
    });
    if invalid {
        outline_error(ui, &response, 1.5);
    }
    ParsedField {
        response,
        invalid,
        changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_in_iso_and_british_forms() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 31);
        assert_eq!(parse_optional_date("2026-03-31"), Some(day));
        assert_eq!(parse_optional_date(" 31/03/2026 "), Some(day));
        assert_eq!(parse_optional_date(""), Some(None));
        assert_eq!(parse_optional_date("2026-02-30"), None);
        assert_eq!(parse_optional_date("next Tuesday"), None);
    }

    #[test]
    fn counts_keep_not_given_apart_from_none() {
        assert_eq!(parse_count(""), Some(None));
        assert_eq!(parse_count(" 0 "), Some(Some(0)));
        assert_eq!(parse_count("1,200"), Some(Some(1200)));
        assert_eq!(parse_count("-3"), None);
        assert_eq!(parse_count("twelve"), None);
        assert_eq!(count_text(&None), "");
    }

    #[test]
    fn money_text_reads_back_to_the_same_amount() {
        for pence in [0, 100, 125_000_000, 1_234, -30_000, -5] {
            let money = Money(pence);
            assert_eq!(parse_money(&money_text(&money)), Some(money));
        }
    }
}
