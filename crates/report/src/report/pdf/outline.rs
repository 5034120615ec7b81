//! The outline (bookmarks pane): one entry per section, its subsections nested under it.
//!
//! printpdf writes a flat outline sorted by page and then by title, and names the page mode
//! that opens the pane with a string, which some viewers ignore; so the outline is written
//! here, through lopdf, in document order with the subsections closed under their sections,
//! and the catalog asks for the pane with the name `/UseOutlines`.

use lopdf::{Dictionary, Object, ObjectId};

use crate::report::page::Bookmark;

/// Writes the outline for `bookmarks` and points the catalog at it, opening the pane.
pub(super) fn write(
    file: &mut lopdf::Document,
    catalog: ObjectId,
    bookmarks: &[Bookmark],
    page_ids: &[ObjectId],
) {
    if bookmarks.is_empty() {
        return;
    }
    let outlines = file.new_object_id();
    let (first, last) = entries(file, outlines, bookmarks, page_ids);
    file.objects.insert(
        outlines,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("First", Object::Reference(first)),
            ("Last", Object::Reference(last)),
            // The sections are shown; their subsections are closed.
            ("Count", Object::Integer(bookmarks.len() as i64)),
        ])),
    );
    if let Ok(Object::Dictionary(dict)) = file.get_object_mut(catalog) {
        dict.set("Outlines", Object::Reference(outlines));
        dict.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
}

/// Adds one level of entries under `parent` and returns the first and last.
fn entries(
    file: &mut lopdf::Document,
    parent: ObjectId,
    bookmarks: &[Bookmark],
    page_ids: &[ObjectId],
) -> (ObjectId, ObjectId) {
    let ids: Vec<ObjectId> = bookmarks.iter().map(|_| file.new_object_id()).collect();
    for (index, bookmark) in bookmarks.iter().enumerate() {
        let page = page_ids[bookmark.page.min(page_ids.len() - 1)];
        let mut entry = Dictionary::from_iter([
            ("Title", lopdf::text_string(&bookmark.title)),
            ("Parent", Object::Reference(parent)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            ),
        ]);
        if index > 0 {
            entry.set("Prev", Object::Reference(ids[index - 1]));
        }
        if let Some(next) = ids.get(index + 1) {
            entry.set("Next", Object::Reference(*next));
        }
        if !bookmark.children.is_empty() {
            let (first, last) = entries(file, ids[index], &bookmark.children, page_ids);
            entry.set("First", Object::Reference(first));
            entry.set("Last", Object::Reference(last));
            // Negative: closed, with this many entries beneath.
            entry.set("Count", Object::Integer(-(bookmark.children.len() as i64)));
        }
        file.objects.insert(ids[index], Object::Dictionary(entry));
    }
    (ids[0], ids[ids.len() - 1])
}
