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
