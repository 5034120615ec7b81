//! The Preview panel: the committee paper as it prints, drawn live beside the wizard.
//!
//! It draws the very pages the PDF writer writes ([`crate::report::Pages`], laid out on the
//! layout thread by [`super::derived::Derived`]): the same page breaks, markings, footer,
//! charts and DRAFT mark, each word where the PDF puts it ([`crate::report::words::placed`])
//! in the bundled font that prints it, so the preview cannot hide a glyph the paper lacks.
//! Only the pages in view are drawn.
//!
//! Both ways: a click on a paragraph, a table row or a chart opens the field it came from
//! (the page items' provenance); a field taking the keyboard focus scrolls the preview to
//! where it prints and marks it there; a finding on a printed field gets a mark in the page's
//! margin, with its words on hover, that opens the field. While the paper is laid out again
//! after an edit, the view keeps its place on the passage at its top.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use egui::{Align2, Color32, CursorIcon, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::App;
use super::commands::Action;
use super::theme::{self, colour};
use crate::case::Anchor;
use crate::case::validate::{Finding, Severity};
use crate::palette;
use crate::report::Pages;
use crate::report::page::{ContentBox, Item, PAGE_HEIGHT, PAGE_WIDTH, Page};
use crate::report::words::{self, PlacedWord};

/// The zoom steps offered, in per cent of the printed size.
pub const ZOOM_STEPS: [u16; 9] = [50, 67, 75, 90, 100, 125, 150, 175, 200];

/// Screen points per page point at 100%: a page at its printed size on a 96 dpi screen.
const PRINTED_SIZE: f32 = 96.0 / 72.0;

/// The grey around and between the pages, in screen points.
const GAP: f32 = 12.0;

/// The preview panel's width when it first opens, in points.
const PANEL_WIDTH: f32 = 420.0;

/// The narrowest the panel may be made, in points.
const PANEL_MIN: f32 = 260.0;

/// The room the step's form keeps beside the preview, in points: its fields stay at least
/// twelve characters wide and nothing is cut off.
const FORM_MIN: f32 = 720.0;

/// The widest the panel may be in a window `width` points wide: half the window, less what
/// the navigator (at most a fifth) and the form need, and never narrower than [`PANEL_MIN`].
fn widest(width: f32) -> f32 {
    (width - width / 5.0 - FORM_MIN).clamp(PANEL_MIN, (width * 0.5).max(PANEL_MIN))
}

/// From this window width, in points, the preview fits beside the form (the navigator at
/// most a fifth of the width, [`FORM_MIN`] and [`PANEL_MIN`]). In a narrower window a preview
/// opened in a wider one folds away; opened there, it stands in the form's place until
/// closed or until a click on the paper goes to a field.
pub const BESIDE_FROM: f32 = 1230.0;

/// How far from the top of the view a field the preview follows is put, as a share of the
/// view's height.
const FOLLOW_AT: f32 = 0.25;

/// How the pages are sized in the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zoom {
    /// As wide as the panel.
    FitWidth,
    /// A per cent of the printed size, one of [`ZOOM_STEPS`].
    Percent(u16),
}

impl Zoom {
    /// Screen points per page point for a panel `width` points wide.
    fn scale(self, width: f32) -> f32 {
        match self {
            Zoom::FitWidth => {
                // Quantised, so dragging the panel's edge does not rasterise the fonts at
                // every size in between.
                let fit = ((width - 2.0 * GAP) / PAGE_WIDTH).max(0.2);
                (fit * 50.0).floor() / 50.0
            }
            Zoom::Percent(percent) => f32::from(percent) / 100.0 * PRINTED_SIZE,
        }
    }

    /// The zoom as a per cent of the printed size, for the label.
    fn percent(self, width: f32) -> u16 {
        match self {
            Zoom::Percent(percent) => percent,
            Zoom::FitWidth => (self.scale(width) / PRINTED_SIZE * 100.0).round() as u16,
        }
    }

    /// One step larger (`larger`) or smaller, from where the zoom is now.
    fn step(self, width: f32, larger: bool) -> Zoom {
        let now = self.percent(width);
        let next = if larger {
            ZOOM_STEPS.iter().copied().find(|step| *step > now)
        } else {
            ZOOM_STEPS.iter().rev().copied().find(|step| *step < now)
        };
        next.map_or(self, Zoom::Percent)
    }
}

/// The preview's state: whether it is open, its zoom, and where it is in the paper.
pub struct Preview {
    /// Whether the user has the preview open.
    open: bool,
    /// Whether it was opened in a window narrower than [`BESIDE_FROM`]: then it stays
    /// open there rather than folding away.
    opened_narrow: bool,
    zoom: Zoom,
    /// What is known of the pages shown, rebuilt when new pages arrive.
    index: Option<Index>,
    /// What was at the top of the view, to keep it there when the paper reflows.
    place: Option<Place>,
    /// The field last followed, so the preview moves when the focus moves, not at every frame.
    followed: Option<Anchor>,
    /// Where the pages were drawn in the last frame, for [`Preview::screen_rect_of`].
    drawn: Option<Drawing>,
    /// A scroll offset to apply in the next frame.
    scroll_to: Option<f32>,
    /// A field to scroll to in the next frame, at the scale that frame draws at.
    show: Option<Anchor>,
    /// The page at the top third of the view, counting from 0.
    current_page: usize,
}

impl Default for Preview {
    fn default() -> Preview {
        Preview {
            open: false,
            opened_narrow: false,
            zoom: Zoom::FitWidth,
            index: None,
            place: None,
            followed: None,
            drawn: None,
            scroll_to: None,
            show: None,
            current_page: 0,
        }
    }
}

/// A passage's place in the view: the field whose first item it is, and how far below the
/// view's top that item was, in page points.
#[derive(Debug, Clone, Copy)]
struct Place {
    anchor: Anchor,
    below_top: f32,
}

/// Where the pages were drawn: the content's top left on screen and the scale.
#[derive(Debug, Clone, Copy)]
struct Drawing {
    origin: Pos2,
    scale: f32,
}

/// What the preview knows of one laid-out paper, worked out once when it arrives.
struct Index {
    /// The paper this is of.
    pages: Arc<Pages>,
    /// Each field's first item on the paper: its page and its bounds in page points.
    first: HashMap<Anchor, (usize, Rect)>,
    /// The items that came from a field, page by page, with their bounds: what a click hits.
    sourced: Vec<Vec<(Rect, Anchor)>>,
    /// The contents' links, page by page: where a click goes to another page.
    links: Vec<Vec<(Rect, usize)>>,
    /// The words of each page, placed when the page is first drawn.
    words: Vec<OnceLock<Vec<PlacedWord>>>,
    /// Each page's text, as a screen reader is given it, made when first asked for.
    texts: Vec<OnceLock<String>>,
}

impl Index {
    fn of(pages: Arc<Pages>) -> Index {
        let mut first = HashMap::new();
        let mut sourced = Vec::with_capacity(pages.pages.len());
        let mut links = Vec::with_capacity(pages.pages.len());
        for (number, page) in pages.pages.iter().enumerate() {
            let mut hits = Vec::new();
            let mut jumps = Vec::new();
            for drawn in &page.items {
                if let Item::Link(link) = &drawn.item {
                    let bounds =
                        Rect::from_min_size(pos2(link.x, link.y), vec2(link.width, link.height));
                    jumps.push((bounds, link.target_page));
                }
                let (Some(anchor), Some(bounds)) = (drawn.source, bounds(&drawn.item)) else {
                    continue;
                };
                first.entry(anchor).or_insert((number, bounds));
                hits.push((bounds, anchor));
            }
            sourced.push(hits);
            links.push(jumps);
        }
        let count = pages.pages.len();
        Index {
            pages,
            first,
            sourced,
            links,
            words: (0..count).map(|_| OnceLock::new()).collect(),
            texts: (0..count).map(|_| OnceLock::new()).collect(),
        }
    }

    fn words(&self, page: usize) -> &[PlacedWord] {
        self.words[page].get_or_init(|| words::placed(&self.pages.pages[page]))
    }

    fn text(&self, page: usize) -> &str {
        self.texts[page].get_or_init(|| page_text(&self.pages.pages[page]))
    }

    /// The field of the item under `point` (page points) on `page`, the topmost first.
    fn hit(&self, page: usize, point: Pos2) -> Option<Anchor> {
        self.sourced
            .get(page)?
            .iter()
            .rev()
            .find(|(bounds, _)| bounds.expand(1.0).contains(point))
            .map(|(_, anchor)| *anchor)
    }

    /// The page a contents entry under `point` goes to.
    fn link(&self, page: usize, point: Pos2) -> Option<usize> {
        self.links
            .get(page)?
            .iter()
            .find(|(bounds, _)| bounds.contains(point))
            .map(|(_, target)| *target)
    }

    /// The field that first prints on `page` at or below `y` (page points), and where.
    fn first_below(&self, page: usize, y: f32) -> Option<(Anchor, f32)> {
        self.sourced
            .get(page)?
            .iter()
            .filter_map(|(_, anchor)| {
                let (first_page, bounds) = self.first.get(anchor)?;
                (*first_page == page && bounds.top() >= y).then_some((*anchor, bounds.top()))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }
}

/// An item's bounds in page points, for the items a click can land on.
fn bounds(item: &Item) -> Option<Rect> {
    match item {
        Item::Text(run) if run.angle == 0.0 => Some(Rect::from_min_max(
            pos2(run.x, run.baseline - run.size * 0.9),
            pos2(run.x + run.width, run.baseline + run.size * 0.25),
        )),
        Item::Box(filled) => Some(Rect::from_min_size(
            pos2(filled.x, filled.y),
            vec2(filled.width, filled.height),
        )),
        Item::Path(path) => {
            let mut points = path.points.iter().map(|(x, y)| pos2(*x, *y));
            let start = points.next()?;
            Some(
                points.fold(Rect::from_min_max(start, start), |rect, point| {
                    rect.union(Rect::from_min_max(point, point))
                }),
            )
        }
        _ => None,
    }
}

/// A page's text in reading order, one line a run, for a screen reader.
fn page_text(page: &Page) -> String {
    let mut runs: Vec<_> = page.text_runs().collect();
    runs.sort_by_key(|run| run.group);
    runs.iter()
        .map(|run| run.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

impl Preview {
    /// Whether the preview is shown in a window `width` points wide.
    pub fn shown(&self, width: f32) -> bool {
        self.open && (width >= BESIDE_FROM || self.opened_narrow)
    }

    /// Shows the preview if it is not shown in a window `width` points wide, and hides it if it
    /// is (View ▸ Preview, its shortcut and the step bar's button).
    pub fn toggle(&mut self, width: f32) {
        let shown = self.shown(width);
        self.open = !shown;
        self.opened_narrow = !shown && width < BESIDE_FROM;
        // Opened, it shows where the field with the cursor prints.
        self.followed = None;
    }

    /// Hides the preview (the Changes view or the guidance takes its place).
    pub fn close(&mut self) {
        self.open = false;
    }

    /// Forgets where it was in the last case's paper: a new case starts at its front sheet.
    pub fn forget_place(&mut self) {
        *self = Preview {
            open: self.open,
            opened_narrow: self.opened_narrow,
            zoom: self.zoom,
            ..Preview::default()
        };
    }

    /// Where the first item that came from `anchor`'s field was drawn on screen in the last
    /// frame, if it was drawn: what a test clicks to go from the paper to the field.
    pub fn screen_rect_of(&self, anchor: Anchor) -> Option<Rect> {
        let (index, drawing) = (self.index.as_ref()?, self.drawn?);
        let (page, bounds) = index.first.get(&anchor)?;
        Some(to_screen(drawing, *page, *bounds))
    }

    /// Scrolls, in the next frame, to where `anchor`'s field first prints, a quarter of the
    /// way down the view; returns whether the paper prints it.
    pub fn show_field(&mut self, anchor: Anchor) -> bool {
        let printed = self
            .index
            .as_ref()
            .is_some_and(|index| index.first.contains_key(&anchor));
        if printed {
            self.show = Some(anchor);
        }
        printed
    }

    /// The pages being shown, as many as there are.
    pub fn page_count(&self) -> Option<usize> {
        self.index.as_ref().map(|index| index.pages.pages.len())
    }

    /// Takes in the newest pages: rebuilds the index when they are new, and, if the view was
    /// somewhere in the old paper, asks to scroll to the same passage in the new one.
    fn take(&mut self, pages: &Arc<Pages>) {
        if self
            .index
            .as_ref()
            .is_some_and(|index| Arc::ptr_eq(&index.pages, pages))
        {
            return;
        }
        self.index = Some(Index::of(Arc::clone(pages)));
        if let (Some(place), Some(index), Some(drawing)) = (self.place, &self.index, self.drawn)
            && let Some((page, bounds)) = index.first.get(&place.anchor)
        {
            let top =
                page_top(*page, drawing.scale) + (bounds.top() - place.below_top) * drawing.scale;
            self.scroll_to = Some(top.max(0.0));
        }
    }
}

/// The top of page `page` in the content, in screen points.
fn page_top(page: usize, scale: f32) -> f32 {
    GAP + page as f32 * (PAGE_HEIGHT * scale + GAP)
}

/// A rectangle in page points of `page`, on screen.
fn to_screen(drawing: Drawing, page: usize, rect: Rect) -> Rect {
    let origin = drawing.origin + vec2(GAP, page_top(page, drawing.scale));
    Rect::from_min_max(
        origin + rect.min.to_vec2() * drawing.scale,
        origin + rect.max.to_vec2() * drawing.scale,
    )
}

/// Draws the preview, if shown and there is room beside the form, as a panel at the window's
/// right in the guidance panel's place. Returns whether it was drawn (the guidance is not,
/// then).
pub(super) fn panel(app: &mut App, ui: &mut Ui, window_width: f32) -> bool {
    if !app.preview.shown(window_width) || !beside(window_width) {
        return false;
    }
    egui::Panel::right("preview")
        .resizable(true)
        .default_size(PANEL_WIDTH)
        .min_size(PANEL_MIN)
        .max_size(widest(window_width))
        .show(ui, |ui| contents(app, ui, false));
    true
}

/// Draws the preview in the form's place, where the window is too narrow for both side by
/// side (below [`BESIDE_FROM`]) and the user opened it there. Returns whether it was drawn
/// (the step's form is not, then).
pub(super) fn instead_of_form(app: &mut App, ui: &mut Ui, window_width: f32) -> bool {
    if !app.preview.shown(window_width) || beside(window_width) {
        return false;
    }
    egui::CentralPanel::default().show(ui, |ui| contents(app, ui, true));
    true
}

/// Whether a window `width` points wide has room for the preview beside the form.
pub fn beside(width: f32) -> bool {
    width >= BESIDE_FROM
}

/// The toolbar and the pages, or word that the paper is being laid out. `instead` says the
/// preview stands in the form's place, and its Close button goes back to the form.
fn contents(app: &mut App, ui: &mut Ui, instead: bool) {
    let Some(document) = &app.document else {
        return;
    };
    let derived = document.derived();
    let current = derived.pages().is_some();
    let latest = derived.latest_pages().cloned();
    let findings = &derived.checks().findings;
    let focused = focused_field(ui.ctx());
    let preview = &mut app.preview;
    let mut actions = Vec::new();
    // The pages' width leaves room for the vertical scroll bar.
    let width = ui.available_width() - ui.spacing().scroll.allocated_width();
    toolbar(ui, preview, width, current, instead, &mut actions);
    ui.separator();
    if let Some(pages) = latest {
        preview.take(&pages);
        if let Some(anchor) = focused
            && preview.followed != Some(anchor)
        {
            preview.followed = Some(anchor);
            preview.show_field(anchor);
        }
        pages_view(ui, preview, findings, &mut actions);
    } else {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| {
            ui.spinner();
            ui.label("Laying out the paper…");
        });
    }
    if instead
        && actions
            .iter()
            .any(|action| matches!(action, Action::Reveal(_)))
    {
        // Going to a field from the paper shows the form, which the preview stood in for.
        app.preview.close();
    }
    app.actions.extend(actions);
}

/// The bar above the pages: the zoom, the page counter, and whether the paper is up to date.
fn toolbar(
    ui: &mut Ui,
    preview: &mut Preview,
    width: f32,
    current: bool,
    instead: bool,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        super::access::heading(
            ui,
            egui::RichText::new("Preview").font(theme::bold(15.0)),
            super::access::SECTION_LEVEL,
        );
        let percent = preview.zoom.percent(width);
        let zoom_out = ui
            .add_enabled(percent > ZOOM_STEPS[0], egui::Button::new("−"))
            .on_hover_text("Zoom out")
            .accessible_name("Zoom out");
        if zoom_out.clicked() {
            preview.zoom = preview.zoom.step(width, false);
        }
        let shown = match preview.zoom {
            Zoom::FitWidth => format!("Fit width ({percent}%)"),
            Zoom::Percent(percent) => format!("{percent}%"),
        };
        let zoom = egui::ComboBox::from_id_salt("preview zoom")
            .selected_text(&shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut preview.zoom, Zoom::FitWidth, "Fit width");
                for step in ZOOM_STEPS {
                    ui.selectable_value(&mut preview.zoom, Zoom::Percent(step), format!("{step}%"));
                }
            });
        super::access::named_drop_down(zoom.response, "Zoom");
        let last = ZOOM_STEPS[ZOOM_STEPS.len() - 1];
        let zoom_in = ui
            .add_enabled(percent < last, egui::Button::new("+"))
            .on_hover_text("Zoom in")
            .accessible_name("Zoom in");
        if zoom_in.clicked() {
            preview.zoom = preview.zoom.step(width, true);
        }
        let close = if instead {
            "Back to the form"
        } else {
            "Close the preview"
        };
        if ui.button(close).clicked() {
            actions.push(Action::Command(super::commands::Command::Preview));
        }
    });
    ui.horizontal(|ui| {
        if let Some((page, of)) = preview.counter() {
            ui.label(format!("Page {page} of {of}"));
        }
        if !current {
            ui.weak("Updating…");
        }
    });
}

impl Preview {
    /// The page at the top third of the view and the number of pages, for "Page 14 of 43".
    fn counter(&self) -> Option<(usize, usize)> {
        let count = self.page_count()?;
        let page = self.current_page.min(count.saturating_sub(1));
        Some((page + 1, count))
    }
}

/// The pages in a scroll area: only those in view are drawn; a click goes to a field or, on
/// the contents, to a page; findings are marked in the margins.
fn pages_view(ui: &mut Ui, preview: &mut Preview, findings: &[Finding], actions: &mut Vec<Action>) {
    let Some(index) = &preview.index else {
        return;
    };
    let scale = preview
        .zoom
        .scale(ui.available_width() - ui.spacing().scroll.allocated_width());
    let count = index.pages.pages.len();
    let size = vec2(
        PAGE_WIDTH * scale + 2.0 * GAP,
        page_top(count, scale).max(GAP),
    );
    let mut area = egui::ScrollArea::both()
        .id_salt("preview pages")
        .auto_shrink([false, false]);
    if let Some((page, bounds)) = preview
        .show
        .take()
        .and_then(|anchor| index.first.get(&anchor))
    {
        let top = page_top(*page, scale) + bounds.top() * scale;
        preview.scroll_to = Some((top - ui.available_height() * FOLLOW_AT).max(0.0));
    }
    if let Some(offset) = preview.scroll_to.take() {
        area = area.vertical_scroll_offset(offset);
    }
    let marks = margin_marks(index, findings, MARK_SIZE / scale);
    let mut jump = None;
    let followed = preview.followed;
    let output = area.show_viewport(ui, |ui, viewport| {
        // Sensing hover only: the pages are not one control for the keyboard (each field is
        // reached in the form); a click on them is read from the pointer.
        let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
        let clicked = response.hovered() && ui.input(|input| input.pointer.primary_clicked());
        ui.painter()
            .rect_filled(ui.clip_rect(), 0.0, Color32::from_gray(0xd8));
        let drawing = Drawing {
            origin: rect.min,
            scale,
        };
        let step = PAGE_HEIGHT * scale + GAP;
        let first = ((viewport.top() - GAP) / step).floor().max(0.0) as usize;
        let last = (((viewport.bottom() - GAP) / step).floor().max(0.0) as usize)
            .min(count.saturating_sub(1));
        for page in first..=last.max(first).min(count.saturating_sub(1)) {
            let screen = to_screen(
                drawing,
                page,
                Rect::from_min_size(Pos2::ZERO, vec2(PAGE_WIDTH, PAGE_HEIGHT)),
            );
            page_node(ui, index, page, count, screen);
            paint_page(ui, index, page, drawing);
            if let Some(anchor) = followed {
                highlight(ui, index, page, drawing, anchor);
            }
            for mark in marks.iter().filter(|mark| mark.page == page) {
                if let Some(anchor) = margin_mark(ui, drawing, mark) {
                    actions.push(Action::Reveal(anchor));
                }
            }
        }
        if let Some(pointer) = response.hover_pos()
            && let Some((page, point)) = page_point(drawing, count, pointer)
        {
            if let Some(anchor) = index.hit(page, point) {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                outline(ui, index, page, drawing, anchor, colour(palette::HEADING));
                if clicked {
                    actions.push(Action::Reveal(anchor));
                }
            } else if let Some(target) = index.link(page, point) {
                ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                if clicked {
                    jump = Some(target);
                }
            }
        }
        let top_page = ((viewport.top() + viewport.height() / 3.0 - GAP) / step)
            .floor()
            .max(0.0) as usize;
        let view_top = (viewport.top() - page_top(first, scale)) / scale;
        let place = index
            .first_below(first, view_top)
            .or_else(|| {
                index
                    .first_below(first + 1, 0.0)
                    .map(|(anchor, y)| (anchor, y + PAGE_HEIGHT + GAP / scale))
            })
            .map(|(anchor, y)| Place {
                anchor,
                below_top: y - view_top,
            });
        (drawing, top_page.min(count.saturating_sub(1)), place)
    });
    let (drawing, top_page, place) = output.inner;
    preview.drawn = Some(drawing);
    preview.current_page = top_page;
    if place.is_some() {
        preview.place = place;
    }
    if let Some(target) = jump {
        preview.scroll_to = Some(page_top(target, scale) - GAP);
        ui.ctx().request_repaint();
    }
}

/// The page and the point on it, in page points, under a screen position.
fn page_point(drawing: Drawing, count: usize, pointer: Pos2) -> Option<(usize, Pos2)> {
    let local = pointer - drawing.origin;
    let step = PAGE_HEIGHT * drawing.scale + GAP;
    let page = ((local.y - GAP) / step).floor();
    if page < 0.0 || page as usize >= count {
        return None;
    }
    let page = page as usize;
    let point = pos2(
        (local.x - GAP) / drawing.scale,
        (local.y - page_top(page, drawing.scale)) / drawing.scale,
    );
    let on_page = Rect::from_min_size(Pos2::ZERO, vec2(PAGE_WIDTH, PAGE_HEIGHT)).contains(point);
    on_page.then_some((page, point))
}

/// The page as a screen reader is given it: "Page 3 of 43", with the page's text as its value.
fn page_node(ui: &mut Ui, index: &Index, page: usize, count: usize, screen: Rect) {
    let id = ui.scope_id().with(("preview page", page));
    let response = ui.interact(screen, id, Sense::hover());
    // Made only when a screen reader listens: the page's text is not copied every frame.
    response.widget_info(|| {
        let label = format!("Page {} of {count}", page + 1);
        let mut info = egui::WidgetInfo::labeled(egui::Role::Image, true, label);
        info.current_text_value = Some(index.text(page).to_owned());
        info
    });
}

/// Paints one page: the paper, then its items back to front, each word in its own font.
fn paint_page(ui: &Ui, index: &Index, page: usize, drawing: Drawing) {
    let painter = ui.painter();
    let paper = to_screen(
        drawing,
        page,
        Rect::from_min_size(Pos2::ZERO, vec2(PAGE_WIDTH, PAGE_HEIGHT)),
    );
    painter.rect_filled(
        paper.translate(vec2(2.0, 2.0)),
        0.0,
        Color32::from_gray(0xa8),
    );
    painter.rect_filled(paper, 0.0, Color32::WHITE);
    let clip = ui.clip_rect();
    let at = |x: f32, y: f32| paper.min + vec2(x, y) * drawing.scale;
    for drawn in &index.pages.pages[page].items {
        match &drawn.item {
            Item::Box(filled) => {
                let rect = Rect::from_min_size(
                    at(filled.x, filled.y),
                    vec2(filled.width, filled.height) * drawing.scale,
                );
                if rect.intersects(clip) {
                    painter.rect_filled(rect, 0.0, colour(filled.color));
                }
            }
            Item::Rule(rule) => {
                painter.line_segment(
                    [at(rule.from.0, rule.from.1), at(rule.to.0, rule.to.1)],
                    Stroke::new((rule.width * drawing.scale).max(0.5), colour(rule.color)),
                );
            }
            Item::Path(path) => {
                let points: Vec<Pos2> = path.points.iter().map(|(x, y)| at(*x, *y)).collect();
                let stroke = path.stroke.map_or(Stroke::NONE, |(color, width)| {
                    Stroke::new((width * drawing.scale).max(0.5), colour(color))
                });
                let shape = match (path.closed, path.fill) {
                    (true, Some(fill)) => {
                        egui::epaint::PathShape::convex_polygon(points, colour(fill), stroke)
                    }
                    (true, None) => egui::epaint::PathShape::closed_line(points, stroke),
                    (false, _) => egui::epaint::PathShape::line(points, stroke),
                };
                painter.add(shape);
            }
            Item::Text(_) | Item::Link(_) => {}
        }
    }
    // The words go on top, in the order the runs were painted: nothing on a page is drawn
    // over text.
    for word in index.words(page) {
        paint_word(painter, word, &at, drawing.scale, clip);
    }
}

/// Paints one word with its baseline where the page puts it.
fn paint_word(
    painter: &egui::Painter,
    word: &PlacedWord,
    at: &impl Fn(f32, f32) -> Pos2,
    scale: f32,
    clip: Rect,
) {
    let start = at(word.x, word.baseline);
    let size = word.size * scale;
    if word.angle == 0.0 && (start.y - size > clip.bottom() || start.y + size < clip.top()) {
        return;
    }
    let font = egui::FontId::new(size, theme::page_family(word.font));
    let galley = painter.layout_no_wrap(word.text.clone(), font, colour(word.color));
    let baseline = galley
        .rows
        .first()
        .and_then(|row| row.glyphs.first().map(|glyph| row.pos.y + glyph.pos.y))
        .unwrap_or(size * 0.8);
    if word.angle == 0.0 {
        painter.galley(start - vec2(0.0, baseline), galley, Color32::PLACEHOLDER);
    } else {
        // Counter-clockwise on the page is anticlockwise on screen too, where y grows down.
        let angle = -word.angle.to_radians();
        let (sin, cos) = angle.sin_cos();
        let origin = start - vec2(-baseline * sin, baseline * cos);
        painter.add(
            egui::epaint::TextShape::new(origin, galley, Color32::PLACEHOLDER).with_angle(angle),
        );
    }
}

/// Draws a band over every item of `page` that came from `anchor`: the focused field's place.
fn highlight(ui: &Ui, index: &Index, page: usize, drawing: Drawing, anchor: Anchor) {
    let shade = colour(palette::WARNING).gamma_multiply(0.18);
    for (bounds, _) in index.sourced[page].iter().filter(|(_, a)| *a == anchor) {
        ui.painter()
            .rect_filled(to_screen(drawing, page, bounds.expand(1.5)), 2.0, shade);
    }
}

/// Outlines every item of `page` that came from `anchor`: what a click would open.
fn outline(ui: &Ui, index: &Index, page: usize, drawing: Drawing, anchor: Anchor, colour: Color32) {
    for (bounds, _) in index.sourced[page].iter().filter(|(_, a)| *a == anchor) {
        ui.painter().rect_stroke(
            to_screen(drawing, page, bounds.expand(1.5)),
            2.0,
            Stroke::new(1.0, colour),
            egui::StrokeKind::Outside,
        );
    }
}

/// A finding's mark in a page's margin, beside the first place its field prints.
struct Mark {
    page: usize,
    /// The top of the field's first item, in page points.
    y: f32,
    anchor: Anchor,
    severity: Severity,
    /// Every finding about the field, one a line.
    message: String,
}

/// The size of a margin mark on screen, in points.
const MARK_SIZE: f32 = 14.0;

/// A mark for each printed field with errors or warnings. Findings on fields that print
/// closer than `apart` page points to one mark share it (it opens the first), so no two
/// marks cover each other.
fn margin_marks(index: &Index, findings: &[Finding], apart: f32) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for finding in findings.iter().filter(|f| f.severity != Severity::Hint) {
        let Some((page, bounds)) = index.first.get(&finding.anchor) else {
            continue;
        };
        let near = |mark: &&mut Mark| {
            mark.anchor == finding.anchor
                || (mark.page == *page && (mark.y - bounds.top()).abs() < apart)
        };
        if let Some(mark) = marks.iter_mut().find(near) {
            mark.message.push('\n');
            mark.message.push_str(&finding.message);
            if finding.severity == Severity::Error {
                mark.severity = Severity::Error;
            }
            continue;
        }
        marks.push(Mark {
            page: *page,
            y: bounds.top(),
            anchor: finding.anchor,
            severity: finding.severity,
            message: finding.message.clone(),
        });
    }
    marks
}

/// Draws a margin mark; returns its field when clicked.
fn margin_mark(ui: &mut Ui, drawing: Drawing, mark: &Mark) -> Option<Anchor> {
    let size = MARK_SIZE;
    let centre = to_screen(
        drawing,
        mark.page,
        Rect::from_min_size(pos2(ContentBox::A4.left / 2.0, mark.y), Vec2::ZERO),
    )
    .min;
    let rect = Rect::from_center_size(centre + vec2(0.0, size / 2.0), Vec2::splat(size));
    let shade = match mark.severity {
        Severity::Error => colour(palette::ERROR),
        _ => colour(palette::WARNING),
    };
    let id = ui.scope_id().with(("finding mark", mark.anchor));
    let response = ui.interact(rect, id, Sense::click());
    let label = format!(
        "{} on page {}: {}",
        if mark.severity == Severity::Error {
            "Error"
        } else {
            "Warning"
        },
        mark.page + 1,
        mark.message
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let painter = ui.painter();
    painter.circle_filled(rect.center(), size / 2.0, shade);
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        "!",
        theme::bold(11.0),
        Color32::WHITE,
    );
    let response = response
        .on_hover_cursor(CursorIcon::PointingHand)
        .on_hover_text(format!("{}\nClick to open the field.", mark.message));
    response.clicked().then_some(mark.anchor)
}

/// Where [`note_focus`] keeps the field with the keyboard focus.
fn focus_key() -> egui::Id {
    egui::Id::unique("preview: the focused field")
}

/// Notes that `anchor`'s field has the keyboard focus, so the preview can show where it prints.
pub(super) fn note_focus(ctx: &egui::Context, anchor: Anchor) {
    ctx.data_mut(|data| data.insert_temp(focus_key(), anchor));
}

/// The field that last had the keyboard focus, if any.
fn focused_field(ctx: &egui::Context) -> Option<Anchor> {
    ctx.data(|data| data.get_temp(focus_key()))
}

/// The step bar's button: shows the preview or hides it.
pub(super) fn toggle_button(app: &mut App, ui: &mut Ui, window_width: f32) {
    let shown = app.preview.shown(window_width);
    let button = egui::Button::new("Preview")
        .selected(shown)
        .frame_when_inactive(true);
    let command = super::commands::Command::Preview;
    let shortcut = command
        .shortcuts()
        .first()
        .map(|shortcut| ui.ctx().format_shortcut(shortcut))
        .unwrap_or_default();
    if ui
        .add(button)
        .on_hover_text(format!("Show or hide the paper as it prints ({shortcut})"))
        .clicked()
    {
        app.actions.push(command.into());
    }
}
