//! Tagged PDF: marked content on the pages, and the structure tree that reads it in order.
//!
//! While the pages are drawn, [`Marks`] opens a marked-content sequence for every run of
//! items with the same [`Role`]: content gets the next MCID of its page and is remembered
//! against its structure node; decoration is an `/Artifact` of its kind (pagination with a
//! header, footer or watermark subtype, or layout). Once printpdf has built the file,
//! [`write_structure`] adds a structure element for every node of the layout's
//! [`Structure`] (in its order, which is reading order), the parent tree that maps each
//! page's MCIDs and each link annotation back to its element, and `/StructParents` on each
//! page. PDF/UA-1 asks for all of it; printpdf writes none of it but hands over the
//! `lopdf::Document` where it can be added.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId};

use super::content::{Content, Property};

use crate::report::page::{Artifact, Item, PAGE_HEIGHT, Role};
use crate::report::structure::{Kind, NodeId, Numbering, Rank, Scope, Structure};

/// What a node holds on the pages, in reading order.
#[derive(Debug, Clone, Copy)]
enum Held {
    /// A marked-content sequence: its page (from 0) and MCID.
    Marked { page: usize, mcid: i64 },
    /// A link annotation: its page and object.
    Annotation { page: usize, object: ObjectId },
}

/// A rectangle in PDF coordinates (y up): left, bottom, right, top.
#[derive(Debug, Clone, Copy)]
struct Bounds([f32; 4]);

impl Bounds {
    fn of(item: &Item) -> Option<Bounds> {
        let (left, top, right, bottom) = match item {
            Item::Text(run) => {
                // Liberation Sans's ascent and descent, as the layout measures them.
                let top = run.baseline - 0.905 * run.size;
                let bottom = run.baseline + 0.212 * run.size;
                (run.x, top, run.x + run.width, bottom)
            }
            Item::Rule(rule) => (
                rule.from.0.min(rule.to.0),
                rule.from.1.min(rule.to.1),
                rule.from.0.max(rule.to.0),
                rule.from.1.max(rule.to.1),
            ),
            Item::Box(filled) => (
                filled.x,
                filled.y,
                filled.x + filled.width,
                filled.y + filled.height,
            ),
            Item::Path(path) => path.points.iter().fold(
                (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
                |(l, t, r, b), (x, y)| (l.min(*x), t.min(*y), r.max(*x), b.max(*y)),
            ),
            Item::Link(_) => return None,
        };
        (left <= right).then_some(Bounds([
            left,
            PAGE_HEIGHT - bottom,
            right,
            PAGE_HEIGHT - top,
        ]))
    }

    fn union(self, other: Bounds) -> Bounds {
        let ([a0, a1, a2, a3], [b0, b1, b2, b3]) = (self.0, other.0);
        Bounds([a0.min(b0), a1.min(b1), a2.max(b2), a3.max(b3)])
    }
}

/// The marked content of every page, as it is drawn.
pub(super) struct Marks<'a> {
    structure: &'a Structure,
    /// For each page, the node each MCID belongs to, indexed by MCID.
    mcids: Vec<Vec<NodeId>>,
    /// For each node, what it holds, in reading order.
    held: Vec<Vec<Held>>,
    /// Where each figure was drawn, on the first page it reached.
    figure_bounds: BTreeMap<NodeId, (usize, Bounds)>,
    /// The role of the sequence open on the page being drawn.
    open: Option<Role>,
    /// Whether that sequence began inside the open text object (and so must end before it).
    open_inside_text: bool,
}

impl<'a> Marks<'a> {
    /// Marks for the pages of a paper with this structure.
    pub(super) fn new(structure: &'a Structure, page_count: usize) -> Marks<'a> {
        Marks {
            structure,
            mcids: vec![Vec::new(); page_count],
            held: vec![Vec::new(); structure.nodes().len()],
            figure_bounds: BTreeMap::new(),
            open: None,
            open_inside_text: false,
        }
    }

    /// Whether the sequence open now is `role`'s, so an item with that role joins it.
    pub(super) fn is_open(&self, role: Role) -> bool {
        self.open == Some(role)
    }

    /// Whether a sequence is open that began inside the open text object: it must end
    /// before the text object does, as a sequence may not cross a text object's edge.
    pub(super) fn open_inside_text(&self) -> bool {
        self.open.is_some() && self.open_inside_text
    }

    /// Whether a sequence is open that began outside any text object (it may hold whole
    /// text objects, which must end before it does).
    pub(super) fn open_outside_text(&self) -> bool {
        self.open.is_some() && !self.open_inside_text
    }

    /// Begins a sequence for `role` on `page`, ending the open one first; `inside_text` says
    /// whether a text object is open around it.
    pub(super) fn begin(
        &mut self,
        content: &mut Content,
        page: usize,
        role: Role,
        inside_text: bool,
    ) {
        self.end(content);
        self.open = Some(role);
        self.open_inside_text = inside_text;
        match role {
            Role::Content(node) => {
                let mcid = self.mcids[page].len() as i64;
                self.mcids[page].push(node);
                self.held[node.index()].push(Held::Marked { page, mcid });
                content.begin_marked(
                    structure_type(&self.structure.node(node).kind),
                    &[("MCID", Property::Integer(mcid))],
                );
            }
            Role::Artifact(artifact) => {
                content.begin_marked("Artifact", artifact_properties(artifact));
            }
        }
    }

    /// Ends the open sequence, if any.
    pub(super) fn end(&mut self, content: &mut Content) {
        if self.open.take().is_some() {
            content.end_marked();
        }
    }

    /// Notes where `item` was drawn, for a figure's bounding box.
    pub(super) fn drawn(&mut self, page: usize, role: Role, item: &Item) {
        let Role::Content(node) = role else {
            return;
        };
        if !matches!(self.structure.node(node).kind, Kind::Figure { .. }) {
            return;
        }
        let Some(bounds) = Bounds::of(item) else {
            return;
        };
        self.figure_bounds
            .entry(node)
            .and_modify(|(first, known)| {
                if *first == page {
                    *known = known.union(bounds);
                }
            })
            .or_insert((page, bounds));
    }

    /// Records a link annotation as held by `node`, after its text.
    pub(super) fn annotation(&mut self, node: NodeId, page: usize, object: ObjectId) {
        self.held[node.index()].push(Held::Annotation { page, object });
    }
}

/// The `/Artifact` properties: pagination artifacts say which kind. Rules and shading,
/// hundreds a paper, are plain `/Artifact` sequences with no properties: the type is
/// optional, and leaving it out keeps every table row's rule a few bytes shorter.
fn artifact_properties(artifact: Artifact) -> &'static [(&'static str, Property<'static>)] {
    const PAGINATION: (&str, Property<'_>) = ("Type", Property::Name("Pagination"));
    match artifact {
        Artifact::Header => &[PAGINATION, ("Subtype", Property::Name("Header"))],
        Artifact::Footer => &[PAGINATION, ("Subtype", Property::Name("Footer"))],
        Artifact::Watermark => &[PAGINATION, ("Subtype", Property::Name("Watermark"))],
        Artifact::Repeated => &[PAGINATION],
        Artifact::Layout => &[],
    }
}

/// The standard structure type (PDF 1.7, 14.8.4) a node is written as.
fn structure_type(kind: &Kind) -> &'static str {
    match kind {
        Kind::Document => "Document",
        Kind::Section => "Sect",
        Kind::Heading(Rank::Title) => "H1",
        Kind::Heading(Rank::Part) => "H2",
        Kind::Heading(Rank::Subpart) => "H3",
        Kind::Paragraph => "P",
        Kind::List(_) => "L",
        Kind::ListItem => "LI",
        Kind::Label => "Lbl",
        Kind::ListBody => "LBody",
        Kind::Table => "Table",
        Kind::TableHead => "THead",
        Kind::TableBody => "TBody",
        Kind::TableRow => "TR",
        Kind::HeaderCell(_) => "TH",
        Kind::DataCell => "TD",
        Kind::Figure { .. } => "Figure",
        Kind::Contents => "TOC",
        Kind::ContentsEntry => "TOCI",
        Kind::Link => "Link",
    }
}

/// The pages as printpdf wrote them and what the tags need of each.
pub(super) struct WrittenPages<'p> {
    /// Each page's object, in order.
    pub(super) ids: &'p [ObjectId],
    /// Each link annotation, in the order they were added: its page and object.
    pub(super) annotations: &'p [(usize, ObjectId)],
}

/// Adds the structure tree, the parent tree and the page and annotation keys that tie the
/// marked content to it, and marks the catalog as tagged.
pub(super) fn write_structure(
    file: &mut lopdf::Document,
    catalog: ObjectId,
    marks: Marks<'_>,
    pages: &WrittenPages<'_>,
) {
    let structure = marks.structure;
    let root = file.new_object_id();
    let elements: Vec<ObjectId> = structure.nodes().map(|_| file.new_object_id()).collect();
    for (id, node) in structure.nodes() {
        let mut element = Dictionary::new();
        element.set("S", Object::Name(structure_type(&node.kind).into()));
        element.set(
            "P",
            Object::Reference(node.parent.map_or(root, |parent| elements[parent.index()])),
        );
        let held = &marks.held[id.index()];
        let first_page = held.first().map(|held| match held {
            Held::Marked { page, .. } | Held::Annotation { page, .. } => *page,
        });
        if let Some(page) = first_page {
            element.set("Pg", Object::Reference(pages.ids[page]));
        }
        let mut kids: Vec<Object> = held
            .iter()
            .map(|held| kid(*held, first_page, pages.ids))
            .collect();
        kids.extend(
            node.children
                .iter()
                .map(|child| Object::Reference(elements[child.index()])),
        );
        match kids.len() {
            0 => {}
            1 => element.set("K", kids.remove(0)),
            _ => element.set("K", Object::Array(kids)),
        }
        for (key, value) in attributes(&node.kind, marks.figure_bounds.get(&id)) {
            element.set(key, value);
        }
        file.objects
            .insert(elements[id.index()], Object::Dictionary(element));
    }

    // The parent tree: for each page (keyed by its /StructParents) the element of each
    // MCID; for each annotation (keyed by its /StructParent) its element.
    let mut owners: BTreeMap<(usize, i64), ObjectId> = BTreeMap::new();
    let mut annotation_owner: BTreeMap<ObjectId, ObjectId> = BTreeMap::new();
    for (id, _) in structure.nodes() {
        for held in &marks.held[id.index()] {
            match *held {
                Held::Marked { page, mcid } => {
                    owners.insert((page, mcid), elements[id.index()]);
                }
                Held::Annotation { object, .. } => {
                    annotation_owner.insert(object, elements[id.index()]);
                }
            }
        }
    }
    let mut nums = Vec::new();
    for (page, mcids) in marks.mcids.iter().enumerate() {
        let refs = (0..mcids.len() as i64)
            .map(|mcid| {
                owners
                    .get(&(page, mcid))
                    .map_or(Object::Null, |e| Object::Reference(*e))
            })
            .collect();
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Array(refs));
        if let Ok(Object::Dictionary(dict)) = file.get_object_mut(pages.ids[page]) {
            dict.set("StructParents", Object::Integer(page as i64));
            dict.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    let mut next_key = marks.mcids.len() as i64;
    for (_, annotation) in pages.annotations {
        let Some(owner) = annotation_owner.get(annotation) else {
            continue;
        };
        if let Ok(Object::Dictionary(dict)) = file.get_object_mut(*annotation) {
            dict.set("StructParent", Object::Integer(next_key));
        }
        nums.push(Object::Integer(next_key));
        nums.push(Object::Reference(*owner));
        next_key += 1;
    }
    let parent_tree = file.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    file.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Reference(elements[structure.root().index()])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key)),
        ])),
    );
    if let Ok(Object::Dictionary(dict)) = file.get_object_mut(catalog) {
        dict.set("StructTreeRoot", Object::Reference(root));
        dict.set(
            "MarkInfo",
            Dictionary::from_iter([("Marked", Object::Boolean(true))]),
        );
    }
}

/// One entry of an element's `/K`: a bare MCID on the element's own page, a marked-content
/// reference elsewhere, an object reference for an annotation.
fn kid(held: Held, first_page: Option<usize>, page_ids: &[ObjectId]) -> Object {
    match held {
        Held::Marked { page, mcid } if Some(page) == first_page => Object::Integer(mcid),
        Held::Marked { page, mcid } => Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"MCR".to_vec())),
            ("Pg", Object::Reference(page_ids[page])),
            ("MCID", Object::Integer(mcid)),
        ])),
        Held::Annotation { page, object } => Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"OBJR".to_vec())),
            ("Pg", Object::Reference(page_ids[page])),
            ("Obj", Object::Reference(object)),
        ])),
    }
}

/// What an element says beyond its type: a figure's alternative text and bounding box, a
/// header cell's scope, a list's numbering.
fn attributes(kind: &Kind, bounds: Option<&(usize, Bounds)>) -> Vec<(&'static str, Object)> {
    let name = |name: &str| Object::Name(name.as_bytes().to_vec());
    let owned = |owner: &str, key: &'static str, value: Object| {
        Dictionary::from_iter([("O", name(owner)), (key, value)])
    };
    match kind {
        Kind::Figure { alt } => {
            let mut entries = vec![("Alt", lopdf::text_string(alt))];
            if let Some((_, Bounds(rect))) = bounds {
                let rect = rect.iter().map(|v| Object::Real(*v)).collect();
                entries.push((
                    "A",
                    Object::Dictionary(owned("Layout", "BBox", Object::Array(rect))),
                ));
            }
            entries
        }
        Kind::HeaderCell(scope) => {
            let scope = match scope {
                Scope::Column => "Column",
                Scope::Row => "Row",
            };
            vec![(
                "A",
                Object::Dictionary(owned("Table", "Scope", name(scope))),
            )]
        }
        Kind::List(numbering) => {
            let numbering = match numbering {
                Numbering::Bullets => "Disc",
                Numbering::Numbers => "Decimal",
            };
            vec![(
                "A",
                Object::Dictionary(owned("List", "ListNumbering", name(numbering))),
            )]
        }
        _ => Vec::new(),
    }
}
