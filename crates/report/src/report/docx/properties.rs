//! The package's properties: `docProps/core.xml` (title, subject, author, keywords,
//! language, the report date) and `docProps/app.xml` (the program), from the same metadata
//! the PDF's document information comes from.
//!
//! The creation date is the report's date, not the clock, so the same case always gives
//! the same file, as the PDF does.

use crate::report::document::Metadata;

use super::LANGUAGE;
use super::xml::Xml;

/// The core properties part.
pub(super) fn core(metadata: &Metadata) -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:dcmitype", "http://purl.org/dc/dcmitype/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    xml.element("dc:title", &[], &metadata.title);
    xml.element("dc:subject", &[], &metadata.subject);
    xml.element("dc:creator", &[], &metadata.author);
    xml.element("cp:keywords", &[], &metadata.keywords.join("; "));
    xml.element("dc:language", &[], LANGUAGE);
    if let Some(date) = metadata.date {
        let stamp = format!("{}T00:00:00Z", date.format("%Y-%m-%d"));
        for name in ["dcterms:created", "dcterms:modified"] {
            xml.element(name, &[("xsi:type", "dcterms:W3CDTF")], &stamp);
        }
    }
    xml.close("cp:coreProperties");
    xml.into_bytes()
}

/// The extended (application) properties part.
pub(super) fn app(metadata: &Metadata) -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    xml.element("Application", &[], &metadata.creator);
    xml.close("Properties");
    xml.into_bytes()
}
