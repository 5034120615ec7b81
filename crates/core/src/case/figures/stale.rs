//! Figures typed by hand that the figures no longer bear out, and plain words the figures
//! contradict.
//!
//! The check reads every piece of free text ([`crate::case::prose`]) with its live
//! references taken out, and flags:
//! - an amount quoted beside words that make it a figure of the case ("net present value",
//!   "net saving", "balancing payment", …) that matches no current figure within the
//!   rounding it was typed to ("£1.43 million" is ±£5,000, "£1,431,442" ±50p), and any
//!   amount anywhere (but "a year") within a quarter of an option's net present value that
//!   does not match a figure: the quote a changed saving leaves behind;
//! - "net cost", "net saving", "better off" or "close to neutral" said of a force whose
//!   position (in the year the sentence names, or over the period) has the other sign;
//! - "highest net present value" said of an option that is not first;
//! - a benefit–cost ratio typed beside its name ("a BCR of 1.36") that is no option's ratio
//!   now, to the places it was typed to;
//! - "no compulsory redundancies" beside a count of redundancies, and a count of
//!   redundancies that is not the workforce table's;
//! - a funding source named in words ("met from reserves") that carries nothing in the
//!   preferred option's funding table.
//!
//! Each stale amount names the current figure it most likely meant; where that is clear (the
//! nearest figure within a quarter of what was typed), [`Stale::meant`] carries the reference
//! that Review's "Replace with the live figure" puts in its place.

use crate::case::Case;
use crate::case::finance::affordability::SavingsTarget;
use crate::case::finance::contingency::ContingencySize;
use crate::case::finance::{FundingSource, Prices};
use crate::case::fingerprint;
use crate::case::money::Money;
use crate::case::options::OptionKind;
use crate::case::prose::{self, Passage};
use crate::case::validate::{Anchor, Finding, Severity};

use super::catalogue::{Figure, Figures, MoneyStyle, OptionMeasure, Value};
use super::syntax::{self, Reference};

/// A figure typed by hand that no current figure matches, or words the figures contradict.
#[derive(Debug, Clone, PartialEq)]
pub struct Stale {
    /// The field.
    pub anchor: Anchor,
    /// The field's whole text, to find it again.
    pub text: String,
    /// What was typed ("£1.43 million"), or the contradicted words.
    pub typed: String,
    /// The reference to put in place of `typed`, where the figure meant is clear.
    pub meant: Option<Reference>,
    /// What the finding says.
    pub message: String,
}

impl Stale {
    /// The finding Review and `check` show.
    pub fn finding(&self) -> Finding {
        Finding {
            severity: Severity::Warning,
            message: self.message.clone(),
            anchor: self.anchor,
        }
    }
}

/// Words that make an amount beside them a figure of the case.
const FIGURE_WORDS: [&str; 10] = [
    "net present value",
    "npv",
    "present value",
    "net saving",
    "net cost",
    "net position",
    "balancing payment",
    "better off",
    "worse off",
    "net contributor",
];

/// How far from a present value an amount may be and still be taken for a quote of it.
const NEAR: f64 = 0.25;

/// Every stale figure and contradiction in the case's text.
pub fn stale(case: &Case) -> Vec<Stale> {
    stale_with(case, &Figures::of(case))
}

/// [`stale`] with the case's figures already worked out.
pub fn stale_with(case: &Case, figures: &Figures<'_>) -> Vec<Stale> {
    let mut amounts = None;
    let mut out = Vec::new();
    for passage in prose::passages(case) {
        in_passage(case, figures, &passage, &mut amounts, &mut out);
    }
    out
}

/// What [`stale_remembering`] keeps from one run to the next: each passage's findings, and
/// a fingerprint of everything else in the case they were read against.
#[derive(Debug, Default)]
pub struct Memo {
    /// The fingerprint of the case but its passages ([`fingerprint::without`]) when the
    /// findings below were made.
    rest: Option<u64>,
    /// Each passage read, in the order [`prose::passages`] gives them, with what it was found
    /// to hold.
    passages: Vec<Read>,
    /// What the last run returned, all passages' findings in order.
    found: Vec<Stale>,
}

impl Memo {
    /// What the last run found: [`stale_remembering`]'s answer, kept for whoever asks again.
    pub fn found(&self) -> &[Stale] {
        &self.found
    }
}

/// One passage as it was read: its field, its text and its findings.
#[derive(Debug)]
struct Read {
    anchor: Anchor,
    text: String,
    found: Vec<Stale>,
}

/// [`stale_with`], reading again only the passages that changed since the last run with
/// `memo`, as long as nothing else in the case did: a keystroke in one field rereads that
/// field, not every passage of the case. A passage's findings depend only on its own text and
/// on the rest of the case (never on another passage), so what this returns is always what
/// [`stale_with`] would.
pub fn stale_remembering(case: &Case, figures: &Figures<'_>, memo: &mut Memo) -> Vec<Stale> {
    let passages = prose::passages(case);
    let texts: Vec<&str> = passages.iter().map(|passage| passage.text).collect();
    let rest = fingerprint::without(case, &texts);
    if memo.rest != Some(rest) {
        memo.passages.clear();
        memo.rest = Some(rest);
    }
    // Passages keep their order from one edit to the next, so each is compared with the one
    // read in its place last time; one added or removed rereads those after it, once.
    memo.passages.truncate(passages.len());
    let mut amounts = None;
    let mut out = Vec::new();
    for (index, passage) in passages.iter().enumerate() {
        let same = memo
            .passages
            .get(index)
            .is_some_and(|read| read.anchor == passage.anchor && read.text == passage.text);
        if !same {
            let mut found = Vec::new();
            in_passage(case, figures, passage, &mut amounts, &mut found);
            let read = Read {
                anchor: passage.anchor,
                text: passage.text.to_owned(),
                found,
            };
            if index < memo.passages.len() {
                memo.passages[index] = read;
            } else {
                memo.passages.push(read);
            }
        }
        out.extend(memo.passages[index].found.iter().cloned());
    }
    memo.found.clone_from(&out);
    out
}

/// Reads one passage, adding what it holds to `out`. The amounts to match are worked out the
/// first time a passage quotes one, and kept in `amounts` for the rest.
fn in_passage(
    case: &Case,
    figures: &Figures<'_>,
    passage: &Passage<'_>,
    amounts: &mut Option<Amounts>,
    out: &mut Vec<Stale>,
) {
    let plain = without_references(passage.text);
    for sentence in sentences(&plain) {
        if sentence.contains('£') {
            let (money, inputs) = amounts
                .get_or_insert_with(|| (money_figures(figures), entered_amounts(case, figures)));
            amounts_in(passage, sentence, money, inputs, figures, out);
        }
        // Lowercased once here: the claims below all read the sentence this way.
        let lower = sentence.to_lowercase();
        let sentence = Sentence {
            text: sentence,
            lower: &lower,
        };
        force_claims(passage, &sentence, figures, out);
        npv_claim(passage, &sentence, figures, out);
        ratio_claims(passage, &sentence, figures, out);
        redundancies(passage, &sentence, case, out);
        funding_words(passage, &sentence, figures, out);
    }
}

/// A sentence of a passage as typed, and lowercased for matching words.
struct Sentence<'s> {
    text: &'s str,
    lower: &'s str,
}

/// The amounts a typed one is matched against: the money figures the case computes, and
/// the amounts it holds as entered (see [`entered_amounts`]), in pounds.
type Amounts = (Vec<(Figure, f64)>, Vec<f64>);

/// Every money figure the case computes, in pounds.
fn money_figures(figures: &Figures<'_>) -> Vec<(Figure, f64)> {
    figures
        .entries()
        .into_iter()
        .filter_map(|entry| match entry.value {
            Value::Money(amount) => Some((entry.figure, amount.as_pounds_f64())),
            _ => None,
        })
        .collect()
}

/// The findings of [`stale`].
pub fn check(case: &Case) -> Vec<Finding> {
    stale(case).iter().map(Stale::finding).collect()
}

/// The amounts the case holds as entered or summed without a model's judgement, in pounds:
/// every finance line's yearly amounts and total, each option's costs and savings by year
/// and over the period (real and cash prices), the forces' budgets, reserves and savings
/// targets, and the contingencies. Text that quotes one of these ("the £650,000
/// refurbishment", "£9.8 million over seven years") quotes a figure of the case, not a stale
/// one, so it is never flagged; only the derived figures are offered as live references.
fn entered_amounts(case: &Case, figures: &Figures<'_>) -> Vec<f64> {
    let finance = &case.finance;
    let mut out: Vec<Money> = Vec::new();
    for kind in OptionKind::ALL {
        let option = finance.option(kind);
        for line in &option.lines {
            let amounts = line.within(finance.years);
            out.extend(amounts.iter().copied());
            let total: i128 = amounts.iter().map(|m| i128::from(m.pence())).sum();
            out.extend(i64::try_from(total).ok().map(Money));
        }
        if let ContingencySize::Amount(amount) = option.contingency.size {
            out.push(amount);
        }
        for prices in Prices::ALL {
            let years = finance.cash_years(kind, prices).unwrap_or_default();
            let total = finance.cash_total(kind, prices).unwrap_or_default();
            for parts in years.iter().chain([&total]) {
                out.extend([
                    parts.costs,
                    parts.savings,
                    parts.net,
                    parts.capital_costs,
                    parts.revenue_costs,
                    parts.capital_savings,
                    parts.revenue_savings,
                ]);
            }
        }
    }
    for force in &case.partners.forces {
        out.push(force.annual_revenue_budget);
    }
    // What each force gains or loses against business as usual, by year and over the period:
    // the affordability table's figures, which prose quotes as "better off by £1.26 million".
    if let Some(affordability) = figures.affordability() {
        for force in &affordability.forces {
            for year in force.years.iter().chain([&force.total]) {
                out.extend([
                    year.business_as_usual,
                    year.preferred,
                    year.difference,
                    year.reserves_drawn,
                ]);
            }
            out.extend(force.target_per_year);
            out.extend(force.target_total);
        }
    }
    for plan in finance.force_plans.values() {
        out.push(plan.reserves);
        if let SavingsTarget::PerYear(amount) = plan.savings_target {
            out.push(amount);
            out.push(Money(amount.pence().saturating_mul(
                i64::try_from(finance.years).unwrap_or(i64::MAX),
            )));
        }
    }
    out.into_iter()
        .filter(|amount| *amount != Money::ZERO)
        .map(Money::as_pounds_f64)
        .collect()
}

/// The text with each reference replaced by a space, so the figures it prints are not read as
/// typed ones.
fn without_references(text: &str) -> String {
    syntax::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            syntax::Piece::Text(text) => text,
            syntax::Piece::Reference(..) => " ",
        })
        .collect()
}

/// The text's sentences and clauses after semicolons.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let ends = match c {
            ';' | '\n' | '?' | '!' => true,
            '.' => bytes
                .get(i + 1)
                .is_none_or(|next| next.is_ascii_whitespace()),
            _ => false,
        };
        if ends {
            out.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// The sentence of `text` around `part`, shortened, for a message.
pub fn excerpt<'a>(text: &'a str, part: &str) -> &'a str {
    let Some(at) = text.find(part) else {
        return match text.char_indices().nth(160) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
    };
    let start = text[..at].rfind(['.', ';', '\n']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(['.', ';', '\n'])
        .map_or(text.len(), |i| at + i);
    let sentence = text[start..end.max(at + part.len()).min(text.len())].trim();
    match sentence.char_indices().nth(160) {
        Some((cut, _)) => &sentence[..cut],
        None => sentence,
    }
}

/// A sentence shortened for a message.
fn short(sentence: &str) -> &str {
    let sentence = sentence.trim();
    match sentence.char_indices().nth(160) {
        Some((cut, _)) => &sentence[..cut],
        None => sentence,
    }
}

/// An amount of money as typed: where it is, in pounds, and how finely it was rounded.
#[derive(Debug, Clone, PartialEq)]
struct Typed<'a> {
    text: &'a str,
    start: usize,
    pounds: f64,
    precision: f64,
    millions: bool,
}

/// The amounts of money typed in `text`: "£1.43 million", "£1,431,442", "(£432,488)",
/// "£650k".
fn typed_amounts(text: &str) -> Vec<Typed<'_>> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('£') {
        let digits_start = at + '£'.len_utf8();
        let rest = &text[digits_start..];
        let number_len = rest
            .char_indices()
            .take_while(|(i, c)| {
                c.is_ascii_digit()
                    || (*c == ',' || *c == '.')
                        && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
            .map(|(i, c)| i + c.len_utf8())
            .last()
            .unwrap_or(0);
        if number_len == 0 {
            continue;
        }
        let number: String = rest[..number_len].chars().filter(|c| *c != ',').collect();
        let Ok(value) = number.parse::<f64>() else {
            continue;
        };
        let after = &rest[number_len..];
        let word_start = after.len() - after.trim_start().len();
        let word: String = after[word_start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let (unit, unit_len) = match word.as_str() {
            "million" | "m" => (1_000_000.0, word_start + word.len()),
            "bn" | "billion" => (1_000_000_000.0, word_start + word.len()),
            "k" => (1_000.0, word_start + word.len()),
            _ => (1.0, 0),
        };
        let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
        let precision = if decimals > 0 {
            0.5 * 10f64.powi(-(decimals as i32)) * unit
        } else {
            let zeros = number.len() - number.trim_end_matches('0').len();
            let zeros = zeros.min(number.len().saturating_sub(1));
            0.5 * 10f64.powi(zeros as i32) * unit
        };
        let start = if text[..at].ends_with(['(', '-']) {
            at - 1
        } else {
            at
        };
        let end = digits_start + number_len + unit_len;
        let end = if start < at && text[end..].starts_with(')') {
            end + 1
        } else {
            end
        };
        out.push(Typed {
            text: &text[start..end],
            start,
            pounds: value * unit,
            precision: precision.max(0.5),
            millions: unit >= 1_000_000.0,
        });
    }
    out
}

/// Whether the amount at `typed` is a difference between figures ("£0.23 million more than",
/// "within £0.25 million of") or a bound ("under £0.1 million") rather than a figure.
fn is_difference(sentence: &str, typed: &Typed<'_>) -> bool {
    let before = sentence[..typed.start].trim_end().to_lowercase();
    let after = sentence[typed.start + typed.text.len()..]
        .trim_start()
        .to_lowercase();
    [
        "within",
        "by",
        "up to",
        "under",
        "over",
        "below",
        "above",
        "less than",
        "more than",
        "at least",
        "at most",
    ]
    .iter()
    .any(|word| before.ends_with(word))
        || [
            "more", "less", "higher", "lower", "above", "below", "ahead", "behind",
        ]
        .iter()
        .any(|word| after.starts_with(word))
}

/// Whether `pounds`, typed to `precision`, is `figure` (either sign: words carry the sign).
fn matches(pounds: f64, precision: f64, figure: f64) -> bool {
    (pounds.abs() - figure.abs()).abs() <= precision + 0.005
}

/// The figure nearest to `pounds`, with how far off it is as a share of it.
fn nearest(pounds: f64, figures: &[(Figure, f64)]) -> Option<(&Figure, f64, f64)> {
    figures
        .iter()
        .filter(|(_, value)| *value != 0.0)
        .map(|(figure, value)| {
            let off = (pounds.abs() - value.abs()).abs() / value.abs();
            (figure, *value, off)
        })
        .min_by(|a, b| a.2.total_cmp(&b.2))
}

fn amounts_in(
    passage: &Passage<'_>,
    sentence: &str,
    money: &[(Figure, f64)],
    inputs: &[f64],
    figures: &Figures<'_>,
    out: &mut Vec<Stale>,
) {
    let lower = sentence.to_lowercase();
    let about_figures = FIGURE_WORDS.iter().any(|word| lower.contains(word));
    let present_values: Vec<(Figure, f64)> = money
        .iter()
        .filter(|(figure, _)| matches!(figure, Figure::Option(_, OptionMeasure::Npv)))
        .cloned()
        .collect();
    // A sentence about net present value means an option's net present value, whatever
    // other figure happens to lie nearer.
    let speaks_of_npv = lower.contains("net present value") || lower.contains("npv");
    for typed in typed_amounts(sentence) {
        if is_difference(sentence, &typed)
            || money
                .iter()
                .map(|(_, value)| value)
                .chain(inputs)
                .any(|value| matches(typed.pounds, typed.precision, *value))
        {
            continue;
        }
        let after = sentence[typed.start + typed.text.len()..].trim_start();
        // "£430,000 a year", "£3.25 million one-off" and the ends of a range ("£9.1 million
        // to £10.4 million") are inputs or quotes, not the case's computed figures.
        let yearly = ["a year", "one-off", "to £", "and £"]
            .iter()
            .any(|words| after.starts_with(words))
            || sentence[..typed.start].trim_end().ends_with(" to")
            || sentence[..typed.start].trim_end().ends_with(" between");
        let near_present_value = nearest(typed.pounds, &present_values)
            .filter(|(_, _, off)| *off <= NEAR && typed.pounds.abs() >= 100_000.0 && !yearly);
        if !about_figures && near_present_value.is_none() {
            continue;
        }
        let meant = near_present_value.or_else(|| {
            if speaks_of_npv {
                nearest(typed.pounds, &present_values)
                    .map(|(figure, value, _)| (figure, value, 0.0))
            } else {
                nearest(typed.pounds, money)
            }
        });
        // The words around a typed amount carry its sign ("a net cost of £140,000").
        let signed = typed.text.starts_with(['(', '-']);
        let style = match (typed.millions, signed) {
            (true, true) => MoneyStyle::Millions,
            (true, false) => MoneyStyle::MillionsSize,
            (false, true) => MoneyStyle::Pounds,
            (false, false) => MoneyStyle::Size,
        };
        let (likely, reference) = match meant {
            Some((figure, value, off)) => {
                let shown = Value::Money(Money((value * 100.0).round() as i64)).show(style);
                let words = format!(
                    " The current figure it most likely means is {} ({shown}).",
                    figures.describe(figure)
                );
                (words, (off <= NEAR).then(|| figure.reference(style)))
            }
            None => (String::new(), None),
        };
        out.push(Stale {
            anchor: passage.anchor,
            text: passage.text.to_owned(),
            typed: typed.text.to_owned(),
            meant: reference,
            message: format!(
                "\"{}\" quotes {}, which is no figure of the case now.{likely} Insert the live figure so the words follow the tables.",
                excerpt(passage.text, typed.text),
                typed.text
            ),
        });
    }
}

/// What a sentence says of a force's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Claim {
    Cost,
    Saving,
    Neutral,
}

const CLAIMS: [(&str, Claim); 10] = [
    ("net cost", Claim::Cost),
    ("worse off", Claim::Cost),
    ("net contributor", Claim::Cost),
    ("in deficit", Claim::Cost),
    ("net saving", Claim::Saving),
    ("better off", Claim::Saving),
    ("net gain", Claim::Saving),
    ("close to neutral", Claim::Neutral),
    ("broadly neutral", Claim::Neutral),
    ("cost neutral", Claim::Neutral),
];

/// The ways a text may name a force: its name, and its name without "Police",
/// "Constabulary" or "Police Service".
fn force_names(name: &str) -> Vec<String> {
    let name = name.trim();
    let mut names = vec![name.to_lowercase()];
    for suffix in [" police service", " constabulary", " police"] {
        let lower = name.to_lowercase();
        if let Some(short) = lower.strip_suffix(suffix)
            && !short.trim().is_empty()
        {
            names.push(short.trim().to_owned());
        }
    }
    names
}

fn force_claims(
    passage: &Passage<'_>,
    Sentence {
        text: sentence,
        lower,
    }: &Sentence<'_>,
    figures: &Figures<'_>,
    out: &mut Vec<Stale>,
) {
    let Some(positions) = figures.positions() else {
        return;
    };
    if let Anchor::Option(kind) = passage.anchor
        && Some(kind) != figures.preferred()
    {
        return;
    }
    if !CLAIMS.iter().any(|(words, _)| lower.contains(words)) {
        return;
    }
    let case = figures.case();
    // Each named force, where it is first named.
    let mut mentions: Vec<(usize, usize)> = case
        .partners
        .forces
        .iter()
        .enumerate()
        .filter(|(_, force)| !force.name.trim().is_empty())
        .filter_map(|(i, force)| {
            force_names(&force.name)
                .iter()
                .filter_map(|name| find_word(lower, name))
                .min()
                .map(|at| (at, i))
        })
        .collect();
    if mentions.is_empty() {
        return;
    }
    mentions.sort_unstable();
    let labels = case.finance.year_labels();
    // A force's claim is the first one after it is named; a force named with no claim
    // before the next force takes the next claim ("Devon and Cornwall and Gloucestershire
    // carry net costs").
    for (n, (_, force)) in mentions.iter().enumerate() {
        let claim = mentions[n..].iter().enumerate().find_map(|(k, (from, _))| {
            let to = mentions.get(n + k + 1).map_or(lower.len(), |(to, _)| *to);
            let segment = &lower[*from..to];
            CLAIMS
                .iter()
                .filter_map(|(words, claim)| {
                    segment.find(words).map(|i| (from + i, *words, *claim))
                })
                .min_by_key(|(i, ..)| *i)
        });
        let Some((at, words, claim)) = claim else {
            continue;
        };
        let years = claim_years(lower, at, &labels);
        // "Better off than business as usual" speaks of the difference from business as
        // usual (the affordability table); "a net cost …, less than under business as
        // usual" still speaks of the net position.
        let after = &lower[at + words.len()..];
        let against_bau = after.trim_start().starts_with("than")
            && after
                .chars()
                .take(40)
                .collect::<String>()
                .contains("business as usual");
        let affordability = figures.affordability().filter(|_| against_bau);
        let Some(position) = positions.forces.get(*force) else {
            continue;
        };
        let name = case.partners.forces[*force].display_name(*force);
        let versus = affordability.and_then(|a| a.forces.get(*force));
        let checks: Vec<(String, Money, Money)> = if let Some(versus) = versus {
            let scale = position.total.costs.max(position.total.savings);
            if years.is_empty() {
                vec![("over the period".to_owned(), versus.total.difference, scale)]
            } else {
                years
                    .iter()
                    .filter_map(|(i, label)| {
                        Some((
                            format!("in {label}"),
                            versus.years.get(*i)?.difference,
                            scale,
                        ))
                    })
                    .collect()
            }
        } else if years.is_empty() {
            vec![(
                "over the period".to_owned(),
                position.total.net,
                position.total.costs.max(position.total.savings),
            )]
        } else {
            years
                .iter()
                .filter_map(|(i, label)| {
                    let parts = position.years.get(*i)?;
                    Some((
                        format!("in {label}"),
                        parts.net,
                        parts.costs.max(parts.savings),
                    ))
                })
                .collect()
        };
        for (when, net, scale) in checks {
            let wrong = match claim {
                Claim::Cost => net > Money::ZERO,
                Claim::Saving => net < Money::ZERO,
                Claim::Neutral => {
                    net.as_pounds_f64().abs() > 0.1 * scale.as_pounds_f64().abs()
                        && net.as_pounds_f64().abs() >= 10_000.0
                }
            };
            if !wrong {
                continue;
            }
            let said = match claim {
                Claim::Cost => "carries a net cost",
                Claim::Saving => "makes a net saving",
                Claim::Neutral => "is close to neutral",
            };
            out.push(Stale {
                anchor: passage.anchor,
                text: passage.text.to_owned(),
                typed: sentence.trim().to_owned(),
                meant: None,
                message: format!(
                    "\"{}\" says {name} {said} {when}, but {} is {}.",
                    short(sentence),
                    if versus.is_some() {
                        "its position against business as usual"
                    } else {
                        "its net position after balancing payments"
                    },
                    net.whole_pounds()
                ),
            });
        }
    }
}

/// The years a claim at `at` in the sentence `lower` speaks of: those named in its own
/// clause, up to the next claim ("from 2028/29" meaning that year and every later one), or
/// else those named before it ("In 2027/28 Lancashire carries a net cost"); none means the
/// whole period.
fn claim_years(lower: &str, at: usize, labels: &[String]) -> Vec<(usize, String)> {
    let rest = &lower[at..];
    let next = CLAIMS
        .iter()
        .filter_map(|(words, _)| rest[1..].find(words).map(|i| i + 1))
        .min()
        .unwrap_or(rest.len());
    let clause = &rest[..next];
    let named = |text: &str| -> Vec<(usize, String)> {
        if let Some(first) = labels
            .iter()
            .position(|label| text.contains(&format!("from {label}")))
        {
            return labels.iter().cloned().enumerate().skip(first).collect();
        }
        labels
            .iter()
            .cloned()
            .enumerate()
            .filter(|(_, label)| text.contains(label.as_str()))
            .collect()
    };
    let own = named(clause);
    if own.is_empty() {
        named(&lower[..at])
    } else {
        own
    }
}

/// Where `word` first occurs in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether lower-case `text` says its option has the highest net present value.
pub fn claims_highest_npv(text: &str) -> bool {
    const SUPERLATIVES: [&str; 4] = ["highest", "largest", "greatest", "best"];
    const MEASURES: [&str; 4] = [
        "net present value",
        "npv",
        "net present social value",
        "npsv",
    ];
    // Most sentences name no such measure: two scans rule them out. Otherwise each
    // superlative where it stands, then the measure straight after it: no phrase is built
    // for every sentence checked (this runs on every edit).
    if !(text.contains("np") || text.contains("present")) {
        return false;
    }
    SUPERLATIVES.iter().any(|superlative| {
        text.match_indices(superlative).any(|(at, _)| {
            text[at + superlative.len()..]
                .strip_prefix(' ')
                .is_some_and(|rest| MEASURES.iter().any(|measure| rest.starts_with(measure)))
        })
    })
}

fn npv_claim(
    passage: &Passage<'_>,
    Sentence {
        text: sentence,
        lower,
    }: &Sentence<'_>,
    figures: &Figures<'_>,
    out: &mut Vec<Stale>,
) {
    if !claims_highest_npv(lower) {
        return;
    }
    let option = match passage.anchor {
        Anchor::Option(kind) => Some(kind),
        _ if lower.contains("preferred") => figures.preferred(),
        _ => None,
    };
    let (Some(option), Some(appraisal)) = (option, figures.appraisal()) else {
        return;
    };
    if appraisal.get(option).is_none() || appraisal.is_highest(option) {
        return;
    }
    let Some(best) = appraisal.best_other(option, false) else {
        return;
    };
    let own = appraisal
        .get(option)
        .map_or(Money::ZERO, |r| r.measures.npv);
    out.push(Stale {
        anchor: passage.anchor,
        text: passage.text.to_owned(),
        typed: sentence.trim().to_owned(),
        meant: None,
        message: format!(
            "The text for {} calls it the option with the highest net present value, but {} is higher ({} against {}).",
            option.label(),
            best.kind.label(),
            best.measures.npv.whole_pounds(),
            own.whole_pounds()
        ),
    });
}

/// Words that make a number beside them a benefit–cost ratio.
const RATIO_WORDS: [&str; 4] = [
    "benefit\u{2013}cost ratio",
    "benefit-cost ratio",
    "benefit cost ratio",
    "bcr",
];

/// A benefit–cost ratio typed by hand in a sentence that names one ("a BCR of 1.36") which
/// matches no option's ratio now, to the places it was typed to.
fn ratio_claims(
    passage: &Passage<'_>,
    Sentence {
        text: sentence,
        lower,
    }: &Sentence<'_>,
    figures: &Figures<'_>,
    out: &mut Vec<Stale>,
) {
    if !RATIO_WORDS.iter().any(|word| lower.contains(word)) {
        return;
    }
    let typed = typed_ratios(sentence);
    if typed.is_empty() {
        return;
    }
    // Read from the appraisal, not the whole catalogue of figures: only the ratios are wanted.
    let Some(appraisal) = figures.appraisal() else {
        return;
    };
    let ratios: Vec<(Figure, f64)> = appraisal
        .results
        .iter()
        .filter_map(|result| {
            let ratio = result.measures.benefit_cost_ratio?;
            Some((Figure::Option(result.kind, OptionMeasure::Bcr), ratio))
        })
        .collect();
    for (text, value, places) in typed {
        // "1.4" stands for anything from 1.35 to 1.45: the ratio as it was rounded.
        let half = 0.5 * 10f64.powi(-i32::from(places)) + 1e-9;
        if ratios
            .iter()
            .any(|(_, ratio)| (ratio - value).abs() <= half)
        {
            continue;
        }
        let meant = nearest(value, &ratios);
        let likely = meant.map_or_else(String::new, |(figure, ratio, _)| {
            format!(
                " The current figure it most likely means is {} ({ratio:.2}).",
                figures.describe(figure)
            )
        });
        out.push(Stale {
            anchor: passage.anchor,
            text: passage.text.to_owned(),
            typed: text.to_owned(),
            meant: meant
                .filter(|(_, _, off)| *off <= NEAR)
                .map(|(figure, _, _)| figure.reference(MoneyStyle::Pounds)),
            message: format!(
                "\"{}\" quotes a benefit\u{2013}cost ratio of {text}, which is no option's now.{likely} Insert the live figure so the words follow the tables.",
                excerpt(passage.text, text)
            ),
        });
    }
}

/// The decimal numbers of a sentence that could be ratios ("1.36", "0.9"): not money, a
/// percentage, a year or a number in millions; each with its value and its decimal places.
fn typed_ratios(sentence: &str) -> Vec<(&str, f64, u8)> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
            i += 1;
        }
        // A full stop that ends the sentence is not a decimal point.
        let text = sentence[start..i].trim_end_matches('.');
        let before = sentence[..start].chars().next_back();
        let after = sentence[start + text.len()..].trim_start().to_lowercase();
        // A unit of its own letters ("1.2m", "£3.5bn", "40k") but not the next word ("1.36
        // more").
        let unit = ["m", "k", "bn"].iter().any(|unit| {
            after
                .strip_prefix(unit)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        });
        let money_or_count = unit
            || matches!(before, Some('£' | '$' | '€' | ',' | '/' | '.' | '-'))
            || ["%", "per cent", "million", "billion", "/"]
                .iter()
                .any(|word| after.starts_with(word));
        let Some((_, decimals)) = text.split_once('.') else {
            continue;
        };
        if money_or_count || decimals.is_empty() || decimals.contains('.') {
            continue;
        }
        if let Ok(value) = text.parse::<f64>() {
            let places = u8::try_from(decimals.len()).unwrap_or(u8::MAX);
            out.push((text, value, places));
        }
    }
    out
}

fn redundancies(
    passage: &Passage<'_>,
    Sentence {
        text: sentence,
        lower,
    }: &Sentence<'_>,
    case: &Case,
    out: &mut Vec<Stale>,
) {
    let Some(at) = lower.find("redundanc") else {
        return;
    };
    let proposed = case.workforce.total_redundancies().unwrap_or(0);
    let denies = [
        "no compulsory redundanc",
        "no redundanc",
        "without redundanc",
    ]
    .iter()
    .any(|words| lower.contains(words));
    if denies && proposed > 0 {
        out.push(Stale {
            anchor: passage.anchor,
            text: passage.text.to_owned(),
            typed: sentence.trim().to_owned(),
            meant: None,
            message: format!(
                "\"{}\" says there are no redundancies, but the workforce step proposes {proposed}.",
                short(sentence)
            ),
        });
        return;
    }
    let Some(count) = typed_redundancy_count(lower, at) else {
        return;
    };
    // A force's own figure (section 188 counts by employer) is as current as the total.
    let one_employer = case
        .workforce
        .forces
        .iter()
        .any(|row| row.redundancies == Some(count));
    if count != proposed && !one_employer {
        let reference = (proposed > 0).then(|| Figure::Redundancies.reference(MoneyStyle::Pounds));
        out.push(Stale {
            anchor: passage.anchor,
            text: passage.text.to_owned(),
            typed: count.to_string(),
            meant: reference,
            message: format!(
                "\"{}\" counts {count} redundancies, but the workforce step proposes {proposed}.",
                short(sentence)
            ),
        });
    }
}

/// The count in "9 police staff redundancies": a whole number before "redundanc" with only
/// words that say whose or what kind of redundancies between. Not a share ("15% on staff,
/// redundancy and programme costs"), nor a threshold ("20 or more redundancies", "fewer
/// than 100 redundancies"), which are rules, not the case's count.
fn typed_redundancy_count(lower: &str, at: usize) -> Option<u32> {
    const BETWEEN: [&str; 7] = [
        "police",
        "staff",
        "officer",
        "compulsory",
        "voluntary",
        "proposed",
        "further",
    ];
    const BOUNDS: [&str; 8] = [
        "than",
        "least",
        "most",
        "to",
        "over",
        "under",
        "threshold",
        "of",
    ];
    let before: Vec<&str> = lower[..at].split_whitespace().rev().take(4).collect();
    let (place, count) = before.iter().enumerate().find_map(|(i, word)| {
        let word = word.trim_start_matches('(').trim_end_matches([',', ')']);
        (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
            .then(|| word.parse::<u32>().ok().map(|count| (i, count)))
            .flatten()
    })?;
    let kind_words = before[..place]
        .iter()
        .all(|word| BETWEEN.contains(&word.trim_matches(|c: char| !c.is_alphabetic())));
    let bound = before
        .get(place + 1)
        .is_some_and(|word| BOUNDS.contains(word));
    let after = lower[at..]
        .split_whitespace()
        .skip(1)
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let threshold = after.starts_with("or more") || after.starts_with("or fewer");
    (kind_words && !bound && !threshold).then_some(count)
}

/// The words that name each funding source in prose.
const SOURCE_WORDS: [(&str, FundingSource); 5] = [
    ("reserves", FundingSource::Reserves),
    ("capital programme", FundingSource::CapitalProgramme),
    ("prudential borrowing", FundingSource::Borrowing),
    ("borrowing", FundingSource::Borrowing),
    ("grant funding", FundingSource::Grant),
];

fn funding_words(
    passage: &Passage<'_>,
    Sentence {
        text: sentence,
        lower,
    }: &Sentence<'_>,
    figures: &Figures<'_>,
    out: &mut Vec<Stale>,
) {
    let rows = figures.funding();
    if rows.is_empty() {
        return;
    }
    if let Anchor::Option(kind) = passage.anchor
        && Some(kind) != figures.preferred()
        && kind != OptionKind::BusinessAsUsual
    {
        return;
    }
    if !["fund", "met from", "paid from", "financed", "paid for from"]
        .iter()
        .any(|word| lower.contains(word))
    {
        return;
    }
    let mut named: Vec<FundingSource> = Vec::new();
    for (words, source) in SOURCE_WORDS {
        if find_word(lower, words).is_some() && !named.contains(&source) {
            named.push(source);
        }
    }
    for source in named {
        let carries = rows
            .iter()
            .any(|row| row.source == source && (row.capital + row.revenue) != Money::ZERO);
        if carries {
            continue;
        }
        let used: Vec<String> = rows
            .iter()
            .map(|row| {
                format!(
                    "{} {}",
                    row.source.label().to_lowercase(),
                    (row.capital + row.revenue).whole_pounds()
                )
            })
            .collect();
        out.push(Stale {
            anchor: passage.anchor,
            text: passage.text.to_owned(),
            typed: sentence.trim().to_owned(),
            meant: None,
            message: format!(
                "\"{}\" names {} as a source of funding, but the funding table has nothing from it ({}).",
                short(sentence),
                source.label().to_lowercase(),
                crate::format::and_list(&used)
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_decimals_are_read_as_ratios() {
        let found: Vec<(&str, u8)> = typed_ratios(
            "A BCR of 1.36, or 1.4; not £1.43 million, 2.5%, 3.5 per cent, 2027/28, 1.2m, section 2.3.1 or 12,345.67. It is 0.98.",
        )
        .into_iter()
        .map(|(text, _, places)| (text, places))
        .collect();
        assert_eq!(found, [("1.36", 2), ("1.4", 1), ("0.98", 2)]);
    }

    /// Runs the remembering check on `case` with `memo`, and holds it to the full one.
    fn remembered_as_read(case: &Case, memo: &mut Memo) -> Vec<Stale> {
        let figures = Figures::of(case);
        let remembered = stale_remembering(case, &figures, memo);
        assert_eq!(remembered, stale_with(case, &figures));
        assert_eq!(memo.found(), remembered);
        remembered
    }

    #[test]
    fn remembered_findings_follow_every_edit() {
        let mut case = crate::fixtures::complete_case();
        let mut memo = Memo::default();
        let at_first = remembered_as_read(&case, &mut memo);
        let preferred = case.options.preferred().expect("a preferred option");
        let npv = Figures::of(&case)
            .figure(&Figure::Option(preferred, OptionMeasure::Npv))
            .expect("an NPV")
            .show(MoneyStyle::Millions);
        // A passage that quotes the NPV as it is: nothing new.
        case.front_sheet.summary = format!("The net present value is {npv}.");
        assert_eq!(remembered_as_read(&case, &mut memo).len(), at_first.len());
        // The savings change and the passage does not: its quote is now stale.
        for line in &mut case.finance.option_mut(preferred).lines {
            for amount in &mut line.amounts {
                *amount = Money(amount.pence() * 3);
            }
        }
        let now = Figures::of(&case)
            .figure(&Figure::Option(preferred, OptionMeasure::Npv))
            .expect("an NPV")
            .show(MoneyStyle::Millions);
        assert_ne!(now, npv);
        let after = remembered_as_read(&case, &mut memo);
        assert!(
            after.iter().any(|stale| stale.typed == npv),
            "{npv} → {now}: {after:?}"
        );
        // Another passage is typed in: the stale quote is still found, from the memo.
        case.options.reasonableness.push_str(" More words.");
        assert_eq!(remembered_as_read(&case, &mut memo), after);
        // The quote is taken out: so is its finding.
        case.front_sheet.summary.clear();
        assert!(
            remembered_as_read(&case, &mut memo)
                .iter()
                .all(|stale| stale.typed != npv)
        );
        assert!(memo.passages.len() <= prose::passages(&case).len());
    }

    #[test]
    fn amounts_are_read_with_the_rounding_they_were_typed_to() {
        let found = typed_amounts("NPV £1.43 million, (£432,488), £140,000 and £650k.");
        let pounds: Vec<f64> = found.iter().map(|t| t.pounds).collect();
        assert_eq!(pounds, vec![1_430_000.0, 432_488.0, 140_000.0, 650_000.0]);
        assert_eq!(found[0].precision, 5_000.0);
        assert_eq!(found[1].text, "(£432,488)");
        assert_eq!(found[1].precision, 0.5);
        assert_eq!(found[2].precision, 5_000.0);
        assert!(found[0].millions);
        assert!(typed_amounts("£ and £.").is_empty());
    }

    #[test]
    fn differences_are_not_figures() {
        let sentence = "within £0.25 million of it, and £0.23 million more than the next";
        let found = typed_amounts(sentence);
        assert!(found.iter().all(|typed| is_difference(sentence, typed)));
    }
}
