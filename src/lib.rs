//! Casewright: draft a business case for collaboration between police forces and export it
//! as a committee-ready PDF.
//!
//! Three layers, with data flowing one way: [`case`] is what a business case is (data and
//! rules); the app edits a case; the report reads one. [`fonts`], [`format`](crate::format) and [`palette`]
//! are what the window and the paper share, so both look and read alike.

pub mod app;
pub mod case;
pub mod desktop;
pub mod fonts;
pub mod format;
pub mod palette;
pub mod report;

// The fixture cases in `tests/fixtures/` name this crate `casewright`, as the integration
// tests see it; this lets the library's own unit tests include them too.
#[cfg(test)]
extern crate self as casewright;

/// The fixture cases (`tests/fixtures/`) for unit tests; never part of the program.
#[cfg(test)]
#[path = "../tests/fixtures/mod.rs"]
mod fixtures;
