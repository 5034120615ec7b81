//! A complete, valid case built in code, so each test can break one thing and watch the
//! matching rule fire.

#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::NaiveDate;

use casewright::case::Case;
use casewright::case::equality::{
    CharacteristicAssessment, EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim,
};
use casewright::case::finance::{FinanceLine, FlowKind, Recurrence};
use casewright::case::governance::{GovernanceEntry, GovernanceItem, ItemStatus};
use casewright::case::implementation::{Decision, ForceLead, Milestone, Recommendation, Revision};
use casewright::case::money::{Money, Percent};
use casewright::case::options::{OptionKind, OptionStatus, Score};
use casewright::case::partners::Force;
use casewright::case::risk::Risk;
use casewright::case::strategy::{
    Benefit, MeasureOfSuccess, Principle, SprThreat, StrategicObjective,
};

/// A date, for brevity.
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn force(name: &str, budget_pounds: i64) -> Force {
    Force {
        name: name.into(),
        policing_body: format!("{name} PCC"),
        chief_constable: "A. Chief".into(),
        commissioner: "P. Commissioner".into(),
        annual_revenue_budget: Money::pounds(budget_pounds),
        ..Force::default()
    }
}

/// A case with no errors and no warnings.
pub fn complete_case() -> Case {
    let mut case = Case::default();
    let sheet = &mut case.front_sheet;
    sheet.title = "Collaboration in firearms training".into();
    sheet.committee = "Joint Oversight Committee".into();
    sheet.meeting_date = Some(date(2027, 3, 4));
    sheet.agenda_item = "7".into();
    sheet.author = "Supt J. Smith, Collaboration Lead".into();
    sheet.sponsor = "Deputy Chief Constable".into();
    sheet.version = "1.0".into();
    sheet.status = casewright::case::front_sheet::DocumentStatus::Final;
    sheet.summary = "Proposes a lead force model for firearms training.".into();

    case.partners.forces = vec![
        force("North Force", 300_000_000),
        force("South Force", 100_000_000),
    ];
    case.partners.lead_force = Some(0);

    let strategy = &mut case.strategy;
    strategy.scope.function_area = "Firearms training".into();
    strategy.scope.current_position = "Each force trains its own officers.".into();
    strategy.scope.problem = "Two ranges, both under-used.".into();
    strategy.scope.proposal = "One training unit hosted by North Force.".into();
    strategy.objectives = BTreeMap::from([(
        StrategicObjective::GenerateEfficiencies,
        "One range instead of two.".to_string(),
    )]);
    strategy.benefits = BTreeMap::from([(
        Benefit::NoDuplication,
        "One set of instructors.".to_string(),
    )]);
    strategy.principles =
        BTreeMap::from([(Principle::ValueForMoney, "Lower unit cost.".to_string())]);
    strategy.spr_threats =
        BTreeMap::from([(SprThreat::Terrorism, "Armed response capacity.".to_string())]);
    strategy.measures = vec![MeasureOfSuccess {
        measure: "Training days".into(),
        baseline: "400".into(),
        target: "450 by 2028".into(),
    }];

    for kind in OptionKind::ALL {
        let appraisal = case.options.appraisals.entry(kind).or_default();
        appraisal.status = OptionStatus::RuledOut;
        appraisal.rationale = format!("{} does not meet the need.", kind.label());
    }
    case.options.set_preferred(OptionKind::LeadForce);
    let preferred = case
        .options
        .appraisals
        .get_mut(&OptionKind::LeadForce)
        .expect("present");
    preferred.rationale = "Best value and practical.".into();
    preferred.benefits = "One unit.".into();
    preferred.risks = "Dependence on the lead force.".into();
    preferred.strategic_fit = Score::new(5);
    preferred.practicality = Score::new(4);

    case.finance.lines = vec![
        FinanceLine {
            label: "Range refit".into(),
            kind: FlowKind::Cost,
            recurrence: Recurrence::OneOff,
            amounts: vec![
                Money::pounds(100_000),
                Money::ZERO,
                Money::ZERO,
                Money::ZERO,
                Money::ZERO,
            ],
        },
        FinanceLine {
            label: "Second range closed".into(),
            kind: FlowKind::Saving,
            recurrence: Recurrence::Recurring,
            amounts: vec![
                Money::ZERO,
                Money::pounds(30_000),
                Money::pounds(30_000),
                Money::pounds(30_000),
                Money::pounds(30_000),
            ],
        },
    ];
    case.finance.optimism_bias = Percent(0);

    case.risks.risks = vec![Risk {
        id: "R01".into(),
        title: "Range capacity".into(),
        description: "Demand exceeds the single range.".into(),
        likelihood: 4,
        impact: 4,
        owner: "Head of Training".into(),
        mitigation: "Book overflow capacity with a neighbouring force.".into(),
        residual_likelihood: 2,
        residual_impact: 3,
        review_date: Some(date(2027, 6, 1)),
        ..Risk::default()
    }];

    let equality = &mut case.equality;
    for aim in PsedAim::ALL {
        equality
            .aims
            .insert(aim, "Considered; no adverse effect.".into());
    }
    for characteristic in ProtectedCharacteristic::ALL {
        equality.characteristics.insert(
            characteristic,
            CharacteristicAssessment {
                impact: Impact::None,
                evidence: "Workforce data reviewed.".into(),
                mitigation: String::new(),
            },
        );
    }
    equality.human_rights = "No engagement of Convention rights.".into();
    equality.consultation = "Staff associations consulted.".into();
    equality.outcome = EqualityOutcome::NoMajorChange;
    equality.review_date = Some(date(2028, 3, 1));

    for item in GovernanceItem::ALL {
        case.governance.items.insert(
            item,
            GovernanceEntry {
                status: ItemStatus::Agreed,
                text: format!("{} settled in the agreement.", item.label()),
            },
        );
    }
    case.governance.board.name = "Joint Collaboration Board".into();
    case.governance.board.chair = "Chief Constable, North Force".into();
    case.governance.board.members = vec!["Both PCCs".into(), "Both chief constables".into()];

    let implementation = &mut case.implementation;
    implementation.leads = case
        .partners
        .forces
        .iter()
        .map(|force| ForceLead {
            force: force.name.clone(),
            name: "Ch Insp Lead".into(),
            role: "Project lead".into(),
        })
        .collect();
    implementation.milestones = vec![Milestone {
        title: "Agreement signed".into(),
        due: Some(date(2027, 5, 1)),
        ..Milestone::default()
    }];
    implementation.communications = "Joint briefings for staff; press release at go-live.".into();
    case.recommendations = vec![Recommendation {
        decision: Decision::Approve,
        text: "the lead force model.".into(),
    }];
    case.revisions = vec![Revision {
        version: "1.0".into(),
        date: Some(date(2027, 2, 1)),
        author: "J. Smith".into(),
        summary: "First issue.".into(),
    }];
    case
}
