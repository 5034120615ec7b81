//! Finance lines from a spreadsheet (`case::finance::import`): an option exported in the
//! workbook and imported into an empty option leaves the case as it was, and every hostile
//! file gets a message naming where it is wrong while the case stays as it is.

mod fixtures;

use casewright::case::Case;
use casewright::case::finance::import::{self, ImportError, MAX_LINES, SheetLines};
use casewright::case::finance::sheet::headers;
use casewright::case::options::OptionKind;
use casewright::case::storage;
use casewright::report::Format;
use rust_xlsxwriter::{Formula, Workbook};

fn example() -> Case {
    storage::load(&fixtures::example_files()[0]).expect("an example loads")
}

/// Imports `bytes` (a file with extension `extension`) for `case`, checking that reading
/// it changed nothing.
fn read(case: &Case, bytes: &[u8], extension: &str) -> Result<Vec<SheetLines>, ImportError> {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join(format!("lines.{extension}"));
    std::fs::write(&path, bytes).expect("writes");
    let before = case.clone();
    let result = import::read_file(&path, &case.finance);
    assert_eq!(*case, before);
    result
}

/// The problems an import reports, as the user reads them.
fn problems(result: Result<Vec<SheetLines>, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Problems { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

/// A workbook with one sheet "Lead force": `header` then `rows`, each cell text, a number
/// (a string that parses as one) or a formula (starting "=").
fn workbook(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Lead force").expect("a name");
    for (c, text) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, text).expect("writes");
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, text) in row.iter().enumerate() {
            let c = c as u16;
            if let Some(formula) = text.strip_prefix('=') {
                sheet
                    .write_formula(r, c, Formula::new(format!("={formula}")).set_result("5"))
                    .expect("writes");
            } else if let Ok(number) = text.parse::<f64>() {
                sheet.write_number(r, c, number).expect("writes");
            } else if !text.is_empty() {
                sheet.write_string(r, c, text).expect("writes");
            }
        }
    }
    book.save_to_buffer().expect("saves")
}

/// A good row for `case`: a recurring shared revenue cost of £1,000.50 a year.
fn good_row(case: &Case) -> Vec<String> {
    let mut row: Vec<String> = [
        "Trainer posts",
        "Cost",
        "Other",
        "Revenue budget",
        "",
        "Recurring",
        "Revenue",
        "Shared",
        "VAT recoverable",
        "Pay inflation",
    ]
    .map(str::to_owned)
    .to_vec();
    row.extend((0..case.finance.years).map(|_| "1000.5".to_owned()));
    row
}

#[test]
fn an_option_exported_and_imported_into_an_empty_option_leaves_the_case_unchanged() {
    let mut checked = 0;
    for path in fixtures::example_files() {
        let case = storage::load(&path).expect("loads");
        let bytes = Format::Xlsx.render(&case).expect("exports");
        let sheets = read(&case, &bytes, "xlsx").expect("the export imports");
        for kind in OptionKind::ALL {
            if case.finance.option(kind).lines.is_empty() {
                continue;
            }
            let sheet = sheets
                .iter()
                .find(|sheet| sheet.option == Some(kind))
                .unwrap_or_else(|| panic!("{}: a sheet for {}", path.display(), kind.label()));
            let mut emptied = case.clone();
            emptied.finance.option_mut(kind).lines.clear();
            let preview = emptied.finance.import_preview(kind, &sheet.lines);
            assert_eq!(preview.replaced, 0);
            assert_eq!(preview.added, case.finance.option(kind).lines.len());
            emptied.finance.import(kind, sheet.lines.clone());
            assert_eq!(emptied, case, "{}: {}", path.display(), kind.label());
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} options had lines");
}

#[test]
fn a_blank_template_has_the_headers_the_import_reads() {
    let case = example();
    let bytes =
        casewright::report::xlsx::template(&case, OptionKind::LeadForce).expect("a template");
    let found = problems(read(&case, &bytes, "xlsx"));
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("no lines"), "{found:?}");
}

#[test]
fn a_missing_column_is_named() {
    let case = example();
    let mut header = headers(&case.finance);
    header.remove(8);
    let mut row = good_row(&case);
    row.remove(8);
    let found = problems(read(&case, &workbook(&header, &[row]), "xlsx"));
    assert!(
        found[0].starts_with("Sheet \u{201c}Lead force\u{201d}, row 1, column I:")
            && found[0].contains("\u{201c}VAT\u{201d}"),
        "{found:?}"
    );
}

#[test]
fn an_extra_column_is_named() {
    let case = example();
    let mut header = headers(&case.finance);
    header.push("Notes".to_owned());
    let found = problems(read(&case, &workbook(&header, &[good_row(&case)]), "xlsx"));
    let last = casewright::case::finance::sheet::column_letter(header.len() - 1);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(&format!("row 1, column {last}:")) && found[0].contains("extra column"),
        "{found:?}"
    );
}

#[test]
fn text_in_a_money_cell_is_named_by_row_and_column() {
    let case = example();
    let mut row = good_row(&case);
    row[11] = "about a thousand".to_owned();
    let good = good_row(&case);
    let found = problems(read(
        &case,
        &workbook(&headers(&case.finance), &[good, row]),
        "xlsx",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("Sheet \u{201c}Lead force\u{201d}, row 3, column L: the amount for ")
            && found[0].contains("\u{201c}about a thousand\u{201d}"),
        "{found:?}"
    );
}

#[test]
fn a_formula_is_refused_even_with_a_stored_value() {
    let case = example();
    let mut row = good_row(&case);
    row[10] = "=2+3".to_owned();
    let found = problems(read(
        &case,
        &workbook(&headers(&case.finance), &[row]),
        "xlsx",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("row 2, column K:") && found[0].contains("formula"),
        "{found:?}"
    );
}

#[test]
fn ten_thousand_rows_are_refused_whole() {
    let case = example();
    let rows = vec![good_row(&case); 10_000];
    let found = problems(read(
        &case,
        &workbook(&headers(&case.finance), &rows),
        "xlsx",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(&format!("more than {MAX_LINES} lines")),
        "{found:?}"
    );
}

#[test]
fn an_empty_sheet_says_what_it_needs() {
    let case = example();
    let found = problems(read(&case, &workbook(&[], &[]), "xlsx"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("Sheet \u{201c}Lead force\u{201d}: the sheet is empty"),
        "{found:?}"
    );
}

/// The start of an OLE compound file, with `stream` named in its directory as UTF-16.
fn compound_file(stream: &str) -> Vec<u8> {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    bytes.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
    bytes.resize(4096, 0);
    bytes
}

#[test]
fn a_password_protected_workbook_says_so() {
    let case = example();
    for extension in ["xlsx", "xls"] {
        let error =
            read(&case, &compound_file("EncryptedPackage"), extension).expect_err("refused");
        assert!(matches!(error, ImportError::Password { .. }), "{error:?}");
        assert!(error.to_string().contains("password"), "{error}");
    }
}

/// Real files, not only their first bytes: `lines-password-secret.xlsx` is an .xlsx that
/// LibreOffice wrote and msoffcrypto-tool encrypted with the password "secret", as Excel
/// encrypts one; `lines-excel-97.xls` is LibreOffice's Excel 97–2003 workbook of the same
/// two rows.
#[test]
fn real_password_protected_and_old_excel_files_say_what_to_do() {
    let case = example();
    let locked = include_bytes!("fixtures/import/lines-password-secret.xlsx");
    let error = read(&case, locked, "xlsx").expect_err("refused");
    assert!(matches!(error, ImportError::Password { .. }), "{error:?}");
    let old = include_bytes!("fixtures/import/lines-excel-97.xls");
    let error = read(&case, old, "xls").expect_err("refused");
    assert!(matches!(error, ImportError::OldExcel { .. }), "{error:?}");
    // Renamed as if it were new, an old workbook is still told apart from a locked one.
    let error = read(&case, old, "xlsx").expect_err("refused");
    assert!(matches!(error, ImportError::OldExcel { .. }), "{error:?}");
}

#[test]
fn an_old_xls_workbook_says_how_to_save_it() {
    let case = example();
    let error = read(&case, &compound_file("Workbook"), "xls").expect_err("refused");
    assert!(matches!(error, ImportError::OldExcel { .. }), "{error:?}");
    assert!(error.to_string().contains(".xlsx"), "{error}");
}

#[test]
fn a_windows_1252_csv_with_a_pound_sign_reads_as_it_was_written() {
    let case = example();
    let mut header = headers(&case.finance).join(",");
    header.push_str("\r\n");
    let mut row = good_row(&case);
    row[0] = "Range hire at £95 an hour".to_owned();
    for amount in row.iter_mut().skip(10) {
        *amount = "\"£1,000.50\"".to_owned();
    }
    let text = header + &row.join(",") + "\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the file is not UTF-8"
    );
    let sheets = read(&case, &bytes, "csv").expect("reads");
    let line = &sheets[0].lines[0];
    assert_eq!(line.label, "Range hire at £95 an hour");
    assert!(
        line.amounts.iter().all(|a| a.pence() == 100_050),
        "{line:?}"
    );
    assert_eq!(sheets[0].option, None, "a CSV file names no option");
}
