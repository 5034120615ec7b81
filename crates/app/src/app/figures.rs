//! The Insert figure picker under every multi-line text area (a popup over the form, so
//! opening it moves no field), and the line beside it that
//! lists the figures the text cites with their values now.
//!
//! The text area itself keeps the raw text, references and all (`{{npv option="LeadForce"}}`):
//! what the user types is exactly what is stored, the cursor moves through a reference like any
//! other text, and undo, copy and paste carry references unchanged. Beneath it a line lists
//! each cited figure with its current value (or the stand-in for a figure that no longer
//! exists), so the user sees the figures without editing being any less predictable. A layouter that drew values in place of references would make the cursor
//! jump over text that is not there.
//!
//! The picker lists every figure of the case ([`crate::case::figures::Figures::entries`])
//! with its value, filtered by what is typed in its search box; Enter or a click inserts the
//! first or chosen figure at the text area's cursor and puts the cursor after it. The Insert
//! figure command (its shortcut in [`super::commands`]) opens the picker of the text area
//! that has the keyboard focus, with the cursor in the search box, so a figure can be
//! inserted by keyboard alone.

use std::sync::{Arc, OnceLock};

use egui::text::{CCursor, CCursorRange};
use egui::{Id, Key, Response, RichText, ScrollArea, TextEdit, Ui};

use crate::case::Case;
use crate::case::figures::{Entry, Figure, Figures, MoneyStyle, Piece, stand_in, syntax};

/// The figures of the case as it stood at the start of the frame, for every picker to list.
#[derive(Debug, Clone, Default)]
pub struct FigureMenu {
    entries: Vec<Entry>,
}

impl FigureMenu {
    /// The figures of `case`.
    pub fn of(case: &Case) -> FigureMenu {
        FigureMenu {
            entries: Figures::of(case).entries(),
        }
    }

    /// The figures the text cites, each with its value now and what it is ("£1.71 million
    /// (Lead force: net present value)"), or the stand-in the paper prints for one that no
    /// longer exists; `None` if the text cites none. A list of the figures rather than the
    /// whole text again, so a long text area is not shown twice.
    pub fn preview(&self, text: &str) -> Option<String> {
        if !text.contains(syntax::OPEN) {
            return None;
        }
        let cited: Vec<String> = syntax::pieces(text)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Text(_) => None,
                Piece::Reference(reference, _) => Some(match Figure::of(&reference) {
                    Ok((figure, style)) => self
                        .entries
                        .iter()
                        .find(|entry| entry.figure == figure)
                        .map_or_else(
                            || stand_in("it is not a figure of the case now"),
                            |entry| format!("{} ({})", entry.value.show(style), entry.label),
                        ),
                    Err(reason) => stand_in(&reason),
                }),
            })
            .collect();
        (!cited.is_empty()).then(|| cited.join("; "))
    }

    /// The entries whose label, value and reference's name ("npv", "bcr", as the search box's
    /// hint offers them) hold every word of `search`.
    fn matching(&self, search: &str) -> Vec<&Entry> {
        let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
        self.entries
            .iter()
            .filter(|entry| {
                let text = format!(
                    "{} {} {}",
                    entry.label.to_lowercase(),
                    entry.value.show(MoneyStyle::Pounds),
                    entry
                        .figure
                        .reference(MoneyStyle::Pounds)
                        .name
                        .replace('_', " ")
                );
                words.iter().all(|word| text.contains(word.as_str()))
            })
            .collect()
    }
}

/// The case as of the start of the frame, and the figures every picker lists, worked out
/// from it the first time a text area needs them (one citing a figure, or an open picker):
/// typing in a step whose texts cite nothing never pays for them.
#[derive(Debug, Clone)]
pub struct FigureSource {
    case: Arc<Case>,
    menu: Arc<OnceLock<Arc<FigureMenu>>>,
}

impl FigureSource {
    /// The source for `case`, with its figures not yet worked out.
    pub fn of(case: Case) -> FigureSource {
        FigureSource {
            case: Arc::new(case),
            menu: Arc::default(),
        }
    }

    /// The case.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The figures of the case, worked out on first use.
    fn menu(&self) -> Arc<FigureMenu> {
        Arc::clone(
            self.menu
                .get_or_init(|| Arc::new(FigureMenu::of(&self.case))),
        )
    }
}

/// Where the menu for this frame is kept in egui's memory.
fn menu_id() -> Id {
    Id::unique("casewright figure menu")
}

/// Where the Insert figure command leaves its request for the focused text area.
fn request_id() -> Id {
    Id::unique("casewright insert figure request")
}

/// Makes `source` the one every text area's picker lists this frame.
pub fn share(ctx: &egui::Context, source: FigureSource) {
    ctx.data_mut(|data| data.insert_temp(menu_id(), source));
}

/// Asks the text area with the keyboard focus to open its picker (the Insert figure command).
pub fn request(ctx: &egui::Context) {
    ctx.data_mut(|data| data.insert_temp(request_id(), true));
}

/// Drops a request no text area took this frame.
pub fn forget_request(ctx: &egui::Context) {
    ctx.data_mut(|data| data.remove::<bool>(request_id()));
}

/// What hovering over the "Figures here:" line says.
const FIGURES_HERE_HINT: &str = "The live figures in this text, as the paper prints them now. Each follows the tables when the figures change.";

/// The height of the picker's list of figures, in points.
const LIST_HEIGHT: f32 = 220.0;

/// The picker's state for one text area.
#[derive(Debug, Clone, Default)]
struct Picker {
    open: bool,
    search: String,
    millions: bool,
    focus_search: bool,
}

/// Draws, under the text area `area` (named `name`, holding `value`), the preview line and
/// the Insert figure button with its picker.
pub fn under(ui: &mut Ui, name: &str, value: &mut String, area: &Response) {
    let ctx = ui.ctx().clone();
    let Some(source) = ctx.data(|data| data.get_temp::<FigureSource>(menu_id())) else {
        return;
    };
    let state_id = area.id.with("figure picker");
    let mut picker: Picker = ctx.data(|data| data.get_temp(state_id)).unwrap_or_default();
    let requested = ctx.data(|data| data.get_temp::<bool>(request_id())) == Some(true);
    if requested && area.has_focus() {
        ctx.data_mut(|data| data.remove::<bool>(request_id()));
        picker.open = true;
        picker.focus_search = true;
        picker.search.clear();
    }
    // Only a text that cites a figure, or an open picker, needs the figures worked out.
    let cites = value.contains(syntax::OPEN);
    let menu = (cites || picker.open).then(|| source.menu());
    let button = ui
        .horizontal_wrapped(|ui| {
            let button = ui
                .small_button(if picker.open {
                    "Close figures"
                } else {
                    "Insert figure"
                })
                .accessible_name(if picker.open {
                    format!("Close figures for {name}")
                } else {
                    format!("Insert figure into {name}")
                });
            if button.clicked() {
                picker.open = !picker.open;
                picker.focus_search = picker.open;
                // Each opening starts a new search: words left from the last one would narrow it.
                picker.search.clear();
            }
            if let Some(preview) = menu.as_ref().and_then(|menu| menu.preview(value)) {
                ui.label(RichText::new(format!("Figures here: {preview}")).weak())
                    .on_hover_text(FIGURES_HERE_HINT);
            }
            button
        })
        .inner;
    if picker.open {
        let menu = menu.unwrap_or_else(|| source.menu());
        // A popup over the form, not a panel in it: opening the picker moves no field.
        let mut open = picker.open;
        let width = area.rect.width().clamp(280.0, 560.0);
        let chosen = egui::Popup::from_response(&button)
            .open_bool(&mut open)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .width(width)
            .accessible_name(format!("Figures for {name}"))
            .show(|ui| {
                ui.set_width(width);
                picker_panel(ui, name, &menu, &mut picker, state_id)
            })
            .and_then(|shown| shown.inner);
        picker.open = open;
        if let Some(entry) = chosen {
            let style = if picker.millions && entry.figure.is_money() {
                MoneyStyle::Millions
            } else {
                MoneyStyle::Pounds
            };
            insert_at_cursor(
                &ctx,
                area.id,
                value,
                &entry.figure.reference(style).to_string(),
            );
            picker.open = false;
            picker.search.clear();
        } else if !picker.open && ctx.input(|input| input.key_pressed(Key::Escape)) {
            // Closed by Escape: the cursor goes back to the text area.
            ctx.memory_mut(|memory| memory.request_focus(area.id));
        }
    }
    ctx.data_mut(|data| data.insert_temp(state_id, picker));
}

/// The open picker's contents: a search box and the figures that match it. Returns the
/// figure chosen.
fn picker_panel<'m>(
    ui: &mut Ui,
    name: &str,
    menu: &'m FigureMenu,
    picker: &mut Picker,
    state_id: Id,
) -> Option<&'m Entry> {
    let mut chosen = None;
    let search = ui.add(
        TextEdit::singleline(&mut picker.search)
            .id(state_id.with("search"))
            .hint_text("Find a figure: npv lead, gwent 2027/28, funding")
            .desired_width(f32::INFINITY),
    );
    let search = search.accessible_name(format!("Find a figure for {name}"));
    if std::mem::take(&mut picker.focus_search) {
        search.request_focus();
    }
    ui.checkbox(
        &mut picker.millions,
        "Write money in millions (£1.43 million)",
    );
    let matching = menu.matching(&picker.search);
    if search.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
        chosen = matching.first().copied();
        if chosen.is_none() {
            // Nothing to insert: the cursor stays in the search box to try other words.
            search.request_focus();
        }
    }
    // The list keeps one height whatever matches, so the popup neither grows nor shrinks
    // (nor flips above or below its button) under the pointer while the user types.
    ScrollArea::vertical()
        .id_salt(state_id.with("list"))
        .max_height(LIST_HEIGHT)
        .min_scrolled_height(LIST_HEIGHT)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_min_height(LIST_HEIGHT);
            if matching.is_empty() {
                ui.label(RichText::new("No figure matches.").weak());
            }
            for entry in matching {
                let text = format!("{}: {}", entry.label, entry.value.show(MoneyStyle::Pounds));
                if ui.selectable_label(false, text).clicked() {
                    chosen = Some(entry);
                }
            }
        });
    chosen
}

/// Inserts `text` at the cursor of the text area `id` (at the end if it has none), puts the
/// cursor after it and gives the text area the keyboard focus back.
pub fn insert_at_cursor(ctx: &egui::Context, id: Id, value: &mut String, text: &str) {
    let mut state = TextEdit::load_state(ctx, id).unwrap_or_default();
    let chars = value.chars().count();
    let (from, to) = state.cursor.char_range().map_or((chars, chars), |range| {
        let (a, b) = (range.primary.index.0, range.secondary.index.0);
        (a.min(b).min(chars), a.max(b).min(chars))
    });
    let byte = |index: usize| {
        value
            .char_indices()
            .nth(index)
            .map_or(value.len(), |(at, _)| at)
    };
    let (start, end) = (byte(from), byte(to));
    value.replace_range(start..end, text);
    let after = from + text.chars().count();
    state
        .cursor
        .set_char_range(Some(CCursorRange::one(CCursor::new(after))));
    state.store(ctx, id);
    ctx.memory_mut(|memory| memory.request_focus(id));
}
