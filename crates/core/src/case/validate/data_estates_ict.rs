//! Data protection, estates and ICT: for each dataset a regime, a controller, an arrangement
//! for joint controllers and a contract for processors, never one party in two roles, an impact
//! assessment and, where high risk remains, the ICO consulted first; the sites and systems
//! affected, and security accreditation.

use std::collections::BTreeMap;

use super::{Anchor, DatasetField as F, Findings, PartyField, Severity, blank, expected};
use crate::case::Case;
use crate::case::data_protection::{DataRole, Dataset, DpiaStatus, PriorConsultation, Regime};

pub(super) fn check(case: &Case, out: &mut Findings) {
    let missing = expected(case);
    let data = &case.data_protection;
    if data.datasets.is_empty() {
        out.push(
            missing,
            Anchor::Datasets,
            "List each dataset the collaboration shares or processes, with each party's role.",
        );
    }
    let partners = partner_names(case);
    for (index, dataset) in data.datasets.iter().enumerate() {
        check_dataset(index, dataset, &partners, missing, out);
    }

    let estates = &case.estates_ict;
    if estates.sites.is_empty() && blank(&estates.estates_notes) {
        out.push(
            missing,
            Anchor::Sites,
            "List the sites that open, close or change use, or say in the estates notes that there are none.",
        );
    }
    for (i, site) in estates.sites.iter().enumerate() {
        if blank(&site.name) {
            out.error(Anchor::Site(i), format!("Site {} has no name.", i + 1));
        } else if site.when.is_none() {
            out.warning(
                Anchor::Site(i),
                format!(
                    "Say when {} {}.",
                    site.name.trim(),
                    site.change.label().to_lowercase()
                ),
            );
        }
    }
    if estates.systems.is_empty() && blank(&estates.ict_notes) {
        out.push(
            missing,
            Anchor::Systems,
            "List the systems that are joined, migrated or retired, or say in the ICT notes that there are none.",
        );
    }
    for (i, system) in estates.systems.iter().enumerate() {
        if blank(&system.name) {
            out.error(Anchor::System(i), format!("System {} has no name.", i + 1));
        }
    }
    if !estates.systems.is_empty() && blank(&estates.accreditation) {
        out.warning(
            Anchor::Accreditation,
            "Say how the systems will be security assessed and accredited before they hold live data, and by whom.",
        );
    }
}

/// Everyone who can hold a role for a dataset: the forces, their policing bodies and the
/// other partners, by name.
fn partner_names(case: &Case) -> Vec<&str> {
    let partners = &case.partners;
    partners
        .forces
        .iter()
        .flat_map(|force| [force.name.as_str(), force.policing_body.as_str()])
        .chain(partners.others.iter().map(|other| other.name.as_str()))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect()
}

fn check_dataset(
    index: usize,
    dataset: &Dataset,
    partners: &[&str],
    missing: Severity,
    out: &mut Findings,
) {
    let name = if blank(&dataset.name) {
        out.error(
            Anchor::Dataset(index, F::Name),
            format!("Dataset {} has no name.", index + 1),
        );
        format!("dataset {}", index + 1)
    } else {
        dataset.name.trim().to_owned()
    };
    let regime = dataset.regime;
    if dataset.parties.is_empty() {
        out.error(
            Anchor::Dataset(index, F::Parties),
            format!("Say who controls {name}, and who processes it."),
        );
    }
    // Each party's roles, so one party in two roles is refused at its second row.
    let mut roles: BTreeMap<&str, (usize, DataRole)> = BTreeMap::new();
    for (row, party) in dataset.parties.iter().enumerate() {
        let anchor = Anchor::DatasetParty(index, row, PartyField::Party);
        let document = Anchor::DatasetParty(index, row, PartyField::Document);
        let who = party.party.trim();
        if who.is_empty() {
            out.error(anchor, format!("{name}: party {} is not named.", row + 1));
            continue;
        }
        // A processor is often a supplier rather than a partner; a controller is a party.
        if party.role != DataRole::Processor
            && !partners
                .iter()
                .any(|partner| partner.eq_ignore_ascii_case(who))
        {
            out.warning(
                anchor,
                format!("{name}: {who} is a controller but not one of the partners: name it as the partners list does, or add it on the Front sheet and partners step."),
            );
        }
        match roles.get(who) {
            Some((_, earlier)) if *earlier == party.role => out.warning(
                anchor,
                format!("{name}: {who} is listed twice as {}.", party.role.label().to_lowercase()),
            ),
            Some((_, earlier)) => out.error(
                anchor,
                format!(
                    "{name}: {who} cannot be both {} and {}. A processor acts only on a controller's instructions; a party that decides why and how the data is used is a controller.",
                    earlier.label().to_lowercase(),
                    party.role.label().to_lowercase()
                ),
            ),
            None => {
                roles.insert(who, (row, party.role));
            }
        }
        if blank(&party.document) {
            match party.role {
                DataRole::JointController => out.error(
                    document,
                    format!("{name}: {who} is a joint controller, so the joint controllers need an arrangement ({}): say what it is.", regime.joint_controller_provision()),
                ),
                DataRole::Processor => out.error(
                    document,
                    format!("{name}: {who} is a processor, so it needs a contract ({}): say what it is.", regime.processor_provision()),
                ),
                DataRole::Controller => {}
            }
        }
    }
    let count = |role: DataRole| roles.values().filter(|(_, r)| *r == role).count();
    let controllers = count(DataRole::Controller) + count(DataRole::JointController);
    // Only named parties count: an unnamed party has its own finding, and a party whose
    // name is still to come says nothing about who processes the data.
    if count(DataRole::Processor) > 0 && controllers == 0 {
        out.error(
            Anchor::Dataset(index, F::Parties),
            format!(
                "{name} has processors but no controller: say who decides why and how it is used."
            ),
        );
    }
    if let Some((row, _)) = roles
        .values()
        .find(|(_, role)| *role == DataRole::JointController)
        .filter(|_| count(DataRole::JointController) == 1)
    {
        out.error(
            Anchor::DatasetParty(index, *row, PartyField::Party),
            format!("{name} has only one joint controller: joint controllers decide together, so name the other, or make this party the controller."),
        );
    }
    let dpia = Anchor::Dataset(index, F::Dpia);
    match dataset.dpia {
        DpiaStatus::NotStarted => out.push(
            missing,
            dpia,
            format!(
                "Start the data protection impact assessment for {name} ({}).",
                regime.impact_assessment_provision()
            ),
        ),
        DpiaStatus::InProgress | DpiaStatus::Completed if dataset.dpia_date.is_none() => {
            let when = if dataset.dpia == DpiaStatus::Completed {
                "was completed"
            } else {
                "is due"
            };
            out.warning(
                Anchor::Dataset(index, F::DpiaDate),
                format!("Give the date the impact assessment for {name} {when}."),
            );
        }
        _ => {}
    }
    if dataset.prior_consultation == PriorConsultation::Needed {
        out.warning(
            Anchor::Dataset(index, F::PriorConsultation),
            format!(
                "{name}: {}, so the ICO must be consulted before the processing starts ({}).",
                regime.prior_consultation_test(),
                regime.prior_consultation_provision()
            ),
        );
    }
    if dataset.prior_consultation != PriorConsultation::NotNeeded
        && matches!(dataset.dpia, DpiaStatus::NotRequired)
    {
        out.error(
            Anchor::Dataset(index, F::Dpia),
            format!("{name}: prior consultation with the ICO follows an impact assessment that finds high risk ({}), but the assessment is marked not required.", regime.impact_assessment_provision()),
        );
    }
    if regime == Regime::LawEnforcement
        && dataset.dpia == DpiaStatus::NotRequired
        && dataset.parties.len() > 1
    {
        out.error(
            Anchor::Dataset(index, F::Dpia),
            format!("{name}: law enforcement data shared between forces under a new collaboration is processing likely to result in a high risk, so it needs an impact assessment ({}); it cannot be screened out.", regime.impact_assessment_provision()),
        );
    }
}
