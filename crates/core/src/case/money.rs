//! Money and percentages as exact integers.
//!
//! Committee papers are checked to the penny and split percentages must add up to exactly
//! 100%, so neither is held as floating point. Floating point appears only inside the
//! discounting arithmetic in [`crate::case::finance`], and its results are rounded back to
//! whole pence before anyone sees them.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use serde::{Deserialize, Serialize};

/// An amount of money in whole pence (sterling, real prices).
///
/// Saved as a plain integer of pence so that hand-edited files cannot introduce rounding.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    /// No money: the starting point for sums.
    pub const ZERO: Money = Money(0);

    /// An amount given in whole pounds, as people type it.
    pub const fn pounds(pounds: i64) -> Money {
        Money(pounds * 100)
    }

    /// The amount in pence.
    pub const fn pence(self) -> i64 {
        self.0
    }

    /// `share` of the amount, rounded half away from zero to the penny, or `None` where it
    /// cannot be held: a force's target as a share of its budget, a risk's expected cost.
    pub fn share(self, share: Percent) -> Option<Money> {
        let scaled = i128::from(self.0) * i128::from(share.basis_points());
        let rounded = if scaled >= 0 {
            (scaled + 5_000) / 10_000
        } else {
            (scaled - 5_000) / 10_000
        };
        i64::try_from(rounded).ok().map(Money)
    }

    /// The amount in pounds as a float, for charts and discounting only.
    pub fn as_pounds_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Formats in whole pounds with thousands separators ("£1,250,000"), the way committee
    /// tables show money. Negative amounts are shown in brackets, the accounting convention.
    pub fn whole_pounds(self) -> String {
        let rounded = (self.0 as f64 / 100.0).round() as i64;
        let digits = group_thousands(rounded.unsigned_abs());
        if rounded < 0 {
            format!("(£{digits})")
        } else {
            format!("£{digits}")
        }
    }

    /// Parses what a person types into a money field: "£1,250,000", "1250000.50", "-300",
    /// "(300)". Returns `None` when the text is not an amount.
    pub fn parse(text: &str) -> Option<Money> {
        let trimmed = text.trim();
        let (negative, body) = if let Some(inner) = trimmed
            .strip_prefix('(')
            .and_then(|rest| rest.strip_suffix(')'))
        {
            (true, inner)
        } else if let Some(rest) = trimmed.strip_prefix('-') {
            (true, rest)
        } else {
            (false, trimmed)
        };
        let cleaned: String = body
            .trim()
            .trim_start_matches('£')
            .chars()
            .filter(|c| *c != ',' && *c != ' ')
            .collect();
        let total = i64::try_from(parse_hundredths(&cleaned)?).ok()?;
        Some(Money(if negative { -total } else { total }))
    }
}

/// Parses an unsigned decimal with at most two decimal places ("12", "12.5", ".25") into
/// hundredths: pence for money, basis points for percentages.
fn parse_hundredths(text: &str) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || fraction.len() > 2
        || !digits(whole)
        || !digits(fraction)
    {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    whole.checked_mul(100)?.checked_add(fraction)
}

fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

impl fmt::Display for Money {
    /// Pounds and pence with separators ("£1,250,000.00"), used where exact amounts matter.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let abs = self.0.unsigned_abs();
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}£{}.{:02}", group_thousands(abs / 100), abs % 100)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        *self = *self - rhs;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(self.0.saturating_neg())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

/// A percentage held in basis points (1% = 100), so 3.5% is exactly 350 and a custom split
/// can be checked to add up to exactly 100%.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Percent(pub u32);

impl Percent {
    /// One hundred per cent.
    pub const WHOLE: Percent = Percent(10_000);

    /// A percentage from whole and hundredths of a per cent, e.g. `Percent::from_hundredths(350)` for 3.5%.
    pub const fn from_hundredths(basis_points: u32) -> Percent {
        Percent(basis_points)
    }

    /// The basis points.
    pub const fn basis_points(self) -> u32 {
        self.0
    }

    /// As a fraction (3.5% → 0.035), for arithmetic.
    pub fn fraction(self) -> f64 {
        f64::from(self.0) / 10_000.0
    }

    /// Parses "3.5", "3.5%", "41 %". At most two decimal places.
    pub fn parse(text: &str) -> Option<Percent> {
        let cleaned = text.trim().trim_end_matches('%').trim();
        u32::try_from(parse_hundredths(cleaned)?).ok().map(Percent)
    }
}

impl fmt::Display for Percent {
    /// "3.5%", "100%", "33.33%": no trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 100;
        let hundredths = self.0 % 100;
        if hundredths == 0 {
            write!(f, "{whole}%")
        } else if hundredths.is_multiple_of(10) {
            write!(f, "{whole}.{}%", hundredths / 10)
        } else {
            write!(f, "{whole}.{hundredths:02}%")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_of_money_rounds_half_away_from_zero_to_the_penny() {
        // 3% of £1.50 is 4.5p; of -£1.50, -4.5p.
        assert_eq!(Money(150).share(Percent(300)), Some(Money(5)));
        assert_eq!(Money(-150).share(Percent(300)), Some(Money(-5)));
        assert_eq!(Money(149).share(Percent(300)), Some(Money(4)));
        assert_eq!(
            Money::pounds(1_000).share(Percent(1_250)),
            Some(Money::pounds(125))
        );
        assert_eq!(Money(i64::MAX).share(Percent(20_000)), None);
    }

    #[test]
    fn money_formats_like_a_committee_table() {
        assert_eq!(Money::pounds(1_250_000).whole_pounds(), "£1,250,000");
        assert_eq!(Money::pounds(-300).whole_pounds(), "(£300)");
        assert_eq!(Money(12_345_678).to_string(), "£123,456.78");
        assert_eq!(Money(-5).to_string(), "-£0.05");
        assert_eq!(Money::ZERO.whole_pounds(), "£0");
    }

    #[test]
    fn money_parses_what_people_type() {
        assert_eq!(Money::parse("£1,250,000"), Some(Money::pounds(1_250_000)));
        assert_eq!(Money::parse(" 1250000.5 "), Some(Money(125_000_050)));
        assert_eq!(Money::parse("(300)"), Some(Money::pounds(-300)));
        assert_eq!(Money::parse("-£12.34"), Some(Money(-1234)));
        assert_eq!(Money::parse("12.345"), None);
        assert_eq!(Money::parse("twelve"), None);
        assert_eq!(Money::parse(""), None);
    }

    #[test]
    fn percent_round_trips_through_text() {
        assert_eq!(Percent::parse("3.5%"), Some(Percent(350)));
        assert_eq!(Percent::parse("41"), Some(Percent(4100)));
        assert_eq!(Percent::parse("33.33"), Some(Percent(3333)));
        assert_eq!(Percent::parse("abc"), None);
        assert_eq!(Percent(350).to_string(), "3.5%");
        assert_eq!(Percent(3333).to_string(), "33.33%");
        assert_eq!(Percent::WHOLE.to_string(), "100%");
        assert_eq!(Percent(5).to_string(), "0.05%");
    }
}
