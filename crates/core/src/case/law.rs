//! The statements of law the program prints as fixed text, each with its source.
//!
//! A committee paper is read by a monitoring officer before it is signed, so every sentence
//! that states the law is kept here, once, beside the Act and section (or the guidance) it
//! rests on. The paper prints [`Statement::cited`], the guidance panel and the validation
//! messages quote the same text, and the tests below hold each statement to a source in
//! [`SOURCES`], the list of instruments the reference notes confirm.

/// One fixed statement of law and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement {
    /// A short name for the statement, unique in [`ALL`].
    pub id: &'static str,
    /// The statement as the paper prints it.
    pub text: &'static str,
    /// The Act and section, or the guidance, it rests on.
    pub source: &'static str,
}

impl Statement {
    /// The statement followed by its source in brackets, as the paper prints it.
    pub fn cited(&self) -> String {
        format!("{} ({}.)", self.text.trim_end_matches('.'), self.source)
    }
}

/// The power to make a collaboration agreement, and the test each party applies.
pub const POWER_22A: Statement = Statement {
    id: "power-22a",
    text: "Chief officers of police and policing bodies may make collaboration agreements; a party may make one only if it thinks the agreement is in the interests of the efficiency or effectiveness of one or more police forces.",
    source: "Police Act 1996, s22A",
};

/// What each party must consider when applying the efficiency-or-effectiveness test.
pub const TEST_CONSIDERATIONS: Statement = Statement {
    id: "test-considerations",
    text: "In deciding whether an agreement is in the interests of efficiency or effectiveness, each party must consider the collaboration agreements and other arrangements already in place, the desirability of a consistent approach, and the opportunities to make other agreements.",
    source: "Police Act 1996, s23HA",
};

/// The form of the agreement, its variation and its ending.
pub const IN_WRITING: Statement = Statement {
    id: "in-writing",
    text: "A collaboration agreement must be in writing; it may be varied by a later collaboration agreement and brought to an end by agreement between the parties.",
    source: "Police Act 1996, s23C",
};

/// The duty to have regard to the statutory guidance and the Policing Protocol.
pub const HAVE_REGARD: Statement = Statement {
    id: "have-regard",
    text: "The parties must have regard to the Home Office Statutory Guidance for Police Collaboration (2012), issued under section 23F of the Police Act 1996, and to the Policing Protocol.",
    source: "Police Act 1996, s23F; Police Reform and Social Responsibility Act 2011, s79",
};

/// Accountability for functions discharged under the agreement.
pub const ACCOUNTABILITY: Statement = Statement {
    id: "accountability",
    text: "Each policing body remains responsible for holding its own chief constable to account for the functions discharged under the agreement, and the agreement sets out how the policing bodies do so together.",
    source: "Police Act 1996, s23D; Statutory Guidance for Police Collaboration (2012)",
};

/// Direction and control, and the liability that follows it.
pub const DIRECTION_AND_CONTROL: Statement = Statement {
    id: "direction-and-control",
    text: "Officers and staff may be placed under the direction and control of a chief officer of police named in, or chosen under, the agreement; only a chief officer of police can hold it, never a unit's manager, and liability for officers' conduct follows direction and control.",
    source: "Police Act 1996, ss22A, 23 and 88; Statutory Guidance for Police Collaboration (2012), note on direction and control",
};

/// Publication of the agreement by every party.
pub const PUBLICATION: Statement = Statement {
    id: "publication",
    text: "Every party, each policing body and each chief officer, publishes the agreement; operationally sensitive detail may be withheld as the statutory guidance allows.",
    source: "Statutory Guidance for Police Collaboration (2012)",
};

/// A joint board decides nothing that is the parties' to decide.
pub const JOINT_BOARD: Statement = Statement {
    id: "joint-board",
    text: "A joint board holds none of the policing bodies' or chief officers' powers: it recommends, and each policing body and chief officer decides, and signs the agreement, for itself.",
    source: "Police Act 1996, s22A",
};

/// A section 22A agreement exempts nothing from procurement law.
pub const PROCUREMENT: Statement = Statement {
    id: "procurement",
    text: "A section 22A agreement gives the power to collaborate; it exempts nothing from procurement law. Where one party provides services to another for payment, that can be a public contract under the Procurement Act 2023 unless it is below the threshold or falls within an exemption in Schedule 2 (vertical arrangements with a controlled body, or horizontal arrangements between contracting authorities pursuing common objectives); a procurement begun before 24 February 2025 stays under the Public Contracts Regulations 2015.",
    source: "Procurement Act 2023, Schedule 2; Public Contracts Regulations 2015",
};

/// Officers are office holders, outside TUPE.
pub const OFFICERS_NOT_EMPLOYEES: Statement = Statement {
    id: "officers-not-employees",
    text: "Police officers are office holders, not employees: they stay officers of their home force and work in the collaboration under the direction and control the agreement sets, or on secondment, and TUPE never applies to them.",
    source: "Police Act 1996, s22A; TUPE Regulations 2006, reg 2(1)",
};

/// Transfers of police staff: regulation 3(5), COSOP and regulation 13.
pub const STAFF_TRANSFERS: Statement = Statement {
    id: "staff-transfers",
    text: "Police staff are employees of their chief constable or policing body. A transfer of administrative functions between public administrative authorities is not a relevant transfer under TUPE; the Cabinet Office Statement of Practice on staff transfers in the public sector (COSOP) then expects staff to be treated as if TUPE applied, usually through a transfer protocol or statutory transfer provisions. Where TUPE does apply, the employers must inform and consult the affected employees' representatives.",
    source: "TUPE Regulations 2006, regs 3(5) and 13; Cabinet Office Statement of Practice (COSOP)",
};

/// Collective consultation on redundancies, counted per employer.
pub const COLLECTIVE_CONSULTATION: Statement = Statement {
    id: "collective-consultation",
    text: "An employer proposing to dismiss as redundant 20 or more employees at one establishment within 90 days must consult collectively and notify the Secretary of State; the count is for each employer, not for the forces together.",
    source: "Trade Union and Labour Relations (Consolidation) Act 1992, ss188 and 193",
};

/// The two data protection regimes.
pub const DATA_REGIMES: Statement = Statement {
    id: "data-regimes",
    text: "Processing by a competent authority for the law enforcement purposes (the prevention, investigation, detection or prosecution of criminal offences or the execution of criminal penalties, including safeguarding against threats to public security) falls under Part 3 of the Data Protection Act 2018; other processing by the police, including HR, finance and much non-crime work, falls under the UK GDPR. Joint controllers need an arrangement between them and a processor needs a contract; no party is both joint controller and processor of the same processing.",
    source: "Data Protection Act 2018, s31 and ss58–59; UK GDPR, Articles 26 and 28",
};

/// Prior consultation with the Information Commissioner under each regime.
pub const PRIOR_CONSULTATION: Statement = Statement {
    id: "prior-consultation",
    text: "The Information Commissioner is consulted before processing starts: under the UK GDPR where the impact assessment shows a high risk the controller has not mitigated; under Part 3 where the assessment indicates a high risk in the absence of measures to mitigate it, or the processing is of a kind the Commissioner has listed.",
    source: "UK GDPR, Articles 35 and 36; Data Protection Act 2018, ss64 and 65",
};

/// The Public Sector Equality Duty, which is each decision maker's own.
pub const PSED: Statement = Statement {
    id: "psed",
    text: "Due regard under the Public Sector Equality Duty is for each decision maker, personally and before the decision, to the need to eliminate unlawful discrimination, harassment and victimisation, advance equality of opportunity and foster good relations; the equality impact assessment is the evidence that it was had, and does not discharge the duty for them.",
    source: "Equality Act 2010, ss4 and 149",
};

/// The Human Rights Act duty.
pub const HUMAN_RIGHTS: Statement = Statement {
    id: "human-rights",
    text: "Each policing body and chief officer must act compatibly with the Convention rights.",
    source: "Human Rights Act 1998, s6",
};

/// What decides whether information is withheld from the public.
pub const EXEMPT_INFORMATION: Statement = Statement {
    id: "exempt-information",
    text: "Information is withheld from the public only where it is exempt, for example for national security, law enforcement, personal data or commercial interests; the protective marking signals handling, not exemption. Schedule 12A to the Local Government Act 1972 does not bind a Police and Crime Commissioner or an informal joint board, though most follow its practice.",
    source: "Freedom of Information Act 2000, ss24, 31, 40 and 43; Local Government Act 1972, Schedule 12A",
};

/// Decision records of significant public interest are published.
pub const DECISION_RECORDS: Statement = Statement {
    id: "decision-records",
    text: "Each policing body publishes its decisions of significant public interest as decision records.",
    source: "Elected Local Policing Bodies (Specified Information) Order 2011",
};

/// The planned abolition of PCCs and the terms it asks of a long agreement.
pub const SUCCESSOR_BODIES: Statement = Statement {
    id: "successor-bodies",
    text: "The government announced in November 2025 a plan to abolish Police and Crime Commissioners from 2028 and pass their functions to mayors or council leaders; an agreement that runs past then needs terms for the bodies that succeed the parties, and the position should be checked before the decision.",
    source: "Home Office announcement, November 2025",
};

/// Every statement, for the tests and for anyone listing the program's law.
pub const ALL: [Statement; 20] = [
    POWER_22A,
    TEST_CONSIDERATIONS,
    IN_WRITING,
    HAVE_REGARD,
    ACCOUNTABILITY,
    DIRECTION_AND_CONTROL,
    PUBLICATION,
    JOINT_BOARD,
    PROCUREMENT,
    OFFICERS_NOT_EMPLOYEES,
    STAFF_TRANSFERS,
    COLLECTIVE_CONSULTATION,
    DATA_REGIMES,
    PRIOR_CONSULTATION,
    PSED,
    HUMAN_RIGHTS,
    EXEMPT_INFORMATION,
    DECISION_RECORDS,
    SUCCESSOR_BODIES,
    SOURCES_NOTE,
];

/// Where the statements come from, noted in the paper's legal implications section.
pub const SOURCES_NOTE: Statement = Statement {
    id: "sources-note",
    text: "Section numbers are those of the Acts as amended; the statutory guidance is the Home Office Statutory Guidance for Police Collaboration of October 2012.",
    source: "Police Act 1996, ss22A–23I, as amended by the Police Reform and Social Responsibility Act 2011",
};

/// The instruments the reference notes confirm, and the provisions of each that a statement
/// may cite. A statement's source must name one of them.
pub const SOURCES: [&str; 14] = [
    "Police Act 1996",
    "Police Reform and Social Responsibility Act 2011",
    "Statutory Guidance for Police Collaboration (2012)",
    "Procurement Act 2023",
    "Public Contracts Regulations 2015",
    "TUPE Regulations 2006",
    "Cabinet Office Statement of Practice (COSOP)",
    "Trade Union and Labour Relations (Consolidation) Act 1992",
    "Data Protection Act 2018",
    "UK GDPR",
    "Equality Act 2010",
    "Human Rights Act 1998",
    "Freedom of Information Act 2000",
    "Home Office announcement, November 2025",
];

/// Phrases that misstate the law and that no fixed text may print: each is what an earlier
/// version said, and the reference notes contradict.
pub const MISSTATEMENTS: [&str; 10] = [
    "no procurement is needed",
    "processing for policing purposes",
    "policing purposes fall under part 3",
    "records due regard",
    "pccs must publish",
    "chief officer of the central unit",
    "binds police bodies only",
    "high risk remains after mitigation",
    "applies tupe",
    "the others keep their own",
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Each statement's id, and the source a reader can look it up in: the table the paper's
    /// legal sentences are held to.
    const EXPECTED: [(&str, &str); 20] = [
        ("power-22a", "Police Act 1996, s22A"),
        ("test-considerations", "Police Act 1996, s23HA"),
        ("in-writing", "Police Act 1996, s23C"),
        ("have-regard", "Police Act 1996, s23F"),
        ("accountability", "Police Act 1996, s23D"),
        ("direction-and-control", "Police Act 1996, ss22A, 23 and 88"),
        (
            "publication",
            "Statutory Guidance for Police Collaboration (2012)",
        ),
        ("joint-board", "Police Act 1996, s22A"),
        ("procurement", "Procurement Act 2023, Schedule 2"),
        ("officers-not-employees", "TUPE Regulations 2006, reg 2(1)"),
        ("staff-transfers", "TUPE Regulations 2006, regs 3(5) and 13"),
        (
            "collective-consultation",
            "Trade Union and Labour Relations (Consolidation) Act 1992, ss188",
        ),
        ("data-regimes", "Data Protection Act 2018, s31"),
        (
            "prior-consultation",
            "Data Protection Act 2018, ss64 and 65",
        ),
        ("psed", "Equality Act 2010, ss4 and 149"),
        ("human-rights", "Human Rights Act 1998, s6"),
        (
            "exempt-information",
            "Freedom of Information Act 2000, ss24, 31, 40 and 43",
        ),
        (
            "decision-records",
            "Elected Local Policing Bodies (Specified Information) Order 2011",
        ),
        (
            "successor-bodies",
            "Home Office announcement, November 2025",
        ),
        ("sources-note", "Police Act 1996, ss22A–23I"),
    ];

    #[test]
    fn every_statement_cites_its_expected_source() {
        let ids: HashSet<&str> = ALL.iter().map(|statement| statement.id).collect();
        assert_eq!(ids.len(), ALL.len(), "two statements share an id");
        for (id, source) in EXPECTED {
            let statement = ALL
                .iter()
                .find(|statement| statement.id == id)
                .unwrap_or_else(|| panic!("no statement {id}"));
            assert!(
                statement.source.contains(source),
                "{id} cites {:?}, not {source:?}",
                statement.source
            );
            assert!(statement.cited().contains(statement.source));
        }
        assert_eq!(
            EXPECTED.len(),
            ALL.len(),
            "a statement has no expected source"
        );
    }

    #[test]
    fn every_source_is_an_instrument_the_reference_confirms() {
        for statement in ALL {
            let known = SOURCES
                .iter()
                .chain(["Elected Local Policing Bodies (Specified Information) Order 2011"].iter())
                .any(|source| statement.source.contains(source));
            assert!(known, "{} cites an unlisted source", statement.id);
        }
    }

    #[test]
    fn no_statement_repeats_a_misstatement() {
        for statement in ALL {
            let text = statement.cited().to_lowercase();
            for wrong in MISSTATEMENTS {
                assert!(!text.contains(wrong), "{} says {wrong:?}", statement.id);
            }
        }
    }
}
