//! The Data, estates and ICT step: each dataset with its regime, each party's role and the
//! arrangement or contract it needs, the impact assessment and ICO prior consultation; the
//! sites that open, close or change use; the systems joined, migrated or retired, and their
//! security accreditation.

use chrono::NaiveDate;
use egui::{Response, RichText, TextEdit, Ui};

use super::{StepContext, WizardStep};
use crate::app::form::Form;
use crate::app::table::{Column, REMOVE_WIDTH, ROW_BUTTONS_WIDTH, Table};
use crate::app::widgets::{self, CellKind, DATE_WIDTH, RowAction, TEXT_MIN_WIDTH};
use crate::case::data_protection::{DataProtection, DataRole, Dataset, PartyRole, Regime};
use crate::case::estates_ict::{EstatesIct, Site, System};
use crate::case::validate::{DatasetField as F, PartyField};
use crate::case::{Anchor, Case, Choice, Step};

/// Width of the labels beside a dataset's fields ("Impact assessment dated").
const LABEL_WIDTH: f32 = 200.0;
/// Width of the "Pick" button beside a party's name, with the space before it.
const PICK_WIDTH: f32 = 48.0;
/// Width of a party's role drop-down ("Joint controller").
const ROLE_WIDTH: f32 = 160.0;
/// Width of a site's or system's change drop-down.
const CHANGE_WIDTH: f32 = 150.0;

/// The Data, estates and ICT step. Everything it shows lives in the case.
#[derive(Debug, Default)]
pub struct DataEstatesIctStep;

impl WizardStep for DataEstatesIctStep {
    fn step(&self) -> Step {
        Step::DataEstatesIct
    }

    fn ui(&mut self, form: &mut Form<'_>, page: StepContext<'_>) {
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

/// One dataset's fields, one to a row, then its parties; returns a move or removal of the
/// dataset the user asked for.
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
    form.table(labelled_rows(("dataset fields", i)), |body| {
        body.row(|row| {
            row.text("Name");
            row.cell(|form| {
                form.text_cell(
                    &format!("Dataset {n} name"),
                    name,
                    Anchor::Dataset(i, F::Name),
                );
            });
        });
        body.row(|row| {
            row.text("Regime");
            row.cell(|form| {
                form.enum_cell(
                    ("regime", i),
                    &format!("Dataset {n} regime"),
                    regime,
                    Anchor::Dataset(i, F::Regime),
                );
            });
        });
    });
    let regime = *regime;
    if !roles.is_empty() {
        party_rows(form, i, regime, parties, roles);
    }
    if form
        .field(Anchor::Dataset(i, F::Parties), |ui| {
            ui.button(format!("Add a party to dataset {n}"))
        })
        .clicked()
    {
        roles.push(PartyRole::default());
    }
    form.table(labelled_rows(("dataset assessment", i)), |body| {
        body.row(|row| {
            row.text("Impact assessment");
            row.cell(|form| {
                form.enum_cell(
                    ("dpia", i),
                    &format!("Dataset {n} impact assessment"),
                    dpia,
                    Anchor::Dataset(i, F::Dpia),
                );
            });
        });
        body.row(|row| {
            row.text("Impact assessment dated");
            row.cell(|form| {
                form.sized(DATE_WIDTH, |form| {
                    form.date_cell(
                        ("dpia_date", i),
                        &format!("Dataset {n} impact assessment date"),
                        dpia_date,
                        Anchor::Dataset(i, F::DpiaDate),
                    );
                });
            });
        });
        body.row(|row| {
            row.text("ICO prior consultation");
            row.cell(|form| {
                form.enum_cell(
                    ("prior", i),
                    &format!("Dataset {n} ICO prior consultation"),
                    prior_consultation,
                    Anchor::Dataset(i, F::PriorConsultation),
                );
            });
        });
    });
    action
}

/// A form laid out as a label beside each field, one to a row, the fields using the width
/// there is.
fn labelled_rows(id_salt: impl egui::AsIdSalt) -> Table {
    Table::new(id_salt)
        .column(Column::fixed("", LABEL_WIDTH))
        .column(Column::fill("", TEXT_MIN_WIDTH))
        .form_layout()
}

/// Dataset `i`'s parties: each party's name, its role, and the arrangement or contract that
/// role needs under `regime`.
fn party_rows(
    form: &mut Form<'_>,
    i: usize,
    regime: Regime,
    parties: &[String],
    roles: &mut Vec<PartyRole>,
) {
    let n = i + 1;
    let mut remove = None;
    let table = Table::new(("dataset parties", i))
        .column(Column::fill("Party", TEXT_MIN_WIDTH + PICK_WIDTH))
        .column(Column::fixed("Role", ROLE_WIDTH))
        .column(Column::fill("Arrangement or contract", TEXT_MIN_WIDTH).share(2.0))
        .column(Column::fixed("", REMOVE_WIDTH))
        .frozen(1)
        .actions();
    form.table(table, |body| {
        for (p, party_role) in roles.iter_mut().enumerate() {
            let PartyRole {
                party,
                role,
                document,
            } = party_role;
            let what = format!("Dataset {n} party {}", p + 1);
            body.row(|row| {
                row.cell(|form| {
                    form.field(Anchor::DatasetParty(i, p, PartyField::Party), |ui| {
                        name_picker(ui, &what, party, parties)
                    });
                });
                row.cell(|form| {
                    form.enum_cell(("party role", i, p), &format!("{what} role"), role, None);
                });
                let provision = match role {
                    DataRole::Controller => None,
                    DataRole::JointController => Some(regime.joint_controller_provision()),
                    DataRole::Processor => Some(regime.processor_provision()),
                };
                match (provision, role.document()) {
                    (Some(provision), Some(kind)) => row.cell(|form| {
                        form.field(Anchor::DatasetParty(i, p, PartyField::Document), |ui| {
                            ui.add(
                                TextEdit::multiline(document)
                                    .id_salt(("party document", i, p))
                                    .desired_width(f32::INFINITY)
                                    .desired_rows(1)
                                    .return_key(None)
                                    .hint_text(format!(
                                        "The {kind} that sets out its part ({provision})"
                                    )),
                            )
                            .accessible_name(format!("{what} {kind}"))
                        });
                    }),
                    _ => row.text(RichText::new("None needed for a controller").weak()),
                }
                row.cell(|form| {
                    if form
                        .button("Remove")
                        .accessible_name(format!("Remove {}", what.to_lowercase()))
                        .clicked()
                    {
                        remove = Some(p);
                    }
                });
            });
        }
    });
    if let Some(p) = remove {
        roles.remove(p);
    }
}

/// The party's name, typed (a processor is often a supplier, not a partner) or picked from
/// the partners with the button beside it; together they fill the width there is.
fn name_picker(ui: &mut Ui, what: &str, value: &mut String, names: &[String]) -> Response {
    ui.horizontal(|ui| {
        let width = (ui.available_width() - PICK_WIDTH).max(TEXT_MIN_WIDTH);
        let mut response = ui
            .add(
                TextEdit::singleline(value)
                    .desired_width(width)
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
    })
    .inner
}

/// A site or a system: what it is called, what happens to it and when, and the notes.
struct Change<'a, C> {
    name: &'a mut String,
    change: &'a mut C,
    when: &'a mut Option<NaiveDate>,
    notes: &'a mut String,
}

/// What a table of sites or systems is called and prompts for.
struct ChangeList {
    /// The singular, capitalised: "Site".
    what: &'static str,
    /// The finding about row `i` lands on its name.
    anchor: fn(usize) -> Anchor,
    /// The hint in an empty notes cell.
    hint: &'static str,
}

impl ChangeList {
    /// The id salt of row `i`'s date cell.
    fn date_salt(&self, i: usize) -> (&'static str, usize) {
        (self.what, i)
    }
}

/// A table of sites or systems, each row with its move and remove buttons; returns the move
/// or removal the user asked for.
fn change_rows<'a, C: Choice + 'a>(
    form: &mut Form<'_>,
    list: &ChangeList,
    rows: impl Iterator<Item = Change<'a, C>>,
    count: usize,
) -> Option<RowAction> {
    let mut rows: Vec<Change<'a, C>> = rows.collect();
    if rows.is_empty() {
        return None;
    }
    let what = list.what;
    let lower = what.to_lowercase();
    let mut action = None;
    let table = Table::new(("estates_ict", what))
        .column(Column::fixed("", 28.0))
        .column(Column::fill(what, TEXT_MIN_WIDTH))
        .column(Column::fixed("Change", CHANGE_WIDTH))
        .column(Column::fixed("When", DATE_WIDTH))
        .column(Column::fill("Notes", TEXT_MIN_WIDTH).share(2.0))
        .column(Column::fixed("", ROW_BUTTONS_WIDTH))
        .frozen(2)
        .actions();
    form.table(table, |body| {
        for (i, row_data) in rows.iter_mut().enumerate() {
            let n = i + 1;
            let Change {
                name,
                change,
                when,
                notes,
            } = row_data;
            body.row(|row| {
                row.text(format!("{n}."));
                row.cell(|form| {
                    form.text_cell(&format!("{what} {n} name"), name, (list.anchor)(i));
                });
                row.cell(|form| {
                    form.enum_cell(
                        ("change", what, i),
                        &format!("{what} {n} change"),
                        *change,
                        None,
                    );
                });
                row.cell(|form| {
                    form.date_cell(list.date_salt(i), &format!("{what} {n} date"), when, None);
                });
                row.cell(|form| {
                    form.add(
                        TextEdit::multiline(*notes)
                            .id_salt(("notes", what, i))
                            .desired_width(f32::INFINITY)
                            .desired_rows(2)
                            .hint_text(list.hint),
                    )
                    .accessible_name(format!("{what} {n} notes"));
                });
                row.cell(|form| {
                    if let Some(a) = widgets::row_buttons(form, &format!("{lower} {n}"), i, count) {
                        action = Some(a);
                    }
                });
            });
        }
    });
    action
}

const SITES: ChangeList = ChangeList {
    what: "Site",
    anchor: Anchor::Site,
    hint: "What changes and for whom, and any cost or receipt",
};

const SYSTEMS: ChangeList = ChangeList {
    what: "System",
    anchor: Anchor::System,
    hint: "What changes, and where the data and users go",
};

fn site_cards(form: &mut Form<'_>, sites: &mut Vec<Site>) {
    form.weak("Sites that open, close or change use.");
    let count = sites.len();
    let rows = sites.iter_mut().map(|site| Change {
        name: &mut site.name,
        change: &mut site.change,
        when: &mut site.when,
        notes: &mut site.notes,
    });
    if let Some(action) = change_rows(form, &SITES, rows, count) {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| {
            SITES.date_salt(row)
        });
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
    let rows = systems.iter_mut().map(|system| Change {
        name: &mut system.name,
        change: &mut system.change,
        when: &mut system.when,
        notes: &mut system.notes,
    });
    if let Some(action) = change_rows(form, &SYSTEMS, rows, count) {
        action.carry_cell_text(form.ctx(), count, CellKind::Date, |row| {
            SYSTEMS.date_salt(row)
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
