//! The RON parser's errors, said again in words a collaboration lead can act on.
//!
//! The parser says "Integer is out of bounds" or "input is out of range"; the user needs to
//! know which field, what is wrong with the value they typed and what to do. The parser's
//! own words are kept beside the plain message as a detail, for whoever supports them.

use chrono::{Datelike, NaiveDate};
use ron::error::Error;

/// What to do about a file that cannot be read as it stands.
const FIX: &str = "Correct it in a text editor and open the file again, or open an earlier copy";

/// The message for a file that stops before its brackets are closed.
fn ends_too_soon() -> String {
    format!(
        "the file ends too soon: a bracket or quotation mark opened earlier is never closed, so the file may have been cut short when it was copied. {FIX}"
    )
}

/// The plain message for a parse error `code` at byte `at` of `text`.
pub fn plain(code: &Error, text: &str, at: usize) -> String {
    let field = field_before(text, at);
    let named = field.map_or_else(|| "this value".to_owned(), |name| format!("`{name}`"));
    // A file cut short inside a word (`falls_in: S`) reads as a complete word followed by
    // nothing, which the reader reports as a missing comma or bracket at that last word.
    let at_end = text.get(at..).is_none_or(|rest| {
        rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_')
            .trim()
            .is_empty()
    });
    match code {
        Error::Eof => ends_too_soon(),
        Error::ExpectedComma
        | Error::ExpectedArrayEnd
        | Error::ExpectedMapEnd
        | Error::ExpectedStructLikeEnd
        | Error::ExpectedMapColon
            if at_end =>
        {
            ends_too_soon()
        }
        Error::ExceededRecursionLimit => format!(
            "brackets are nested far deeper here than any case nests them, so the file is damaged or was not written by Casewright. {FIX}"
        ),
        Error::IntegerOutOfBounds => {
            let number = token_at(text, at);
            format!(
                "the number {number} is too large for {named}, or negative where only a positive number makes sense (money is written in whole pence, percentages in hundredths: 350 is 3.5%). {FIX}"
            )
        }
        Error::Message(message) if is_date_error(message) => {
            let value = string_near(text, at).unwrap_or_default();
            format!("{}. {FIX}", date_problem(&value, &named))
        }
        // The model's own rules ("a score is from 1 to 5") are already plain.
        Error::Message(message) => format!("{named}: {message}. {FIX}"),
        Error::DuplicateStructField { field, .. } => {
            format!(
                "`{field}` is written twice in the same place. Delete one of them and open the file again"
            )
        }
        Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "`{found}` is not one of the choices for {named}; the choices are {}. {FIX}",
            choices(expected)
        ),
        Error::InvalidValueForType { expected, found } => format!(
            "{named} should be {} but is {found}. {FIX}",
            plain_type(expected)
        ),
        Error::ExpectedStringEnd => format!(
            "the text of {named} is never closed with a quotation mark, so the file ends too soon: it may have been cut short when it was copied. {FIX}"
        ),
        Error::ExpectedString => format!(
            "{named} should be text in double quotation marks (\"like this\"), with any quotation mark inside it written \\\". {FIX}"
        ),
        Error::ExpectedInteger | Error::ExpectedFloat | Error::InvalidIntegerDigit { .. } => {
            format!("{named} should be a whole number (digits only, no £ sign or commas). {FIX}")
        }
        Error::ExpectedBoolean => format!("{named} should be true or false. {FIX}"),
        Error::ExpectedComma => format!(
            "a comma is missing between two entries (look at the end of the line before this place). {FIX}"
        ),
        Error::ExpectedMapColon => {
            format!("a colon is missing after the name of an entry. {FIX}")
        }
        Error::ExpectedArrayEnd | Error::ExpectedMapEnd | Error::ExpectedStructLikeEnd => {
            format!("a closing bracket is missing, or there is something extra before it. {FIX}")
        }
        Error::TrailingCharacters => format!(
            "there is more text after the end of the case; delete what follows the last closing bracket. {FIX}"
        ),
        Error::InvalidEscape(_) => format!(
            "a backslash in the text starts a code Casewright does not know; write a backslash as \\\\. {FIX}"
        ),
        Error::UnclosedBlockComment => {
            format!("a comment opened with /* is never closed with */. {FIX}")
        }
        Error::UnexpectedChar(c) => format!("the character `{c}` does not belong here. {FIX}"),
        _ => format!("the file does not follow the case file format here. {FIX}"),
    }
}

/// The message for a file that does not start as a case does: an empty file, a letter, a
/// web page, a CSV export.
pub fn not_a_case(text: &str) -> String {
    let start = text.trim_start();
    if start.starts_with("{\\rtf") {
        return "it is a Rich Text document (.rtf), not a Casewright case; open the .ron file that Casewright saved".to_owned();
    }
    if start.starts_with('<') {
        return "it is a web page or XML file, not a Casewright case; open the .ron file that Casewright saved".to_owned();
    }
    "it is not a Casewright case: a case file starts with `(` and then `format_version`. Open the .ron file that Casewright saved".to_owned()
}

/// Whether a custom error message is one of chrono's date parse errors.
fn is_date_error(message: &str) -> bool {
    [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
    ]
    .contains(&message)
}

/// What is wrong with a date as written, e.g. "2026-02-30 is not a date: February 2026 has
/// 28 days".
fn date_problem(value: &str, named: &str) -> String {
    let parts: Vec<Option<u32>> = value.split('-').map(|part| part.parse().ok()).collect();
    let how = "dates are written year-month-day, e.g. \"2026-03-04\"";
    match parts.as_slice() {
        [Some(year), Some(month), Some(day)] => {
            let Some(first) = i32::try_from(*year)
                .ok()
                .and_then(|year| NaiveDate::from_ymd_opt(year, (*month).clamp(1, 12), 1))
            else {
                return format!("{value} in {named} is not a date Casewright can read: {how}");
            };
            if !(1..=12).contains(month) {
                return format!("{value} in {named} is not a date: there is no month {month}");
            }
            let next = first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first);
            let days = next.signed_duration_since(first).num_days();
            if *day == 0 || i64::from(*day) > days {
                format!(
                    "{value} in {named} is not a date: {} {} has {days} days",
                    first.format("%B"),
                    first.year()
                )
            } else {
                format!("{value} in {named} is not a date Casewright can read: {how}")
            }
        }
        _ => format!("\"{value}\" in {named} is not a date Casewright can read: {how}"),
    }
}

/// The choices an enum allows, as a list: "Draft, Final".
fn choices(expected: &[&str]) -> String {
    match expected {
        [] => "none".to_owned(),
        [only] => format!("`{only}`"),
        [rest @ .., last] => format!(
            "{} or `{last}`",
            rest.iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The parser's name for a type, in plain words.
fn plain_type(expected: &str) -> String {
    let lower = expected.to_lowercase();
    if lower.contains("string") {
        "text in double quotation marks".to_owned()
    } else if lower.contains("integer") || lower.starts_with('u') || lower.starts_with('i') {
        "a whole number".to_owned()
    } else if lower.contains("bool") {
        "true or false".to_owned()
    } else if lower.contains("sequence") || lower.contains("array") {
        "a list in square brackets".to_owned()
    } else if lower.contains("map") || lower.contains("struct") {
        "a group of fields in brackets".to_owned()
    } else {
        expected.to_owned()
    }
}

/// The name of the field whose value is at byte `at`: the nearest `name:` before it.
fn field_before(text: &str, at: usize) -> Option<String> {
    let before = &text[..floor_boundary(text, at)];
    let colon = before.rfind(':')?;
    let name: String = before[..colon]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!name.is_empty() && name.chars().next().is_some_and(|c| !c.is_ascii_digit())).then_some(name)
}

/// The token (a number, a word) at or just before byte `at`.
fn token_at(text: &str, at: usize) -> String {
    let at = floor_boundary(text, at);
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '.');
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_part(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .find(|(_, c)| !is_part(*c))
        .map_or(text.len(), |(i, _)| at + i);
    let token = &text[start..end];
    if token.is_empty() {
        "here".to_owned()
    } else {
        token.chars().take(40).collect()
    }
}

/// The contents of the string literal at or nearest before byte `at` on its line.
fn string_near(text: &str, at: usize) -> Option<String> {
    let at = floor_boundary(text, at);
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let quotes: Vec<usize> = line.match_indices('"').map(|(i, _)| i).collect();
    let offset = at - line_start;
    quotes
        .chunks(2)
        .filter(|pair| pair.len() == 2)
        .rfind(|pair| pair[0] <= offset)
        .map(|pair| line[pair[0] + 1..pair[1]].to_owned())
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte offset of a 1-based line and column (in characters) in `text`.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (index, content) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            return offset
                + content
                    .char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(content.len(), |(i, _)| i);
        }
        offset += content.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_cut_inside_a_word_ends_too_soon() {
        let text = "(finance: (falls_in: S";
        assert!(
            plain(&Error::ExpectedComma, text, text.len()).starts_with("the file ends too soon")
        );
        assert!(plain(&Error::ExpectedComma, "(a: 1 b: 2)", 6).starts_with("a comma is missing"));
    }

    #[test]
    fn impossible_dates_say_what_is_wrong() {
        assert_eq!(
            date_problem("2026-02-30", "`meeting_date`"),
            "2026-02-30 in `meeting_date` is not a date: February 2026 has 28 days"
        );
        assert_eq!(
            date_problem("2028-02-30", "`x`"),
            "2028-02-30 in `x` is not a date: February 2028 has 29 days"
        );
        assert!(date_problem("2026-13-01", "`x`").contains("there is no month 13"));
        assert!(date_problem("4 March", "`x`").contains("year-month-day"));
    }

    #[test]
    fn the_field_and_the_value_are_found_around_the_error() {
        let text = "(risks: [(likelihood: 99999999999)])";
        let at = text.find('9').expect("a nine");
        assert_eq!(field_before(text, at).as_deref(), Some("likelihood"));
        assert_eq!(token_at(text, at + 3), "99999999999");
        let text = "(meeting_date: \"2026-02-30\")";
        assert_eq!(string_near(text, 17).as_deref(), Some("2026-02-30"));
    }

    #[test]
    fn offsets_count_characters_within_a_line() {
        let text = "ab\n£c\nd";
        assert_eq!(offset_of(text, 2, 2), 5);
        assert_eq!(&text[offset_of(text, 3, 1)..], "d");
    }
}
