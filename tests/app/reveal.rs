//! Following a Review finding: every field a finding can name is shown with the cursor in it.

use casewright::app::commands::Action;
use casewright::case::{Anchor, Step};
use egui_kittest::kittest::Queryable;

use crate::support::{app_in, case_with_every_row, click};

/// Walks every anchor a finding can point at ([`Anchor::all`], which validation's own tests
/// show covers every finding) and reveals it as a click in Review does: the app must switch
/// to the anchor's step and put the keyboard focus in exactly one widget, on screen.
#[test]
fn every_field_a_finding_can_name_is_revealed_with_the_cursor_in_it() {
    let case = case_with_every_row();
    let mut h = app_in(None);
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case is open") = case.clone();
    h.run();
    for anchor in Anchor::all(&case) {
        // Start from Review with nothing focused, as a user following a finding does.
        h.state_mut().queue(Action::GoTo(Step::Review));
        h.run();
        if let Some(id) = h.ctx.memory(|memory| memory.focused()) {
            h.ctx.memory_mut(|memory| memory.surrender_focus(id));
        }
        h.run();
        assert_eq!(h.query_all_by(|node| node.is_focused()).count(), 0);

        h.state_mut().queue(Action::Reveal(anchor));
        h.run();
        assert_eq!(h.state().step(), Some(anchor.step()), "{anchor:?}");
        let focused: Vec<_> = h.query_all_by(|node| node.is_focused()).collect();
        assert_eq!(
            focused.len(),
            1,
            "{anchor:?} focused {} widgets",
            focused.len()
        );
        let rect = focused[0].rect();
        assert!(
            rect.min.y >= 0.0 && rect.max.y <= 900.0,
            "{anchor:?}: the field is off screen at {rect:?}"
        );
    }
}

#[test]
fn a_finding_clicked_in_review_reveals_its_field() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    crate::support::go_to(&mut h, Step::Review);
    click(&mut h, "The risk register is empty.");
    assert_eq!(h.state().step(), Some(Step::Risks));
    assert!(
        h.get_by_label("Add a blank risk").is_focused(),
        "the finding about the register lands on the button that adds to it"
    );
}
