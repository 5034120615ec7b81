//! The property behind issue 17: whatever a person does on any step (types, Tab, Shift+Tab,
//! Enter, clicks a field, moves a slider, picks from a drop-down, so that findings appear and
//! clear), every keystroke lands in the field they were typing into and stays in the case,
//! and the field being typed into never moves on screen.
//!
//! A seeded generator drives the whole window through thousands of actions across every step
//! of a case with a row in every list (so every table is there). Each piece of text typed is a
//! word made for the action ("qzk417"), so after each action the test can tell where it went:
//! into the focused field and nowhere else on screen, and into the case, where it stays.
//! `CASEWRIGHT_TYPING_SEED` replays another run; `CASEWRIGHT_TYPING_ACTIONS` sets how many
//! actions each step gets.

use std::collections::BTreeMap;

use casewright::app::App;
use casewright::case::Step;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use proptest::prelude::Rng;
use proptest::test_runner::{RngAlgorithm, TestRng};

use crate::support::{app_sized, case_with_every_row, click, go_to};

/// Actions on each step, by default: with fourteen steps, 10,080 in all, about four minutes in
/// a debug build on two cores (about 20 ms an action). `CASEWRIGHT_TYPING_ACTIONS=40` runs a
/// quick 560 while working on the test.
const ACTIONS_PER_STEP: usize = 720;

/// One thing a person does.
#[derive(Debug, Clone)]
enum Action {
    /// Clicks a field in view (a real click at its middle).
    Click(String),
    /// Types a word made for this action wherever the focus is.
    Type(String),
    Tab,
    ShiftTab,
    Enter,
    /// Moves a slider in view one notch, left or right.
    Slide(String, bool),
    /// Opens a drop-down in view and picks its `n`th choice.
    Choose(String, usize),
}

/// A field on screen: its label, role and where it is.
#[derive(Debug, Clone)]
struct Field {
    label: String,
    role: Role,
}

fn is_field(role: Role) -> bool {
    matches!(
        role,
        Role::TextInput | Role::MultilineTextInput | Role::ComboBox | Role::Slider
    )
}

/// The fields wholly inside the step's part of the window (below the title, left of the
/// guidance) and wholly visible there (not clipped by the form's edge or a table's sideways
/// scroll), where a person can click them.
fn fields_in_view(h: &Harness<'_, App>, view: Rect) -> Vec<Field> {
    let visible = crate::layout::drawn_rects(h);
    h.query_all_by(|node| is_field(node.role()))
        .filter_map(|node| {
            let label = node.accesskit_node().label()?;
            let (rect, shown) = visible.get(&node.accesskit_node().locate().0)?;
            let whole = (rect.size() - shown.size()).length() < 0.5;
            (view.contains_rect(*rect) && whole).then_some(Field {
                label,
                role: node.accesskit_node().role(),
            })
        })
        .collect()
}

/// The focused widget: its label, where it is, and whether it takes text.
fn focused(h: &Harness<'_, App>) -> Option<(String, Rect, bool)> {
    let node = h.query_by(|node| node.is_focused())?;
    let text = matches!(
        node.accesskit_node().role(),
        Role::TextInput | Role::MultilineTextInput
    );
    Some((
        node.accesskit_node().label().unwrap_or_default(),
        node.rect(),
        text,
    ))
}

/// The labels of the widgets whose value holds `word`.
fn holding(h: &Harness<'_, App>, word: &str) -> Vec<String> {
    h.query_all_by(|node| {
        is_field(node.role()) && node.value().is_some_and(|value| value.contains(word))
    })
    .map(|node| node.accesskit_node().label().unwrap_or_default())
    .collect()
}

/// How many times `word` is in the case.
fn in_case(h: &Harness<'_, App>, word: &str) -> usize {
    let case = h.state().case().expect("a case is open");
    format!("{case:?}").matches(word).count()
}

/// Picks an action: mostly typing, as a person filling in a form does. `focus` is the role of
/// the focused widget, if any. Enter is pressed only in a one-line text field (where it moves
/// down a table): on a button it would press it, and a person who presses "Remove measure 1"
/// or "Quit" means to. Away from the form's fields (Tab has reached the menu bar, or a button),
/// the person clicks back into a field.
fn pick(rng: &mut TestRng, fields: &[Field], word: &str, focus: Option<Role>) -> Action {
    let roll = rng.next_u32() % 100;
    let in_a_field = focus.is_some_and(is_field);
    let text = [Role::TextInput, Role::MultilineTextInput];
    if !in_a_field && roll >= 40 {
        let some: Vec<&Field> = fields.iter().filter(|f| text.contains(&f.role)).collect();
        if !some.is_empty() {
            return Action::Click(some[rng.next_u32() as usize % some.len()].label.clone());
        }
    }
    let field = |rng: &mut TestRng, roles: &[Role]| {
        let some: Vec<&Field> = fields.iter().filter(|f| roles.contains(&f.role)).collect();
        (!some.is_empty()).then(|| some[rng.next_u32() as usize % some.len()].label.clone())
    };
    match roll {
        0..=39 => Action::Type(word.to_owned()),
        40..=54 => field(rng, &text).map_or(Action::Tab, Action::Click),
        55..=69 => Action::Tab,
        70..=77 => Action::ShiftTab,
        78..=84 if focus == Some(Role::TextInput) => Action::Enter,
        78..=84 => Action::Tab,
        85..=92 => field(rng, &[Role::Slider]).map_or(Action::Tab, |label| {
            Action::Slide(label, rng.next_u32().is_multiple_of(2))
        }),
        _ => field(rng, &[Role::ComboBox]).map_or(Action::ShiftTab, |label| {
            Action::Choose(label, rng.next_u32() as usize % 4)
        }),
    }
}

fn press(h: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) -> Result<(), String> {
    h.key_press_modifiers(modifiers, key);
    settle(h)
}

/// Runs frames until the window is still, or says it never was.
fn settle(h: &mut Harness<'_, App>) -> Result<(), String> {
    h.try_run().map(|_| ()).map_err(|error| error.to_string())
}

/// Does `action` (nothing, if its field has gone).
fn perform(h: &mut Harness<'_, App>, action: &Action) -> Result<(), String> {
    match action {
        Action::Click(label) => {
            if let Some(node) = h.query_by(|node| {
                is_field(node.role()) && node.label().as_deref() == Some(label.as_str())
            }) {
                node.click();
                settle(h)?;
                // The click put the caret where it landed, perhaps inside a word typed
                // earlier; a person adding to the field goes to its end first.
                press(h, Modifiers::CTRL, Key::End)?;
            }
        }
        Action::Type(word) => {
            h.event(egui::Event::Text(word.clone()));
            settle(h)?;
        }
        Action::Tab => press(h, Modifiers::NONE, Key::Tab)?,
        Action::ShiftTab => press(h, Modifiers::SHIFT, Key::Tab)?,
        Action::Enter => press(h, Modifiers::NONE, Key::Enter)?,
        Action::Slide(label, right) => {
            if let Some(node) = h.query_by(|node| {
                node.role() == Role::Slider && node.label().as_deref() == Some(label.as_str())
            }) {
                node.focus();
                settle(h)?;
                let key = if *right {
                    Key::ArrowRight
                } else {
                    Key::ArrowLeft
                };
                press(h, Modifiers::NONE, key)?;
            }
        }
        Action::Choose(label, n) => {
            if let Some(node) = h.query_by(|node| {
                node.role() == Role::ComboBox && node.label().as_deref() == Some(label.as_str())
            }) {
                node.click();
                settle(h)?;
                let choices: Vec<String> = h
                    .query_all_by(|node| {
                        node.role() == Role::Button && node.is_selected().is_some()
                    })
                    .filter_map(|node| node.accesskit_node().label())
                    .collect();
                if choices.is_empty() {
                    press(h, Modifiers::NONE, Key::Escape)?;
                } else {
                    let choice = &choices[n % choices.len()];
                    if let Some(node) =
                        h.query_by(|node| node.label().as_deref() == Some(choice.as_str()))
                    {
                        node.click();
                    }
                    settle(h)?;
                }
            }
        }
    }
    Ok(())
}

/// Runs `count` actions on `step` and returns how many were done, panicking with the actions
/// so far at the first that breaks the property.
fn walk(
    h: &mut Harness<'_, App>,
    rng: &mut TestRng,
    step: Step,
    count: usize,
    typed: &mut BTreeMap<String, String>,
    next_word: &mut usize,
) -> usize {
    go_to(h, step);
    let size = h.ctx.content_rect();
    // The step's part of the window: below the menu and the step's title, above the status
    // bar; the panels beside it are not the form.
    let view = Rect::from_min_max(
        egui::pos2(0.0, 90.0),
        egui::pos2(size.max.x, size.max.y - 40.0),
    );
    let mut done = Vec::new();
    for _ in 0..count {
        let fields = fields_in_view(h, view);
        *next_word += 1;
        let word = format!("qz{}k", *next_word);
        let before = focused(h);
        let focus = h
            .query_by(|node| node.is_focused())
            .map(|node| node.accesskit_node().role());
        let action = pick(rng, &fields, &word, focus);
        let performed = perform(h, &action);
        done.push(action.clone());
        let after = focused(h);
        let fail = |what: String| -> ! {
            let last: Vec<String> = done
                .iter()
                .rev()
                .take(12)
                .rev()
                .map(|a| format!("{a:?}"))
                .collect();
            panic!(
                "{} step, after {} actions: {what}\nlast actions: {}",
                step.label(),
                done.len(),
                last.join(", ")
            )
        };
        if let Err(error) = performed {
            fail(format!("the window never settled: {error}"));
        }
        // The field being worked in stays where it is. One exception: a text area that grows
        // a line at the bottom of the view scrolls up by as much (and the caret's margin, no more), so the line
        // being typed stays in sight.
        let grown = |at: &Rect, then: &Rect| {
            let growth = then.height() - at.height();
            let rise = at.min.y - then.min.y;
            growth > 0.5
                && rise > 0.0
                && rise <= growth + 2.0
                && (at.min.x - then.min.x).abs() < 0.5
        };
        if let (Some((was, at, true)), Some((now, then, _))) = (&before, &after)
            && was == now
            && matches!(action, Action::Type(_))
            && (at.min - then.min).length() > 0.5
            && !grown(at, then)
        {
            fail(format!(
                "typing moved the focused field {now} from {:?} to {:?}",
                at.min, then.min
            ));
        }
        if let Action::Type(word) = &action {
            let shown = holding(h, word);
            match (&before, shown.as_slice()) {
                // Typed with no field focused, or into a drop-down or slider: nothing to show.
                (None | Some((_, _, false)), []) => {}
                (Some((label, _, true)), [one]) if one == label => {
                    // A field Tab moves into has its text selected, so typing replaces what
                    // was typed into it before, as in any text box.
                    typed.retain(|earlier, field| field != label || in_case(h, earlier) == 1);
                    if in_case(h, word) == 1 {
                        typed.insert(word.clone(), label.clone());
                    }
                }
                _ => fail(format!(
                    "\"{word}\" typed with the focus in {before:?} shows in {shown:?}"
                )),
            }
            if in_case(h, word) > 1 {
                fail(format!("\"{word}\" is in the case more than once"));
            }
        }
    }
    // Everything that reached the case is still there, once.
    for (word, label) in typed.iter() {
        assert_eq!(
            in_case(h, word),
            1,
            "\"{word}\", typed into {label}, is no longer in the case after the {} step",
            step.label()
        );
    }
    done.len()
}

#[test]
fn typing_anywhere_lands_where_it_was_typed_and_nothing_moves() {
    let seed: u64 = std::env::var("CASEWRIGHT_TYPING_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(17);
    let per_step: usize = std::env::var("CASEWRIGHT_TYPING_ACTIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(ACTIONS_PER_STEP);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut h = app_sized(Vec2::new(1366.0, 768.0));
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case is open") = case_with_every_row();
    h.run();
    let mut typed = BTreeMap::new();
    let mut next_word = 0;
    let mut total = 0;
    let steps: Vec<Step> = h
        .state()
        .document()
        .expect("a case is open")
        .wizard
        .steps()
        .map(|(step, _)| step)
        .collect();
    for step in steps {
        total += walk(&mut h, &mut rng, step, per_step, &mut typed, &mut next_word);
    }
    assert!(
        typed.len() > total / 10,
        "only {} words reached the case",
        typed.len()
    );
    if per_step == ACTIONS_PER_STEP {
        assert!(total >= 10_000, "only {total} actions");
    }
}
