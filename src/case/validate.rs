//! The checks a case must pass before it goes to committee.
//!
//! Each [`Finding`] says, in words a collaboration lead uses, what is wrong and where
//! ([`Anchor`]), so the wizard can mark steps and jump to the field, and `casewright check`
//! can list them. Errors mean "not ready for committee"; warnings are things a committee is
//! likely to ask about; hints are good practice.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Case;
use super::Step;
use super::equality::{EqualityOutcome, Impact, ProtectedCharacteristic, PsedAim};
use super::finance::{FlowKind, GREEN_BOOK_DISCOUNT_RATE, SplitMethod};
use super::front_sheet::DocumentStatus;
use super::governance::{GovernanceItem, ItemStatus};
use super::money::{Money, Percent};
use super::options::{OptionKind, OptionStatus, Tier};
use super::risk::Rating;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// The case is not ready for committee.
    Error,
    /// A committee is likely to ask about this.
    Warning,
    /// Good practice.
    Hint,
}

impl Severity {
    /// The severity as a word.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// A field on the front sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FrontSheetField {
    /// The title.
    Title,
    /// The short title.
    ShortTitle,
    /// The committee.
    Committee,
    /// The meeting date.
    MeetingDate,
    /// The agenda item.
    AgendaItem,
    /// The author.
    Author,
    /// The sponsoring chief officer.
    Sponsor,
    /// The version.
    Version,
    /// The purpose and summary.
    Summary,
    /// Draft or final.
    Status,
}

impl FrontSheetField {
    /// Every field, in the order the front sheet shows them.
    pub const ALL: [FrontSheetField; 10] = [
        FrontSheetField::Title,
        FrontSheetField::ShortTitle,
        FrontSheetField::Committee,
        FrontSheetField::MeetingDate,
        FrontSheetField::AgendaItem,
        FrontSheetField::Author,
        FrontSheetField::Sponsor,
        FrontSheetField::Version,
        FrontSheetField::Summary,
        FrontSheetField::Status,
    ];
}

/// A field of the scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ScopeField {
    /// The function or area.
    FunctionArea,
    /// The current position.
    CurrentPosition,
    /// The problem.
    Problem,
    /// The proposal.
    Proposal,
}

impl ScopeField {
    /// Every field of the scope, in the order the case for change shows them.
    pub const ALL: [ScopeField; 4] = [
        ScopeField::FunctionArea,
        ScopeField::CurrentPosition,
        ScopeField::Problem,
        ScopeField::Proposal,
    ];
}

/// Where in the case a finding points: a step and the field (or row) within it.
///
/// The step is derived from the anchor, so the two can never disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Anchor {
    /// A front-sheet field.
    FrontSheet(FrontSheetField),
    /// The list of forces as a whole.
    Forces,
    /// One force, by index.
    Force(usize),
    /// The choice of lead force.
    LeadForce,
    /// A scope field.
    Scope(ScopeField),
    /// The strategic objectives.
    Objectives,
    /// The benefits.
    Benefits,
    /// The SPR threats.
    SprThreats,
    /// The measures of success.
    Measures,
    /// One option.
    Option(OptionKind),
    /// The choice of preferred option.
    PreferredOption,
    /// The finance lines as a whole.
    FinanceLines,
    /// One finance line, by index.
    FinanceLine(usize),
    /// The split method.
    SplitMethod,
    /// The discount rate.
    DiscountRate,
    /// The optimism bias.
    OptimismBias,
    /// The risk settings (scale and thresholds).
    RiskSettings,
    /// The register as a whole.
    RiskRegister,
    /// One risk, by index.
    Risk(usize),
    /// One PSED aim.
    EqualityAim(PsedAim),
    /// One protected characteristic.
    Characteristic(ProtectedCharacteristic),
    /// The Human Rights Act consideration.
    HumanRights,
    /// The consultation.
    Consultation,
    /// The outcome.
    EqualityOutcome,
    /// The review date.
    EqualityReviewDate,
    /// The Welsh Language Standards.
    WelshLanguage,
    /// One governance item.
    Governance(GovernanceItem),
    /// The governance board.
    Board,
    /// The force leads.
    Leads,
    /// The milestones.
    Milestones,
    /// The communications plan.
    Communications,
    /// The recommendations as a whole.
    Recommendations,
    /// One recommendation, by index.
    Recommendation(usize),
    /// The revision history.
    Revisions,
}

impl Anchor {
    /// Every anchor that can point into `case`, in wizard order: each field, each entry of
    /// the fixed lists (options, aims, characteristics, governance items) and each row the
    /// case has (forces, finance lines, risks, recommendations). Whatever [`validate`] finds,
    /// it points at one of these, so a test that walks them all walks every place a finding
    /// can send the user.
    pub fn all(case: &Case) -> impl Iterator<Item = Anchor> {
        let rows = |count: usize, anchor: fn(usize) -> Anchor| (0..count).map(anchor);
        FrontSheetField::ALL
            .map(Anchor::FrontSheet)
            .into_iter()
            .chain([Anchor::Forces])
            .chain(rows(case.partners.forces.len(), Anchor::Force))
            .chain([Anchor::LeadForce])
            .chain(ScopeField::ALL.map(Anchor::Scope))
            .chain([
                Anchor::Objectives,
                Anchor::Benefits,
                Anchor::SprThreats,
                Anchor::Measures,
            ])
            .chain(OptionKind::ALL.map(Anchor::Option))
            .chain([Anchor::PreferredOption, Anchor::FinanceLines])
            .chain(rows(case.finance.lines.len(), Anchor::FinanceLine))
            .chain([
                Anchor::SplitMethod,
                Anchor::DiscountRate,
                Anchor::OptimismBias,
                Anchor::RiskSettings,
                Anchor::RiskRegister,
            ])
            .chain(rows(case.risks.risks.len(), Anchor::Risk))
            .chain(PsedAim::ALL.map(Anchor::EqualityAim))
            .chain(ProtectedCharacteristic::ALL.map(Anchor::Characteristic))
            .chain([
                Anchor::HumanRights,
                Anchor::Consultation,
                Anchor::EqualityOutcome,
                Anchor::EqualityReviewDate,
                Anchor::WelshLanguage,
            ])
            .chain(GovernanceItem::ALL.map(Anchor::Governance))
            .chain([
                Anchor::Board,
                Anchor::Leads,
                Anchor::Milestones,
                Anchor::Communications,
                Anchor::Recommendations,
            ])
            .chain(rows(case.recommendations.len(), Anchor::Recommendation))
            .chain([Anchor::Revisions])
    }

    /// The wizard step that holds this field.
    pub fn step(self) -> Step {
        match self {
            Anchor::FrontSheet(_) | Anchor::Forces | Anchor::Force(_) | Anchor::LeadForce => {
                Step::FrontSheet
            }
            Anchor::Scope(_)
            | Anchor::Objectives
            | Anchor::Benefits
            | Anchor::SprThreats
            | Anchor::Measures => Step::CaseForChange,
            Anchor::Option(_) | Anchor::PreferredOption => Step::Options,
            Anchor::FinanceLines
            | Anchor::FinanceLine(_)
            | Anchor::SplitMethod
            | Anchor::DiscountRate
            | Anchor::OptimismBias => Step::Finance,
            Anchor::RiskSettings | Anchor::RiskRegister | Anchor::Risk(_) => Step::Risks,
            Anchor::EqualityAim(_)
            | Anchor::Characteristic(_)
            | Anchor::HumanRights
            | Anchor::Consultation
            | Anchor::EqualityOutcome
            | Anchor::EqualityReviewDate
            | Anchor::WelshLanguage => Step::Equality,
            Anchor::Governance(_) | Anchor::Board => Step::Governance,
            Anchor::Leads
            | Anchor::Milestones
            | Anchor::Communications
            | Anchor::Recommendations
            | Anchor::Recommendation(_)
            | Anchor::Revisions => Step::Implementation,
        }
    }
}

/// One thing the case should fix or consider.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in the user's words.
    pub message: String,
    /// Where it is.
    pub anchor: Anchor,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.severity.label(), self.message)
    }
}

/// Collects findings with one call per rule.
struct Findings(Vec<Finding>);

impl Findings {
    fn push(&mut self, severity: Severity, anchor: Anchor, message: impl Into<String>) {
        self.0.push(Finding {
            severity,
            message: message.into(),
            anchor,
        });
    }

    fn error(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Error, anchor, message);
    }

    fn warning(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Warning, anchor, message);
    }

    fn hint(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.push(Severity::Hint, anchor, message);
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Checks the whole case. Findings come in wizard order, most serious first within a step.
pub fn validate(case: &Case) -> Vec<Finding> {
    let mut findings = Findings(Vec::new());
    front_sheet(case, &mut findings);
    partners(case, &mut findings);
    strategy(case, &mut findings);
    options(case, &mut findings);
    finance(case, &mut findings);
    risks(case, &mut findings);
    equality(case, &mut findings);
    governance(case, &mut findings);
    implementation(case, &mut findings);
    let mut all = findings.0;
    all.sort_by_key(|finding| (finding.anchor.step(), finding.severity));
    all
}

fn front_sheet(case: &Case, out: &mut Findings) {
    use FrontSheetField as F;
    let sheet = &case.front_sheet;
    let required = [
        (F::Title, &sheet.title, "The report has no title."),
        (
            F::Committee,
            &sheet.committee,
            "Name the committee or board that will receive the report.",
        ),
        (F::Author, &sheet.author, "Name the report author."),
        (
            F::Sponsor,
            &sheet.sponsor,
            "Name the sponsoring chief officer.",
        ),
    ];
    for (field, value, message) in required {
        if blank(value) {
            out.error(Anchor::FrontSheet(field), message);
        }
    }
    if sheet.meeting_date.is_none() {
        out.error(
            Anchor::FrontSheet(F::MeetingDate),
            "Give the date of the committee meeting.",
        );
    }
    if blank(&sheet.agenda_item) {
        out.warning(
            Anchor::FrontSheet(F::AgendaItem),
            "Add the agenda item number once the clerk has given one.",
        );
    }
    if blank(&sheet.version) {
        out.warning(
            Anchor::FrontSheet(F::Version),
            "Give the report a version number, e.g. 0.1.",
        );
    }
    if blank(&sheet.summary) {
        out.error(
            Anchor::FrontSheet(F::Summary),
            "Write the purpose and summary: it is what committee members read first.",
        );
    }
    if sheet.status == DocumentStatus::Draft {
        out.hint(Anchor::FrontSheet(F::Status), "The paper is marked Draft: it prints with a DRAFT watermark. Set it to Final before it goes to committee.");
    }
    if sheet.title.chars().count() > 60 && blank(&sheet.short_title) {
        out.hint(
            Anchor::FrontSheet(F::ShortTitle),
            "The title is long; a short title keeps page footers readable.",
        );
    }
}

fn partners(case: &Case, out: &mut Findings) {
    let partners = &case.partners;
    if partners.forces.len() < 2 {
        out.error(Anchor::Forces, "A collaboration needs at least two forces.");
    }
    for (i, force) in partners.forces.iter().enumerate() {
        let name = if blank(&force.name) {
            format!("Force {}", i + 1)
        } else {
            force.name.clone()
        };
        if blank(&force.name) {
            out.error(Anchor::Force(i), format!("{name} has no name."));
        }
        if blank(&force.chief_constable) || blank(&force.commissioner) {
            out.warning(
                Anchor::Force(i),
                format!("Name the chief constable and the PCC of {name}: both sign the agreement."),
            );
        }
        if case.finance.split == SplitMethod::ByRevenueBudget
            && force.annual_revenue_budget <= Money::ZERO
        {
            out.error(Anchor::Force(i), format!("{name} has no annual revenue budget, but costs and savings are split by budget."));
        }
    }
    let lead_matters = case.options.preferred() == Some(OptionKind::LeadForce);
    if partners.lead().is_none() && !partners.forces.is_empty() {
        if lead_matters {
            out.error(
                Anchor::LeadForce,
                "The preferred option is a lead force model, but no lead force is chosen.",
            );
        } else {
            out.warning(
                Anchor::LeadForce,
                "Choose which force leads the collaboration.",
            );
        }
    }
    if case.finance.split == SplitMethod::Custom {
        let total: u32 = partners
            .forces
            .iter()
            .map(|f| f.custom_share.basis_points())
            .sum();
        if total != Percent::WHOLE.basis_points() {
            out.error(
                Anchor::SplitMethod,
                format!(
                    "The agreed percentages add up to {}, not 100%.",
                    Percent(total)
                ),
            );
        }
    }
}

fn strategy(case: &Case, out: &mut Findings) {
    let strategy = &case.strategy;
    let scope = [
        (
            ScopeField::FunctionArea,
            &strategy.scope.function_area,
            Severity::Error,
            "Say which function or area of business the collaboration covers.",
        ),
        (
            ScopeField::CurrentPosition,
            &strategy.scope.current_position,
            Severity::Warning,
            "Describe how the function is delivered today.",
        ),
        (
            ScopeField::Problem,
            &strategy.scope.problem,
            Severity::Error,
            "Explain the problem or opportunity: why things cannot stay as they are.",
        ),
        (
            ScopeField::Proposal,
            &strategy.scope.proposal,
            Severity::Error,
            "Describe the proposal in a paragraph.",
        ),
    ];
    for (field, value, severity, message) in scope {
        if blank(value) {
            out.push(severity, Anchor::Scope(field), message);
        }
    }
    if strategy.objectives.is_empty() {
        out.error(
            Anchor::Objectives,
            "Choose at least one strategic objective the collaboration pursues.",
        );
    }
    for (objective, justification) in &strategy.objectives {
        if blank(justification) {
            out.warning(
                Anchor::Objectives,
                format!("Justify the objective \"{}\".", objective.label()),
            );
        }
    }
    if strategy.benefits.is_empty() {
        out.warning(
            Anchor::Benefits,
            "Claim at least one benefit, and say how it will be realised.",
        );
    }
    if strategy.spr_threats.is_empty() {
        out.hint(Anchor::SprThreats, "Say which Strategic Policing Requirement threats, if any, the collaboration helps meet.");
    }
    if strategy.measures.is_empty() {
        out.warning(
            Anchor::Measures,
            "Agree measures of success at the outset, with a baseline and a target.",
        );
    }
}

fn options(case: &Case, out: &mut Findings) {
    let options = &case.options;
    let preferred: Vec<OptionKind> = options
        .appraisals
        .iter()
        .filter(|(_, a)| a.status == OptionStatus::Preferred)
        .map(|(kind, _)| *kind)
        .collect();
    match preferred.as_slice() {
        [] => out.error(Anchor::PreferredOption, "No option is marked as preferred."),
        [_] => {}
        _ => out.error(
            Anchor::PreferredOption,
            "More than one option is marked as preferred; choose one.",
        ),
    }
    for (kind, appraisal) in &options.appraisals {
        let anchor = Anchor::Option(*kind);
        let name = kind.label();
        match appraisal.status {
            OptionStatus::NotAssessed => {
                out.warning(anchor, format!("{name} has not been assessed. The committee expects every model, and business as usual, to be considered."));
            }
            OptionStatus::RuledOut | OptionStatus::DePrioritised | OptionStatus::Delayed
                if blank(&appraisal.rationale) =>
            {
                out.error(
                    anchor,
                    format!(
                        "{name} is {} without a rationale.",
                        appraisal.status.label().to_lowercase()
                    ),
                );
            }
            OptionStatus::Preferred => {
                if blank(&appraisal.rationale) {
                    out.error(
                        anchor,
                        format!("Explain why {name} is the preferred option."),
                    );
                }
                match appraisal.tier(&options.tier_thresholds) {
                    None => out.warning(anchor, format!("Score {name} for strategic fit and practicality.")),
                    Some(Tier::NotPrioritised) => out.warning(anchor, format!("{name} is preferred but its scores fall below both tiers; explain in the reasonableness test.")),
                    Some(_) => {}
                }
                if blank(&appraisal.benefits) || blank(&appraisal.risks) {
                    out.warning(anchor, format!("Set out the benefits and risks of {name}."));
                }
            }
            _ => {}
        }
    }
}

fn finance(case: &Case, out: &mut Findings) {
    let finance = &case.finance;
    if finance.lines.is_empty() {
        out.error(
            Anchor::FinanceLines,
            "The financial case has no costs or savings.",
        );
    }
    for (i, line) in finance.lines.iter().enumerate() {
        if blank(&line.label) {
            out.warning(
                Anchor::FinanceLine(i),
                format!("Line {} of the financial case has no description.", i + 1),
            );
        }
        if line.amounts.iter().any(|amount| *amount < Money::ZERO) {
            out.warning(Anchor::FinanceLine(i), format!("Line {} has a negative amount; enter amounts as positive and set the line to cost or saving.", i + 1));
        }
    }
    if !finance
        .lines
        .iter()
        .any(|line| line.kind == FlowKind::Saving)
        && !finance.lines.is_empty()
    {
        out.hint(Anchor::FinanceLines, "There are no savings lines. If the case is about effectiveness rather than savings, say so in the notes.");
    }
    if finance.discount_rate != GREEN_BOOK_DISCOUNT_RATE {
        out.hint(
            Anchor::DiscountRate,
            format!(
                "The discount rate is {}; the Green Book rate is {}. Say why in the notes.",
                finance.discount_rate, GREEN_BOOK_DISCOUNT_RATE
            ),
        );
    }
    if finance.optimism_bias == Percent(0) && !finance.lines.is_empty() {
        out.hint(Anchor::OptimismBias, "No optimism bias is applied to costs; the Green Book expects an uplift until costs are firm.");
    }
    if finance.split == SplitMethod::ByRevenueBudget
        && case.partners.forces.len() >= 2
        && finance.shares(&case.partners.forces).is_none()
    {
        out.error(
            Anchor::SplitMethod,
            "Costs are split by revenue budget, but no force has a budget.",
        );
    }
    let preferred = case.options.preferred();
    if !finance.lines.is_empty() && preferred.is_some_and(|kind| !kind.is_baseline()) {
        let summary = finance.summarise(&case.partners.forces);
        if summary.npv < Money::ZERO {
            out.warning(Anchor::FinanceLines, format!("The net present value is negative ({}). Explain in the notes why the option is still value for money.", summary.npv.whole_pounds()));
        }
        for position in summary.partners.iter().filter(|p| p.net < Money::ZERO) {
            out.hint(Anchor::SplitMethod, format!("{} is a net contributor ({} over the period); the committee will want to see what it gains besides money.", position.force, position.net.whole_pounds()));
        }
    }
}

fn risks(case: &Case, out: &mut Findings) {
    let register = &case.risks;
    let max = register.settings.scale.max();
    if !register.settings.thresholds.are_ordered() {
        out.error(
            Anchor::RiskSettings,
            "The rating thresholds must climb: medium below high, high below very high.",
        );
    }
    if register.risks.is_empty() {
        out.error(Anchor::RiskRegister, "The risk register is empty.");
    }
    let mut seen = HashSet::new();
    for (i, risk) in register.risks.iter().enumerate() {
        let anchor = Anchor::Risk(i);
        let name = if blank(&risk.title) {
            format!("Risk {}", i + 1)
        } else {
            format!("Risk {} \"{}\"", risk.id, risk.title)
        };
        if blank(&risk.title) {
            out.error(anchor, format!("{name} has no title."));
        }
        if !blank(&risk.id) && !seen.insert(risk.id.trim()) {
            out.warning(
                anchor,
                format!("The reference {} is used more than once.", risk.id),
            );
        }
        let values = [
            risk.likelihood,
            risk.impact,
            risk.residual_likelihood,
            risk.residual_impact,
        ];
        if values.iter().any(|v| !(1..=max).contains(v)) {
            out.error(
                anchor,
                format!("{name} has a likelihood or impact outside 1 to {max}."),
            );
            continue;
        }
        let rating = register.settings.thresholds.rate(risk.score());
        if rating >= Rating::High {
            if blank(&risk.owner) {
                out.error(
                    anchor,
                    format!(
                        "{name} is rated {} but has no owner.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if blank(&risk.mitigation) {
                out.error(
                    anchor,
                    format!(
                        "{name} is rated {} but has no mitigation.",
                        rating.label().to_lowercase()
                    ),
                );
            }
            if risk.review_date.is_none() {
                out.warning(
                    anchor,
                    format!(
                        "{name} is rated {} but has no review date.",
                        rating.label().to_lowercase()
                    ),
                );
            }
        }
        if risk.residual_score() > risk.score() {
            out.warning(
                anchor,
                format!("{name} scores higher after mitigation than before."),
            );
        }
    }
}

fn equality(case: &Case, out: &mut Findings) {
    let equality = &case.equality;
    let missing_aims: Vec<PsedAim> = PsedAim::ALL
        .into_iter()
        .filter(|aim| equality.aims.get(aim).is_none_or(|text| blank(text)))
        .collect();
    for aim in &missing_aims {
        let severity = if missing_aims.len() == PsedAim::ALL.len() {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(
            severity,
            Anchor::EqualityAim(*aim),
            format!(
                "Record how the proposal has due regard to the aim to {}.",
                aim.label().to_lowercase()
            ),
        );
    }
    for characteristic in ProtectedCharacteristic::ALL {
        let anchor = Anchor::Characteristic(characteristic);
        let name = characteristic.label();
        let Some(assessment) = equality.characteristics.get(&characteristic) else {
            out.warning(anchor, format!("{name} has not been assessed."));
            continue;
        };
        match assessment.impact {
            Impact::NotYetAssessed => out.warning(anchor, format!("{name} has not been assessed.")),
            Impact::Negative if blank(&assessment.mitigation) => {
                out.error(
                    anchor,
                    format!("{name}: a negative impact needs mitigation."),
                );
            }
            _ if blank(&assessment.evidence) => {
                out.hint(
                    anchor,
                    format!("{name}: give the evidence or consultation behind the judgement."),
                );
            }
            _ => {}
        }
    }
    if blank(&equality.human_rights) {
        out.warning(
            Anchor::HumanRights,
            "Record the Human Rights Act 1998 consideration.",
        );
    }
    if blank(&equality.consultation) {
        out.warning(Anchor::Consultation, "Record who was consulted, including staff associations and unions where terms and conditions change.");
    }
    match equality.outcome {
        EqualityOutcome::NotYetDecided => out.error(
            Anchor::EqualityOutcome,
            "Record the outcome of the equality impact assessment.",
        ),
        EqualityOutcome::ContinueWithJustification | EqualityOutcome::StopAndRethink
            if blank(&equality.outcome_reason) =>
        {
            out.error(
                Anchor::EqualityOutcome,
                "Explain the reason for the equality outcome.",
            );
        }
        _ => {}
    }
    if equality.review_date.is_none() {
        out.warning(
            Anchor::EqualityReviewDate,
            "Set a date to review the equality impact assessment.",
        );
    }
    if case.partners.includes_welsh_force() && blank(&equality.welsh_language) {
        out.error(
            Anchor::WelshLanguage,
            "A Welsh force is a party: say how the Welsh Language Standards will be met.",
        );
    }
}

fn governance(case: &Case, out: &mut Findings) {
    for item in GovernanceItem::ALL {
        let anchor = Anchor::Governance(item);
        let entry = case.governance.items.get(&item);
        let (status, text) = entry.map_or((ItemStatus::NotStarted, ""), |e| {
            (e.status, e.text.as_str())
        });
        match status {
            ItemStatus::NotStarted => out.error(
                anchor,
                format!("Governance: \"{}\" has not been addressed.", item.label()),
            ),
            ItemStatus::NotApplicable if blank(text) => out.warning(
                anchor,
                format!("Governance: say why \"{}\" does not apply.", item.label()),
            ),
            ItemStatus::InDraft | ItemStatus::Agreed if blank(text) => out.warning(
                anchor,
                format!("Governance: \"{}\" has a status but no text.", item.label()),
            ),
            _ => {}
        }
    }
    let board = &case.governance.board;
    if blank(&board.chair) {
        out.warning(Anchor::Board, "Name who chairs the governance board.");
    }
    if board.members.iter().all(|member| blank(member)) {
        out.warning(Anchor::Board, "List the members of the governance board.");
    }
}

fn implementation(case: &Case, out: &mut Findings) {
    let implementation = &case.implementation;
    for force in &case.partners.forces {
        if !blank(&force.name)
            && !implementation
                .leads
                .iter()
                .any(|lead| lead.force.trim() == force.name.trim() && !blank(&lead.name))
        {
            out.warning(
                Anchor::Leads,
                format!("Name a dedicated lead for {}.", force.name),
            );
        }
    }
    if implementation.milestones.is_empty() {
        out.warning(
            Anchor::Milestones,
            "Add the main implementation milestones.",
        );
    }
    if blank(&implementation.communications) {
        out.warning(
            Anchor::Communications,
            "Describe the joint communications plan for staff and the public.",
        );
    }
    if case.recommendations.is_empty() {
        out.error(
            Anchor::Recommendations,
            "There are no recommendations for the committee to decide.",
        );
    }
    for (i, recommendation) in case.recommendations.iter().enumerate() {
        if blank(&recommendation.text) {
            out.error(
                Anchor::Recommendation(i),
                format!("Recommendation {} is empty.", i + 1),
            );
        }
    }
    if case.revisions.is_empty() {
        out.hint(
            Anchor::Revisions,
            "Keep a revision history: committees ask what changed since the last version.",
        );
    }
}

/// The number of findings of each severity, for status bars and exit codes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Hints.
    pub hints: usize,
}

impl Tally {
    /// Counts findings by severity.
    pub fn of(findings: &[Finding]) -> Tally {
        findings
            .iter()
            .fold(Tally::default(), |mut tally, finding| {
                match finding.severity {
                    Severity::Error => tally.errors += 1,
                    Severity::Warning => tally.warnings += 1,
                    Severity::Hint => tally.hints += 1,
                }
                tally
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::finance::FinanceLine;
    use crate::case::implementation::Recommendation;
    use crate::case::partners::Force;
    use crate::case::risk::Risk;

    /// Which kind of anchor this is. The match has no catch-all, so a new kind of anchor does
    /// not compile until it is listed here, and the test below then asks for it in
    /// [`Anchor::all`].
    fn kind(anchor: Anchor) -> u8 {
        match anchor {
            Anchor::FrontSheet(_) => 0,
            Anchor::Forces => 1,
            Anchor::Force(_) => 2,
            Anchor::LeadForce => 3,
            Anchor::Scope(_) => 4,
            Anchor::Objectives => 5,
            Anchor::Benefits => 6,
            Anchor::SprThreats => 7,
            Anchor::Measures => 8,
            Anchor::Option(_) => 9,
            Anchor::PreferredOption => 10,
            Anchor::FinanceLines => 11,
            Anchor::FinanceLine(_) => 12,
            Anchor::SplitMethod => 13,
            Anchor::DiscountRate => 14,
            Anchor::OptimismBias => 15,
            Anchor::RiskSettings => 16,
            Anchor::RiskRegister => 17,
            Anchor::Risk(_) => 18,
            Anchor::EqualityAim(_) => 19,
            Anchor::Characteristic(_) => 20,
            Anchor::HumanRights => 21,
            Anchor::Consultation => 22,
            Anchor::EqualityOutcome => 23,
            Anchor::EqualityReviewDate => 24,
            Anchor::WelshLanguage => 25,
            Anchor::Governance(_) => 26,
            Anchor::Board => 27,
            Anchor::Leads => 28,
            Anchor::Milestones => 29,
            Anchor::Communications => 30,
            Anchor::Recommendations => 31,
            Anchor::Recommendation(_) => 32,
            Anchor::Revisions => 33,
        }
    }

    /// A case with two rows in every list an anchor can index.
    fn case_with_rows() -> Case {
        let mut case = Case::default();
        case.normalise();
        case.partners.forces = vec![Force::default(), Force::default()];
        case.finance.lines = vec![FinanceLine::default(), FinanceLine::default()];
        case.risks.risks = vec![Risk::default(), Risk::default()];
        case.recommendations = vec![Recommendation::default(), Recommendation::default()];
        case
    }

    #[test]
    fn every_kind_of_anchor_is_listed_once_in_wizard_order() {
        let case = case_with_rows();
        let all: Vec<Anchor> = Anchor::all(&case).collect();
        let kinds: HashSet<u8> = all.iter().map(|anchor| kind(*anchor)).collect();
        assert_eq!(
            kinds.len(),
            34,
            "a kind of anchor is missing from Anchor::all"
        );
        let unique: HashSet<Anchor> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "an anchor is listed twice");
        assert!(
            all.windows(2).all(|pair| pair[0].step() <= pair[1].step()),
            "anchors are out of wizard order"
        );
        assert!(all.contains(&Anchor::Risk(1)) && !all.contains(&Anchor::Risk(2)));
    }

    #[test]
    fn whatever_validation_finds_points_at_a_listed_anchor() {
        let mut with_problems = case_with_rows();
        with_problems.finance.split = SplitMethod::Custom;
        with_problems.risks.risks[1].likelihood = 9;
        for case in [Case::default(), case_with_rows(), with_problems] {
            let all: HashSet<Anchor> = Anchor::all(&case).collect();
            for finding in validate(&case) {
                assert!(all.contains(&finding.anchor), "{finding:?}");
            }
        }
    }
}
