//! What the file says about itself: the document information, the XMP metadata with the
//! PDF/UA identification, the language, and how a viewer should open it.
//!
//! printpdf fills in the document information dictionary, but with a `GTS_PDFXVersion` key
//! (empty) that makes readers report the paper as PDF/X, a prepress standard it does not
//! meet, and with a `%PDF-1.3` header; it writes XMP only for the PDF/A and PDF/X profiles.
//! This module corrects the information, writes the XMP itself and sets the catalog entries
//! PDF/UA-1 asks for.

use lopdf::{Dictionary, Object, ObjectId, Stream};
use printpdf::PdfDocument;

use crate::report::document::Metadata;

/// The language of the paper: British English, as the committee's own papers are. The case
/// has no way to mark a passage as Welsh (or any other language), so no part of the paper
/// claims another language.
pub(super) const LANGUAGE: &str = "en-GB";

/// The PDF version written: 1.7, the version PDF/UA-1 is built on.
const VERSION: &str = "1.7";

/// Fills in the document information printpdf writes.
pub(super) fn set_info(document: &mut PdfDocument, metadata: &Metadata) {
    let info = &mut document.metadata.info;
    info.document_title = metadata.title.clone();
    info.author = metadata.author.clone();
    info.subject = metadata.subject.clone();
    info.keywords = metadata.keywords.clone();
    info.creator = metadata.creator.clone();
    info.producer = producer();
    if let Some(date) = metadata.date.and_then(to_offset_date_time) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
}

fn producer() -> String {
    format!("Casewright {} with printpdf", env!("CARGO_PKG_VERSION"))
}

fn to_offset_date_time(date: chrono::NaiveDate) -> Option<printpdf::DateTime> {
    use chrono::Datelike;
    Some(printpdf::DateTime {
        date: printpdf::Date {
            year: date.year(),
            month: u8::try_from(date.month()).ok()?,
            day: u8::try_from(date.day()).ok()?,
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    })
}

/// Sets the version, corrects the document information, and adds the XMP metadata, the
/// language and the viewer preferences to the catalog.
pub(super) fn finish(file: &mut lopdf::Document, catalog: ObjectId, metadata: &Metadata) {
    file.version = VERSION.to_owned();
    let info = file.trailer.get(b"Info").and_then(Object::as_reference);
    if let Ok(info) = info
        && let Some(Object::Dictionary(info)) = file.objects.get_mut(&info)
    {
        // Not a PDF/X file; and an empty identifier says nothing.
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
    }
    let mut xmp = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(metadata).into_bytes(),
    );
    // Left uncompressed, so tools that look for the packet as text find it.
    xmp.allows_compression = false;
    let xmp = file.add_object(xmp);
    if let Ok(Object::Dictionary(dict)) = file.get_object_mut(catalog) {
        dict.set("Metadata", Object::Reference(xmp));
        dict.set("Lang", lopdf::text_string(LANGUAGE));
        dict.set(
            "ViewerPreferences",
            Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
        );
    }
}

/// The XMP packet: title, author, subject, keywords, dates, the producer, the language and
/// the PDF/UA-1 identification, agreeing with the document information.
fn xmp(metadata: &Metadata) -> String {
    let date = metadata
        .date
        .map(|date| date.format("%Y-%m-%dT00:00:00Z").to_string());
    let mut fields = vec![
        "<dc:format>application/pdf</dc:format>".to_owned(),
        format!(
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>",
            escaped(&metadata.title)
        ),
        format!("<dc:language><rdf:Bag><rdf:li>{LANGUAGE}</rdf:li></rdf:Bag></dc:language>"),
    ];
    if !metadata.author.is_empty() {
        fields.push(format!(
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            escaped(&metadata.author)
        ));
    }
    if !metadata.subject.is_empty() {
        fields.push(format!(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>",
            escaped(&metadata.subject)
        ));
    }
    if !metadata.keywords.is_empty() {
        fields.push(format!(
            "<pdf:Keywords>{}</pdf:Keywords>",
            escaped(&metadata.keywords.join(","))
        ));
    }
    fields.push(format!(
        "<pdf:Producer>{}</pdf:Producer>",
        escaped(&producer())
    ));
    if !metadata.creator.is_empty() {
        fields.push(format!(
            "<xmp:CreatorTool>{}</xmp:CreatorTool>",
            escaped(&metadata.creator)
        ));
    }
    if let Some(date) = &date {
        fields.push(format!("<xmp:CreateDate>{date}</xmp:CreateDate>"));
        fields.push(format!("<xmp:ModifyDate>{date}</xmp:ModifyDate>"));
        fields.push(format!("<xmp:MetadataDate>{date}</xmp:MetadataDate>"));
    }
    fields.push("<pdfuaid:part>1</pdfuaid:part>".to_owned());
    format!(
        concat!(
            "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
            "<rdf:Description rdf:about=\"\"",
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
            " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"",
            " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n",
            "{}\n",
            "</rdf:Description>\n",
            "</rdf:RDF>\n",
            "</x:xmpmeta>\n",
            "<?xpacket end=\"w\"?>"
        ),
        fields.join("\n")
    )
}

/// `text` with the characters XML reserves written as entities.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packet_identifies_pdf_ua_and_escapes_the_title() {
        let packet = xmp(&Metadata {
            title: "Fleet & Estates <joint>".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 2, 18),
            ..Metadata::default()
        });
        assert!(packet.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(packet.contains("Fleet &amp; Estates &lt;joint&gt;"));
        assert!(packet.contains("<xmp:CreateDate>2026-02-18T00:00:00Z</xmp:CreateDate>"));
        assert!(packet.contains("<rdf:li>en-GB</rdf:li>"));
        assert!(!packet.contains("dc:creator"), "no empty author");
    }
}
