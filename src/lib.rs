//! Casewright: draft a business case for collaboration between police forces and export it
//! as a committee-ready PDF.
//!
//! Three layers, with data flowing one way: [`case`] is what a business case is (data and
//! rules); the app edits a case; the report reads one.

pub mod app;
pub mod case;
pub mod desktop;
pub mod fonts;
pub mod report;
