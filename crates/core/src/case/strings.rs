//! Every string of a value, with its path, read straight from serde: what the checks that
//! hold for every field read after each edit.
//!
//! [`Tree`] can do the same ([`Tree::strings_mut`]), but it copies the whole case into a
//! tree of boxes first and frees it after, and on the crowded case that was most of the
//! cost of the checks after a keystroke. [`visit`] serialises into a visitor that keeps only
//! the path: nothing is allocated per value. The paths and the `optional` flag are exactly
//! those of [`Tree::strings_mut`] (a test holds them together), so a finding names a field
//! the same way whichever walked it.

use std::fmt::Write as _;

use serde::Serialize;
use serde::ser;

use super::tree::{Tree, TreeError, push_segment};

/// Calls `visit` with every string in `value`, its path (`risks.risks[3].title`) and whether
/// it sits directly in an `Option` (where dates live), read-only, in the order serde writes
/// them.
pub fn visit<T: Serialize + ?Sized>(value: &T, visit: &mut dyn FnMut(&str, bool, &str)) {
    let mut path = String::new();
    // Serialising the model cannot fail (the same serde writes every save); a value that
    // could would stop the walk there, and the checks would see fewer fields, not wrong ones.
    let _ = value.serialize(Visitor {
        path: &mut path,
        optional: false,
        visit,
    });
}

/// Serialises one value: a string is visited, a compound value walks its parts with their
/// path segments pushed, anything else is passed over.
struct Visitor<'v, 'f> {
    path: &'v mut String,
    optional: bool,
    visit: &'v mut (dyn FnMut(&str, bool, &str) + 'f),
}

impl<'f> Visitor<'_, 'f> {
    /// The visitor for a part of this value, at the same path.
    fn part(&mut self, optional: bool) -> Visitor<'_, 'f> {
        Visitor {
            path: self.path,
            optional,
            visit: self.visit,
        }
    }
}

/// The parts of a compound value being walked: each is visited with its segment pushed onto
/// the path, which is put back after it.
struct Parts<'v, 'f> {
    visitor: Visitor<'v, 'f>,
    /// How long the path was at this value.
    depth: usize,
    /// The next item's index, for sequences.
    index: usize,
    /// The pending map key's path segment.
    key: Option<String>,
}

impl<'v, 'f> Parts<'v, 'f> {
    fn new(visitor: Visitor<'v, 'f>) -> Parts<'v, 'f> {
        let depth = visitor.path.len();
        Parts {
            visitor,
            depth,
            index: 0,
            key: None,
        }
    }

    /// Walks `value` as the next item of a sequence: `[index]`.
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        let _ = write!(self.visitor.path, "[{}]", self.index);
        self.index += 1;
        self.walk(value)
    }

    /// Walks `value` as the part named `name`: `.name`.
    fn named<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), TreeError> {
        push_segment(self.visitor.path, name);
        self.walk(value)
    }

    fn walk<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        let walked = value.serialize(self.visitor.part(false));
        self.visitor.path.truncate(self.depth);
        walked
    }
}

impl<'v, 'f> ser::Serializer for Visitor<'v, 'f> {
    type Ok = ();
    type Error = TreeError;
    type SerializeSeq = Parts<'v, 'f>;
    type SerializeTuple = Parts<'v, 'f>;
    type SerializeTupleStruct = Parts<'v, 'f>;
    type SerializeTupleVariant = Parts<'v, 'f>;
    type SerializeMap = Parts<'v, 'f>;
    type SerializeStruct = Parts<'v, 'f>;
    type SerializeStructVariant = Parts<'v, 'f>;

    fn serialize_str(self, v: &str) -> Result<(), TreeError> {
        (self.visit)(self.path, self.optional, v);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(mut self, value: &T) -> Result<(), TreeError> {
        value.serialize(self.part(true))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        let optional = self.optional;
        value.serialize(self.part(optional))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        let optional = self.optional;
        value.serialize(self.part(optional))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_tuple(self, _: usize) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Parts<'v, 'f>, TreeError> {
        Ok(Parts::new(self))
    }

    // Nothing else holds a string: passed over.
    fn serialize_bool(self, _: bool) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), TreeError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), TreeError> {
        Ok(())
    }
}

/// The sequence-like methods all walk an item.
macro_rules! sequence_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Parts<'_, '_> {
            type Ok = ();
            type Error = TreeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
                self.item(value)
            }
            fn end(self) -> Result<(), TreeError> {
                Ok(())
            }
        }
    )*};
}

sequence_like!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The struct-like methods walk a named field.
macro_rules! struct_like {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Parts<'_, '_> {
            type Ok = ();
            type Error = TreeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), TreeError> {
                self.named(key, value)
            }
            fn end(self) -> Result<(), TreeError> {
                Ok(())
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Parts<'_, '_> {
    type Ok = ();
    type Error = TreeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TreeError> {
        // A key is small (an option's kind, a year): it is named as the tree names it.
        self.key = Some(Tree::of(key)?.label());
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| TreeError::new("a map value came before its key"))?;
        self.named(&key, value)
    }
    fn end(self) -> Result<(), TreeError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::fixtures;

    /// Every string, path and flag, as the tree gives them.
    fn through_the_tree(case: &Case) -> Vec<(String, bool, String)> {
        let mut tree = Tree::of(case).expect("serialises");
        let mut out = Vec::new();
        tree.strings_mut(&mut |path, optional, text| {
            out.push((path.to_owned(), optional, text.clone()));
        });
        out
    }

    fn visited(case: &Case) -> Vec<(String, bool, String)> {
        let mut out = Vec::new();
        visit(case, &mut |path, optional, text| {
            out.push((path.to_owned(), optional, text.to_owned()));
        });
        out
    }

    #[test]
    fn the_walk_gives_the_trees_paths_flags_and_strings_in_its_order() {
        for case in [
            Case::default(),
            fixtures::realistic_case(),
            fixtures::large_case(),
        ] {
            let expected = through_the_tree(&case);
            assert!(!expected.is_empty());
            assert_eq!(visited(&case), expected);
        }
    }

    #[test]
    fn strings_are_visited_with_their_paths() {
        let mut case = fixtures::realistic_case();
        case.risks.risks[1].title = "Second risk".into();
        let paths = visited(&case);
        assert!(
            paths.contains(&("risks.risks[1].title".into(), false, "Second risk".into())),
            "{paths:?}"
        );
        assert!(
            paths
                .iter()
                .any(|(path, optional, _)| path == "front_sheet.meeting_date" && *optional)
        );
    }
}
