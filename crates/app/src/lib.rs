//! The Casewright window ([`app`]): the wizard that walks a collaboration lead through the
//! business case, drawn with egui. It edits a case from the core crate and exports it through
//! the report crate; neither of those knows about it.

pub mod app;

/// The other crates' modules, under the names they had when Casewright was one crate, so
/// that `crate::case::…`, `crate::report::…`, `crate::fonts::…` and the rest read the same
/// here as in the crates that hold them (and a change made to a file before the split still
/// compiles after it).
pub use casewright_core::{case, format};
pub use casewright_report::{fonts, palette, report};

// The fixture cases in `tests/fixtures/` name the case `casewright::case`, as the
// integration tests see it; this lets this crate's unit tests include them too.
#[cfg(test)]
extern crate self as casewright;

/// The fixture cases (`tests/fixtures/`) for unit tests; never part of the program.
#[cfg(test)]
#[path = "../../../tests/fixtures/mod.rs"]
mod fixtures;
