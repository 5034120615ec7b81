//! The guidance panel's text: for each wizard step, what the committee will look for and the
//! law or guidance behind it, in plain words.
//!
//! Collaboration leads are rarely lawyers or accountants; the panel tells them why a step
//! matters so they can write it for the people who will approve it.

use crate::case::Step;

/// Guidance for one step.
pub struct Guidance {
    /// One or two sentences on what the step is for.
    pub purpose: &'static str,
    /// What a committee will look for, one point each.
    pub committee_looks_for: &'static [&'static str],
    /// The statutory basis or the published guidance behind the step.
    pub basis: &'static str,
}

/// The guidance for a step.
pub fn for_step(step: Step) -> Guidance {
    match step {
        Step::FrontSheet => Guidance {
            purpose: "The front sheet is how the committee clerk files, lists and publishes the paper. The partners are the forces (and any other bodies) who will sign up.",
            committee_looks_for: &[
                "The committee or board that will decide, the meeting date and agenda item.",
                "A report author and a sponsoring chief officer who answers for the paper.",
                "A short purpose and summary: members read it first, and the public may read nothing else.",
                "Every force with its chief constable and its policing body (PCC, PFCC, mayor, MOPAC or the Common Council) and the office holder who decides for it, since both sign the agreement.",
                "Each force's annual revenue budget, the usual basis for sharing costs and savings.",
            ],
            basis: "Since 2012 the local policing body decides: a Police and Crime Commissioner, a Police, Fire and Crime Commissioner, a mayor (the Deputy Mayor for Policing and Crime for MOPAC in London) or the Common Council for the City of London, often after a joint board has recommended. Withholding a paper or appendix turns on exempt information (Freedom of Information Act 2000, ss24, 31, 40 and 43), not on the marking; Schedule 12A to the Local Government Act 1972 does not bind PCCs. Mark public papers OFFICIAL; NOT PROTECTIVELY MARKED has been obsolete since April 2014.",
        },
        Step::CaseForChange => Guidance {
            purpose: "Why collaborate at all: what the function is, how it works today, what problem or opportunity makes the current position unsustainable, and what you propose.",
            committee_looks_for: &[
                "At least one of the three strategic objectives: better services and performance, efficiencies in the short, medium or long term, or the most effective response to an emerging demand.",
                "Benefits that are specific, with how each will be realised.",
                "Principles such as sustainability, accountability, value for money and an evidence-based approach.",
                "Which national threats in the Strategic Policing Requirement the proposal helps the forces meet together.",
                "Measures of success agreed at the outset, with a baseline and a target.",
            ],
            basis: "The power to collaborate is in the Police Act 1996, sections 22A to 23I, as amended by the Police Reform and Social Responsibility Act 2011; a party may make an agreement only in the interests of the efficiency or effectiveness of one or more forces (s22A), having considered existing collaboration, a consistent approach and other opportunities (s23HA). The Strategic Policing Requirement names the threats forces must be able to meet together.",
        },
        Step::Options => Guidance {
            purpose: "Compare every collaboration model with business as usual and a do-minimum option, score them, and choose one.",
            committee_looks_for: &[
                "The benefits, costs, risks and drawbacks of each option.",
                "Business as usual and do-minimum on the short list, each other option compared with them.",
                "Scores for strategic fit and impact and for practicality, and the tier they give.",
                "The reason the preferred option was chosen, and why each other option was ruled out, de-prioritised or delayed.",
                "Who will have direction and control of officers and staff under the chosen model.",
            ],
            basis: "HM Treasury's Green Book expects a short list that always includes business as usual and a do-minimum option. Regional strategies place proposals in Tier 1 or Tier 2 on strategic fit and practicality, then apply a reasonableness test.",
        },
        Step::Finance => Guidance {
            purpose: "Each shortlisted option's costs and savings year by year, appraised against business as usual, and what each force pays and saves in cash.",
            committee_looks_for: &[
                "Every shortlisted option's net present value and benefit-cost ratio against business as usual, side by side: a paper that calls one option the best must show the others.",
                "Optimism bias by category (buildings, equipment, outsourcing), applied alike to every option.",
                "What happens if savings fall short, costs overrun or savings start a year late, and how far savings can fall before the choice changes.",
                "What each force pays and saves in each year of its medium-term financial plan, in cash, capital and revenue apart, with the balancing payments: each force sees what it gives, not what it gains.",
                "The funding source of each cost, and any VAT that cannot be recovered.",
            ],
            basis: "The Green Book sets the discount rate (3.5% a year for years 0 to 30), asks for a short list that includes business as usual and a do-minimum option, and its supplementary guidance gives the optimism-bias bounds. Rates change with Green Book revisions, so they are settings you can edit. Police and crime commissioners recover VAT under section 33 of the VAT Act 1994.",
        },
        Step::Commercial => Guidance {
            purpose: "How the arrangement is put in place and run as a deal: the legal route, how the service is paid for, how long it lasts, who carries which risk, and how it ends.",
            committee_looks_for: &[
                "The route, and where the arrangement stands under procurement law: no services supplied for payment, below threshold, a Schedule 2 exemption (vertical or horizontal arrangement), or a procurement, with the reasoning.",
                "A payment mechanism the finance officers can check against each force's budget.",
                "The term, with break points, and what happens at its end.",
                "Risks placed with the party best able to manage them.",
                "Exit and stranded costs: the buildings, systems and people left behind if a force leaves, and who pays for them.",
            ],
            basis: "A section 22A agreement gives the power to collaborate; it exempts nothing from procurement law. One force supplying services to another for payment can be a public contract under the Procurement Act 2023 unless it is below threshold or within an exemption in Schedule 2; procurements begun before 24 February 2025 stay under the Public Contracts Regulations 2015. HM Treasury's Five Case Model asks for a commercial case at outline and full business case, and it is essential when outsourcing or a joint venture is in contention.",
        },
        Step::Risks => Guidance {
            purpose: "A register of what could go wrong, how likely and how serious it is, who owns it and what will be done about it.",
            committee_looks_for: &[
                "Owners and mitigation for every high risk, with a review date.",
                "The risks collaborations commonly meet: different local priorities, incompatible ICT, staff terms and conditions, how savings are shared, and accountability of each chief constable and PCC.",
                "A response for each risk: tolerate, treat, transfer or terminate.",
                "The score after mitigation, which should not be worse than before.",
            ],
            basis: "HM Treasury's Orange Book describes the four responses. Forces score risks on a 5 by 5 (sometimes 4 by 4) matrix with their own rating thresholds.",
        },
        Step::Equality => Guidance {
            purpose: "Give each decision maker the evidence they need to have due regard to equality before deciding.",
            committee_looks_for: &[
                "How the proposal serves each of the three aims of the Public Sector Equality Duty.",
                "An assessment for each of the nine protected characteristics, with evidence and mitigation of any negative impact.",
                "Consultation, especially where officers' or staff terms and conditions change.",
                "The Human Rights Act consideration, an outcome and a review date.",
            ],
            basis: "Equality Act 2010, section 149 (the Public Sector Equality Duty) and section 4 (the protected characteristics); Human Rights Act 1998, section 6. Due regard is for each decision maker, personally, before the decision and with rigour; the assessment is the evidence that it was had, not the duty itself. Where a Welsh force or PCC is a party, the Welsh Language Standards apply.",
        },
        Step::Workforce => Guidance {
            purpose: "Who moves, and how. Officers and staff move in different ways, have different pensions and are represented by different bodies, so the paper treats them apart.",
            committee_looks_for: &[
                "How many officers and how many staff of each force the collaboration involves, and how many of each force's staff its employer proposes to make redundant.",
                "Officers working under the direction and control the agreement sets, or on secondment; never TUPE, because officers hold an office and are not employees.",
                "Staff under direction and control, on secondment, or transferring: under TUPE where it applies (with regulation 13 information and consultation), or under a transfer protocol giving COSOP protection where regulation 3(5) takes a transfer between public administrative authorities outside TUPE.",
                "What happens to pensions: officers' police pension schemes stay with their force; staff pension funds differ by area.",
                "Consultation with the Police Federation, the Superintendents' Association and the staff unions, and where each stands.",
            ],
            basis: "Police officers are office holders, not employees, so TUPE never applies to them. Police staff are employees of the chief constable or PCC; a transfer of administrative functions between public administrative authorities is not a relevant transfer (TUPE Regulations 2006, reg 3(5)), and the Cabinet Office Statement of Practice (COSOP) then expects equivalent protection; where TUPE applies, reg 13 requires information and consultation. An employer proposing 20 or more redundancies at one establishment within 90 days must consult collectively and notify the Secretary of State (Trade Union and Labour Relations (Consolidation) Act 1992, ss188 and 193); the count is per employer.",
        },
        Step::DataEstatesIct => Guidance {
            purpose: "The data the collaboration shares, who is responsible for it, and the buildings and systems it changes.",
            committee_looks_for: &[
                "For each dataset: the regime, each party's role, and the arrangement between joint controllers or the contract with a processor.",
                "No party shown as both joint controller and processor of the same data.",
                "A data protection impact assessment with its status and date, and the ICO consulted first where the regime's test is met.",
                "Sites that open, close or change use, and systems joined, migrated or retired.",
                "Security accreditation of the systems before they hold live police data.",
            ],
            basis: "Processing for the law enforcement purposes (Data Protection Act 2018, s31) falls under Part 3 (joint controllers s58, processors s59, impact assessment s64, prior consultation s65 where the assessment indicates high risk in the absence of mitigation, or the processing is of a kind the ICO lists); other processing, including HR, finance and much non-crime work, under the UK GDPR (Articles 26, 28, 35, and 36 where high risk remains after mitigation).",
        },
        Step::Governance => Guidance {
            purpose: "What the collaboration agreement must settle, and the board that will oversee the collaboration.",
            committee_looks_for: &[
                "Each chief constable and each policing body as parties, and the test: the agreement is in the interests of efficiency or effectiveness, having considered existing collaboration, a consistent approach and other options.",
                "The functions covered, direction and control, resources, payments and how costs and savings are shared.",
                "The governance board, and how the PCCs hold the chief constables to account together.",
                "Workforce, assets and liabilities, information sharing, review, exit and dispute resolution.",
                "Publication of the agreement by every party, regard to the Strategic Policing Requirement and the Policing Protocol, and terms for successor bodies where the agreement runs past 2028.",
                "For the legal implications: who signs and any delegation, and how the risks of judicial review, procurement challenge, employment claims and ICO enforcement are met.",
            ],
            basis: "A collaboration agreement under sections 22A to 23I of the Police Act 1996, in writing (s23C), with the Home Office Statutory Guidance for Police Collaboration (2012), to which the parties must have regard (s23F). Every party, each policing body and chief officer, publishes the agreement, withholding operationally sensitive detail as the guidance allows. Direction and control rests only with a chief officer of police, and liability follows it. The government announced in November 2025 a plan to abolish PCCs from 2028: check the current position.",
        },
        Step::Management => Guidance {
            purpose: "Who answers for the programme, how its benefits will be counted, and when someone will check that they came.",
            committee_looks_for: &[
                "A named senior responsible owner.",
                "A benefits register: each benefit with its type (cash-releasing, non-cash-releasing or wider social), measure, baseline, target, owner and date.",
                "Cash-releasing benefits linked to the saving lines in the finance, and benefits linked to the measures of success.",
                "A post-implementation review with a date, an owner and what it will measure.",
            ],
            basis: "HM Treasury's Five Case Model: the management case shows the programme can be delivered, with benefits management and a post-implementation review. The programme board, force leads and milestones are on the Implementation step and print in the same part of the paper.",
        },
        Step::Implementation => Guidance {
            purpose: "How the collaboration will be delivered, and what the committee is asked to decide.",
            committee_looks_for: &[
                "One dedicated lead in each force, and the main milestones.",
                "A joint communications plan for staff and the public.",
                "Recommendations the committee can minute: one numbered line each, worded for who decides (a joint board recommends and never approves or delegates; the policing bodies and chief constables approve and sign; a committee for information notes).",
            ],
            basis: "Good practice from regional governance standards: a lead per force, a steering group, a full business case to a programme board, project-managed implementation and joint communications.",
        },
        Step::SignOff => Guidance {
            purpose: "What the paper needs before the decision: for each policing body, its own statutory officers' comments and its decision record; then the background papers, and any appendices you write.",
            committee_looks_for: &[
                "For each policing body, comments from its own chief finance officer and monitoring officer and from its force's chief finance officer, each with a name and a date: each body decides for itself, on its own officers' advice.",
                "Each policing body's decision record: what it decided, worded for who decides (a joint board recommends; each policing body approves and signs for itself), the reasons, the equality and human rights considerations the decision maker had regard to, and any interests declared.",
                "Background papers listed by title, and the author's telephone and email.",
                "Every appendix the text refers to, lettered after the revision history (Appendix A).",
            ],
            basis: "Policing bodies publish decisions of significant public interest as decision records (Elected Local Policing Bodies (Specified Information) Order 2011). The chief finance officer and monitoring officer advise on the financial and legal implications of every decision. An appendix that is commercially confidential must name its exemption (FOIA s43) and is withheld from a Part 1 paper.",
        },
        Step::Review => Guidance {
            purpose: "Everything the checks found, step by step. Errors mean the case is not ready for committee; warnings are what members are likely to ask about; hints are good practice.",
            committee_looks_for: &[
                "A case with no errors.",
                "Answers to the warnings, either in the case or ready for the meeting.",
            ],
            basis: "Click a finding to go to the field it concerns.",
        },
    }
}

/// Shows the guidance for a step in the side panel.
pub fn show(ui: &mut egui::Ui, step: Step) {
    let guidance = for_step(step);
    ui.heading("Guidance");
    ui.label(egui::RichText::new(step.label()).font(super::theme::bold(16.0)));
    ui.add_space(4.0);
    ui.label(guidance.purpose);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("What the committee looks for").font(super::theme::bold(15.0)));
    for point in guidance.committee_looks_for {
        ui.horizontal_top(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(*point).wrap());
        });
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Basis").font(super::theme::bold(15.0)));
    ui.label(guidance.basis);
}
