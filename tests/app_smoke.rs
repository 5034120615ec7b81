//! Opening the app: it starts on the start screen and "New case" opens the wizard.

use casewright::app::{App, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

#[test]
fn starts_on_the_start_screen_and_opens_a_new_case() {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(|cc| App::with_settings(cc, Settings { user_data: None }));
    harness.run();
    harness.get_by_label("New case").click();
    harness.run();
    assert!(harness.state().case().is_some());
    harness.get_by_label("Title").click();
    harness.run();
    harness
        .get_by_label("Title")
        .type_text("Joint firearms training");
    harness.run();
    assert_eq!(
        harness.state().case().unwrap().front_sheet.title,
        "Joint firearms training"
    );
}
