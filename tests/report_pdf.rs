//! The PDF file itself: deterministic, small, fonts subset, and clear errors when saving fails.
//! (The checks with the real tools — qpdf, pdffonts, pdfinfo, pdftotext — run in `.ci/run`.)

mod fixtures;

use casewright::report::{self, ReportError};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[test]
fn the_same_case_gives_the_same_bytes() {
    let case = fixtures::realistic_case();
    let first = report::export_pdf(&case).expect("exports");
    let second = report::export_pdf(&case).expect("exports");
    assert!(first.starts_with(b"%PDF-"));
    assert!(first == second, "export must be deterministic");
}

#[test]
fn fonts_are_subset_and_the_file_is_small() {
    let pdf = report::export_pdf(&fixtures::realistic_case()).expect("exports");
    // The subset tag: six capitals and a plus sign before the face name.
    let tagged = pdf.windows(21).any(|w| {
        w[..6].iter().all(u8::is_ascii_uppercase) && w[6] == b'+' && &w[7..] == b"LiberationSans"
    });
    assert!(tagged, "no subset-tagged LiberationSans font");
    // Whole fonts would be ~400 KB a face; the paper stays far below the 300 KB target.
    assert!(pdf.len() < 300_000, "{} bytes", pdf.len());
    assert!(contains(&pdf, b"/Title"));
    assert!(
        contains(&pdf, b"D:20260218"),
        "dates come from the report date"
    );
}

#[test]
fn an_unwritable_path_is_named_in_the_error() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("no such folder").join("paper.pdf");
    let error =
        report::export_to_file(&fixtures::realistic_case(), &path).expect_err("cannot write");
    assert!(matches!(error, ReportError::Write { .. }));
    assert!(error.to_string().contains("paper.pdf"), "{error}");
}

#[test]
fn export_to_file_writes_the_pdf() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("paper.pdf");
    report::export_to_file(&fixtures::realistic_case(), &path).expect("writes");
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
    let tagged = pdf.windows(21).any(|w| {
        w[..6].iter().all(u8::is_ascii_uppercase) && w[6] == b'+' && &w[7..] == b"NotoSansArabic"
    });
    assert!(tagged, "no subset-tagged NotoSansArabic font");
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
    assert!(!contains(&pdf, b"NotoSansArabic"));
}
