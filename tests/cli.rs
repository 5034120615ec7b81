//! The `casewright` subcommands as a script or CI job uses them: `check` (output grouped by
//! step) and `export`, their exit codes, and error messages that name each file once.

mod fixtures;

use std::ffi::OsStr;
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
            "could not write {}: its folder does not exist\n",
            pdf.display()
        )
    );
}
