//! The PDF file itself: deterministic, small, fonts subset, and clear errors when saving fails.
//! (The checks with the real tools — qpdf, pdffonts, pdfinfo, pdftotext — run in `.ci/run`.)

mod fixtures;

use casewright::report::{self, ExportError, Format};

#[test]
fn the_same_case_gives_the_same_bytes() {
    let case = fixtures::realistic_case();
    let first = report::export_pdf(&case).expect("exports");
    let second = report::export_pdf(&case).expect("exports");
    assert!(first.starts_with(b"%PDF-"));
    assert!(first == second, "export must be deterministic");
}

#[test]
fn a_finance_lines_amounts_beyond_the_appraisal_leave_the_paper_as_it_was() {
    use casewright::case::options::OptionKind;
    use casewright::case::storage;
    // A hand-edited line of 10,000 yearly amounts, read as a file is: only the appraisal's
    // years are worked on and printed (validation reports the rest), so the paper is the one
    // of the same case with the line cut to the appraisal, byte for byte.
    let text = storage::to_ron(&fixtures::long_line_case()).expect("serialises");
    let long = storage::from_ron(&text).expect("loads");
    let mut cut = long.clone();
    let years = cut.finance.years;
    let line = &mut cut.finance.option_mut(OptionKind::LeadForce).lines[0];
    assert_eq!(line.amounts.len(), 10_000, "the file kept every amount");
    line.amounts.truncate(years);
    let paper = report::export_pdf(&long).expect("exports");
    assert!(
        paper == report::export_pdf(&cut).expect("exports"),
        "the amounts past the appraisal changed the paper"
    );
}

/// The names of the fonts the file embeds (read from the parsed file: the dictionaries sit
/// in compressed object streams).
fn font_names(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| dict.get(b"Type").and_then(lopdf::Object::as_name).ok() == Some(b"Font"))
        .filter_map(|dict| dict.get(b"BaseFont").and_then(lopdf::Object::as_name).ok())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect()
}

/// Whether a font name is a subset of `face`: six capitals and a plus sign before it.
fn is_subset_of(name: &str, face: &str) -> bool {
    name.split_once('+').is_some_and(|(tag, rest)| {
        tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()) && rest == face
    })
}

#[test]
fn fonts_are_subset_and_the_file_is_small() {
    let pdf = report::export_pdf(&fixtures::realistic_case()).expect("exports");
    let fonts = font_names(&pdf);
    assert!(
        fonts
            .iter()
            .any(|name| is_subset_of(name, "LiberationSans")),
        "no subset-tagged LiberationSans font in {fonts:?}"
    );
    // Whole fonts would be ~400 KB a face; the paper stays far below the 300 KB target.
    assert!(pdf.len() < 300_000, "{} bytes", pdf.len());
    let document = lopdf::Document::load_mem(&pdf).expect("the PDF parses");
    let info = document
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| document.get_dictionary(id))
        .expect("document information");
    assert!(info.has(b"Title"));
    let created = info
        .get(b"CreationDate")
        .and_then(lopdf::Object::as_str)
        .expect("a creation date");
    assert!(
        created.starts_with(b"D:20260218"),
        "dates come from the report date"
    );
}

#[test]
fn an_unwritable_path_is_named_in_the_error() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("no such folder").join("paper.pdf");
    let error =
        report::export(&fixtures::realistic_case(), Format::Pdf, &path).expect_err("cannot write");
    assert!(matches!(error, ExportError::Write { .. }));
    assert!(error.to_string().contains("paper.pdf"), "{error}");
}

#[test]
fn export_to_file_writes_the_pdf() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("paper.pdf");
    report::export(&fixtures::realistic_case(), Format::Pdf, &path).expect("writes");
    let bytes = std::fs::read(&path).expect("reads back");
    assert!(bytes.starts_with(b"%PDF-"));
}

/// A case whose people have Arabic and Hebrew names, as forces' staff do.
fn case_with_right_to_left_names() -> casewright::case::Case {
    let mut case = fixtures::realistic_case();
    case.front_sheet.summary = format!(
        "Prepared with محمد عبد الله and דוד כהן. {}",
        case.front_sheet.summary
    );
    if let Some(risk) = case.risks.risks.first_mut() {
        risk.owner = "DCI فاطمة الزهراء and DS שרה לוי".to_owned();
    }
    case
}

/// The decompressed text of every stream in the file.
fn stream_texts(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    document
        .objects
        .values()
        .filter_map(|object| match object {
            lopdf::Object::Stream(stream) => Some(
                stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            ),
            _ => None,
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

#[test]
fn arabic_names_embed_the_fallback_and_stay_extractable() {
    let pdf = report::export_pdf(&case_with_right_to_left_names()).expect("exports");
    let fonts = font_names(&pdf);
    assert!(
        fonts
            .iter()
            .any(|name| is_subset_of(name, "NotoSansArabic")),
        "no subset-tagged NotoSansArabic font in {fonts:?}"
    );
    // A PDF reader extracts text through each font's ToUnicode map: the Arabic letters
    // (meem U+0645, ha U+062D, fa U+0641) and Hebrew (shin U+05E9) must be in one.
    let cmaps: String = stream_texts(&pdf)
        .into_iter()
        .filter(|text| text.contains("begincmap"))
        .collect::<String>()
        .to_ascii_uppercase();
    for code in ["<0645>", "<062D>", "<0641>", "<05E9>"] {
        assert!(cmaps.contains(code), "no ToUnicode entry for {code}");
    }
}

#[test]
fn papers_without_arabic_carry_no_arabic_font() {
    let pdf = report::export_pdf(&fixtures::realistic_case()).expect("exports");
    let fonts = font_names(&pdf);
    assert!(
        !fonts.iter().any(|name| name.contains("NotoSansArabic")),
        "{fonts:?}"
    );
}
