//! The options appraisal: every collaboration model, plus business as usual and do-minimum,
//! each scored and given a status, and the tier the scores place it in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// An option on the short list: a collaboration model, or one of the two baselines the
/// Green Book requires every appraisal to include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OptionKind {
    /// Carry on as now: the baseline every option is compared with.
    BusinessAsUsual,
    /// The least change that would meet the essential need.
    DoMinimum,
    /// Align opportunities as they appear ("low hanging fruit").
    AdHoc,
    /// Share one or more areas of business in isolation.
    SharedFunction,
    /// Forces linked by geography or size collaborating across many areas.
    StrategicAlliance,
    /// One force provides a service to the others under an agreement.
    LeadForce,
    /// A longer-term binding agreement ceding authority to a central unit.
    JointVenture,
    /// Contract the service to an external provider.
    Outsourcing,
}

/// How much risk and how much return a model typically carries, as the South West strategy
/// characterises them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// Little.
    Low,
    /// Some.
    Medium,
    /// Much.
    High,
}

impl Level {
    /// The level as a word.
    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "Low",
            Level::Medium => "Medium",
            Level::High => "High",
        }
    }
}

impl OptionKind {
    /// Every option, baselines first, then models from the loosest to the most binding.
    pub const ALL: [OptionKind; 8] = [
        OptionKind::BusinessAsUsual,
        OptionKind::DoMinimum,
        OptionKind::AdHoc,
        OptionKind::SharedFunction,
        OptionKind::StrategicAlliance,
        OptionKind::LeadForce,
        OptionKind::JointVenture,
        OptionKind::Outsourcing,
    ];

    /// The option's name.
    pub fn label(self) -> &'static str {
        match self {
            OptionKind::BusinessAsUsual => "Business as usual",
            OptionKind::DoMinimum => "Do minimum",
            OptionKind::AdHoc => "Ad-hoc collaboration",
            OptionKind::SharedFunction => "Shared function",
            OptionKind::StrategicAlliance => "Strategic alliance",
            OptionKind::LeadForce => "Lead force",
            OptionKind::JointVenture => "Joint venture",
            OptionKind::Outsourcing => "Outsourcing",
        }
    }

    /// Whether this is one of the Green Book baselines rather than a collaboration model.
    pub fn is_baseline(self) -> bool {
        matches!(self, OptionKind::BusinessAsUsual | OptionKind::DoMinimum)
    }

    /// What the model means, in a sentence a committee member can follow.
    pub fn description(self) -> &'static str {
        match self {
            OptionKind::BusinessAsUsual => {
                "Each force carries on delivering the function alone, as now. Every other option is measured against this."
            }
            OptionKind::DoMinimum => {
                "The smallest change that meets the essential need, such as aligning policies or sharing a contract, without changing who delivers the service."
            }
            OptionKind::AdHoc => {
                "Forces align work opportunistically as easy wins appear. Little is committed, and little is returned."
            }
            OptionKind::SharedFunction => {
                "One area of business is shared in isolation, such as a joint serious crime unit or a single HR or fleet function serving both forces."
            }
            OptionKind::StrategicAlliance => {
                "Forces linked by geography or size collaborate across many areas under one programme; the force with the specialism may lead each area."
            }
            OptionKind::LeadForce => {
                "One force provides the service to the others under a collaboration agreement; its chief constable manages and tasks the service."
            }
            OptionKind::JointVenture => {
                "A long-term binding agreement under which the forces cede authority over staff and assets to a central unit, as the National Police Air Service does."
            }
            OptionKind::Outsourcing => {
                "The service is contracted out to an external provider, with the forces as commissioners and contract managers."
            }
        }
    }

    /// The typical risk of the model.
    pub fn risk(self) -> Level {
        match self {
            OptionKind::BusinessAsUsual | OptionKind::DoMinimum | OptionKind::AdHoc => Level::Low,
            OptionKind::SharedFunction | OptionKind::LeadForce => Level::Medium,
            OptionKind::StrategicAlliance | OptionKind::JointVenture | OptionKind::Outsourcing => {
                Level::High
            }
        }
    }

    /// The typical return (savings and improvement) of the model.
    pub fn return_level(self) -> Level {
        match self {
            OptionKind::BusinessAsUsual | OptionKind::DoMinimum | OptionKind::AdHoc => Level::Low,
            OptionKind::SharedFunction | OptionKind::LeadForce | OptionKind::Outsourcing => {
                Level::Medium
            }
            OptionKind::StrategicAlliance | OptionKind::JointVenture => Level::High,
        }
    }

    /// How much governance the model needs: the weight of agreement, board and oversight.
    pub fn governance_weight(self) -> Level {
        match self {
            OptionKind::BusinessAsUsual | OptionKind::DoMinimum | OptionKind::AdHoc => Level::Low,
            OptionKind::SharedFunction | OptionKind::LeadForce | OptionKind::Outsourcing => {
                Level::Medium
            }
            OptionKind::StrategicAlliance | OptionKind::JointVenture => Level::High,
        }
    }

    /// Who has direction and control of the officers and staff under this model.
    pub fn direction_and_control(self) -> &'static str {
        match self {
            OptionKind::BusinessAsUsual | OptionKind::DoMinimum | OptionKind::AdHoc => {
                "Each chief constable keeps direction and control of their own officers and staff."
            }
            OptionKind::SharedFunction => {
                "The agreement names the chief officer of police who directs and controls the officers and staff working in the shared function."
            }
            OptionKind::StrategicAlliance => {
                "Set area by area: for each collaborative unit the agreement names the chief constable who directs and controls it."
            }
            OptionKind::LeadForce => {
                "The lead force's chief constable has direction and control of the service, including officers and staff provided by the other forces."
            }
            OptionKind::JointVenture => {
                "The agreement names a chief officer of police, one of the parties' chief constables, who directs and controls the officers and staff in the central unit; the unit's manager runs it day to day under that direction, and liability for officers' conduct follows direction and control."
            }
            OptionKind::Outsourcing => {
                "The provider manages its own staff under contract; police powers and operational decisions stay with the commissioning chief constables."
            }
        }
    }
}

/// Where an option stands in the appraisal.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum OptionStatus {
    /// Not yet looked at.
    #[default]
    NotAssessed,
    /// Business as usual's own status: the comparator every other option is appraised
    /// against, kept on the short list, never "ruled out".
    Baseline,
    /// The option the case recommends.
    Preferred,
    /// Still in contention.
    Shortlisted,
    /// Viable but given lower priority.
    DePrioritised,
    /// Rejected: the rationale must say why.
    RuledOut,
    /// Put off to a later date.
    Delayed,
}

impl OptionStatus {
    /// Every status, in picker order.
    pub const ALL: [OptionStatus; 7] = [
        OptionStatus::NotAssessed,
        OptionStatus::Baseline,
        OptionStatus::Preferred,
        OptionStatus::Shortlisted,
        OptionStatus::DePrioritised,
        OptionStatus::RuledOut,
        OptionStatus::Delayed,
    ];

    /// The status as a word.
    pub fn label(self) -> &'static str {
        match self {
            OptionStatus::NotAssessed => "Not assessed",
            OptionStatus::Baseline => "Baseline (comparator)",
            OptionStatus::Preferred => "Preferred",
            OptionStatus::Shortlisted => "Shortlisted",
            OptionStatus::DePrioritised => "De-prioritised",
            OptionStatus::RuledOut => "Ruled out",
            OptionStatus::Delayed => "Delayed",
        }
    }

    /// Whether an option with this status is on the short list the economic case appraises:
    /// the baseline, the preferred option and the others still in contention.
    pub fn is_shortlisted(self) -> bool {
        matches!(
            self,
            OptionStatus::Baseline | OptionStatus::Preferred | OptionStatus::Shortlisted
        )
    }

    /// The statuses `kind` may have: business as usual is the baseline or, where carrying
    /// on is the recommendation, preferred; every other option anything but the baseline.
    pub fn allowed_for(kind: OptionKind) -> &'static [OptionStatus] {
        if kind == OptionKind::BusinessAsUsual {
            &[OptionStatus::Baseline, OptionStatus::Preferred]
        } else {
            &[
                OptionStatus::NotAssessed,
                OptionStatus::Preferred,
                OptionStatus::Shortlisted,
                OptionStatus::DePrioritised,
                OptionStatus::RuledOut,
                OptionStatus::Delayed,
            ]
        }
    }

    /// The status an option takes when another becomes preferred: business as usual goes
    /// back to being the baseline; any other option stays on the short list.
    pub fn when_no_longer_preferred(kind: OptionKind) -> OptionStatus {
        if kind == OptionKind::BusinessAsUsual {
            OptionStatus::Baseline
        } else {
            OptionStatus::Shortlisted
        }
    }
}

/// A score from 1 (poor) to 5 (excellent) on one prioritisation criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl Score {
    /// The lowest score.
    pub const MIN: u8 = 1;
    /// The highest score.
    pub const MAX: u8 = 5;

    /// A score, if `value` is between 1 and 5.
    pub fn new(value: u8) -> Option<Score> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Score(value))
    }

    /// The score as a number.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Score {
    type Error = String;
    fn try_from(value: u8) -> Result<Score, String> {
        Score::new(value).ok_or_else(|| format!("a score must be from 1 to 5, not {value}"))
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> u8 {
        score.0
    }
}

/// The regional prioritisation tier an option's scores place it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    /// Highest potential: highest priority, led by a chief constable.
    Tier1,
    /// Significant potential, but needs development first.
    Tier2,
    /// Below the thresholds for either tier.
    NotPrioritised,
}

impl Tier {
    /// The tier's name.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Tier1 => "Tier 1",
            Tier::Tier2 => "Tier 2",
            Tier::NotPrioritised => "Not prioritised",
        }
    }

    /// What the tier means for the programme.
    pub fn meaning(self) -> &'static str {
        match self {
            Tier::Tier1 => "Highest potential; highest priority, led by a chief constable",
            Tier::Tier2 => "Significant potential; needs further development first",
            Tier::NotPrioritised => "Below the thresholds for collaborative effort",
        }
    }
}

/// The score thresholds that place an option in a tier. Regions set their own, so these are
/// settings of the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TierThresholds {
    /// Tier 1 needs at least this strategic fit/impact score…
    pub tier1_min_fit: u8,
    /// …and at least this practicality score.
    pub tier1_min_practicality: u8,
    /// Tier 2 needs at least this strategic fit/impact score (practicality may be lower:
    /// that is the development it needs).
    pub tier2_min_fit: u8,
}

impl Default for TierThresholds {
    fn default() -> Self {
        TierThresholds {
            tier1_min_fit: 4,
            tier1_min_practicality: 3,
            tier2_min_fit: 3,
        }
    }
}

impl TierThresholds {
    /// The tier for a pair of scores.
    pub fn tier(&self, fit: Score, practicality: Score) -> Tier {
        if fit.value() >= self.tier1_min_fit && practicality.value() >= self.tier1_min_practicality
        {
            Tier::Tier1
        } else if fit.value() >= self.tier2_min_fit {
            Tier::Tier2
        } else {
            Tier::NotPrioritised
        }
    }
}

/// One option's appraisal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionAppraisal {
    /// Where the option stands.
    pub status: OptionStatus,
    /// How this option would work in this case, in the case's own words.
    pub summary: String,
    /// Why it has this status: required for anything not preferred or shortlisted.
    pub rationale: String,
    /// Its benefits.
    pub benefits: String,
    /// Its costs, in words (the figures are in the financial case).
    pub costs: String,
    /// Its risks.
    pub risks: String,
    /// Its drawbacks.
    pub drawbacks: String,
    /// Strategic fit/impact, 1–5.
    pub strategic_fit: Option<Score>,
    /// Practicality, 1–5.
    pub practicality: Option<Score>,
}

impl OptionAppraisal {
    /// The tier, once both scores are given.
    pub fn tier(&self, thresholds: &TierThresholds) -> Option<Tier> {
        Some(thresholds.tier(self.strategic_fit?, self.practicality?))
    }
}

/// The whole appraisal: one entry for every option, and the thresholds used to tier them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// One appraisal per option; [`Options::normalise`] makes sure every option is present.
    pub appraisals: BTreeMap<OptionKind, OptionAppraisal>,
    /// The tier thresholds.
    pub tier_thresholds: TierThresholds,
    /// The overall "reasonableness" test applied to the scored results.
    pub reasonableness: String,
    /// Why the preferred option is chosen although another has a higher net present value:
    /// the paper prints it beside the ranking, and a case without it is a finding.
    pub why_not_highest_npv: String,
}

impl Default for Options {
    fn default() -> Self {
        let mut options = Options {
            appraisals: BTreeMap::new(),
            tier_thresholds: TierThresholds::default(),
            reasonableness: String::new(),
            why_not_highest_npv: String::new(),
        };
        options.normalise();
        options
    }
}

impl Options {
    /// Adds an empty appraisal for any option missing from a hand-edited or older file, and
    /// makes business as usual the baseline unless it is the recommendation: it is the
    /// comparator, so no other status means anything for it.
    pub fn normalise(&mut self) {
        for kind in OptionKind::ALL {
            self.appraisals.entry(kind).or_default();
        }
        if let Some(baseline) = self.appraisals.get_mut(&OptionKind::BusinessAsUsual)
            && baseline.status != OptionStatus::Preferred
        {
            baseline.status = OptionStatus::Baseline;
        }
    }

    /// The preferred option, if exactly one is marked preferred.
    pub fn preferred(&self) -> Option<OptionKind> {
        let mut preferred = self
            .appraisals
            .iter()
            .filter(|(_, appraisal)| appraisal.status == OptionStatus::Preferred)
            .map(|(kind, _)| *kind);
        let first = preferred.next()?;
        preferred.next().is_none().then_some(first)
    }

    /// Makes `kind` the preferred option; any other preferred option goes back on the short
    /// list (business as usual to the baseline), so there is never more than one.
    pub fn set_preferred(&mut self, kind: OptionKind) {
        for (other, appraisal) in &mut self.appraisals {
            if *other != kind && appraisal.status == OptionStatus::Preferred {
                appraisal.status = OptionStatus::when_no_longer_preferred(*other);
            }
        }
        self.appraisals.entry(kind).or_default().status = OptionStatus::Preferred;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(value: u8) -> Score {
        Score::new(value).expect("valid score")
    }

    #[test]
    fn tiers_follow_the_thresholds() {
        let thresholds = TierThresholds::default();
        assert_eq!(thresholds.tier(score(5), score(4)), Tier::Tier1);
        assert_eq!(thresholds.tier(score(4), score(3)), Tier::Tier1);
        assert_eq!(thresholds.tier(score(4), score(2)), Tier::Tier2);
        assert_eq!(thresholds.tier(score(3), score(1)), Tier::Tier2);
        assert_eq!(thresholds.tier(score(2), score(5)), Tier::NotPrioritised);
        let strict = TierThresholds {
            tier1_min_fit: 5,
            tier1_min_practicality: 5,
            tier2_min_fit: 4,
        };
        assert_eq!(strict.tier(score(4), score(4)), Tier::Tier2);
    }

    #[test]
    fn scores_outside_one_to_five_are_refused() {
        assert!(Score::new(0).is_none());
        assert!(Score::new(6).is_none());
        assert_eq!(Score::try_from(3).map(Score::value), Ok(3));
    }

    #[test]
    fn only_one_option_is_ever_preferred() {
        let mut options = Options::default();
        options.set_preferred(OptionKind::LeadForce);
        options.set_preferred(OptionKind::JointVenture);
        assert_eq!(options.preferred(), Some(OptionKind::JointVenture));
        assert_eq!(
            options.appraisals[&OptionKind::LeadForce].status,
            OptionStatus::Shortlisted
        );
        options.set_preferred(OptionKind::BusinessAsUsual);
        options.set_preferred(OptionKind::LeadForce);
        assert_eq!(
            options.appraisals[&OptionKind::BusinessAsUsual].status,
            OptionStatus::Baseline
        );
    }

    #[test]
    fn business_as_usual_is_the_baseline_unless_it_is_preferred() {
        let mut options = Options::default();
        assert_eq!(
            options.appraisals[&OptionKind::BusinessAsUsual].status,
            OptionStatus::Baseline
        );
        options
            .appraisals
            .get_mut(&OptionKind::BusinessAsUsual)
            .expect("present")
            .status = OptionStatus::RuledOut;
        options.normalise();
        assert_eq!(
            options.appraisals[&OptionKind::BusinessAsUsual].status,
            OptionStatus::Baseline
        );
        assert!(OptionStatus::Baseline.is_shortlisted());
        assert!(!OptionStatus::RuledOut.is_shortlisted());
    }
}
