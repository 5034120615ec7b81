//! Hostile files through the command line, as a collaboration lead meets them: each kind
//! gets a plain message with what to do (and the parser's own words only as a detail), and
//! `export` never writes over the case it reads, however the path is spelt.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::Command;

/// Runs `casewright ARGS…` in `folder`: the exit code, stdout and stderr.
fn casewright_in<I>(folder: &Path, args: I) -> (i32, String, String)
where
    I: IntoIterator,
    I::Item: AsRef<OsStr>,
{
    let output = Command::new(env!("CARGO_BIN_EXE_casewright"))
        .current_dir(folder)
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

const EXAMPLE: &str = include_str!("../assets/examples/south-west-shared-hr.ron");

/// Writes `bytes` as `name` in `folder` and runs `casewright check` on it.
fn check(folder: &Path, name: &str, bytes: &[u8]) -> (i32, String, String) {
    fs::write(folder.join(name), bytes).expect("write");
    casewright_in(folder, ["check", name])
}

/// The first line of stderr (the message; a detail line may follow, indented).
fn first_line(stderr: &str) -> &str {
    stderr.lines().next().unwrap_or_default()
}

#[test]
fn every_kind_of_unreadable_file_gets_a_plain_message() {
    let folder = tempfile::tempdir().expect("temp dir");
    let dir = folder.path();
    let mut utf16_with_a_date_error = vec![0xFF, 0xFE];
    utf16_with_a_date_error.extend(
        "(format_version: 1, front_sheet: (meeting_date: \"2026-02-30\"))"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let deep = format!(
        "(format_version: 1, front_sheet: (title: {}{}))",
        "[".repeat(300),
        "]".repeat(300)
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.ron", Vec::new(), "the file is empty"),
        ("blank.ron", b"  \n\n ".to_vec(), "the file is empty"),
        (
            "letter.ron",
            b"Dear colleague,\nplease find the case attached.\n".to_vec(),
            "line 1, column 1: it is not a Casewright case: a case file starts with `(`",
        ),
        (
            "word.ron",
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml".to_vec(),
            "it is a Word document or another zipped file",
        ),
        (
            "old-word.ron",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(),
            "it is a Word or Excel document (.doc, .xls)",
        ),
        ("paper.ron", b"%PDF-1.3\n%\xff\xfe".to_vec(), "it is a PDF"),
        (
            "date.ron",
            utf16_with_a_date_error,
            "line 1, column 50: 2026-02-30 in `meeting_date` is not a date: February 2026 has 28 days",
        ),
        (
            "score.ron",
            b"(format_version: 1, risks: (risks: [(likelihood: 99999999999)]))".to_vec(),
            "the number 99999999999 is too large for `likelihood`",
        ),
        (
            "deep.ron",
            deep.into_bytes(),
            "brackets are nested far deeper here than any case nests them",
        ),
        (
            "cut.ron",
            EXAMPLE.as_bytes()[..EXAMPLE.len() / 3].to_vec(),
            "the file ends too soon",
        ),
        (
            "choice.ron",
            b"(format_version: 1, front_sheet: (status: Finished))".to_vec(),
            "`Finished` is not one of the choices for `status`; the choices are `Draft` or `Final`",
        ),
    ];
    for (name, bytes, expected) in cases {
        let (code, _, stderr) = check(dir, name, &bytes);
        assert_eq!(code, 2, "{name}: {stderr}");
        let message = first_line(&stderr);
        assert!(message.contains(name), "the file is not named: {stderr}");
        assert!(message.contains(expected), "{name}: {stderr}");
        for jargon in [
            "VersionProbe",
            "ron::Options",
            "os error",
            "stream did not contain",
        ] {
            assert!(!message.contains(jargon), "{name}: {stderr}");
        }
    }
}

#[test]
fn the_parsers_own_words_are_kept_as_a_detail_line() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_, _, stderr) = check(
        folder.path(),
        "date.ron",
        b"(format_version: 1, front_sheet: (meeting_date: \"2026-02-30\"))",
    );
    assert_eq!(
        stderr.lines().nth(1),
        Some("  The file reader said: input is out of range"),
        "{stderr}"
    );
}

#[test]
fn a_byte_order_mark_and_utf16_are_read() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut with_mark = b"\xEF\xBB\xBF".to_vec();
    with_mark.extend(EXAMPLE.as_bytes());
    let (code, stdout, stderr) = check(folder.path(), "mark.ron", &with_mark);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let mut utf16 = vec![0xFE, 0xFF];
    utf16.extend(EXAMPLE.encode_utf16().flat_map(u16::to_be_bytes));
    let (code, stdout, stderr) = check(folder.path(), "utf16.ron", &utf16);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("warning: The file is in UTF-16"),
        "{stdout}"
    );
}

#[test]
fn duplicate_keys_and_unknown_fields_are_warned_about_with_line_and_column() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = EXAMPLE
        .replacen(
            "objectives: {",
            "objectives: {\n            GenerateEfficiencies: \"an earlier draft\",",
            1,
        )
        .replacen(
            "        summary: ",
            "        sumary: \"typed by hand\",\n        summary: ",
            1,
        );
    let (code, stdout, stderr) = check(folder.path(), "edited.ron", text.as_bytes());
    assert_eq!(code, 0, "{stdout}{stderr}");
    let duplicate = stdout
        .lines()
        .find(|line| line.contains("`strategy.objectives.GenerateEfficiencies` is written twice"))
        .unwrap_or_else(|| panic!("no duplicate warning:\n{stdout}"));
    assert!(
        duplicate.trim_start().starts_with("warning: line "),
        "{duplicate}"
    );
    assert!(
        duplicate.contains("will be dropped at the next save"),
        "{duplicate}"
    );
    let unknown = stdout
        .lines()
        .find(|line| line.contains("`front_sheet.sumary` is not a field Casewright knows"))
        .unwrap_or_else(|| panic!("no unknown-field warning:\n{stdout}"));
    // The line the hand-typed field is on, however the example's front sheet grows.
    let line = text
        .lines()
        .position(|line| line.contains("sumary:"))
        .expect("the edit is in the file")
        + 1;
    assert!(
        unknown.contains(&format!("warning: line {line}, column 9")),
        "{unknown}"
    );
    assert!(unknown.contains("Did you mean `summary`?"), "{unknown}");
}

#[test]
fn characters_taken_out_and_characters_no_font_has_are_named() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = EXAMPLE
        .replacen(
            "Five Forces: Outline",
            "Five\u{7} Forces: \u{202E}Outline",
            1,
        )
        .replacen("Rachel Penhaligon", "Rachel Penhaligon 陈", 1);
    let (_, stdout, _) = check(folder.path(), "odd.ron", text.as_bytes());
    assert!(
        stdout.contains("`front_sheet.title` had a control character (U+0007), and a right-to-left override (U+202E)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "`front_sheet.author` has the character 陈 (U+9648), which no font in the paper has"
        ),
        "{stdout}"
    );
}

#[test]
fn a_two_thousand_word_title_is_shortened_in_the_heading_and_named_as_too_long() {
    let folder = tempfile::tempdir().expect("temp dir");
    let long_title = "shared service ".repeat(1000);
    let text = EXAMPLE.replacen(
        "title: \"A South West Shared HR and Payroll Service for Five Forces: Outline Business Case\"",
        &format!("title: \"{long_title}\""),
        1,
    );
    let (_, stdout, _) = check(folder.path(), "long.ron", text.as_bytes());
    let heading = stdout.lines().next().unwrap_or_default();
    assert!(
        heading.starts_with("shared service shared service") && heading.ends_with("… (long.ron)"),
        "{heading}"
    );
    assert!(heading.chars().count() < 140, "{heading}");
    assert!(
        stdout.contains("warning: The title is 14999 characters long: it prints in full"),
        "{stdout}"
    );
}

#[test]
fn a_date_in_year_zero_means_not_ready() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = EXAMPLE.replacen(
        "meeting_date: \"2027-02-17\"",
        "meeting_date: \"0000-02-17\"",
        1,
    );
    let (code, stdout, _) = check(folder.path(), "year0.ron", text.as_bytes());
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("error: The date in `front_sheet.meeting_date` is in the year 0"),
        "{stdout}"
    );
}

#[test]
fn export_never_writes_over_the_case_however_it_is_spelt() {
    let folder = tempfile::tempdir().expect("temp dir");
    let sub = folder.path().join("cases");
    fs::create_dir(&sub).expect("mkdir");
    let case = sub.join("case.ron");
    fs::write(&case, EXAMPLE).expect("write");
    let absolute = case.to_string_lossy().into_owned();
    for output in [
        "./case.ron",
        "case.ron",
        absolute.as_str(),
        "../cases/case.ron",
        "other.RON",
    ] {
        let (code, _, stderr) = casewright_in(&sub, ["export", "case.ron", "-o", output]);
        assert_eq!(code, 2, "{output}: {stderr}");
        assert!(
            stderr.contains("Casewright will not") || stderr.contains("the case file itself"),
            "{stderr}"
        );
        assert_eq!(
            fs::read_to_string(&case).expect("read"),
            EXAMPLE,
            "{output}"
        );
    }
    fs::write(sub.join("notes.pdf"), b"PK\x03\x04 notes").expect("write");
    let (code, _, stderr) = casewright_in(&sub, ["export", "case.ron", "-o", "notes.pdf"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("already exists and is not a PDF"),
        "{stderr}"
    );
    let (code, _, stderr) = casewright_in(
        &sub,
        ["export", "case.ron", "--format", "pdf", "-o", "notes.docx"],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("does not end .pdf"), "{stderr}");
    let (code, stdout, stderr) = casewright_in(&sub, ["export", "case.ron", "-o", "paper.pdf"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        fs::read(sub.join("paper.pdf"))
            .expect("pdf")
            .starts_with(b"%PDF-")
    );
}

#[test]
fn export_takes_its_format_from_the_output_name_or_says_it_cannot() {
    let folder = tempfile::tempdir().expect("temp dir");
    fs::write(folder.path().join("case.ron"), EXAMPLE).expect("write");
    for output in ["notes.odt", "paper"] {
        let (code, _, stderr) = casewright_in(folder.path(), ["export", "case.ron", "-o", output]);
        assert_eq!(code, 2, "{output}: {stderr}");
        assert!(
            stderr.contains("cannot tell the format from the name") && stderr.contains("pdf, docx"),
            "{stderr}"
        );
        assert!(!folder.path().join(output).exists(), "{output}");
    }
    let (code, _, stderr) = casewright_in(folder.path(), ["export", "case.ron", "--format", "odt"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("does not export \"odt\""), "{stderr}");
    let (code, stdout, stderr) =
        casewright_in(folder.path(), ["export", "case.ron", "--format", "docx"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        fs::read(folder.path().join("case.docx"))
            .expect("the Word file beside the case")
            .starts_with(b"PK\x03\x04")
    );
    let (code, stdout, stderr) =
        casewright_in(folder.path(), ["export", "case.ron", "-o", "paper.DOCX"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(folder.path().join("paper.DOCX").exists());
    let (code, stdout, stderr) = casewright_in(
        folder.path(),
        ["export", "case.ron", "--format", "PDF", "-o", "paper"],
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    let (code, stdout, stderr) =
        casewright_in(folder.path(), ["export", "case.ron", "-o", "p.PDF"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    for written in ["paper", "p.PDF"] {
        assert!(
            fs::read(folder.path().join(written))
                .expect("written")
                .starts_with(b"%PDF-"),
            "{written}"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_exported_pdf_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().expect("temp dir");
    let dir = folder.path();
    fs::write(dir.join("case.ron"), EXAMPLE).expect("write");
    fs::write(dir.join("probe"), "x").expect("write");
    let usual = fs::metadata(dir.join("probe"))
        .expect("meta")
        .permissions()
        .mode()
        & 0o777;
    let (code, _, stderr) = casewright_in(dir, ["export", "case.ron"]);
    assert_eq!(code, 0, "{stderr}");
    let mode = |name: &str| {
        fs::metadata(dir.join(name))
            .expect("meta")
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode("case.pdf"), usual);
    fs::set_permissions(dir.join("case.pdf"), fs::Permissions::from_mode(0o640)).expect("chmod");
    let (code, _, stderr) = casewright_in(dir, ["export", "case.ron"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(mode("case.pdf"), 0o640);
}

#[test]
fn a_stale_temporary_file_is_removed_by_the_next_export() {
    let folder = tempfile::tempdir().expect("temp dir");
    let dir = folder.path();
    fs::write(dir.join("case.ron"), EXAMPLE).expect("write");
    let stale = dir.join(".casewright-Ab12Cd.tmp");
    fs::write(&stale, vec![0u8; 100_000]).expect("write");
    fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|file| {
            file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
        })
        .expect("age it");
    let (code, _, stderr) = casewright_in(dir, ["export", "case.ron"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stale.exists());
}
