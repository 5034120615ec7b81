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
                "Every force with its chief constable and its Police and Crime Commissioner, since both sign the agreement.",
                "Each force's annual revenue budget, the usual basis for sharing costs and savings.",
            ],
            basis: "Since 2012 the Police and Crime Commissioner (the policing body) approves collaboration, often through a joint board of several PCCs and chief constables. Papers are published on the PCC's website, so mark them OFFICIAL unless they must not be.",
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
            basis: "The forces' duty to collaborate comes from the Police Act 1996 (sections 22A to 23I, as amended in 2011). The Strategic Policing Requirement names the threats forces must be able to meet together.",
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
            purpose: "Show that the forces have had due regard to equality before deciding, and record it.",
            committee_looks_for: &[
                "How the proposal serves each of the three aims of the Public Sector Equality Duty.",
                "An assessment for each of the nine protected characteristics, with evidence and mitigation of any negative impact.",
                "Consultation, especially where officers' or staff terms and conditions change.",
                "The Human Rights Act consideration, an outcome and a review date.",
            ],
            basis: "Equality Act 2010, section 149 (the Public Sector Equality Duty) and section 4 (the protected characteristics); Human Rights Act 1998, section 6. Regard must be had before the decision, with rigour, and recorded. Where a Welsh force or PCC is a party, the Welsh Language Standards apply.",
        },
        Step::Governance => Guidance {
            purpose: "What the collaboration agreement must settle, and the board that will oversee the collaboration.",
            committee_looks_for: &[
                "Each chief constable and each PCC as parties, and the test: the agreement is in the interests of efficiency or effectiveness.",
                "The functions covered, direction and control, resources, payments and how costs and savings are shared.",
                "The governance board, and how the PCCs hold the chief constables to account together.",
                "Workforce, assets and liabilities, information sharing, review, exit and dispute resolution.",
                "Publication of the agreement and regard to the Strategic Policing Requirement.",
            ],
            basis: "A collaboration agreement under sections 22A to 23I of the Police Act 1996, with the Home Office Statutory Guidance for Police Collaboration (2012). PCCs must publish the agreements they are party to.",
        },
        Step::Implementation => Guidance {
            purpose: "How the collaboration will be delivered, and what the committee is asked to decide.",
            committee_looks_for: &[
                "One dedicated lead in each force, and the main milestones.",
                "A joint communications plan for staff and the public.",
                "Recommendations the committee can minute: one numbered line each, saying what it approves, agrees, delegates or notes.",
            ],
            basis: "Good practice from regional governance standards: a lead per force, a steering group, a full business case to a programme board, project-managed implementation and joint communications.",
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
