//! The parties to the collaboration: police forces and any non-police partners.

use serde::{Deserialize, Serialize};

use super::money::{Money, Percent};

/// Where a force is, which decides whether the Welsh Language Standards apply.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Nation {
    /// A force in England.
    #[default]
    England,
    /// A force in Wales: the Welsh Language Standards apply to the case.
    Wales,
}

impl Nation {
    /// Both nations, in picker order.
    pub const ALL: [Nation; 2] = [Nation::England, Nation::Wales];

    /// The nation's name.
    pub fn label(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
        }
    }

    /// The nation a force's name places it in: Wales for the four Welsh forces (Dyfed-Powys,
    /// Gwent, North Wales and South Wales, in English or Welsh, with or without "Police"),
    /// `None` for any other name, which says nothing for certain (England has 39 forces, and a
    /// half-typed name is not yet a force).
    pub fn of_force(name: &str) -> Option<Nation> {
        let words: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let words: Vec<&str> = words.split_whitespace().collect();
        let has = |phrase: &[&str]| words.windows(phrase.len()).any(|w| w == phrase);
        const WELSH: [&[&str]; 6] = [
            &["dyfed", "powys"],
            &["gwent"],
            &["north", "wales"],
            &["south", "wales"],
            &["gogledd", "cymru"],
            &["de", "cymru"],
        ];
        WELSH
            .iter()
            .any(|phrase| has(phrase))
            .then_some(Nation::Wales)
    }
}

/// The kind of local policing body that maintains a force, which decides the office that
/// takes the decision and signs the agreement (the reference notes' "who decides").
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum PolicingBodyKind {
    /// A Police and Crime Commissioner (most areas).
    #[default]
    Pcc,
    /// A Police, Fire and Crime Commissioner (e.g. Cumbria since 2021).
    Pfcc,
    /// A mayor who holds the PCC's functions (Greater Manchester, West Yorkshire and other
    /// mayoral areas), usually deciding through a deputy mayor for policing and crime.
    Mayor,
    /// The Mayor's Office for Policing and Crime in London, whose decisions the Deputy Mayor
    /// for Policing and Crime takes under delegation.
    Mopac,
    /// The Common Council of the City of London, the policing body for the City of London
    /// Police.
    CommonCouncil,
}

impl PolicingBodyKind {
    /// Every kind, in picker order.
    pub const ALL: [PolicingBodyKind; 5] = [
        PolicingBodyKind::Pcc,
        PolicingBodyKind::Pfcc,
        PolicingBodyKind::Mayor,
        PolicingBodyKind::Mopac,
        PolicingBodyKind::CommonCouncil,
    ];

    /// The kind as a picker shows it.
    pub fn label(self) -> &'static str {
        match self {
            PolicingBodyKind::Pcc => "Police and Crime Commissioner",
            PolicingBodyKind::Pfcc => "Police, Fire and Crime Commissioner",
            PolicingBodyKind::Mayor => "Mayor (PCC functions)",
            PolicingBodyKind::Mopac => "Mayor's Office for Policing and Crime",
            PolicingBodyKind::CommonCouncil => "Common Council of the City of London",
        }
    }

    /// The office that takes the decision, as the recommendations and decision records name
    /// it: "the Police and Crime Commissioner", "the Deputy Mayor for Policing and Crime".
    pub fn office(self) -> &'static str {
        match self {
            PolicingBodyKind::Pcc => "the Police and Crime Commissioner",
            PolicingBodyKind::Pfcc => "the Police, Fire and Crime Commissioner",
            PolicingBodyKind::Mayor => "the Mayor",
            PolicingBodyKind::Mopac => "the Deputy Mayor for Policing and Crime",
            PolicingBodyKind::CommonCouncil => "the Court of Common Council",
        }
    }

    /// The office in the plural, for a sentence naming several bodies of one kind.
    pub fn offices(self) -> &'static str {
        match self {
            PolicingBodyKind::Pcc => "the Police and Crime Commissioners",
            PolicingBodyKind::Pfcc => "the Police, Fire and Crime Commissioners",
            PolicingBodyKind::Mayor => "the Mayors",
            PolicingBodyKind::Mopac => "the Deputy Mayor for Policing and Crime",
            PolicingBodyKind::CommonCouncil => "the Court of Common Council",
        }
    }

    /// Whether the office is one the government's announced abolition of PCCs from 2028
    /// would replace, so a long agreement needs terms for its successor.
    pub fn is_commissioner(self) -> bool {
        matches!(self, PolicingBodyKind::Pcc | PolicingBodyKind::Pfcc)
    }
}

/// A police force that is a party to the collaboration agreement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Force {
    /// The force's stable id ("cumbria-constabulary"), made from its first name and kept
    /// through renames and reordering, so a live figure in the text
    /// ([`crate::case::figures`]) names the force however it is later called.
    pub id: String,
    /// The force's name, e.g. "Cumbria Constabulary".
    pub name: String,
    /// The policing body: the PCC (or mayor) who is also a party, e.g. "Cumbria PCC".
    pub policing_body: String,
    /// What kind of policing body it is, which names the office that decides and signs.
    pub body_kind: PolicingBodyKind,
    /// The chief constable who signs for the force.
    pub chief_constable: String,
    /// The office holder who decides and signs for the policing body (the commissioner, the
    /// mayor or deputy mayor, or for the Common Council its signatory).
    pub commissioner: String,
    /// Annual revenue budget, the default basis for sharing costs and savings.
    pub annual_revenue_budget: Money,
    /// England or Wales.
    pub nation: Nation,
    /// This force's share when the split method is custom; ignored otherwise.
    pub custom_share: Percent,
}

impl Force {
    /// Keeps the force's nation in step with a name just typed (its name was `old_name`): a
    /// Welsh force's name sets Wales, so the Welsh Language Standards are not missed for
    /// Dyfed-Powys or North Wales; renaming a force away from a Welsh name puts back England,
    /// the default, if Wales came from the old name. Any other choice the user made stands.
    pub fn infer_nation(&mut self, old_name: &str) {
        match Nation::of_force(&self.name) {
            Some(nation) => self.nation = nation,
            None if Nation::of_force(old_name) == Some(self.nation) => {
                self.nation = Nation::England;
            }
            None => {}
        }
    }

    /// The name to show for the force at `index` (0-based) in the partners list: its name,
    /// or "Force 2" while it has none, so every list, message and table names it the same way.
    pub fn display_name(&self, index: usize) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            format!("Force {}", index + 1)
        } else {
            name.to_owned()
        }
    }

    /// The policing body as the paper and the checks name it: as the user wrote it, or
    /// "North Force's policing body" while it has no name.
    pub fn body_name(&self, index: usize) -> String {
        let body = self.policing_body.trim();
        if body.is_empty() {
            format!("{}'s policing body", self.display_name(index))
        } else {
            body.to_owned()
        }
    }
}

/// A name as lower-case words joined by hyphens, for ids: "Avon & Somerset" → "avon-somerset";
/// `None` for a name with no letters or digits.
fn slug(name: &str) -> Option<String> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}

/// The kind of organisation a non-police partner is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum PartnerKind {
    /// A county, district or unitary council.
    LocalAuthority,
    /// A fire and rescue service or authority.
    FireAndRescue,
    /// An NHS body or ambulance service.
    Health,
    /// Any other public body (a national agency, the Home Office, a university).
    #[default]
    OtherPublicBody,
    /// A private company, typically an outsourcing provider.
    PrivateSector,
    /// A charity or voluntary organisation.
    Voluntary,
}

impl PartnerKind {
    /// Every kind, in picker order.
    pub const ALL: [PartnerKind; 6] = [
        PartnerKind::LocalAuthority,
        PartnerKind::FireAndRescue,
        PartnerKind::Health,
        PartnerKind::OtherPublicBody,
        PartnerKind::PrivateSector,
        PartnerKind::Voluntary,
    ];

    /// The kind's name.
    pub fn label(self) -> &'static str {
        match self {
            PartnerKind::LocalAuthority => "Local authority",
            PartnerKind::FireAndRescue => "Fire and rescue",
            PartnerKind::Health => "Health",
            PartnerKind::OtherPublicBody => "Other public body",
            PartnerKind::PrivateSector => "Private sector",
            PartnerKind::Voluntary => "Voluntary sector",
        }
    }
}

/// An organisation that takes part but is not a police force (and so is not a party to a
/// section 22A agreement, though it may be to a separate contract).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OtherPartner {
    /// The organisation's name.
    pub name: String,
    /// What kind of organisation it is.
    pub kind: PartnerKind,
    /// Its part in the collaboration.
    pub role: String,
}

/// Everyone taking part.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partners {
    /// The police forces, in the order the paper lists them.
    pub forces: Vec<Force>,
    /// Index into `forces` of the force that leads (hosts the service or chairs the work).
    pub lead_force: Option<usize>,
    /// Non-police partners.
    pub others: Vec<OtherPartner>,
}

impl Partners {
    /// Gives every force without an id one made from its name ("Cumbria Constabulary" →
    /// "cumbria-constabulary"), unique in the case, and gives a
    /// second force with a copied id a new one. A force with neither name nor id waits for its
    /// name. Ids once given never change.
    pub fn assign_force_ids(&mut self) {
        let mut taken: Vec<String> = Vec::new();
        for i in 0..self.forces.len() {
            let id = self.forces[i].id.trim().to_owned();
            if id.is_empty() && self.forces[i].name.trim().is_empty() {
                continue;
            }
            if id.is_empty() || taken.contains(&id) {
                let base = slug(&self.forces[i].name).unwrap_or_else(|| format!("force-{}", i + 1));
                let mut candidate = base.clone();
                let mut n = 2;
                while taken.contains(&candidate)
                    || self.forces[i + 1..]
                        .iter()
                        .any(|f| f.id.trim() == candidate)
                {
                    candidate = format!("{base}-{n}");
                    n += 1;
                }
                self.forces[i].id = candidate;
            }
            taken.push(self.forces[i].id.trim().to_owned());
        }
    }

    /// The force with stable id `id`, with its place in the list.
    pub fn force_by_id(&self, id: &str) -> Option<(usize, &Force)> {
        self.forces
            .iter()
            .enumerate()
            .find(|(_, force)| force.id == id)
    }

    /// Each force that has a name, with its index in the list: the forces whose rows,
    /// records and leads the other steps keep by name.
    pub fn named(&self) -> impl Iterator<Item = (usize, &str)> {
        self.forces
            .iter()
            .enumerate()
            .map(|(i, force)| (i, force.name.trim()))
            .filter(|(_, name)| !name.is_empty())
    }

    /// The lead force, if one is chosen and the index is still valid.
    pub fn lead(&self) -> Option<&Force> {
        self.lead_force.and_then(|index| self.forces.get(index))
    }

    /// Removes a force and keeps the lead pointing at the same force (or at none, if the
    /// lead itself was removed), so the UI cannot leave a dangling index behind.
    pub fn remove_force(&mut self, index: usize) -> Option<Force> {
        if index >= self.forces.len() {
            return None;
        }
        let removed = self.forces.remove(index);
        self.lead_force = match self.lead_force {
            Some(lead) if lead == index => None,
            Some(lead) if lead > index => Some(lead - 1),
            other => other,
        };
        Some(removed)
    }

    /// Swaps two forces, keeping the lead with its force.
    pub fn swap_forces(&mut self, a: usize, b: usize) {
        if a >= self.forces.len() || b >= self.forces.len() {
            return;
        }
        self.forces.swap(a, b);
        self.lead_force = self.lead_force.map(|lead| {
            if lead == a {
                b
            } else if lead == b {
                a
            } else {
                lead
            }
        });
    }

    /// The offices that decide for the policing bodies, as one phrase: "the Police and Crime
    /// Commissioners", or "the Police, Fire and Crime Commissioner and the Police and Crime
    /// Commissioner" when the kinds differ. Falls back to "the policing bodies" with no forces.
    pub fn deciding_offices(&self) -> String {
        let mut kinds: Vec<PolicingBodyKind> = Vec::new();
        for force in &self.forces {
            if !kinds.contains(&force.body_kind) {
                kinds.push(force.body_kind);
            }
        }
        let count = |kind: PolicingBodyKind| {
            self.forces
                .iter()
                .filter(|force| force.body_kind == kind)
                .count()
        };
        let names: Vec<&str> = kinds
            .iter()
            .map(|kind| {
                if count(*kind) > 1 {
                    kind.offices()
                } else {
                    kind.office()
                }
            })
            .collect();
        match names.as_slice() {
            [] => "the policing bodies".to_owned(),
            [only] => (*only).to_owned(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    /// Whether any force is Welsh, which brings in the Welsh Language Standards.
    pub fn includes_welsh_force(&self) -> bool {
        self.forces
            .iter()
            .any(|force| force.nation == Nation::Wales)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_welsh_force_is_known_by_its_name() {
        for name in [
            "Dyfed-Powys Police",
            "Heddlu Dyfed Powys",
            "Gwent Police",
            "North Wales Police",
            "Heddlu Gogledd Cymru",
            "South Wales Police",
            "Heddlu De Cymru",
        ] {
            assert_eq!(Nation::of_force(name), Some(Nation::Wales), "{name}");
        }
        for name in ["", "North", "Cumbria Constabulary", "Gwentshire", "Wales"] {
            assert_eq!(Nation::of_force(name), None, "{name}");
        }
        let mut force = named("North Wales Police");
        force.infer_nation("North Wal");
        assert_eq!(force.nation, Nation::Wales);
        force.name = "Northumbria Police".into();
        force.infer_nation("North Wales Police");
        assert_eq!(force.nation, Nation::England, "back to the default");
        force.nation = Nation::Wales;
        force.name = "Northumbria Police Force".into();
        force.infer_nation("Northumbria Police");
        assert_eq!(force.nation, Nation::Wales, "the user's own choice stands");
    }

    #[test]
    fn a_force_without_a_name_is_named_by_its_place() {
        assert_eq!(named("  ").display_name(1), "Force 2");
        assert_eq!(named(" Gwent Police ").display_name(0), "Gwent Police");
    }

    fn named(name: &str) -> Force {
        Force {
            name: name.into(),
            ..Force::default()
        }
    }

    #[test]
    fn the_deciding_offices_are_named_as_they_are() {
        let with = |kinds: &[PolicingBodyKind]| Partners {
            forces: kinds
                .iter()
                .map(|kind| Force {
                    body_kind: *kind,
                    ..Force::default()
                })
                .collect(),
            ..Partners::default()
        };
        assert_eq!(
            with(&[PolicingBodyKind::Pcc, PolicingBodyKind::Pcc]).deciding_offices(),
            "the Police and Crime Commissioners"
        );
        assert_eq!(
            with(&[PolicingBodyKind::Pfcc, PolicingBodyKind::Pcc]).deciding_offices(),
            "the Police, Fire and Crime Commissioner and the Police and Crime Commissioner"
        );
        assert_eq!(
            with(&[PolicingBodyKind::Mopac, PolicingBodyKind::CommonCouncil]).deciding_offices(),
            "the Deputy Mayor for Policing and Crime and the Court of Common Council"
        );
        assert_eq!(
            with(&[PolicingBodyKind::Mayor]).deciding_offices(),
            "the Mayor"
        );
        assert_eq!(with(&[]).deciding_offices(), "the policing bodies");
    }

    #[test]
    fn removing_a_force_keeps_the_lead_on_the_same_force() {
        let mut partners = Partners {
            forces: vec![named("A"), named("B"), named("C")],
            lead_force: Some(2),
            others: vec![],
        };
        partners.remove_force(0);
        assert_eq!(partners.lead().map(|f| f.name.as_str()), Some("C"));
        partners.remove_force(1);
        assert_eq!(partners.lead_force, None);
        assert!(partners.remove_force(5).is_none());
    }

    #[test]
    fn swapping_forces_keeps_the_lead_with_its_force() {
        let mut partners = Partners {
            forces: vec![named("A"), named("B")],
            lead_force: Some(0),
            others: vec![],
        };
        partners.swap_forces(0, 1);
        assert_eq!(partners.lead().map(|f| f.name.as_str()), Some("A"));
    }
}
