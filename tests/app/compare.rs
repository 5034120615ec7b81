//! File ▸ Compare with…: the Changes view lists what changed since an earlier version, each
//! entry opening its field; it follows the user's edits; a file that cannot be read is said
//! so; and a save that finds someone else's version on disk can compare with it.

use std::fs;
use std::path::Path;

use casewright::app::App;
use casewright::app::commands::{Action, Command};
use casewright::app::dialogs::Purpose;
use casewright::case::{Case, Step, storage};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::{app_answering, app_in, case_with_every_row, click, type_into};

/// The case as it is now, and the version the board saw: another title, a risk fewer and
/// version 0.3.
fn versions(folder: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let now = case_with_every_row();
    let mut earlier = now.clone();
    earlier.front_sheet.title = "Joint dog unit (strategic outline)".into();
    earlier.front_sheet.version = "0.3".into();
    earlier.risks.risks.push(casewright::case::risk::Risk {
        id: "R-OLD".into(),
        title: "Kennels lease ends".into(),
        ..Default::default()
    });
    let (now_path, earlier_path) = (folder.join("now.ron"), folder.join("earlier.ron"));
    storage::save(&now, &now_path).expect("saves");
    storage::save(&earlier, &earlier_path).expect("saves");
    (now_path, earlier_path)
}

/// The app with `path` open, whose Compare with… dialog answers `earlier`.
fn app_comparing(path: &Path, earlier: &Path) -> Harness<'static, App> {
    let earlier = earlier.to_owned();
    let mut h =
        app_answering(move |purpose| matches!(purpose, Purpose::Compare).then(|| earlier.clone()));
    h.state_mut().queue(Action::OpenFile(path.to_owned()));
    h.run();
    h
}

/// The words of the change the view lists for the field at `place`.
fn change_at(h: &Harness<'_, App>, place: &str) -> String {
    h.state()
        .changes()
        .expect("the Changes view is open")
        .comparison
        .changes
        .iter()
        .find(|change| change.place_label() == place)
        .unwrap_or_else(|| panic!("no change at {place}"))
        .to_string()
}

#[test]
fn compare_with_lists_the_changes_and_each_opens_its_field() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (now, earlier) = versions(folder.path());
    let mut h = app_comparing(&now, &earlier);
    h.get_by_label("File").click();
    h.run();
    click(&mut h, "Compare with…");
    h.get_by_label("Changes since version 0.3 (earlier.ron)");
    h.get_by_label("Removed from Risks: Risk R-OLD: Kennels lease ends");
    crate::support::go_to(&mut h, Step::Review);

    let title = change_at(&h, "Title");
    assert!(title.contains("strategic outline"), "{title}");
    click(&mut h, &title);
    assert_eq!(h.state().step(), Some(Step::FrontSheet));
    assert_eq!(h.query_all_by(|node| node.is_focused()).count(), 1);
    assert!(
        h.get_by(|node| crate::support::is_text_input(node, "Title"))
            .is_focused(),
        "the cursor is in the title"
    );
}

#[test]
fn the_changes_follow_the_users_edits() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (now, earlier) = versions(folder.path());
    let mut h = app_comparing(&now, &earlier);
    h.state_mut().queue(Command::CompareWith);
    h.run();
    type_into(&mut h, "Title", " (revised)");
    let title = change_at(&h, "Title");
    assert!(title.contains("(revised)"), "{title}");
    h.get_by_label(&title);
    click(&mut h, "Close the changes");
    assert!(h.state().changes().is_none());
}

#[test]
fn a_file_that_cannot_be_read_is_said_so_with_where_it_breaks() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (now, _) = versions(folder.path());
    let broken = folder.path().join("broken.ron");
    fs::write(
        &broken,
        "(\n    format_version: 1,\n    risks: (risks: [ (likelihood: \"high\") ]),\n)",
    )
    .expect("writes");
    let mut h = app_comparing(&now, &broken);
    h.state_mut().queue(Command::CompareWith);
    h.run();
    let notice = h.state().notice().expect("a notice").clone();
    assert_eq!(notice.title, "Could not compare with broken.ron");
    assert!(notice.detail.contains("line 3"), "{}", notice.detail);
    assert!(h.state().changes().is_none());
}

#[test]
fn a_save_over_someone_elses_version_can_compare_with_it_and_writes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("case.ron");
    let mut case = Case::default();
    case.normalise();
    case.front_sheet.title = "Joint dog unit".into();
    storage::save(&case, &path).expect("saves");
    let mut h = app_in(Some(&folder.path().join("user")));
    h.state_mut().queue(Action::OpenFile(path.clone()));
    h.run();
    case.front_sheet.title = "Changed by another program".into();
    storage::save(&case, &path).expect("saves");
    type_into(&mut h, "Title", " (mine)");
    h.state_mut().queue(Command::Save);
    h.run();
    click(&mut h, "Compare");
    h.get_by_label("Changes since the version now on disk (case.ron)");
    let title = change_at(&h, "Title");
    assert!(
        title.contains("Changed by another program") && title.contains("(mine)"),
        "{title}"
    );
    assert_eq!(
        storage::load(&path).expect("loads").front_sheet.title,
        "Changed by another program"
    );
    assert!(h.state().document().expect("open").is_unsaved());
}

#[test]
fn the_changes_can_be_added_to_the_revision_history() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (now, earlier) = versions(folder.path());
    let mut h = app_comparing(&now, &earlier);
    h.state_mut().queue(Command::CompareWith);
    h.run();
    let rows = h.state().case().expect("open").revisions.len();
    click(&mut h, "Add to the revision history");
    let case = h.state().case().expect("open");
    assert_eq!(case.revisions.len(), rows + 1);
    let added = case.revisions.last().expect("a row");
    assert!(
        added
            .summary
            .starts_with("Since version 0.3: changes to Front sheet and partners and Risks"),
        "{}",
        added.summary
    );
    assert_eq!(added.version, case.front_sheet.version);
    assert_eq!(h.state().step(), Some(Step::Implementation));
    assert!(h.state().document().expect("open").is_unsaved());
}
