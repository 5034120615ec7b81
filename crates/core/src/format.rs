//! Words and numbers as people read them, shared by the window and the paper so that both
//! say "1 risk" and "3 risks", "£1.5m" and "£250k", and draw their money axes on the same
//! round steps.
//!
//! Exact money and percentages have their own display on the types themselves
//! ([`crate::case::Money`]'s `whole_pounds` and `Display`, [`crate::case::Percent`]'s
//! `Display`); this module holds what sits around them.

/// A count with its noun, "1 error" or "3 errors", for nouns whose plural adds an "s".
pub fn plural(count: usize, noun: &str) -> String {
    format!("{count} {}", noun_for(count, noun))
}

/// The noun alone, agreeing with `count`: "risk" or "risks".
pub fn noun_for(count: usize, noun: &str) -> String {
    if count == 1 {
        noun.to_owned()
    } else {
        format!("{noun}s")
    }
}

/// Picks the word that agrees with `count`: `agree(n, "is", "are")`, `agree(n, "it", "them")`.
pub fn agree<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 { one } else { many }
}

/// Items joined as a sentence lists them: "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}

/// `text` as one line can show it: up to `max_chars` characters, cut at a word and marked
/// with "…" when longer (a case's title in a window title, a long name in a comparison).
pub fn shortened(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return text.into();
    };
    let head = &text[..cut];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space])
        .trim_end();
    format!("{head}…").into()
}

/// The text with its first letter a capital, for a word that starts a sentence or a list
/// item ("Error", "Approve").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An amount of pounds short enough for a chart axis: "£250k", "£1.5m", "£2m", "(£40k)".
pub fn short_pounds(pounds: f64) -> String {
    let size = pounds.abs();
    let body = if size >= 1_000_000.0 {
        let millions = size / 1_000_000.0;
        if (millions - millions.round()).abs() < 0.05 {
            format!("£{millions:.0}m")
        } else {
            format!("£{millions:.1}m")
        }
    } else if size >= 1_000.0 {
        format!("£{:.0}k", size / 1_000.0)
    } else {
        format!("£{size:.0}")
    };
    // A loss in brackets, as every table of the paper and the window shows one.
    if pounds < 0.0 && body != "£0" {
        format!("({body})")
    } else {
        body
    }
}

/// The step between an axis's labelled values for a range `span` wide: the smallest of 1, 2
/// or 5 times a power of ten that gives at most about five steps, so every label is a round
/// amount. A span that is not positive and finite gets a step of 1.
pub fn axis_step(span: f64) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let rough = span / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|multiple| multiple * magnitude)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * magnitude)
}

/// An axis from 0 to at least `largest`: its [`axis_step`] and how many steps it takes (at
/// least one).
pub fn axis_scale(largest: f64) -> (f64, usize) {
    if largest <= 0.0 || !largest.is_finite() {
        return (1.0, 1);
    }
    let step = axis_step(largest);
    let steps = (largest / step).ceil().max(1.0) as usize;
    (step, steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_a_word_and_marked() {
        assert_eq!(shortened("Short enough", 20), "Short enough");
        assert_eq!(
            shortened("Joint firearms training unit", 16),
            "Joint firearms…"
        );
        assert_eq!(shortened("Unbrokenwordthatgoeson", 8), "Unbroken…");
        assert_eq!(shortened("Heddlu ŵ ŷ ŵ ŷ", 9), "Heddlu ŵ…");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(plural(0, "error"), "0 errors");
        assert_eq!(plural(1, "error"), "1 error");
        assert_eq!(plural(3, "warning"), "3 warnings");
        assert_eq!(agree(1, "is", "are"), "is");
        assert_eq!(agree(2, "it", "them"), "them");
        assert_eq!(capitalised("approve"), "Approve");
        assert_eq!(capitalised("Élan"), "Élan");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn short_amounts_round_to_what_an_axis_can_hold() {
        assert_eq!(short_pounds(1_500_000.0), "£1.5m");
        assert_eq!(short_pounds(2_000_000.0), "£2m");
        assert_eq!(short_pounds(250_000.0), "£250k");
        assert_eq!(short_pounds(-40_000.0), "(£40k)");
        assert_eq!(short_pounds(-310_724.0), "(£311k)");
        assert_eq!(short_pounds(-0.4), "£0");
        assert_eq!(short_pounds(600.0), "£600");
    }

    #[test]
    fn axis_steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(axis_scale(930_000.0), (200_000.0, 5));
        assert_eq!(axis_scale(0.0), (1.0, 1));
        assert_eq!(axis_scale(f64::NAN), (1.0, 1));
        assert_eq!(axis_step(1_000.0), 200.0);
        assert_eq!(axis_step(49.0), 10.0);
        assert_eq!(axis_step(-3.0), 1.0);
    }
}
