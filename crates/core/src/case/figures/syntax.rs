//! How a reference is written inside a text: `{{name key="value" key="value"}}`.
//!
//! Double braces never occur in a committee paper's prose by accident, a hand-editor of the
//! save file can read `{{npv option="LeadForce"}}` without help, and the text stays one plain
//! string, so copying, pasting, undo, `fmt` and the save file carry references with no
//! machinery of their own. A name is lower-case letters and underscores; a value is quoted
//! and holds no quote. Text between `{{` and `}}` that is not in this shape is left as text.

use std::fmt;

/// What opens a reference.
pub const OPEN: &str = "{{";
/// What closes a reference.
pub const CLOSE: &str = "}}";

/// A reference as written: the figure's name and its arguments, in order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The figure's name: "npv", "force_net".
    pub name: String,
    /// The arguments: ("option", "LeadForce").
    pub args: Vec<(String, String)>,
}

impl Reference {
    /// A reference to `name` with `args`.
    pub fn new(name: &str, args: &[(&str, &str)]) -> Reference {
        Reference {
            name: name.to_owned(),
            args: args
                .iter()
                .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
                .collect(),
        }
    }

    /// The value of argument `key`, if given.
    pub fn arg(&self, key: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    }

    /// The same reference with argument `key` set to `value` (added, or replaced).
    pub fn with(mut self, key: &str, value: &str) -> Reference {
        match self.args.iter_mut().find(|(k, _)| k == key) {
            Some((_, old)) => *old = value.to_owned(),
            None => self.args.push((key.to_owned(), value.to_owned())),
        }
        self
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{OPEN}{}", self.name)?;
        for (key, value) in &self.args {
            write!(f, " {key}=\"{value}\"")?;
        }
        write!(f, "{CLOSE}")
    }
}

/// A piece of a text: plain text, or a reference with the text it was written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text as typed.
    Text(&'a str),
    /// A reference, and the characters that wrote it.
    Reference(Reference, &'a str),
}

/// The text cut into plain text and references, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain_start = 0;
    let mut offset = 0;
    while let Some(open) = rest.find(OPEN) {
        let after = &rest[open + OPEN.len()..];
        let Some(close) = after.find(CLOSE) else {
            break;
        };
        let inner = &after[..close];
        let start = offset + open;
        let end = start + OPEN.len() + close + CLOSE.len();
        if let Some(reference) = parse(inner) {
            if plain_start < start {
                out.push(Piece::Text(&text[plain_start..start]));
            }
            out.push(Piece::Reference(reference, &text[start..end]));
            plain_start = end;
            offset = end;
        } else {
            offset = start + OPEN.len();
        }
        rest = &text[offset..];
    }
    if plain_start < text.len() {
        out.push(Piece::Text(&text[plain_start..]));
    }
    out
}

/// Every reference in the text with its byte range.
pub fn references(text: &str) -> Vec<(Reference, std::ops::Range<usize>)> {
    let base = text.as_ptr() as usize;
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Reference(reference, written) => {
                let start = written.as_ptr() as usize - base;
                Some((reference, start..start + written.len()))
            }
            Piece::Text(_) => None,
        })
        .collect()
}

/// Reads `name key="value" …`, or `None` if it is not in that shape.
fn parse(inner: &str) -> Option<Reference> {
    let inner = inner.trim();
    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
    let name = &inner[..name_end];
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return None;
    }
    let mut args = Vec::new();
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let (key, after) = rest.split_once('=')?;
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return None;
        }
        let after = after.trim_start().strip_prefix('"')?;
        let (value, after) = after.split_once('"')?;
        args.push((key.to_owned(), value.to_owned()));
        rest = after.trim_start();
    }
    Some(Reference {
        name: name.to_owned(),
        args,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_reads_back_as_written() {
        let reference = Reference::new("force_net", &[("force", "gwent"), ("year", "2027/28")]);
        let text = format!("Gwent's position is {reference} in the first year.");
        let pieces = pieces(&text);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[0], Piece::Text("Gwent's position is "));
        assert!(matches!(&pieces[1], Piece::Reference(r, _) if *r == reference));
        assert_eq!(pieces[2], Piece::Text(" in the first year."));
        assert_eq!(references(&text)[0].1, 20..20 + reference.to_string().len());
    }

    #[test]
    fn braces_that_are_not_a_reference_stay_text() {
        for text in [
            "{{",
            "a {{ b",
            "{{Not a name}}",
            "{{npv option=LeadForce}}",
            "{{}}",
            "}} {{",
        ] {
            assert!(
                pieces(text)
                    .iter()
                    .all(|piece| matches!(piece, Piece::Text(_))),
                "{text}"
            );
        }
        let text = "{{ {{npv}}";
        assert_eq!(
            pieces(text),
            vec![
                Piece::Text("{{ "),
                Piece::Reference(Reference::new("npv", &[]), "{{npv}}")
            ]
        );
    }
}
