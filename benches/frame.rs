//! CPU time of one UI frame on the crowded case (200 risks, 10 forces, 10 years of finance), for
//! each wizard step: the app's drawing plus egui's tessellation, without a GPU.
//!
//! Run with `cargo bench --bench frame`. The target is 4 ms a frame.

use std::path::PathBuf;

use casewright::app::commands::{Action, Command};
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
        self.frame_with(Vec::new());
    }

    /// Opens the Preview panel and waits until its pages are laid out.
    fn open_preview(&mut self) {
        self.app.queue(Action::Command(Command::Preview));
        let started = std::time::Instant::now();
        while self.app.preview().page_count().is_none() {
            assert!(
                started.elapsed().as_secs() < 60,
                "the paper was never laid out"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
            self.frame();
        }
        self.frame();
    }

    /// Draws a frame with `events` as its input.
    fn frame_with(&mut self, events: Vec<egui::Event>) {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1400.0, 900.0),
            )),
            time: Some(self.time),
            events,
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

/// The same keystroke with the Preview panel open: every pause in the typing also sends the
/// case to the layout thread, which the keystroke must not wait for.
#[divan::bench(args = TYPED_ON, sample_count = 60)]
fn typing_with_preview(bencher: divan::Bencher<'_, '_>, step: Step) {
    let mut running = Running::new(step);
    running.open_preview();
    bencher.bench_local(|| running.keystroke());
}

/// A frame of the Preview panel being scrolled on the crowded case (about fifty pages): the
/// step as it is, and the pages in view drawn word by word. The wheel turns down for 40
/// frames and back up for 40, so the view stays among the pages.
#[divan::bench(sample_count = 60)]
fn preview_scrolling(bencher: divan::Bencher<'_, '_>) {
    let mut running = Running::new(Step::Risks);
    running.open_preview();
    let mut turn = 0_u32;
    bencher.bench_local(|| {
        turn = (turn + 1) % 80;
        let down = if turn < 40 { -60.0 } else { 60.0 };
        running.frame_with(vec![
            egui::Event::PointerMoved(egui::pos2(1150.0, 450.0)),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, down),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            },
        ]);
    });
}
