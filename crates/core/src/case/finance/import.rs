//! Finance lines from a spreadsheet: an .xlsx or .ods workbook, or a CSV file, in the layout
//! the workbook export writes ([`super::sheet`]).
//!
//! Reading never changes the case: it returns the lines of each sheet it found, or every
//! problem it found, each naming the sheet, the row (counted from 1, as a spreadsheet shows it)
//! and the column (by its letter) with a plain sentence. The caller shows what would change
//! ([`Finance::import_preview`]) and applies it in one edit ([`Finance::import`]).

use std::fmt;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Ods, Reader, Xlsx};
use thiserror::Error;

use super::Finance;
use super::line::FinanceLine;
use super::sheet::{self, Read, column_letter};
use crate::case::options::OptionKind;

/// The most lines one sheet may bring: far more than any option has, few enough that a file
/// of something else (a ledger export) is refused rather than read into the case.
pub const MAX_LINES: usize = 1_000;

/// The largest file read at all: a sheet of [`MAX_LINES`] lines is a small fraction of it.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// One thing wrong with a file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The sheet's name (a CSV file's own name).
    pub sheet: String,
    /// The row as the spreadsheet numbers it, from 1; `None` for the sheet as a whole.
    pub row: Option<usize>,
    /// The column's letters ("K"); `None` for a whole row or sheet.
    pub column: Option<String>,
    /// What is wrong, as a plain sentence.
    pub message: String,
}

impl fmt::Display for Problem {
    /// "Sheet “Lead force”, row 3, column K: the amount for 2026/27 is the text “lots”, …"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sheet \u{201c}{}\u{201d}", self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a file's lines cannot be imported. Nothing in the case has changed.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file could not be read from disk.
    #[error("{path}: could not be read: {reason}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why, in the system's words.
        reason: String,
    },
    /// The file is larger than any sheet of lines.
    #[error(
        "{path}: the file is {megabytes} MB, far larger than a sheet of finance lines; import a sheet of at most {MAX_LINES} lines"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size, in whole megabytes.
        megabytes: u64,
    },
    /// An Excel 97–2003 workbook, which Casewright does not read.
    #[error(
        "{path}: this is an old Excel 97\u{2013}2003 workbook (.xls). Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and import that"
    )]
    OldExcel {
        /// The file.
        path: String,
    },
    /// The workbook is encrypted with a password.
    #[error(
        "{path}: the workbook is protected with a password, so it cannot be read. Open it, remove the password (or save an unprotected copy), and import that"
    )]
    Password {
        /// The file.
        path: String,
    },
    /// The file is not a workbook or CSV file Casewright reads.
    #[error("{path}: {reason}. Casewright imports finance lines from .xlsx, .ods and .csv files")]
    NotASpreadsheet {
        /// The file.
        path: String,
        /// What it is instead, or why it could not be opened.
        reason: String,
    },
    /// The file was read, but its lines are not right; each problem names its place.
    #[error("{} in {path}:\n{}", crate::format::plural(.problems.len(), "problem"), list(.problems))]
    Problems {
        /// The file.
        path: String,
        /// Every problem, in the order of the sheets and rows.
        problems: Vec<Problem>,
    },
}

fn list(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("\u{2022} {p}")).collect();
    lines.join("\n")
}

/// The lines read from one sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLines {
    /// The sheet's name (a CSV file's own name).
    pub sheet: String,
    /// The option the sheet is named for (the workbook export names each option's sheet by
    /// its label), or `None` when its name is not an option's: the user chooses.
    pub option: Option<OptionKind>,
    /// The lines, in the sheet's order.
    pub lines: Vec<FinanceLine>,
}

/// What importing `lines` into `option` would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preview {
    /// The option.
    pub option: OptionKind,
    /// How many lines it has now, which the import replaces.
    pub replaced: usize,
    /// How many lines it will have.
    pub added: usize,
}

impl Finance {
    /// What importing `lines` into `option` would change: its lines are replaced by them.
    pub fn import_preview(&self, option: OptionKind, lines: &[FinanceLine]) -> Preview {
        Preview {
            option,
            replaced: self.option(option).lines.len(),
            added: lines.len(),
        }
    }

    /// Replaces `option`'s lines with `lines`, each made as long as the appraisal.
    pub fn import(&mut self, option: OptionKind, lines: Vec<FinanceLine>) {
        self.option_mut(option).lines = lines;
        self.normalise();
    }
}

/// The kinds of file read, told apart by their first bytes and their extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Ods,
    Csv,
}

/// The first bytes of an OLE compound file: an old .xls, or an encrypted .xlsx.
const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads the lines of every option sheet in the file at `path` for `finance`'s appraisal.
pub fn read_file(path: &Path, finance: &Finance) -> Result<Vec<SheetLines>, ImportError> {
    let shown = path.display().to_string();
    let unreadable = |error: std::io::Error| ImportError::Unreadable {
        path: shown.clone(),
        reason: error.to_string(),
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            path: shown,
            megabytes: size / (1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let name = path
        .file_stem()
        .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
    let extension = path
        .extension()
        .map_or_else(String::new, |e| e.to_string_lossy().to_lowercase());
    read_bytes(&bytes, &extension, &name, finance).map_err(|error| error.at(&shown))
}

/// Reads the lines from a file's `bytes`: `extension` (lower case, without the dot) and `name`
/// (the file's name without it, a CSV file's one sheet) say what it should be.
pub fn read_bytes(
    bytes: &[u8],
    extension: &str,
    name: &str,
    finance: &Finance,
) -> Result<Vec<SheetLines>, ImportError> {
    let path = String::new();
    if bytes.starts_with(&OLE) {
        // Excel keeps an encrypted workbook of any kind in a compound file with an
        // "EncryptedPackage" stream; without one it is a workbook of the old format.
        let encrypted: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let is_encrypted = bytes.windows(encrypted.len()).any(|w| w == encrypted);
        // Whatever its name says: an old workbook renamed .xlsx is still one to save again.
        return Err(if is_encrypted {
            ImportError::Password { path }
        } else {
            ImportError::OldExcel { path }
        });
    }
    let kind = match extension {
        "xls" => return Err(ImportError::OldExcel { path }),
        _ if bytes.starts_with(b"PK\x03\x04") && extension == "ods" => Kind::Ods,
        _ if bytes.starts_with(b"PK\x03\x04") => Kind::Xlsx,
        "csv" | "txt" => Kind::Csv,
        "xlsx" | "ods" => {
            return Err(ImportError::NotASpreadsheet {
                path,
                reason: format!("the file is named .{extension} but is not a workbook"),
            });
        }
        _ => {
            return Err(ImportError::NotASpreadsheet {
                path,
                reason: "Casewright cannot tell what kind of file this is from its name".to_owned(),
            });
        }
    };
    let sheets = match kind {
        Kind::Csv => vec![(name.to_owned(), csv_rows(bytes)?)],
        Kind::Xlsx => {
            let workbook = Xlsx::new(Cursor::new(bytes)).map_err(|e| not_read(&e.to_string()))?;
            workbook_rows(workbook)?
        }
        Kind::Ods => {
            let workbook = Ods::new(Cursor::new(bytes)).map_err(|error| match error {
                calamine::OdsError::Password => ImportError::Password {
                    path: String::new(),
                },
                other => not_read(&other.to_string()),
            })?;
            workbook_rows(workbook)?
        }
    };
    lines_of_sheets(sheets, finance)
}

fn not_read(reason: &str) -> ImportError {
    ImportError::NotASpreadsheet {
        path: String::new(),
        reason: format!("the workbook could not be read ({reason})"),
    }
}

impl ImportError {
    /// The error with the file's name filled in.
    fn at(self, shown: &str) -> ImportError {
        let path = shown.to_owned();
        match self {
            ImportError::OldExcel { .. } => ImportError::OldExcel { path },
            ImportError::Password { .. } => ImportError::Password { path },
            ImportError::NotASpreadsheet { reason, .. } => {
                ImportError::NotASpreadsheet { path, reason }
            }
            ImportError::Problems { problems, .. } => ImportError::Problems { path, problems },
            ImportError::Unreadable { reason, .. } => ImportError::Unreadable { path, reason },
            ImportError::TooLarge { megabytes, .. } => ImportError::TooLarge { path, megabytes },
        }
    }
}

/// A sheet's cells, row by row from row 1 and column A.
type Grid = Vec<Vec<Read>>;

/// The sheets of a workbook that hold lines: those named for an option, or the first sheet
/// when none is (a user's own workbook, or one from elsewhere). A formula anywhere in them is
/// kept as a formula, so it is refused rather than its stored value taken for a figure.
fn workbook_rows<RS, R>(mut workbook: R) -> Result<Vec<(String, Grid)>, ImportError>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
    R::Error: fmt::Display,
{
    let names = workbook.sheet_names();
    let option_sheets: Vec<String> = names
        .iter()
        .filter(|name| option_named(name).is_some())
        .cloned()
        .collect();
    let chosen = if option_sheets.is_empty() {
        names.into_iter().take(1).collect()
    } else {
        option_sheets
    };
    if chosen.is_empty() {
        return Err(not_read("it has no sheets"));
    }
    let mut sheets = Vec::new();
    for name in chosen {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| not_read(&e.to_string()))?;
        let mut grid: Grid = Vec::new();
        if let Some((top, left)) = range.start() {
            for (r, row) in range.rows().enumerate() {
                for (c, data) in row.iter().enumerate() {
                    put(
                        &mut grid,
                        top as usize + r,
                        left as usize + c,
                        read_data(data),
                    );
                }
            }
        }
        let formulas = workbook
            .worksheet_formula(&name)
            .map_err(|e| not_read(&e.to_string()))?;
        if let Some((top, left)) = formulas.start() {
            for (r, row) in formulas.rows().enumerate() {
                for (c, formula) in row.iter().enumerate() {
                    if !formula.trim().is_empty() {
                        put(
                            &mut grid,
                            top as usize + r,
                            left as usize + c,
                            Read::Formula,
                        );
                    }
                }
            }
        }
        sheets.push((name, grid));
    }
    Ok(sheets)
}

/// Puts `cell` at `row`, `column` of `grid`, growing it as needed.
fn put(grid: &mut Grid, row: usize, column: usize, cell: Read) {
    if grid.len() <= row {
        grid.resize_with(row + 1, Vec::new);
    }
    let cells = &mut grid[row];
    if cells.len() <= column {
        cells.resize(column + 1, Read::Empty);
    }
    cells[column] = cell;
}

/// A workbook cell as the layout reads it.
fn read_data(data: &Data) -> Read {
    match data {
        Data::Empty => Read::Empty,
        Data::String(text) => Read::Text(text.clone()),
        Data::Float(number) => Read::Number(*number),
        Data::Int(number) => Read::Number(*number as f64),
        Data::Bool(value) => Read::Other(format!(
            "the value {}",
            if *value { "TRUE" } else { "FALSE" }
        )),
        Data::DateTime(_) | Data::DateTimeIso(_) => Read::Other("a date".to_owned()),
        Data::DurationIso(_) => Read::Other("a duration".to_owned()),
        Data::Error(error) => Read::Other(format!("the error {error}")),
    }
}

/// The rows of a CSV file: UTF-8 (with or without the byte-order mark Excel writes), or, where
/// the bytes are not UTF-8, Windows-1252, which Excel on a British Windows saves "CSV" in (its
/// £ is the byte A3).
fn csv_rows(bytes: &[u8]) -> Result<Grid, ImportError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text.trim_start_matches('\u{feff}')),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::NotASpreadsheet {
            path: String::new(),
            reason: format!("the CSV file could not be read ({error})"),
        })?;
        grid.push(
            record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Read::Empty
                    } else {
                        Read::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(grid)
}

/// The option whose label names a sheet, if any.
fn option_named(name: &str) -> Option<OptionKind> {
    OptionKind::ALL
        .into_iter()
        .find(|kind| kind.label().eq_ignore_ascii_case(name.trim()))
}

/// Every sheet's lines, or every problem in any of them.
fn lines_of_sheets(
    sheets: Vec<(String, Grid)>,
    finance: &Finance,
) -> Result<Vec<SheetLines>, ImportError> {
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (name, grid) in sheets {
        let whole = |message: String| Problem {
            sheet: name.clone(),
            row: None,
            column: None,
            message,
        };
        let Some(header) = grid.first().filter(|row| !sheet::is_blank(row)) else {
            problems.push(whole(format!(
                "the sheet is empty: it needs a header row ({}) and a row for each line",
                sheet::headers(finance).join(", ")
            )));
            continue;
        };
        let header_problems = sheet::check_headers(finance, header);
        if !header_problems.is_empty() {
            problems.extend(header_problems.into_iter().map(|p| Problem {
                sheet: name.clone(),
                row: Some(1),
                column: p.column.map(column_letter),
                message: p.message,
            }));
            continue;
        }
        let rows: Vec<(usize, &Vec<Read>)> = grid
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, row)| !sheet::is_blank(row))
            .collect();
        if rows.len() > MAX_LINES {
            problems.push(whole(format!(
                "the sheet has more than {MAX_LINES} lines; an option's lines are far fewer, so this is not a sheet of finance lines (import at most {MAX_LINES})"
            )));
            continue;
        }
        let mut lines = Vec::with_capacity(rows.len());
        for (index, row) in rows {
            match sheet::line_of(finance, row) {
                Ok(line) => lines.push(line),
                Err(cell_problems) => problems.extend(cell_problems.into_iter().map(|p| Problem {
                    sheet: name.clone(),
                    row: Some(index + 1),
                    column: p.column.map(column_letter),
                    message: p.message,
                })),
            }
        }
        if lines.is_empty() && problems.is_empty() {
            problems.push(whole("the sheet has its headers but no lines".to_owned()));
            continue;
        }
        found.push(SheetLines {
            option: option_named(&name),
            sheet: name,
            lines,
        });
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(ImportError::Problems {
            path: String::new(),
            problems,
        })
    }
}
