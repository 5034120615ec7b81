//! What the paper's legal implications section needs from the user: who signs and what is
//! delegated to whom, and how each of the main risks of legal challenge is met. The powers
//! relied on, accountability and the agreement's key terms come from the rest of the case
//! (the commercial route, the governance items, the partners).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A main risk of legal challenge a monitoring officer looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Challenge {
    /// Judicial review of the decision, on the equality duty or on consultation.
    JudicialReview,
    /// A supplier's challenge under procurement law (remedies under the Procurement Act 2023).
    ProcurementRemedies,
    /// Employment claims by staff or officers (unfair dismissal, a failure to inform and
    /// consult, discrimination).
    EmploymentClaims,
    /// Enforcement by the Information Commissioner.
    IcoEnforcement,
}

impl Challenge {
    /// Every risk, in the order the paper sets them out.
    pub const ALL: [Challenge; 4] = [
        Challenge::JudicialReview,
        Challenge::ProcurementRemedies,
        Challenge::EmploymentClaims,
        Challenge::IcoEnforcement,
    ];

    /// The risk's name.
    pub fn label(self) -> &'static str {
        match self {
            Challenge::JudicialReview => "Judicial review (equality duty or consultation)",
            Challenge::ProcurementRemedies => "Procurement challenge",
            Challenge::EmploymentClaims => "Employment claims",
            Challenge::IcoEnforcement => "Information Commissioner enforcement",
        }
    }

    /// What the field asks, for the form's hint.
    pub fn question(self) -> &'static str {
        match self {
            Challenge::JudicialReview => {
                "How each decision maker has due regard before deciding, and how consultation was fair and taken into account"
            }
            Challenge::ProcurementRemedies => {
                "Why no supplier could challenge: the threshold or exemption reasoning, or the procurement run"
            }
            Challenge::EmploymentClaims => {
                "How staff transfers, consultation and any redundancies are handled lawfully"
            }
            Challenge::IcoEnforcement => {
                "The impact assessments, sharing agreements and contracts in place before processing starts"
            }
        }
    }
}

/// The user's part of the legal implications section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Legal {
    /// Who signs the agreement for each party, and any delegation of a decision, naming whose
    /// power is delegated and to whom.
    pub delegations: String,
    /// How each risk of challenge is met; [`Legal::normalise`] keeps every risk present.
    pub challenges: BTreeMap<Challenge, String>,
}

impl Default for Legal {
    fn default() -> Self {
        let mut legal = Legal {
            delegations: String::new(),
            challenges: BTreeMap::new(),
        };
        legal.normalise();
        legal
    }
}

impl Legal {
    /// Makes sure every risk of challenge has an entry.
    pub fn normalise(&mut self) {
        for challenge in Challenge::ALL {
            self.challenges.entry(challenge).or_default();
        }
    }

    /// How the case meets `challenge`, as written.
    pub fn answer(&self, challenge: Challenge) -> &str {
        self.challenges.get(&challenge).map_or("", String::as_str)
    }
}
