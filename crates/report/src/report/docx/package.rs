//! The package: the parts zipped together with their content types and relationships.
//!
//! Entries are deflated, stamped 1980-01-01 (zip's earliest time, not the clock: the same
//! case gives the same bytes) and carry ordinary file permissions (Word for Mac calls
//! entries with none "unreadable content"). `[Content_Types].xml` comes first, as Word
//! itself writes it.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::Picture;
use super::body::{FOOTER, HEADER};
use super::theme;
use super::xml::Xml;

/// The relationship types the parts are linked by.
const OFFICE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Every part of the file, by name.
pub(super) struct Parts {
    /// `word/document.xml`.
    pub(super) document: Vec<u8>,
    /// `word/styles.xml`.
    pub(super) styles: Vec<u8>,
    /// `word/numbering.xml`.
    pub(super) numbering: Vec<u8>,
    /// `word/header1.xml`.
    pub(super) header: Vec<u8>,
    /// `word/footer1.xml`.
    pub(super) footer: Vec<u8>,
    /// `docProps/core.xml`.
    pub(super) core: Vec<u8>,
    /// `docProps/app.xml`.
    pub(super) app: Vec<u8>,
    /// The charts, `word/media/figure1.png` and on.
    pub(super) pictures: Vec<Picture>,
}

/// The parts zipped as a Word file.
pub(super) fn zip(parts: &Parts) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let stored = options
        .compression_method(CompressionMethod::Stored)
        .compression_level(None);
    let mut add = |name: &str, bytes: &[u8], options: SimpleFileOptions| {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        zip::result::ZipResult::Ok(())
    };
    add("[Content_Types].xml", &content_types(), options)?;
    add("_rels/.rels", &package_relationships(), options)?;
    add("word/document.xml", &parts.document, options)?;
    add(
        "word/_rels/document.xml.rels",
        &document_relationships(&parts.pictures),
        options,
    )?;
    add("word/styles.xml", &parts.styles, options)?;
    add("word/numbering.xml", &parts.numbering, options)?;
    add("word/settings.xml", &settings(), options)?;
    add("word/fontTable.xml", &theme::font_table(), options)?;
    add("word/theme/theme1.xml", &theme::theme(), options)?;
    add("word/header1.xml", &parts.header, options)?;
    add("word/footer1.xml", &parts.footer, options)?;
    for (index, picture) in parts.pictures.iter().enumerate() {
        // A PNG is compressed already.
        let name = format!("word/media/{}", Picture::file_name(index + 1));
        add(&name, &picture.bytes, stored)?;
    }
    add("docProps/core.xml", &parts.core, options)?;
    add("docProps/app.xml", &parts.app, options)?;
    Ok(zip.finish()?.into_inner())
}

fn content_types() -> Vec<u8> {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let mut xml = Xml::part();
    xml.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    for (extension, kind) in [
        (
            "rels",
            "application/vnd.openxmlformats-package.relationships+xml",
        ),
        ("xml", "application/xml"),
        ("png", "image/png"),
    ] {
        xml.empty(
            "Default",
            &[("Extension", extension), ("ContentType", kind)],
        );
    }
    for (part, kind) in [
        ("/word/document.xml", format!("{main}.document.main+xml")),
        ("/word/styles.xml", format!("{main}.styles+xml")),
        ("/word/numbering.xml", format!("{main}.numbering+xml")),
        ("/word/settings.xml", format!("{main}.settings+xml")),
        ("/word/fontTable.xml", format!("{main}.fontTable+xml")),
        (
            "/word/theme/theme1.xml",
            "application/vnd.openxmlformats-officedocument.theme+xml".to_owned(),
        ),
        ("/word/header1.xml", format!("{main}.header+xml")),
        ("/word/footer1.xml", format!("{main}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_owned(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_owned(),
        ),
    ] {
        xml.empty("Override", &[("PartName", part), ("ContentType", &kind)]);
    }
    xml.close("Types");
    xml.into_bytes()
}

fn relationships(links: &[(&str, String, &str)]) -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open(
        "Relationships",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/relationships",
        )],
    );
    for (id, kind, target) in links {
        xml.empty(
            "Relationship",
            &[("Id", id), ("Type", kind), ("Target", target)],
        );
    }
    xml.close("Relationships");
    xml.into_bytes()
}

fn package_relationships() -> Vec<u8> {
    relationships(&[
        (
            "rId1",
            format!("{OFFICE}/officeDocument"),
            "word/document.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                .to_owned(),
            "docProps/core.xml",
        ),
        (
            "rId3",
            format!("{OFFICE}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

fn document_relationships(pictures: &[Picture]) -> Vec<u8> {
    let names: Vec<(String, String)> = (1..=pictures.len())
        .map(|number| {
            (
                Picture::relationship(number),
                format!("media/{}", Picture::file_name(number)),
            )
        })
        .collect();
    let mut links = vec![
        ("rIdStyles", format!("{OFFICE}/styles"), "styles.xml"),
        (
            "rIdNumbering",
            format!("{OFFICE}/numbering"),
            "numbering.xml",
        ),
        ("rIdSettings", format!("{OFFICE}/settings"), "settings.xml"),
        ("rIdFonts", format!("{OFFICE}/fontTable"), "fontTable.xml"),
        ("rIdTheme", format!("{OFFICE}/theme"), "theme/theme1.xml"),
        (HEADER, format!("{OFFICE}/header"), "header1.xml"),
        (FOOTER, format!("{OFFICE}/footer"), "footer1.xml"),
    ];
    for (id, target) in &names {
        links.push((id.as_str(), format!("{OFFICE}/image"), target.as_str()));
    }
    relationships(&links)
}

/// The settings part: the default tab stop, and Word 2013's layout rules (without them Word
/// opens the file in compatibility mode).
fn settings() -> Vec<u8> {
    let mut xml = Xml::part();
    xml.open("w:settings", &[("xmlns:w", super::W)]);
    xml.empty("w:defaultTabStop", &[("w:val", "720")]);
    xml.empty("w:characterSpacingControl", &[("w:val", "doNotCompress")]);
    xml.open("w:compat", &[]);
    xml.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    );
    xml.close("w:compat");
    xml.close("w:settings");
    xml.into_bytes()
}
