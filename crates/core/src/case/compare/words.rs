//! A text's change word by word, so a long passage with one word changed shows that word
//! and a few either side, not two copies of the passage.

use std::time::Duration;

use similar::{ChangeTag, TextDiff};

/// How long the word comparison of one text may take before it settles for a coarser
/// answer (a whole run of words replaced rather than the fewest words): a pasted book
/// compared with another must not hold up the window.
const TIME_LIMIT: Duration = Duration::from_millis(20);

/// How many words of unchanged text a change keeps either side of it when shown.
pub const CONTEXT_WORDS: usize = 6;

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordsWere {
    /// Left as they were.
    Kept,
    /// Taken out.
    Removed,
    /// Put in.
    Added,
}

/// A run of words and what happened to it, spaces included as the text has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Kept, removed or added.
    pub were: WordsWere,
    /// The words.
    pub text: String,
}

/// The change from `old` to `new` as runs of kept, removed and added words, in reading
/// order (a replaced word is its removal and then its addition).
pub fn runs(old: &str, new: &str) -> Vec<Run> {
    let diff = TextDiff::configure()
        .timeout(TIME_LIMIT)
        .diff_words(old, new);
    let mut runs: Vec<Run> = Vec::new();
    for change in diff.iter_all_changes() {
        let were = match change.tag() {
            ChangeTag::Equal => WordsWere::Kept,
            ChangeTag::Delete => WordsWere::Removed,
            ChangeTag::Insert => WordsWere::Added,
        };
        let text = change.value();
        match runs.last_mut() {
            Some(last) if last.were == were => last.text.push_str(text),
            _ => runs.push(Run {
                were,
                text: text.to_owned(),
            }),
        }
    }
    joined(runs)
}

/// The runs with changes that only a space or one word apart made one change ("[was “out as
/// a”, now “for the”]" rather than three), as a reader takes in a reworded phrase: a word
/// kept between two changes is shown in both the words removed and the words added.
fn joined(runs: Vec<Run>) -> Vec<Run> {
    let mut out = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let flush = |out: &mut Vec<Run>, removed: &mut String, added: &mut String| {
        for (were, text) in [(WordsWere::Removed, removed), (WordsWere::Added, added)] {
            if !text.is_empty() {
                out.push(Run {
                    were,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for (i, run) in runs.iter().enumerate() {
        match run.were {
            WordsWere::Removed => removed.push_str(&run.text),
            WordsWere::Added => added.push_str(&run.text),
            WordsWere::Kept => {
                let between_changes = !(removed.is_empty() && added.is_empty())
                    && runs
                        .get(i + 1)
                        .is_some_and(|next| next.were != WordsWere::Kept);
                if between_changes && run.text.split_whitespace().count() <= 1 {
                    removed.push_str(&run.text);
                    added.push_str(&run.text);
                } else {
                    flush(&mut out, &mut removed, &mut added);
                    out.push(run.clone());
                }
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out
}

/// The runs with long stretches of kept words cut to [`CONTEXT_WORDS`] either side of a
/// change, marked with "…" where words were left out.
pub fn in_context(runs: &[Run]) -> Vec<Run> {
    let last = runs.len().saturating_sub(1);
    runs.iter()
        .enumerate()
        .map(|(i, run)| {
            if run.were != WordsWere::Kept {
                return run.clone();
            }
            let text = match (i == 0, i == last) {
                (true, true) => run.text.clone(),
                (true, false) => tail(&run.text),
                (false, true) => head(&run.text),
                (false, false) => middle(&run.text),
            };
            Run {
                were: WordsWere::Kept,
                text,
            }
        })
        .collect()
}

/// The last words of a run that leads up to a change.
fn tail(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= CONTEXT_WORDS {
        return text.to_owned();
    }
    let kept = words[words.len() - CONTEXT_WORDS..].join(" ");
    let space = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("…{kept}{space}")
}

/// The first words of a run that follows a change.
fn head(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= CONTEXT_WORDS {
        return text.to_owned();
    }
    let kept = words[..CONTEXT_WORDS].join(" ");
    let space = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{space}{kept}…")
}

/// A run between two changes: its first and last words, if it is long.
fn middle(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 2 * CONTEXT_WORDS {
        return text.to_owned();
    }
    let before = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let after = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!(
        "{before}{} … {}{after}",
        words[..CONTEXT_WORDS].join(" "),
        words[words.len() - CONTEXT_WORDS..].join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_changed_in_a_long_text_shows_that_word_with_a_few_either_side() {
        let filler = "the forces agree to share the service and its costs ".repeat(20);
        let old = format!("{filler}saving £3.3 million a year {filler}");
        let new = format!("{filler}saving £3.5 million a year {filler}");
        let shown = in_context(&runs(&old, &new));
        let changed: Vec<(WordsWere, &str)> = shown
            .iter()
            .filter(|run| run.were != WordsWere::Kept)
            .map(|run| (run.were, run.text.as_str()))
            .collect();
        assert_eq!(
            changed,
            [(WordsWere::Removed, "£3.3"), (WordsWere::Added, "£3.5")]
        );
        let all: String = shown.iter().map(|run| run.text.as_str()).collect();
        assert!(all.starts_with('…') && all.ends_with('…'), "{all}");
        assert!(all.split_whitespace().count() < 20, "{all}");
    }

    #[test]
    fn changes_a_word_apart_are_one_change() {
        let shown: Vec<(WordsWere, String)> = runs(
            "It is ruled out as a recommendation today.",
            "It is the baseline for the appraisal today.",
        )
        .into_iter()
        .map(|run| (run.were, run.text))
        .collect();
        assert_eq!(
            shown,
            [
                (WordsWere::Kept, "It is ".to_owned()),
                (
                    WordsWere::Removed,
                    "ruled out as a recommendation".to_owned()
                ),
                (
                    WordsWere::Added,
                    "the baseline for the appraisal".to_owned()
                ),
                (WordsWere::Kept, " today.".to_owned()),
            ]
        );
    }

    #[test]
    fn the_same_text_is_one_kept_run() {
        assert_eq!(
            runs("a b c", "a b c"),
            [Run {
                were: WordsWere::Kept,
                text: "a b c".into()
            }]
        );
    }
}
