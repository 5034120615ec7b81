//! The window at the sizes people use: every bundled example, every step the wizard lists, at
//! 1024×700, 1366×768 and 1920×1080 points (and two scaled screens), checked through the
//! accessibility tree.
//!
//! On every screen:
//! - no two interactive widgets overlap;
//! - every interactive widget is in view, or inside a scroll area that brings it into view when
//!   asked (as a screen reader or a person scrolling would): nothing is cut off with no way to
//!   reach it;
//! - no text field is narrower than about 12 characters;
//! - no text is broken inside a word ("Revenu e"), and no two pieces of text are drawn over
//!   each other (read from the shapes egui drew);
//! - each field the keyboard focus lands on, Tab after Tab, is wholly in view.
//!
//! The widgets come from the accessibility tree (the nodes a screen reader can act on); how much
//! of each is visible comes from egui's own record of the pass, which clips each widget to its
//! scroll area and panel.

use std::collections::HashMap;
use std::fmt::Write as _;

use casewright::app::App;
use casewright::app::commands::Action;
use casewright::app::examples::EXAMPLES;
use egui::accesskit::{Action as AccessAction, NodeId, Role};
use egui::{Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

use crate::support::app_sized;

/// The window sizes checked, in points: a small laptop, the most common laptop screen, and a
/// desktop monitor at 100%; then the same screens scaled, as Windows sets them on small
/// high-resolution laptops: 1366×768 at 125% (1093×614 points) and 1920×1080 at 150%
/// (1280×720 points). Layout is in points, so scaling is a matter of the size in points.
const SIZES: [[f32; 2]; 5] = [
    [1024.0, 700.0],
    [1366.0, 768.0],
    [1920.0, 1080.0],
    [1093.0, 614.0],
    [1280.0, 720.0],
];

/// How much of a text area taller than the view must be in view, in points.
const TALL_TEXT_SHOWN: f32 = 400.0;

/// How many characters a text field must show at least.
const MIN_FIELD_CHARACTERS: f32 = 12.0;

/// Overlaps and cut-offs smaller than this, in points, are rounding, not layout.
const SLACK: f32 = 1.0;

/// An interactive widget as the accessibility tree and egui's widget record describe it.
#[derive(Debug, Clone)]
struct Widget {
    id: NodeId,
    role: Role,
    label: String,
    /// The whole widget.
    rect: Rect,
    /// The part of it that is visible: clipped by its scroll areas and panel.
    visible: Rect,
}

impl Widget {
    fn describe(&self) -> String {
        format!("{:?} \"{}\" at {:?}", self.role, self.label, self.rect)
    }

    /// Whether the whole widget is visible, to within [`SLACK`].
    fn is_fully_visible(&self) -> bool {
        self.visible.is_positive()
            && self.visible.width() >= self.rect.width() - SLACK
            && self.visible.height() >= self.rect.height() - SLACK
    }

    /// Whether a text area taller than the view (a long comment in a narrow column) has
    /// [`TALL_TEXT_SHOWN`] of itself in view: enough to read and type in, and the rest
    /// scrolls with the page.
    fn fills_the_view(&self) -> bool {
        self.role == Role::MultilineTextInput
            && self.rect.height() > TALL_TEXT_SHOWN
            && self.visible.height() >= TALL_TEXT_SHOWN
            && self.visible.width() >= self.rect.width() - SLACK
    }

    fn is_text_field(&self) -> bool {
        matches!(self.role, Role::TextInput | Role::MultilineTextInput)
    }
}

/// Whether a node is something a person can act on (greyed out or not): it can be clicked or
/// focused. Text is not, even where egui lets it be selected for copying.
fn is_interactive(node: &AccessKitNode<'_>) -> bool {
    let data = node.data();
    node.role() != Role::Label
        && (data.supports_action(AccessAction::Click) || data.supports_action(AccessAction::Focus))
}

/// Each widget the last frame drew, by its AccessKit id: where it is, and the part of that in
/// view (inside every clip around it).
pub(crate) fn drawn_rects(harness: &Harness<'_, App>) -> HashMap<NodeId, (Rect, Rect)> {
    harness.ctx.viewport(|viewport| {
        viewport
            .prev_pass
            .widgets
            .layers()
            .flat_map(|(_, widgets)| widgets.iter())
            .map(|widget| {
                (
                    widget.id.accesskit_id(),
                    (widget.rect, widget.interact_rect),
                )
            })
            .collect()
    })
}

/// Every interactive widget on screen now, with how much of it is visible.
fn widgets(harness: &Harness<'_, App>) -> Vec<Widget> {
    let clipped = drawn_rects(harness);
    harness
        .query_all_by(is_interactive)
        .filter_map(|node| {
            let accesskit = node.accesskit_node();
            let id = accesskit.locate().0;
            let (rect, visible) = *clipped.get(&id)?;
            Some(Widget {
                id,
                role: accesskit.role(),
                label: accesskit.label().unwrap_or_default(),
                rect,
                visible,
            })
        })
        .filter(|widget| widget.rect.is_positive())
        .collect()
}

/// Pairs of visible interactive widgets that overlap, one line each.
fn overlaps(widgets: &[Widget]) -> Vec<String> {
    let shown: Vec<&Widget> = widgets.iter().filter(|w| w.visible.is_positive()).collect();
    let mut found = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let both = a.visible.intersect(b.visible);
            if both.width() > SLACK && both.height() > SLACK {
                found.push(format!("{} overlaps {}", a.describe(), b.describe()));
            }
        }
    }
    found
}

/// Text fields narrower than [`MIN_FIELD_CHARACTERS`] of the body font.
fn narrow_fields(harness: &Harness<'_, App>, widgets: &[Widget]) -> Vec<String> {
    let body = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
    let character = harness.ctx.fonts_mut(|fonts| fonts.glyph_width(&body, '0'));
    let min_width = MIN_FIELD_CHARACTERS * character;
    widgets
        .iter()
        .filter(|w| w.is_text_field() && w.rect.width() < min_width)
        .map(|w| {
            format!(
                "{} is {:.0} points wide, under {MIN_FIELD_CHARACTERS} characters ({min_width:.0})",
                w.describe(),
                w.rect.width()
            )
        })
        .collect()
}

/// The widgets that are cut off and that no scroll area brings into view. Each cut-off widget
/// is asked to scroll into view (AccessKit's ScrollIntoView, what a screen reader sends), twice
/// at most; any other widget that comes fully into view on the way counts as reached too.
fn unreachable(harness: &mut Harness<'_, App>, start: &[Widget]) -> Vec<String> {
    let mut pending: Vec<Widget> = start
        .iter()
        .filter(|w| !w.is_fully_visible())
        .cloned()
        .collect();
    pending.reverse();
    let mut found = Vec::new();
    while let Some(widget) = pending.pop() {
        let Some(node) = harness.query_by(|node| node.locate().0 == widget.id) else {
            // A row drawn only while on screen (the risk register) is not there to ask.
            continue;
        };
        node.scroll_to_me();
        harness.run();
        let mut now = widgets(harness);
        let reached = |now: &[Widget], id: NodeId| {
            now.iter()
                .any(|w| w.id == id && (w.is_fully_visible() || w.fills_the_view()))
        };
        if !reached(&now, widget.id)
            && let Some(node) = harness.query_by(|node| node.locate().0 == widget.id)
        {
            // A list inside the form, itself out of view: egui scrolls the form to the list,
            // but works out the list's own scroll against the part of it that was in view,
            // so a second request (as a person scrolling would make) finishes the job.
            node.scroll_to_me();
            harness.run();
            now = widgets(harness);
        }
        let reached = |id: NodeId| reached(&now, id);
        if !reached(widget.id) {
            let after = now.iter().find(|w| w.id == widget.id);
            found.push(format!(
                "{} is cut off (visible {:?}{}) and no scroll area brings it into view",
                widget.describe(),
                widget.visible,
                after.map_or_else(String::new, |w| format!(
                    ", {:?} after scrolling",
                    w.visible
                )),
            ));
        }
        pending.retain(|w| !reached(w.id));
    }
    found
}

/// A row of text drawn on screen: its words, where it is, and the part of it that is visible.
#[derive(Debug, Clone)]
struct TextRow {
    text: String,
    rect: Rect,
    visible: Rect,
    /// Which piece of text (galley) it belongs to, so a piece's own rows are not compared.
    galley: usize,
}

/// Every row of text the last frame drew, with the rows broken inside a word.
fn text_rows(harness: &Harness<'_, App>) -> (Vec<TextRow>, Vec<String>) {
    text_rows_in(&harness.output().shapes)
}

/// The rows broken inside a word among `shapes`.
fn broken_in(shapes: &[egui::epaint::ClippedShape]) -> Vec<String> {
    text_rows_in(shapes).1
}

/// Every row of text in `shapes`, with the rows broken inside a word.
fn text_rows_in(shapes: &[egui::epaint::ClippedShape]) -> (Vec<TextRow>, Vec<String>) {
    fn walk(
        shape: &egui::Shape,
        clip: Rect,
        rows: &mut Vec<TextRow>,
        broken: &mut Vec<String>,
        count: &mut usize,
    ) {
        match shape {
            egui::Shape::Vec(shapes) => {
                for shape in shapes {
                    walk(shape, clip, rows, broken, count);
                }
            }
            egui::Shape::Text(text) if text.angle == 0.0 => {
                *count += 1;
                let placed = &text.galley.rows;
                for (i, row) in placed.iter().enumerate() {
                    let words: String = row.row.glyphs.iter().map(|g| g.chr).collect();
                    let rect = row
                        .rect_without_leading_space()
                        .translate(text.pos.to_vec2());
                    let visible = rect.intersect(clip);
                    if !words.trim().is_empty() {
                        rows.push(TextRow {
                            text: words.clone(),
                            rect,
                            visible,
                            galley: *count,
                        });
                    }
                    let Some(next) = placed.get(i + 1) else {
                        continue;
                    };
                    let last = row.row.glyphs.last().map(|g| g.chr);
                    let first = next.row.glyphs.first().map(|g| g.chr);
                    if !row.ends_with_newline
                        && visible.is_positive()
                        && last.is_some_and(char::is_alphanumeric)
                        && first.is_some_and(char::is_alphanumeric)
                    {
                        let next_words: String = next.row.glyphs.iter().map(|g| g.chr).collect();
                        broken.push(format!(
                            "\"{words}\" / \"{next_words}\" at {rect:?} is broken inside a word"
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    let mut count = 0;
    for clipped in shapes {
        walk(
            &clipped.shape,
            clipped.clip_rect,
            &mut rows,
            &mut broken,
            &mut count,
        );
    }
    (rows, broken)
}

/// Pairs of visible rows of text from different pieces of text drawn over each other.
fn overlapping_text(rows: &[TextRow]) -> Vec<String> {
    let shown: Vec<&TextRow> = rows.iter().filter(|r| r.visible.is_positive()).collect();
    let mut found = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let both = a.visible.intersect(b.visible);
            if a.galley != b.galley && both.width() > TEXT_SLACK && both.height() > TEXT_SLACK {
                found.push(format!(
                    "\"{}\" at {:?} is drawn over \"{}\" at {:?}",
                    a.text, a.rect, b.text, b.rect
                ));
            }
        }
    }
    found
}

/// Text rows may touch by this much, in points (a line's height includes a little space).
const TEXT_SLACK: f32 = 3.0;

/// The widget with the keyboard focus, if it is not fully in view.
fn focused_out_of_view(harness: &Harness<'_, App>, widgets: &[Widget]) -> Option<String> {
    let node = harness.query_by(|node| node.is_focused())?;
    let id = node.accesskit_node().locate().0;
    let widget = widgets.iter().find(|w| w.id == id)?;
    (!widget.is_fully_visible()).then(|| {
        format!(
            "{} has the keyboard focus but only {:?} of it is in view",
            widget.describe(),
            widget.visible
        )
    })
}

/// Text broken inside a word or drawn over other text on the screen shown now.
pub(crate) fn text_problems(harness: &Harness<'_, App>) -> Vec<String> {
    let (rows, mut found) = text_rows(harness);
    found.extend(overlapping_text(&rows));
    found
}

/// Whether the interactive widget labelled `label` is wholly in view.
pub(crate) fn fully_visible(harness: &Harness<'_, App>, label: &str) -> bool {
    widgets(harness)
        .iter()
        .any(|w| w.label == label && w.is_fully_visible())
}

/// How many times the keyboard focus is moved on each screen, to see each field it lands on
/// brought into view.
const TABS: usize = 6;

/// Moves the keyboard focus [`TABS`] times with Tab and says where a focused field was left
/// out of view; the focus is dropped again at the end.
fn tab_walk(harness: &mut Harness<'_, App>) -> Vec<String> {
    let mut found = Vec::new();
    for _ in 0..TABS {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let shown = widgets(harness);
        found.extend(focused_out_of_view(harness, &shown));
    }
    if let Some(id) = harness.ctx.memory(|memory| memory.focused()) {
        harness.ctx.memory_mut(|memory| memory.surrender_focus(id));
    }
    harness.run();
    found
}

/// Everything wrong with the screen shown now.
pub(crate) fn problems(harness: &mut Harness<'_, App>) -> Vec<String> {
    let shown = widgets(harness);
    let mut found = overlaps(&shown);
    found.extend(narrow_fields(harness, &shown));
    let (rows, broken) = text_rows(harness);
    found.extend(broken);
    found.extend(overlapping_text(&rows));
    found.extend(unreachable(harness, &shown));
    found.extend(tab_walk(harness));
    found
}

/// The step's title in the wizard, for messages.
fn step_titles(harness: &Harness<'_, App>) -> Vec<(casewright::case::Step, &'static str)> {
    harness
        .state()
        .document()
        .expect("a case is open")
        .wizard
        .steps()
        .collect()
}

#[test]
fn every_step_of_every_example_fits_at_laptop_and_desktop_sizes() {
    let mut report = String::new();
    let mut count = 0;
    for [width, height] in SIZES {
        let mut h = app_sized(Vec2::new(width, height));
        for problem in problems(&mut h) {
            count += 1;
            let _ = writeln!(report, "{width}×{height}, start screen: {problem}");
        }
        for (index, example) in EXAMPLES.iter().enumerate() {
            h.state_mut().queue(Action::OpenExample(index));
            h.run();
            for (step, title) in step_titles(&h) {
                h.state_mut().queue(Action::GoTo(step));
                h.run();
                for problem in problems(&mut h) {
                    count += 1;
                    let _ = writeln!(
                        report,
                        "{width}×{height}, {}, {title}: {problem}",
                        example.file_name
                    );
                }
            }
        }
    }
    assert!(count == 0, "{count} layout problems:\n{report}");
}

/// The same checks with the Preview open on every step of an example, on the two laptop
/// screens: at 1366×768 it takes the guidance's place and leaves the form room; at 1024×700,
/// too narrow for both, it stands in the form's place.
#[test]
fn every_step_fits_with_the_preview_open_on_laptop_screens() {
    let mut report = String::new();
    let mut count = 0;
    for [width, height] in [SIZES[0], SIZES[1]] {
        let mut h = app_sized(Vec2::new(width, height));
        h.state_mut().queue(Action::OpenExample(0));
        h.run();
        h.state_mut()
            .queue(casewright::app::commands::Command::Preview);
        h.step();
        let started = std::time::Instant::now();
        while h.state().preview().page_count().is_none() {
            assert!(
                started.elapsed().as_secs() < 60,
                "the paper was never laid out"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
            h.step();
        }
        h.run();
        for (step, title) in step_titles(&h) {
            h.state_mut().queue(Action::GoTo(step));
            h.run();
            assert!(
                h.query_by_label("Zoom in").is_some(),
                "{width}×{height}, {title}: the preview is open"
            );
            for problem in problems(&mut h) {
                count += 1;
                let _ = writeln!(report, "{width}×{height}, {title}: {problem}");
            }
        }
    }
    assert!(count == 0, "{count} layout problems:\n{report}");
}

#[test]
fn the_layout_check_sees_overlaps_cut_offs_and_narrow_fields() {
    // A screen built to break each rule, so the checks above are known to catch them.
    let widget = |label: &str, role, rect: Rect, visible: Rect| Widget {
        id: NodeId(label.len() as u64),
        role,
        label: label.to_owned(),
        rect,
        visible,
    };
    let a = Rect::from_min_size(egui::pos2(0.0, 0.0), Vec2::new(100.0, 24.0));
    let b = a.translate(Vec2::new(50.0, 10.0));
    let shown = [
        widget("a", Role::Button, a, a),
        widget("bb", Role::Button, b, b),
    ];
    assert_eq!(overlaps(&shown).len(), 1);
    let cut = widget(
        "cut",
        Role::TextInput,
        a,
        Rect::from_min_size(a.min, Vec2::new(40.0, 24.0)),
    );
    assert!(!cut.is_fully_visible());
    assert!(shown[0].is_fully_visible());
    let row = |text: &str, galley, rect: Rect| TextRow {
        text: text.to_owned(),
        rect,
        visible: rect,
        galley,
    };
    let over = [row("Against", 1, a), row("The comparator", 2, b)];
    assert_eq!(overlapping_text(&over).len(), 1);
    let apart = [
        row("Against", 1, a),
        row("The comparator", 2, a.translate(Vec2::new(0.0, 30.0))),
    ];
    assert!(overlapping_text(&apart).is_empty());
}

#[test]
fn the_layout_check_sees_a_word_broken_across_lines() {
    // Laid out with the app's own fonts, as the app draws a label in a narrow column.
    let h = app_sized(Vec2::new(400.0, 300.0));
    let font = egui::TextStyle::Body.resolve(&h.ctx.global_style());
    let shapes: Vec<egui::epaint::ClippedShape> = ["Revenue", "On a line"]
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let galley = h.ctx.fonts_mut(|fonts| {
                fonts.layout((*text).to_owned(), font.clone(), egui::Color32::WHITE, 40.0)
            });
            let pos = egui::pos2(0.0, 100.0 * i as f32);
            egui::epaint::ClippedShape::new(
                Rect::EVERYTHING,
                egui::Shape::galley(pos, galley, egui::Color32::WHITE),
            )
        })
        .collect();
    let broken = broken_in(&shapes);
    assert!(
        broken.iter().any(|b| b.contains("\"Reve")),
        "a word too long for its line is reported: {broken:?}"
    );
    assert!(!broken.iter().any(|b| b.contains("On a")), "{broken:?}");
}
