//! The core of Casewright: what a business case for collaboration between police forces is
//! ([`case`]: the data, its rules, its checks and its save file) and the words and numbers
//! people read it in ([`format`](crate::format)).
//!
//! Nothing here knows about a window or a paper: this crate depends on neither egui nor a
//! PDF library (`.ci/run` fails if one appears in its dependency tree). The report crate
//! reads a case; the app crate edits one.

pub mod case;
pub mod format;

// The fixture cases in `tests/fixtures/` name the case `casewright::case`, as the
// integration tests see it; this lets this crate's unit tests include them too.
#[cfg(test)]
extern crate self as casewright;

/// The fixture cases (`tests/fixtures/`) for unit tests; never part of the program.
#[cfg(test)]
#[path = "../../../tests/fixtures/mod.rs"]
mod fixtures;
