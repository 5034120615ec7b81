//! The committee paper of a business case ([`report`]): composed from the case, laid out on
//! A4 pages and written as PDF, with the bundled [`fonts`] it is set in and the [`palette`]
//! it is coloured with (the window reads both, so screen and paper look alike).
//!
//! No window: this crate depends on neither egui nor eframe (`.ci/run` fails if one appears
//! in its dependency tree).

pub mod fonts;
pub mod palette;
pub mod report;

/// The core crate's modules, under the names they had when Casewright was one crate, so
/// that `crate::case::…` and `crate::format::…` read the same here as in the core crate
/// (and a change made to a file before the split still compiles after it).
pub use casewright_core::{case, format};

// The fixture cases in `tests/fixtures/` name the case `casewright::case`, as the
// integration tests see it; this lets this crate's unit tests include them too.
#[cfg(test)]
extern crate self as casewright;

/// The fixture cases (`tests/fixtures/`) for unit tests; never part of the program.
#[cfg(test)]
#[path = "../../../tests/fixtures/mod.rs"]
mod fixtures;
