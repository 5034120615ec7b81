//! Dates as people in the UK write them: `17/02/2027`, `17 Feb 2027`, `17 February 2027` and
//! `2027-02-17` all mean the same day. The day always comes before the month (UK order), so
//! `02/17/2027`, the US order, is refused with a message saying so rather than read as
//! another day. Every date field of the app reads what is typed through [`parse_date`].

use chrono::{Datelike, NaiveDate};
use thiserror::Error;

/// Why typed text is not a date, in words for the field's note.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    /// Nothing recognisable as a date.
    #[error("{0:?} is not a date: type it as 17/02/2027, 17 Feb 2027 or 2027-02-17")]
    Unreadable(String),
    /// The month-first (US) order: the second number is more than 12.
    #[error(
        "{text} has the month first: dates are day first, so type {day}/{month:02}/{year} for {long}"
    )]
    MonthFirst {
        /// What was typed.
        text: String,
        /// The day it seems to mean.
        day: u32,
        /// The month it seems to mean.
        month: u32,
        /// The year.
        year: i32,
        /// The date in words.
        long: String,
    },
    /// A month number outside 1 to 12.
    #[error("{0} is not a month: give a month from 1 to 12 (17/02/2027 is 17 February 2027)")]
    NoSuchMonth(u32),
    /// A day the month does not have.
    #[error("{month} {year} has {days} days, so there is no day {day}")]
    NoSuchDay {
        /// The day typed.
        day: u32,
        /// The month's name.
        month: &'static str,
        /// The year.
        year: i32,
        /// How many days the month has.
        days: u32,
    },
}

/// The months' names, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date in words, as the fields echo it and the paper prints it: "Wednesday 17 February 2027".
pub fn long_form(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// Reads a date typed in any of the forms UK users write: `2027-02-17`; `17/02/2027`,
/// `17/2/27`, `17.02.2027` or `17-02-2027` (day first); `17 Feb 2027`, `17 February 2027`,
/// `17th February 2027`, `Wednesday 17 February 2027` and `February 17, 2027` (month named, so
/// the order cannot mislead). A two-digit year is in this century. Surrounding spaces and
/// letter case do not matter.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let trimmed = text.trim();
    let unreadable = || DateError::Unreadable(trimmed.to_owned());
    let tokens = tokens(trimmed);
    if tokens.is_empty() {
        return Err(unreadable());
    }
    match tokens.as_slice() {
        // 2027-02-17: four digits first means year, month, day.
        [
            Token::Number(year, 4),
            Token::Number(month, _),
            Token::Number(day, _),
        ] => day_of(
            i32::try_from(*year).map_err(|_| unreadable())?,
            *month,
            *day,
        ),
        // 17/02/2027, day first; 02/17/2027 is refused as the US order.
        [
            Token::Number(day, _),
            Token::Number(month, _),
            Token::Number(year, digits),
        ] => {
            let year = full_year(*year, *digits).ok_or_else(unreadable)?;
            if *month > 12 && (1..=12).contains(day) {
                let long = day_of(year, *day, *month)
                    .map(long_form)
                    .unwrap_or_default();
                if !long.is_empty() {
                    return Err(DateError::MonthFirst {
                        text: trimmed.to_owned(),
                        day: *month,
                        month: *day,
                        year,
                        long,
                    });
                }
            }
            day_of(year, *month, *day)
        }
        _ => named_month(&tokens).ok_or_else(unreadable)?,
    }
}

/// Reads what a date field holds: empty text is no date.
pub fn parse_optional_date(text: &str) -> Result<Option<NaiveDate>, DateError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// A piece of typed date: a number with how many digits it was written with, or a word.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(u32, usize),
    Word(String),
}

/// Splits text at spaces, commas, slashes, dots and dashes; "17th" reads as 17.
fn tokens(text: &str) -> Vec<Token> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '.' | '-'))
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let lower = piece.to_lowercase();
            let digits = lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
            let ordinal = ["st", "nd", "rd", "th"]
                .iter()
                .any(|suffix| lower.strip_suffix(suffix) == Some(digits));
            let number = if digits.chars().all(|c| c.is_ascii_digit())
                && !digits.is_empty()
                && (ordinal || digits == lower)
                && digits.len() <= 9
            {
                digits.parse::<u32>().ok().map(|n| (n, digits.len()))
            } else {
                None
            };
            match number {
                Some((n, len)) => Token::Number(n, len),
                None => Token::Word(lower),
            }
        })
        .collect()
}

/// A month named in full or by its first three letters ("sept" too).
fn month_named(word: &str) -> Option<u32> {
    MONTHS.iter().zip(1..).find_map(|(name, number)| {
        let name = name.to_lowercase();
        let known = word == name || (word.len() >= 3 && name.starts_with(word));
        known.then_some(number)
    })
}

/// Whether `word` is a day of the week, in full or shortened ("Wed").
fn is_weekday(word: &str) -> bool {
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .any(|day| word.len() >= 3 && day.starts_with(word))
}

/// `17 February 2027` or `February 17 2027`, after an optional day of the week.
fn named_month(tokens: &[Token]) -> Option<Result<NaiveDate, DateError>> {
    let tokens = match tokens.first() {
        Some(Token::Word(word)) if is_weekday(word) => &tokens[1..],
        _ => tokens,
    };
    let (day, month, year) = match tokens {
        [
            Token::Number(day, _),
            Token::Word(month),
            Token::Number(year, digits),
        ]
        | [
            Token::Word(month),
            Token::Number(day, _),
            Token::Number(year, digits),
        ] => (*day, month_named(month)?, full_year(*year, *digits)?),
        _ => return None,
    };
    Some(day_of(year, month, day))
}

/// A year as typed: four digits as it is, two digits in this century.
fn full_year(year: u32, digits: usize) -> Option<i32> {
    match digits {
        1 | 2 => i32::try_from(2000 + year).ok(),
        4 => i32::try_from(year).ok(),
        _ => None,
    }
}

/// The day, or why the month has no such day.
fn day_of(year: i32, month: u32, day: u32) -> Result<NaiveDate, DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth(month));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let first = NaiveDate::from_ymd_opt(year, month, 1);
        let next = first.and_then(|first| first.checked_add_months(chrono::Months::new(1)));
        let days = first
            .zip(next)
            .map_or(31, |(first, next)| (next - first).num_days() as u32);
        DateError::NoSuchDay {
            day,
            month: MONTHS[month as usize - 1],
            year,
            days,
        }
    })
}

/// The date as the field shows it once it reads: day first, as typed in the UK.
pub fn short_form(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a real day")
    }

    #[test]
    fn the_forms_people_write_read_as_the_same_day() {
        let expected = day(2027, 2, 17);
        for text in [
            "17/02/2027",
            "17/2/2027",
            "17/2/27",
            "17.02.2027",
            "17-02-2027",
            "17 Feb 2027",
            "17 feb 2027",
            "17 February 2027",
            "17th February 2027",
            "Wednesday 17 February 2027",
            "Wed, 17 Feb 2027",
            "February 17, 2027",
            "2027-02-17",
            "  2027-2-17 ",
        ] {
            assert_eq!(parse_date(text), Ok(expected), "{text}");
        }
        assert_eq!(parse_date("3 Sept 2026"), Ok(day(2026, 9, 3)));
    }

    #[test]
    fn the_us_order_is_refused_with_the_day_first_form() {
        let error = parse_date("02/17/2027").expect_err("month first");
        assert_eq!(
            error.to_string(),
            "02/17/2027 has the month first: dates are day first, so type 17/02/2027 for Wednesday 17 February 2027"
        );
        // Both readings possible: the UK one is taken (3 April, not 4 March).
        assert_eq!(parse_date("03/04/2027"), Ok(day(2027, 4, 3)));
    }

    #[test]
    fn impossible_and_unreadable_dates_say_why() {
        assert_eq!(
            parse_date("30/02/2026").map_err(|e| e.to_string()),
            Err("February 2026 has 28 days, so there is no day 30".to_owned())
        );
        assert_eq!(
            parse_date("2026-13-01").map_err(|e| e.to_string()),
            Err(
                "13 is not a month: give a month from 1 to 12 (17/02/2027 is 17 February 2027)"
                    .to_owned()
            )
        );
        for text in [
            "",
            "next Tuesday",
            "17",
            "17/02",
            "17 Fbr 2027",
            "2027",
            "17/02/2027/1",
            "17/02/202",
            "99999999999/1/1",
            "١٧/٠٢/٢٠٢٧",
            "17th/02/2027x",
        ] {
            assert!(parse_date(text).is_err(), "{text}");
        }
        assert_eq!(parse_optional_date("  "), Ok(None));
    }

    proptest::proptest! {
        /// Every day from 1990 to 2100, written in each form, reads back as that day.
        #[test]
        fn every_form_reads_back_as_the_same_day(offset in 0_i64..40_542) {
            let date = day(1990, 1, 1) + chrono::Duration::days(offset);
            let month = MONTHS[date.month0() as usize];
            for text in [
                short_form(date),
                date.format("%Y-%m-%d").to_string(),
                date.format("%-d/%-m/%Y").to_string(),
                format!("{} {} {}", date.day(), &month[..3], date.year()),
                format!("{} {month} {}", date.day(), date.year()),
                long_form(date),
            ] {
                proptest::prop_assert_eq!(parse_date(&text), Ok(date), "{}", text);
            }
        }

        /// A day after the 12th written month first is refused, never read as another day.
        #[test]
        fn the_us_order_is_never_read_as_another_day(offset in 0_i64..40_542) {
            let date = day(1990, 1, 1) + chrono::Duration::days(offset);
            proptest::prop_assume!(date.day() > 12);
            let us = format!("{:02}/{:02}/{}", date.month(), date.day(), date.year());
            let refused = matches!(parse_date(&us), Err(DateError::MonthFirst { .. }));
            proptest::prop_assert!(refused, "{}", us);
        }

        /// Whatever is typed, the answer is a day or a reason, never a panic.
        #[test]
        fn any_text_reads_or_says_why(text in "\\PC{0,40}") {
            if let Ok(date) = parse_date(&text) {
                proptest::prop_assert_eq!(parse_date(&short_form(date)), Ok(date));
            }
        }
    }
}
