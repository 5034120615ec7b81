//! The file itself: lopdf's objects written out as PDF 1.7 bytes, with the small objects
//! packed into compressed object streams and a compressed cross-reference stream.
//!
//! printpdf builds the `lopdf::Document` and we add the tags to it; only the last step,
//! turning the objects into bytes, is done here rather than by lopdf. A tagged paper has a
//! structure element for every paragraph, row and cell, over a thousand small dictionaries,
//! and lopdf's object-stream writer serializes each of them three times and leaves its
//! cross-reference stream uncompressed: a quarter of the export time and 9 KB on a 30-page
//! paper. Writing each object once, straight into the file, keeps tagging within the
//! export's time budget. The file identifier is derived from the content, so the same case
//! always gives the same bytes.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::Deflater;
use super::PdfError;

/// The most objects packed into one object stream: a reader that needs one object
/// decompresses its whole stream, so they are kept to tens of kilobytes.
const OBJECTS_PER_STREAM: usize = 1000;

/// Writes `file` as PDF bytes, compressing object streams and the cross-reference stream
/// with `deflater`. Streams in `file` are written as they are (compress them first).
pub(super) fn to_bytes(
    file: &lopdf::Document,
    deflater: &mut Deflater,
) -> Result<Vec<u8>, PdfError> {
    let mut out: Vec<u8> = Vec::with_capacity(256 * 1024);
    out.extend_from_slice(b"%PDF-");
    out.extend_from_slice(file.version.as_bytes());
    // A comment of bytes above 127 tells transfer programs the file is binary.
    out.extend_from_slice(b"\n%\xE2\xE3\xCF\xD3\n");

    let mut highest = 0;
    let mut entries: Vec<(u32, Entry)> = Vec::with_capacity(file.objects.len() + 8);
    let mut packed: Vec<(ObjectId, &Object)> = Vec::new();
    for (&id, object) in &file.objects {
        highest = highest.max(id.0);
        match object {
            Object::Stream(stream) => {
                entries.push((id.0, Entry::At(out.len())));
                write_stream(&mut out, id, stream)?;
            }
            // Only objects of generation 0 may sit in an object stream.
            _ if id.1 != 0 => {
                entries.push((id.0, Entry::At(out.len())));
                write_indirect(&mut out, id, object)?;
            }
            _ => packed.push((id, object)),
        }
    }
    for group in packed.chunks(OBJECTS_PER_STREAM) {
        highest += 1;
        let container = highest;
        let mut offsets = Vec::with_capacity(group.len() * 10);
        let mut body = Vec::with_capacity(group.len() * 64);
        for (index, (id, object)) in group.iter().enumerate() {
            write_integer(&mut offsets, i64::from(id.0));
            offsets.push(b' ');
            write_integer(&mut offsets, body.len() as i64);
            offsets.push(b' ');
            write_object(&mut body, object)?;
            body.push(b'\n');
            entries.push((id.0, Entry::Packed { container, index }));
        }
        let first = offsets.len();
        offsets.extend_from_slice(&body);
        let data = deflater
            .deflate(&offsets)
            .ok_or_else(|| compress_failed("an object stream"))?;
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", Object::Integer(group.len() as i64));
        dict.set("First", Object::Integer(first as i64));
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        entries.push((container, Entry::At(out.len())));
        write_stream(&mut out, (container, 0), &Stream::new(dict, data))?;
    }

    // The cross-reference stream, last: every object's place, and the trailer's entries.
    highest += 1;
    let xref = highest;
    entries.push((xref, Entry::At(out.len())));
    entries.sort_by_key(|(number, _)| *number);
    let size = highest + 1;
    let mut rows = vec![[0u8; ROW]; size as usize];
    // Object 0 heads the free list, as in every PDF.
    rows[0] = row(0, 0, 0xffff);
    for (number, entry) in &entries {
        rows[*number as usize] = match *entry {
            Entry::At(offset) => row(1, offset as u32, 0),
            Entry::Packed { container, index } => row(2, container, index as u16),
        };
    }
    let data = deflater
        .deflate(&predicted(&rows))
        .ok_or_else(|| compress_failed("the cross-reference stream"))?;
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", Object::Integer(i64::from(size)));
    dict.set("W", Object::Array(vec![1.into(), 4.into(), 2.into()]));
    for key in [b"Root".as_slice(), b"Info"] {
        if let Ok(value) = file.trailer.get(key) {
            dict.set(key, value.clone());
        }
    }
    let id = Object::String(identifier(&out).into_bytes(), StringFormat::Literal);
    dict.set("ID", Object::Array(vec![id.clone(), id]));
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    dict.set(
        "DecodeParms",
        Dictionary::from_iter([
            ("Predictor", Object::Integer(12)),
            ("Columns", Object::Integer(ROW as i64)),
        ]),
    );
    let start = out.len();
    write_stream(&mut out, (xref, 0), &Stream::new(dict, data))?;
    writeln!(out, "startxref\n{start}\n%%EOF").map_err(write_failed)?;
    Ok(out)
}

/// Where an object is: at a byte offset, or the `index`th object of an object stream.
#[derive(Debug, Clone, Copy)]
enum Entry {
    At(usize),
    Packed { container: u32, index: usize },
}

/// A cross-reference row's width: a type byte, four bytes of offset or container, two of
/// generation or index.
const ROW: usize = 7;

fn row(kind: u8, field: u32, second: u16) -> [u8; ROW] {
    let [a, b, c, d] = field.to_be_bytes();
    let [e, f] = second.to_be_bytes();
    [kind, a, b, c, d, e, f]
}

/// The rows with the PNG "up" predictor (each byte less the one above it), which turns the
/// slowly growing offsets into mostly zeros for the compressor.
fn predicted(rows: &[[u8; ROW]]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.len() * (ROW + 1));
    let mut above = [0u8; ROW];
    for row in rows {
        out.push(2);
        out.extend(row.iter().zip(&above).map(|(b, up)| b.wrapping_sub(*up)));
        above = *row;
    }
    out
}

/// Thirty-two capital letters derived from the file's bytes (FNV-1a), for the trailer's
/// identifier: the same content, the same identifier.
fn identifier(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (0..32)
        .map(|_| {
            hash ^= hash >> 29;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
            char::from(b'A' + (hash % 26) as u8)
        })
        .collect()
}

fn write_failed(error: std::io::Error) -> PdfError {
    PdfError::Assemble(format!("could not write the file's bytes: {error}"))
}

fn compress_failed(what: &str) -> PdfError {
    PdfError::Assemble(format!("could not compress {what}"))
}

fn write_indirect(out: &mut Vec<u8>, id: ObjectId, object: &Object) -> Result<(), PdfError> {
    writeln!(out, "{} {} obj", id.0, id.1).map_err(write_failed)?;
    write_object(out, object)?;
    out.extend_from_slice(b"\nendobj\n");
    Ok(())
}

fn write_stream(out: &mut Vec<u8>, id: ObjectId, stream: &Stream) -> Result<(), PdfError> {
    write!(out, "{} {} obj\n<<", id.0, id.1).map_err(write_failed)?;
    for (key, value) in stream
        .dict
        .iter()
        .filter(|(key, _)| key.as_slice() != b"Length")
    {
        write_name(out, key);
        out.push(b' ');
        write_object(out, value)?;
    }
    out.extend_from_slice(b"/Length ");
    write_integer(out, stream.content.len() as i64);
    out.extend_from_slice(b">>stream\n");
    out.extend_from_slice(&stream.content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    Ok(())
}

/// Writes a direct object. A stream can only be an indirect object of its own.
fn write_object(out: &mut Vec<u8>, object: &Object) -> Result<(), PdfError> {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(value) => out.extend_from_slice(if *value { b"true" } else { b"false" }),
        Object::Integer(value) => write_integer(out, *value),
        Object::Real(value) => write_real(out, *value)?,
        Object::Name(name) => write_name(out, name),
        Object::String(bytes, format) => write_string(out, bytes, *format),
        Object::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b' ');
                }
                write_object(out, item)?;
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict)?,
        Object::Reference(id) => {
            write_integer(out, i64::from(id.0));
            out.push(b' ');
            write_integer(out, i64::from(id.1));
            out.extend_from_slice(b" R");
        }
        Object::Stream(_) => {
            return Err(PdfError::Assemble("a stream inside another object".into()));
        }
    }
    Ok(())
}

fn write_dictionary(out: &mut Vec<u8>, dict: &Dictionary) -> Result<(), PdfError> {
    out.extend_from_slice(b"<<");
    for (key, value) in dict.iter() {
        write_name(out, key);
        // A name, string, array or dictionary starts with its own delimiter.
        if !matches!(
            value,
            Object::Name(_) | Object::String(..) | Object::Array(_) | Object::Dictionary(_)
        ) {
            out.push(b' ');
        }
        write_object(out, value)?;
    }
    out.extend_from_slice(b">>");
    Ok(())
}

/// An integer in decimal, without the formatting machinery (the file has thousands).
pub(super) fn write_integer(out: &mut Vec<u8>, value: i64) {
    if value < 0 {
        out.push(b'-');
    }
    let mut digits = [0u8; 20];
    let mut rest = value.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// A real in plain decimal (PDF has no exponents), to five places at most.
fn write_real(out: &mut Vec<u8>, value: f32) -> Result<(), PdfError> {
    if !value.is_finite() {
        out.push(b'0');
        return Ok(());
    }
    if value.fract() == 0.0 && value.abs() < 1e9 {
        return write!(out, "{}", value as i64).map_err(write_failed);
    }
    let text = format!("{value:.5}");
    out.extend_from_slice(text.trim_end_matches('0').trim_end_matches('.').as_bytes());
    Ok(())
}

/// A name: `/` and its bytes, with delimiters, `#` and anything outside printable ASCII
/// written as `#` and two hex digits.
fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        let plain = (b'!'..=b'~').contains(&byte) && !b"()<>[]{}/%#".contains(&byte);
        if plain {
            out.push(byte);
        } else {
            out.push(b'#');
            out.extend_from_slice(&hex_digits(byte));
        }
    }
}

/// A string: literal with `\`, `(` and `)` escaped and other control bytes in octal, or
/// in hex digits where it was made so (UTF-16 text, glyph codes).
fn write_string(out: &mut Vec<u8>, bytes: &[u8], format: StringFormat) {
    match format {
        StringFormat::Hexadecimal => {
            out.push(b'<');
            for &byte in bytes {
                out.extend_from_slice(&hex_digits(byte));
            }
            out.push(b'>');
        }
        StringFormat::Literal => {
            out.push(b'(');
            for &byte in bytes {
                match byte {
                    b'\\' | b'(' | b')' => out.extend_from_slice(&[b'\\', byte]),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    0..=31 | 127 => {
                        out.extend_from_slice(&[
                            b'\\',
                            b'0' + (byte >> 6),
                            b'0' + ((byte >> 3) & 7),
                            b'0' + (byte & 7),
                        ]);
                    }
                    _ => out.push(byte),
                }
            }
            out.push(b')');
        }
    }
}

fn hex_digits(byte: u8) -> [u8; 2] {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    [
        DIGITS[usize::from(byte >> 4)],
        DIGITS[usize::from(byte & 15)],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(object: &Object) -> String {
        let mut out = Vec::new();
        write_object(&mut out, object).expect("writes");
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn objects_are_written_as_pdf_syntax() {
        assert_eq!(written(&Object::Real(56.69)), "56.69");
        assert_eq!(written(&Object::Real(-3.0)), "-3");
        assert_eq!(written(&Object::Name(b"A B#".to_vec())), "/A#20B#23");
        assert_eq!(
            written(&Object::string_literal("a (b) \\ c\n")),
            "(a \\(b\\) \\\\ c\\n)"
        );
        assert_eq!(
            written(&Object::String(
                vec![0xfe, 0xff, 0, 0x41],
                StringFormat::Hexadecimal
            )),
            "<FEFF0041>"
        );
        let dict = Dictionary::from_iter([
            ("S", Object::Name(b"P".to_vec())),
            (
                "K",
                Object::Array(vec![1.into(), Object::Reference((4, 0))]),
            ),
        ]);
        assert_eq!(written(&Object::Dictionary(dict)), "<</S/P/K[1 4 0 R]>>");
        assert_eq!(written(&Object::Integer(-120)), "-120");
        assert_eq!(written(&Object::Integer(0)), "0");
    }

    #[test]
    fn the_written_file_reads_back_with_every_object() {
        let mut file = lopdf::Document::with_version("1.7");
        let pages = file.new_object_id();
        let page = file.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages)),
        ]));
        file.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let content = file.add_object(Stream::new(Dictionary::new(), b"BT ET".to_vec()));
        let catalog = file.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages)),
            ("Note", lopdf::text_string("Café (draft)")),
        ]));
        file.trailer.set("Root", Object::Reference(catalog));
        let bytes = to_bytes(&file, &mut Deflater::new(3)).expect("writes");
        assert!(bytes.starts_with(b"%PDF-1.7\n"));
        let read = lopdf::Document::load_mem(&bytes).expect("reads back");
        assert_eq!(read.get_pages().len(), 1);
        let note = read
            .catalog()
            .and_then(|catalog| catalog.get(b"Note"))
            .expect("the catalog, from its object stream");
        assert_eq!(
            lopdf::decode_text_string(note).expect("text"),
            "Café (draft)"
        );
        let stream = read
            .get_object(content)
            .and_then(Object::as_stream)
            .expect("the content stream");
        assert_eq!(stream.content, b"BT ET");
        let again = to_bytes(&file, &mut Deflater::new(3)).expect("writes");
        assert_eq!(again, bytes, "the same bytes again");
    }
}
