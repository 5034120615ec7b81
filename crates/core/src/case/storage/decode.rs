//! Bytes → text: what encoding a case file is in, or what kind of file it is if it is not
//! text at all.
//!
//! Casewright writes UTF-8, but a file edited by hand may come back with a byte-order mark
//! (Notepad), as UTF-16 ("Unicode" in Windows' save dialog) or in Windows-1252 ("ANSI").
//! Those are read. A Word document, a PDF or an image is named as what it is, so the user
//! knows they picked the wrong file rather than a broken one.

use std::borrow::Cow;

/// How the text of a file was encoded, when it was not plain UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, as Casewright writes it.
    Utf8,
    /// UTF-8 with a byte-order mark in front (skipped).
    Utf8WithMark,
    /// UTF-16, little-endian (Windows' "Unicode").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 ("ANSI"): bytes that are not UTF-8 in a file that is otherwise text.
    Windows1252,
}

/// What a file that is not text turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A zipped document: Word (.docx), Excel (.xlsx), OpenDocument or a .zip.
    Zipped,
    /// An older Word or Excel document (.doc, .xls).
    OldOffice,
    /// A PDF, perhaps the exported paper itself.
    Pdf,
    /// A picture.
    Image,
    /// UTF-16 text with a broken character in it.
    BrokenUtf16,
    /// Something else that is not text.
    Binary,
}

impl NotText {
    /// Why the file cannot be a case, and what to do, in the user's words.
    pub fn reason(self) -> &'static str {
        match self {
            NotText::Zipped => {
                "it is a Word document or another zipped file (.docx, .xlsx, .zip), not a Casewright case; open the .ron file that Casewright saved"
            }
            NotText::OldOffice => {
                "it is a Word or Excel document (.doc, .xls), not a Casewright case; open the .ron file that Casewright saved"
            }
            NotText::Pdf => {
                "it is a PDF, not a Casewright case; open the .ron file the paper was exported from"
            }
            NotText::Image => {
                "it is a picture, not a Casewright case; open the .ron file that Casewright saved"
            }
            NotText::BrokenUtf16 => {
                "it is a UTF-16 text file with a damaged character in it; open an earlier copy, or save it again as UTF-8 in a text editor"
            }
            NotText::Binary => {
                "it is not a text file, so it cannot be a Casewright case; open the .ron file that Casewright saved"
            }
        }
    }
}

/// The text of a file, or what kind of file it is instead.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), NotText> {
    if let Some(kind) = signature(bytes) {
        return Err(kind);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map(|text| (text, Encoding::Utf8WithMark));
    }
    if let Some(encoding) = utf16(bytes) {
        let skip = usize::from(bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF"));
        let units = bytes[skip * 2..].chunks(2).map(|pair| match encoding {
            Encoding::Utf16Be => u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]),
            _ => u16::from_le_bytes([pair[0], *pair.get(1).unwrap_or(&0)]),
        });
        let text: Result<String, _> = char::decode_utf16(units).collect();
        return text
            .map(|text| (Cow::Owned(text), encoding))
            .map_err(|_| NotText::BrokenUtf16);
    }
    utf8(bytes)
        .map(|text| (text, Encoding::Utf8))
        .or_else(|kind| {
            if kind == NotText::Binary && !bytes.contains(&0) {
                Ok((Cow::Owned(windows_1252(bytes)), Encoding::Windows1252))
            } else {
                Err(kind)
            }
        })
}

fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, NotText> {
    match std::str::from_utf8(bytes) {
        Ok(text) if text.contains('\0') => Err(NotText::Binary),
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) => Err(NotText::Binary),
    }
}

/// The kind of a file recognised by its first bytes.
fn signature(bytes: &[u8]) -> Option<NotText> {
    const SIGNATURES: [(&[u8], NotText); 6] = [
        (b"PK\x03\x04", NotText::Zipped),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", NotText::OldOffice),
        (b"%PDF-", NotText::Pdf),
        (b"\x89PNG", NotText::Image),
        (b"\xFF\xD8\xFF", NotText::Image),
        (b"GIF8", NotText::Image),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// Whether the bytes are UTF-16, and which way round: a byte-order mark says so, or, for a
/// file without one, the zero bytes every ASCII character has in UTF-16 (a case file starts
/// with ASCII: a bracket, a comment or white space).
fn utf16(bytes: &[u8]) -> Option<Encoding> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(Encoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(Encoding::Utf16Be);
    }
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 4 {
        return None;
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).all(|b| *b == 0);
    let none_at = |parity: usize| head.iter().skip(parity).step_by(2).all(|b| *b != 0);
    if zeros_at(1) && none_at(0) {
        Some(Encoding::Utf16Le)
    } else if zeros_at(0) && none_at(1) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Windows-1252 bytes as text: Latin-1, with the printable characters Windows puts in
/// 0x80–0x9F (£ is 0xA3 in both, € is 0x80 here).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|byte| match byte {
            0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
            other => char::from(*other),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_bytes(text: &str, big_endian: bool, mark: bool) -> Vec<u8> {
        let mut units: Vec<u16> = Vec::new();
        if mark {
            units.push(0xFEFF);
        }
        units.extend(text.encode_utf16());
        units
            .iter()
            .flat_map(|unit| {
                if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_is_read_either_way_round_with_or_without_a_mark() {
        let text = "(format_version: 1, front_sheet: (title: \"Cymru — £5\"))";
        for (big_endian, expected) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
            for mark in [true, false] {
                let bytes = utf16_bytes(text, big_endian, mark);
                let (decoded, encoding) = decode(&bytes).expect("decodes");
                assert_eq!(decoded, text);
                assert_eq!(encoding, expected);
            }
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let (text, encoding) = decode(b"\xEF\xBB\xBF(format_version: 1)").expect("decodes");
        assert_eq!(text, "(format_version: 1)");
        assert_eq!(encoding, Encoding::Utf8WithMark);
    }

    #[test]
    fn windows_1252_pound_signs_and_quotes_survive() {
        let (text, encoding) = decode(b"(title: \"\x93Costs\x94 \xA3500\")").expect("decodes");
        assert_eq!(text, "(title: \"“Costs” £500\")");
        assert_eq!(encoding, Encoding::Windows1252);
    }

    #[test]
    fn other_kinds_of_file_are_named() {
        assert_eq!(
            decode(b"PK\x03\x04\x14\0\x06\0").err(),
            Some(NotText::Zipped)
        );
        assert_eq!(decode(b"%PDF-1.3\n%\xff").err(), Some(NotText::Pdf));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n").err(), Some(NotText::Image));
        assert_eq!(decode(b"abc\0\xff\xfe\0\0").err(), Some(NotText::Binary));
    }
}
