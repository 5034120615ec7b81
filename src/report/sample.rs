//! Made-up but realistic cases for tests and benchmarks (not shown to users).
//!
//! Tests need a full case without reading files, and the benchmarks need a large one (about
//! 27 pages) to hold the export to its time and memory targets. Both live here, in the
//! library, so integration tests, unit tests and benches share one definition.

use chrono::NaiveDate;

use crate::case::equality::{EqualityOutcome, Impact};
use crate::case::finance::{FinanceLine, FlowKind, Recurrence};
use crate::case::front_sheet::{BusinessCaseStage, DocumentStatus};
use crate::case::governance::ItemStatus;
use crate::case::implementation::{Decision, ForceLead, Milestone, MilestoneStatus};
use crate::case::options::{OptionKind, OptionStatus, Score};
use crate::case::partners::{Force, Nation};
use crate::case::risk::{Risk, RiskCategory, RiskResponse, SUGGESTED_RISKS};
use crate::case::strategy::{Benefit, MeasureOfSuccess, Principle, SprThreat, StrategicObjective};
use crate::case::{Case, Money, Recommendation, Revision};

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A complete two-force case for a joint firearms training unit, the size of a typical
/// outline business case (a dozen pages).
#[doc(hidden)]
pub fn realistic_case() -> Case {
    let mut case = Case::default();
    let front = &mut case.front_sheet;
    front.title = "Joint Firearms Training Unit: outline business case".into();
    front.short_title = "Joint Firearms Training Unit".into();
    front.committee = "Joint Oversight Committee".into();
    front.meeting_date = date(2026, 3, 4);
    front.agenda_item = "7".into();
    front.author = "Ch Insp Rhian Ellis, Collaboration Lead".into();
    front.sponsor = "ACC Mark Owen".into();
    front.version = "0.4".into();
    front.status = DocumentStatus::Draft;
    front.stage = BusinessCaseStage::Outline;
    front.report_date = date(2026, 2, 18);
    front.summary = "This paper asks the committee to approve a joint firearms training unit for Dyfed-Powys Police and Gwent Police, hosted by Gwent as the lead force. The unit would train authorised firearms officers for both forces from one site, remove duplicated trainer posts and range costs, and keep both forces able to meet the Strategic Policing Requirement for armed response. Over five years it saves £1.9m net, with a benefit–cost ratio of 1.8.".into();
    case.partners.forces = vec![
        Force {
            name: "Dyfed-Powys Police".into(),
            policing_body: "Dyfed-Powys PCC".into(),
            chief_constable: "Dr Richard Lewis".into(),
            commissioner: "Dafydd Llywelyn".into(),
            annual_revenue_budget: Money::pounds(128_000_000),
            nation: Nation::Wales,
            ..Force::default()
        },
        Force {
            name: "Gwent Police".into(),
            policing_body: "Gwent PCC".into(),
            chief_constable: "Mark Hobrough".into(),
            commissioner: "Jane Mudd".into(),
            annual_revenue_budget: Money::pounds(162_000_000),
            nation: Nation::Wales,
            ..Force::default()
        },
    ];
    case.partners.lead_force = Some(1);
    let strategy = &mut case.strategy;
    strategy.scope.function_area = "Firearms training".into();
    strategy.scope.current_position = "Each force runs its own firearms training team and range. Dyfed-Powys trains at Llangunnor with five trainers; Gwent trains at Croesyceiliog with six. Both ranges need refurbishment within three years, and both teams struggle to release trainers for national courses.".into();
    strategy.scope.problem = "Neither force can sustain specialist trainer numbers alone. Courses are cancelled when a trainer is sick, and the cost of two range refurbishments (£2.4m) is not affordable in either medium-term financial plan.".into();
    strategy.scope.proposal = "One joint unit, hosted by Gwent as the lead force under a section 22A agreement, training officers from both forces at a single refurbished range, with a satellite classroom in Carmarthen for Dyfed-Powys officers.".into();
    strategy.objectives.insert(StrategicObjective::ImproveServicesAndPerformance, "Fewer cancelled courses and a single standard of training for armed officers in both forces.".into());
    strategy.objectives.insert(
        StrategicObjective::GenerateEfficiencies,
        "Removes three duplicated trainer posts and one range refurbishment.".into(),
    );
    strategy.benefits.insert(
        Benefit::ReduceCombinedCost,
        "£1.9m net saving over five years.".into(),
    );
    strategy.benefits.insert(
        Benefit::ScarceSpecialisms,
        "A larger trainer pool covers absence and national course commitments.".into(),
    );
    strategy.benefits.insert(
        Benefit::ConsistentBestPractice,
        "One curriculum aligned to the College of Policing APP.".into(),
    );
    strategy.principles.insert(
        Principle::ValueForMoney,
        "Benefit–cost ratio of 1.8.".into(),
    );
    strategy.principles.insert(
        Principle::EvidenceBased,
        "Based on three years of course and cancellation data from both forces.".into(),
    );
    strategy.spr_threats.insert(
        SprThreat::Terrorism,
        "Maintains armed response capacity for both forces and for mutual aid.".into(),
    );
    strategy.spr_threats.insert(
        SprThreat::PublicDisorder,
        "Trains officers for public order firearms support.".into(),
    );
    strategy.measures = vec![
        MeasureOfSuccess {
            measure: "Courses cancelled for want of a trainer".into(),
            baseline: "14 a year (both forces)".into(),
            target: "Fewer than 3 a year by 2028".into(),
        },
        MeasureOfSuccess {
            measure: "Authorised firearms officers in date for training".into(),
            baseline: "91%".into(),
            target: "98% by March 2028".into(),
        },
    ];
    for (kind, status, fit, practicality, rationale) in [
        (
            OptionKind::BusinessAsUsual,
            OptionStatus::RuledOut,
            1,
            5,
            "Does not address trainer resilience; both ranges still need refurbishing.",
        ),
        (
            OptionKind::DoMinimum,
            OptionStatus::DePrioritised,
            2,
            5,
            "Sharing trainers ad hoc helps cover but saves little and leaves two ranges.",
        ),
        (
            OptionKind::SharedFunction,
            OptionStatus::Shortlisted,
            4,
            3,
            "Viable, but unclear direction and control of trainers.",
        ),
        (
            OptionKind::LeadForce,
            OptionStatus::Preferred,
            5,
            4,
            "Clear command, one range, largest saving.",
        ),
        (
            OptionKind::JointVenture,
            OptionStatus::RuledOut,
            4,
            1,
            "Disproportionate governance for a single function.",
        ),
        (
            OptionKind::Outsourcing,
            OptionStatus::RuledOut,
            2,
            2,
            "No provider can deliver police firearms licensing standards.",
        ),
    ] {
        let appraisal = case.options.appraisals.entry(kind).or_default();
        appraisal.status = status;
        appraisal.strategic_fit = Score::new(fit);
        appraisal.practicality = Score::new(practicality);
        appraisal.rationale = rationale.into();
    }
    if let Some(lead) = case.options.appraisals.get_mut(&OptionKind::LeadForce) {
        lead.summary = "Gwent hosts the unit; Dyfed-Powys trainers transfer under TUPE-equivalent arrangements.".into();
        lead.benefits = "One range, one curriculum, a trainer pool of eight.".into();
        lead.costs = "Range refurbishment £1.2m; travel for Dyfed-Powys officers.".into();
        lead.risks = "Travel time for officers from west Wales.".into();
        lead.drawbacks = "Dyfed-Powys loses direct control of its trainers.".into();
    }
    case.options.reasonableness = "The preferred option is affordable for both forces, deliverable within eighteen months, and keeps armed response capacity local.".into();
    let lines = [
        (
            "Range refurbishment",
            FlowKind::Cost,
            Recurrence::OneOff,
            vec![800_000, 400_000, 0, 0, 0],
        ),
        (
            "Project team and ICT",
            FlowKind::Cost,
            Recurrence::OneOff,
            vec![150_000, 50_000, 0, 0, 0],
        ),
        (
            "Officer travel",
            FlowKind::Cost,
            Recurrence::Recurring,
            vec![0, 60_000, 60_000, 60_000, 60_000],
        ),
        (
            "Trainer posts removed (3 FTE)",
            FlowKind::Saving,
            Recurrence::Recurring,
            vec![0, 180_000, 180_000, 180_000, 180_000],
        ),
        (
            "Second range refurbishment avoided",
            FlowKind::Saving,
            Recurrence::OneOff,
            vec![0, 1_200_000, 0, 0, 0],
        ),
        (
            "Range running costs",
            FlowKind::Saving,
            Recurrence::Recurring,
            vec![0, 90_000, 90_000, 90_000, 90_000],
        ),
    ];
    case.finance.lines = lines
        .into_iter()
        .map(|(label, kind, recurrence, amounts)| FinanceLine {
            label: label.into(),
            kind,
            recurrence,
            amounts: amounts.into_iter().map(Money::pounds).collect(),
        })
        .collect();
    case.finance.notes = "Figures are in 2025/26 prices. The refurbishment is funded from the Gwent capital programme and recharged by revenue budget share.".into();
    for (i, suggestion) in SUGGESTED_RISKS.iter().enumerate() {
        case.risks.add_suggestion(suggestion);
        let risk = &mut case.risks.risks[i];
        risk.owner = if i % 2 == 0 {
            "ACC Operations (Gwent)".into()
        } else {
            "Director of Finance".into()
        };
        risk.review_date = date(2026, 6, 1);
    }
    for (_, entry) in case.equality.characteristics.iter_mut() {
        entry.impact = Impact::None;
        entry.evidence =
            "Workforce profile of both firearms teams; staff association consultation.".into();
    }
    if let Some(sex) = case
        .equality
        .characteristics
        .get_mut(&crate::case::equality::ProtectedCharacteristic::Sex)
    {
        sex.impact = Impact::Negative;
        sex.mitigation = "Flexible course timetables and childcare-friendly hours for officers travelling further.".into();
    }
    for (_, text) in case.equality.aims.iter_mut() {
        *text =
            "The unit applies one selection and training policy to both forces' officers.".into();
    }
    case.equality.human_rights = "No interference with Convention rights is expected; firearms training standards protect the right to life (Article 2).".into();
    case.equality.outcome = EqualityOutcome::AdjustProposal;
    case.equality.outcome_reason = "Travel times add barriers for officers with caring responsibilities; the timetable has been adjusted.".into();
    case.equality.review_date = date(2027, 3, 1);
    case.equality.welsh_language = "Course materials and the booking system will be bilingual; Welsh-speaking trainers will be identified.".into();
    for (_, entry) in case.governance.items.iter_mut() {
        entry.status = ItemStatus::InDraft;
        entry.text =
            "Drafted in the collaboration agreement; legal services of both forces reviewing."
                .into();
    }
    case.governance.board.name = "Joint Firearms Governance Board".into();
    case.governance.board.chair = "ACC Mark Owen".into();
    case.governance.board.members = vec![
        "Head of Firearms Training (Gwent)".into(),
        "Superintendent Operations (Dyfed-Powys)".into(),
        "OPCC chief executives".into(),
    ];
    case.implementation.leads = vec![
        ForceLead {
            force: "Dyfed-Powys Police".into(),
            name: "Supt Carys Morgan".into(),
            role: "Force lead".into(),
        },
        ForceLead {
            force: "Gwent Police".into(),
            name: "Ch Insp Rhian Ellis".into(),
            role: "Collaboration lead".into(),
        },
    ];
    case.implementation.programme_board =
        "The Joint Firearms Governance Board acts as programme board until go-live.".into();
    case.implementation.milestones = vec![
        Milestone {
            title: "Collaboration agreement signed".into(),
            due: date(2026, 6, 30),
            owner: "OPCC chief executives".into(),
            status: MilestoneStatus::Planned,
        },
        Milestone {
            title: "Range refurbishment complete".into(),
            due: date(2027, 3, 31),
            owner: "Gwent estates".into(),
            status: MilestoneStatus::Planned,
        },
        Milestone {
            title: "Joint unit live".into(),
            due: date(2027, 4, 1),
            owner: "Head of Firearms Training".into(),
            status: MilestoneStatus::Planned,
        },
    ];
    case.implementation.communications = "Joint staff briefings in both forces, a bilingual intranet page and a public statement at go-live.".into();
    case.implementation.next_steps = "If approved, legal services finalise the agreement for signature by both chief constables and PCCs.".into();
    case.recommendations = vec![
        Recommendation { decision: Decision::Approve, text: "the lead force option for firearms training, with Gwent Police as the lead force.".into() },
        Recommendation { decision: Decision::Agree, text: "that costs and savings are shared in proportion to each force's annual revenue budget.".into() },
        Recommendation { decision: Decision::Delegate, text: "authority to the chief constables and PCCs to sign a collaboration agreement under section 22A of the Police Act 1996.".into() },
        Recommendation { decision: Decision::Note, text: "the risk register and the equality impact assessment.".into() },
    ];
    case.revisions = vec![
        Revision {
            version: "0.1".into(),
            date: date(2025, 11, 3),
            author: "Rhian Ellis".into(),
            summary: "First draft of the case for change.".into(),
        },
        Revision {
            version: "0.4".into(),
            date: date(2026, 2, 18),
            author: "Rhian Ellis".into(),
            summary: "Finance and risk register added after the programme board.".into(),
        },
    ];
    case
}

/// A large case (about 27 pages): ten years of finance, thirty-two risks, four forces, long text.
/// Used by the benchmarks to hold export to its targets.
#[doc(hidden)]
pub fn large_case() -> Case {
    let mut case = realistic_case();
    let long = "The forces have compared demand, cost and outcomes over the last three years and consulted staff associations, trade unions and the Offices of the Police and Crime Commissioners. The evidence shows that a single service would be more resilient, would make better use of scarce specialists and would cost less to run, provided the governance keeps each chief constable accountable to their own commissioner. ";
    case.front_sheet.summary = long.repeat(3);
    case.strategy.scope.current_position = long.repeat(2);
    case.strategy.scope.problem = long.repeat(2);
    case.strategy.scope.proposal = long.repeat(3);
    for (name, budget) in [
        ("Dyfed-Powys Police", 128),
        ("Gwent Police", 162),
        ("South Wales Police", 340),
        ("North Wales Police", 190),
    ]
    .into_iter()
    .skip(2)
    {
        case.partners.forces.push(Force {
            name: name.into(),
            policing_body: format!("{} PCC", name.trim_end_matches(" Police")),
            chief_constable: "Chief Constable".into(),
            commissioner: "Commissioner".into(),
            annual_revenue_budget: Money::pounds(budget * 1_000_000),
            nation: Nation::Wales,
            ..Force::default()
        });
    }
    for benefit in Benefit::ALL {
        case.strategy.benefits.entry(benefit).or_insert_with(|| {
            "Realised through the joint unit's single management team and shared procurement."
                .into()
        });
    }
    for principle in Principle::ALL {
        case.strategy
            .principles
            .entry(principle)
            .or_insert_with(|| {
                "Met by the governance and cost-sharing arrangements set out in this paper.".into()
            });
    }
    for (_, appraisal) in case.options.appraisals.iter_mut() {
        appraisal.summary = "Described in full in the options appraisal annex presented to the programme board in January.".into();
        appraisal.benefits = "Savings and resilience as described in the financial case.".into();
        appraisal.costs = "Set-up and transition costs in the first two years.".into();
        appraisal.risks = "Transition disruption and staff concerns.".into();
        appraisal.drawbacks = "Less local control over the function.".into();
    }
    case.finance.set_years(10);
    for line in &mut case.finance.lines {
        if line.recurrence == Recurrence::Recurring {
            let amount = line.amounts[1];
            for year in 1..10 {
                line.amounts[year] = amount;
            }
        }
    }
    let categories = RiskCategory::ALL;
    for i in case.risks.risks.len()..32 {
        case.risks.risks.push(Risk {
            id: format!("R{:02}", i + 1),
            title: format!("Transition risk {} in {}", i + 1, categories[i % categories.len()].label().to_lowercase()),
            description: "If the transition plan slips, then both forces run parallel arrangements for longer, resulting in extra cost and strain on trainers.".into(),
            category: categories[i % categories.len()],
            likelihood: (i % 5 + 1) as u8,
            impact: ((i * 3) % 5 + 1) as u8,
            owner: "Programme manager".into(),
            response: RiskResponse::Treat,
            mitigation: "Weekly programme board tracking with an agreed escalation route to the chief officers.".into(),
            residual_likelihood: 2,
            residual_impact: 2,
            review_date: date(2026, 9, 1),
        });
    }
    for (_, entry) in case.equality.characteristics.iter_mut() {
        entry.evidence = "Workforce profiles of all four forces, staff survey results and consultation with the staff associations.".into();
    }
    for (_, entry) in case.governance.items.iter_mut() {
        entry.status = ItemStatus::Agreed;
        entry.text = "Settled in the collaboration agreement, clause by clause, and reviewed by the legal services of all four forces and the Offices of the Police and Crime Commissioners.".into();
    }
    for i in 0..12 {
        case.implementation.milestones.push(Milestone {
            title: format!("Phase {} transition workstream complete", i + 1),
            due: date(2027, (i % 12 + 1) as u32, 15),
            owner: "Programme manager".into(),
            status: MilestoneStatus::Planned,
        });
    }
    for i in 0..10 {
        case.revisions.push(Revision {
            version: format!("0.{}", i + 5),
            date: date(2026, 3, (i + 1) as u32),
            author: "Rhian Ellis".into(),
            summary:
                "Revised after comments from finance, legal services and the staff associations."
                    .into(),
        });
    }
    case.normalise();
    case
}
