//! Image snapshots of key screens, rendered with wgpu. Behind the `snapshots` feature
//! because rendering needs libEGL and Mesa; `.ci/run` installs them and runs
//! `WGPU_BACKEND=gl cargo test --features snapshots --test app_snapshots`.
//! Update the images with `UPDATE_SNAPSHOTS=1` and look at them before committing.

#![cfg(feature = "snapshots")]

mod support;

use casewright::app::dialogs::FileDialogs;
use casewright::app::{AUTOSAVE_AFTER, App, Settings};
use casewright::case::Step;
use egui_kittest::Harness;
use support::{click, go_to, type_into};

fn rendered_app(size: [f32; 2], scale: f32) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        // The harness defaults to dark; the app is light, as users see it.
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(|cc| {
            App::with_settings(
                cc,
                Settings {
                    user_data: None,
                    autosave_after: AUTOSAVE_AFTER,
                    file_dialogs: FileDialogs::Native,
                },
            )
        });
    harness.run();
    harness
}

#[test]
fn key_screens() {
    let mut h = rendered_app([1400.0, 900.0], 1.0);
    h.snapshot("start_screen");

    click(&mut h, "New case");
    type_into(
        &mut h,
        "Title",
        "Joint firearms training for Cumbria and Lancashire",
    );
    type_into(&mut h, "Committee or board", "Joint Oversight Committee");
    type_into(&mut h, "Meeting date", "2026-03-04");
    type_into(&mut h, "Report author", "Ch Supt A. Jones");
    click(&mut h, "Add a force");
    type_into(&mut h, "Force 1 name", "Cumbria Constabulary");
    type_into(&mut h, "Force 1 annual revenue budget", "120000000");
    h.snapshot("front_sheet");

    go_to(&mut h, Step::Options);
    h.snapshot("options");

    go_to(&mut h, Step::Review);
    h.snapshot("review");
}

#[test]
fn a_full_hd_screen_at_150_percent() {
    // 1920×1080 pixels at 150% is 1280×720 points.
    let mut h = rendered_app([1280.0, 720.0], 1.5);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint firearms training");
    h.snapshot("front_sheet_150_percent");
}
