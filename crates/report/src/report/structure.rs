//! The paper's logical structure: what a screen reader walks instead of the page.
//!
//! The layout builds this tree as it places blocks (a section, its heading, a paragraph, a
//! table's rows and cells, a figure with its alternative text, the contents entries and
//! their links) and marks every page item with the node it belongs to, or as an artifact
//! (see [`crate::report::page::Role`]). The tree knows nothing of PDF: the PDF writer turns
//! each node into a structure element and each run of items into marked content, so what a
//! reader hears comes from the document model, never from a particular section.
//!
//! Children are kept in the order they were added, which is reading order. Content (page
//! items) belongs only to leaf kinds ([`Kind::holds_content`]); containers hold nodes.

/// A node of the structure tree, as an index into [`Structure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(u32);

impl NodeId {
    /// The node's index, counting the root as 0, in the order nodes were added.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A heading's rank in the structure: the document title, a top-level part, or a part
/// inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The document's title (H1), read once.
    Title,
    /// A section or other top-level part of the paper (H2).
    Part,
    /// A subsection (H3).
    Subpart,
}

/// What a header cell heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The cells below it: a table's column header.
    Column,
    /// The cells beside it: the key of a key–value row.
    Row,
}

/// How a list's items are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// Bullets.
    Bullets,
    /// Numbers ("2.1", "2.2"), given by the document.
    Numbers,
}

/// What a node is, in the terms a screen reader announces.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// The whole paper (the root).
    Document,
    /// A part of the paper: a heading and what follows it up to the next heading of the same
    /// rank or higher.
    Section,
    /// A heading.
    Heading(Rank),
    /// A paragraph, a caption or a line of a figure's text equivalent.
    Paragraph,
    /// A list.
    List(Numbering),
    /// One item of a list: its label and its body.
    ListItem,
    /// A list item's bullet or number.
    Label,
    /// A list item's text.
    ListBody,
    /// A table (also a key–value list, whose keys are row headers).
    Table,
    /// A table's header rows.
    TableHead,
    /// A table's body rows.
    TableBody,
    /// A row.
    TableRow,
    /// A header cell.
    HeaderCell(Scope),
    /// A data cell.
    DataCell,
    /// A chart, read as its alternative text.
    Figure {
        /// What the chart shows, in words.
        alt: String,
    },
    /// The table of contents.
    Contents,
    /// One entry of the contents.
    ContentsEntry,
    /// A link: its text and the clickable area on the page.
    Link,
}

impl Kind {
    /// Whether page items can belong to a node of this kind. Containers (a section, a list,
    /// a table and its rows, the contents) hold other nodes instead.
    pub fn holds_content(&self) -> bool {
        matches!(
            self,
            Kind::Heading(_)
                | Kind::Paragraph
                | Kind::Label
                | Kind::ListBody
                | Kind::HeaderCell(_)
                | Kind::DataCell
                | Kind::Figure { .. }
                | Kind::Link
        )
    }
}

/// One node: what it is and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it is.
    pub kind: Kind,
    /// Its parent; `None` for the root.
    pub parent: Option<NodeId>,
    /// Its children, in reading order.
    pub children: Vec<NodeId>,
}

/// The structure tree of a paper, rooted at a [`Kind::Document`] node.
#[derive(Debug, Clone, PartialEq)]
pub struct Structure {
    nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Structure {
        Structure::new()
    }
}

impl Structure {
    /// A tree with only the document node.
    pub fn new() -> Structure {
        Structure {
            nodes: vec![Node {
                kind: Kind::Document,
                parent: None,
                children: Vec::new(),
            }],
        }
    }

    /// The document node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Adds a node of `kind` as the last child of `parent` and returns it.
    pub fn add(&mut self, parent: NodeId, kind: Kind) -> NodeId {
        debug_assert!(
            !self.node(parent).kind.holds_content(),
            "{kind:?} added inside a {:?}, which holds page items, not nodes",
            self.node(parent).kind
        );
        let id = NodeId(u32::try_from(self.nodes.len()).expect("fewer than 2³² nodes"));
        self.nodes.push(Node {
            kind,
            parent: Some(parent),
            children: Vec::new(),
        });
        self.nodes[parent.index()].children.push(id);
        id
    }

    /// The node `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// Every node with its id, in the order they were added (the root first).
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = (NodeId, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .map(|(index, node)| (NodeId(index as u32), node))
    }

    /// The nodes below `id` in reading order (depth first, `id` itself first).
    pub fn walk(&self, id: NodeId) -> Vec<NodeId> {
        let mut order = Vec::new();
        let mut stack = vec![id];
        while let Some(next) = stack.pop() {
            order.push(next);
            stack.extend(self.node(next).children.iter().rev());
        }
        order
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_keep_the_order_they_were_added_in() {
        let mut tree = Structure::new();
        let section = tree.add(tree.root(), Kind::Section);
        let heading = tree.add(section, Kind::Heading(Rank::Part));
        let list = tree.add(section, Kind::List(Numbering::Numbers));
        let item = tree.add(list, Kind::ListItem);
        let label = tree.add(item, Kind::Label);
        let after = tree.add(tree.root(), Kind::Paragraph);
        assert_eq!(tree.node(section).children, vec![heading, list]);
        assert_eq!(tree.node(label).parent, Some(item));
        assert_eq!(
            tree.walk(tree.root()),
            vec![tree.root(), section, heading, list, item, label, after]
        );
    }
}
