//! One set of statutory officers' comments becomes one set per policing body.
//!
//! Files written before each policing body had its own officers' comments carry one set for
//! the whole paper, `sign_off.comments`, keyed by officer. Each policing body decides for
//! itself on its own officers' advice, so the comments now sit in each body's decision record
//! (`sign_off.decision_records[i].comments`). This reads the old set from the file's text, in
//! its old shape, and copies it into the record of every named force whose entry for that
//! officer is still blank (making the record if the force has none), so that nothing the user
//! wrote is lost; the load warning [`NOTICE`] asks them to check that each body's comments
//! name that body's own officers.
//!
//! It is idempotent and tolerates converted files: a file without the old set, or with an
//! old set that is blank, changes nothing, and a body's own comments are never overwritten.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::ron_options;
use crate::case::Case;
use crate::case::sign_off::{OfficerComment, StatutoryOfficer};

/// What the load warning says when a file's one set of comments was copied to each body.
pub const NOTICE: &str = "The statutory officers' comments were one set for every policing body; each policing body now has its own, so the set is copied to each body's decision record (Sign-off and decision step). Check that each names that body's own officers.";

/// The part of an older file that holds the one set of comments.
#[derive(Deserialize, Default)]
#[serde(default)]
struct File {
    sign_off: SignOff,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SignOff {
    comments: BTreeMap<StatutoryOfficer, OfficerComment>,
}

/// Copies the file's one set of officers' comments into each named force's decision record,
/// where that record's entry for the officer is blank. Returns whether the file had a set
/// with anything in it (so the caller can say what changed). A file whose old set cannot be
/// read in the old shape changes nothing: the loader then warns about the field as unknown.
pub fn convert(text: &str, case: &mut Case) -> bool {
    let Ok(old) = ron_options().from_str::<File>(text) else {
        return false;
    };
    let given: Vec<(StatutoryOfficer, OfficerComment)> = old
        .sign_off
        .comments
        .into_iter()
        .filter(|(_, comment)| !comment.is_empty())
        .collect();
    if given.is_empty() {
        return false;
    }
    let forces: Vec<String> = case
        .partners
        .named()
        .map(|(_, name)| name.to_owned())
        .collect();
    for force in forces {
        let record = case.sign_off.decision_record_mut(&force);
        for (officer, comment) in &given {
            let entry = record.comments.entry(*officer).or_default();
            if entry.is_empty() {
                entry.clone_from(comment);
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::partners::Force;

    fn two_forces() -> Case {
        let mut case = Case::default();
        for name in ["North Force", "South Force"] {
            case.partners.forces.push(Force {
                name: name.into(),
                ..Force::default()
            });
        }
        case
    }

    const OLD: &str = r#"(
        format_version: 2,
        sign_off: (
            comments: {
                MonitoringOfficer: (name: "A. Lawyer", date: Some("2027-01-05"), comment: "Lawful."),
                PccChiefFinanceOfficer: (name: "", date: None, comment: ""),
            },
        ),
    )"#;

    #[test]
    fn one_set_is_copied_to_each_named_body_and_a_second_run_changes_nothing() {
        let mut case = two_forces();
        assert!(convert(OLD, &mut case));
        assert_eq!(case.sign_off.decision_records.len(), 2);
        for record in &case.sign_off.decision_records {
            let comment = record.comment(StatutoryOfficer::MonitoringOfficer);
            assert_eq!(comment.name, "A. Lawyer");
            assert_eq!(comment.comment, "Lawful.");
            assert!(
                record
                    .comment(StatutoryOfficer::PccChiefFinanceOfficer)
                    .is_empty()
            );
        }
        let once = case.clone();
        convert(OLD, &mut case);
        assert_eq!(case, once, "idempotent");
    }

    #[test]
    fn a_body_s_own_comments_are_kept() {
        let mut case = two_forces();
        case.sign_off
            .decision_record_mut("South Force")
            .comments
            .insert(
                StatutoryOfficer::MonitoringOfficer,
                OfficerComment {
                    name: "S. Lawyer".into(),
                    ..OfficerComment::default()
                },
            );
        convert(OLD, &mut case);
        let south = case.sign_off.decision_record("South Force").expect("south");
        assert_eq!(
            south.comment(StatutoryOfficer::MonitoringOfficer).name,
            "S. Lawyer"
        );
        let north = case.sign_off.decision_record("North Force").expect("north");
        assert_eq!(
            north.comment(StatutoryOfficer::MonitoringOfficer).name,
            "A. Lawyer"
        );
    }

    #[test]
    fn an_older_file_loads_with_each_body_s_comments_and_a_warning() {
        let text = r#"(
            format_version: 2,
            partners: (forces: [(name: "North Force"), (name: "South Force")]),
            sign_off: (
                comments: {
                    MonitoringOfficer: (name: "A. Lawyer", date: Some("2027-01-05"), comment: "Lawful."),
                },
            ),
        )"#;
        let loaded = super::super::read_case(text).expect("an older file loads");
        for force in ["North Force", "South Force"] {
            let record = loaded
                .case
                .sign_off
                .decision_record(force)
                .expect("a record for each body");
            assert_eq!(
                record.comment(StatutoryOfficer::MonitoringOfficer).comment,
                "Lawful."
            );
            assert_eq!(record.comments.len(), StatutoryOfficer::ALL.len());
        }
        let messages: Vec<&str> = loaded
            .warnings
            .iter()
            .map(|warning| warning.message.as_str())
            .collect();
        assert_eq!(messages, [NOTICE], "no unknown-field warning beside it");
        // Saved and read again, the file is in the new shape and nothing changes.
        let again = super::super::to_ron(&loaded.case).expect("saves");
        let reloaded = super::super::read_case(&again).expect("reloads");
        assert_eq!(reloaded.case, loaded.case);
        assert!(reloaded.warnings.is_empty());
    }

    #[test]
    fn a_converted_or_blank_file_changes_nothing() {
        let mut case = two_forces();
        let before = case.clone();
        assert!(!convert("(format_version: 2, sign_off: ())", &mut case));
        assert!(!convert(
            "(format_version: 2, sign_off: (comments: {MonitoringOfficer: ()}))",
            &mut case
        ));
        assert!(!convert(
            "(format_version: 2, sign_off: (comments: {Nobody: ()}))",
            &mut case
        ));
        assert_eq!(case, before);
    }
}
