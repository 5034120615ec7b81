//! What a screen reader is told beyond what egui says of its own widgets: the roles, states
//! and names of the accessibility tree (AccessKit) that the app's forms, tables and dialogs
//! need. Each rule is here once, and the form, the widgets, the tables and the shell call it.
//!
//! Every function writes to the node egui made for a widget this pass
//! ([`egui::Context::accesskit_node_builder`]), so it does nothing while no screen reader
//! listens and costs nothing then.

use egui::accesskit::{self, Role};
use egui::{Context, Id, Response, RichText, Ui, UiKind};

/// A section's title inside a step, as a heading of level 2 (the step's title is level 1).
pub const SECTION_LEVEL: usize = 2;

/// Draws `text` as egui's heading and marks it a heading of `level` in the tree, so a screen
/// reader lists it among the page's headings and jumps to it (egui draws a heading as a plain
/// label).
pub fn heading(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> Response {
    heading_with(ui, text.into().heading(), level)
}

/// Draws `text` as it is styled and marks it a heading of `level` in the tree.
fn heading_with(ui: &mut Ui, text: RichText, level: usize) -> Response {
    let name = text.text().to_owned();
    let response = ui.label(text);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        // A label's name is its value; a heading's is its label.
        node.set_label(name);
    });
    response
}

/// Ties the findings about a field to the field itself: their words become its description
/// and it is marked as holding an invalid entry, so a screen reader says them when the field
/// takes the focus rather than leaving the user to find the next line. `words` empty clears
/// nothing (a field with no finding has neither).
pub fn describe_finding(ctx: &Context, field: Id, words: &str) {
    if words.is_empty() {
        return;
    }
    ctx.accesskit_node_builder(field, |node| {
        node.set_description(words.to_owned());
        node.set_invalid(accesskit::Invalid::True);
    });
}

/// Marks a drop-down as one that opens a list, and whether its list is open; the open list is
/// named as the drop-down is (egui leaves it unnamed).
pub fn drop_down(ctx: &Context, combo: &Response, name: Option<&str>) {
    let open = egui::ComboBox::is_open(ctx, combo.id);
    ctx.accesskit_node_builder(combo.id, |node| {
        node.set_has_popup(accesskit::HasPopup::Listbox);
        node.set_expanded(open);
    });
    if open && let Some(name) = name {
        ctx.accesskit_node_builder(combo.id.with("popup"), |node| {
            node.set_label(name.to_owned());
        });
    }
}

/// Names a drop-down for a screen reader (a table cell's, whose column header names it on
/// screen), and marks it as a drop-down ([`drop_down`]).
pub fn named_drop_down(combo: Response, name: &str) -> Response {
    drop_down(&combo.ctx, &combo, Some(name));
    combo.accessible_name(name)
}

/// Makes a widget a polite live region: when its name changes (the status bar's count of
/// findings), a screen reader says the new one once the user pauses, without moving the focus.
pub fn live(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(accesskit::Live::Polite);
    });
}

/// Names the window in the tree, as its title bar does ("South West shared HR — Casewright"),
/// so a screen reader says which case is open when the window takes the focus.
pub fn name_window(ctx: &Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title.to_owned());
    });
}

/// Where a dialog remembers the widget that had the focus before it opened.
#[derive(Clone, Copy)]
struct DialogFocus {
    /// The dialog's node.
    dialog: Id,
    /// The widget to give the focus back to when the dialog closes.
    before: Option<Id>,
    /// The last pass the dialog was drawn in.
    pass: u64,
}

fn dialog_focus_key() -> Id {
    Id::unique("casewright dialog focus")
}

/// The modal dialog `ui` draws into, if any: the node of egui's [`egui::Modal`] area.
fn enclosing_dialog(ui: &Ui) -> Option<Id> {
    ui.stack()
        .iter()
        .find(|frame| frame.kind() == Some(UiKind::Modal))
        .map(|frame| frame.unique_id)
}

/// Names the modal dialog `ui` draws into with `title` and marks it modal, so a screen reader
/// says "About Casewright dialog" as it opens and keeps to it. Call from inside a
/// [`egui::Modal`]; a dialog with a title on screen is named by it ([`dialog_title`]).
pub fn name_dialog(ui: &Ui, title: &str) {
    let Some(dialog) = enclosing_dialog(ui) else {
        return;
    };
    ui.ctx().accesskit_node_builder(dialog, |node| {
        node.set_role(Role::Dialog);
        node.set_label(title.to_owned());
        node.set_modal();
    });
}

/// A dialog's title: drawn large and bold as a heading of level 1, which names the modal
/// dialog it is in ("Save changes? dialog"), marked modal.
pub fn dialog_title(ui: &mut Ui, title: &str) -> Response {
    let heading = heading_with(ui, RichText::new(title).font(super::theme::bold(17.0)), 1);
    if let Some(dialog) = enclosing_dialog(ui) {
        ui.ctx().accesskit_node_builder(dialog, |node| {
            node.set_role(Role::Dialog);
            node.clear_label();
            node.push_labelled_by(heading.id.accesskit_id());
            node.set_modal();
        });
    }
    heading
}

/// Moves the keyboard focus onto `first` (a dialog's first answer) in the pass the dialog
/// opens, remembering where the focus was so [`after_dialogs`] can put it back when the dialog
/// closes. Call from inside a [`egui::Modal`], for one widget of it.
pub fn focus_on_open(ui: &Ui, first: &Response) {
    let Some(dialog) = enclosing_dialog(ui) else {
        return;
    };
    let ctx = ui.ctx();
    let remembered: Option<DialogFocus> = ctx.data(|data| data.get_temp(dialog_focus_key()));
    let before = match remembered {
        Some(open) if open.dialog == dialog => open.before,
        _ => {
            let before = ctx.memory(egui::Memory::focused);
            first.request_focus();
            before
        }
    };
    let open = DialogFocus {
        dialog,
        before,
        pass: ctx.cumulative_pass_nr(),
    };
    ctx.data_mut(|data| data.insert_temp(dialog_focus_key(), open));
}

/// Gives the focus back to where it was before a dialog opened, once the dialog is no longer
/// drawn. Call once a pass, after every dialog has been drawn.
pub fn after_dialogs(ctx: &Context) {
    let remembered: Option<DialogFocus> = ctx.data(|data| data.get_temp(dialog_focus_key()));
    let Some(open) = remembered else {
        return;
    };
    if open.pass == ctx.cumulative_pass_nr() {
        return;
    }
    ctx.data_mut(|data| data.remove::<DialogFocus>(dialog_focus_key()));
    if let Some(before) = open.before {
        ctx.memory_mut(|memory| memory.request_focus(before));
    }
}

/// Whether a screen reader (or egui_kittest) is reading the tree this pass: what the tables
/// ask before they build rows and cells for it.
pub fn listening(ctx: &Context) -> bool {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |_| ())
        .is_some()
}

/// A table's node in the tree, as a `Ui` of no size that its rows are made in ([`table_row`]),
/// named `name`; `None` while no screen reader listens. egui lays a table's cells out in the
/// `Ui`s of its parts (the frozen columns, the part that scrolls sideways), which are no rows;
/// each cell is moved under its row in the tree with [`table_cell`].
pub fn table(ui: &mut Ui, salt: impl egui::AsIdSalt, name: &str) -> Option<Ui> {
    if !listening(ui.ctx()) {
        return None;
    }
    let place = egui::Rect::from_min_size(ui.cursor().min, egui::Vec2::ZERO);
    let table = ui.new_child(
        egui::UiBuilder::new()
            .id_salt(salt)
            .max_rect(place)
            .accessibility_role(Role::Table),
    );
    if !name.is_empty() {
        name_container(&table, name);
    }
    Some(table)
}

/// Row `index` of `table` (counting the heading row), a node its cells are put under.
pub fn table_row(table: &mut Ui, index: usize) -> Id {
    let row = table.new_child(
        egui::UiBuilder::new()
            .id_salt(("row", index))
            .accessibility_role(Role::Row),
    );
    let id = row.unique_id();
    row.ctx().accesskit_node_builder(id, |node| {
        node.set_row_index(index);
    });
    id
}

/// Makes the cell `builder` lays out a cell of `row` in the tree: a column header in the
/// heading row, a cell otherwise, at `column`.
pub fn table_cell(builder: egui::UiBuilder, row: Id, header: bool) -> egui::UiBuilder {
    builder
        .accessibility_parent(row)
        .accessibility_role(if header {
            Role::ColumnHeader
        } else {
            Role::Cell
        })
}

/// Says where a cell (the node of `cell`) sits in its table.
pub fn cell_position(cell: &Ui, row: usize, column: usize) {
    cell.ctx().accesskit_node_builder(cell.unique_id(), |node| {
        node.set_row_index(row);
        node.set_column_index(column);
    });
}

/// Names the node of `ui` (a table), while a screen reader listens.
pub fn name_container(ui: &Ui, name: &str) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_label(name.to_owned());
    });
}

/// Names the node of `ui` (a column header) by the label `label` drawn in it, so the header
/// says its words and the words are not said twice.
pub fn name_container_by(ui: &Ui, label: Id) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.push_labelled_by(label.accesskit_id());
    });
}

/// Says how many rows and columns `table` has, once they are drawn.
pub fn table_size(table: &Ui, rows: usize, columns: usize) {
    table
        .ctx()
        .accesskit_node_builder(table.unique_id(), |node| {
            node.set_row_count(rows);
            node.set_column_count(columns);
        });
}

/// Names the resize handle of the side panel `panel` (its id salt) just shown in `ui` for what
/// it resizes ("Resize the list of steps"): egui calls every panel's handle "Resize panel", so
/// Tab met two controls of one name and no way to tell them apart. egui gives the handle the
/// panel's id with "__resize"; a test reads the names, so a change there is noticed.
pub fn name_resize_handle(ui: &Ui, panel: impl egui::AsIdSalt, name: &str) {
    let handle = ui.scope_id().with(panel).with("__resize");
    if ui.ctx().has_accesskit_node(handle) {
        ui.ctx().accesskit_node_builder(handle, |node| {
            node.set_label(name.to_owned());
        });
    }
}

/// Makes a menu's entry a menu item named by its command alone, with its shortcut said apart
/// ("New case", Ctrl+N) rather than run into its name ("New case Ctrl+N", as egui names a
/// button with shortcut text).
pub fn menu_item(item: &Response, name: &str, shortcut: Option<String>) {
    item.ctx.accesskit_node_builder(item.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_label(name.to_owned());
        if let Some(shortcut) = shortcut {
            node.set_keyboard_shortcut(shortcut);
        }
    });
}

/// Marks a menu bar's button as one that opens a menu, and whether its menu is open.
pub fn menu_button(button: &Response, open: bool) {
    button.ctx.accesskit_node_builder(button.id, |node| {
        node.set_has_popup(accesskit::HasPopup::Menu);
        node.set_expanded(open);
    });
}

/// A `Ui` whose identity comes from `key` rather than from how many widgets were drawn before
/// it: egui numbers a widget's node by its place, so a line that appears above (a finding's
/// words, the autosave note) would give every node after it a new identity, and a screen
/// reader would hear them all removed and added again. Everything drawn inside keeps its
/// identity whatever appears or goes around it. A key met again in the same `Ui` in one pass
/// (one anchor on two widgets) is told apart by how many times it was met.
pub fn steady(ui: &Ui, key: impl egui::AsIdSalt) -> egui::UiBuilder {
    let base = ui.scope_id().with(("steady", key));
    let pass = ui.ctx().cumulative_pass_nr();
    let met = ui.ctx().data_mut(|data| {
        let seen = data.get_temp_mut_or_default::<Met>(Id::unique("casewright steady keys met"));
        if seen.pass != pass {
            *seen = Met {
                pass,
                ..Met::default()
            };
        }
        let count = seen.counts.entry(base).or_insert(0);
        *count += 1;
        *count
    });
    egui::UiBuilder::new().scope_id(base.with(met))
}

/// How many times each key of [`steady`] was met in a pass.
#[derive(Clone, Default)]
struct Met {
    pass: u64,
    counts: std::collections::HashMap<Id, u32>,
}

/// Makes a chart an image to a screen reader, named `name` and described by the figures it
/// draws (`description`), which the chart alone cannot say (egui_plot gives it no role).
pub fn chart(chart: &Response, name: &str, description: String) {
    chart.ctx.accesskit_node_builder(chart.id, |node| {
        node.set_role(Role::Image);
        node.set_label(name.to_owned());
        node.set_description(description);
    });
}

/// Marks the navigator's button for the step on screen as the current step, so a screen
/// reader says "current step" beside it, not only its selected look.
pub fn current_step(button: &Response) {
    button.ctx.accesskit_node_builder(button.id, |node| {
        node.set_aria_current(accesskit::AriaCurrent::Step);
    });
}

/// A `Ui` that is a list named `name` to a screen reader (the navigator's steps).
pub fn list(name: &str) -> egui::UiBuilder {
    egui::UiBuilder::new()
        .accessibility_role(Role::List)
        .accessibility_label(name)
}
