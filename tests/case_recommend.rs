//! The drafted recommendations and decision records, for every collaboration model and every
//! kind of decision maker: the wording fits who decides, and nobody is asked to delegate to the
//! PCCs and chief constables the signing of their own agreement.

mod fixtures;

use casewright::case::commercial::CommercialRoute;
use casewright::case::front_sheet::DecisionMaker;
use casewright::case::implementation::Decision;
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::recommend::{
    draft_decision_record, draft_recommendations, model, summarise_scope,
};
use casewright::case::{Anchor, Case, validate};
use proptest::prelude::*;

use fixtures::complete_case;

/// The complete case with `kind` preferred and `who` deciding.
fn case_for(kind: OptionKind, who: DecisionMaker) -> Case {
    let mut case = complete_case();
    case.front_sheet.decided_by = who;
    case.options.set_preferred(kind);
    for (other, appraisal) in &mut case.options.appraisals {
        if *other != kind {
            appraisal.status = OptionStatus::RuledOut;
        }
    }
    if kind != OptionKind::LeadForce {
        case.partners.lead_force = None;
    }
    case
}

#[test]
fn every_model_and_decision_maker_gets_wording_that_fits() {
    for kind in OptionKind::ALL {
        for who in DecisionMaker::ALL {
            let case = case_for(kind, who);
            let drafts = draft_recommendations(&case);
            let context = format!("{kind:?} decided by {who:?}: {drafts:#?}");
            assert!(!drafts.is_empty(), "{context}");
            for draft in &drafts {
                assert_ne!(draft.decision, Decision::Delegate, "{context}");
                assert!(!draft.text.contains("delegate"), "{context}");
                assert!(draft.text.ends_with('.'), "{context}");
                let allowed: &[Decision] = match who {
                    DecisionMaker::JointBoard => &[Decision::Recommend, Decision::Note],
                    DecisionMaker::PccsAndChiefConstables => {
                        &[Decision::Approve, Decision::Agree, Decision::Note]
                    }
                    DecisionMaker::ForInformation => &[Decision::Note],
                };
                assert!(allowed.contains(&draft.decision), "{context}");
                if draft.decision == Decision::Recommend {
                    assert!(
                        draft.text.starts_with(
                            "that the Police and Crime Commissioners and chief constables "
                        ),
                        "a board recommends to those who decide: {context}"
                    );
                }
            }
            assert!(
                drafts[0].text.contains(model(kind)),
                "the first draft names the model in plain words: {context}"
            );
            for draft in &drafts {
                assert!(!draft.text.contains("Chief Constable"), "{context}");
                assert!(
                    !draft.text.contains(".,") && !draft.text.contains(",,"),
                    "{context}"
                );
                assert!(!draft.text.contains(": adjust"), "{context}");
            }
            let signing: Vec<_> = drafts
                .iter()
                .filter(|d| d.text.contains("section 22A"))
                .collect();
            if kind.is_baseline() {
                assert!(signing.is_empty(), "no agreement to sign: {context}");
            } else {
                assert_eq!(signing.len(), 1, "{context}");
                assert!(signing[0].text.contains("enter into and sign"), "{context}");
                if who == DecisionMaker::ForInformation {
                    assert!(signing[0].text.contains("will be asked to"), "{context}");
                }
            }
            assert_eq!(
                drafts.iter().any(|d| d.text.contains("as the lead force")),
                kind == OptionKind::LeadForce,
                "only the lead force model names a lead force: {context}"
            );
            // The drafts pass the check that wording fits who decides.
            let mut drafted = case.clone();
            drafted.recommendations = drafts;
            let complaints: Vec<_> = validate(&drafted)
                .into_iter()
                .filter(|f| matches!(f.anchor, Anchor::Recommendation(_)))
                .collect();
            assert!(complaints.is_empty(), "{context}: {complaints:#?}");
        }
    }
}

#[test]
fn a_competitive_route_adds_the_procurement_to_approve() {
    let mut case = case_for(
        OptionKind::Outsourcing,
        DecisionMaker::PccsAndChiefConstables,
    );
    case.commercial.route = CommercialRoute::CompetitiveProcurement;
    let drafts = draft_recommendations(&case);
    assert!(
        drafts.iter().any(|d| d.decision == Decision::Approve
            && d.text.starts_with("a competitive procurement for")),
        "{drafts:#?}"
    );
}

#[test]
fn nothing_decided_means_nothing_guessed() {
    let mut case = Case::default();
    case.normalise();
    assert!(draft_recommendations(&case).is_empty());
    assert_eq!(draft_decision_record(&case, 0), None);
}

#[test]
fn each_pccs_decision_record_names_the_other_parties_and_the_meeting() {
    let case = case_for(OptionKind::LeadForce, DecisionMaker::JointBoard);
    let north = draft_decision_record(&case, 0).expect("a preferred option to decide on");
    assert!(north.starts_with(
        "The Police and Crime Commissioner approves a lead force arrangement for firearms training"
    ));
    assert!(
        north.contains("with North Force as the lead force"),
        "{north}"
    );
    assert!(
        north.contains("Joint Oversight Committee of 4 March 2027"),
        "{north}"
    );
    assert!(
        north.contains("with the chief constable of North Force, the chief constable of South Force and the South Force PCC"),
        "{north}"
    );
    assert!(
        north.contains("section 22A of the Police Act 1996"),
        "{north}"
    );
    let south = draft_decision_record(&case, 1).expect("a preferred option to decide on");
    assert!(
        south.contains(
            "with the chief constable of South Force, the chief constable of North Force"
        ),
        "{south}"
    );
    let baseline = case_for(OptionKind::BusinessAsUsual, DecisionMaker::JointBoard);
    let record = draft_decision_record(&baseline, 0).expect("business as usual is still decided");
    assert!(!record.contains("sign"), "no agreement to sign: {record}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the scope says, a decision names it in a short clause with no stray
    /// punctuation, for every model and decision maker.
    #[test]
    fn any_scope_is_summarised_not_pasted(
        scope in "[A-Za-z][a-z]{0,8}( [a-z]{1,8}){0,20}[.:;,…]?( [A-Za-z(][a-z)]{0,8}){0,10}[.]?",
        kind_index in 0_usize..8,
        who_index in 0_usize..3,
    ) {
        let kind = OptionKind::ALL[kind_index];
        let who = DecisionMaker::ALL[who_index];
        let summary = summarise_scope(&scope);
        prop_assert!(summary.split_whitespace().count() <= 12, "{summary}");
        prop_assert!(!summary.ends_with(|c: char| c.is_ascii_punctuation() || c == '…'), "{summary}");
        let mut case = case_for(kind, who);
        case.strategy.scope.function_area = scope.clone();
        let mut texts: Vec<String> = draft_recommendations(&case).into_iter().map(|d| d.text).collect();
        texts.extend(draft_decision_record(&case, 0));
        for text in &texts {
            prop_assert!(!text.contains(".,") && !text.contains(". ,") && !text.contains(":,"), "{text}");
            prop_assert!(!text.contains("…"), "{text}");
            prop_assert!(!text.contains("Chief Constable"), "{text}");
            prop_assert!(text.ends_with('.'), "{text}");
        }
    }
}
