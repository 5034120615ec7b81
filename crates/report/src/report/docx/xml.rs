//! A small XML writer for the package's parts: elements opened and closed in the order the
//! caller writes them (the OOXML schemas fix the order of most children, so the order is the
//! caller's to get right and stays visible in its code), with quick-xml escaping every text
//! and attribute value.
//!
//! Text from the case may hold characters XML 1.0 cannot carry at all (control characters
//! pasted from another program); they are left out here, once, so no part is ever malformed
//! and Word never offers to "recover" the file.

use quick_xml::escape::escape;

/// An XML part being written.
pub(super) struct Xml {
    out: String,
}

/// The declaration every part starts with.
const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

impl Xml {
    /// A new part, with its declaration written.
    pub(super) fn part() -> Xml {
        let mut out = String::with_capacity(16 * 1024);
        out.push_str(DECLARATION);
        Xml { out }
    }

    fn start(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            self.out.push_str(&escape(clean(value).as_ref()));
            self.out.push('"');
        }
    }

    /// Opens `name` with `attributes`; [`Xml::close`] ends it.
    pub(super) fn open(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start(name, attributes);
        self.out.push('>');
    }

    /// Closes the element `name` opened last.
    pub(super) fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// An element with no content.
    pub(super) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start(name, attributes);
        self.out.push_str("/>");
    }

    /// An element holding only `text`.
    pub(super) fn element(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.open(name, attributes);
        self.text(text);
        self.close(name);
    }

    /// Character data, escaped.
    pub(super) fn text(&mut self, text: &str) {
        self.out.push_str(&escape(clean(text).as_ref()));
    }

    /// The part's bytes.
    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// `text` without the characters XML 1.0 forbids (controls other than tab, line feed and
/// carriage return, and U+FFFE and U+FFFF).
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    if text.chars().all(allowed) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|c| allowed(*c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_forbidden_characters_dropped() {
        let mut xml = Xml::part();
        xml.element("w:t", &[("a", "\"<&>\u{1}")], "Fish & <chips>\u{7}\u{FFFF}");
        let written = String::from_utf8(xml.into_bytes()).expect("UTF-8");
        assert!(
            written.ends_with("<w:t a=\"&quot;&lt;&amp;&gt;\">Fish &amp; &lt;chips&gt;</w:t>"),
            "{written}"
        );
    }
}
