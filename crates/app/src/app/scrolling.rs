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
        let rect = Rect::from_x_y_ranges(range(0, x), range(1, y));
        ui.scroll_to_rect_animation(rect, align, any.animation);
    }
}
