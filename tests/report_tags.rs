//! The exported paper is tagged as PDF/UA-1 asks, checked by reading each example's PDF back
//! with lopdf: every piece of content on every page is either in the structure tree (through
//! the parent tree) or an artifact; no text or drawing is outside marked content; MCIDs are
//! unique on each page and every one is referenced; figures have alternative text and links
//! their annotations; the catalog names the language, the title and the PDF/UA part.
//! (`.ci/check-pdfs` checks the same files with poppler's `pdfinfo -struct-text`.)

mod fixtures;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use casewright::case::Case;
use casewright::case::storage;
use casewright::report::document::Block;
use casewright::report::{self, compose};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

fn examples() -> Vec<(String, Case)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the examples folder lists")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == storage::EXTENSION)
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no examples in {}", folder.display());
    paths
        .into_iter()
        .map(|path| {
            let case = storage::load(&path).expect("example loads");
            (path.display().to_string(), case)
        })
        .collect()
}

/// The papers to check: every example, and the large fixture (tables across pages).
fn papers() -> Vec<(String, Case)> {
    let mut papers = examples();
    papers.push(("the large fixture".to_owned(), fixtures::large_case()));
    papers
}

fn dict<'a>(file: &'a Document, object: &'a Object) -> &'a Dictionary {
    let (_, object) = file.dereference(object).expect("reference resolves");
    object.as_dict().expect("a dictionary")
}

fn name(object: &Object) -> String {
    String::from_utf8_lossy(object.as_name().expect("a name")).into_owned()
}

fn text(object: &Object) -> String {
    lopdf::decode_text_string(object).expect("a text string")
}

/// What a page's content stream marks: each MCID with its tag, and how many artifacts.
struct PageMarks {
    mcids: BTreeMap<i64, String>,
    artifacts: usize,
}

/// Walks a page's operators: every painting or text operator must sit inside marked
/// content; marked content is an artifact or carries an MCID, unique on the page; and
/// shapes (rules, shading, the watermark's form) are artifacts unless they draw a figure.
fn page_marks(file: &Document, page: ObjectId, label: &str) -> PageMarks {
    let bytes = file.get_page_content(page);
    let content = Content::decode(&bytes).expect("content parses");
    let text = ["Tj", "TJ", "'", "\""];
    let shapes = ["Do", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh"];
    let mut open: Vec<Option<i64>> = Vec::new();
    let mut open_tag = String::new();
    // Whether a text object is open, and whether it was when the open sequence began: a
    // marked-content sequence may not cross the edge of a text object.
    let mut in_text = false;
    let mut began_in_text = false;
    let mut marks = PageMarks {
        mcids: BTreeMap::new(),
        artifacts: 0,
    };
    for operation in &content.operations {
        let operator = operation.operator.as_str();
        match operator {
            "BDC" | "BMC" => {
                let tag = name(&operation.operands[0]);
                assert!(open.is_empty(), "{label}: marked content nested in {tag}");
                open_tag = tag.clone();
                began_in_text = in_text;
                if tag == "Artifact" {
                    marks.artifacts += 1;
                    open.push(None);
                    continue;
                }
                let properties = operation
                    .operands
                    .get(1)
                    .and_then(|p| p.as_dict().ok())
                    .unwrap_or_else(|| panic!("{label}: /{tag} marked content without an MCID"));
                let mcid = properties
                    .get(b"MCID")
                    .and_then(Object::as_i64)
                    .unwrap_or_else(|_| panic!("{label}: /{tag} without an MCID"));
                assert!(
                    marks.mcids.insert(mcid, tag).is_none(),
                    "{label}: MCID {mcid} used twice"
                );
                open.push(Some(mcid));
            }
            "EMC" => {
                assert!(open.pop().is_some(), "{label}: EMC with nothing open");
                assert_eq!(
                    in_text, began_in_text,
                    "{label}: /{open_tag} crosses a text object"
                );
            }
            "BT" => {
                assert!(!in_text, "{label}: BT inside a text object");
                in_text = true;
            }
            "ET" => {
                assert!(
                    open.is_empty() || !began_in_text,
                    "{label}: ET inside /{open_tag}, which began in the text object"
                );
                in_text = false;
            }
            _ if text.contains(&operator) || shapes.contains(&operator) => {
                assert!(
                    !open.is_empty(),
                    "{label}: `{operator}` outside marked content"
                );
                assert!(
                    !shapes.contains(&operator)
                        || ["Artifact", "Figure"].contains(&open_tag.as_str()),
                    "{label}: `{operator}` draws a shape inside /{open_tag} content"
                );
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "{label}: marked content left open");
    marks
}

/// What the structure tree holds, gathered by walking it from the root.
#[derive(Default)]
struct Tree {
    /// The element that owns each (page, MCID).
    owners: BTreeMap<(ObjectId, i64), ObjectId>,
    /// The element that owns each annotation, through its OBJR.
    annotations: BTreeMap<ObjectId, ObjectId>,
    /// How many elements of each type.
    counts: BTreeMap<String, usize>,
    /// Problems found on the way.
    problems: Vec<String>,
}

impl Tree {
    fn walk(&mut self, file: &Document, id: ObjectId, parent: ObjectId, page: Option<ObjectId>) {
        let element = file.get_dictionary(id).expect("a structure element");
        let kind = name(element.get(b"S").expect("every element has /S"));
        *self.counts.entry(kind.clone()).or_default() += 1;
        let declared_parent = element.get(b"P").and_then(Object::as_reference);
        if declared_parent.ok() != Some(parent) {
            self.problems
                .push(format!("{kind} {id:?}: /P is not its parent {parent:?}"));
        }
        let page = element
            .get(b"Pg")
            .and_then(Object::as_reference)
            .ok()
            .or(page);
        let kids = match element.get(b"K") {
            Ok(Object::Array(kids)) => kids.clone(),
            Ok(kid) => vec![kid.clone()],
            Err(_) => Vec::new(),
        };
        let mut has_objr = false;
        for kid in kids {
            match kid {
                Object::Integer(mcid) => match page {
                    Some(page) => {
                        self.owners.insert((page, mcid), id);
                    }
                    None => self
                        .problems
                        .push(format!("{kind}: MCID {mcid} with no /Pg")),
                },
                Object::Reference(child) => self.walk(file, child, id, page),
                Object::Dictionary(reference) => {
                    let of_page = reference
                        .get(b"Pg")
                        .and_then(Object::as_reference)
                        .ok()
                        .or(page);
                    match reference.get(b"Type").map(name).as_deref() {
                        Ok("MCR") => {
                            let mcid = reference.get(b"MCID").and_then(Object::as_i64);
                            match (of_page, mcid) {
                                (Some(page), Ok(mcid)) => {
                                    self.owners.insert((page, mcid), id);
                                }
                                _ => self.problems.push(format!("{kind}: a broken MCR")),
                            }
                        }
                        Ok("OBJR") => {
                            has_objr = true;
                            let annotation = reference
                                .get(b"Obj")
                                .and_then(Object::as_reference)
                                .expect("an OBJR names its object");
                            self.annotations.insert(annotation, id);
                        }
                        other => self
                            .problems
                            .push(format!("{kind}: a kid of type {other:?}")),
                    }
                }
                other => self.problems.push(format!("{kind}: a kid {other:?}")),
            }
        }
        match kind.as_str() {
            "Figure" => {
                let alt = element.get(b"Alt").map(text).unwrap_or_default();
                if alt.trim().is_empty() {
                    self.problems.push(format!("Figure {id:?} has no /Alt"));
                }
                let bbox = element
                    .get(b"A")
                    .and_then(Object::as_dict)
                    .and_then(|a| a.get(b"BBox"))
                    .and_then(Object::as_array);
                if bbox.map_or(true, |b| b.len() != 4) {
                    self.problems
                        .push(format!("Figure {id:?} has no bounding box"));
                }
            }
            "Link" if !has_objr => self.problems.push(format!("Link {id:?} has no OBJR")),
            "TH" => {
                let scope = element
                    .get(b"A")
                    .and_then(Object::as_dict)
                    .and_then(|a| a.get(b"Scope"))
                    .map(name);
                if !matches!(scope.as_deref(), Ok("Column" | "Row")) {
                    self.problems.push(format!("TH {id:?} has no /Scope"));
                }
            }
            _ => {}
        }
    }
}

/// How many blocks of the document should come out as each structure type.
fn expected_counts(case: &Case) -> BTreeMap<&'static str, usize> {
    let document = compose::compose(case);
    let mut counts = BTreeMap::new();
    for block in &document.blocks {
        let kind = match block {
            Block::Table(table) if !table.columns.is_empty() => "Table",
            Block::KeyValues(pairs) if !pairs.pairs.is_empty() => "Table",
            Block::Figure(_) => "Figure",
            Block::Bullets(items) if !items.is_empty() => "L",
            Block::Numbered(items) if !items.is_empty() => "L",
            Block::Contents => "TOC",
            _ => continue,
        };
        *counts.entry(kind).or_default() += 1;
    }
    counts.insert("Link", document.section_headings().count());
    counts
}

fn check_paper(label: &str, case: &Case) {
    let pdf = report::export_pdf(case).expect("exports");
    let file = Document::load_mem(&pdf).expect("the PDF parses");
    assert_eq!(file.version, "1.7", "{label}");
    let catalog = file.catalog().expect("a catalog");

    // The catalog: tagged, in British English, titled, opening on the bookmarks.
    let marked = dict(&file, catalog.get(b"MarkInfo").expect("MarkInfo"))
        .get(b"Marked")
        .and_then(Object::as_bool);
    assert_eq!(marked.ok(), Some(true), "{label}: MarkInfo /Marked");
    assert_eq!(
        text(catalog.get(b"Lang").expect("Lang")),
        "en-GB",
        "{label}"
    );
    let preferences = dict(
        &file,
        catalog.get(b"ViewerPreferences").expect("preferences"),
    );
    assert_eq!(
        preferences
            .get(b"DisplayDocTitle")
            .and_then(Object::as_bool)
            .ok(),
        Some(true),
        "{label}: DisplayDocTitle"
    );
    assert_eq!(
        name(catalog.get(b"PageMode").expect("PageMode")),
        "UseOutlines"
    );
    let (_, metadata) = file
        .dereference(catalog.get(b"Metadata").expect("XMP metadata"))
        .expect("resolves");
    let xmp =
        String::from_utf8_lossy(&metadata.as_stream().expect("a stream").content).into_owned();
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{label}: {xmp}"
    );
    assert!(xmp.contains("<dc:title>"), "{label}: no title in the XMP");
    let info = dict(&file, file.trailer.get(b"Info").expect("Info"));
    assert!(!info.has(b"GTS_PDFXVersion"), "{label}: still claims PDF/X");

    // The parent tree, keyed by each page's /StructParents and each annotation's
    // /StructParent.
    let root = dict(
        &file,
        catalog.get(b"StructTreeRoot").expect("StructTreeRoot"),
    );
    let root_id = catalog
        .get(b"StructTreeRoot")
        .and_then(Object::as_reference)
        .expect("the tree root is an object");
    let nums = dict(&file, root.get(b"ParentTree").expect("ParentTree"))
        .get(b"Nums")
        .and_then(Object::as_array)
        .expect("a flat number tree");
    let parent_tree: BTreeMap<i64, Object> = nums
        .chunks(2)
        .map(|pair| (pair[0].as_i64().expect("a key"), pair[1].clone()))
        .collect();

    let mut tree = Tree::default();
    let document = root
        .get(b"K")
        .and_then(Object::as_reference)
        .expect("one document element");
    tree.walk(&file, document, root_id, None);
    assert!(tree.problems.is_empty(), "{label}: {:#?}", tree.problems);

    let mut referenced: BTreeSet<(ObjectId, i64)> = BTreeSet::new();
    for (number, page) in file.get_pages() {
        let page_label = format!("{label}, page {number}");
        let page_dict = file.get_dictionary(page).expect("a page");
        assert_eq!(
            page_dict.get(b"Tabs").map(name).ok().as_deref(),
            Some("S"),
            "{page_label}: /Tabs"
        );
        let key = page_dict
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .unwrap_or_else(|_| panic!("{page_label}: no /StructParents"));
        let marks = page_marks(&file, page, &page_label);
        assert!(
            marks.artifacts > 0,
            "{page_label}: the margins are artifacts"
        );
        let owners = parent_tree
            .get(&key)
            .and_then(|entry| file.dereference(entry).ok())
            .and_then(|(_, entry)| entry.as_array().ok())
            .unwrap_or_else(|| panic!("{page_label}: no parent tree entry"));
        assert_eq!(
            owners.len(),
            marks.mcids.len(),
            "{page_label}: the parent tree lists another number of MCIDs"
        );
        for (mcid, tag) in &marks.mcids {
            let owner = owners
                .get(*mcid as usize)
                .and_then(|owner| owner.as_reference().ok())
                .unwrap_or_else(|| panic!("{page_label}: MCID {mcid} not in the parent tree"));
            let kind = name(
                file.get_dictionary(owner)
                    .expect("an element")
                    .get(b"S")
                    .expect("/S"),
            );
            assert_eq!(
                &kind, tag,
                "{page_label}: MCID {mcid} tagged {tag} but owned by {kind}"
            );
            assert_eq!(
                tree.owners.get(&(page, *mcid)),
                Some(&owner),
                "{page_label}: MCID {mcid} is not where the parent tree says in the structure"
            );
            referenced.insert((page, *mcid));
        }
        // Every annotation belongs to a link element, both ways.
        let annotations = match page_dict.get(b"Annots") {
            Ok(annots) => file
                .dereference(annots)
                .expect("resolves")
                .1
                .as_array()
                .expect("an array")
                .clone(),
            Err(_) => Vec::new(),
        };
        for annotation in annotations {
            let id = annotation.as_reference().expect("annotations are objects");
            let annotation = file.get_dictionary(id).expect("an annotation");
            assert!(
                !text(annotation.get(b"Contents").expect("/Contents")).is_empty(),
                "{page_label}: a link without a description"
            );
            let key = annotation
                .get(b"StructParent")
                .and_then(Object::as_i64)
                .expect("/StructParent");
            let owner = parent_tree
                .get(&key)
                .and_then(|owner| owner.as_reference().ok())
                .expect("the annotation's element in the parent tree");
            assert_eq!(
                tree.annotations.get(&id),
                Some(&owner),
                "{page_label}: OBJR"
            );
        }
    }
    let in_tree: BTreeSet<(ObjectId, i64)> = tree.owners.keys().copied().collect();
    assert_eq!(
        in_tree, referenced,
        "{label}: the structure tree and the pages disagree on the marked content"
    );

    // Every table, figure, list and contents link of the document model is there.
    for (kind, expected) in expected_counts(case) {
        assert_eq!(
            tree.counts.get(kind).copied().unwrap_or(0),
            expected,
            "{label}: {kind} elements"
        );
    }
    assert_eq!(tree.counts.get("H1"), Some(&1), "{label}: one title");
    assert!(tree.counts.get("TH").copied().unwrap_or(0) > 0, "{label}");
}

#[test]
fn every_example_paper_is_tagged_throughout() {
    for (label, case) in papers() {
        check_paper(&label, &case);
    }
}

#[test]
fn the_outline_nests_subsections_under_their_sections() {
    let pdf = report::export_pdf(&fixtures::realistic_case()).expect("exports");
    let file = Document::load_mem(&pdf).expect("the PDF parses");
    let catalog = file.catalog().expect("a catalog");
    let outlines = dict(&file, catalog.get(b"Outlines").expect("an outline"));
    let mut entry = outlines.get(b"First").cloned().ok();
    let mut sections = Vec::new();
    let mut nested = 0;
    while let Some(reference) = entry {
        let item = dict(&file, &reference);
        sections.push(text(item.get(b"Title").expect("a title")));
        if let Ok(first) = item.get(b"First") {
            let child = dict(&file, first);
            assert!(child.has(b"Title") && child.has(b"Dest"));
            nested += 1;
        }
        entry = item.get(b"Next").cloned().ok();
    }
    let document = compose::compose(&fixtures::realistic_case());
    let headings: Vec<&str> = document.section_headings().collect();
    assert_eq!(
        sections, headings,
        "the sections, in order, at the top level"
    );
    assert!(nested >= 3, "subsections nest under {nested} sections");
}

#[test]
fn the_draft_mark_is_an_artifact_drawn_without_text() {
    let pdf = report::export_pdf(&fixtures::realistic_case()).expect("exports");
    let file = Document::load_mem(&pdf).expect("the PDF parses");
    for (number, page) in file.get_pages() {
        let bytes = file.get_page_content(page);
        let content = Content::decode(&bytes).expect("parses");
        // The first thing on each page: the watermark artifact, one form, no text.
        let ops: Vec<&lopdf::content::Operation> = content.operations.iter().take(6).collect();
        assert_eq!(ops[0].operator, "BDC", "page {number}");
        let properties = ops[0].operands[1].as_dict().expect("properties");
        assert_eq!(name(&ops[0].operands[0]), "Artifact");
        assert_eq!(
            properties.get(b"Subtype").map(name).ok().as_deref(),
            Some("Watermark"),
            "page {number}"
        );
        let until_end: Vec<&str> = content
            .operations
            .iter()
            .map(|op| op.operator.as_str())
            .take_while(|op| *op != "EMC")
            .collect();
        assert!(until_end.contains(&"Do"), "page {number}: {until_end:?}");
        assert!(
            !until_end.contains(&"BT"),
            "page {number}: the mark is text"
        );
    }
}
