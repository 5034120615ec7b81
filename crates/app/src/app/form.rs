//! The form a wizard step draws into: egui's [`Ui`], and the field the user asked to see.
//!
//! When the user follows a Review finding, the app switches to the finding's step and leaves
//! its [`Anchor`] with the form. Every field a step draws (the field methods are in
//! [`super::widgets`]) says which anchor it answers to (`None` for a field no finding points
//! at), and the field that matches takes the keyboard focus and scrolls into view. Steps never
//! handle the request themselves; the wizard drops it if no field took it (see
//! [`super::steps::Wizard::show`]).
//!
//! The form also holds the findings of the checks, so a field with an error says so where it is:
//! outlined, with the finding's words under it (an empty required field reads "Name the report
//! author." under the author's box, not only in Review).
//!
//! A `Form` dereferences to its `Ui`, so labels, headings and spacing are drawn as usual
//! (`form.label(..)`); containers that hold fields (`horizontal`, `group`, `grid`, …) hand
//! the form on to their contents.

use std::ops::{Deref, DerefMut};

use egui::{
    CollapsingHeader, CollapsingResponse, Frame, Grid, InnerResponse, Response, ScrollArea, Ui,
    scroll_area::ScrollAreaOutput,
};

use super::access;
use super::scrolling::Requested;
use super::widgets::{self, ParsedField};
use crate::case::{Anchor, Finding, Severity};

/// A step's drawing surface, the field waiting to be revealed, and the findings to show in place.
pub struct Form<'a> {
    ui: &'a mut Ui,
    asked: &'a mut Option<Anchor>,
    findings: &'a [Finding],
    /// Whether this is a table's cell, whose fields have no line of their own for a finding.
    in_cell: bool,
}

/// What a field drew, with the response that takes the focus when its anchor is asked for.
pub trait FieldWidget {
    /// The widget that takes the focus.
    fn response(&self) -> &Response;
}

impl FieldWidget for Response {
    fn response(&self) -> &Response {
        self
    }
}

impl FieldWidget for ParsedField {
    fn response(&self) -> &Response {
        &self.response
    }
}

impl<'a> Form<'a> {
    /// A form drawing into `ui`, offering the field at `asked` (if any) the keyboard focus and
    /// marking each field that `findings` has an error about.
    pub fn new(ui: &'a mut Ui, asked: &'a mut Option<Anchor>, findings: &'a [Finding]) -> Form<'a> {
        Form {
            ui,
            asked,
            findings,
            in_cell: false,
        }
    }

    /// The errors the checks found at `anchor`, in the words Review uses.
    pub fn errors_at(&self, anchor: Anchor) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings
            .iter()
            .filter(move |f| f.anchor == anchor && f.severity == Severity::Error)
    }

    /// The field the user asked to see, while no field has taken it. Steps whose fields are
    /// hidden until the user opens them (a risk's detail panel, an option's details) open them
    /// when this names one of their rows.
    pub fn asked(&self) -> Option<Anchor> {
        *self.asked
    }

    /// Draws a field with `add` and, if `anchor` is the one asked for, puts the keyboard focus
    /// in it and scrolls it to the middle of the view. If the checks found an error at `anchor`,
    /// the field is outlined and the error's words follow it. Every field method of
    /// [`super::widgets`] is built on this; use it directly for any other widget
    /// (`form.field(anchor, |ui| ui.button("Add a force"))`: a list's anchor lands on the button
    /// that adds to it, and the finding "A collaboration needs at least two forces." shows there).
    ///
    /// A field keeps still while the user works: outside a table, the line under a field that
    /// a finding can point at is kept for the finding's words whether or not there is one, so
    /// a finding that appears or clears (as the user types, here or in another field) never
    /// moves the fields around it. Words too long for the line end in "…", and the whole
    /// finding shows on hovering and is what a screen reader reads. In a table's cell the words
    /// go under the field inside the cell (the row grows, and the rows below it move, never the
    /// field being typed into), since a line kept under every cell would double every table.
    ///
    /// A field that takes the keyboard focus (Tab, Shift+Tab, Enter in a table) is scrolled
    /// into view, sideways and down, so nobody types into a field they cannot see.
    pub fn field<R: FieldWidget>(
        &mut self,
        anchor: impl Into<Option<Anchor>>,
        add: impl FnOnce(&mut Ui) -> R,
    ) -> R {
        let Some(anchor) = anchor.into() else {
            let drawn = add(self.ui);
            scroll_to_when_focused(drawn.response());
            return drawn;
        };
        let errors: Vec<&str> = self.errors_at(anchor).map(|f| f.message.as_str()).collect();
        let drawn = if self.in_cell {
            let drawn = add(self.ui);
            if !errors.is_empty() {
                widgets::error_note(self.ui, &errors.join(" "));
            }
            drawn
        } else {
            let in_a_row = self.ui.layout().is_horizontal();
            // Named by its anchor, so a finding's words appearing under a field above it do not
            // give this field's nodes new identities.
            let steady =
                access::steady(self.ui, anchor).layout(egui::Layout::top_down(egui::Align::Min));
            self.ui
                .scope_builder(steady, |ui| {
                    let spacing = ui.spacing().item_spacing.y;
                    let drawn = add(ui);
                    let mut width = drawn.response().rect.width();
                    if !in_a_row {
                        width = width.max((ui.available_width() / 3.0).min(320.0));
                    }
                    ui.add_space(-spacing + 1.0);
                    finding_line(ui, width, &errors.join(" "));
                    drawn
                })
                .inner
        };
        let response = drawn.response();
        scroll_to_when_focused(response);
        if response.has_focus() {
            super::preview::note_focus(self.ui.ctx(), anchor);
        }
        if *self.asked == Some(anchor) {
            response.request_focus();
            // A field already wholly in view (the one an undo just changed, most often) is
            // highlighted where it is: centring it would move it, and everything around it,
            // under the pointer. One out of view is brought to the middle, at once.
            if !self.ui.clip_rect().contains_rect(response.rect) {
                response.scroll_to_me(Some(egui::Align::Center));
                Revealed::remember(self.ui.ctx(), response.rect);
                self.ui.ctx().request_repaint();
            }
            // Brought into view already: the focus it takes next frame must not ask again, from
            // where it was drawn before this scroll (which would scroll on past it).
            brought_into_view(response);
            *self.asked = None;
        }
        if !errors.is_empty() {
            widgets::outline_error(self.ui, response, 1.5);
            access::describe_finding(self.ui.ctx(), response.id, &errors.join(" "));
        }
        drawn
    }

    /// A section's title inside the step, drawn as egui's heading and marked a heading of
    /// level 2 for screen readers (the step's own title, level 1, is the shell's). Stands in
    /// for [`Ui::heading`], which a `Form` would otherwise reach through its `Ui`.
    pub fn heading(&mut self, text: impl Into<egui::RichText>) -> Response {
        access::heading(self.ui, text, access::SECTION_LEVEL)
    }

    /// Runs `add` with a form over `ui`, a table's cell: the field asked for and the findings
    /// carry over, and a finding's words go under its field inside the cell.
    pub fn cell<R>(&mut self, ui: &mut Ui, add: impl FnOnce(&mut Form<'_>) -> R) -> R {
        add(&mut Form {
            ui,
            asked: self.asked,
            findings: self.findings,
            in_cell: true,
        })
    }

    /// Runs `add` with a form over `ui`, a container's inner `Ui`.
    fn within<R>(
        ui: &mut Ui,
        (asked, findings, in_cell): (&mut Option<Anchor>, &[Finding], bool),
        add: impl FnOnce(&mut Form<'_>) -> R,
    ) -> R {
        add(&mut Form {
            ui,
            asked,
            findings,
            in_cell,
        })
    }

    /// Runs `add` with a form over `ui`, a `Ui` made from this form's (a table's cell): the
    /// field asked for and the findings carry over.
    pub fn over<R>(&mut self, ui: &mut Ui, add: impl FnOnce(&mut Form<'_>) -> R) -> R {
        Form::within(ui, (self.asked, self.findings, self.in_cell), add)
    }

    /// [`Ui::horizontal`], with the form inside.
    pub fn horizontal<R>(&mut self, add: impl FnOnce(&mut Form<'_>) -> R) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui.horizontal(|ui| Form::within(ui, carried, add))
    }

    /// [`Ui::horizontal_top`], with the form inside: for blocks of different heights side by
    /// side, lined up at their tops.
    pub fn horizontal_top<R>(&mut self, add: impl FnOnce(&mut Form<'_>) -> R) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui.horizontal_top(|ui| Form::within(ui, carried, add))
    }

    /// [`Ui::horizontal_wrapped`], with the form inside.
    pub fn horizontal_wrapped<R>(
        &mut self,
        add: impl FnOnce(&mut Form<'_>) -> R,
    ) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui
            .horizontal_wrapped(|ui| Form::within(ui, carried, add))
    }

    /// [`Ui::group`], with the form inside.
    pub fn group<R>(&mut self, add: impl FnOnce(&mut Form<'_>) -> R) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui.group(|ui| Form::within(ui, carried, add))
    }

    /// A group box as wide as the form, for one entry of a list drawn as cards (a dataset, a
    /// benefit, a consultation): a card wraps its fields at any window width, where a grid of
    /// many columns would run off a laptop screen.
    pub fn card<R>(&mut self, add: impl FnOnce(&mut Form<'_>) -> R) -> InnerResponse<R> {
        self.group(|form| {
            let width = form.available_width();
            form.set_width(width);
            add(form)
        })
    }

    /// [`Ui::push_id`], with the form inside.
    pub fn push_id<R>(
        &mut self,
        id_salt: impl egui::AsIdSalt,
        add: impl FnOnce(&mut Form<'_>) -> R,
    ) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui
            .push_id(id_salt, |ui| Form::within(ui, carried, add))
    }

    /// [`Ui::indent`], with the form inside.
    pub fn indent<R>(
        &mut self,
        id_salt: impl egui::AsIdSalt,
        add: impl FnOnce(&mut Form<'_>) -> R,
    ) -> InnerResponse<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        self.ui.indent(id_salt, |ui| Form::within(ui, carried, add))
    }

    /// Runs `add` in a box `width` points wide, for a table-cell field (which fills its box)
    /// placed in a row among other widgets: "Status [drop-down]".
    pub fn sized<R>(&mut self, width: f32, add: impl FnOnce(&mut Form<'_>) -> R) -> R {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        let height = self.ui.spacing().interact_size.y;
        self.ui
            .allocate_ui_with_layout(
                egui::vec2(width, height),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(width);
                    Form::within(ui, carried, add)
                },
            )
            .inner
    }

    /// Shows an egui container (a [`Grid`], [`Frame`], [`CollapsingHeader`] or
    /// [`ScrollArea`]) with the form inside it.
    pub fn inside<C: Container, R>(
        &mut self,
        container: C,
        add: impl FnOnce(&mut Form<'_>) -> R,
    ) -> C::Shown<R> {
        let carried = (&mut *self.asked, self.findings, self.in_cell);
        container.show_around(self.ui, |ui| Form::within(ui, carried, add))
    }
}

/// An egui container that draws its contents in a `Ui` of its own, so a [`Form`] can be handed
/// in with [`Form::inside`].
pub trait Container {
    /// What showing the container returns, holding what its contents returned.
    type Shown<R>;

    /// Shows the container with `add` drawing its contents.
    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> Self::Shown<R>;
}

impl Container for Grid {
    type Shown<R> = InnerResponse<R>;

    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
        self.show(ui, add)
    }
}

impl Container for Frame {
    type Shown<R> = InnerResponse<R>;

    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
        self.show(ui, add)
    }
}

impl Container for CollapsingHeader {
    type Shown<R> = CollapsingResponse<R>;

    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> CollapsingResponse<R> {
        self.show(ui, add)
    }
}

impl Container for ScrollArea {
    type Shown<R> = ScrollAreaOutput<R>;

    /// Shows the area, then passes on a field's request to be scrolled into view. egui lets the
    /// innermost scroll area take the request in both directions, so a field revealed inside a
    /// table that scrolls sideways would never bring the page down to it; the area outside
    /// gets the request again here.
    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> ScrollAreaOutput<R> {
        let output = self.show(ui, add);
        if let Some(rect) = Revealed::take(ui.ctx()) {
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
        }
        output
    }
}

/// A [`ScrollArea`] that scrolls sideways inside the form, for a wide table: a request to
/// scroll one of its widgets into view brings the form to it too (see [`Requested`]), and its
/// scroll bar is not drawn while the whole area is below the part of the form in view (egui
/// would otherwise pin the bar to the bottom of the view, over whatever is shown there).
pub struct Sideways(pub ScrollArea);

impl Container for Sideways {
    type Shown<R> = ScrollAreaOutput<R>;

    fn show_around<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> ScrollAreaOutput<R> {
        ui.scope(|ui| {
            let mut clip = ui.clip_rect();
            clip.min.y = clip.min.y.max(ui.cursor().min.y);
            ui.set_clip_rect(clip);
            let output = self.0.show(ui, |ui| {
                let inner = add(ui);
                (inner, Requested::now(ui.ctx()))
            });
            let (inner, requested) = output.inner;
            requested.pass_on(ui, output.inner_rect, egui::Vec2b::new(true, false));
            if let Some(rect) = Revealed::take(ui.ctx()) {
                ui.scroll_to_rect(rect, Some(egui::Align::Center));
            }
            ScrollAreaOutput {
                inner,
                id: output.id,
                state: output.state,
                content_size: output.content_size,
                inner_rect: output.inner_rect,
            }
        })
        .inner
    }
}

/// Where the field revealed in this pass was drawn, so each scroll area around it can bring it
/// into view in turn (see [`Container::show_around`] for [`ScrollArea`]).
#[derive(Clone, Copy)]
struct Revealed {
    rect: egui::Rect,
    pass: u64,
}

impl Revealed {
    fn id() -> egui::Id {
        egui::Id::unique("casewright form revealed field")
    }

    fn remember(ctx: &egui::Context, rect: egui::Rect) {
        let pass = ctx.cumulative_pass_nr();
        ctx.data_mut(|data| data.insert_temp(Revealed::id(), Revealed { rect, pass }));
    }

    /// The rect revealed in this pass, if any; a request from an earlier pass is dropped.
    fn take(ctx: &egui::Context) -> Option<egui::Rect> {
        let revealed: Option<Revealed> = ctx.data_mut(|data| {
            let revealed = data.get_temp(Revealed::id());
            data.remove::<Revealed>(Revealed::id());
            revealed
        });
        revealed
            .filter(|revealed| revealed.pass == ctx.cumulative_pass_nr())
            .map(|revealed| revealed.rect)
    }
}

impl Deref for Form<'_> {
    type Target = Ui;

    fn deref(&self) -> &Ui {
        self.ui
    }
}

impl DerefMut for Form<'_> {
    fn deref_mut(&mut self) -> &mut Ui {
        self.ui
    }
}

/// Brings a field into view as it takes the keyboard focus (egui moves the focus with Tab but
/// leaves the field where it is, out of sight or not).
///
/// The field last brought into view is remembered, so it is brought into view once each time it
/// takes the focus, and the user can still scroll away from it; but a keystroke typed into it
/// while it is out of sight brings it back (egui follows the cursor only in a field in view).
fn scroll_to_when_focused(response: &Response) {
    if !response.has_focus() {
        return;
    }
    let ctx = &response.ctx;
    let typed_out_of_sight = response.changed() && !response.interact_rect.is_positive();
    if typed_out_of_sight
        || ctx.data(|data| data.get_temp::<egui::Id>(brought_into_view_key())) != Some(response.id)
    {
        // At once: the eye follows the focus, and a field still gliding in takes keystrokes.
        response.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
        brought_into_view(response);
    }
}

/// Where [`scroll_to_when_focused`] remembers the field it last brought into view.
fn brought_into_view_key() -> egui::Id {
    egui::Id::unique("casewright field brought into view")
}

/// Notes that the field `response` drew has been brought into view.
fn brought_into_view(response: &Response) {
    response
        .ctx
        .data_mut(|data| data.insert_temp(brought_into_view_key(), response.id));
}

/// The line under a field kept for a finding's words, `width` points wide (outside a row of
/// widgets, at least a third of the form's width, so a narrow drop-down's finding can be read):
/// always as tall, so the fields below stay where they are whether or not there is a finding.
fn finding_line(ui: &mut Ui, width: f32, text: &str) {
    let height = ui.text_style_height(&egui::TextStyle::Small) + 1.0;
    let size = egui::vec2(width, height);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_min_size(size);
        ui.set_max_width(width);
        if !text.is_empty() {
            ui.add(
                egui::Label::new(
                    egui::RichText::new(text)
                        .small()
                        .color(widgets::ERROR_COLOUR),
                )
                .truncate(),
            );
        }
    });
}
