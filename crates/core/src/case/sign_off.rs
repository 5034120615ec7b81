//! Sign-off and the decision: for each policing body, what its statutory officers say about
//! the paper and the decision record it will publish (the wording, the reasons, the equality
//! and human rights considerations, the officers' advice and any interests declared); the
//! background papers a reader can ask for; and the appendices the user writes.
//!
//! Appendices are lettered here, once, for the paper and for the check that every
//! "Appendix C" the text mentions exists: the built-in appendices first, then the user's, in
//! order, A, B, C…

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Case;

/// An officer who must comment on the paper before the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StatutoryOfficer {
    /// The policing body's chief finance officer, whom the Police Reform and Social
    /// Responsibility Act 2011 requires it to appoint: the financial implications for the
    /// policing body.
    PccChiefFinanceOfficer,
    /// The PCC's monitoring officer (section 5 of the Local Government and Housing Act
    /// 1989): the legal implications.
    MonitoringOfficer,
    /// The chief constable's chief finance officer, because the force's money is committed.
    ForceChiefFinanceOfficer,
}

impl StatutoryOfficer {
    /// Every officer, in the order the paper prints their comments.
    pub const ALL: [StatutoryOfficer; 3] = [
        StatutoryOfficer::PccChiefFinanceOfficer,
        StatutoryOfficer::MonitoringOfficer,
        StatutoryOfficer::ForceChiefFinanceOfficer,
    ];

    /// The officer's title.
    pub fn label(self) -> &'static str {
        match self {
            StatutoryOfficer::PccChiefFinanceOfficer => "PCC's chief finance officer",
            StatutoryOfficer::MonitoringOfficer => "Monitoring officer",
            StatutoryOfficer::ForceChiefFinanceOfficer => "Force chief finance officer",
        }
    }

    /// The officer as a sentence names them: "the PCC's chief finance officer".
    pub fn in_sentence(self) -> &'static str {
        match self {
            StatutoryOfficer::PccChiefFinanceOfficer => "the PCC's chief finance officer",
            StatutoryOfficer::MonitoringOfficer => "the monitoring officer",
            StatutoryOfficer::ForceChiefFinanceOfficer => "the force's chief finance officer",
        }
    }

    /// What the officer comments on.
    pub fn concerns(self) -> &'static str {
        match self {
            StatutoryOfficer::PccChiefFinanceOfficer => {
                "The financial implications for the policing bodies"
            }
            StatutoryOfficer::MonitoringOfficer => "The legal implications",
            StatutoryOfficer::ForceChiefFinanceOfficer => {
                "The financial implications for the forces, whose money is committed"
            }
        }
    }
}

/// One officer's comments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfficerComment {
    /// The officer's name and post, e.g. "Jane Doe, Chief Finance Officer, OPCC for Gwent".
    pub name: String,
    /// When the comments were given.
    pub date: Option<NaiveDate>,
    /// The comments.
    pub comment: String,
}

impl OfficerComment {
    /// Whether nothing has been given: no name, no date and no comment.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.date.is_none() && self.comment.trim().is_empty()
    }
}

/// One policing body's sign-off and decision: its own statutory officers' comments, and the
/// decision record it publishes once it has decided. Each policing body decides for itself,
/// so each has its own officers' advice and its own record. Named by the force whose policing
/// body it is, as the force leads are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionRecord {
    /// The force whose policing body decides.
    pub force: String,
    /// The decision record's reference, once the policing body's office gives one.
    pub reference: String,
    /// What the decision record will say the policing body decided.
    pub wording: String,
    /// The reasons for the decision, as the record gives them.
    pub reasons: String,
    /// The equality (Equality Act 2010, s149) and human rights (Human Rights Act 1998, s6)
    /// considerations the decision maker had regard to before deciding.
    pub equality_and_human_rights: String,
    /// Interests the decision maker declared, or that none were.
    pub interests_declared: String,
    /// This policing body's statutory officers' comments (the officers' advice the record
    /// cites); [`SignOff::normalise`] keeps all three officers present.
    pub comments: BTreeMap<StatutoryOfficer, OfficerComment>,
}

impl DecisionRecord {
    /// A record for the force named `force`, with every officer's entry present.
    pub fn for_force(force: &str) -> Self {
        let mut record = DecisionRecord {
            force: force.to_owned(),
            ..DecisionRecord::default()
        };
        record.normalise();
        record
    }

    /// Makes sure every statutory officer has an entry.
    pub fn normalise(&mut self) {
        for officer in StatutoryOfficer::ALL {
            self.comments.entry(officer).or_default();
        }
    }

    /// Whether any of the body's officers has given a name, a date or a comment.
    pub fn has_comments(&self) -> bool {
        self.comments.values().any(|comment| !comment.is_empty())
    }

    /// One officer's comments (empty if the officer has none yet).
    pub fn comment(&self, officer: StatutoryOfficer) -> OfficerComment {
        self.comments.get(&officer).cloned().unwrap_or_default()
    }
}

/// A document the paper relied on, which a reader can ask to see.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackgroundPaper {
    /// The document's title.
    pub title: String,
    /// Where a reader can find it (a web address, or "available from the author").
    pub source: String,
}

/// An appendix the user writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserAppendix {
    /// Its title.
    pub title: String,
    /// Its text; each line a paragraph.
    pub text: String,
    /// The exempt-information category that keeps it from publication; `None` for a public
    /// appendix. An exempt appendix to a Part 1 paper is circulated to members only.
    pub exempt: super::front_sheet::ExemptInformation,
}

/// Words that say a piece of text is commercially confidential, which a public appendix may
/// not carry.
const CONFIDENTIAL_WORDS: [&str; 4] = [
    "commercially confidential",
    "commercial in confidence",
    "commercially sensitive",
    "not for publication",
];

impl UserAppendix {
    /// Whether the appendix says of itself that it is confidential, so it cannot be published
    /// without an exemption.
    pub fn says_confidential(&self) -> bool {
        let text = format!("{} {}", self.title, self.text).to_lowercase();
        CONFIDENTIAL_WORDS.iter().any(|word| text.contains(word))
    }
}

/// Sign-off and the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignOff {
    /// Each policing body's officers' comments and decision record, by force.
    pub decision_records: Vec<DecisionRecord>,
    /// The background papers, by title.
    pub background_papers: Vec<BackgroundPaper>,
    /// The user's appendices, lettered after the built-in ones.
    pub appendices: Vec<UserAppendix>,
}

impl Default for SignOff {
    fn default() -> Self {
        let mut sign_off = SignOff {
            decision_records: Vec::new(),
            background_papers: Vec::new(),
            appendices: Vec::new(),
        };
        sign_off.normalise();
        sign_off
    }
}

impl SignOff {
    /// Makes sure every record has an entry for every statutory officer.
    pub fn normalise(&mut self) {
        for record in &mut self.decision_records {
            record.normalise();
        }
    }

    /// The decision record for the force named `force`, if it has one.
    pub fn decision_record(&self, force: &str) -> Option<&DecisionRecord> {
        self.decision_records
            .iter()
            .find(|record| record.force.trim() == force.trim())
    }

    /// The decision record for the force named `force`, made if it has none yet.
    pub fn decision_record_mut(&mut self, force: &str) -> &mut DecisionRecord {
        let index = match self
            .decision_records
            .iter()
            .position(|record| record.force.trim() == force.trim())
        {
            Some(index) => index,
            None => {
                self.decision_records
                    .push(DecisionRecord::for_force(force.trim()));
                self.decision_records.len() - 1
            }
        };
        &mut self.decision_records[index]
    }

    /// Keeps each decision record with its force when the force is renamed.
    pub fn rename_force(&mut self, old: &str, new: &str) {
        if old.trim() == new.trim() {
            return;
        }
        for record in &mut self.decision_records {
            if record.force.trim() == old.trim() {
                new.clone_into(&mut record.force);
            }
        }
    }
}

/// An appendix the paper always carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BuiltInAppendix {
    /// The revision history.
    RevisionHistory,
}

impl BuiltInAppendix {
    /// The built-in appendices, in the order they are lettered.
    pub const ALL: [BuiltInAppendix; 1] = [BuiltInAppendix::RevisionHistory];

    /// The appendix's title.
    pub fn title(self) -> &'static str {
        match self {
            BuiltInAppendix::RevisionHistory => "Revision history",
        }
    }
}

/// What an appendix holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendixContent {
    /// A built-in appendix.
    BuiltIn(BuiltInAppendix),
    /// The user's appendix at this index of [`SignOff::appendices`].
    User(usize),
}

/// One appendix with its letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetteredAppendix {
    /// "A", "B", … "Z", "AA".
    pub letter: String,
    /// What it holds.
    pub content: AppendixContent,
}

/// Every appendix of the paper, lettered: the built-in ones, then the user's in order.
pub fn appendices(case: &Case) -> Vec<LetteredAppendix> {
    BuiltInAppendix::ALL
        .into_iter()
        .map(AppendixContent::BuiltIn)
        .chain((0..case.sign_off.appendices.len()).map(AppendixContent::User))
        .enumerate()
        .map(|(index, content)| LetteredAppendix {
            letter: appendix_letter(index),
            content,
        })
        .collect()
}

/// The letter of the appendix at `index`: "A" for 0, "Z" for 25, then "AA", "AB", …
pub fn appendix_letter(index: usize) -> String {
    let letter = |i: usize| char::from(b'A' + (i % 26) as u8);
    if index < 26 {
        letter(index).to_string()
    } else {
        format!("{}{}", letter(index / 26 - 1), letter(index))
    }
}

/// The appendix letters a piece of text refers to ("Appendix C", "Appendices B and D",
/// "Appendices B to D"), leaving out references to another document's appendices ("Appendix
/// B of the 2012 strategy"; "Appendix 3" is never ours, since ours are lettered).
pub fn referenced_appendices(text: &str) -> Vec<String> {
    // Most texts name no appendix: a scan for the word's stem spares splitting them.
    if !text
        .as_bytes()
        .windows(STEM.len())
        .any(|window| window.eq_ignore_ascii_case(STEM))
    {
        return Vec::new();
    }
    let words: Vec<&str> = text.split_whitespace().flat_map(split_dashes).collect();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let keyword = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let plural = if keyword.eq_ignore_ascii_case("appendix") {
            false
        } else if keyword.eq_ignore_ascii_case("appendices") {
            true
        } else {
            continue;
        };
        let (letters, consumed) = letters_after(&words[at + 1..], plural);
        if words.get(at + 1 + consumed) != Some(&"of") {
            found.extend(letters);
        }
    }
    found.sort();
    found.dedup();
    found
}

/// What "appendix" and "appendices" begin with.
const STEM: &[u8] = b"appendi";

/// A word with each dash made a word of its own, so that "B–D" reads as "B – D".
fn split_dashes(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, dash) in word.match_indices(['–', '-']) {
        parts.extend(Some(&word[start..at]).filter(|part| !part.is_empty()));
        parts.push(dash);
        start = at + dash.len();
    }
    parts.extend(Some(&word[start..]).filter(|part| !part.is_empty()));
    parts
}

/// The letters at the start of `words`, which follow "Appendix" (one letter) or "Appendices"
/// (a list: "B, C and D", "B to D"), and how many words they took.
fn letters_after(words: &[&str], plural: bool) -> (Vec<String>, usize) {
    let mut letters: Vec<String> = Vec::new();
    let mut range_from = None;
    let mut consumed = 0;
    for word in words {
        if let Some((letter, ends_list)) = letter_token(word) {
            consumed += 1;
            match range_from.take() {
                Some(from) => letters.extend(letter_range(from, &letter)),
                None => letters.push(letter),
            }
            if ends_list || !plural {
                break;
            }
        } else if plural && !letters.is_empty() && LIST_WORDS.contains(word) {
            consumed += 1;
            if RANGE_WORDS.contains(word) {
                range_from = letters.last().cloned();
            }
        } else {
            break;
        }
    }
    (letters, consumed)
}

/// The words that join letters in a list of appendices.
const LIST_WORDS: [&str; 7] = ["and", "&", "or", ",", "to", "–", "-"];

/// The words that make the letters either side a range.
const RANGE_WORDS: [&str; 3] = ["to", "–", "-"];

/// The letters after `from` up to and including `to` ("B" to "D" gives "C" and "D"); `to`
/// alone when either is not a single letter.
fn letter_range(from: String, to: &str) -> Vec<String> {
    match (from.as_bytes(), to.as_bytes()) {
        ([start], [end]) if start < end => (start + 1..=*end)
            .map(|byte| char::from(byte).to_string())
            .collect(),
        _ => vec![to.to_owned()],
    }
}

/// A word that is an appendix letter ("C", "C.", "C,", "C)"; not "Cumbria" or "CCTV"), with
/// whether the punctuation after it ends the list (a full stop or bracket does, a comma not).
fn letter_token(word: &str) -> Option<(String, bool)> {
    let core = word.trim_start_matches(['(', '[', '"', '\'', '‘', '“']);
    let letters: String = core.chars().take_while(char::is_ascii_uppercase).collect();
    if letters.is_empty() || letters.len() > 2 {
        return None;
    }
    let after = &core[letters.len()..];
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((letters, !after.is_empty() && !after.starts_with(',')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appendices_are_lettered_after_the_built_in_ones() {
        let mut case = Case::default();
        case.sign_off.appendices = vec![UserAppendix::default(), UserAppendix::default()];
        let letters: Vec<String> = appendices(&case).into_iter().map(|a| a.letter).collect();
        assert_eq!(letters, ["A", "B", "C"]);
        assert_eq!(
            appendices(&case)[1].content,
            AppendixContent::User(0),
            "the first user appendix follows the revision history"
        );
        assert_eq!(appendix_letter(25), "Z");
        assert_eq!(appendix_letter(26), "AA");
    }

    #[test]
    fn references_are_found_in_the_ways_papers_write_them() {
        let refs = |text: &str| referenced_appendices(text);
        assert_eq!(refs("The draft agreement is at Appendix C."), ["C"]);
        assert_eq!(
            refs("See Appendices B and D, and appendix A"),
            ["A", "B", "D"]
        );
        assert_eq!(
            refs("Appendices B to D set out the detail"),
            ["B", "C", "D"]
        );
        assert_eq!(refs("(Appendix B) and Appendix C, which"), ["B", "C"]);
        assert_eq!(refs("Appendices B–D and F-G."), ["B", "C", "D", "F", "G"]);
        assert!(refs("an appendix-style note").is_empty());
        assert!(refs("Appendix B of the 2012 statutory guidance").is_empty());
        assert!(refs("Appendix 3 lists the sites").is_empty());
        assert!(refs("an appendix about ICT").is_empty());
        assert!(refs("Appendix Cumbria").is_empty());
        assert!(refs("appendix").is_empty());
    }
}
