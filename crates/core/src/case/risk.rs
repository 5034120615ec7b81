//! The risk register: scoring on the force's matrix, ratings from the force's own thresholds,
//! and the risks the source documents say collaborations commonly meet.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The size of the likelihood × impact matrix. Most forces use 5×5; some use 4×4.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum MatrixScale {
    /// Likelihood and impact from 1 to 5 (scores 1–25).
    #[default]
    FiveByFive,
    /// Likelihood and impact from 1 to 4 (scores 1–16).
    FourByFour,
}

impl MatrixScale {
    /// Both scales, in picker order.
    pub const ALL: [MatrixScale; 2] = [MatrixScale::FiveByFive, MatrixScale::FourByFour];

    /// The highest likelihood or impact on this scale.
    pub fn max(self) -> u8 {
        match self {
            MatrixScale::FiveByFive => 5,
            MatrixScale::FourByFour => 4,
        }
    }

    /// The scale's name.
    pub fn label(self) -> &'static str {
        match self {
            MatrixScale::FiveByFive => "5 × 5",
            MatrixScale::FourByFour => "4 × 4",
        }
    }

    /// The thresholds most forces use on this scale.
    pub fn default_thresholds(self) -> RatingThresholds {
        match self {
            MatrixScale::FiveByFive => RatingThresholds {
                medium_from: 5,
                high_from: 10,
                very_high_from: 15,
            },
            MatrixScale::FourByFour => RatingThresholds {
                medium_from: 4,
                high_from: 8,
                very_high_from: 12,
            },
        }
    }
}

/// A risk's rating band, from its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rating {
    /// Below the medium threshold.
    Low,
    /// At or above the medium threshold.
    Medium,
    /// At or above the high threshold: needs an owner and mitigation.
    High,
    /// At or above the very-high threshold.
    VeryHigh,
}

impl Rating {
    /// Every band, lowest first.
    pub const ALL: [Rating; 4] = [Rating::Low, Rating::Medium, Rating::High, Rating::VeryHigh];

    /// The rating as a word.
    pub fn label(self) -> &'static str {
        match self {
            Rating::Low => "Low",
            Rating::Medium => "Medium",
            Rating::High => "High",
            Rating::VeryHigh => "Very high",
        }
    }
}

/// The lowest score in each band above Low. Forces set their own, so these are settings of
/// the case rather than constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingThresholds {
    /// Lowest Medium score.
    pub medium_from: u8,
    /// Lowest High score.
    pub high_from: u8,
    /// Lowest Very high score.
    pub very_high_from: u8,
}

impl Default for RatingThresholds {
    fn default() -> Self {
        MatrixScale::FiveByFive.default_thresholds()
    }
}

impl RatingThresholds {
    /// The rating for a score.
    pub fn rate(&self, score: u8) -> Rating {
        if score >= self.very_high_from {
            Rating::VeryHigh
        } else if score >= self.high_from {
            Rating::High
        } else if score >= self.medium_from {
            Rating::Medium
        } else {
            Rating::Low
        }
    }

    /// Whether the bands climb in order (medium < high < very high), as they must.
    pub fn are_ordered(&self) -> bool {
        0 < self.medium_from
            && self.medium_from < self.high_from
            && self.high_from < self.very_high_from
    }
}

/// How a risk's scale and bands are set for this case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskSettings {
    /// The matrix size.
    pub scale: MatrixScale,
    /// The rating bands.
    pub thresholds: RatingThresholds,
}

impl RiskSettings {
    /// The rating of a cell of the matrix (likelihood, impact) on these bands: what a risk
    /// scored there is rated, so the step's heat map, the paper's and the register agree.
    pub fn rate_cell(&self, likelihood: u8, impact: u8) -> Rating {
        self.thresholds.rate(score_of(likelihood, impact))
    }
}

/// Whether a likelihood or an impact lies on a matrix of `scale` (1 to its size).
fn on_scale(value: u8, scale: MatrixScale) -> bool {
    (1..=scale.max()).contains(&value)
}

/// A score: likelihood × impact, the one product every rating is read from.
pub fn score_of(likelihood: u8, impact: u8) -> u8 {
    likelihood.saturating_mul(impact)
}

/// The kind of risk, for grouping the register.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RiskCategory {
    /// Strategic direction and priorities.
    #[default]
    Strategic,
    /// Day-to-day service delivery.
    Operational,
    /// Money: costs, savings, how they are shared.
    Financial,
    /// Officers and staff: terms and conditions, morale, skills.
    Workforce,
    /// ICT and information systems.
    Technology,
    /// Law, accountability and governance.
    LegalAndGovernance,
    /// Public confidence and reputation.
    Reputational,
    /// Relationships between the partners.
    Partnership,
    /// Delivering the change itself.
    Delivery,
}

impl RiskCategory {
    /// Every category, in picker order.
    pub const ALL: [RiskCategory; 9] = [
        RiskCategory::Strategic,
        RiskCategory::Operational,
        RiskCategory::Financial,
        RiskCategory::Workforce,
        RiskCategory::Technology,
        RiskCategory::LegalAndGovernance,
        RiskCategory::Reputational,
        RiskCategory::Partnership,
        RiskCategory::Delivery,
    ];

    /// The category's name.
    pub fn label(self) -> &'static str {
        match self {
            RiskCategory::Strategic => "Strategic",
            RiskCategory::Operational => "Operational",
            RiskCategory::Financial => "Financial",
            RiskCategory::Workforce => "Workforce",
            RiskCategory::Technology => "Technology",
            RiskCategory::LegalAndGovernance => "Legal and governance",
            RiskCategory::Reputational => "Reputational",
            RiskCategory::Partnership => "Partnership",
            RiskCategory::Delivery => "Delivery",
        }
    }
}

/// The HM Treasury Orange Book's four responses to a risk.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RiskResponse {
    /// Accept it as it is.
    Tolerate,
    /// Act to reduce likelihood or impact.
    #[default]
    Treat,
    /// Pass it to someone better placed (insurance, a contract).
    Transfer,
    /// Stop the activity that causes it.
    Terminate,
}

impl RiskResponse {
    /// All four, in the Orange Book's order.
    pub const ALL: [RiskResponse; 4] = [
        RiskResponse::Tolerate,
        RiskResponse::Treat,
        RiskResponse::Transfer,
        RiskResponse::Terminate,
    ];

    /// The response as a word.
    pub fn label(self) -> &'static str {
        match self {
            RiskResponse::Tolerate => "Tolerate",
            RiskResponse::Treat => "Treat",
            RiskResponse::Transfer => "Transfer",
            RiskResponse::Terminate => "Terminate",
        }
    }
}

/// One entry of the risk register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Risk {
    /// The register reference, e.g. "R07".
    pub id: String,
    /// A short title.
    pub title: String,
    /// Cause, event and effect.
    pub description: String,
    /// The kind of risk.
    pub category: RiskCategory,
    /// Inherent likelihood, 1 to the scale's maximum.
    pub likelihood: u8,
    /// Inherent impact, 1 to the scale's maximum.
    pub impact: u8,
    /// Who owns the risk (a role, not only a name).
    pub owner: String,
    /// The Orange Book response.
    pub response: RiskResponse,
    /// Controls and mitigation.
    pub mitigation: String,
    /// Likelihood after mitigation.
    pub residual_likelihood: u8,
    /// Impact after mitigation.
    pub residual_impact: u8,
    /// When the risk is next reviewed.
    pub review_date: Option<NaiveDate>,
    /// Its cost, where it can be quantified: the financial case's risk-adjusted view counts
    /// its expected cost.
    pub cost: Option<crate::case::finance::RiskCost>,
}

impl Default for Risk {
    fn default() -> Self {
        Risk {
            id: String::new(),
            title: String::new(),
            description: String::new(),
            category: RiskCategory::default(),
            likelihood: 3,
            impact: 3,
            owner: String::new(),
            response: RiskResponse::default(),
            mitigation: String::new(),
            residual_likelihood: 2,
            residual_impact: 2,
            cost: None,
            review_date: None,
        }
    }
}

impl Risk {
    /// Inherent score: likelihood × impact.
    pub fn score(&self) -> u8 {
        score_of(self.likelihood, self.impact)
    }

    /// Residual score after mitigation.
    pub fn residual_score(&self) -> u8 {
        score_of(self.residual_likelihood, self.residual_impact)
    }

    /// Whether all four scores (inherent and residual likelihood and impact) lie on the
    /// matrix. A risk that does not cannot be rated; validation, the Risks step and the paper
    /// all ask this one question.
    pub fn is_on_scale(&self, scale: MatrixScale) -> bool {
        self.is_inherently_on_scale(scale)
            && [self.residual_likelihood, self.residual_impact]
                .iter()
                .all(|value| on_scale(*value, scale))
    }

    /// Whether the inherent likelihood and impact lie on the matrix: the risks the heat map
    /// (which plots inherent scores) can place.
    pub fn is_inherently_on_scale(&self, scale: MatrixScale) -> bool {
        on_scale(self.likelihood, scale) && on_scale(self.impact, scale)
    }

    /// Whether the inherent likelihood and impact fall in the heat map's cell
    /// (likelihood, impact).
    pub fn is_in_cell(&self, (likelihood, impact): (u8, u8)) -> bool {
        self.likelihood == likelihood && self.impact == impact
    }
}

/// The register and its settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskRegister {
    /// Matrix scale and rating bands.
    pub settings: RiskSettings,
    /// The risks, in register order.
    pub risks: Vec<Risk>,
}

impl RiskRegister {
    /// How many risks have a score off the matrix (see [`Risk::is_on_scale`]).
    pub fn out_of_scale(&self) -> usize {
        let scale = self.settings.scale;
        self.risks
            .iter()
            .filter(|risk| !risk.is_on_scale(scale))
            .count()
    }

    /// The inherent rating of a risk on this register's bands.
    pub fn rating(&self, risk: &Risk) -> Rating {
        self.settings.thresholds.rate(risk.score())
    }

    /// The residual rating of a risk on this register's bands.
    pub fn residual_rating(&self, risk: &Risk) -> Rating {
        self.settings.thresholds.rate(risk.residual_score())
    }

    /// How many risks have this inherent rating.
    pub fn count_rated(&self, rating: Rating) -> usize {
        self.risks
            .iter()
            .filter(|risk| self.rating(risk) == rating)
            .count()
    }

    /// The next free reference of the form "R01", "R02", ….
    pub fn next_id(&self) -> String {
        let highest = self
            .risks
            .iter()
            .filter_map(|risk| risk.id.strip_prefix('R')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("R{:02}", highest + 1)
    }

    /// Counts of risks in each cell of the inherent matrix, indexed `[likelihood-1][impact-1]`,
    /// for the heat map. Risks scored outside the scale are left out (validation reports them).
    pub fn heat_map(&self) -> Vec<Vec<usize>> {
        let scale = self.settings.scale;
        let size = usize::from(scale.max());
        let mut cells = vec![vec![0; size]; size];
        for risk in self
            .risks
            .iter()
            .filter(|risk| risk.is_inherently_on_scale(scale))
        {
            cells[usize::from(risk.likelihood) - 1][usize::from(risk.impact) - 1] += 1;
        }
        cells
    }

    /// How many risks the heat map leaves out: those whose inherent likelihood or impact is
    /// off the matrix (a risk with only its residual score off it is still in its cell).
    pub fn off_the_heat_map(&self) -> usize {
        let scale = self.settings.scale;
        self.risks
            .iter()
            .filter(|risk| !risk.is_inherently_on_scale(scale))
            .count()
    }

    /// Adds a suggested risk with the next free reference.
    pub fn add_suggestion(&mut self, suggestion: &SuggestedRisk) {
        let scale_max = self.settings.scale.max();
        self.risks.push(Risk {
            id: self.next_id(),
            title: suggestion.title.to_owned(),
            description: suggestion.description.to_owned(),
            category: suggestion.category,
            likelihood: suggestion.likelihood.min(scale_max),
            impact: suggestion.impact.min(scale_max),
            mitigation: suggestion.mitigation.to_owned(),
            ..Risk::default()
        });
    }
}

/// A risk that the source documents say collaborations commonly meet, offered to the user as
/// a starting point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SuggestedRisk {
    /// A short title.
    pub title: &'static str,
    /// Cause, event and effect.
    pub description: &'static str,
    /// The kind of risk.
    pub category: RiskCategory,
    /// A typical starting likelihood.
    pub likelihood: u8,
    /// A typical starting impact.
    pub impact: u8,
    /// A typical mitigation, for the user to adapt.
    pub mitigation: &'static str,
}

/// Risks named in the source documents, in our own words.
pub const SUGGESTED_RISKS: [SuggestedRisk; 9] = [
    SuggestedRisk {
        title: "Differing local priorities and command structures",
        description: "The forces' local priorities and command structures pull the joint service in different directions, so tasking disputes delay decisions.",
        category: RiskCategory::Strategic,
        likelihood: 3,
        impact: 3,
        mitigation: "Agree a joint tasking process and escalation route in the collaboration agreement; review priorities at each governance board.",
    },
    SuggestedRisk {
        title: "Incompatible ICT and intelligence systems",
        description: "The forces' ICT and intelligence systems cannot exchange data, so staff re-key information and intelligence is missed.",
        category: RiskCategory::Technology,
        likelihood: 4,
        impact: 4,
        mitigation: "Complete an ICT compatibility assessment before go-live; fund interim interfaces; align procurement cycles.",
    },
    SuggestedRisk {
        title: "Disagreement over jointly bought equipment",
        description: "Ownership and replacement of jointly purchased equipment is unclear, leading to disputes on exit or renewal.",
        category: RiskCategory::Financial,
        likelihood: 2,
        impact: 3,
        mitigation: "Record asset ownership, depreciation and exit arrangements in the agreement's assets schedule.",
    },
    SuggestedRisk {
        title: "Staff terms and conditions",
        description: "Differences in officers' and staff terms and conditions cause grievances, equal-pay claims or loss of skilled staff.",
        category: RiskCategory::Workforce,
        likelihood: 3,
        impact: 4,
        mitigation: "Agree an HR protocol with staff associations and unions; consult early on any change to terms and conditions.",
    },
    SuggestedRisk {
        title: "Net donor syndrome",
        description: "A force sees only what it contributes, not what it gains, and withdraws support for the collaboration.",
        category: RiskCategory::Partnership,
        likelihood: 3,
        impact: 3,
        mitigation: "Report each force's net position to the governance board; agree the cost-sharing basis at the outset.",
    },
    SuggestedRisk {
        title: "Accountability of chief constable and PCC compromised",
        description: "Joint arrangements blur who answers for performance, weakening each PCC's ability to hold their chief constable to account.",
        category: RiskCategory::LegalAndGovernance,
        likelihood: 2,
        impact: 4,
        mitigation: "Set out direction and control and the joint accountability arrangements in the agreement; report performance to each PCC.",
    },
    SuggestedRisk {
        title: "National specialist role compromised",
        description: "A force's national or specialist role is diluted by the collaboration, reducing capability the wider service relies on.",
        category: RiskCategory::Operational,
        likelihood: 2,
        impact: 5,
        mitigation: "Ring-fence specialist capability in the service specification and consult the national lead before changes.",
    },
    SuggestedRisk {
        title: "Disruption to ongoing change programmes",
        description: "The collaboration competes for people and money with change programmes already under way in each force.",
        category: RiskCategory::Delivery,
        likelihood: 3,
        impact: 3,
        mitigation: "Align the implementation plan with each force's change portfolio; agree dedicated project resources.",
    },
    SuggestedRisk {
        title: "Sharing of savings disputed",
        description: "The forces disagree on how savings are shared, delaying decisions or unpicking the agreement.",
        category: RiskCategory::Financial,
        likelihood: 3,
        impact: 3,
        mitigation: "Agree the split method (normally by annual revenue budget) in the agreement and report savings by force.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_risk_is_on_the_scale_only_when_all_four_scores_are() {
        let mut register = RiskRegister::default();
        register.risks.push(Risk::default());
        register.risks.push(Risk {
            residual_impact: 0,
            ..Risk::default()
        });
        register.risks.push(Risk {
            likelihood: 5,
            ..Risk::default()
        });
        assert_eq!(register.out_of_scale(), 1);
        register.settings.scale = MatrixScale::FourByFour;
        assert_eq!(register.out_of_scale(), 2);
        assert!(register.risks[2].is_in_cell((5, 3)));
        assert_eq!(register.count_rated(Rating::Medium), 2);
        assert_eq!(register.rating(&register.risks[2]), Rating::VeryHigh);
    }

    #[test]
    fn ratings_follow_the_case_thresholds() {
        let t = RatingThresholds::default();
        assert_eq!(t.rate(4), Rating::Low);
        assert_eq!(t.rate(5), Rating::Medium);
        assert_eq!(t.rate(12), Rating::High);
        assert_eq!(t.rate(25), Rating::VeryHigh);
        let four = MatrixScale::FourByFour.default_thresholds();
        assert_eq!(four.rate(16), Rating::VeryHigh);
        assert_eq!(four.rate(8), Rating::High);
        assert!(t.are_ordered());
        assert!(
            !RatingThresholds {
                medium_from: 5,
                high_from: 5,
                very_high_from: 9
            }
            .are_ordered()
        );
    }

    #[test]
    fn heat_map_counts_each_cell_and_skips_out_of_scale_scores() {
        let mut register = RiskRegister::default();
        for (l, i) in [(1, 1), (5, 5), (5, 5), (6, 1)] {
            register.risks.push(Risk {
                likelihood: l,
                impact: i,
                ..Risk::default()
            });
        }
        let map = register.heat_map();
        assert_eq!(map[0][0], 1);
        assert_eq!(map[4][4], 2);
        assert_eq!(map.iter().flatten().sum::<usize>(), 3);
    }

    #[test]
    fn suggestions_get_the_next_reference_and_fit_the_scale() {
        let mut register = RiskRegister::default();
        register.risks.push(Risk {
            id: "R07".into(),
            ..Risk::default()
        });
        register.settings.scale = MatrixScale::FourByFour;
        register.add_suggestion(&SUGGESTED_RISKS[6]);
        let added = register.risks.last().expect("added");
        assert_eq!(added.id, "R08");
        assert_eq!(added.impact, 4);
    }
}
