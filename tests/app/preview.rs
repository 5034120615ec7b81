//! The Preview panel: the paper as it prints beside the wizard, live as the user types, and
//! both ways between the paper and the form.

use std::time::{Duration, Instant};

use casewright::app::App;
use casewright::app::commands::{Action, Command};
use casewright::case::validate::RiskField;
use casewright::case::{Anchor, Step};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{app_answering, go_to, type_into};

/// Runs frames, as time passes, until `done` holds (the layout runs on its own thread after a
/// pause in the typing), failing with `never` after a while.
fn settle_until(
    h: &mut Harness<'_, App>,
    never: &str,
    mut done: impl FnMut(&Harness<'_, App>) -> bool,
) {
    let started = Instant::now();
    while !done(h) {
        assert!(started.elapsed() < Duration::from_secs(60), "{never}");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
}

/// The text of the preview's page `number`, as a screen reader is given it.
fn page_text(h: &Harness<'_, App>, number: usize) -> Option<String> {
    let prefix = format!("Page {number} of ");
    h.query_by(|node| node.label().is_some_and(|label| label.starts_with(&prefix)))
        .and_then(|node| node.value())
}

/// The south-west example open, with the preview shown and its paper laid out.
fn example_with_preview() -> Harness<'static, App> {
    let mut h = app_answering(|_| None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    h.get_by_label("Preview").click_accesskit();
    // Not run to rest: the panel shows a spinner until the paper is laid out.
    h.step();
    settle_until(&mut h, "the paper was never laid out", |h| {
        page_text(h, 1).is_some()
    });
    h
}

#[test]
fn typing_in_the_title_changes_the_front_sheet_in_the_preview() {
    let mut h = example_with_preview();
    let before = page_text(&h, 1).expect("the front sheet");
    let title = h.state().case().expect("a case").front_sheet.title.clone();
    assert!(
        before.replace('\n', " ").contains(&title),
        "the front sheet shows the title: {before}"
    );
    assert!(
        h.query_by(|node| node.label().is_some_and(|l| l.starts_with("Page 1 of ")))
            .is_some(),
        "with a page counter"
    );

    type_into(&mut h, "Title", " (revised)");
    settle_until(&mut h, "the preview never showed the new title", |h| {
        page_text(h, 1).is_some_and(|text| text.replace('\n', " ").contains("(revised)"))
    });
    assert!(
        h.query_by_label_contains("Updating").is_none(),
        "once laid out, the paper is current"
    );
}

#[test]
fn clicking_a_risks_row_in_the_preview_lands_on_that_risk() {
    let mut h = example_with_preview();
    let risks = h.state().case().expect("a case").risks.risks.len();
    assert!(risks > 3, "the example has a register");
    let anchor = Anchor::Risk(2, RiskField::Title);
    assert!(
        h.state_mut().preview_mut().show_field(anchor),
        "the register prints the risk"
    );
    h.run();
    let rect = h
        .state()
        .preview()
        .screen_rect_of(anchor)
        .expect("the risk's row is drawn");
    assert_eq!(h.state().step(), Some(Step::FrontSheet), "not there yet");

    h.hover_at(rect.center());
    h.run();
    h.drag_at(rect.center());
    h.step();
    h.drop_at(rect.center());
    h.run();
    assert_eq!(h.state().step(), Some(Step::Risks));
    let expected = h.state().case().expect("a case").risks.risks[2]
        .title
        .clone();
    let focused = h.get_by(|node| node.is_focused());
    assert_eq!(
        focused.accesskit_node().value().as_deref(),
        Some(expected.as_str()),
        "the cursor is in the third risk's title"
    );
}

#[test]
fn a_findings_mark_in_the_margin_opens_its_field() {
    let mut h = example_with_preview();
    let committee = h
        .state()
        .case()
        .expect("a case")
        .front_sheet
        .committee
        .clone();
    assert!(!committee.is_empty());
    h.state_mut()
        .case_mut()
        .expect("a case")
        .front_sheet
        .committee
        .clear();
    h.run();
    go_to(&mut h, Step::Finance);
    settle_until(&mut h, "no mark appeared for the missing committee", |h| {
        h.query_by(|node| {
            node.label()
                .is_some_and(|l| l.starts_with("Error on page 1:"))
        })
        .is_some()
    });
    h.get_by(|node| {
        node.label()
            .is_some_and(|l| l.starts_with("Error on page 1:"))
    })
    .click_accesskit();
    h.run();
    assert_eq!(h.state().step(), Some(Step::FrontSheet));
    let focused = h.get_by(|node| node.is_focused());
    assert_eq!(
        focused.accesskit_node().label().as_deref(),
        Some("Committee or board")
    );
}

#[test]
fn the_preview_takes_the_guidance_panels_place_and_gives_it_back() {
    let mut h = app_answering(|_| None);
    h.state_mut().queue(Action::OpenExample(0));
    h.run();
    assert!(h.query_by_label("Zoom in").is_none());
    h.state_mut().queue(Command::Preview);
    h.step();
    h.step();
    h.get_by_label("Zoom in");
    h.get_by_label("Guidance").click_accesskit();
    h.step();
    h.step();
    assert!(
        h.query_by_label("Zoom in").is_none(),
        "asking for the guidance closes the preview"
    );
}

#[test]
fn a_field_taking_the_focus_is_shown_and_marked_where_it_prints() {
    let mut h = example_with_preview();
    go_to(&mut h, Step::Risks);
    let anchor = Anchor::Risk(4, RiskField::Title);
    let window = h.ctx.content_rect();
    let far = h.state().preview().screen_rect_of(anchor).expect("printed");
    assert!(
        !window.intersects(far),
        "the register is far down the paper"
    );
    h.state_mut().queue(Action::Reveal(anchor));
    h.run();
    h.run();
    let rect = h
        .state()
        .preview()
        .screen_rect_of(anchor)
        .expect("the preview went to the risk");
    assert!(
        window.contains_rect(rect),
        "the risk's row is in view: {rect:?}"
    );
}

#[test]
fn the_preview_keeps_its_place_when_the_text_above_grows() {
    let mut h = example_with_preview();
    let anchor = Anchor::Risk(4, RiskField::Title);
    assert!(h.state_mut().preview_mut().show_field(anchor));
    h.run();
    let before = h.state().preview().screen_rect_of(anchor).expect("shown");
    let pages = h.state().preview().page_count().expect("laid out");
    let summary =
        "A long paragraph of background that pushes everything after it down. ".repeat(60);
    h.state_mut()
        .case_mut()
        .expect("a case")
        .front_sheet
        .summary
        .push_str(&summary);
    h.run();
    settle_until(&mut h, "the paper never grew", |h| {
        h.state()
            .preview()
            .page_count()
            .is_some_and(|now| now > pages)
    });
    let after = h
        .state()
        .preview()
        .screen_rect_of(anchor)
        .expect("still shown");
    assert!(
        (after.top() - before.top()).abs() < 2.0,
        "the risk stays where it was on screen: {before:?} then {after:?}"
    );
}
