//! Two copies of Casewright and an outside program writing the same case file, in random
//! order: neither copy ever writes over a version it has not seen unless the user was asked
//! and chose to replace it, and "keep both" keeps both.
//!
//! This drives the storage layer the app's saves go through ([`storage::save_guarded`],
//! [`storage::save_stamped`], [`storage::open_stamped`]), not the window, so that thousands
//! of steps run in CI's time.

use std::fs;
use std::path::Path;

use casewright::case::Case;
use casewright::case::storage::{self, Stamp, StorageError, sync_copies};
use proptest::prelude::*;

/// What the user answers when a save stops because the file changed.
#[derive(Debug, Clone, Copy)]
enum Answer {
    KeepBoth,
    Replace,
    Cancel,
}

#[derive(Debug, Clone)]
enum Step {
    /// A copy changes its case.
    Edit(usize, u16),
    /// A copy saves; if asked, answers.
    Save(usize, Answer),
    /// Another program writes the file.
    Outside(u16),
    /// A copy comes back to the window: with nothing unsaved it is offered the changed file
    /// and reloads it; with unsaved edits the app only says the file changed (reloading would
    /// lose them), so the copy keeps its version for the next save to ask about.
    Reload(usize),
}

fn step() -> impl Strategy<Value = Step> {
    let side = 0..2usize;
    let answer = prop_oneof![
        Just(Answer::KeepBoth),
        Just(Answer::Replace),
        Just(Answer::Cancel)
    ];
    prop_oneof![
        3 => (side.clone(), any::<u16>()).prop_map(|(s, n)| Step::Edit(s, n)),
        3 => (side.clone(), answer).prop_map(|(s, a)| Step::Save(s, a)),
        1 => any::<u16>().prop_map(Step::Outside),
        1 => side.prop_map(Step::Reload),
    ]
}

/// One copy of Casewright with the case open.
struct Copy {
    case: Case,
    /// The stamp it keeps, as the app's document does.
    known: Option<Stamp>,
    /// The text it last read from or wrote to the file: what it has seen, kept apart from the
    /// stamp so the check does not trust what it checks.
    seen: Option<String>,
    /// Whether it has edits not yet written anywhere.
    unsaved: bool,
}

impl Copy {
    /// A copy that has just read the file at `path`.
    fn open(path: &Path) -> Copy {
        let (loaded, stamp) = storage::open_stamped(path).expect("opens");
        Copy {
            case: loaded.case,
            known: Some(stamp),
            seen: text(path),
            unsaved: false,
        }
    }
}

fn small_case(title: String) -> Case {
    let mut case = Case::default();
    case.front_sheet.title = title;
    case
}

fn text(path: &Path) -> Option<String> {
    fs::read_to_string(path).ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    #[test]
    fn no_version_is_lost_without_asking(steps in prop::collection::vec(step(), 100)) {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("case.ron");
        storage::save(&small_case("start".into()), &path).expect("saves");
        let mut copies: Vec<Copy> = (0..2).map(|_| Copy::open(&path)).collect();
        for step in steps {
            match step {
                Step::Edit(side, n) => {
                    copies[side].case.front_sheet.title = format!("{side}:{n}");
                    copies[side].unsaved = true;
                }
                Step::Outside(n) => {
                    storage::save(&small_case(format!("outside:{n}")), &path).expect("saves");
                }
                Step::Reload(side) => {
                    if !copies[side].unsaved {
                        copies[side] = Copy::open(&path);
                    }
                }
                Step::Save(side, answer) => {
                    let before = text(&path);
                    let copy = &mut copies[side];
                    let ours = storage::to_ron(&copy.case).expect("serialises");
                    match storage::save_guarded(&copy.case, &path, copy.known.as_ref()) {
                        Ok(stamp) => {
                            prop_assert_eq!(
                                &before, &copy.seen,
                                "copy {} wrote over a version it had not seen, without asking", side
                            );
                            prop_assert_eq!(text(&path), Some(ours.clone()));
                            copy.known = Some(stamp);
                            copy.seen = Some(ours);
                            copy.unsaved = false;
                        }
                        Err(StorageError::ChangedOnDisk { theirs }) => {
                            prop_assert_ne!(&before, &copy.seen, "asked when nothing had changed");
                            prop_assert_eq!(&text(&path), &before, "the file changed while asking");
                            let before_bytes = before.clone().unwrap_or_default();
                            prop_assert!(theirs.same_content(&Stamp::of_bytes(before_bytes.as_bytes(), None)));
                            match answer {
                                // Nothing written: this copy's version is still open
                                // in it, and theirs is on disk (checked above).
                                Answer::Cancel => {}
                                Answer::Replace => {
                                    copy.known = Some(storage::save_stamped(&copy.case, &path).expect("saves"));
                                    copy.seen = Some(ours);
                                    copy.unsaved = false;
                                }
                                Answer::KeepBoth => {
                                    let kept = sync_copies::keep_both_path(
                                        &path,
                                        "tester",
                                        chrono::Local::now(),
                                    );
                                    storage::save_stamped(&copy.case, &kept).expect("saves");
                                    prop_assert_eq!(&text(&path), &before, "keep both touched theirs");
                                    prop_assert_eq!(text(&kept), Some(ours));
                                    // The app goes on editing the kept copy; here it is checked
                                    // and removed, and this side reads the shared file again so
                                    // it keeps taking part.
                                    fs::remove_file(&kept).expect("tidy");
                                    *copy = Copy::open(&path);
                                }
                            }
                        }
                        Err(other) => prop_assert!(false, "save failed: {other}"),
                    }
                }
            }
        }
    }
}
