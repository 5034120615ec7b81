//! Tables that behave as tables: every step's lists of rows (the equality assessment, the
//! finance lines, the options side by side, milestones, revisions…) are drawn with [`Table`].
//!
//! - **Rows are as tall as their tallest cell.** A cell is a column of its own, as wide as its
//!   column and as tall as it needs: text wraps and text areas grow as the user types, and the
//!   row grows with them, so one row never runs into the next.
//! - **Columns use the width there is.** A column is [`Width::Fixed`] (a date, an amount, a
//!   drop-down, a row's buttons) or [`Width::Fill`]: at least its minimum, sharing whatever
//!   width is left over with the other filling columns.
//! - **When the columns cannot fit**, the table scrolls sideways with a scroll bar that stays in
//!   view, while its first [`Table::frozen`] columns (what the row is) and its
//!   [`Table::actions`] column (the row's buttons) stay where they are.
//!
//! Row heights are measured as the cells are drawn and kept for the next frame; when a row's
//! height changes, the frame is drawn again before it is shown (`request_discard`), so rows
//! never overlap even for a frame.
//!
//! - **Only the rows in view are drawn.** A row out of view whose height is known takes its
//!   place without its cells being drawn, so a long table (thirty finance lines over ten
//!   years) costs a keystroke no more than the rows on screen. Every row is drawn when the
//!   keyboard moves between fields (Tab, Enter), when a field is asked for, when a screen
//!   reader is listening (it reads the rows out of view too), and when the columns' widths or
//!   the number of rows change; the row holding the keyboard focus is drawn wherever it is.
//!   So a row's closure is not run for every row: whatever a step counts across its rows
//!   (the amounts that cannot be read) it counts from the case or the cells' memory instead.
//!
//! ```ignore
//! let table = Table::new("milestones")
//!     .column(Column::fixed("", 28.0))
//!     .column(Column::fill("Milestone", 200.0))
//!     .column(Column::fixed("Due", DATE_WIDTH))
//!     .column(Column::fixed("", ROW_BUTTONS_WIDTH))
//!     .frozen(2)
//!     .actions();
//! form.table(table, |body| {
//!     for (i, milestone) in milestones.iter_mut().enumerate() {
//!         body.row(|row| {
//!             row.text(format!("{}.", i + 1));
//!             row.cell(|form| form.text_cell("Milestone 1 title", &mut milestone.title, None));
//!             // …one call to `cell` (or `text`) per column, in order.
//!         });
//!     }
//! });
//! ```

use std::ops::Range;

use egui::scroll_area::ScrollBarVisibility;
use egui::{
    Align, Id, Layout, Painter, Pos2, Rect, RichText, ScrollArea, Shape, Ui, UiBuilder, pos2, vec2,
};

use super::access;
use super::form::Form;
use super::scrolling::Requested;

/// Space between two columns, in points.
const COLUMN_GAP: f32 = 10.0;
/// Space above and below a row's cells, inside its stripe, in points.
const ROW_PADDING: f32 = 3.0;
/// The narrowest the scrolling part of a table may be before the frozen columns scroll too.
const MIN_SCROLLING_WIDTH: f32 = 160.0;

/// How wide a column is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// Exactly this many points: a date, an amount, a drop-down, a row's buttons.
    Fixed(f32),
    /// At least `min` points; the width left over once every column has its minimum is shared
    /// among the filling columns in proportion to `share`.
    Fill {
        /// The narrowest the column may be.
        min: f32,
        /// Its part of the spare width, relative to the other filling columns.
        share: f32,
    },
}

impl Width {
    fn min(self) -> f32 {
        match self {
            Width::Fixed(width) => width,
            Width::Fill { min, .. } => min,
        }
    }

    fn share(self) -> f32 {
        match self {
            Width::Fixed(_) => 0.0,
            Width::Fill { share, .. } => share,
        }
    }
}

/// One column of a [`Table`]: its heading and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    heading: String,
    width: Width,
}

impl Column {
    /// A column exactly `width` points wide.
    pub fn fixed(heading: impl Into<String>, width: f32) -> Column {
        Column {
            heading: heading.into(),
            width: Width::Fixed(width),
        }
    }

    /// A column at least `min` points wide that takes an equal part of the spare width.
    pub fn fill(heading: impl Into<String>, min: f32) -> Column {
        Column {
            heading: heading.into(),
            width: Width::Fill { min, share: 1.0 },
        }
    }

    /// A filling column's part of the spare width relative to the others (1 by default).
    pub fn share(mut self, share: f32) -> Column {
        if let Width::Fill { min, .. } = self.width {
            self.width = Width::Fill { min, share };
        }
        self
    }
}

/// A table of rows whose cells hold any widgets; see the [module](self) for how it lays out.
#[derive(Debug, Clone)]
pub struct Table {
    /// Distinguishes the table from others in the same `Ui`.
    salt: egui::IdSalt,
    columns: Vec<Column>,
    frozen: usize,
    actions: bool,
    headings: bool,
    striped: bool,
    /// What a screen reader calls the table ("Lead force: each line's cost or saving by year").
    name: String,
}

impl Table {
    /// A table with no columns yet; `id_salt` must be unique within the `Ui` it is drawn in.
    pub fn new(id_salt: impl egui::AsIdSalt) -> Table {
        Table {
            salt: egui::IdSalt::new(&("casewright_table", id_salt)),
            columns: Vec::new(),
            frozen: 0,
            actions: false,
            headings: true,
            striped: true,
            name: String::new(),
        }
    }

    /// Names the table for a screen reader, which says the name as the focus enters it.
    pub fn named(mut self, name: impl Into<String>) -> Table {
        self.name = name.into();
        self
    }

    /// Leaves out the heading row and the stripes: a form laid out as labels and fields side by
    /// side, which lines its fields up and lets them use the width there is.
    pub fn form_layout(mut self) -> Table {
        self.headings = false;
        self.striped = false;
        self
    }

    /// Adds a column, to the right of those already added.
    pub fn column(mut self, column: Column) -> Table {
        self.columns.push(column);
        self
    }

    /// Keeps the first `count` columns in view when the table scrolls sideways: the ones that
    /// say what each row is.
    pub fn frozen(mut self, count: usize) -> Table {
        self.frozen = count;
        self
    }

    /// Keeps the last column in view when the table scrolls sideways: the row's buttons, which
    /// must never be out of reach.
    pub fn actions(mut self) -> Table {
        self.actions = true;
        self
    }

    /// How the table's columns sit in `available` points: their widths, and the parts they
    /// are drawn in (one, or frozen, scrolling and actions parts).
    fn geometry(&self, available: f32) -> Geometry {
        let count = self.columns.len();
        let minimum: Vec<f32> = self.columns.iter().map(|c| c.width.min()).collect();
        let total = span(&minimum);
        let pinned = usize::from(self.actions && count > self.frozen);
        let scrolling = self.frozen.min(count)..count - pinned;
        if total <= available || scrolling.is_empty() {
            let spare = (available - total).max(0.0);
            let shares: f32 = self.columns.iter().map(|c| c.width.share()).sum();
            let widths = self
                .columns
                .iter()
                .map(|column| {
                    let share = column.width.share();
                    let extra = if shares > 0.0 {
                        spare * share / shares
                    } else {
                        0.0
                    };
                    column.width.min() + extra
                })
                .collect();
            return Geometry::new(widths, vec![(0..count, false)]);
        }
        let fixed_part = span(&minimum[..scrolling.start]) + span(&minimum[scrolling.end..]);
        let gaps = COLUMN_GAP * f32::from(u8::from(scrolling.start > 0) + u8::from(pinned > 0));
        if available - fixed_part - gaps < MIN_SCROLLING_WIDTH {
            // Too narrow even for frozen columns: the whole table scrolls.
            return Geometry::new(minimum, vec![(0..count, true)]);
        }
        let mut parts = Vec::new();
        if scrolling.start > 0 {
            parts.push((0..scrolling.start, false));
        }
        parts.push((scrolling.clone(), true));
        if pinned > 0 {
            parts.push((scrolling.end..count, false));
        }
        Geometry::new(minimum, parts)
    }
}

/// The width `widths` take side by side, with the gaps between them.
fn span(widths: &[f32]) -> f32 {
    widths.iter().sum::<f32>() + COLUMN_GAP * widths.len().saturating_sub(1) as f32
}

/// Where each column goes: its width, its left edge within its part, and the parts.
struct Geometry {
    widths: Vec<f32>,
    /// Each column's left edge, measured from the left of its part.
    lefts: Vec<f32>,
    /// The parts, left to right: their columns and whether they scroll sideways.
    parts: Vec<(Range<usize>, bool)>,
}

impl Geometry {
    fn new(widths: Vec<f32>, parts: Vec<(Range<usize>, bool)>) -> Geometry {
        let mut lefts = vec![0.0; widths.len()];
        for (columns, _) in &parts {
            let mut left = 0.0;
            for column in columns.clone() {
                lefts[column] = left;
                left += widths[column] + COLUMN_GAP;
            }
        }
        Geometry {
            widths,
            lefts,
            parts,
        }
    }

    /// The width of a part's columns side by side.
    fn part_width(&self, columns: &Range<usize>) -> f32 {
        span(&self.widths[columns.clone()])
    }
}

/// What the table remembers between frames: each row's height (the heading row first), the
/// columns' widths they were measured at, and the row that held the keyboard focus.
#[derive(Debug, Clone, Default, PartialEq)]
struct Remembered {
    heights: Vec<f32>,
    widths: Vec<f32>,
    focused_row: Option<usize>,
    /// Whether some heights were kept from rows that have since moved (rows were added or
    /// removed while some were not drawn), so every row is drawn next time to measure them.
    stale: bool,
}

/// Points above and below the view within which rows are drawn, so a row scrolled in since
/// the view was measured is drawn all the same.
const DRAWN_BEYOND_VIEW: f32 = 60.0;

/// One part of a table as it is drawn: its `Ui` (`None` for the form's own, the part that
/// scrolls sideways), its columns, and the top left of its first column.
struct Part<'u> {
    ui: Option<&'u mut Ui>,
    columns: Range<usize>,
    origin: Pos2,
}

/// The rows of a table as they are drawn: every part's `Ui`, where each column goes, and the
/// rows' heights. A row's cells are drawn left to right across all the parts before the next
/// row, so the keyboard focus (Tab, Shift+Tab) follows the reading order.
pub struct Body<'b, 'f> {
    form: &'b mut Form<'f>,
    parts: Vec<Part<'b>>,
    geometry: &'b Geometry,
    /// Heights from the last frame, to place rows before all their cells are drawn.
    known: &'b [f32],
    /// Heights measured this frame, the tallest cell of each row so far.
    measured: &'b mut Vec<f32>,
    /// Stripes to paint behind the rows.
    stripes: Option<&'b mut Stripes>,
    /// The cell Enter moved the keyboard focus to (row, column), when the cell above had it.
    enter_to: Option<(usize, usize)>,
    /// Where rows are drawn (see [`Drawn`]).
    drawn: Drawn,
    /// The row whose cells hold the keyboard focus this frame.
    focused_row: Option<usize>,
    /// How many rows were left undrawn this frame.
    skipped: usize,
    /// The table's node, while a screen reader listens: each row drawn is a row under it.
    tree: Option<&'b mut Ui>,
    /// The node of the row being drawn, which its cells are put under.
    row_node: Option<Id>,
    /// How many rows at the top are the heading row (1 or 0), whose cells are column headers.
    heading_rows: usize,
    row: usize,
    top: f32,
}

/// Which rows of a table are drawn this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Drawn {
    /// Every row (see the [module](self) for when).
    Every,
    /// The rows within this range of the screen, and the row that held the keyboard focus.
    InView {
        view: egui::Rangef,
        focused_row: Option<usize>,
    },
}

/// The stripes behind a table's rows, painted once the rows' heights are known.
struct Stripes {
    painter: Painter,
    shapes: Vec<(egui::layers::ShapeIdx, usize)>,
}

impl Body<'_, '_> {
    /// Adds a row: `add` calls [`Row::cell`] (or [`Row::text`]) once for each column, in order.
    /// A row out of view is not drawn and `add` is not run (see the [module](self)).
    pub fn row(&mut self, add: impl FnOnce(&mut Row<'_, '_, '_>)) {
        let index = self.row;
        if self.measured.len() <= index {
            self.measured.resize(index + 1, 0.0);
        }
        if let Some(stripes) = &mut self.stripes {
            let shape = stripes.painter.add(Shape::Noop);
            stripes.shapes.push((shape, index));
        }
        if let Some(height) = self.undrawn_height(index) {
            self.measured[index] = height;
            self.skipped += 1;
        } else {
            self.row_node = self
                .tree
                .as_mut()
                .map(|tree| access::table_row(tree, index));
            add(&mut Row {
                body: self,
                column: 0,
            });
        }
        let height = self.height(index);
        self.top += height + 2.0 * ROW_PADDING;
        self.row += 1;
    }

    /// The height row `index` keeps without being drawn, if it is out of view and its height
    /// is known; `None` if it must be drawn.
    fn undrawn_height(&self, index: usize) -> Option<f32> {
        let Drawn::InView { view, focused_row } = self.drawn else {
            return None;
        };
        let height = self.known.get(index).copied().filter(|h| *h > 0.0)?;
        let rows = egui::Rangef::new(self.top, self.top + height + 2.0 * ROW_PADDING);
        let out_of_view = !rows.intersects(view);
        (out_of_view && focused_row != Some(index)).then_some(height)
    }

    /// The height row `index` is drawn at: the tallest of its cells measured so far, or as
    /// tall as it was last frame.
    fn height(&self, index: usize) -> f32 {
        let known = self.known.get(index).copied().unwrap_or(0.0);
        let measured = self.measured.get(index).copied().unwrap_or(0.0);
        known.max(measured)
    }
}

/// One row of a table being drawn; see [`Body::row`].
pub struct Row<'r, 'b, 'f> {
    body: &'r mut Body<'b, 'f>,
    column: usize,
}

impl Row<'_, '_, '_> {
    /// Draws the next column's cell with `add`, in a `Ui` as wide as the column and as tall as
    /// its contents.
    ///
    /// Enter in a cell's one-line field moves the keyboard focus to the cell below, as in a
    /// spreadsheet (a text area keeps Enter for its new lines, a drop-down for opening).
    pub fn cell(&mut self, add: impl FnOnce(&mut Form<'_>)) {
        let column = self.column;
        self.column += 1;
        let body = &mut *self.body;
        let Some(part) = body.parts.iter_mut().find(|p| p.columns.contains(&column)) else {
            return;
        };
        let width = body.geometry.widths[column];
        let min = pos2(
            part.origin.x + body.geometry.lefts[column],
            body.top + ROW_PADDING,
        );
        let rect = Rect::from_min_size(min, vec2(width, f32::MAX / 4.0));
        let mut builder = UiBuilder::new()
            .id_salt(("cell", body.row, column))
            .max_rect(rect)
            .layout(Layout::top_down(Align::Min));
        if let Some(row) = body.row_node {
            builder = access::table_cell(builder, row, body.row < body.heading_rows);
        }
        let mut cell = match &mut part.ui {
            Some(ui) => ui.new_child(builder),
            None => body.form.new_child(builder),
        };
        if body.row_node.is_some() {
            access::cell_position(&cell, body.row, column);
        }
        cell.set_width(width);
        let ctx = cell.ctx().clone();
        let layer = cell.layer_id();
        let before = ctx.viewport(|v| v.this_pass.widgets.get_layer(layer).count());
        let focused = ctx.memory(|memory| memory.focused());
        body.form.cell(&mut cell, add);
        let height = cell.min_rect().height();
        let measured = &mut body.measured[body.row];
        *measured = measured.max(height);
        let fields = focusable_since(&ctx, layer, before);
        if body.enter_to == Some((body.row, column))
            && let Some(first) = fields.first()
        {
            ctx.memory_mut(|memory| memory.request_focus(*first));
            body.enter_to = None;
        }
        if let Some(focused) = focused
            && fields.contains(&focused)
        {
            body.focused_row = Some(body.row);
            if enter_goes_down(&ctx, focused) {
                body.enter_to = Some((body.row + 1, column));
            }
        }
    }

    /// A cell of plain text, wrapped to the column and set level with a field's text.
    pub fn text(&mut self, text: impl Into<RichText>) {
        let text = text.into();
        self.cell(|form| {
            let above = form.spacing().button_padding.y;
            form.add_space(above);
            form.add(egui::Label::new(text).wrap());
        });
    }
}

/// The widgets that can take the keyboard focus added to `layer` since it held `before`, in the
/// order they were added.
fn focusable_since(ctx: &egui::Context, layer: egui::LayerId, before: usize) -> Vec<Id> {
    ctx.viewport(|viewport| {
        viewport
            .this_pass
            .widgets
            .get_layer(layer)
            .skip(before)
            .filter(|widget| widget.sense.is_focusable() && widget.enabled)
            .map(|widget| widget.id)
            .collect()
    })
}

/// Whether Enter was pressed this frame in `focused`, a one-line text field that does not keep
/// Enter for itself (see [`keeps_enter`]).
fn enter_goes_down(ctx: &egui::Context, focused: Id) -> bool {
    let pressed =
        ctx.input(|input| input.modifiers.is_none() && input.key_pressed(egui::Key::Enter));
    if !pressed
        || ctx
            .data(|data| data.get_temp::<bool>(keeps_enter_id(focused)))
            .is_some()
    {
        return false;
    }
    egui::text_edit::TextEditState::load(ctx, focused).is_some()
}

fn keeps_enter_id(field: Id) -> Id {
    field.with("casewright keeps Enter")
}

/// Marks `field`, a text area in a table's cell, as one where Enter starts a new line rather
/// than moving to the cell below.
pub fn keeps_enter(ctx: &egui::Context, field: Id) {
    ctx.data_mut(|data| data.insert_temp(keeps_enter_id(field), true));
}

impl Form<'_> {
    /// Draws `table` with its heading row, then the rows `body` adds (see [`Body::row`]).
    pub fn table(&mut self, table: Table, body: impl FnOnce(&mut Body<'_, '_>)) {
        let ctx = self.ctx().clone();
        let id = self.make_persistent_id(table.salt);
        let remembered: Remembered = ctx.data(|data| data.get_temp(id)).unwrap_or_default();
        let available = self.available_width();
        let geometry = table.geometry(available);
        let top_left = self.cursor().min;
        // A table of figures is a table to a screen reader; one that only lays out a form is not.
        let mut tree = if table.headings {
            access::table(self, id.with("tree"), &table.name)
        } else {
            None
        };
        let mut stripes = Stripes {
            painter: self.painter().clone(),
            shapes: Vec::new(),
        };
        let fixed_width: f32 = geometry
            .parts
            .iter()
            .filter(|(_, scrolls)| !scrolls)
            .map(|(columns, _)| geometry.part_width(columns) + COLUMN_GAP)
            .sum();
        let mut left = top_left.x;
        let mut uis: Vec<Ui> = Vec::new();
        let mut widths = Vec::new();
        for (index, (columns, scrolls)) in geometry.parts.iter().enumerate() {
            let width = if *scrolls {
                (available - fixed_width).max(MIN_SCROLLING_WIDTH)
            } else {
                geometry.part_width(columns)
            };
            let rect = Rect::from_min_size(pos2(left, top_left.y), vec2(width, f32::MAX / 4.0));
            let mut part = self.new_child(
                UiBuilder::new()
                    .scope_id(id.with(("part", index)))
                    .max_rect(rect)
                    .layout(Layout::top_down(Align::Min)),
            );
            if *scrolls {
                // egui pins a sideways scroll bar to the bottom of the view while its area is
                // below it, over whatever is shown there: clip the part to the table's top.
                let mut clip = part.clip_rect();
                clip.min.y = clip.min.y.max(top_left.y);
                part.set_clip_rect(clip);
            }
            uis.push(part);
            widths.push(width);
            left += width + COLUMN_GAP;
        }
        let drawn = self.rows_drawn(&remembered, &geometry.widths);
        let mut measured = Vec::new();
        let mut focused_row = None;
        let mut skipped = 0;
        let striped = table.striped;
        let headings = table.headings.then_some(&table.columns);
        let draw = |form: &mut Form<'_>, parts: Vec<Part<'_>>, measured: &mut Vec<f32>| {
            let mut rows = Body {
                form,
                parts,
                geometry: &geometry,
                known: &remembered.heights,
                measured,
                stripes: striped.then_some(&mut stripes),
                enter_to: None,
                drawn,
                focused_row: None,
                skipped: 0,
                tree: tree.as_mut(),
                row_node: None,
                heading_rows: usize::from(headings.is_some()),
                row: 0,
                top: top_left.y,
            };
            if let Some(columns) = headings {
                rows.row(|row| {
                    for column in columns {
                        row.cell(|form| {
                            let label = form.add(
                                egui::Label::new(RichText::new(&column.heading).strong()).wrap(),
                            );
                            access::name_container_by(form, label.id);
                        });
                    }
                });
            }
            body(&mut rows);
            focused_row = rows.focused_row;
            skipped = rows.skipped;
            rows.top
        };
        let part_of = |ui: &mut Ui, columns: &Range<usize>| {
            let origin = ui.max_rect().min;
            (origin, columns.clone())
        };
        let scrolling = geometry.parts.iter().position(|(_, scrolls)| *scrolls);
        let end;
        let mut requested = None;
        match scrolling {
            None => {
                let parts = uis
                    .iter_mut()
                    .zip(&geometry.parts)
                    .map(|(ui, (columns, _))| {
                        let (origin, columns) = part_of(ui, columns);
                        Part {
                            ui: Some(ui),
                            columns,
                            origin,
                        }
                    })
                    .collect();
                end = draw(self, parts, &mut measured);
            }
            Some(index) => {
                let (before, rest) = uis.split_at_mut(index);
                let (scroll_ui, after) = rest.split_first_mut().expect("the scrolling part");
                let columns = geometry.parts[index].0.clone();
                let content_width = geometry.part_width(&columns);
                let area = ScrollArea::horizontal()
                    .id_salt(id.with("sideways"))
                    .auto_shrink([false, true])
                    .scroll_bar_visibility(ScrollBarVisibility::AlwaysVisible);
                let shown = self.over(scroll_ui, |form| {
                    form.inside(area, |form| {
                        let origin = form.max_rect().min;
                        let mut parts: Vec<Part<'_>> = Vec::new();
                        for (ui, (cols, _)) in before.iter_mut().zip(&geometry.parts) {
                            let (origin, columns) = part_of(ui, cols);
                            parts.push(Part {
                                ui: Some(ui),
                                columns,
                                origin,
                            });
                        }
                        parts.push(Part {
                            ui: None,
                            columns: columns.clone(),
                            origin,
                        });
                        for (ui, (cols, _)) in after.iter_mut().zip(&geometry.parts[index + 1..]) {
                            let (origin, columns) = part_of(ui, cols);
                            parts.push(Part {
                                ui: Some(ui),
                                columns,
                                origin,
                            });
                        }
                        let end = draw(form, parts, &mut measured);
                        form.set_min_size(vec2(content_width, end - origin.y));
                        // A cell asked to come into view: the form must scroll down to it too.
                        (end, Requested::now(form.ctx()))
                    })
                });
                let (drawn_end, now) = shown.inner;
                end = drawn_end;
                requested = Some((now, shown.inner_rect));
            }
        }
        let mut bottom = top_left.y;
        let mut right = top_left.x;
        for ((ui, width), (_, scrolls)) in uis.iter_mut().zip(&widths).zip(&geometry.parts) {
            if !scrolls {
                ui.set_min_size(vec2(*width, end - top_left.y));
            }
            bottom = bottom.max(ui.min_rect().max.y);
            right = right.max(ui.min_rect().max.x);
        }
        if let Some((requested, viewport)) = requested {
            requested.pass_on(self, viewport, egui::Vec2b::new(true, false));
        }
        let heading = table.headings.then_some(0);
        paint_stripes(
            &stripes,
            &measured,
            heading,
            top_left,
            right,
            self.visuals(),
        );
        let rect = Rect::from_min_max(top_left, pos2(right, bottom));
        self.advance_cursor_after_rect(rect);
        if let Some(tree) = &tree {
            access::table_size(tree, measured.len(), geometry.widths.len());
        }
        let moved = !same_heights(&measured, &remembered.heights);
        let stale = skipped > 0 && measured.len() != remembered.heights.len();
        let now = Remembered {
            heights: measured,
            widths: geometry.widths.clone(),
            focused_row,
            stale,
        };
        if now != remembered {
            ctx.data_mut(|data| data.insert_temp(id, now));
        }
        if moved || stale {
            ctx.request_discard("a table row changed height");
        }
    }

    /// Which rows of a table to draw this frame, given what it remembers from the last.
    fn rows_drawn(&self, remembered: &Remembered, widths: &[f32]) -> Drawn {
        let ctx = self.ctx();
        let moving_focus = ctx.input(|input| {
            input.key_pressed(egui::Key::Tab) || input.key_pressed(egui::Key::Enter)
        });
        // A screen reader reads rows out of view too; the node is the form's own, which egui
        // makes anyway, so asking for it adds nothing to the tree.
        let screen_reader = ctx
            .accesskit_node_builder(self.unique_id(), |_| ())
            .is_some();
        let every = moving_focus
            || screen_reader
            || self.asked().is_some()
            || remembered.stale
            || remembered.widths != widths;
        if every {
            return Drawn::Every;
        }
        let view = self.clip_rect().y_range();
        Drawn::InView {
            view: egui::Rangef::new(view.min - DRAWN_BEYOND_VIEW, view.max + DRAWN_BEYOND_VIEW),
            focused_row: remembered.focused_row,
        }
    }
}

/// Whether two lists of row heights are the same to within a fraction of a point, so a
/// rounding difference never redraws a frame.
fn same_heights(a: &[f32], b: &[f32]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| (a - b).abs() < 0.5)
}

/// Paints every other row's stripe and a rule under the heading row.
fn paint_stripes(
    stripes: &Stripes,
    heights: &[f32],
    heading: Option<usize>,
    top_left: Pos2,
    right: f32,
    visuals: &egui::Visuals,
) {
    let mut top = top_left.y;
    for (shape, index) in &stripes.shapes {
        let height = heights.get(*index).copied().unwrap_or(0.0) + 2.0 * ROW_PADDING;
        let rect = Rect::from_min_size(pos2(top_left.x, top), vec2(right - top_left.x, height));
        if heading == Some(*index) {
            let rule = egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
            stripes
                .painter
                .set(*shape, Shape::hline(rect.x_range(), rect.bottom(), rule));
        } else if index % 2 == 0 {
            stripes.painter.set(
                *shape,
                Shape::rect_filled(rect, 2.0, visuals.faint_bg_color),
            );
        }
        top += height;
    }
}

/// The width of a cell holding the "↑", "↓" and "Remove" buttons of
/// [`super::widgets::row_buttons`].
pub const ROW_BUTTONS_WIDTH: f32 = 140.0;
/// The width of a cell holding one "Remove" button.
pub const REMOVE_WIDTH: f32 = 80.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::new("test")
            .column(Column::fixed("Name", 100.0))
            .column(Column::fill("Notes", 200.0))
            .column(Column::fill("More notes", 200.0).share(3.0))
            .column(Column::fixed("", 80.0))
            .frozen(1)
            .actions()
    }

    #[test]
    fn spare_width_goes_to_the_filling_columns_by_share() {
        let minimum = 100.0 + 200.0 + 200.0 + 80.0 + 3.0 * COLUMN_GAP;
        let geometry = table().geometry(minimum + 400.0);
        assert_eq!(geometry.widths, vec![100.0, 300.0, 500.0, 80.0]);
        assert_eq!(geometry.parts, vec![(0..4, false)]);
    }

    #[test]
    fn columns_that_cannot_fit_scroll_between_the_frozen_and_the_actions() {
        let geometry = table().geometry(500.0);
        assert_eq!(geometry.widths, vec![100.0, 200.0, 200.0, 80.0]);
        assert_eq!(
            geometry.parts,
            vec![(0..1, false), (1..3, true), (3..4, false)]
        );
        assert_eq!(geometry.lefts[2], 200.0 + COLUMN_GAP);
        assert_eq!(geometry.lefts[3], 0.0);
    }

    /// A page of 200 one-field rows, scrolled down to `offset`, drawn for one frame with
    /// `events`; returns the rows that were drawn.
    fn draw_long_table(
        ctx: &egui::Context,
        texts: &mut [String],
        offset: f32,
        events: Vec<egui::Event>,
    ) -> Vec<usize> {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(600.0, 400.0))),
            events,
            ..Default::default()
        };
        let mut drawn = Vec::new();
        let mut output = ctx.run_ui(input, |ui| {
            // A pass may be discarded and drawn again: the rows of the last one count.
            drawn.clear();
            ScrollArea::vertical()
                .vertical_scroll_offset(offset)
                .show(ui, |ui| {
                    let mut asked = None;
                    let mut form = Form::new(ui, &mut asked, &[]);
                    let table = Table::new("long").column(Column::fill("Text", 200.0));
                    form.table(table, |body| {
                        for (i, text) in texts.iter_mut().enumerate() {
                            body.row(|row| {
                                drawn.push(i);
                                row.cell(|form| {
                                    form.add(egui::TextEdit::singleline(text).id(field(i)));
                                });
                            });
                        }
                    });
                });
        });
        // No renderer here to take the font atlas.
        output.textures_delta.clear();
        drawn
    }

    fn field(row: usize) -> Id {
        Id::unique(("long table field", row))
    }

    fn tab() -> egui::Event {
        egui::Event::Key {
            key: egui::Key::Tab,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }
    }

    #[test]
    fn only_the_rows_in_view_are_drawn_and_the_focused_row_wherever_it_is() {
        let ctx = egui::Context::default();
        let mut texts = vec![String::new(); 200];
        // The first pass measures every row; the pass drawn again at once, and every frame
        // after, draws the rows in view.
        draw_long_table(&ctx, &mut texts, 0.0, Vec::new());
        let settled = draw_long_table(&ctx, &mut texts, 0.0, Vec::new());
        assert!(settled.contains(&0) && settled.len() < 30, "{settled:?}");

        ctx.memory_mut(|memory| memory.request_focus(field(3)));
        draw_long_table(&ctx, &mut texts, 0.0, Vec::new());
        let scrolled = draw_long_table(&ctx, &mut texts, 3000.0, Vec::new());
        assert!(
            scrolled.contains(&3),
            "the focused row stays drawn: {scrolled:?}"
        );
        assert!(
            !scrolled.contains(&0) && scrolled.len() < 30,
            "{scrolled:?}"
        );
        assert!(scrolled.iter().any(|row| *row > 50), "{scrolled:?}");
        assert_eq!(ctx.memory(|memory| memory.focused()), Some(field(3)));

        let tabbed = draw_long_table(&ctx, &mut texts, 3000.0, vec![tab()]);
        assert_eq!(tabbed.len(), 200, "Tab may move the focus to any row");
        assert_eq!(ctx.memory(|memory| memory.focused()), Some(field(4)));

        ctx.enable_accesskit();
        let read = draw_long_table(&ctx, &mut texts, 3000.0, Vec::new());
        assert_eq!(read.len(), 200, "a screen reader reads every row");
    }

    #[test]
    fn a_table_too_narrow_for_its_frozen_columns_scrolls_whole() {
        let geometry = table().geometry(250.0);
        assert_eq!(geometry.parts, vec![(0..4, true)]);
    }
}
