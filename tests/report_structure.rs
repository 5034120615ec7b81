//! The paper's logical structure, checked on the page model: what a screen reader will be
//! given comes from the kind of each block, in reading order, with decoration marked as such.

mod fixtures;

use casewright::report;
use casewright::report::document::{
    Block, Chart, Column, Document, Figure, HeadingLevel, KeyValues, Metadata, ParagraphStyle,
    Table,
};
use casewright::report::layout::lay_out;
use casewright::report::page::{Artifact, Item, Pages, Region, Role};
use casewright::report::structure::{Kind, NodeId, Numbering, Rank, Scope, Structure};

fn document(blocks: Vec<Block>) -> Document {
    Document {
        marking: "OFFICIAL".into(),
        footer_title: "Structure test".into(),
        version: "1.0".into(),
        draft: true,
        metadata: Metadata::default(),
        blocks,
        provenance: Default::default(),
    }
}

fn heading(level: HeadingLevel, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.into(),
    }
}

fn paragraph(text: &str) -> Block {
    Block::Paragraph {
        style: ParagraphStyle::Body,
        text: text.into(),
    }
}

/// A paper with one of every kind of block, and a table long enough to cross pages.
fn every_kind_of_block() -> Document {
    let rows = (1..=80)
        .map(|i| vec![format!("Row {i}"), format!("Value {i}")])
        .collect();
    document(vec![
        paragraph("The committee"),
        heading(HeadingLevel::Title, "The title"),
        Block::KeyValues(KeyValues {
            pairs: vec![("Author".into(), "A. Writer".into())],
        }),
        Block::PageBreak,
        heading(HeadingLevel::Title, "Contents"),
        Block::Contents,
        Block::PageBreak,
        heading(HeadingLevel::Section, "1. First"),
        paragraph("Opening words."),
        Block::Numbered(vec![
            ("1.1".into(), "Agree.".into()),
            ("1.2".into(), "Note.".into()),
        ]),
        heading(HeadingLevel::Subsection, "Detail"),
        Block::Bullets(vec!["One".into(), "Two".into()]),
        Block::Table(Table::new(
            vec![Column::text("Reference", 1.0), Column::text("Detail", 3.0)],
            rows,
        )),
        heading(HeadingLevel::Section, "2. Second"),
        Block::Figure(Figure {
            caption: "Figure 1: Costs".into(),
            chart: Chart::CostsSavings {
                years: vec![("26/27".into(), 100.0, 0.0), ("27/28".into(), 50.0, 80.0)],
            },
            description: vec!["26/27: costs £100".into(), "27/28: savings £80.".into()],
        }),
    ])
}

fn kinds(structure: &Structure, ids: &[NodeId]) -> Vec<Kind> {
    ids.iter()
        .map(|id| structure.node(*id).kind.clone())
        .collect()
}

fn children(structure: &Structure, id: NodeId) -> Vec<Kind> {
    kinds(structure, &structure.node(id).children)
}

fn only(structure: &Structure, kind: &Kind) -> NodeId {
    let found: Vec<NodeId> = structure
        .nodes()
        .filter(|(_, node)| node.kind == *kind)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(found.len(), 1, "{kind:?}: {found:?}");
    found[0]
}

/// The text of the runs that belong to `node`, in painting order, page by page.
fn text_of(pages: &Pages, node: NodeId) -> Vec<String> {
    pages
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter(|drawn| drawn.role == Role::Content(node))
        .filter_map(|drawn| match &drawn.item {
            Item::Text(run) => Some(run.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn each_kind_of_block_becomes_its_own_structure() {
    let pages = lay_out(&every_kind_of_block());
    let tree = &pages.structure;
    let root = tree.root();
    assert_eq!(
        children(tree, root),
        vec![
            Kind::Paragraph, // the marking, read once
            Kind::Paragraph, // the committee
            Kind::Heading(Rank::Title),
            Kind::Table,
            Kind::Section, // the contents
            Kind::Section,
            Kind::Section,
        ]
    );
    let sections = &tree.node(root).children[4..];
    assert_eq!(
        children(tree, sections[0]),
        vec![Kind::Heading(Rank::Part), Kind::Contents]
    );
    assert_eq!(
        children(tree, sections[1]),
        vec![
            Kind::Heading(Rank::Part),
            Kind::Paragraph,
            Kind::List(Numbering::Numbers),
            Kind::Section,
        ]
    );
    let subsection = *tree
        .node(sections[1])
        .children
        .last()
        .expect("a subsection");
    assert_eq!(
        children(tree, subsection),
        vec![
            Kind::Heading(Rank::Subpart),
            Kind::List(Numbering::Bullets),
            Kind::Table,
        ]
    );
    assert_eq!(
        children(tree, sections[2])[..3],
        [
            Kind::Heading(Rank::Part),
            Kind::Paragraph, // the caption
            Kind::Figure {
                alt: "26/27: costs £100. 27/28: savings £80.".into()
            },
        ]
    );
    assert_eq!(text_of(&pages, tree.node(root).children[0]), ["OFFICIAL"]);

    // A numbered list: each item a label and a body.
    let list = only(tree, &Kind::List(Numbering::Numbers));
    let item = tree.node(list).children[0];
    assert_eq!(children(tree, item), vec![Kind::Label, Kind::ListBody]);
    assert_eq!(text_of(&pages, tree.node(item).children[0]), ["1.1"]);
    assert_eq!(text_of(&pages, tree.node(item).children[1]), ["Agree."]);

    // The key–value list: keys head their rows.
    let key_values = tree.node(root).children[3];
    let body = tree.node(key_values).children[0];
    assert_eq!(children(tree, key_values), vec![Kind::TableBody]);
    let row = tree.node(body).children[0];
    assert_eq!(
        children(tree, row),
        vec![Kind::HeaderCell(Scope::Row), Kind::DataCell]
    );

    // The contents: an entry per section, each one link holding its text and its area.
    let contents = only(tree, &Kind::Contents);
    assert_eq!(tree.node(contents).children.len(), 2);
    for entry in &tree.node(contents).children {
        assert_eq!(children(tree, *entry), vec![Kind::Link]);
        let link = tree.node(*entry).children[0];
        let areas = pages
            .pages
            .iter()
            .flat_map(|page| &page.items)
            .filter(|drawn| drawn.role == Role::Content(link))
            .filter(|drawn| matches!(drawn.item, Item::Link(_)))
            .count();
        assert_eq!(areas, 1);
    }
}

#[test]
fn a_table_across_pages_is_one_table_with_its_header_read_once() {
    let pages = lay_out(&every_kind_of_block());
    let tree = &pages.structure;
    let long = tree
        .nodes()
        .filter(|(_, node)| node.kind == Kind::Table)
        .map(|(id, _)| id)
        .last()
        .expect("the long table");
    assert_eq!(children(tree, long), vec![Kind::TableHead, Kind::TableBody]);
    let head = tree.node(long).children[0];
    let header_row = tree.node(head).children[0];
    assert_eq!(
        children(tree, header_row),
        vec![Kind::HeaderCell(Scope::Column); 2]
    );
    assert_eq!(
        text_of(&pages, tree.node(header_row).children[0]),
        ["Reference"]
    );
    let body = tree.node(long).children[1];
    assert_eq!(tree.node(body).children.len(), 80);

    // On every later page the header is drawn again, as a repeat a reader skips.
    let pages_with_header: Vec<usize> = pages
        .pages
        .iter()
        .enumerate()
        .filter(|(_, page)| page.text_runs().any(|run| run.text == "Reference"))
        .map(|(index, _)| index)
        .collect();
    assert!(pages_with_header.len() >= 2, "{pages_with_header:?}");
    for index in &pages_with_header[1..] {
        let repeated = pages.pages[*index]
            .items
            .iter()
            .filter(|drawn| matches!(&drawn.item, Item::Text(run) if run.text == "Reference"))
            .all(|drawn| drawn.role == Role::Artifact(Artifact::Repeated));
        assert!(
            repeated,
            "page {}: the repeated header is content",
            index + 1
        );
    }
}

#[test]
fn decoration_is_artifact_and_all_body_text_is_content() {
    for pages in [
        lay_out(&every_kind_of_block()),
        report::pages(&fixtures::realistic_case()),
        report::pages(&fixtures::large_case()),
    ] {
        for (index, page) in pages.pages.iter().enumerate() {
            for drawn in &page.items {
                let label = format!("page {}: {:?}", index + 1, drawn.item);
                match (&drawn.item, drawn.role) {
                    (Item::Text(run), Role::Artifact(artifact)) => match run.region {
                        Region::Body => assert_eq!(artifact, Artifact::Repeated, "{label}"),
                        Region::Margin => assert!(
                            matches!(artifact, Artifact::Header | Artifact::Footer),
                            "{label}"
                        ),
                        Region::Watermark => assert_eq!(artifact, Artifact::Watermark),
                    },
                    (Item::Text(run), Role::Content(node)) => {
                        let first_marking = index == 0 && run.baseline < 72.0;
                        assert!(
                            run.region == Region::Body || first_marking,
                            "{label} is content"
                        );
                        assert!(pages.structure.node(node).kind.holds_content());
                    }
                    (Item::Rule(_), role) => {
                        assert!(matches!(role, Role::Artifact(_)) || in_figure(&pages, role))
                    }
                    (Item::Box(_) | Item::Path(_), role) => assert!(
                        in_figure(&pages, role)
                            || role == Role::Artifact(Artifact::Layout)
                            || role == Role::Artifact(Artifact::Repeated),
                        "{label}"
                    ),
                    (Item::Link(_), Role::Content(node)) => {
                        assert_eq!(pages.structure.node(node).kind, Kind::Link)
                    }
                    (Item::Link(_), Role::Artifact(_)) => panic!("{label}: a link as decoration"),
                }
            }
        }
    }
}

fn in_figure(pages: &Pages, role: Role) -> bool {
    matches!(role, Role::Content(node) if matches!(pages.structure.node(node).kind, Kind::Figure { .. }))
}

#[test]
fn the_structure_reads_the_words_in_the_order_the_layout_wrote_them() {
    let pages = report::pages(&fixtures::large_case());
    let tree = &pages.structure;
    // Every leaf's text, walking the tree in order; figures are read as their alternative
    // text, not their labels.
    let mut read = String::new();
    for id in tree.walk(tree.root()) {
        if matches!(tree.node(id).kind, Kind::Figure { .. }) || tree.node(id).kind == Kind::Link {
            continue;
        }
        for line in text_of(&pages, id) {
            read.push_str(&line);
            read.push('\n');
        }
    }
    // The body as the layout wrote it, paragraph by paragraph and cell by cell, without
    // repeated headers, chart labels or contents entries.
    let mut runs: Vec<_> = pages
        .pages
        .iter()
        .flat_map(|page| &page.items)
        .filter_map(|drawn| match (&drawn.item, drawn.role) {
            (Item::Text(run), Role::Content(node))
                if run.region == Region::Body
                    && !matches!(tree.node(node).kind, Kind::Figure { .. } | Kind::Link) =>
            {
                Some(run)
            }
            _ => None,
        })
        .collect();
    runs.sort_by_key(|run| run.group);
    let written: String = runs.iter().map(|run| format!("{}\n", run.text)).collect();
    let marking = "OFFICIAL\n";
    assert!(read.starts_with(marking), "the marking comes first");
    assert_eq!(&read[marking.len()..], written);
}
