//! Casewright: draft a business case for collaboration between police forces and export it
//! as a committee-ready PDF.
//!
//! The program is a workspace of crates (see `ARCHITECTURE.md`): [`case`] and
//! [`format`](crate::format) from `casewright-core` (what a business case is, with its
//! rules); [`report`], [`fonts`] and [`palette`] from `casewright-report` (the paper); and,
//! with the default `gui` feature, `app` from `casewright-app` (the window). This crate puts
//! them back under the one name the program, its tests, benchmarks and examples use, and adds
//! [`desktop`], what the program needs from the operating system.

pub use casewright_core::{case, format};
pub use casewright_report::{fonts, palette, report};

/// The window (only with the `gui` feature).
#[cfg(feature = "gui")]
pub use casewright_app::app;

pub mod desktop;
