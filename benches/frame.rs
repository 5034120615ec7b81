//! CPU time of one UI frame on the crowded case (200 risks, 10 forces, 10 years of finance), for
//! each wizard step: the app's drawing plus egui's tessellation, without a GPU.
//!
//! Run with `cargo bench --bench frame`. The target is 4 ms a frame.

use std::path::PathBuf;

use casewright::app::commands::Action;
use casewright::app::dialogs::FileDialogs;
use casewright::app::{AUTOSAVE_AFTER, App, Settings};
use casewright::case::{Step, storage};
use eframe::App as _;

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

fn main() {
    divan::main();
}

/// The app with the crowded case open at `step`, after a few frames to settle.
struct Running {
    ctx: egui::Context,
    app: App,
    frame: eframe::Frame,
    time: f64,
    _folder: tempfile::TempDir,
}

impl Running {
    fn new(step: Step) -> Running {
        let folder = tempfile::tempdir().expect("temp dir");
        let path: PathBuf = folder.path().join("crowded.ron");
        storage::save(&fixtures::crowded_case(), &path).expect("save the crowded case");
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let mut app = App::with_settings(
            &cc,
            Settings {
                user_data: None,
                autosave_after: AUTOSAVE_AFTER,
                file_dialogs: FileDialogs::Native,
            },
        );
        app.queue(Action::OpenFile(path));
        let mut running = Running {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time: 0.0,
            _folder: folder,
        };
        running.frame();
        running.app.queue(Action::GoTo(step));
        for _ in 0..5 {
            running.frame();
        }
        assert!(
            running
                .app
                .case()
                .is_some_and(|case| case.risks.risks.len() == 200)
        );
        running
    }

    /// Types a letter into the summary and draws the frame.
    fn keystroke(&mut self) {
        if let Some(case) = self.app.case_mut() {
            case.front_sheet.summary.push('a');
        }
        self.frame();
    }

    fn frame(&mut self) {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1400.0, 900.0),
            )),
            time: Some(self.time),
            ..Default::default()
        };
        let app = &mut self.app;
        let frame = &mut self.frame;
        let output = self.ctx.run_ui(input, |ui| app.ui(ui, frame));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        divan::black_box(primitives);
    }
}

const STEPS: [Step; Step::ALL.len()] = Step::ALL;

#[divan::bench(args = STEPS, sample_count = 60)]
fn frame(bencher: divan::Bencher<'_, '_>, step: Step) {
    let mut running = Running::new(step);
    bencher.bench_local(|| running.frame());
}

/// The steps a keystroke is timed on: the front sheet's fields, and the two steps that draw
/// the most of the crowded case.
const TYPED_ON: [Step; 3] = [Step::FrontSheet, Step::Finance, Step::Risks];

/// One frame after a keystroke in a text field: the case changes every frame, so this times
/// what a change costs the frame (the checks and the appraisal, redone at once). Nothing
/// shows the paper here, so nothing is laid out.
#[divan::bench(args = TYPED_ON, sample_count = 60)]
fn typing(bencher: divan::Bencher<'_, '_>, step: Step) {
    let mut running = Running::new(step);
    bencher.bench_local(|| running.keystroke());
}

/// The same keystroke with the pages watched, as a preview would: every change is also sent
/// to the layout thread, which must not be waited for.
#[divan::bench(args = TYPED_ON, sample_count = 60)]
fn typing_with_pages(bencher: divan::Bencher<'_, '_>, step: Step) {
    let mut running = Running::new(step);
    let watched = running
        .app
        .document()
        .is_some_and(|document| document.derived().pages().is_none());
    assert!(watched, "the pages are asked for, and not yet laid out");
    bencher.bench_local(|| running.keystroke());
}
