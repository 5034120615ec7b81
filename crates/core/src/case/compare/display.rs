//! The comparison as plain text, under each step's name, as `casewright diff` prints it and
//! a board member reads it: "was … now …" for words and figures, "Added" and "Removed" for
//! items of lists.

use std::fmt;

use super::words::{WordsWere, in_context};
use super::{Change, Comparison, FigureMove, What};

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() && self.figures.is_empty() {
            return writeln!(f, "No changes.");
        }
        if !self.differs() {
            writeln!(
                f,
                "No change of substance: only the order of some items changed."
            )?;
        }
        for (step, changes) in self.by_step() {
            writeln!(f, "\n{}", step.label())?;
            for change in changes {
                writeln!(f, "  {change}")?;
            }
        }
        if !self.figures.is_empty() {
            writeln!(f, "\nWhat the figures move")?;
            for figure in &self.figures {
                writeln!(f, "  {figure}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = self.place_label();
        match &self.what {
            What::Added(item) if self.place.is_empty() => write!(f, "Added: {item}"),
            What::Removed(item) if self.place.is_empty() => write!(f, "Removed: {item}"),
            What::Added(item) => write!(f, "Added to {place}: {item}"),
            What::Removed(item) => write!(f, "Removed from {place}: {item}"),
            What::Reordered => write!(f, "{place}: the same items in another order"),
            What::Value { old, new } => write!(f, "{place}: {old} → {new}"),
            What::Text(runs) => write!(f, "{place}: {}", marked(runs)),
        }
    }
}

impl fmt::Display for FigureMove {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} → {}", self.figure, self.old, self.new)
    }
}

/// A text change in words: what was kept around it, and each change in brackets, "[was
/// “£3.3”, now “£3.5”]", "[added “…”]", "[removed “…”]", with the spaces around the changed
/// words kept outside the brackets.
pub fn marked(runs: &[super::Run]) -> String {
    let shown = in_context(runs);
    let mut out = String::new();
    let mut i = 0;
    while i < shown.len() {
        let run = &shown[i];
        let next = shown.get(i + 1);
        match run.were {
            WordsWere::Kept => out.push_str(&run.text),
            WordsWere::Removed if next.is_some_and(|n| n.were == WordsWere::Added) => {
                let added = next.map_or("", |n| n.text.as_str());
                let inner = format!(
                    "was \u{201c}{}\u{201d}, now \u{201c}{}\u{201d}",
                    run.text.trim(),
                    added.trim()
                );
                bracket(&mut out, &format!("{}{added}", run.text), &inner);
                i += 1;
            }
            WordsWere::Removed => {
                let inner = format!("removed \u{201c}{}\u{201d}", run.text.trim());
                bracket(&mut out, &run.text, &inner);
            }
            WordsWere::Added => {
                let inner = format!("added \u{201c}{}\u{201d}", run.text.trim());
                bracket(&mut out, &run.text, &inner);
            }
        }
        i += 1;
    }
    out
}

/// Writes `[inner]` for the changed `text`, with a space before it where the text began
/// with one and after it where the text ended with one.
fn bracket(out: &mut String, text: &str, inner: &str) {
    if text.starts_with(char::is_whitespace) && !out.ends_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push('[');
    out.push_str(inner);
    out.push(']');
    if text.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}
