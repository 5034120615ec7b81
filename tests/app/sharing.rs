//! Two copies of Casewright, a colleague, a network drive or a sync client touching the same
//! case: nothing is written over someone else's work without asking, a case open elsewhere
//! says so, a save that cannot reach its folder keeps the work, and drawing a step never
//! changes a value the user did not choose.

use std::fs;
use std::path::Path;

use crate::support::{app_in, click, type_into};
use casewright::app::commands::{Action, Command};
use casewright::app::user_data::UserData;
use casewright::case::risk::Risk;
use casewright::case::storage::lock::{self, LockNote};
use casewright::case::{Case, Step, storage};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A case titled `title` saved at `path`.
fn case_file(path: &Path, title: &str) {
    let mut case = Case::default();
    case.normalise();
    case.front_sheet.title = title.into();
    storage::save(&case, path).expect("saves");
}

/// Opens `path` in `h` and lets it settle.
fn open(h: &mut Harness<'static, casewright::app::App>, path: &Path) {
    h.state_mut().queue(Action::OpenFile(path.to_owned()));
    h.run();
}

/// Leaves the window and comes back to it, as a person does after working elsewhere.
fn leave_and_return(h: &mut Harness<'static, casewright::app::App>) {
    h.input_mut().focused = false;
    h.run();
    h.input_mut().focused = true;
    h.run();
}

fn title_on_disk(path: &Path) -> String {
    storage::load(path).expect("loads").front_sheet.title
}

#[test]
fn a_save_over_someone_elses_save_asks_and_their_file_stays_intact() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let mut a = app_in(Some(&folder.path().join("a")));
    open(&mut a, &path);
    // B is on another computer, reaching the file through a sync client, which does not
    // carry lock notes (they start `~$`), so B sees none.
    fs::remove_file(lock::note_path(&path)).expect("A's lock note");
    let mut b = app_in(Some(&folder.path().join("b")));
    open(&mut b, &path);
    assert!(b.state().notice().is_none());
    type_into(&mut b, "Title", " (finance)");
    b.state_mut().queue(Command::Save);
    b.run();
    assert_eq!(title_on_disk(&path), "Joint dog unit (finance)");

    type_into(&mut a, "Title", " (legal)");
    a.state_mut().queue(Command::Save);
    a.run();
    a.get_by_label("case.ron was changed by someone else");
    a.get_by_label("Keep both");
    a.get_by_label("Replace theirs");
    assert_eq!(
        title_on_disk(&path),
        "Joint dog unit (finance)",
        "B's file was written over before A answered"
    );
    assert!(a.state().document().expect("open").is_unsaved());

    click(&mut a, "Keep both");
    assert_eq!(title_on_disk(&path), "Joint dog unit (finance)");
    let kept = storage::sync_copies::conflict_copies(&path);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(title_on_disk(&kept[0]), "Joint dog unit (legal)");
    let document = a.state().document().expect("open");
    assert_eq!(document.path.as_deref(), Some(kept[0].as_path()));
    assert!(!document.is_unsaved());
    let notice = a.state().notice().expect("says what it did").clone();
    assert!(
        notice.detail.contains("keeps the other version"),
        "{}",
        notice.detail
    );
}

#[test]
fn replace_theirs_writes_over_only_when_chosen_and_cancel_writes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let mut a = app_in(Some(folder.path()));
    open(&mut a, &path);
    case_file(&path, "Changed by another program");
    type_into(&mut a, "Title", " (mine)");
    a.state_mut().queue(Command::Save);
    a.run();
    click(&mut a, "Cancel");
    assert_eq!(title_on_disk(&path), "Changed by another program");
    assert!(a.state().document().expect("open").is_unsaved());
    a.state_mut().queue(Command::Save);
    a.run();
    click(&mut a, "Replace theirs");
    assert_eq!(title_on_disk(&path), "Joint dog unit (mine)");
    assert!(!a.state().document().expect("open").is_unsaved());
    // Saving again is not a conflict: this copy wrote what is there.
    type_into(&mut a, "Title", "!");
    a.state_mut().queue(Command::Save);
    a.run();
    assert!(a.query_by_label("Keep both").is_none());
    assert_eq!(title_on_disk(&path), "Joint dog unit (mine)!");
}

#[test]
fn returning_to_the_window_offers_to_reload_a_changed_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let mut a = app_in(Some(folder.path()));
    open(&mut a, &path);
    leave_and_return(&mut a);
    assert!(a.query_by_label("Reload").is_none(), "nothing changed");

    case_file(&path, "Joint dog unit, as the finance officer left it");
    leave_and_return(&mut a);
    a.get_by_label("case.ron was changed by someone else");
    click(&mut a, "Reload");
    assert_eq!(
        a.state().case().expect("open").front_sheet.title,
        "Joint dog unit, as the finance officer left it"
    );
    assert!(!a.state().document().expect("open").is_unsaved());
    leave_and_return(&mut a);
    assert!(
        a.query_by_label("Reload").is_none(),
        "the reloaded file is not news"
    );

    // With unsaved edits here, it says so and leaves both versions alone.
    type_into(&mut a, "Title", " (mine)");
    case_file(&path, "Changed again");
    leave_and_return(&mut a);
    assert!(a.query_by_label("Reload").is_none());
    let notice = a.state().notice().expect("told").clone();
    assert_eq!(notice.title, "case.ron was changed by someone else");
    assert!(notice.detail.contains("keep both"), "{}", notice.detail);
    click(&mut a, "OK");
    leave_and_return(&mut a);
    assert!(a.state().notice().is_none(), "the same change is told once");
    assert_eq!(title_on_disk(&path), "Changed again");
}

#[test]
fn recovered_work_saved_over_its_file_asks_first_without_blaming_anyone() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit, as saved later");
    let user = folder.path().join("user");
    let crashed = UserData::in_folder(user.clone());
    let mut recovered = Case::default();
    recovered.normalise();
    recovered.front_sheet.title = "Joint dog unit, as autosaved".into();
    crashed.autosave(&recovered, Some(&path)).expect("autosave");
    std::thread::sleep(std::time::Duration::from_millis(5));

    let mut a = app_in(Some(&user));
    click(&mut a, "Recover Joint dog unit, as autosaved");
    a.state_mut().queue(Command::Save);
    a.run();
    a.get_by_label("case.ron is already on disk");
    a.get_by_label_contains("work recovered from an autosave");
    assert!(
        a.query_by_label("case.ron was changed by someone else")
            .is_none()
    );
    assert_eq!(title_on_disk(&path), "Joint dog unit, as saved later");
    click(&mut a, "Keep both");
    assert_eq!(title_on_disk(&path), "Joint dog unit, as saved later");
    let kept = storage::sync_copies::conflict_copies(&path);
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(title_on_disk(&kept[0]), "Joint dog unit, as autosaved");
}

#[test]
fn a_case_open_elsewhere_opens_read_only_and_refuses_edits_and_saves() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let mut a = app_in(Some(&folder.path().join("a")));
    open(&mut a, &path);
    let note = lock::read_note(&path).expect("A wrote a lock note");
    assert_eq!(note.process, std::process::id());
    assert_eq!(note.machine, lock::machine_name());

    let mut b = app_in(Some(&folder.path().join("b")));
    open(&mut b, &path);
    b.get_by_label("case.ron is open elsewhere");
    b.get_by_label_contains(&format!("{} on {}", note.user, note.machine));
    assert!(
        b.query_by_label("Take over and edit").is_none(),
        "A is running"
    );
    click(&mut b, "Open read-only");
    assert!(
        b.state().title().contains("(read-only)"),
        "{}",
        b.state().title()
    );
    b.get_by_label_contains("Read-only: ");
    type_into(&mut b, "Title", " (changed)");
    assert_eq!(
        b.state().case().expect("open").front_sheet.title,
        "Joint dog unit"
    );
    b.state_mut().queue(Command::Save);
    b.run();
    assert_eq!(
        b.state().notice().expect("says why").title,
        "case.ron is open read-only"
    );
    assert_eq!(
        lock::read_note(&path).as_ref(),
        Some(&note),
        "B took A's note"
    );

    // Closing A removes its note; closing B leaves nothing either.
    a.state_mut().queue(Command::Close);
    a.run();
    assert!(
        !lock::note_path(&path).exists(),
        "A's note outlived the case"
    );
    drop(b);
    assert!(!lock::note_path(&path).exists());
}

#[test]
fn a_case_no_lock_note_can_be_left_beside_says_so() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    // Something that is not a note stands where the note goes, so none can be written (as
    // in a folder this user may read but not write).
    fs::create_dir(lock::note_path(&path)).expect("folder in the way");
    let mut a = app_in(Some(&folder.path().join("a")));
    open(&mut a, &path);
    assert!(!a.state().document().expect("open").is_read_only());
    a.get_by_label("Not marked as open here: others opening it are not told");

    // Where a note can be written, the status bar says nothing of it.
    let other = folder.path().join("other.ron");
    case_file(&other, "Joint dog unit");
    open(&mut a, &other);
    assert!(lock::read_note(&other).is_some());
    assert!(
        a.query_by_label("Not marked as open here: others opening it are not told")
            .is_none()
    );
}

#[test]
fn a_case_open_elsewhere_can_be_opened_as_a_copy() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let mut a = app_in(Some(&folder.path().join("a")));
    open(&mut a, &path);
    let mut b = crate::support::app_answering({
        let copy = folder.path().join("my copy.ron");
        move |_| Some(copy.clone())
    });
    open(&mut b, &path);
    click(&mut b, "Open a copy");
    b.run();
    let document = b.state().document().expect("open");
    assert_eq!(
        document.path.as_deref(),
        Some(folder.path().join("my copy.ron").as_path())
    );
    assert!(!document.is_read_only());
    assert_eq!(
        title_on_disk(&folder.path().join("my copy.ron")),
        "Joint dog unit"
    );
    assert!(lock::read_note(&folder.path().join("my copy.ron")).is_some());
}

#[test]
fn a_stale_lock_note_is_recognised_and_can_be_taken_over() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    // Left by a copy of Casewright on this computer that has since stopped.
    let mut left = LockNote::here(chrono::Utc::now());
    left.process = 0x7fff_fff0;
    fs::write(
        lock::note_path(&path),
        ron::to_string(&left).expect("serialises"),
    )
    .expect("write");
    let mut b = app_in(Some(folder.path()));
    open(&mut b, &path);
    b.get_by_label_contains("no longer running on this computer");
    click(&mut b, "Take over and edit");
    assert!(!b.state().document().expect("open").is_read_only());
    let now = lock::read_note(&path).expect("a note");
    assert_ne!(now.token, left.token, "the old note is still there");
    type_into(&mut b, "Title", " (edited)");
    b.state_mut().queue(Command::Save);
    b.run();
    assert_eq!(title_on_disk(&path), "Joint dog unit (edited)");
}

#[test]
fn a_save_into_a_folder_that_has_gone_keeps_the_work_and_says_so() {
    let folder = tempfile::tempdir().expect("temp dir");
    let stick = folder.path().join("USB stick");
    fs::create_dir(&stick).expect("folder");
    let path = stick.join("case.ron");
    case_file(&path, "Joint dog unit");
    let user = folder.path().join("user");
    let mut a = app_in(Some(&user));
    open(&mut a, &path);
    type_into(&mut a, "Title", " (unsaved)");
    fs::remove_dir_all(&stick).expect("the stick is pulled out");
    a.state_mut().queue(Command::Save);
    a.run();
    let notice = a.state().notice().expect("says so").clone();
    assert_eq!(notice.title, "Could not save case.ron");
    assert!(
        notice.detail.contains("its folder is not there"),
        "{}",
        notice.detail
    );
    assert!(
        notice.detail.contains("Your work is safe"),
        "{}",
        notice.detail
    );
    assert!(a.state().document().expect("open").is_unsaved());
    assert_eq!(
        a.state().case().expect("open").front_sheet.title,
        "Joint dog unit (unsaved)"
    );
    // The work is in the autosave, where the next start offers it.
    let later = UserData::in_folder(user.clone());
    let found = later.recoveries();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].case.front_sheet.title, "Joint dog unit (unsaved)");
}

#[test]
fn a_sync_clients_conflict_copy_beside_the_case_is_offered_on_open() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    case_file(&path, "Joint dog unit");
    let copy = folder.path().join("case-FIN-LAPTOP-7.ron");
    case_file(&copy, "Joint dog unit (finance officer's)");
    let mut a = app_in(Some(&folder.path().join("user")));
    open(&mut a, &path);
    a.get_by_label("Other versions of case.ron are beside it");
    a.get_by_label("Show in folder");
    click(&mut a, "Open case-FIN-LAPTOP-7.ron");
    a.run();
    assert_eq!(
        a.state().document().expect("open").path.as_deref(),
        Some(copy.as_path())
    );
}

#[test]
fn scores_outside_the_matrix_survive_visiting_every_step_and_saving() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    let mut case = Case::default();
    case.normalise();
    for (id, title, score) in [("R1", "Zero", 0), ("R2", "Six", 6), ("R3", "Big", 255)] {
        case.risks.risks.push(Risk {
            id: id.into(),
            title: title.into(),
            likelihood: score,
            impact: score,
            residual_likelihood: score,
            residual_impact: score,
            ..Risk::default()
        });
    }
    case.options.tier_thresholds.tier1_min_fit = 0;
    case.options.tier_thresholds.tier2_min_fit = 9;
    case.risks.settings.thresholds.very_high_from = 200;
    case.finance.agreement_years = 150;
    case.finance.capital_financing.asset_life_years = 250;
    storage::save(&case, &path).expect("saves");
    let before = storage::load(&path).expect("loads");

    let mut a = app_in(Some(&folder.path().join("user")));
    open(&mut a, &path);
    for step in Step::ALL {
        a.state_mut().queue(Action::GoTo(step));
        a.run();
        if step == Step::Risks {
            for (id, title, score) in [("R1", "Zero", 0), ("R2", "Six", 6), ("R3", "Big", 255)] {
                click(&mut a, &format!("{id} {title}"));
                let shown = a
                    .query_all_by_label_contains(&format!("{score} — outside the 5×5 scale"))
                    .count();
                assert_eq!(shown, 4, "{id}'s four scores are not all shown as outside");
            }
        }
        if step == Step::Finance {
            a.get_by_label_contains("150 — outside 0 to 99 years");
            a.get_by_label_contains("250 — outside 0 to 100 years");
        }
        if step == Step::Options {
            click(&mut a, "Tier thresholds");
            a.get_by_label_contains("0 — outside the scores 1 to 5");
        }
    }
    assert!(
        !a.state().document().expect("open").is_unsaved(),
        "drawing the steps changed the case"
    );
    a.state_mut().queue(Action::save_to(path.clone()));
    a.run();
    let after = storage::load(&path).expect("loads");
    assert_eq!(after.risks, before.risks);
    assert_eq!(
        after.options.tier_thresholds,
        before.options.tier_thresholds
    );
    assert_eq!(after.finance.agreement_years, 150);
    assert_eq!(after.finance.capital_financing.asset_life_years, 250);
}
