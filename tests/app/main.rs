//! The app as a person uses it, driven through egui_kittest by the labels a screen reader
//! would announce. One test binary, a module per part of the app, so the tests link once.
//! The image snapshots are a binary of their own (`tests/app_snapshots.rs`): they need a GPU
//! renderer and run in CI behind the `snapshots` feature.

#[path = "../support/mod.rs"]
mod support;

mod access;
mod compare;
mod decision_steps;
mod editing;
mod export;
mod figures;
mod files;
mod focus;
mod honest;
mod hostile;
mod importing;
mod layout;
mod preview;
mod reveal;
mod sharing;
mod shortcuts;
mod steps;
mod truthful;
mod typing;
mod wizard;
