//! Following a Review finding: every field a finding can name is shown with the cursor in it.

use casewright::app::App;
use casewright::app::commands::Action;
use casewright::case::{Anchor, Step};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

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

/// The findings of a decision-ready paper are listed in Review, and each click lands on its
/// field: the marking on a public item, a party in two roles, a missing appendix, the senior
/// responsible owner, the statutory officers' comments.
#[test]
fn the_decision_ready_findings_are_listed_in_review_and_each_reveals_its_field() {
    use casewright::case::data_protection::{DataRole, Dataset, PartyRole};
    use casewright::case::front_sheet::{BusinessCaseStage, DocumentStatus, ProtectiveMarking};
    use casewright::case::sign_off::StatutoryOfficer;
    use casewright::case::validate::{CommentField, FrontSheetField};

    let mut case = case_with_every_row();
    case.front_sheet.agenda_part = casewright::case::front_sheet::AgendaPart::Part1;
    case.front_sheet.marking = ProtectiveMarking::OfficialSensitive;
    case.front_sheet.stage = BusinessCaseStage::Outline;
    case.front_sheet.status = DocumentStatus::Final;
    case.strategy.scope.proposal = "The draft agreement is at Appendix D.".into();
    let party = |role| PartyRole {
        party: "Northshire Police".into(),
        role,
        document: "Schedule 4.".into(),
    };
    case.data_protection.datasets = vec![Dataset {
        name: "Custody records".into(),
        parties: vec![party(DataRole::JointController), party(DataRole::Processor)],
        ..Dataset::default()
    }];
    let mut h = app_in(None);
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case is open") = case;
    h.run();
    let expected = [
        (
            "The paper is marked OFFICIAL-SENSITIVE but is a Part 1 (public) item",
            Anchor::FrontSheet(FrontSheetField::Marking),
            "Protective marking",
        ),
        (
            "The text mentions Appendix D",
            Anchor::Scope(casewright::case::validate::ScopeField::Proposal),
            "Proposal",
        ),
        (
            "Custody records: Northshire Police cannot be both joint controller and processor",
            Anchor::DatasetParty(0, 1, casewright::case::validate::PartyField::Party),
            "Dataset 1 party 2",
        ),
        (
            "Name the senior responsible owner",
            Anchor::SeniorResponsibleOwner,
            "Senior responsible owner",
        ),
        (
            "The paper is Final: the PCC's chief finance officer for Northshire Police's policing body must sign off",
            Anchor::OfficerComment(
                0,
                StatutoryOfficer::PccChiefFinanceOfficer,
                CommentField::Comment,
            ),
            "Northshire Police: PCC's chief finance officer: comments",
        ),
    ];
    follow_each_finding(&mut h, &expected);
}

/// The contradictions between the front sheet and the options appraisal are listed in Review
/// too, and each lands on its field: the obsolete marking, an option ruled out although its
/// scores place it in Tier 1, a lead force named while another model is preferred, and a
/// processor without its contract (on the contract's own field, not the party's name).
#[test]
fn the_contradictions_are_listed_in_review_and_each_reveals_its_field() {
    use casewright::case::front_sheet::ProtectiveMarking;
    use casewright::case::options::{OptionKind, OptionStatus, Score};
    use casewright::case::validate::{FrontSheetField, PartyField};

    let mut case = case_with_every_row();
    case.front_sheet.marking = ProtectiveMarking::NotProtectivelyMarked;
    case.options.set_preferred(OptionKind::SharedFunction);
    case.partners.lead_force = Some(0);
    let ruled_out = case
        .options
        .appraisals
        .get_mut(&OptionKind::StrategicAlliance)
        .expect("every option is present");
    ruled_out.status = OptionStatus::RuledOut;
    ruled_out.rationale = "Too much governance for a small unit.".into();
    ruled_out.strategic_fit = Score::new(5);
    ruled_out.practicality = Score::new(5);
    case.data_protection.datasets[0].parties[1].party = "Records Supplier Ltd".into();
    let mut h = app_in(None);
    click(&mut h, "New case");
    *h.state_mut().case_mut().expect("a case is open") = case;
    h.run();
    let expected = [
        (
            "NOT PROTECTIVELY MARKED has been obsolete",
            Anchor::FrontSheet(FrontSheetField::Marking),
            "Protective marking",
        ),
        (
            "Strategic alliance is ruled out although its scores place it in Tier 1",
            Anchor::Option(OptionKind::StrategicAlliance),
            "Strategic alliance: rationale for its status",
        ),
        (
            "Northshire Police is named as the lead force, but the lead force option is",
            Anchor::LeadForce,
            casewright::app::steps::front_sheet::LEAD_FORCE_LABEL,
        ),
        (
            "Records Supplier Ltd is a processor, so it needs a contract",
            Anchor::DatasetParty(0, 1, PartyField::Document),
            "Dataset 1 party 2 contract",
        ),
    ];
    follow_each_finding(&mut h, &expected);
}

/// Clicks each finding in Review, by the start of its message, and checks that the app moves
/// to the finding's step with the keyboard focus in exactly the one field the finding names.
fn follow_each_finding(h: &mut Harness<'_, App>, expected: &[(&str, Anchor, &str)]) {
    for &(message, anchor, field) in expected {
        crate::support::go_to(h, Step::Review);
        if let Some(id) = h.ctx.memory(|memory| memory.focused()) {
            h.ctx.memory_mut(|memory| memory.surrender_focus(id));
        }
        h.get_by_label_contains(message).click_accesskit();
        h.run();
        assert_eq!(h.state().step(), Some(anchor.step()), "{message}");
        let focused: Vec<_> = h.query_all_by(|node| node.is_focused()).collect();
        assert_eq!(focused.len(), 1, "{message}: {} focused", focused.len());
        let label = focused[0].accesskit_node().label();
        assert_eq!(label.as_deref(), Some(field), "{message}");
    }
}
