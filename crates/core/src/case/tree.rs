//! A case as a tree of serde values, so that every string in it can be visited (and
//! changed) by its path, whatever the model holds.
//!
//! Rules about text apply to every field: a control character, a character no font has, a
//! date out of range. Listing the fields would miss the next one someone adds; serde already
//! knows them all. [`Tree::of`] serialises any value into this tree, [`Tree::strings_mut`]
//! walks its strings with their paths (`risks.risks[3].title`, as `casewright check`
//! prints them) to change them, and [`Tree::into_value`] deserialises it back. `ron::Value`
//! cannot do the last: it loses enum variants. To read the strings alone,
//! [`super::strings::visit`] walks the value itself, with the same paths, and builds no tree.

use std::fmt;

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

/// One serde value.
#[derive(Debug, Clone, PartialEq)]
pub enum Tree {
    /// `true` or `false`.
    Bool(bool),
    /// A signed integer.
    I64(i64),
    /// An unsigned integer.
    U64(u64),
    /// A float.
    F64(f64),
    /// A character.
    Char(char),
    /// A string.
    Str(String),
    /// Bytes.
    Bytes(Vec<u8>),
    /// `None`.
    None,
    /// `Some(value)`.
    Some(Box<Tree>),
    /// `()` or a unit struct.
    Unit,
    /// A unit enum variant.
    UnitVariant(&'static str, u32, &'static str),
    /// A newtype struct.
    Newtype(Box<Tree>),
    /// A newtype enum variant.
    NewtypeVariant(&'static str, u32, &'static str, Box<Tree>),
    /// A sequence or tuple.
    Seq(Vec<Tree>),
    /// A tuple enum variant.
    TupleVariant(&'static str, u32, &'static str, Vec<Tree>),
    /// A map.
    Map(Vec<(Tree, Tree)>),
    /// A struct.
    Struct(Vec<(&'static str, Tree)>),
    /// A struct enum variant.
    StructVariant(&'static str, u32, &'static str, Vec<(&'static str, Tree)>),
}

/// Why a value could not be turned into a tree or back (a fault in the model's serde, never
/// in the user's data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeError(String);

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TreeError {}

impl TreeError {
    /// An error saying `why`.
    pub(crate) fn new(why: &str) -> TreeError {
        TreeError(why.to_owned())
    }
}

impl ser::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError(msg.to_string())
    }
}

impl de::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError(msg.to_string())
    }
}

impl Tree {
    /// The tree of any serialisable value.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Result<Tree, TreeError> {
        value.serialize(TreeSerializer)
    }

    /// The value the tree describes.
    pub fn into_value<T: DeserializeOwned>(self) -> Result<T, TreeError> {
        T::deserialize(self)
    }

    /// Calls `visit` with every string in the tree, its path, and whether it sits in an
    /// `Option` (where dates live: `Option<NaiveDate>` serialises as `Some("2026-03-04")`).
    pub fn strings_mut(&mut self, visit: &mut dyn FnMut(&str, bool, &mut String)) {
        let mut path = String::new();
        self.walk(&mut path, false, visit);
    }

    fn walk(
        &mut self,
        path: &mut String,
        optional: bool,
        visit: &mut dyn FnMut(&str, bool, &mut String),
    ) {
        let depth = path.len();
        match self {
            Tree::Str(text) => visit(path, optional, text),
            Tree::Some(inner) => inner.walk(path, true, visit),
            Tree::Newtype(inner) | Tree::NewtypeVariant(_, _, _, inner) => {
                inner.walk(path, optional, visit);
            }
            Tree::Seq(items) | Tree::TupleVariant(_, _, _, items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    path.push_str(&format!("[{index}]"));
                    item.walk(path, false, visit);
                    path.truncate(depth);
                }
            }
            Tree::Map(entries) => {
                for (key, value) in entries {
                    push_segment(path, &key.label());
                    value.walk(path, false, visit);
                    path.truncate(depth);
                }
            }
            Tree::Struct(fields) | Tree::StructVariant(_, _, _, fields) => {
                for (name, value) in fields {
                    push_segment(path, name);
                    value.walk(path, false, visit);
                    path.truncate(depth);
                }
            }
            _ => {}
        }
    }

    /// The path of the first value that differs between this tree and `other` (in the same
    /// form `strings_mut` gives: `risks.risks[3].owner`), or `None` if they are equal. Where
    /// a list grew or shrank, or an enum changed variant, the path is the list or the value
    /// itself.
    pub fn first_difference(&self, other: &Tree) -> Option<String> {
        let mut path = String::new();
        self.differ(other, &mut path).then_some(path)
    }

    /// Whether the trees differ, with `path` left at the first difference.
    fn differ(&self, other: &Tree, path: &mut String) -> bool {
        let depth = path.len();
        let fields = |a: &[(&'static str, Tree)], b: &[(&'static str, Tree)], path: &mut String| {
            if a.len() != b.len() {
                return true;
            }
            for ((name, x), (_, y)) in a.iter().zip(b) {
                push_segment(path, name);
                if x.differ(y, path) {
                    return true;
                }
                path.truncate(depth);
            }
            false
        };
        match (self, other) {
            (Tree::Some(a), Tree::Some(b))
            | (Tree::Newtype(a), Tree::Newtype(b))
            | (Tree::NewtypeVariant(_, _, _, a), Tree::NewtypeVariant(_, _, _, b))
                if self.same_shape(other) =>
            {
                a.differ(b, path)
            }
            (Tree::Seq(a), Tree::Seq(b))
            | (Tree::TupleVariant(_, _, _, a), Tree::TupleVariant(_, _, _, b))
                if a.len() == b.len() && self.same_shape(other) =>
            {
                for (index, (x, y)) in a.iter().zip(b).enumerate() {
                    path.push_str(&format!("[{index}]"));
                    if x.differ(y, path) {
                        return true;
                    }
                    path.truncate(depth);
                }
                false
            }
            (Tree::Map(a), Tree::Map(b)) if a.len() == b.len() => {
                for ((key, x), (other_key, y)) in a.iter().zip(b) {
                    if key != other_key {
                        return true;
                    }
                    push_segment(path, &key.label());
                    if x.differ(y, path) {
                        return true;
                    }
                    path.truncate(depth);
                }
                false
            }
            (Tree::Struct(a), Tree::Struct(b)) => fields(a, b, path),
            (Tree::StructVariant(_, _, x, a), Tree::StructVariant(_, _, y, b)) if x == y => {
                fields(a, b, path)
            }
            _ => self != other,
        }
    }

    /// Whether two enum values are the same variant (other values always are).
    fn same_shape(&self, other: &Tree) -> bool {
        match (self, other) {
            (Tree::NewtypeVariant(_, _, a, _), Tree::NewtypeVariant(_, _, b, _))
            | (Tree::TupleVariant(_, _, a, _), Tree::TupleVariant(_, _, b, _)) => a == b,
            _ => true,
        }
    }

    /// A map key as a path segment: a variant's name, a string, a number.
    pub(crate) fn label(&self) -> String {
        match self {
            Tree::UnitVariant(_, _, variant) => (*variant).to_owned(),
            Tree::Str(text) => text.clone(),
            Tree::I64(n) => n.to_string(),
            Tree::U64(n) => n.to_string(),
            Tree::Bool(b) => b.to_string(),
            Tree::Char(c) => c.to_string(),
            Tree::Newtype(inner) | Tree::Some(inner) => inner.label(),
            other => format!("{other:?}"),
        }
    }
}

/// Appends a field's or key's name to a path: `risks` then `risks.risks`.
pub(crate) fn push_segment(path: &mut String, name: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(name);
}

struct TreeSerializer;

/// Collects the parts of a compound value.
#[doc(hidden)]
pub struct Compound {
    kind: CompoundKind,
    items: Vec<Tree>,
    entries: Vec<(Tree, Tree)>,
    fields: Vec<(&'static str, Tree)>,
    key: Option<Tree>,
}

enum CompoundKind {
    Seq,
    TupleVariant(&'static str, u32, &'static str),
    Map,
    Struct,
    StructVariant(&'static str, u32, &'static str),
}

impl Compound {
    fn new(kind: CompoundKind) -> Compound {
        Compound {
            kind,
            items: Vec::new(),
            entries: Vec::new(),
            fields: Vec::new(),
            key: None,
        }
    }

    fn finish(self) -> Tree {
        match self.kind {
            CompoundKind::Seq => Tree::Seq(self.items),
            CompoundKind::TupleVariant(name, index, variant) => {
                Tree::TupleVariant(name, index, variant, self.items)
            }
            CompoundKind::Map => Tree::Map(self.entries),
            CompoundKind::Struct => Tree::Struct(self.fields),
            CompoundKind::StructVariant(name, index, variant) => {
                Tree::StructVariant(name, index, variant, self.fields)
            }
        }
    }
}

impl ser::Serializer for TreeSerializer {
    type Ok = Tree;
    type Error = TreeError;
    type SerializeSeq = Compound;
    type SerializeTuple = Compound;
    type SerializeTupleStruct = Compound;
    type SerializeTupleVariant = Compound;
    type SerializeMap = Compound;
    type SerializeStruct = Compound;
    type SerializeStructVariant = Compound;

    fn serialize_bool(self, v: bool) -> Result<Tree, TreeError> {
        Ok(Tree::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Tree, TreeError> {
        Ok(Tree::I64(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Tree, TreeError> {
        Ok(Tree::I64(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Tree, TreeError> {
        Ok(Tree::I64(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Tree, TreeError> {
        Ok(Tree::I64(v))
    }
    fn serialize_i128(self, v: i128) -> Result<Tree, TreeError> {
        i64::try_from(v)
            .map(Tree::I64)
            .map_err(|_| TreeError("a 128-bit number does not fit".into()))
    }
    fn serialize_u8(self, v: u8) -> Result<Tree, TreeError> {
        Ok(Tree::U64(v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<Tree, TreeError> {
        Ok(Tree::U64(v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<Tree, TreeError> {
        Ok(Tree::U64(v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<Tree, TreeError> {
        Ok(Tree::U64(v))
    }
    fn serialize_u128(self, v: u128) -> Result<Tree, TreeError> {
        u64::try_from(v)
            .map(Tree::U64)
            .map_err(|_| TreeError("a 128-bit number does not fit".into()))
    }
    fn serialize_f32(self, v: f32) -> Result<Tree, TreeError> {
        Ok(Tree::F64(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result<Tree, TreeError> {
        Ok(Tree::F64(v))
    }
    fn serialize_char(self, v: char) -> Result<Tree, TreeError> {
        Ok(Tree::Char(v))
    }
    fn serialize_str(self, v: &str) -> Result<Tree, TreeError> {
        Ok(Tree::Str(v.to_owned()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Tree, TreeError> {
        Ok(Tree::Bytes(v.to_owned()))
    }
    fn serialize_none(self) -> Result<Tree, TreeError> {
        Ok(Tree::None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Tree, TreeError> {
        Ok(Tree::Some(Box::new(Tree::of(value)?)))
    }
    fn serialize_unit(self) -> Result<Tree, TreeError> {
        Ok(Tree::Unit)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Tree, TreeError> {
        Ok(Tree::Unit)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<Tree, TreeError> {
        Ok(Tree::UnitVariant(name, index, variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Tree, TreeError> {
        Ok(Tree::Newtype(Box::new(Tree::of(value)?)))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Tree, TreeError> {
        Ok(Tree::NewtypeVariant(
            name,
            index,
            variant,
            Box::new(Tree::of(value)?),
        ))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::Seq))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::Seq))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::Seq))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::TupleVariant(
            name, index, variant,
        )))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::Map))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::Struct))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound, TreeError> {
        Ok(Compound::new(CompoundKind::StructVariant(
            name, index, variant,
        )))
    }
}

/// The sequence-like `serialize_element`/`serialize_field` methods all push an item.
macro_rules! sequence_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound {
            type Ok = Tree;
            type Error = TreeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
                self.items.push(Tree::of(value)?);
                Ok(())
            }
            fn end(self) -> Result<Tree, TreeError> {
                Ok(self.finish())
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

impl ser::SerializeMap for Compound {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TreeError> {
        self.key = Some(Tree::of(key)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| TreeError("a map value came before its key".into()))?;
        self.entries.push((key, Tree::of(value)?));
        Ok(())
    }
    fn end(self) -> Result<Tree, TreeError> {
        Ok(self.finish())
    }
}

/// Struct-like `serialize_field` methods push a named field.
macro_rules! struct_like {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound {
            type Ok = Tree;
            type Error = TreeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), TreeError> {
                self.fields.push((key, Tree::of(value)?));
                Ok(())
            }
            fn end(self) -> Result<Tree, TreeError> {
                Ok(self.finish())
            }
        }
    )*};
}

struct_like!(SerializeStruct, SerializeStructVariant);

impl<'de> IntoDeserializer<'de, TreeError> for Tree {
    type Deserializer = Tree;
    fn into_deserializer(self) -> Tree {
        self
    }
}

impl<'de> de::Deserializer<'de> for Tree {
    type Error = TreeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        use de::value::{MapDeserializer, SeqDeserializer};
        match self {
            Tree::Bool(v) => visitor.visit_bool(v),
            Tree::I64(v) => visitor.visit_i64(v),
            Tree::U64(v) => visitor.visit_u64(v),
            Tree::F64(v) => visitor.visit_f64(v),
            Tree::Char(v) => visitor.visit_char(v),
            Tree::Str(v) => visitor.visit_string(v),
            Tree::Bytes(v) => visitor.visit_byte_buf(v),
            Tree::None => visitor.visit_none(),
            Tree::Some(inner) => visitor.visit_some(*inner),
            Tree::Unit => visitor.visit_unit(),
            Tree::Newtype(inner) => visitor.visit_newtype_struct(*inner),
            Tree::Seq(items) => visitor.visit_seq(SeqDeserializer::new(items.into_iter())),
            Tree::Map(entries) => visitor.visit_map(MapDeserializer::new(entries.into_iter())),
            Tree::Struct(fields) => visitor.visit_map(MapDeserializer::new(
                fields
                    .into_iter()
                    .map(|(name, value)| (Tree::Str(name.to_owned()), value)),
            )),
            variant @ (Tree::UnitVariant(..)
            | Tree::NewtypeVariant(..)
            | Tree::TupleVariant(..)
            | Tree::StructVariant(..)) => visitor.visit_enum(variant),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TreeError> {
        match self {
            Tree::None => visitor.visit_none(),
            Tree::Some(inner) => visitor.visit_some(*inner),
            other => visitor.visit_some(other),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self {
            Tree::Newtype(inner) => visitor.visit_newtype_struct(*inner),
            other => visitor.visit_newtype_struct(other),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        match self {
            Tree::Str(variant) => visitor.visit_enum(variant.into_deserializer()),
            other => visitor.visit_enum(other),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

impl<'de> de::EnumAccess<'de> for Tree {
    type Error = TreeError;
    type Variant = Tree;

    fn variant_seed<S: de::DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Tree), TreeError> {
        let (variant, rest) = match self {
            Tree::UnitVariant(_, _, variant) => (variant, Tree::Unit),
            Tree::NewtypeVariant(_, _, variant, inner) => (variant, *inner),
            Tree::TupleVariant(_, _, variant, items) => (variant, Tree::Seq(items)),
            Tree::StructVariant(_, _, variant, fields) => (variant, Tree::Struct(fields)),
            other => return Err(TreeError(format!("expected an enum, found {other:?}"))),
        };
        let value = seed.deserialize(de::value::StrDeserializer::<TreeError>::new(variant))?;
        Ok((value, rest))
    }
}

impl<'de> de::VariantAccess<'de> for Tree {
    type Error = TreeError;

    fn unit_variant(self) -> Result<(), TreeError> {
        Ok(())
    }

    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<S::Value, TreeError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, TreeError> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TreeError> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::fixtures;

    #[test]
    fn a_case_goes_through_the_tree_and_back_unchanged() {
        for case in [
            Case::default(),
            fixtures::realistic_case(),
            fixtures::large_case(),
        ] {
            let tree = Tree::of(&case).expect("serialises");
            assert_eq!(tree.into_value::<Case>().expect("deserialises"), case);
        }
    }
}
