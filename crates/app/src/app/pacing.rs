//! Keystrokes that arrive together are handed to egui one focus move at a time.
//!
//! On a slow machine (software rendering, a virtual desktop, a debug build) a frame can take
//! longer than the gap between two keystrokes, so one frame's input may hold Tab and then the
//! first letters meant for the next field. egui moves the focus as it draws the frame, after
//! the field that had it has already taken those letters: "Joint dog unit" Tab "Committee"
//! came out as "Joint dog unitCo" and "mmittee". [`Pacing`] ends a frame's input at the first
//! event that moves the focus (Tab, Enter, a press of a pointer button) and holds the rest for
//! the next frame, so every keystroke reaches the field that has the focus when it is typed.
//! egui moves the focus back with Shift+Tab a frame later than forward, so after Shift+Tab the
//! rest waits one frame more.

use egui::{Event, Key, RawInput};

/// The input held back for the next frame.
#[derive(Debug, Default)]
pub struct Pacing {
    held: Vec<Event>,
    /// Frames still to pass before the held input is given out.
    wait: u8,
}

impl Pacing {
    /// Puts the input held from the last frame in front of `input`'s, then holds back whatever
    /// follows the first event that moves the focus. Returns whether anything is held (the
    /// caller asks for another frame at once).
    pub fn pace(&mut self, input: &mut RawInput) -> bool {
        if self.wait > 0 {
            self.wait -= 1;
            self.held.append(&mut input.events);
            return true;
        }
        let mut events = std::mem::take(&mut self.held);
        events.append(&mut input.events);
        if let Some(at) = events.iter().position(|event| frames_to_move(event) > 0)
            && at + 1 < events.len()
        {
            self.wait = frames_to_move(&events[at]) - 1;
            self.held = events.split_off(at + 1);
        }
        input.events = events;
        !self.held.is_empty()
    }
}

/// How many frames egui takes to move the keyboard focus on `event`: none for an event that
/// does not move it, one for Tab, Enter or a press of a pointer button, two for Shift+Tab.
fn frames_to_move(event: &Event) -> u8 {
    match event {
        Event::Key {
            key: Key::Tab,
            pressed: true,
            modifiers,
            ..
        } if modifiers.shift => 2,
        Event::Key {
            key: Key::Tab | Key::Enter,
            pressed: true,
            ..
        }
        | Event::PointerButton { pressed: true, .. } => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }
    }

    fn text(text: &str) -> Event {
        Event::Text(text.to_owned())
    }

    fn frame(pacing: &mut Pacing, events: Vec<Event>) -> (Vec<Event>, bool) {
        let mut input = RawInput {
            events,
            ..RawInput::default()
        };
        let held = pacing.pace(&mut input);
        (input.events, held)
    }

    #[test]
    fn text_after_tab_waits_for_the_next_frame() {
        let mut pacing = Pacing::default();
        let (first, held) = frame(
            &mut pacing,
            vec![text("unit"), key(Key::Tab), text("Com"), text("mittee")],
        );
        assert_eq!(first, vec![text("unit"), key(Key::Tab)]);
        assert!(held);
        let (second, held) = frame(&mut pacing, vec![text("!")]);
        assert_eq!(second, vec![text("Com"), text("mittee"), text("!")]);
        assert!(!held);
    }

    #[test]
    fn two_tabs_in_one_frame_take_two_frames() {
        let mut pacing = Pacing::default();
        let (first, _) = frame(&mut pacing, vec![key(Key::Tab), key(Key::Tab), text("a")]);
        assert_eq!(first, vec![key(Key::Tab)]);
        let (second, held) = frame(&mut pacing, Vec::new());
        assert_eq!(second, vec![key(Key::Tab)]);
        assert!(held);
        let (third, held) = frame(&mut pacing, Vec::new());
        assert_eq!(third, vec![text("a")]);
        assert!(!held);
    }

    #[test]
    fn text_after_shift_tab_waits_two_frames() {
        let mut pacing = Pacing::default();
        let back = Event::Key {
            key: Key::Tab,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::SHIFT,
        };
        let (first, _) = frame(&mut pacing, vec![back.clone(), text("a")]);
        assert_eq!(first, vec![back]);
        let (second, held) = frame(&mut pacing, vec![text("b")]);
        assert!(second.is_empty());
        assert!(held);
        let (third, held) = frame(&mut pacing, Vec::new());
        assert_eq!(third, vec![text("a"), text("b")]);
        assert!(!held);
    }

    #[test]
    fn a_frame_with_no_focus_move_passes_as_it_is() {
        let mut pacing = Pacing::default();
        let events = vec![text("a"), key(Key::A), key(Key::Tab)];
        let (out, held) = frame(&mut pacing, events.clone());
        assert_eq!(out, events);
        assert!(!held);
    }
}
