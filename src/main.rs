//! The `casewright` command: with no arguments it opens the app; `check`, `export` and `fmt`
//! run without a window, for scripts and CI. Built without the default `gui` feature it has
//! only those three, and no egui (for a server); with no arguments it says how to use it.
//!
//! The subcommands share their exit statuses: 1 the case is not ready for committee (for
//! `diff`: the cases differ), 2 the input cannot be used (a file cannot be read or is not a
//! case), 3 a file cannot be written.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "the command line speaks through stdout and stderr"
)]
// No console window behind the app on Windows; subcommands attach to the terminal instead.
// Without the window the program is an ordinary console program.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
#[cfg(feature = "gui")]
use eframe::egui;

use casewright::case::compare::Comparison;
use casewright::case::front_sheet::DocumentStatus;
use casewright::case::storage::{
    FileAction, FileError, LoadWarning, Loaded, Reformatted, StorageError,
};
use casewright::case::{Severity, Step, storage, validate::Tally};
use casewright::report::{self, ExportError, Format};

/// Draft a business case for collaboration between police forces and export it as a
/// committee-ready PDF or Word document.
#[derive(Parser)]
#[command(name = "casewright", version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A case file to open in the window (what a double-click on a .ron file passes).
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a case and list what needs fixing, grouped by wizard step. Exits with status 1
    /// if there are errors (the case is not ready for committee), 2 if the file cannot be read.
    Check {
        /// The case file (.ron).
        file: PathBuf,
    },
    /// Export a case as the committee paper. Exits with status 2 if the case cannot be read
    /// or the output cannot be used, 3 if the paper cannot be written.
    Export {
        /// The case file (.ron).
        file: PathBuf,
        /// Where to write the paper; defaults to the case file's path with the format's
        /// extension.
        #[arg(short, long, value_name = "OUT.pdf|OUT.docx")]
        output: Option<PathBuf>,
        /// The format: pdf or docx (Word). Defaults to the one the output's extension names,
        /// else pdf.
        #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
        format: Option<Format>,
    },
    /// Compare two versions of a case: what changed from OLD to NEW, step by step and field
    /// by field, and what the changes move (each option's net present value and benefit–cost
    /// ratio, each force's net position). Exits with status 0 if nothing of substance changed,
    /// 1 if the cases differ, 2 if a file cannot be read.
    Diff {
        /// The earlier version (.ron), such as the one the board last saw.
        old: PathBuf,
        /// The later version (.ron).
        new: PathBuf,
    },
    /// Rewrite case files in canonical form, exactly as the app saves them, bringing an older
    /// format up to date. Files already in that form are left untouched. Every file is tried;
    /// exits with status 2 if any cannot be read, else 3 if any cannot be written.
    Fmt {
        /// The case files (.ron).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// Exit status 1: the case has errors, so it is not ready for committee.
const NOT_READY: u8 = 1;
/// Exit status 1 of `diff`: the two cases differ.
const DIFFERENT: u8 = 1;
/// Exit status 2: the input cannot be used: a file cannot be read or is not a case this
/// version reads, or the arguments are wrong (clap's own usage errors exit with 2 too).
const BAD_INPUT: u8 = 2;
/// Exit status 3: a file cannot be written.
const CANNOT_WRITE: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::try_parse().unwrap_or_else(|error| {
        casewright::desktop::attach_to_parent_console();
        error.exit()
    });
    if cli.command.is_some() {
        casewright::desktop::attach_to_parent_console();
    }
    match cli.command {
        Some(Command::Check { file }) => check(&file),
        Some(Command::Export {
            file,
            output,
            format,
        }) => match export_target(&file, output, format) {
            Ok((format, output)) => export(&file, format, &output),
            Err(message) => {
                eprintln!("{message}");
                ExitCode::from(BAD_INPUT)
            }
        },
        Some(Command::Diff { old, new }) => diff(&old, &new),
        Some(Command::Fmt { files }) => fmt(&files),
        None => run_app(cli.file),
    }
}

/// Opens the window: on the start screen, or on `file` if given.
#[cfg(feature = "gui")]
fn run_app(file: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Casewright")
            // Fits a 1366×768 laptop screen with its taskbar and title bar, and a 1920×1080
            // screen at 150% (1280×720 points) likewise.
            .with_inner_size([1240.0, 640.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(casewright::desktop::window_icon()),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Casewright",
        options,
        Box::new(|cc| {
            let mut app = casewright::app::App::new(cc);
            if let Some(file) = file {
                app.queue(casewright::app::commands::Action::OpenFile(file));
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Casewright could not open its window: {error}");
            ExitCode::from(2)
        }
    }
}

/// Says how to use a build that has no window (built without the `gui` feature), where the
/// windowed program would have opened.
#[cfg(not(feature = "gui"))]
fn run_app(file: Option<PathBuf>) -> ExitCode {
    use clap::CommandFactory;
    if let Some(file) = file {
        eprintln!(
            "This build of Casewright has no window, so it cannot open {}: use `casewright check` or `casewright export` on it.\n",
            file.display()
        );
    } else {
        eprintln!("This build of Casewright has no window: use one of the commands below.\n");
    }
    eprint!("{}", Cli::command().render_help());
    ExitCode::from(BAD_INPUT)
}

/// Reads `--format` by the format's extension or name.
fn parse_format(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| {
        format!(
            "Casewright does not export \"{name}\"; it exports {}",
            Format::extensions()
        )
    })
}

/// The format and the output file of `export`: `--format` if given, else the one the
/// output's extension names, else a PDF beside the case; an output whose extension names no
/// format, with no `--format`, is refused with a message saying what is written.
fn export_target(
    file: &Path,
    output: Option<PathBuf>,
    format: Option<Format>,
) -> Result<(Format, PathBuf), String> {
    match (format, output) {
        (Some(format), Some(output)) => Ok((format, output)),
        (Some(format), None) => Ok((format, file.with_extension(format.extension()))),
        (None, None) => Ok((Format::Pdf, file.with_extension(Format::Pdf.extension()))),
        (None, Some(output)) => match Format::from_path(&output) {
            Some(format) => Ok((format, output)),
            // A case's name is refused for what it is: the case itself, or a case's name.
            None if storage::has_extension(&output, storage::EXTENSION) => {
                Ok((Format::Pdf, output))
            }
            None => Err(format!(
                "{}: Casewright cannot tell the format from the name (with -o). Name the file with one of the extensions Casewright exports ({}), or give --format",
                output.display(),
                Format::extensions()
            )),
        },
    }
}

fn export(file: &Path, format: Format, output: &Path) -> ExitCode {
    // Before reading anything: `-o ./case.ron` must not replace the case with its paper.
    if let Err(refusal) = report::export::check_target(format, output, Some(file)) {
        eprintln!("{refusal} (with -o)");
        return ExitCode::from(BAD_INPUT);
    }
    let case = match load(file) {
        Ok(loaded) => {
            print_warnings(file, &loaded.warnings);
            loaded.case
        }
        Err(code) => return code,
    };
    match report::export(&case, format, output) {
        Ok(()) => {
            println!("Wrote {}", output.display());
            ExitCode::SUCCESS
        }
        Err(ExportError::Refused(refusal)) => {
            eprintln!("{refusal} (with -o)");
            ExitCode::from(BAD_INPUT)
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(CANNOT_WRITE)
        }
    }
}

/// Prints what the user should know about how a file was read (keys written twice,
/// unknown fields, characters removed), on standard error so a script's output stays clean.
fn print_warnings(file: &Path, warnings: &[LoadWarning]) {
    for warning in warnings {
        eprintln!("{}: warning: {warning}", file.display());
    }
}

/// Loads a case for a subcommand, printing why it cannot be read (exit status 2).
fn load(file: &Path) -> Result<Loaded, ExitCode> {
    storage::open(file).map_err(|error| {
        report_storage_error(file, &error);
        ExitCode::from(BAD_INPUT)
    })
}

/// Prints a storage error once: with the file's name in front unless the message names it.
fn report_storage_error(file: &Path, error: &StorageError) {
    if error.names_the_file() {
        eprintln!("{error}");
    } else {
        eprintln!("{}: {error}", file.display());
    }
}

/// Rewrites each file in canonical form, saying what happened to each one. Every file is
/// tried; the status is 2 if any could not be read, else 3 if any could not be written.
fn fmt(files: &[PathBuf]) -> ExitCode {
    let mut worst = None;
    for file in files {
        match storage::reformat(file) {
            Ok(Reformatted::Rewritten) => println!("Rewrote {}", file.display()),
            Ok(Reformatted::Unchanged) => {
                println!("{} is already in canonical form", file.display());
            }
            Err(error) => {
                report_storage_error(file, &error);
                let status = status_of(&error);
                if worst != Some(BAD_INPUT) {
                    worst = Some(status);
                }
            }
        }
    }
    worst.map_or(ExitCode::SUCCESS, ExitCode::from)
}

/// The exit status for a file that `fmt` could not rewrite: was it the reading or the writing?
fn status_of(error: &StorageError) -> u8 {
    match error {
        StorageError::Io(FileError {
            action: FileAction::Read,
            ..
        })
        | StorageError::NotText { .. }
        | StorageError::Empty
        | StorageError::Syntax { .. }
        | StorageError::NotACase
        | StorageError::NewerVersion { .. }
        | StorageError::UnknownVersion(_)
        | StorageError::Upgrade { .. } => BAD_INPUT,
        StorageError::Io(FileError {
            action: FileAction::Write | FileAction::Replace,
            ..
        })
        | StorageError::Serialise(_)
        | StorageError::Refused(_)
        | StorageError::ChangedOnDisk { .. } => CANNOT_WRITE,
    }
}

fn check(file: &Path) -> ExitCode {
    let Loaded { case, warnings } = match load(file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let findings = report::checks::findings(&case);
    let tally = Tally::of(&findings);
    println!("{} ({})", case.shortened_title(), file.display());
    if !warnings.is_empty() {
        println!("\nReading the file");
        for warning in &warnings {
            println!("  warning: {warning}");
        }
    }
    for step in Step::ALL {
        let in_step: Vec<_> = findings
            .iter()
            .filter(|f| f.anchor.step() == step)
            .collect();
        if in_step.is_empty() {
            continue;
        }
        println!("\n{}", step.label());
        for finding in in_step {
            println!("  {finding}");
        }
    }
    println!(
        "\n{} errors, {} warnings, {} hints",
        tally.errors,
        tally.warnings + warnings.len(),
        tally.hints
    );
    if findings.iter().any(|f| f.severity == Severity::Error) {
        println!("Not ready for committee: fix the errors above.");
        ExitCode::from(NOT_READY)
    } else if case.front_sheet.status == DocumentStatus::Draft {
        println!("No errors: ready to finalise (the paper is still marked Draft).");
        ExitCode::SUCCESS
    } else {
        println!("Ready for committee.");
        ExitCode::SUCCESS
    }
}

/// Prints what changed from the case in `old` to the case in `new`: 0 if nothing of
/// substance did, 1 if they differ, 2 if either cannot be read (each is tried, so both
/// problems are told at once).
fn diff(old: &Path, new: &Path) -> ExitCode {
    let (before, after) = (load(old), load(new));
    let (Ok(before), Ok(after)) = (before, after) else {
        return ExitCode::from(BAD_INPUT);
    };
    print_warnings(old, &before.warnings);
    print_warnings(new, &after.warnings);
    let comparison = match Comparison::of(&before.case, &after.case) {
        Ok(comparison) => comparison,
        Err(error) => {
            eprintln!(
                "{} and {} cannot be compared: {error}",
                old.display(),
                new.display()
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    println!(
        "Changes from {} ({}) to {} ({})",
        version_of(&before.case),
        old.display(),
        version_of(&after.case),
        new.display()
    );
    println!("{}", after.case.shortened_title());
    print!("\n{comparison}");
    if comparison.differs() {
        ExitCode::from(DIFFERENT)
    } else {
        ExitCode::SUCCESS
    }
}

/// A case's version as the front sheet gives it: "version 0.4", or "an unnumbered version".
fn version_of(case: &casewright::case::Case) -> String {
    let version = case.front_sheet.version.trim();
    if version.is_empty() {
        "an unnumbered version".to_owned()
    } else {
        format!("version {version}")
    }
}
