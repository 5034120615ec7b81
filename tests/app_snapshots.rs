//! Image snapshots of every step at 1366×768 (the most common laptop screen), rendered with
//! wgpu, plus the narrow and scaled cases. Behind the `snapshots` feature because rendering
//! needs libEGL and Mesa; `.ci/run` installs them and runs
//! `WGPU_BACKEND=gl cargo test --features snapshots --test app_snapshots`.
//! Update the images with `UPDATE_SNAPSHOTS=1` and look at them before committing.

#![cfg(feature = "snapshots")]

mod support;

use casewright::app::commands::Action;
use casewright::app::dialogs::FileDialogs;
use casewright::app::{AUTOSAVE_AFTER, App, Settings};
use casewright::case::Step;
use egui_kittest::Harness;
use support::{click, type_into};

fn rendered_app(size: [f32; 2], scale: f32) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        // The harness defaults to dark; the app is light, as users see it.
        .with_theme(egui::Theme::Light)
        .with_max_steps(16)
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

/// A snapshot's name for a step: "step_front_sheet".
fn snapshot_name(step: Step) -> String {
    let mut name = String::from("step");
    for c in format!("{step:?}").chars() {
        if c.is_uppercase() {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

/// Shows `step` of the open case.
fn show(h: &mut Harness<'_, App>, step: Step) {
    h.state_mut().queue(Action::GoTo(step));
    h.run();
}

#[test]
fn every_step_of_an_example_at_1366_by_768() {
    let mut h = rendered_app([1366.0, 768.0], 1.0);
    h.snapshot("start_screen");
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    let steps: Vec<Step> = h
        .state()
        .document()
        .expect("the example is open")
        .wizard
        .steps()
        .map(|(step, _)| step)
        .collect();
    for step in steps {
        show(&mut h, step);
        h.snapshot(snapshot_name(step));
    }
}

#[test]
fn a_new_case_shows_what_is_required_where_it_is() {
    let mut h = rendered_app([1366.0, 768.0], 1.0);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint firearms training");
    h.snapshot("new_case_front_sheet");
}

#[test]
fn a_small_laptop_folds_the_guidance_and_scrolls_the_years_sideways() {
    let mut h = rendered_app([1024.0, 700.0], 1.0);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    show(&mut h, Step::Finance);
    h.snapshot("finance_1024_by_700");
}

#[test]
fn a_full_hd_screen_at_150_percent() {
    // 1920×1080 pixels at 150% is 1280×720 points.
    let mut h = rendered_app([1280.0, 720.0], 1.5);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    show(&mut h, Step::Equality);
    h.snapshot("equality_150_percent");
}
