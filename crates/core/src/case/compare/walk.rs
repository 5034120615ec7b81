//! The walk over two cases side by side, as serde sees them, collecting what differs: every
//! field the model has is compared without being listed, each named in the user's words
//! ([`super::labels`]) and placed by [`anchor_for`] as the checks place their findings.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::labels::{self, Unit};
use super::words;
use super::{Change, What};
use crate::case::Case;
use crate::case::date::long_form;
use crate::case::tree::{Tree, push_segment};
use crate::case::validate::anchor_for;
use crate::format::shortened;

/// The fields that say what an item of a list is, in the order they are tried: the first
/// one an item fills in is what it is matched by.
const KEY_FIELDS: [&str; 10] = [
    "id", "label", "title", "name", "force", "party", "measure", "benefit", "version", "text",
];

/// The most characters of an item's name a change shows.
const NAME_CHARS: usize = 80;

/// Where the walk is: the value's path in each file (for [`anchor_for`]), the names of the
/// places above it, and the name of the field that holds it (for its unit).
#[derive(Clone)]
struct At {
    old_path: String,
    new_path: String,
    place: Vec<String>,
    field: &'static str,
    /// Whether the field put its own name on the place (a list's items take its place).
    named: bool,
}

impl At {
    /// Into a field of a struct.
    fn field(&self, name: &'static str) -> At {
        let mut at = self.clone();
        push_segment(&mut at.old_path, name);
        push_segment(&mut at.new_path, name);
        // The case's parts are the steps the changes are listed under, so they name nothing.
        let label = labels::field(name);
        at.named = !self.old_path.is_empty() && !label.is_empty();
        if at.named {
            at.place.push(label.into_owned());
        }
        at.field = name;
        at
    }

    /// Into a map's entry.
    fn key(&self, key: &str, label: String) -> At {
        let mut at = self.clone();
        push_segment(&mut at.old_path, key);
        push_segment(&mut at.new_path, key);
        at.place.push(label);
        at.named = false;
        at
    }

    /// Into a list's item, named instead of the list.
    fn item(&self, old: usize, new: usize, name: String) -> At {
        let mut at = self.clone();
        at.old_path.push_str(&format!("[{old}]"));
        at.new_path.push_str(&format!("[{new}]"));
        if at.named {
            at.place.pop();
        }
        at.place.push(name);
        at.named = false;
        at
    }
}

/// Collects the changes between two cases.
pub(super) struct Walk<'c> {
    old: &'c Case,
    new: &'c Case,
    /// What has been found so far, in the order the new case holds it.
    pub(super) changes: Vec<Change>,
}

impl<'c> Walk<'c> {
    /// A walk from `old` to `new`.
    pub(super) fn new(old: &'c Case, new: &'c Case) -> Walk<'c> {
        Walk {
            old,
            new,
            changes: Vec::new(),
        }
    }

    /// Compares the trees of the two cases.
    pub(super) fn cases(&mut self, old: &Tree, new: &Tree) {
        let at = At {
            old_path: String::new(),
            new_path: String::new(),
            place: Vec::new(),
            field: "",
            named: false,
        };
        self.node(&at, old, new);
    }

    fn push(&mut self, at: &At, path: &str, what: What) {
        self.changes.push(Change {
            anchor: anchor_for(self.new, path),
            place: at.place.clone(),
            what,
        });
    }

    fn node(&mut self, at: &At, old: &Tree, new: &Tree) {
        if old == new {
            return;
        }
        match (old, new) {
            (Tree::Struct(a), Tree::Struct(b)) => self.fields(at, a, b),
            (Tree::StructVariant(_, _, x, a), Tree::StructVariant(_, _, y, b)) if x == y => {
                self.fields(at, a, b);
            }
            (Tree::Some(a), Tree::Some(b)) | (Tree::Newtype(a), Tree::Newtype(b)) => {
                self.node(at, a, b);
            }
            (Tree::NewtypeVariant(_, _, x, a), Tree::NewtypeVariant(_, _, y, b))
                if x == y && !matches!(a.as_ref(), Tree::Str(_)) =>
            {
                self.node(at, a, b);
            }
            (Tree::Map(a), Tree::Map(b)) => self.map(at, a, b),
            (Tree::Seq(a), Tree::Seq(b)) => self.list(at, a, b),
            (Tree::Str(a), Tree::Str(b)) => self.text(at, a, b),
            _ => self.value(at, old, new),
        }
    }

    fn fields(&mut self, at: &At, old: &[(&'static str, Tree)], new: &[(&'static str, Tree)]) {
        for (name, value) in new {
            let inner = at.field(name);
            match old.iter().find(|(other, _)| other == name) {
                Some((_, before)) => self.node(&inner, before, value),
                None => self.value(&inner, &Tree::None, value),
            }
        }
    }

    fn value(&mut self, at: &At, old: &Tree, new: &Tree) {
        let unit = labels::unit(at.field);
        let what = if at.field == "lead_force" {
            What::Value {
                old: lead_force(self.old, old),
                new: lead_force(self.new, new),
            }
        } else {
            What::Value {
                old: shown(old, unit),
                new: shown(new, unit),
            }
        };
        let path = at.new_path.clone();
        self.push(at, &path, what);
    }

    fn text(&mut self, at: &At, old: &str, new: &str) {
        if let (Ok(before), Ok(after)) = (old.parse::<NaiveDate>(), new.parse::<NaiveDate>()) {
            let what = What::Value {
                old: long_form(before),
                new: long_form(after),
            };
            let path = at.new_path.clone();
            self.push(at, &path, what);
            return;
        }
        let path = at.new_path.clone();
        self.push(at, &path, What::Text(words::runs(old, new)));
    }

    fn map(&mut self, at: &At, old: &[(Tree, Tree)], new: &[(Tree, Tree)]) {
        for (key, value) in new {
            let inner = at.key(&key.label(), key_label(key));
            match old.iter().find(|(other, _)| other == key) {
                Some((_, before)) => self.node(&inner, before, value),
                None => self.push(&inner, &at.new_path, What::Added(key_label(key))),
            }
        }
        for (key, _) in old {
            if !new.iter().any(|(other, _)| other == key) {
                let path = at.new_path.clone();
                self.push(at, &path, What::Removed(key_label(key)));
            }
        }
    }

    fn list(&mut self, at: &At, old: &[Tree], new: &[Tree]) {
        let matchable = |items: &[Tree]| {
            items
                .iter()
                .all(|item| matches!(item, Tree::Struct(_) | Tree::Str(_)))
        };
        let named = old.iter().chain(new).any(|item| key(item).is_some());
        if !(named && matchable(old) && matchable(new)) {
            self.by_position(at, old, new);
            return;
        }
        let pairs = matched(old, new);
        let mut old_taken = vec![false; old.len()];
        let mut old_of_new = vec![None; new.len()];
        for &(o, n) in &pairs {
            old_taken[o] = true;
            old_of_new[n] = Some(o);
        }
        let noun = labels::item_noun(at.field);
        for (n, item) in new.iter().enumerate() {
            match old_of_new[n] {
                Some(o) => {
                    let inner = at.item(o, n, name(noun, item));
                    self.node(&inner, &old[o], item);
                }
                None => {
                    let mut path = at.new_path.clone();
                    path.push_str(&format!("[{n}]"));
                    self.push(at, &path, What::Added(name(noun, item)));
                }
            }
        }
        for (o, item) in old.iter().enumerate() {
            if !old_taken[o] {
                let path = at.new_path.clone();
                self.push(at, &path, What::Removed(name(noun, item)));
            }
        }
        let mut order: Vec<(usize, usize)> = pairs;
        order.sort_by_key(|&(_, n)| n);
        if order.windows(2).any(|w| w[0].0 > w[1].0) {
            let path = at.new_path.clone();
            self.push(at, &path, What::Reordered);
        }
    }

    /// A list whose items say nothing of what they are (the amounts of a line by year, the
    /// rows of a table): compared item by item in order.
    fn by_position(&mut self, at: &At, old: &[Tree], new: &[Tree]) {
        let noun = labels::item_noun(at.field);
        for i in 0..old.len().max(new.len()) {
            let label = if at.field == "amounts" {
                format!("Amount in {}", self.new.finance.year_label(i))
            } else {
                match new
                    .get(i)
                    .or_else(|| old.get(i))
                    .map(|item| name(noun, item))
                {
                    Some(named) if named != noun => named,
                    _ => format!("{noun} {}", i + 1),
                }
            };
            let mut path = at.new_path.clone();
            path.push_str(&format!("[{i}]"));
            match (old.get(i), new.get(i)) {
                (Some(before), Some(after)) => self.node(&at.item(i, i, label), before, after),
                (None, Some(after)) => {
                    let what = What::Added(item_or_value(&label, after, at.field));
                    self.push(at, &path, what);
                }
                (Some(before), None) => {
                    let what = What::Removed(item_or_value(&label, before, at.field));
                    let list = at.new_path.clone();
                    self.push(at, &list, what);
                }
                (None, None) => {}
            }
        }
    }
}

/// The pairs (old index, new index) of items that are the same item: first by what they are
/// ([`key`]), then an item left over in each list that differs from the other in one field
/// only (renamed, or its one defining field retyped).
fn matched(old: &[Tree], new: &[Tree]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    // Each key's old items, last first, so that the same key twice pairs in order.
    let mut by_key: HashMap<Option<(&str, &str)>, Vec<usize>> = HashMap::new();
    for (o, item) in old.iter().enumerate().rev() {
        by_key.entry(key(item)).or_default().push(o);
    }
    for (n, item) in new.iter().enumerate() {
        if let Some(o) = by_key.get_mut(&key(item)).and_then(Vec::pop) {
            old_taken[o] = true;
            new_taken[n] = true;
            pairs.push((o, n));
        }
    }
    for (n, item) in new.iter().enumerate() {
        if new_taken[n] {
            continue;
        }
        if let Some(o) =
            (0..old.len()).find(|&o| !old_taken[o] && fields_differing(&old[o], item) == 1)
        {
            old_taken[o] = true;
            new_taken[n] = true;
            pairs.push((o, n));
        }
    }
    pairs
}

/// How many fields two items differ in; every field if they are not both structs.
fn fields_differing(old: &Tree, new: &Tree) -> usize {
    match (old, new) {
        (Tree::Struct(a), Tree::Struct(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .filter(|((x, v), (y, w))| x != y || v != w)
            .count(),
        _ => usize::MAX,
    }
}

/// What an item of a list is, to match it with the same item in the other list: the first of
/// [`KEY_FIELDS`] it fills in (with the field's name, so an id never matches a title), or a
/// text item itself.
fn key(item: &Tree) -> Option<(&'static str, &str)> {
    match item {
        Tree::Str(text) => Some(("", text.as_str())),
        Tree::Struct(fields) => KEY_FIELDS.iter().find_map(|wanted| {
            fields.iter().find_map(|(name, value)| match value {
                Tree::Str(text) if name == wanted && !text.trim().is_empty() => {
                    Some((*name, text.as_str()))
                }
                _ => None,
            })
        }),
        _ => None,
    }
}

/// An item's name as a change shows it: "Risk R3: Loss of key staff", "Line: Licences".
fn name(noun: &str, item: &Tree) -> String {
    let text = |field: &str| match item {
        Tree::Struct(fields) => fields.iter().find_map(|(name, value)| match value {
            Tree::Str(text) if *name == field && !text.trim().is_empty() => Some(text.trim()),
            _ => None,
        }),
        Tree::Str(text) if field.is_empty() => Some(text.trim()),
        _ => None,
    };
    let named = match (text("id"), text("title")) {
        (Some(id), Some(title)) => format!("{noun} {id}: {}", shortened(title, NAME_CHARS)),
        _ => match std::iter::once("").chain(KEY_FIELDS).find_map(text) {
            Some(key) => format!("{noun}: {}", shortened(key, NAME_CHARS)),
            None => noun.to_owned(),
        },
    };
    match item {
        Tree::Struct(fields) => match fields.iter().find(|(name, _)| *name == "body") {
            Some((_, body)) if text("other_name").is_none() => {
                format!("{noun}: {}", labels::value(body, Unit::Plain))
            }
            _ => named,
        },
        _ => named,
    }
}

/// A whole item added or removed where the list has no names: "Amount in 2027/28 (£1,000)".
fn item_or_value(label: &str, item: &Tree, field: &'static str) -> String {
    match item {
        Tree::Struct(_) | Tree::Map(_) | Tree::Seq(_) => label.to_owned(),
        value => format!("{label} ({})", shown(value, labels::unit(field))),
    }
}

/// A map's key as the user knows it: an option, an aim, a category by its label.
fn key_label(key: &Tree) -> String {
    match key {
        Tree::Str(text) => text.clone(),
        other => labels::value(other, Unit::Plain),
    }
}

/// The lead force, held as its place in the partners list, by the force's name.
fn lead_force(case: &Case, value: &Tree) -> String {
    let index = match value {
        Tree::Some(inner) => match inner.as_ref() {
            Tree::U64(i) => usize::try_from(*i).ok(),
            _ => None,
        },
        _ => None,
    };
    index.and_then(|i| case.partners.forces.get(i)).map_or_else(
        || "not chosen".to_owned(),
        |force| force.name.trim().to_owned(),
    )
}

/// A value as a change shows it, with a date written as the paper writes one.
fn shown(value: &Tree, unit: Unit) -> String {
    match value {
        Tree::Some(inner) => shown(inner, unit),
        Tree::Str(text) => match text.parse::<NaiveDate>() {
            Ok(date) => long_form(date),
            Err(_) => labels::value(value, unit),
        },
        other => labels::value(other, unit),
    }
}
