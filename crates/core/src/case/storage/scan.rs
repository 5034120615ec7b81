//! A light reading of a RON file's shape: where each field and map key is written (line and
//! column) and which keys are written twice in one place.
//!
//! The typed load (serde) knows what a field means but not where it was written; this knows
//! where but not what. Together they let a warning about a hand-edited file say "line 12,
//! column 5: `front_sheet.sumary` is not a field Casewright knows". The scan never decides
//! whether a file loads: on anything it does not understand it gives up, and the file is
//! loaded exactly as before, only with less precise warnings.

use std::ops::Range;

/// A line and column, both counted from 1 (columns in characters), as the RON parser counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// The line.
    pub line: usize,
    /// The column.
    pub column: usize,
}

/// A key written twice in one struct or map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The key's path, e.g. `strategy.objectives.GenerateEfficiencies`.
    pub path: String,
    /// Where it is first written.
    pub first: Position,
    /// Where it is written again.
    pub again: Position,
    /// The bytes of the first entry (key, value and the comma after it).
    pub first_entry: Range<usize>,
}

/// What the scan found.
#[derive(Debug, Default)]
pub struct Shape {
    /// Every field or map key, by path, where it is written; a path written twice appears
    /// twice, in file order.
    pub keys: Vec<(String, Position)>,
    /// Keys written twice in one place.
    pub duplicates: Vec<Duplicate>,
}

impl Shape {
    /// Where `path` is written (the last time, if more than once).
    pub fn position(&self, path: &str) -> Option<Position> {
        self.keys
            .iter()
            .rev()
            .find(|(key, _)| key == path)
            .map(|(_, position)| *position)
    }

    /// Where `path` or the nearest field around it is written.
    pub fn nearest(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(position) = self.position(path) {
                return Some(position);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

/// How deep the scan follows brackets; the RON parser itself stops at 128.
const DEPTH_LIMIT: usize = 100;

/// Scans `text`; `None` if it is not RON the scan understands (the parser will say why).
pub fn scan(text: &str) -> Option<Shape> {
    let mut scanner = Scanner {
        text,
        at: 0,
        line: 1,
        column: 1,
        shape: Shape::default(),
    };
    scanner.space();
    while scanner.text[scanner.at..].starts_with("#!") {
        scanner.skip_attribute()?;
        scanner.space();
    }
    scanner.value("", 0)?;
    Some(scanner.shape)
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    column: usize,
    shape: Shape,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn eat(&mut self, expected: char) -> bool {
        if self.peek() == Some(expected) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Skips white space and comments.
    fn space(&mut self) {
        loop {
            let rest = &self.text[self.at..];
            if rest.starts_with("//") {
                while self.peek().is_some_and(|c| c != '\n') {
                    self.bump();
                }
            } else if rest.starts_with("/*") {
                let mut depth = 0usize;
                while !self.text[self.at..].is_empty() {
                    let rest = &self.text[self.at..];
                    if rest.starts_with("/*") {
                        depth += 1;
                        self.bump();
                    } else if rest.starts_with("*/") {
                        depth -= 1;
                        self.bump();
                        if depth == 0 {
                            self.bump();
                            break;
                        }
                    }
                    self.bump();
                }
            } else if self.peek().is_some_and(char::is_whitespace) {
                self.bump();
            } else {
                return;
            }
        }
    }

    fn skip_attribute(&mut self) -> Option<()> {
        while self.bump()? != ']' {}
        Some(())
    }

    /// An identifier (or a raw identifier `r#name`), if one starts here.
    fn identifier(&mut self) -> Option<String> {
        let start = self.at;
        if self.text[self.at..].starts_with("r#") {
            self.bump();
            self.bump();
        }
        let first = self.peek()?;
        if !(first.is_alphabetic() || first == '_') {
            self.at = start;
            return None;
        }
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.bump();
        }
        Some(
            self.text[start..self.at]
                .trim_start_matches("r#")
                .to_owned(),
        )
    }

    /// Skips one value, recording the keys inside it under `path`.
    fn value(&mut self, path: &str, depth: usize) -> Option<()> {
        if depth > DEPTH_LIMIT {
            return None;
        }
        self.space();
        match self.peek()? {
            '(' => self.parenthesised(path, depth),
            '[' => {
                self.bump();
                let mut index = 0;
                loop {
                    self.space();
                    if self.eat(']') {
                        return Some(());
                    }
                    self.value(&format!("{path}[{index}]"), depth + 1)?;
                    index += 1;
                    self.space();
                    if !self.eat(',') {
                        self.space();
                        return self.eat(']').then_some(());
                    }
                }
            }
            '{' => self.map(path, depth),
            '"' => self.string().map(drop),
            '\'' => self.character(),
            'r' | 'b' if starts_raw_string(&self.text[self.at + 1..]) => {
                self.bump();
                self.string().map(drop)
            }
            c if c.is_alphabetic() || c == '_' => {
                self.identifier()?;
                self.space();
                if self.peek() == Some('(') {
                    // `Some(x)`, `Variant(x)` or `Struct(field: x)`: the name adds nothing to
                    // the path, as serde's own paths leave it out.
                    self.parenthesised(path, depth)
                } else {
                    Some(())
                }
            }
            _ => {
                // A number: digits, signs, points, exponents, underscores, `inf`, `NaN`.
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '+' | '-' | '.' | '_'))
                {
                    self.bump();
                }
                (self.at > start).then_some(())
            }
        }
    }

    /// `( … )`: a struct's fields, or a tuple's elements.
    fn parenthesised(&mut self, path: &str, depth: usize) -> Option<()> {
        self.bump();
        self.space();
        let save = (self.at, self.line, self.column);
        let is_struct = self.identifier().is_some() && {
            self.space();
            self.peek() == Some(':') && !self.text[self.at..].starts_with("::")
        };
        (self.at, self.line, self.column) = save;
        if is_struct {
            return self.entries(path, depth, ')', true);
        }
        let mut elements = 0;
        loop {
            self.space();
            if self.eat(')') {
                break;
            }
            elements += 1;
            // A tuple of one is transparent (`Some(x)`, a newtype); more are indexed.
            let element = format!("{path}[{}]", elements - 1);
            self.value(&element, depth + 1)?;
            self.space();
            if !self.eat(',') {
                self.space();
                if !self.eat(')') {
                    return None;
                }
                break;
            }
        }
        if elements == 1 {
            // Re-file what was recorded under `path[0]` as `path`.
            let indexed = format!("{path}[0]");
            for (key, _) in &mut self.shape.keys {
                if let Some(rest) = key.strip_prefix(&indexed) {
                    *key = format!("{path}{rest}");
                }
            }
            for duplicate in &mut self.shape.duplicates {
                if let Some(rest) = duplicate.path.strip_prefix(&indexed) {
                    duplicate.path = format!("{path}{rest}");
                }
            }
        }
        Some(())
    }

    fn map(&mut self, path: &str, depth: usize) -> Option<()> {
        self.bump();
        self.entries(path, depth, '}', false)
    }

    /// `key: value` entries up to `close`; struct fields are identifiers, map keys any value.
    fn entries(&mut self, path: &str, depth: usize, close: char, fields: bool) -> Option<()> {
        let mut seen: Vec<(String, Position, Range<usize>)> = Vec::new();
        loop {
            self.space();
            if self.eat(close) {
                return Some(());
            }
            let start = self.at;
            let position = self.position();
            let key = if fields {
                self.identifier()?
            } else {
                self.key(depth)?
            };
            let key_path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            self.space();
            if !self.eat(':') {
                return None;
            }
            self.value(&key_path, depth + 1)?;
            self.space();
            let more = self.eat(',');
            if let Some((_, first, entry)) = seen.iter().find(|(k, _, _)| *k == key) {
                self.shape.duplicates.push(Duplicate {
                    path: key_path.clone(),
                    first: *first,
                    again: position,
                    first_entry: entry.clone(),
                });
            }
            seen.push((key, position, start..self.at));
            self.shape.keys.push((key_path, position));
            if !more {
                self.space();
                return self.eat(close).then_some(());
            }
        }
    }

    /// A map key as a path segment: an identifier as written, a string's contents, or the
    /// text of any other value.
    fn key(&mut self, depth: usize) -> Option<String> {
        match self.peek()? {
            '"' => self.string(),
            c if c.is_alphabetic() || c == '_' => {
                let save = (self.at, self.line, self.column);
                let name = self.identifier()?;
                self.space();
                if self.peek() == Some('(') {
                    (self.at, self.line, self.column) = save;
                    let start = self.at;
                    self.value("", depth + 1)?;
                    Some(self.text[start..self.at].to_owned())
                } else {
                    Some(name)
                }
            }
            _ => {
                let start = self.at;
                self.value("", depth + 1)?;
                Some(self.text[start..self.at].trim().to_owned())
            }
        }
    }

    /// A string literal (the opening `"` or `#` next), returning its text with escapes
    /// left as written: enough for a key, which is never escaped in practice.
    fn string(&mut self) -> Option<String> {
        let mut hashes = 0;
        while self.eat('#') {
            hashes += 1;
        }
        if !self.eat('"') {
            return None;
        }
        let start = self.at;
        let raw = hashes > 0 || self.text[..start.saturating_sub(1)].ends_with('r');
        loop {
            let c = self.bump()?;
            if c == '\\' && !raw {
                self.bump()?;
            } else if c == '"' {
                let end = self.at - 1;
                let closing = "#".repeat(hashes);
                if self.text[self.at..].starts_with(&closing) {
                    for _ in 0..hashes {
                        self.bump();
                    }
                    return Some(self.text[start..end].to_owned());
                }
            }
        }
    }

    fn character(&mut self) -> Option<()> {
        self.bump();
        if self.bump()? == '\\' {
            self.bump()?;
            while self.peek().is_some_and(|c| c != '\'') {
                self.bump();
            }
        }
        self.eat('\'').then_some(())
    }
}

/// Whether `rest` (after an `r` or `b`) continues a string literal (`"`, `#"`, `##"`), not a
/// raw identifier such as `r#None`.
fn starts_raw_string(rest: &str) -> bool {
    rest.trim_start_matches('#').starts_with('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_case_is_scanned() {
        let text = include_str!("../../../../../assets/examples/south-west-shared-hr.ron");
        let shape = scan(text).expect("scans");
        assert!(shape.position("front_sheet.summary").is_some());
    }
}
