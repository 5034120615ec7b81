//! Scroll areas inside scroll areas (a table that scrolls sideways, the risk register's list,
//! both inside the step's form), and asking to bring a widget into view through them.
//!
//! egui gives a request to scroll a widget into view (a Review finding followed, a screen
//! reader's "scroll into view") to the innermost scroll area around the widget, which scrolls
//! what it can and drops the rest: the form around it never scrolls to it. [`Requested`] reads
//! the request before the inner area takes it, and passes on to the outer area the part the
//! inner one cannot do.

use egui::emath::Rangef;
use egui::style::ScrollAnimation;
use egui::{Align, Rect, Ui, Vec2b};

/// One direction of a request to scroll something into view.
#[derive(Debug, Clone, Copy)]
struct Target {
    range: Rangef,
    align: Option<Align>,
    animation: ScrollAnimation,
}

/// A request to scroll something into view made inside a scroll area, read at the end of its
/// contents (before the area takes it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Requested([Option<Target>; 2]);

impl Requested {
    /// The request made so far this frame, if any: call at the end of an inner scroll area's
    /// contents.
    pub fn now(ctx: &egui::Context) -> Requested {
        ctx.viewport(|viewport| {
            Requested(viewport.this_pass.scroll_target.each_ref().map(|target| {
                target.as_ref().map(|target| Target {
                    range: target.range,
                    align: target.align,
                    animation: target.animation,
                })
            }))
        })
    }

    /// Passes the request on to the scroll areas around `ui`, once the inner area (showing
    /// `viewport`, scrolling in the directions `scrolls`) has done its part: in a direction it
    /// scrolls, the outer areas need only bring the inner one into view; in the others, the
    /// thing itself.
    pub fn pass_on(self, ui: &Ui, viewport: Rect, scrolls: Vec2b) {
        let Requested([x, y]) = self;
        let Some(any) = y.or(x) else {
            return;
        };
        let range = |d: usize, target: Option<Target>| match target {
            Some(target) if !scrolls[d] => target.range,
            _ if d == 0 => viewport.x_range(),
            _ => viewport.y_range(),
        };
        let align = y.filter(|_| !scrolls.y).and_then(|target| target.align);
        // egui keeps an inner area's scroll bar on screen, over the last strip of the view,
        // while the area runs on below: bring the thing in above the bar, not under it.
        let bar = ui.spacing().scroll.allocated_width();
        let (mut xs, mut ys) = (range(0, x), range(1, y));
        if scrolls.x {
            ys.max += bar;
        }
        if scrolls.y {
            xs.max += bar;
        }
        let rect = Rect::from_x_y_ranges(xs, ys);
        ui.scroll_to_rect_animation(rect, align, any.animation);
    }
}

/// What [`show_steady`] remembers of the last frame: the field that had the keyboard focus and
/// where it was within the area's contents, how far down the view reached, and the offset to
/// scroll to when the frame is drawn again.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Steady {
    focused: Option<(egui::Id, f32)>,
    reach: f32,
    offset: Option<f32>,
}

/// Brings the widget that has just taken the keyboard focus in this area (`focused`, where
/// the area last saw `before`) into view, unless something asked for a scroll already this
/// pass (a field revealed from Review asks to be centred). Fields drawn through
/// [`super::form::Form::field`] ask for themselves; this catches every other widget the focus
/// reaches (a notes cell, a button), so Tab never leaves the user typing out of sight.
fn bring_newly_focused_into_view(
    ui: &Ui,
    focused: Option<(egui::Id, Rect)>,
    before: Option<(egui::Id, f32)>,
) {
    let Some((id, rect)) = focused else {
        return;
    };
    let asked = Requested::now(ui.ctx()).0.iter().any(Option::is_some);
    let in_view = ui.clip_rect().contains_rect(rect);
    if before.map(|(before, _)| before) != Some(id) && !asked && !in_view {
        ui.scroll_to_rect_animation(rect, None, ScrollAnimation::none());
    }
}

/// Shows a form's vertical scroll area so that what the user is working in stays where it is.
///
/// - The field with the keyboard focus keeps its place on screen: if something above it grows
///   or shrinks (a finding's words in a table, a row growing taller, a section opened or
///   closed), the area scrolls by as much and the frame is drawn again before it is shown, so
///   the field does not move under the user's eyes or pointer. Scrolling by the user, or to a
///   field, is not undone (the field's place within the contents has not changed).
/// - The contents never shrink above the bottom of the view: when a section near the end is
///   closed, the space it leaves stays until the user scrolls up, so the area need not jump
///   to a new end and move whatever is under the pointer.
///
/// `key` names what is remembered between frames (one for each area).
pub fn show_steady<R>(
    mut area: egui::ScrollArea,
    key: egui::Id,
    ui: &mut Ui,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::scroll_area::ScrollAreaOutput<R> {
    let ctx = ui.ctx().clone();
    let key = key.with("casewright steady scroll");
    let last: Option<Steady> = ctx.data(|data| data.get_temp(key));
    if let Some(offset) = last.and_then(|last| last.offset) {
        area = area.vertical_scroll_offset(offset);
    }
    let output = area.show(ui, |ui| {
        let top = ui.max_rect().min.y;
        let layer = ui.layer_id();
        let drawn_before =
            ctx.viewport(|viewport| viewport.this_pass.widgets.get_layer(layer).count());
        let inner = add(ui);
        let natural = ui.min_rect().max.y;
        if let Some(last) = last {
            let reach = top + last.reach;
            if reach > natural {
                ui.allocate_space(egui::vec2(0.0, reach - natural));
            }
        }
        // Only a widget of this area's own (not a button in a panel drawn before it).
        let focused = ctx.memory(|memory| memory.focused()).and_then(|id| {
            ctx.viewport(|viewport| {
                viewport
                    .this_pass
                    .widgets
                    .get_layer(layer)
                    .skip(drawn_before)
                    .find(|widget| widget.id == id)
                    .map(|widget| (id, widget.rect))
            })
        });
        bring_newly_focused_into_view(ui, focused, last.and_then(|last| last.focused));
        (inner, focused.map(|(id, rect)| (id, rect.min.y - top)))
    });
    let (inner, focused) = output.inner;
    let shown = output.state.clamped_offset().y;
    let mut offset = None;
    if let (Some((id, now)), Some((before_id, before))) =
        (focused, last.and_then(|last| last.focused))
        && id == before_id
        && (now - before).abs() > 0.5
    {
        let keep = (shown + now - before).max(0.0);
        if (keep - shown).abs() > 0.5 {
            offset = Some(keep);
            ctx.request_discard("the focused field moved");
        }
    }
    let steady = Steady {
        focused,
        reach: offset.unwrap_or(shown) + output.inner_rect.height(),
        offset,
    };
    ctx.data_mut(|data| data.insert_temp(key, steady));
    egui::scroll_area::ScrollAreaOutput {
        inner,
        id: output.id,
        state: output.state,
        content_size: output.content_size,
        inner_rect: output.inner_rect,
    }
}
