//! The Word file, checked part by part with nothing installed: every example and fixture
//! exports, and the package is what Word and a committee's template need. The styles are
//! Word's built-in ones (the headings with their outline levels, the lists with their
//! numbering), every data table's first row repeats as a header and is shaded, figures are
//! right-aligned and totals bold as the document model says, every cell has a paragraph,
//! the PAGE, NUMPAGES and contents fields are there, every picture has the figure's
//! alternative text, the language is en-GB, and the children of the properties Word is
//! strictest about come in the schema's order. (`.ci/check_docx.py` reads the same files
//! with python-docx, converts them with LibreOffice and validates them.)

mod fixtures;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use casewright::case::Case;
use casewright::case::storage;
use casewright::report::document::{Block, Cell, Document, Figure};
use casewright::report::{Format, compose};
use quick_xml::events::Event;

/// An element of a parsed part: enough of a tree to walk.
#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|child| child.name == name)
    }

    fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    /// Every element named `name` below this one, in document order (not inside another).
    fn descendants<'a>(&'a self, name: &str, found: &mut Vec<&'a Element>) {
        for child in &self.children {
            if child.name == name {
                found.push(child);
            } else {
                child.descendants(name, found);
            }
        }
    }

    fn all<'a>(&'a self, name: &str) -> Vec<&'a Element> {
        let mut found = Vec::new();
        self.descendants(name, &mut found);
        found
    }

    /// The text of every `w:t` below, joined.
    fn words(&self) -> String {
        self.all("w:t")
            .iter()
            .map(|t| t.text.as_str())
            .collect::<String>()
    }

    /// The value of `w:pPr/w:pStyle`, for a paragraph.
    fn paragraph_style(&self) -> Option<&str> {
        self.child("w:pPr")?.child("w:pStyle")?.attribute("w:val")
    }
}

/// Parses one XML part into a tree; a part that is not well formed fails the test.
fn parse(bytes: &[u8], part: &str) -> Element {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut stack = vec![Element::default()];
    let mut buffer = Vec::new();
    let element = |start: &quick_xml::events::BytesStart<'_>| Element {
        name: String::from_utf8_lossy(start.name().as_ref()).into_owned(),
        attributes: start
            .attributes()
            .map(|attribute| {
                let attribute = attribute.unwrap_or_else(|e| panic!("{part}: attribute: {e}"));
                (
                    String::from_utf8_lossy(attribute.key.as_ref()).into_owned(),
                    attribute
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap_or_else(|e| panic!("{part}: value: {e}"))
                        .into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    };
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .unwrap_or_else(|e| panic!("{part} is not well formed: {e}"));
        match event {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => {
                let leaf = element(&start);
                stack.last_mut().expect("open").children.push(leaf);
            }
            Event::End(_) => {
                let done = stack.pop().expect("open element");
                stack.last_mut().expect("a parent").children.push(done);
            }
            Event::Text(text) => {
                let text = text.decode().expect("UTF-8");
                stack.last_mut().expect("open").text.push_str(&text);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().expect("a reference") {
                    Some(c) => c.to_string(),
                    None => match reference.decode().expect("UTF-8").as_ref() {
                        "amp" => "&".to_owned(),
                        "lt" => "<".to_owned(),
                        "gt" => ">".to_owned(),
                        "quot" => "\"".to_owned(),
                        "apos" => "'".to_owned(),
                        other => panic!("{part}: unknown entity &{other};"),
                    },
                };
                stack.last_mut().expect("open").text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    assert_eq!(stack.len(), 1, "{part}: elements left open");
    let mut root = stack.pop().expect("the document");
    assert_eq!(root.children.len(), 1, "{part}: one root element");
    root.children.pop().expect("the root")
}

/// A Word file opened: its entries' bytes by name.
struct Package {
    entries: BTreeMap<String, Vec<u8>>,
}

impl Package {
    fn open(bytes: &[u8]) -> Package {
        assert!(bytes.starts_with(b"PK\x03\x04"), "a zip file");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
        let mut entries = BTreeMap::new();
        for index in 0..archive.len() {
            let mut entry = archive.by_index(index).expect("an entry");
            let mut content = Vec::new();
            entry.read_to_end(&mut content).expect("entry reads");
            entries.insert(entry.name().expect("an entry name").into_owned(), content);
        }
        Package { entries }
    }

    fn part(&self, name: &str) -> Element {
        let bytes = self
            .entries
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"));
        parse(bytes, name)
    }
}

/// The cases every check runs on: the examples users open first, and the fixtures (the
/// realistic case is a draft, the crowded one the largest paper).
fn cases() -> Vec<(String, Case)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the examples")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "the examples are missing");
    let mut cases: Vec<(String, Case)> = paths
        .iter()
        .map(|path| {
            (
                path.display().to_string(),
                storage::load(path).expect("example loads"),
            )
        })
        .collect();
    cases.push(("realistic".to_owned(), fixtures::realistic_case()));
    cases.push(("crowded".to_owned(), fixtures::crowded_case()));
    cases.push(("complete".to_owned(), fixtures::complete_case()));
    cases
}

/// Each case's document and its Word file.
fn exported() -> Vec<(String, Document, Package)> {
    cases()
        .into_iter()
        .map(|(name, case)| {
            let bytes = Format::Docx.render(&case).expect("exports to Word");
            (name, compose::compose(&case), Package::open(&bytes))
        })
        .collect()
}

#[test]
fn every_example_exports_and_the_same_case_gives_the_same_bytes() {
    for (name, case) in cases() {
        let first = Format::Docx.render(&case).expect("exports");
        let second = Format::Docx.render(&case).expect("exports");
        assert!(
            first == second,
            "{name}: the Word file must be deterministic"
        );
    }
}

#[test]
fn every_part_is_well_formed_typed_and_linked() {
    for (name, _, package) in exported() {
        let types = package.part("[Content_Types].xml");
        let overrides: BTreeSet<&str> = types
            .children("Override")
            .filter_map(|o| o.attribute("PartName"))
            .collect();
        for part in package.entries.keys().filter(|p| p.ends_with(".xml")) {
            parse(&package.entries[part], part);
            if part != "[Content_Types].xml" {
                assert!(
                    overrides.contains(format!("/{part}").as_str()),
                    "{name}: {part} has no content type"
                );
            }
        }
        let relationships = package.part("word/_rels/document.xml.rels");
        let mut ids = BTreeSet::new();
        for link in relationships.children("Relationship") {
            let target = format!("word/{}", link.attribute("Target").expect("a target"));
            assert!(
                package.entries.contains_key(&target),
                "{name}: {target} is linked but missing"
            );
            ids.insert(link.attribute("Id").expect("an id").to_owned());
        }
        let document = package.part("word/document.xml");
        let mut used = Vec::new();
        for element in document.all("a:blip") {
            used.push(element.attribute("r:embed").expect("embed").to_owned());
        }
        for reference in ["w:headerReference", "w:footerReference"] {
            for element in document.all(reference) {
                used.push(element.attribute("r:id").expect("id").to_owned());
            }
        }
        assert!(used.len() >= 2, "{name}: no header or footer");
        for id in used {
            assert!(ids.contains(&id), "{name}: {id} is not a relationship");
        }
    }
}

#[test]
fn the_styles_are_words_built_in_ones_with_outline_levels_numbering_and_en_gb() {
    for (name, _, package) in exported() {
        let styles = package.part("word/styles.xml");
        let by_id: BTreeMap<&str, &Element> = styles
            .children("w:style")
            .map(|style| (style.attribute("w:styleId").expect("an id"), style))
            .collect();
        for (id, built_in_name) in [
            ("Normal", "Normal"),
            ("Title", "Title"),
            ("Heading1", "heading 1"),
            ("Heading2", "heading 2"),
            ("Heading3", "heading 3"),
            ("ListBullet", "List Bullet"),
            ("ListNumber", "List Number"),
            ("Caption", "caption"),
            ("TOC1", "toc 1"),
            ("TOC2", "toc 2"),
            ("TOC3", "toc 3"),
            ("CasewrightTable", "Casewright table"),
        ] {
            let style = by_id
                .get(id)
                .unwrap_or_else(|| panic!("{name}: no {id} style"));
            assert_eq!(
                style.child("w:name").and_then(|n| n.attribute("w:val")),
                Some(built_in_name),
                "{name}: {id}"
            );
        }
        for (level, id) in ["Heading1", "Heading2", "Heading3"].iter().enumerate() {
            let outline = by_id[id]
                .child("w:pPr")
                .and_then(|p| p.child("w:outlineLvl"))
                .and_then(|o| o.attribute("w:val"));
            assert_eq!(outline, Some(level.to_string().as_str()), "{name}: {id}");
        }
        let numbering = package.part("word/numbering.xml");
        let numbers: BTreeSet<&str> = numbering
            .children("w:num")
            .filter_map(|n| n.attribute("w:numId"))
            .collect();
        for id in ["ListBullet", "ListNumber"] {
            let number = by_id[id]
                .child("w:pPr")
                .and_then(|p| p.child("w:numPr"))
                .and_then(|n| n.child("w:numId"))
                .and_then(|n| n.attribute("w:val"))
                .unwrap_or_else(|| panic!("{name}: {id} has no numbering"));
            assert!(numbers.contains(number), "{name}: {id}'s list is missing");
        }
        let language = styles
            .child("w:docDefaults")
            .and_then(|d| d.child("w:rPrDefault"))
            .and_then(|d| d.child("w:rPr"))
            .and_then(|r| r.child("w:lang"))
            .and_then(|l| l.attribute("w:val"));
        assert_eq!(language, Some("en-GB"), "{name}");
    }
}

#[test]
fn the_headings_are_in_order_in_the_heading_styles() {
    for (name, document, package) in exported() {
        let body = package.part("word/document.xml");
        let paragraphs = body.all("w:p");
        let sections: Vec<String> = paragraphs
            .iter()
            .filter(|p| p.paragraph_style() == Some("Heading1"))
            .map(|p| p.words())
            .collect();
        let expected: Vec<&str> = document.section_headings().collect();
        assert!(!expected.is_empty(), "{name}");
        assert_eq!(sections, expected, "{name}");
        let titles = paragraphs
            .iter()
            .filter(|p| p.paragraph_style() == Some("Title"))
            .count();
        assert_eq!(titles, 1, "{name}: one title");
    }
}

/// The data tables of a document, in order.
fn data_tables(document: &Document) -> Vec<&casewright::report::document::Table> {
    document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Table(table) if !table.columns.is_empty() => Some(table),
            _ => None,
        })
        .collect()
}

#[test]
fn every_data_table_repeats_its_shaded_header_and_sets_figures_right_and_totals_bold() {
    for (name, document, package) in exported() {
        let body = package.part("word/document.xml");
        let tables = body.all("w:tbl");
        for table in &tables {
            for cell in table.all("w:tc") {
                assert!(
                    cell.child("w:p").is_some(),
                    "{name}: a cell without a paragraph"
                );
            }
        }
        let data: Vec<&&Element> = tables
            .iter()
            .filter(|t| {
                t.child("w:tblPr")
                    .and_then(|p| p.child("w:tblStyle"))
                    .and_then(|s| s.attribute("w:val"))
                    == Some("CasewrightTable")
            })
            .collect();
        let model = data_tables(&document);
        assert_eq!(data.len(), model.len(), "{name}: data tables");
        for (table, model) in data.iter().zip(model) {
            let rows: Vec<&Element> = table.children("w:tr").collect();
            assert_eq!(rows.len(), model.rows.len() + 1, "{name}: rows");
            let header = |row: &Element| {
                row.child("w:trPr")
                    .is_some_and(|p| p.child("w:tblHeader").is_some())
            };
            assert!(header(rows[0]), "{name}: the first row is not a header row");
            assert!(
                rows[1..].iter().all(|row| !header(row)),
                "{name}: a body row repeats as a header"
            );
            for cell in rows[0].children("w:tc") {
                let fill = cell
                    .child("w:tcPr")
                    .and_then(|p| p.child("w:shd"))
                    .and_then(|s| s.attribute("w:fill"));
                assert_eq!(fill, Some("E4E9F1"), "{name}: header shading");
            }
            for (index, (row, cells)) in rows[1..].iter().zip(&model.rows).enumerate() {
                for (tc, cell) in row.children("w:tc").zip(cells) {
                    let right = tc.all("w:p").iter().all(|p| {
                        p.child("w:pPr")
                            .and_then(|p| p.child("w:jc"))
                            .and_then(|j| j.attribute("w:val"))
                            == Some("right")
                    });
                    if matches!(cell, Cell::Money(_)) {
                        assert!(right, "{name}: {cell} is not right-aligned");
                    }
                    if model.is_total(index) && !cell.to_string().is_empty() {
                        assert!(
                            tc.all("w:r").iter().all(|r| r
                                .child("w:rPr")
                                .is_some_and(|p| p.child("w:b").is_some())),
                            "{name}: the total {cell} is not bold"
                        );
                    }
                    assert_eq!(
                        tc.all("w:p")
                            .iter()
                            .map(|p| p.words())
                            .collect::<Vec<_>>()
                            .join("\n"),
                        cell.to_string(),
                        "{name}: a cell says something else than the model"
                    );
                }
            }
        }
    }
}

#[test]
fn the_margins_carry_the_marking_page_n_of_m_and_a_drafts_watermark() {
    for (name, document, package) in exported() {
        let header = package.part("word/header1.xml");
        let footer = package.part("word/footer1.xml");
        assert!(header.words().contains(&document.marking), "{name}");
        assert!(footer.words().contains(&document.marking), "{name}");
        let instructions: Vec<String> = footer
            .all("w:instrText")
            .iter()
            .map(|i| i.text.trim().to_owned())
            .collect();
        assert_eq!(instructions, ["PAGE", "NUMPAGES"], "{name}");
        assert!(footer.words().contains("Page "), "{name}");
        let watermark = header
            .all("v:textpath")
            .iter()
            .any(|path| path.attribute("string") == Some("DRAFT"));
        assert_eq!(watermark, document.draft, "{name}: the DRAFT mark");
        let body = package.part("word/document.xml");
        let size = body.all("w:pgSz");
        assert_eq!(size[0].attribute("w:w"), Some("11906"), "{name}: A4");
        assert_eq!(size[0].attribute("w:h"), Some("16838"), "{name}: A4");
    }
}

#[test]
fn the_contents_is_a_dirty_toc_field_with_todays_entries() {
    for (name, document, package) in exported() {
        let body = package.part("word/document.xml");
        let toc: Vec<&Element> = body
            .all("w:instrText")
            .into_iter()
            .filter(|i| i.text.trim().starts_with("TOC "))
            .collect();
        assert_eq!(toc.len(), 1, "{name}");
        let begins = body.all("w:fldChar");
        assert!(
            begins.iter().any(|f| {
                f.attribute("w:fldCharType") == Some("begin")
                    && f.attribute("w:dirty") == Some("true")
            }),
            "{name}: the contents field is not marked dirty"
        );
        let entries: Vec<String> = body
            .all("w:p")
            .iter()
            .filter(|p| p.paragraph_style() == Some("TOC1"))
            .map(|p| p.words())
            .collect();
        let sections: Vec<&str> = document.section_headings().collect();
        assert_eq!(entries.len(), sections.len(), "{name}");
        for (entry, section) in entries.iter().zip(sections) {
            assert!(entry.starts_with(section), "{name}: {entry} for {section}");
            assert!(
                entry[section.len()..].parse::<usize>().is_ok(),
                "{name}: {entry} has no page number"
            );
        }
    }
}

#[test]
fn every_picture_has_the_figures_alternative_text_and_at_least_200_dpi() {
    for (name, document, package) in exported() {
        let figures: Vec<&Figure> = document
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Figure(figure) => Some(figure),
                _ => None,
            })
            .collect();
        let body = package.part("word/document.xml");
        let inlines = body.all("wp:inline");
        assert_eq!(inlines.len(), figures.len(), "{name}: pictures");
        let relationships = package.part("word/_rels/document.xml.rels");
        let targets: BTreeMap<&str, &str> = relationships
            .children("Relationship")
            .map(|r| {
                (
                    r.attribute("Id").expect("id"),
                    r.attribute("Target").expect("target"),
                )
            })
            .collect();
        for (inline, figure) in inlines.iter().zip(figures) {
            let description = inline
                .child("wp:docPr")
                .and_then(|d| d.attribute("descr"))
                .unwrap_or_default();
            assert!(
                !description.is_empty(),
                "{name}: a picture without alt text"
            );
            assert_eq!(description, figure.alternative_text(), "{name}");
            let width_emu: f64 = inline
                .child("wp:extent")
                .and_then(|e| e.attribute("cx"))
                .and_then(|cx| cx.parse().ok())
                .expect("an extent");
            let embed = inline.all("a:blip")[0].attribute("r:embed").expect("embed");
            let png = &package.entries[&format!("word/{}", targets[embed])];
            assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}: not a PNG");
            let pixels = u32::from_be_bytes(png[16..20].try_into().expect("IHDR width"));
            let inches = width_emu / 914_400.0;
            assert!(
                f64::from(pixels) / inches >= 200.0,
                "{name}: {pixels} px across {inches} in"
            );
        }
    }
}

#[test]
fn the_properties_carry_the_title_subject_author_and_language() {
    for (name, document, package) in exported() {
        let core = package.part("docProps/core.xml");
        let text = |element: &str| core.child(element).map(|e| e.text.clone());
        assert_eq!(
            text("dc:title"),
            Some(document.metadata.title.clone()),
            "{name}"
        );
        assert!(!document.metadata.title.is_empty(), "{name}");
        assert_eq!(
            text("dc:subject"),
            Some(document.metadata.subject.clone()),
            "{name}"
        );
        assert_eq!(
            text("dc:creator"),
            Some(document.metadata.author.clone()),
            "{name}"
        );
        assert_eq!(text("dc:language").as_deref(), Some("en-GB"), "{name}");
    }
}

/// The schema's order of the children Word is strictest about (ECMA-376 Part 1, 17.3.1.26
/// pPr, 17.3.2.28 rPr, 17.4.60 tblPr, 17.4.70 tcPr, 17.6.17 sectPr); only those the writer
/// uses need be listed, and any other child fails the test so the list is kept up.
const ORDER: [(&str, &[&str]); 5] = [
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:numPr",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:spacing",
            "w:ind",
            "w:jc",
            "w:outlineLvl",
            "w:rPr",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz", "w:szCs",
            "w:lang",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblW",
            "w:jc",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
        ],
    ),
    (
        "w:tcPr",
        &["w:tcW", "w:gridSpan", "w:tcBorders", "w:shd", "w:vAlign"],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:pgSz",
            "w:pgMar",
            "w:cols",
        ],
    ),
];

fn check_order(element: &Element, part: &str) {
    if let Some((_, order)) = ORDER.iter().find(|(name, _)| *name == element.name) {
        let mut last = 0;
        for child in &element.children {
            let position = order
                .iter()
                .position(|name| *name == child.name)
                .unwrap_or_else(|| {
                    panic!("{part}: {} in {} is not listed", child.name, element.name)
                });
            assert!(
                position >= last,
                "{part}: {} comes after {} in {}",
                child.name,
                order[last],
                element.name
            );
            last = position;
        }
    }
    for child in &element.children {
        check_order(child, part);
    }
}

#[test]
fn the_properties_children_come_in_the_schemas_order() {
    for (_, _, package) in exported() {
        for part in [
            "word/document.xml",
            "word/styles.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/numbering.xml",
        ] {
            check_order(&package.part(part), part);
        }
    }
}

#[test]
fn an_older_word_file_may_be_replaced_and_anything_else_may_not() {
    let folder = tempfile::tempdir().expect("temp dir");
    let case = fixtures::complete_case();
    let path = folder.path().join("paper.docx");
    casewright::report::export(&case, Format::Docx, &path).expect("first export");
    casewright::report::export(&case, Format::Docx, &path).expect("replaces its own");
    let notes = folder.path().join("notes.docx");
    std::fs::write(&notes, b"Minutes of the last meeting").expect("write");
    assert!(casewright::report::export(&case, Format::Docx, &notes).is_err());
    assert_eq!(
        std::fs::read(&notes).expect("read"),
        b"Minutes of the last meeting"
    );
}
