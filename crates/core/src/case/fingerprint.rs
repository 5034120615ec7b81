//! A fingerprint of a value with some of its strings left out: how a check that reads each
//! passage of the user's text against the rest of the case knows that the rest has not
//! changed, so that only the passages that did change are read again.
//!
//! The value is fed through serde into a hasher, every field, number and variant, so nothing
//! the model holds can change unnoticed; the strings left out are named by identity (the very
//! `&str` inside the value, as [`crate::case::prose::passages`] hands them out), not by
//! content, so the same words typed in a name and in a passage are still told apart.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;
use serde::ser;

use super::tree::TreeError;

/// The fingerprint of `value`, with each string in `left_out` (by identity: a `&str` borrowed
/// from `value` itself) counted as present but not read. Two values with the same
/// fingerprint are, but for those strings, the same (up to a 64-bit hash's collisions).
pub fn without<T: Serialize + ?Sized>(value: &T, left_out: &[&str]) -> u64 {
    let left_out: HashSet<(usize, usize)> = left_out.iter().map(|text| identity(text)).collect();
    let mut hasher = DefaultHasher::new();
    // The model always serialises (saves use the same serde); were a part ever to refuse, the
    // fingerprint would stop there and say less, and the marker below keeps that visible.
    if value
        .serialize(Feed {
            hasher: &mut hasher,
            left_out: &left_out,
        })
        .is_err()
    {
        u8::MAX.hash(&mut hasher);
    }
    hasher.finish()
}

/// Where a string lives and how long it is: which string of the value it is.
fn identity(text: &str) -> (usize, usize) {
    (text.as_ptr() as usize, text.len())
}

/// Feeds one value into the hasher, each kind of value with its own tag first so that, for
/// example, `Some(0)` and `0` differ.
struct Feed<'h> {
    hasher: &'h mut DefaultHasher,
    left_out: &'h HashSet<(usize, usize)>,
}

impl Feed<'_> {
    fn tag(&mut self, tag: u8) {
        tag.hash(self.hasher);
    }

    fn part(&mut self) -> Feed<'_> {
        Feed {
            hasher: self.hasher,
            left_out: self.left_out,
        }
    }
}

/// Feeds a number or other plain value, tagged.
macro_rules! plain {
    ($($method:ident($type:ty) = $tag:literal),* $(,)?) => {$(
        fn $method(mut self, v: $type) -> Result<(), TreeError> {
            self.tag($tag);
            v.hash(self.hasher);
            Ok(())
        }
    )*};
}

impl<'h> ser::Serializer for Feed<'h> {
    type Ok = ();
    type Error = TreeError;
    type SerializeSeq = Feed<'h>;
    type SerializeTuple = Feed<'h>;
    type SerializeTupleStruct = Feed<'h>;
    type SerializeTupleVariant = Feed<'h>;
    type SerializeMap = Feed<'h>;
    type SerializeStruct = Feed<'h>;
    type SerializeStructVariant = Feed<'h>;

    plain!(
        serialize_bool(bool) = 1,
        serialize_i8(i8) = 2,
        serialize_i16(i16) = 3,
        serialize_i32(i32) = 4,
        serialize_i64(i64) = 5,
        serialize_i128(i128) = 6,
        serialize_u8(u8) = 7,
        serialize_u16(u16) = 8,
        serialize_u32(u32) = 9,
        serialize_u64(u64) = 10,
        serialize_u128(u128) = 11,
        serialize_char(char) = 12,
        serialize_bytes(&[u8]) = 13,
    );

    fn serialize_f32(self, v: f32) -> Result<(), TreeError> {
        self.serialize_u32(v.to_bits())
    }
    fn serialize_f64(self, v: f64) -> Result<(), TreeError> {
        self.serialize_u64(v.to_bits())
    }
    fn serialize_str(mut self, v: &str) -> Result<(), TreeError> {
        if self.left_out.contains(&identity(v)) {
            self.tag(14);
        } else {
            self.tag(15);
            v.hash(self.hasher);
        }
        Ok(())
    }
    fn serialize_none(mut self) -> Result<(), TreeError> {
        self.tag(16);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(mut self, value: &T) -> Result<(), TreeError> {
        self.tag(17);
        value.serialize(self)
    }
    fn serialize_unit(mut self) -> Result<(), TreeError> {
        self.tag(18);
        Ok(())
    }
    fn serialize_unit_struct(mut self, _: &'static str) -> Result<(), TreeError> {
        self.tag(18);
        Ok(())
    }
    fn serialize_unit_variant(
        mut self,
        _: &'static str,
        index: u32,
        _: &'static str,
    ) -> Result<(), TreeError> {
        self.tag(19);
        index.hash(self.hasher);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        index: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        self.tag(20);
        index.hash(self.hasher);
        value.serialize(self)
    }
    fn serialize_seq(mut self, _: Option<usize>) -> Result<Feed<'h>, TreeError> {
        self.tag(21);
        Ok(self)
    }
    fn serialize_tuple(mut self, _: usize) -> Result<Feed<'h>, TreeError> {
        self.tag(21);
        Ok(self)
    }
    fn serialize_tuple_struct(mut self, _: &'static str, _: usize) -> Result<Feed<'h>, TreeError> {
        self.tag(21);
        Ok(self)
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Feed<'h>, TreeError> {
        self.tag(22);
        index.hash(self.hasher);
        Ok(self)
    }
    fn serialize_map(mut self, _: Option<usize>) -> Result<Feed<'h>, TreeError> {
        self.tag(23);
        Ok(self)
    }
    fn serialize_struct(mut self, _: &'static str, _: usize) -> Result<Feed<'h>, TreeError> {
        self.tag(24);
        Ok(self)
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Feed<'h>, TreeError> {
        self.tag(25);
        index.hash(self.hasher);
        Ok(self)
    }
}

/// Each item of a compound value is fed in turn; its end is marked, so that `[[a], b]` and
/// `[[a, b]]` differ.
macro_rules! compound {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Feed<'_> {
            type Ok = ();
            type Error = TreeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
                value.serialize(self.part())
            }
            fn end(mut self) -> Result<(), TreeError> {
                self.tag(26);
                Ok(())
            }
        }
    )*};
}

compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Feed<'_> {
    type Ok = ();
    type Error = TreeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TreeError> {
        key.serialize(self.part())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TreeError> {
        value.serialize(self.part())
    }
    fn end(mut self) -> Result<(), TreeError> {
        self.tag(26);
        Ok(())
    }
}

/// A struct's fields are fed in their order; their names are the type's, so they are left
/// out.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Feed<'_> {
            type Ok = ();
            type Error = TreeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                _: &'static str,
                value: &T,
            ) -> Result<(), TreeError> {
                value.serialize(self.part())
            }
            fn end(mut self) -> Result<(), TreeError> {
                self.tag(26);
                Ok(())
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::money::Money;
    use crate::case::prose::passages;
    use crate::fixtures;

    fn of_the_rest(case: &crate::case::Case) -> u64 {
        let texts: Vec<&str> = passages(case).iter().map(|p| p.text).collect();
        without(case, &texts)
    }

    #[test]
    fn a_changed_passage_leaves_the_rest_alone() {
        let case = fixtures::large_case();
        let mut edited = case.clone();
        edited
            .front_sheet
            .summary
            .push_str(" And one more sentence.");
        assert_eq!(of_the_rest(&case), of_the_rest(&edited));
    }

    #[test]
    fn any_other_change_is_seen() {
        let case = fixtures::large_case();
        let before = of_the_rest(&case);
        let mut amount = case.clone();
        amount
            .finance
            .options
            .values_mut()
            .next()
            .expect("an option")
            .lines[0]
            .amounts[0] += Money::pounds(1);
        let mut name = case.clone();
        name.partners.forces[0].name.push('s');
        let mut risks = case.clone();
        risks.risks.risks.pop();
        for (what, changed) in [("an amount", amount), ("a name", name), ("a risk", risks)] {
            assert_ne!(of_the_rest(&changed), before, "{what}");
        }
    }

    #[test]
    fn the_same_words_in_a_name_are_not_left_out() {
        let mut case = fixtures::large_case();
        let summary = case.front_sheet.summary.clone();
        let before = of_the_rest(&case);
        case.partners.forces[0].name = summary;
        assert_ne!(of_the_rest(&case), before);
    }
}
