//! Checks that hold for every text and date of the case, whichever step it belongs to: a
//! character the paper leaves out, a date no committee paper carries. (What depends on the
//! paper's fonts and layout, a character no bundled font has and a title too long to set, is
//! checked by the report crate, which knows them: `report::checks`.)
//!
//! The fields are found through serde ([`strings::visit`]), so a field added to the model is checked
//! without being listed here; each finding names the field by its path in the file
//! (`risks.risks[3].title`) and points at the nearest place the wizard can show ([`anchor_for`]).

use chrono::{Datelike, NaiveDate};

use super::{
    Anchor, AppendixField, BenefitField, CommentField, CommercialField, DatasetField, Findings,
    ForceField, FrontSheetField, PartyField, RecordField, ReviewField, RiskField, ScopeField,
};
use crate::case::Case;
use crate::case::equality::{ProtectedCharacteristic, PsedAim};
use crate::case::finance::OptimismCategory;
use crate::case::front_sheet::AgendaPart;
use crate::case::governance::GovernanceItem;
use crate::case::legal::Challenge;
use crate::case::options::OptionKind;
use crate::case::sign_off::StatutoryOfficer;
use crate::case::strings;
use crate::case::text::{code, is_direction_control, is_removed_control, join};

/// The years a date in a case may fall in: a collaboration paper looks back a generation at
/// most and forward to the end of the century at most.
pub const DATE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// How many different characters one finding lists before saying "and N more".
const LISTED: usize = 5;

pub(super) fn check(case: &Case, out: &mut Findings) {
    strings::visit(case, &mut |path, optional, text| {
        if optional && let Some(date) = date_in(text) {
            check_date(case, path, date, out);
            return;
        }
        check_characters(case, path, text, out);
    });
}

/// A date as serde writes one (`2026-03-04`, or with a sign past year 9999).
fn date_in(text: &str) -> Option<NaiveDate> {
    text.parse().ok()
}

fn check_date(case: &Case, path: &str, date: NaiveDate, out: &mut Findings) {
    if DATE_YEARS.contains(&date.year()) {
        return;
    }
    out.error(
        anchor_for(case, path),
        format!(
            "The date in `{path}` is in the year {}: a case's dates fall between {} and {}. Correct the year.",
            date.year(),
            DATE_YEARS.start(),
            DATE_YEARS.end()
        ),
    );
}

fn check_characters(case: &Case, path: &str, text: &str, out: &mut Findings) {
    let mut left_out: Vec<char> = Vec::new();
    for c in text.chars() {
        if (is_removed_control(c) || is_direction_control(c)) && !left_out.contains(&c) {
            left_out.push(c);
        }
    }
    if !left_out.is_empty() {
        out.warning(
            anchor_for(case, path),
            format!(
                "`{path}` has {}, which cannot be printed: the paper leaves {} out, and text is never printed reordered or backwards. Retype the text around {}.",
                named_characters(&left_out),
                if left_out.len() == 1 { "it" } else { "them" },
                if left_out.len() == 1 { "it" } else { "them" },
            ),
        );
    }
}

/// Characters as a finding names them: "the characters ☃ (U+2603), 中 (U+4E2D) and 3
/// more" (a control character by its code alone). The paper's own checks name characters
/// no font has the same way.
pub fn named_characters(chars: &[char]) -> String {
    let mut items: Vec<String> = chars
        .iter()
        .take(LISTED)
        .map(|c| {
            if c.is_control() || is_direction_control(*c) {
                code(*c)
            } else {
                format!("{c} ({})", code(*c))
            }
        })
        .collect();
    if chars.len() > LISTED {
        items.push(format!("{} more", chars.len() - LISTED));
    }
    let noun = if chars.len() == 1 {
        "the character"
    } else {
        "the characters"
    };
    format!("{noun} {}", join(&items))
}

/// The place the wizard can show for a field named by its serde path: the field itself
/// where the wizard has an anchor for it, else the nearest list or section. A section added
/// to the model lands on the front sheet until a line here names its step.
pub fn anchor_for(case: &Case, path: &str) -> Anchor {
    let segments: Vec<&str> = path.split(['.', '[']).collect();
    let index = |segment: Option<&&str>| {
        segment
            .and_then(|s| s.strip_suffix(']'))
            .and_then(|s| s.parse::<usize>().ok())
    };
    let named = |at: usize| segments.get(at).copied().unwrap_or_default();
    let row = |count: usize, anchor: &dyn Fn(usize) -> Anchor, whole: Anchor| {
        index(segments.get(2))
            .filter(|i| *i < count)
            .map_or(whole, anchor)
    };
    let force_field = match named(3) {
        "policing_body" => ForceField::PolicingBody,
        "chief_constable" => ForceField::ChiefConstable,
        "commissioner" => ForceField::Commissioner,
        "annual_revenue_budget" => ForceField::Budget,
        _ => ForceField::Name,
    };
    let risk_field = match named(3) {
        "id" => RiskField::Reference,
        "description" => RiskField::Description,
        "likelihood" | "impact" => RiskField::Likelihood,
        "owner" => RiskField::Owner,
        "mitigation" => RiskField::Mitigation,
        "residual_likelihood" | "residual_impact" => RiskField::ResidualLikelihood,
        "review_date" => RiskField::ReviewDate,
        _ => RiskField::Title,
    };
    match (named(0), named(1)) {
        ("front_sheet", field) => Anchor::FrontSheet(match field {
            "short_title" => FrontSheetField::ShortTitle,
            "committee" => FrontSheetField::Committee,
            "meeting_date" | "report_date" => FrontSheetField::MeetingDate,
            "agenda_item" => FrontSheetField::AgendaItem,
            "private_reason" if case.front_sheet.agenda_part == AgendaPart::Part2 => {
                FrontSheetField::PrivateReason
            }
            "private_reason" | "agenda_part" => FrontSheetField::AgendaPart,
            "marking" => FrontSheetField::Marking,
            "author" => FrontSheetField::Author,
            "author_phone" => FrontSheetField::AuthorPhone,
            "author_email" => FrontSheetField::AuthorEmail,
            "sponsor" => FrontSheetField::Sponsor,
            "version" => FrontSheetField::Version,
            "summary" => FrontSheetField::Summary,
            "status" => FrontSheetField::Status,
            _ => FrontSheetField::Title,
        }),
        ("partners", "forces") => row(
            case.partners.forces.len(),
            &|i| Anchor::Force(i, force_field),
            Anchor::Forces,
        ),
        ("partners", _) => Anchor::Forces,
        ("strategy", "scope") => Anchor::Scope(match named(2) {
            "current_position" => ScopeField::CurrentPosition,
            "problem" => ScopeField::Problem,
            "proposal" => ScopeField::Proposal,
            _ => ScopeField::FunctionArea,
        }),
        ("strategy", "benefits" | "principles") => Anchor::Benefits,
        ("strategy", "spr_threats") => Anchor::SprThreats,
        ("strategy", "measures") => Anchor::Measures,
        ("strategy", _) => Anchor::Objectives,
        ("options", "appraisals") => variant(OptionKind::ALL, segments.get(2))
            .map_or(Anchor::PreferredOption, Anchor::Option),
        ("options", _) => Anchor::PreferredOption,
        ("finance", "options") => match variant(OptionKind::ALL, segments.get(2)) {
            Some(kind) => match named(3) {
                "lines" => index(segments.get(4))
                    .filter(|i| *i < case.finance.option(kind).lines.len())
                    .map_or(Anchor::FinanceOption(kind), |i| {
                        Anchor::FinanceLine(kind, i)
                    }),
                "own_rates" => Anchor::OwnRates(kind),
                _ => Anchor::FinanceOption(kind),
            },
            None => Anchor::FirstYear,
        },
        ("finance", "split" | "savings_share") => Anchor::SplitMethod,
        ("finance", "discount_rate") => Anchor::DiscountRate,
        ("finance", "optimism_rates") => Anchor::OptimismRate(
            variant(OptimismCategory::ALL, segments.get(2)).unwrap_or(OptimismCategory::ALL[0]),
        ),
        ("finance", "savings_adjustment") => Anchor::SavingsAdjustment,
        ("finance", "inflation") => Anchor::Inflation,
        ("finance", "value_for_money") => Anchor::ValueForMoney,
        ("finance", _) => Anchor::FirstYear,
        ("risks", "risks") => row(
            case.risks.risks.len(),
            &|i| Anchor::Risk(i, risk_field),
            Anchor::RiskRegister,
        ),
        ("risks", _) => Anchor::RiskSettings,
        ("equality", "aims") => {
            variant(PsedAim::ALL, segments.get(2)).map_or(Anchor::Consultation, Anchor::EqualityAim)
        }
        ("equality", "characteristics") => variant(ProtectedCharacteristic::ALL, segments.get(2))
            .map_or(Anchor::Consultation, Anchor::Characteristic),
        ("equality", "human_rights") => Anchor::HumanRights,
        ("equality", "outcome" | "outcome_reason") => Anchor::EqualityOutcome,
        ("equality", "review_date") => Anchor::EqualityReviewDate,
        ("equality", "welsh_language") => Anchor::WelshLanguage,
        ("equality", _) => Anchor::Consultation,
        ("governance", "items") => {
            variant(GovernanceItem::ALL, segments.get(2)).map_or(Anchor::Board, Anchor::Governance)
        }
        ("governance", _) => Anchor::Board,
        ("implementation", "leads") => Anchor::Leads,
        ("implementation", "communications") => Anchor::Communications,
        ("implementation", _) => Anchor::Milestones,
        ("recommendations", _) => {
            let count = case.recommendations.len();
            index(segments.get(1))
                .filter(|i| *i < count)
                .map_or(Anchor::Recommendations, Anchor::Recommendation)
        }
        ("revisions", _) => Anchor::Revisions,
        (part, _) => decision_ready_anchor(case, part, &segments)
            .unwrap_or(Anchor::FrontSheet(FrontSheetField::Title)),
    }
}

/// [`anchor_for`] in the parts of a decision-ready paper: the commercial case, workforce,
/// data protection, estates and ICT, the management case and sign-off. `None` for a part
/// none of these is.
fn decision_ready_anchor(case: &Case, part: &str, segments: &[&str]) -> Option<Anchor> {
    let named = |at: usize| segments.get(at).copied().unwrap_or_default();
    // The row a list's index names, if the case has it.
    let row = |at: usize, count: usize| {
        segments
            .get(at)
            .and_then(|s| s.strip_suffix(']'))
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|i| *i < count)
    };
    // The partners' index of the force a row names, as the wizard's force rows are kept.
    let force_named = |name: &str| {
        let name = name.trim();
        (!name.is_empty())
            .then(|| {
                case.partners
                    .forces
                    .iter()
                    .position(|f| f.name.trim() == name)
            })
            .flatten()
    };
    let anchor = match (part, named(1)) {
        ("commercial", field) => Anchor::Commercial(match field {
            "route_reason" => CommercialField::RouteReason,
            "payment_mechanism" => CommercialField::PaymentMechanism,
            "term" => CommercialField::Term,
            "risk_allocation" => CommercialField::RiskAllocation,
            "exit_and_stranded_costs" => CommercialField::Exit,
            _ => CommercialField::Route,
        }),
        ("workforce", "forces") => row(2, case.workforce.forces.len())
            .and_then(|i| force_named(&case.workforce.forces[i].force))
            .map_or(Anchor::WorkforceArrangements, |i| {
                if named(3) == "redundancies" {
                    Anchor::ForceRedundancies(i)
                } else {
                    Anchor::WorkforceForce(i)
                }
            }),
        ("workforce", "pensions") => Anchor::Pensions,
        ("workforce", "consultations") => row(2, case.workforce.consultations.len())
            .map_or(Anchor::StaffConsultations, Anchor::StaffConsultation),
        ("workforce", "proposed_redundancies") => Anchor::Redundancies,
        ("workforce", "collective_consultation") => Anchor::CollectiveConsultation,
        ("workforce", _) => Anchor::WorkforceArrangements,
        ("data_protection", "datasets") => {
            let Some(i) = row(2, case.data_protection.datasets.len()) else {
                return Some(Anchor::Datasets);
            };
            let dataset = &case.data_protection.datasets[i];
            match (named(3), row(4, dataset.parties.len())) {
                ("parties", Some(p)) => {
                    let shows_document = dataset.parties[p].role.document().is_some();
                    let field = if named(5) == "document" && shows_document {
                        PartyField::Document
                    } else {
                        PartyField::Party
                    };
                    Anchor::DatasetParty(i, p, field)
                }
                ("parties", None) => Anchor::Dataset(i, DatasetField::Parties),
                (field, _) => Anchor::Dataset(
                    i,
                    match field {
                        "regime" => DatasetField::Regime,
                        "dpia" => DatasetField::Dpia,
                        "dpia_date" => DatasetField::DpiaDate,
                        "prior_consultation" => DatasetField::PriorConsultation,
                        _ => DatasetField::Name,
                    },
                ),
            }
        }
        ("data_protection", _) => Anchor::DataProtectionNotes,
        ("estates_ict", "sites") => {
            row(2, case.estates_ict.sites.len()).map_or(Anchor::Sites, Anchor::Site)
        }
        ("estates_ict", "systems") => {
            row(2, case.estates_ict.systems.len()).map_or(Anchor::Systems, Anchor::System)
        }
        ("estates_ict", "ict_notes") => Anchor::IctNotes,
        ("estates_ict", "accreditation") => Anchor::Accreditation,
        ("estates_ict", _) => Anchor::EstatesNotes,
        ("management", "benefits") => {
            row(2, case.management.benefits.len()).map_or(Anchor::BenefitsRegister, |i| {
                Anchor::RegisteredBenefit(
                    i,
                    match named(3) {
                        "measure" => BenefitField::Measure,
                        "baseline" => BenefitField::Baseline,
                        "target" => BenefitField::Target,
                        "owner" => BenefitField::Owner,
                        "due" => BenefitField::Due,
                        "finance_line" => BenefitField::FinanceLine,
                        "measure_of_success" => BenefitField::MeasureOfSuccess,
                        _ => BenefitField::Benefit,
                    },
                )
            })
        }
        ("management", "review") => Anchor::PostImplementationReview(match named(2) {
            "owner" => ReviewField::Owner,
            "scope" => ReviewField::Scope,
            _ => ReviewField::Date,
        }),
        ("management", _) => Anchor::SeniorResponsibleOwner,
        ("sign_off", "decision_records") => {
            let force = row(2, case.sign_off.decision_records.len())
                .and_then(|i| force_named(&case.sign_off.decision_records[i].force));
            let records = case.front_sheet.decided_by.leads_to_decision_records();
            let record_field = match named(3) {
                "reference" => Some(RecordField::Reference),
                "wording" => Some(RecordField::Wording),
                "reasons" => Some(RecordField::Reasons),
                "equality_and_human_rights" => Some(RecordField::EqualityAndHumanRights),
                "interests_declared" => Some(RecordField::InterestsDeclared),
                _ => None,
            };
            match (force, record_field) {
                (Some(i), None) => Anchor::OfficerComment(
                    i,
                    variant(StatutoryOfficer::ALL, segments.get(4))
                        .unwrap_or(StatutoryOfficer::PccChiefFinanceOfficer),
                    match named(5) {
                        "name" => CommentField::Name,
                        "date" => CommentField::Date,
                        _ => CommentField::Comment,
                    },
                ),
                (Some(i), Some(field)) if records => Anchor::DecisionRecord(i, field),
                _ => Anchor::BackgroundPapers,
            }
        }
        ("sign_off", "appendices") => {
            row(2, case.sign_off.appendices.len()).map_or(Anchor::Appendices, |i| {
                let field = if named(3) == "text" {
                    AppendixField::Text
                } else {
                    AppendixField::Title
                };
                Anchor::UserAppendix(i, field)
            })
        }
        ("legal", "challenges") => {
            variant(Challenge::ALL, segments.get(2)).map_or(Anchor::Delegations, Anchor::Challenge)
        }
        ("legal", _) => Anchor::Delegations,
        ("sign_off", _) => row(2, case.sign_off.background_papers.len())
            .filter(|_| named(1) == "background_papers")
            .map_or(Anchor::BackgroundPapers, Anchor::BackgroundPaper),
        _ => return None,
    };
    Some(anchor)
}

/// The variant of a fixed list whose name (as serde writes it, which is its `Debug` name)
/// is `segment`.
fn variant<T: Copy + std::fmt::Debug, const N: usize>(
    all: [T; N],
    segment: Option<&&str>,
) -> Option<T> {
    let name = segment?;
    all.into_iter().find(|item| format!("{item:?}") == *name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::validate::validate;

    fn case() -> Case {
        let mut case = Case::default();
        case.normalise();
        case
    }

    #[test]
    fn dates_outside_the_years_a_case_spans_are_errors() {
        let mut case = case();
        case.front_sheet.meeting_date = NaiveDate::from_ymd_opt(0, 1, 1);
        case.equality.review_date = NaiveDate::from_ymd_opt(2101, 1, 1);
        case.front_sheet.report_date = NaiveDate::from_ymd_opt(2026, 3, 4);
        let findings = validate(&case);
        let dates: Vec<_> = findings
            .iter()
            .filter(|f| f.message.starts_with("The date in"))
            .collect();
        assert_eq!(dates.len(), 2, "{dates:?}");
        assert_eq!(
            dates[0].anchor,
            Anchor::FrontSheet(FrontSheetField::MeetingDate)
        );
        assert!(dates[0].message.contains("year 0"), "{}", dates[0].message);
        assert_eq!(dates[1].anchor, Anchor::EqualityReviewDate);
    }

    #[test]
    fn a_control_character_left_in_a_case_is_named() {
        let mut case = case();
        case.strategy.scope.problem = "Bell\u{7} and \u{202E}override".into();
        let finding = validate(&case)
            .into_iter()
            .find(|f| f.message.contains("strategy.scope.problem"))
            .expect("named");
        assert_eq!(finding.anchor, Anchor::Scope(ScopeField::Problem));
        assert!(finding.message.contains("U+0007") && finding.message.contains("U+202E"));
    }

    #[test]
    fn every_path_of_a_full_case_finds_an_anchor_the_wizard_has() {
        let case = crate::fixtures::large_case();
        let all: Vec<Anchor> = Anchor::all(&case).collect();
        strings::visit(&case, &mut |path, _, _| {
            assert!(all.contains(&anchor_for(&case, path)), "{path}");
        });
        assert_eq!(
            anchor_for(&case, "options.appraisals.LeadForce.summary"),
            Anchor::Option(OptionKind::LeadForce)
        );
    }

    #[test]
    fn the_decision_ready_parts_are_found_on_their_own_steps() {
        use crate::case::Step;
        let case = crate::fixtures::complete_case();
        let all: Vec<Anchor> = Anchor::all(&case).collect();
        let mut seen = 0;
        strings::visit(&case, &mut |path, _, _| {
            let step = match path.split(['.', '[']).next().unwrap_or_default() {
                "commercial" => Step::Commercial,
                "workforce" => Step::Workforce,
                "data_protection" | "estates_ict" => Step::DataEstatesIct,
                "management" => Step::Management,
                "legal" => Step::Governance,
                "sign_off" => Step::SignOff,
                _ => return,
            };
            seen += 1;
            let anchor = anchor_for(&case, path);
            assert_eq!(anchor.step(), step, "{path}: {anchor:?}");
            assert!(all.contains(&anchor), "{path}: {anchor:?}");
        });
        assert!(seen > 30, "only {seen} paths in the decision-ready parts");
        assert_eq!(
            anchor_for(&case, "legal.challenges.ProcurementRemedies"),
            Anchor::Challenge(Challenge::ProcurementRemedies)
        );
        assert_eq!(
            anchor_for(&case, "data_protection.datasets[0].parties[1].document"),
            Anchor::DatasetParty(0, 1, PartyField::Document)
        );
        assert_eq!(
            anchor_for(
                &case,
                "sign_off.decision_records[0].comments.MonitoringOfficer.name"
            ),
            Anchor::OfficerComment(0, StatutoryOfficer::MonitoringOfficer, CommentField::Name)
        );
    }
}
