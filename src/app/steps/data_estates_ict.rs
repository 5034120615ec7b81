//! The Data, estates and ICT step: each dataset with its regime, each party's role and the
//! arrangement or contract it needs, the impact assessment and ICO prior consultation; the
//! sites that open, close or change use; the systems joined, migrated or retired, and their
//! security accreditation.

use egui::{Response, RichText, TextEdit, Ui};

use super::{Page, WizardStep};
use crate::app::form::Form;
use crate::app::widgets::{self, CellKind, RowAction};
use crate::case::data_protection::{DataProtection, DataRole, Dataset, PartyRole};
use crate::case::estates_ict::{EstatesIct, Site, System};
use crate::case::validate::{DatasetField as F, PartyField};
use crate::case::{Anchor, Case, Step};
use crate::format::capitalised;

/// The Data, estates and ICT step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct DataEstatesIctStep;

impl WizardStep for DataEstatesIctStep {
    fn step(&self) -> Step {
        Step::DataEstatesIct
    }

    fn ui(&mut self, form: &mut Form<'_>, page: Page<'_>) {
        let case = page.case;
        let parties = party_names(case);
        form.heading("Data protection");
        form.label(
            "For each dataset the collaboration shares or processes: the regime, who controls \
             it and who processes it, and the impact assessment. One party cannot be both joint \
             controller and processor of the same data.",
        );
        let DataProtection { datasets, notes } = &mut case.data_protection;
        dataset_cards(form, &parties, datasets);
        form.text_area(
            "Information sharing, retention and requests",
            "The information sharing agreement, retention, subject access and freedom of information",
            notes,
            Anchor::DataProtectionNotes,
        );
        form.add_space(12.0);

        let EstatesIct {
            sites,
            estates_notes,
            systems,
            ict_notes,
            accreditation,
        } = &mut case.estates_ict;
        form.heading("Estates");
        site_cards(form, sites);
        form.text_area(
            "Estates notes",
            "Anything else about the estate, or why nothing changes",
            estates_notes,
            Anchor::EstatesNotes,
        );
        form.add_space(12.0);

        form.heading("ICT");
        system_cards(form, systems);
        form.text_area(
            "ICT notes",
            "Anything else about the systems, or why nothing changes",
            ict_notes,
            Anchor::IctNotes,
        );
        form.text_area(
            "Security accreditation",
            "How the systems are assessed and accredited before they hold live data, and by whom",
            accreditation,
            Anchor::Accreditation,
        );
    }
}

/// Everyone who can hold a role for a dataset, as the partners list names them.
fn party_names(case: &Case) -> Vec<String> {
    let partners = &case.partners;
    partners
        .forces
        .iter()
        .flat_map(|force| [force.name.trim(), force.policing_body.trim()])
        .chain(partners.others.iter().map(|other| other.name.trim()))
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn dataset_cards(form: &mut Form<'_>, parties: &[String], datasets: &mut Vec<Dataset>) {
    if datasets.is_empty() {
        widgets::empty_state(form, "No datasets yet.");
    }
    let count = datasets.len();
    let mut action = None;
    for (i, dataset) in datasets.iter_mut().enumerate() {
        form.push_id(("dataset", i), |form| {
            form.card(|form| {
                if let Some(a) = dataset_card(form, i, count, parties, dataset) {
                    action = Some(a);
                }
            });
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| ("dpia_date", row));
        action.apply(datasets);
    }
    if form
        .field(Anchor::Datasets, |ui| ui.button("Add a dataset"))
        .clicked()
    {
        datasets.push(Dataset::default());
    }
}

/// One dataset's fields; returns a move or removal of the dataset the user asked for.
fn dataset_card(
    form: &mut Form<'_>,
    i: usize,
    count: usize,
    parties: &[String],
    dataset: &mut Dataset,
) -> Option<RowAction> {
    let n = i + 1;
    let Dataset {
        name,
        regime,
        parties: roles,
        dpia,
        dpia_date,
        prior_consultation,
    } = dataset;
    let mut action = None;
    form.horizontal_wrapped(|form| {
        form.label(RichText::new(format!("Dataset {n}")).strong());
        action = widgets::row_buttons(form, &format!("dataset {n}"), i, count);
    });
    form.text_field(
        &format!("Dataset {n} name"),
        name,
        Anchor::Dataset(i, F::Name),
    );
    form.horizontal_wrapped(|form| {
        form.label("Regime");
        form.enum_cell(
            "regime",
            &format!("Dataset {n} regime"),
            regime,
            Anchor::Dataset(i, F::Regime),
        );
    });
    let regime = *regime;
    let mut remove = None;
    for (p, role) in roles.iter_mut().enumerate() {
        let PartyRole {
            party,
            role,
            document,
        } = role;
        let what = format!("Dataset {n} party {}", p + 1);
        form.push_id(("party", p), |form| {
            form.horizontal_wrapped(|form| {
                form.field(Anchor::DatasetParty(i, p, PartyField::Party), |ui| {
                    name_picker(ui, &what, party, parties)
                });
                form.enum_cell("role", &format!("{what} role"), role, None);
                if form
                    .button("Remove")
                    .accessible_name(format!("Remove {}", what.to_lowercase()))
                    .clicked()
                {
                    remove = Some(p);
                }
            });
            let provision = match role {
                DataRole::Controller => None,
                DataRole::JointController => Some(regime.joint_controller_provision()),
                DataRole::Processor => Some(regime.processor_provision()),
            };
            if let (Some(provision), Some(kind)) = (provision, role.document()) {
                form.horizontal(|form| {
                    form.label(capitalised(kind));
                    form.field(Anchor::DatasetParty(i, p, PartyField::Document), |ui| {
                        ui.add(
                            TextEdit::singleline(document)
                                .desired_width(f32::INFINITY)
                                .hint_text(format!(
                                    "The {kind} that sets out its part ({provision})"
                                )),
                        )
                        .accessible_name(format!("{what} {kind}"))
                    });
                });
            }
        });
    }
    if let Some(p) = remove {
        roles.remove(p);
    }
    if form
        .field(Anchor::Dataset(i, F::Parties), |ui| {
            ui.button(format!("Add a party to dataset {n}"))
        })
        .clicked()
    {
        roles.push(PartyRole::default());
    }
    form.horizontal_wrapped(|form| {
        form.label("Impact assessment");
        form.enum_cell(
            "dpia",
            &format!("Dataset {n} impact assessment"),
            dpia,
            Anchor::Dataset(i, F::Dpia),
        );
        form.label("dated");
        form.date_cell(
            ("dpia_date", i),
            &format!("Dataset {n} impact assessment date"),
            dpia_date,
            Anchor::Dataset(i, F::DpiaDate),
        );
    });
    form.horizontal_wrapped(|form| {
        form.label("ICO prior consultation");
        form.enum_cell(
            "prior",
            &format!("Dataset {n} ICO prior consultation"),
            prior_consultation,
            Anchor::Dataset(i, F::PriorConsultation),
        );
    });
    action
}

/// The party's name, typed (a processor is often a supplier, not a partner) or picked from
/// the partners with the button beside it.
fn name_picker(ui: &mut Ui, what: &str, value: &mut String, names: &[String]) -> Response {
    let mut response = ui
        .add(
            TextEdit::singleline(value)
                .desired_width(220.0)
                .hint_text("Party"),
        )
        .accessible_name(what);
    let mut picked = None;
    ui.menu_button("Pick", |ui| {
        for name in names {
            if ui.button(name).clicked() {
                picked = Some(name.clone());
                ui.close();
            }
        }
    })
    .response
    .on_hover_text("The forces, their policing bodies and the other partners")
    .accessible_name(format!("Pick {}", what.to_lowercase()));
    if let Some(name) = picked
        && *value != name
    {
        *value = name;
        response.mark_changed();
    }
    response
}

fn site_cards(form: &mut Form<'_>, sites: &mut Vec<Site>) {
    form.weak("Sites that open, close or change use.");
    let count = sites.len();
    let mut action = None;
    for (i, site) in sites.iter_mut().enumerate() {
        let n = i + 1;
        let Site {
            name,
            change,
            when,
            notes,
        } = site;
        form.push_id(("site", i), |form| {
            form.card(|form| {
                form.horizontal_wrapped(|form| {
                    form.text_cell(&format!("Site {n} name"), name, Anchor::Site(i));
                    form.enum_cell("change", &format!("Site {n} change"), change, None);
                    form.date_cell(("site_when", i), &format!("Site {n} date"), when, None);
                    if let Some(a) = widgets::row_buttons(form, &format!("site {n}"), i, count) {
                        action = Some(a);
                    }
                });
                form.add(
                    TextEdit::multiline(notes)
                        .desired_width(f32::INFINITY)
                        .desired_rows(2)
                        .hint_text("What changes and for whom, and any cost or receipt"),
                )
                .accessible_name(format!("Site {n} notes"));
            });
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| ("site_when", row));
        action.apply(sites);
    }
    if form
        .field(Anchor::Sites, |ui| ui.button("Add a site"))
        .clicked()
    {
        sites.push(Site::default());
    }
}

fn system_cards(form: &mut Form<'_>, systems: &mut Vec<System>) {
    form.weak("Systems joined, migrated, retired or introduced.");
    let count = systems.len();
    let mut action = None;
    for (i, system) in systems.iter_mut().enumerate() {
        let n = i + 1;
        let System {
            name,
            change,
            when,
            notes,
        } = system;
        form.push_id(("system", i), |form| {
            form.card(|form| {
                form.horizontal_wrapped(|form| {
                    form.text_cell(&format!("System {n} name"), name, Anchor::System(i));
                    form.enum_cell("change", &format!("System {n} change"), change, None);
                    form.date_cell(("system_when", i), &format!("System {n} date"), when, None);
                    if let Some(a) = widgets::row_buttons(form, &format!("system {n}"), i, count) {
                        action = Some(a);
                    }
                });
                form.add(
                    TextEdit::multiline(notes)
                        .desired_width(f32::INFINITY)
                        .desired_rows(2)
                        .hint_text("What changes, and where the data and users go"),
                )
                .accessible_name(format!("System {n} notes"));
            });
        });
    }
    if let Some(action) = action {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| {
            ("system_when", row)
        });
        action.apply(systems);
    }
    if form
        .field(Anchor::Systems, |ui| ui.button("Add a system"))
        .clicked()
    {
        systems.push(System::default());
    }
}
