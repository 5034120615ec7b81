//! Text on the way in: what the user typed, pasted or hand-edited, made safe to print without
//! changing what it says.
//!
//! - A tab becomes a space (a paper has no tab stops); Windows line ends become plain ones;
//!   the line and paragraph separators some programs paste become line breaks.
//! - Other control characters (U+0000–U+001F, U+007F–U+009F) cannot be printed: they are
//!   removed, and the removal is reported.
//! - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) would
//!   print the text after them reversed or reordered, which the writer almost never meant
//!   and a reader cannot see: they are removed and reported. The marks (LRM, RLM, ALM) only
//!   nudge neutral characters and are kept and honoured.
//! - Soft hyphens and zero-width characters are kept: the paper leaves them invisible unless
//!   a line breaks at a soft hyphen (see `crate::report::text`).
//!
//! [`clean`] works on one string; [`Case::normalise`] applies it to every string of a case
//! as a file loads, found generically through serde (see [`super::tree`]), so a field added
//! to the model is covered without being listed here. Text typed or pasted in the window is
//! kept as typed until the case is next opened: validation names any control or direction
//! character in it (on the Review step and in `check`), and the paper leaves them out.
//!
//! [`Case::normalise`]: super::Case::normalise

use std::borrow::Cow;
use std::fmt;

/// Why a character was taken out of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Removed {
    /// A control character: nothing prints for it.
    Control(char),
    /// A bidirectional embedding, override or isolate, which would reorder the text.
    Direction(char),
}

impl Removed {
    /// The character removed.
    pub fn character(self) -> char {
        match self {
            Removed::Control(c) | Removed::Direction(c) => c,
        }
    }
}

impl fmt::Display for Removed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Removed::Control(c) => write!(f, "a control character ({})", code(*c)),
            Removed::Direction(c) => write!(
                f,
                "{} ({}), which would have printed the text after it reordered or backwards",
                direction_name(*c),
                code(*c)
            ),
        }
    }
}

/// A character's code as Unicode writes it: `U+202E`.
pub fn code(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

fn direction_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "a left-to-right embedding",
        '\u{202B}' => "a right-to-left embedding",
        '\u{202C}' => "an end of embedding",
        '\u{202D}' => "a left-to-right override",
        '\u{202E}' => "a right-to-left override",
        '\u{2066}' => "a left-to-right isolate",
        '\u{2067}' => "a right-to-left isolate",
        '\u{2068}' => "a first-strong isolate",
        _ => "an end of isolate",
    }
}

/// Whether `c` is a bidirectional control that [`clean`] removes.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is a control character [`clean`] removes (tab and line feed are kept).
pub fn is_removed_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t' && c != '\r'
}

/// What [`clean`] made of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The text to keep.
    pub text: Cow<'a, str>,
    /// What was taken out, each character once, in the order first met.
    pub removed: Vec<Removed>,
}

/// The text as it should be kept, and what had to be taken out of it.
pub fn clean(text: &str) -> Cleaned<'_> {
    let needs_work = text.chars().any(|c| {
        c.is_control() && c != '\n'
            || is_direction_control(c)
            || matches!(c, '\u{2028}' | '\u{2029}')
    });
    if !needs_work {
        return Cleaned {
            text: Cow::Borrowed(text),
            removed: Vec::new(),
        };
    }
    let mut kept = String::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut note = |removal: Removed| {
        if !removed.contains(&removal) {
            removed.push(removal);
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => kept.push(' '),
            '\r' => {
                // A Windows line end (CR LF) or an old Mac one (CR alone) is one line break.
                if chars.peek() != Some(&'\n') {
                    kept.push('\n');
                }
            }
            '\u{2028}' | '\u{2029}' => kept.push('\n'),
            c if is_direction_control(c) => note(Removed::Direction(c)),
            c if is_removed_control(c) => note(Removed::Control(c)),
            c => kept.push(c),
        }
    }
    Cleaned {
        text: Cow::Owned(kept),
        removed,
    }
}

/// One field whose text [`super::Case::normalise`] changed by taking characters out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChange {
    /// The field, as serde names it: `risks.risks[3].title`.
    pub path: String,
    /// What was taken out.
    pub removed: Vec<Removed>,
}

impl fmt::Display for TextChange {
    /// One sentence however many characters were taken out: the control characters by code,
    /// then the direction controls by name, with what they would have done said once.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let controls: Vec<String> = self
            .removed
            .iter()
            .filter_map(|removed| match removed {
                Removed::Control(c) => Some(code(*c)),
                Removed::Direction(_) => None,
            })
            .collect();
        let directions: Vec<char> = self
            .removed
            .iter()
            .filter_map(|removed| match removed {
                Removed::Direction(c) => Some(*c),
                Removed::Control(_) => None,
            })
            .collect();
        let mut parts = Vec::new();
        match controls.as_slice() {
            [] => {}
            [one] => parts.push(format!("a control character ({one})")),
            several => parts.push(format!("the control characters {}", join(several))),
        }
        match directions.as_slice() {
            [] => {}
            [one] => parts.push(format!(
                "{} ({}), which would have printed the text after it reordered or backwards",
                direction_name(*one),
                code(*one)
            )),
            several => {
                let named: Vec<String> = several
                    .iter()
                    .map(|c| format!("{} ({})", direction_name(*c), code(*c)))
                    .collect();
                parts.push(format!(
                    "{}, which would have printed the text after them reordered or backwards",
                    join(&named)
                ));
            }
        }
        let them = if self.removed.len() == 1 {
            "it"
        } else {
            "them"
        };
        write!(
            f,
            "`{}` had {}; Casewright took {them} out, and the next save keeps the text without {them}",
            self.path,
            parts.join(", and ")
        )
    }
}

/// "a, b and c".
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_untouched() {
        let text = "Heddlu Dyfed-Powys\nsoft\u{AD}hyphen and zero\u{200B}width are kept";
        let cleaned = clean(text);
        assert!(matches!(cleaned.text, Cow::Borrowed(_)));
        assert!(cleaned.removed.is_empty());
    }

    #[test]
    fn tabs_become_spaces_and_line_ends_are_unified() {
        let cleaned = clean("a\tb\r\nc\rd\u{2028}e");
        assert_eq!(cleaned.text, "a b\nc\nd\ne");
        assert!(cleaned.removed.is_empty());
    }

    #[test]
    fn controls_and_overrides_are_removed_and_named() {
        let cleaned = clean("bell\u{7} \u{202E}reversed\u{202C} nul\u{0}\u{0}");
        assert_eq!(cleaned.text, "bell reversed nul");
        assert_eq!(
            cleaned.removed,
            vec![
                Removed::Control('\u{7}'),
                Removed::Direction('\u{202E}'),
                Removed::Direction('\u{202C}'),
                Removed::Control('\u{0}'),
            ]
        );
        assert!(cleaned.removed[1].to_string().contains("U+202E"));
    }

    #[test]
    fn direction_marks_are_kept() {
        let text = "שרה\u{200F} (Sarah)";
        assert_eq!(clean(text).text, text);
    }

    #[test]
    fn several_characters_taken_out_are_one_sentence() {
        let change = TextChange {
            path: "front_sheet.title".into(),
            removed: vec![
                Removed::Control('\u{7}'),
                Removed::Direction('\u{202E}'),
                Removed::Control('\u{1B}'),
                Removed::Direction('\u{2067}'),
            ],
        };
        assert_eq!(
            change.to_string(),
            "`front_sheet.title` had the control characters U+0007 and U+001B, and a right-to-left override (U+202E) and a right-to-left isolate (U+2067), which would have printed the text after them reordered or backwards; Casewright took them out, and the next save keeps the text without them"
        );
    }
}
