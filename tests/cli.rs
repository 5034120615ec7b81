//! The `casewright` subcommands as a script or CI job uses them: `check` (output grouped by
//! step), `export`, `fmt` and `diff`, their exit codes, and error messages that name each file once.

mod fixtures;

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::Command;

use casewright::case::{Case, storage};

/// Runs `casewright ARGS…`: the exit code, stdout and stderr.
fn casewright<I>(args: I) -> (i32, String, String)
where
    I: IntoIterator,
    I::Item: AsRef<OsStr>,
{
    let output = Command::new(env!("CARGO_BIN_EXE_casewright"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn check(path: &Path) -> (i32, String, String) {
    casewright([OsStr::new("check"), path.as_os_str()])
}

#[test]
fn a_complete_case_passes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("ready.ron");
    storage::save(&fixtures::complete_case(), &path).expect("saves");
    let (code, stdout, _) = check(&path);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("0 errors"), "{stdout}");
    assert!(stdout.contains("Ready for committee"), "{stdout}");
}

#[test]
fn an_incomplete_case_lists_errors_by_step_and_fails() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("empty.ron");
    storage::save(&Case::default(), &path).expect("saves");
    let (code, stdout, _) = check(&path);
    assert_eq!(code, 1, "{stdout}");
    let front = stdout
        .find("Front sheet and partners")
        .expect("front sheet group");
    let governance = stdout.find("\nGovernance\n").expect("governance group");
    assert!(front < governance, "steps out of order:\n{stdout}");
    assert!(
        stdout.contains("error: No option is marked as preferred."),
        "{stdout}"
    );
}

#[test]
fn a_corrupt_file_names_line_and_column() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("corrupt.ron");
    std::fs::write(
        &path,
        "(\n    format_version: 1,\n    risks: (risks: [ (likelihood: \"high\") ]),\n)",
    )
    .expect("write");
    let (code, _, stderr) = check(&path);
    assert_eq!(code, 2);
    assert!(stderr.contains("corrupt.ron: line 3, column"), "{stderr}");
}

#[test]
fn a_missing_file_says_so() {
    let (code, _, stderr) = check(Path::new("no-such-case.ron"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("could not read no-such-case.ron"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("no-such-case.ron").count(), 1, "{stderr}");
}

#[test]
fn an_unwritable_pdf_path_is_named_once_with_the_reason() {
    let folder = tempfile::tempdir().expect("temp dir");
    let case = folder.path().join("ready.ron");
    storage::save(&fixtures::complete_case(), &case).expect("saves");
    let pdf = folder.path().join("no such folder").join("paper.pdf");
    let (code, stdout, stderr) = casewright([
        OsStr::new("export"),
        case.as_os_str(),
        OsStr::new("-o"),
        pdf.as_os_str(),
    ]);
    assert_eq!(code, 3, "{stdout}");
    assert_eq!(
        stderr,
        format!(
            "could not write {}: its folder is not there (moved or deleted, a USB drive taken out, or the network connection lost)\n",
            pdf.display()
        )
    );
}

#[test]
fn fmt_rewrites_a_hand_edited_case_in_canonical_form_and_then_leaves_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("edited.ron");
    let case = fixtures::complete_case();
    let saved = storage::to_ron(&case).expect("serialises");
    fs::write(&path, saved.replace("    ", "  ")).expect("write");
    let (code, stdout, stderr) = casewright([OsStr::new("fmt"), path.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, format!("Rewrote {}\n", path.display()));
    assert_eq!(fs::read_to_string(&path).expect("read back"), saved);

    let (code, stdout, _) = casewright([OsStr::new("fmt"), path.as_os_str()]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        format!("{} is already in canonical form\n", path.display())
    );
}

#[test]
fn fmt_tries_every_file_and_names_each_bad_one_once() {
    let folder = tempfile::tempdir().expect("temp dir");
    let broken = folder.path().join("broken.ron");
    let broken_text = "(\n    format_version: 1,\n    front_sheet: (title: 12\n";
    fs::write(&broken, broken_text).expect("write");
    let missing = folder.path().join("missing.ron");
    let sparse = folder.path().join("sparse.ron");
    fs::write(&sparse, "(format_version: 1)").expect("write");
    let (code, stdout, stderr) = casewright([
        OsStr::new("fmt"),
        broken.as_os_str(),
        missing.as_os_str(),
        sparse.as_os_str(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    // One message a file; a detail line (the parser's own words) is indented under it.
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|line| !line.starts_with("  "))
        .collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("{}: line 3, column", broken.display())),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("could not read {}: ", missing.display())),
        "{stderr}"
    );
    for line in lines {
        assert_eq!(line.matches(".ron").count(), 1, "{line}");
    }
    assert_eq!(fs::read_to_string(&broken).expect("read back"), broken_text);
    assert_eq!(stdout, format!("Rewrote {}\n", sparse.display()));
    assert!(storage::load(&sparse).is_ok());
}

#[test]
fn fmt_needs_at_least_one_file() {
    let (code, _, stderr) = casewright(["fmt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("<FILE>"), "{stderr}");
}

fn diff(old: &Path, new: &Path) -> (i32, String, String) {
    casewright([OsStr::new("diff"), old.as_os_str(), new.as_os_str()])
}

#[test]
fn diff_of_a_case_and_its_copy_says_no_changes_and_exits_0() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (old, new) = (folder.path().join("a.ron"), folder.path().join("b.ron"));
    storage::save(&fixtures::realistic_case(), &old).expect("saves");
    storage::save(&fixtures::realistic_case(), &new).expect("saves");
    let (code, stdout, stderr) = diff(&old, &new);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("No changes."), "{stdout}");
}

#[test]
fn diff_of_a_version_1_example_and_todays_lists_changes_by_step_and_exits_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, stdout, stderr) = diff(
        &root.join("tests/fixtures/v1/south-west-shared-hr.ron"),
        &root.join("assets/examples/south-west-shared-hr.ron"),
    );
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stdout.starts_with("Changes from version"), "{stdout}");
    let finance = stdout.find("\nFinance\n").expect("a finance group");
    let figures = stdout
        .find("\nWhat the figures move\n")
        .expect("the figures");
    assert!(finance < figures, "{stdout}");
    assert!(
        stdout.contains("Shared function: net present value: "),
        "{stdout}"
    );
}

#[test]
fn diff_with_only_a_new_order_exits_0_and_says_so() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (old, new) = (folder.path().join("a.ron"), folder.path().join("b.ron"));
    let case = fixtures::realistic_case();
    let mut reordered = case.clone();
    reordered.risks.risks.reverse();
    storage::save(&case, &old).expect("saves");
    storage::save(&reordered, &new).expect("saves");
    let (code, stdout, _) = diff(&old, &new);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("No change of substance"), "{stdout}");
    assert!(
        stdout.contains("Risks: the same items in another order"),
        "{stdout}"
    );
}

#[test]
fn diff_names_an_unreadable_file_with_line_and_column_and_exits_2() {
    let folder = tempfile::tempdir().expect("temp dir");
    let good = folder.path().join("good.ron");
    let corrupt = folder.path().join("corrupt.ron");
    storage::save(&fixtures::realistic_case(), &good).expect("saves");
    fs::write(
        &corrupt,
        "(\n    format_version: 1,\n    risks: (risks: [ (likelihood: \"high\") ]),\n)",
    )
    .expect("write");
    let (code, stdout, stderr) = diff(&good, &corrupt);
    assert_eq!(code, 2, "{stdout}");
    assert!(stderr.contains("corrupt.ron: line 3, column"), "{stderr}");
    let (code, _, stderr) = diff(Path::new("no-such-case.ron"), &good);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("could not read no-such-case.ron"),
        "{stderr}"
    );
}
