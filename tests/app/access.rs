//! The window as a screen reader reads it: the AccessKit tree egui_kittest builds, which
//! AccessKit's platform adapters hand to Orca, NVDA and VoiceOver. Each test reads what a user
//! would hear: a drop-down's value, a field's finding, the headings, the dialogs.

use casewright::app::App;
use casewright::app::commands::Command;
use casewright::case::{Severity, Step};
use egui::accesskit::{HasPopup, Invalid, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

use crate::support::{app_in, click, go_to, type_into};

/// The app with the south-west example open, as a user opens it from the start screen.
fn south_west() -> Harness<'static, App> {
    let example = casewright::app::examples::EXAMPLES
        .iter()
        .find(|example| example.file_name.contains("south-west"))
        .expect("the south-west example is bundled");
    let title = example
        .load()
        .expect("the example loads")
        .display_title()
        .to_owned();
    let mut h = app_in(None);
    h.get_all_by_label(&title)
        .next()
        .expect("the example is listed")
        .click_accesskit();
    h.run();
    h
}

/// The front sheet's "Part of the agenda" drop-down.
fn agenda<'tree>(h: &'tree Harness<'_, App>) -> AccessKitNode<'tree> {
    h.get_by(|node| {
        node.role() == Role::ComboBox && node.label().as_deref() == Some("Part of the agenda")
    })
    .accesskit_node()
}

/// The text field named `label`.
fn text_input<'tree>(h: &'tree Harness<'_, App>, label: &'tree str) -> AccessKitNode<'tree> {
    h.get_by(|node| crate::support::is_text_input(node, label))
        .accesskit_node()
}

/// Every drop-down on the screen, by name, with its value, failing on one with no name.
fn drop_downs(h: &Harness<'_, App>) -> Vec<(String, Option<String>)> {
    h.query_all_by_role(Role::ComboBox)
        .map(|node| {
            let node = node.accesskit_node();
            let name = node.label().unwrap_or_default();
            assert!(!name.is_empty(), "a drop-down has no name: {node:?}");
            (name, node.value())
        })
        .collect()
}

#[test]
fn every_drop_down_says_its_current_value_and_that_it_opens_a_list() {
    let mut h = south_west();
    let agenda = agenda(&h);
    assert_eq!(agenda.value().as_deref(), Some("Part 1 (public)"));
    assert_eq!(agenda.has_popup(), Some(HasPopup::Listbox));
    assert_eq!(agenda.data().is_expanded(), Some(false));
    for step in [Step::FrontSheet, Step::Finance, Step::Risks] {
        go_to(&mut h, step);
        let found = drop_downs(&h);
        assert!(!found.is_empty(), "{step:?} has drop-downs");
        for (name, value) in found {
            assert!(
                value.is_some_and(|value| !value.is_empty()),
                "{step:?}: the drop-down {name} says no value"
            );
        }
        let closed = h
            .query_all_by_role(Role::ComboBox)
            .map(|node| node.accesskit_node())
            .filter(|node| {
                node.has_popup() != Some(HasPopup::Listbox)
                    || node.data().is_expanded() != Some(false)
            })
            .map(|node| node.label().unwrap_or_default())
            .collect::<Vec<_>>();
        assert!(
            closed.is_empty(),
            "{step:?}: drop-downs that do not say they open a list: {closed:?}"
        );
    }
}

#[test]
fn an_open_drop_down_says_it_is_expanded_and_its_list_is_named() {
    let mut h = south_west();
    click(&mut h, "Part of the agenda");
    assert_eq!(agenda(&h).data().is_expanded(), Some(true));
    let list = h.get_by_role(Role::ListBox).accesskit_node();
    assert_eq!(list.label().as_deref(), Some("Part of the agenda"));
}

/// The nodes with a description, by name.
fn described(h: &Harness<'_, App>) -> Vec<(String, String, Option<Invalid>)> {
    h.query_all_by(|node| node.description().is_some())
        .map(|node| {
            let node = node.accesskit_node();
            (
                node.label().unwrap_or_default(),
                node.description().unwrap_or_default(),
                node.data().invalid(),
            )
        })
        .collect()
}

#[test]
fn a_fields_finding_is_its_description_and_marks_it_invalid() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    // A new case's step shows its findings once the user has moved on from it.
    crate::support::next(&mut h);
    go_to(&mut h, Step::FrontSheet);
    let document = h.state().document().expect("a case is open");
    assert!(document.presents(Step::FrontSheet));
    let errors: Vec<String> = document
        .checks()
        .steps
        .iter()
        .find(|check| check.step == Step::FrontSheet)
        .expect("the front sheet is checked")
        .findings
        .iter()
        .map(|index| &document.checks().findings[*index])
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.message.clone())
        .collect();
    assert!(!errors.is_empty(), "a new case's front sheet has errors");
    let described = described(&h);
    for error in &errors {
        assert!(
            described
                .iter()
                .any(|(_, words, invalid)| words.contains(error.as_str())
                    && *invalid == Some(Invalid::True)),
            "no field is described by {error:?}: {described:?}"
        );
    }
    let author = text_input(&h, "Report author");
    assert_eq!(
        author.description().as_deref(),
        Some("Name the report author.")
    );
    let title = text_input(&h, "Title");
    assert_eq!(
        title.description(),
        None,
        "a field with no finding has none"
    );
    assert_eq!(title.data().invalid(), None);

    type_into(&mut h, "Report author", "Ch Supt A. Jones");
    let author = text_input(&h, "Report author");
    assert_eq!(
        author.description(),
        None,
        "the finding went with the error"
    );
    assert_eq!(author.data().invalid(), None);
}

/// The headings on screen, as (level, name).
fn headings(h: &Harness<'_, App>) -> Vec<(Option<usize>, String)> {
    h.query_all_by_role(Role::Heading)
        .map(|node| node.accesskit_node())
        .map(|node| (node.level(), node.label().unwrap_or_default()))
        .collect()
}

#[test]
fn every_step_has_its_title_as_a_heading_and_its_sections_below_it() {
    let mut h = south_west();
    let wizard = casewright::app::steps::Wizard::default();
    for (step, title) in wizard.steps() {
        go_to(&mut h, step);
        let found = headings(&h);
        assert!(
            found.contains(&(Some(1), title.to_owned())),
            "{step:?} has no heading {title:?}: {found:?}"
        );
    }
    go_to(&mut h, Step::Finance);
    let found = headings(&h);
    assert!(
        found.contains(&(Some(2), "Comparison of the options".to_owned())),
        "{found:?}"
    );
}

/// Whether `node` is `ancestor` or lies inside it.
fn within(node: &AccessKitNode<'_>, ancestor: &AccessKitNode<'_>) -> bool {
    node.id() == ancestor.id() || node.is_descendant_of(ancestor)
}

#[test]
fn the_save_changes_dialog_is_named_modal_and_takes_the_focus_then_gives_it_back() {
    let mut h = app_in(None);
    click(&mut h, "New case");
    type_into(&mut h, "Title", "Joint dog unit");
    assert!(
        h.get_by(|node| crate::support::is_text_input(node, "Title"))
            .is_focused()
    );
    h.state_mut().queue(Command::Close);
    h.run();
    let dialog = h
        .get_by(|node| {
            node.role() == Role::Dialog && node.label().as_deref() == Some("Save changes?")
        })
        .accesskit_node();
    assert!(dialog.is_modal());
    let focused = h.get_by(|node| node.is_focused()).accesskit_node();
    assert_eq!(focused.label().as_deref(), Some("Save"));
    assert!(within(&focused, &dialog), "the focus is inside the dialog");

    click(&mut h, "Cancel");
    h.run();
    assert!(
        h.query_by(|node| node.role() == Role::Dialog).is_none(),
        "the dialog closed"
    );
    assert!(
        h.get_by(|node| crate::support::is_text_input(node, "Title"))
            .is_focused(),
        "the focus is back in the field it left"
    );
}

#[test]
fn the_window_is_named_for_the_case_and_the_count_of_findings_is_announced() {
    let mut h = south_west();
    let window = h.root().accesskit_node();
    let name = window.label().unwrap_or_default();
    assert!(name.ends_with("Casewright"), "{name:?}");
    assert!(
        name.contains(h.state().case().expect("open").display_title()),
        "{name:?}"
    );
    let count = h
        .get_by(|node| {
            node.label()
                .is_some_and(|label| label.contains("error") && label.contains("warning"))
                && node.role() == Role::Button
        })
        .accesskit_node();
    assert_eq!(count.live(), egui::accesskit::Live::Polite);
    go_to(&mut h, Step::FrontSheet);
}

/// The tables on screen: each one's name, its column headers' names and its count of rows
/// (the heading row included).
fn tables(h: &Harness<'_, App>) -> Vec<(String, Vec<String>, usize)> {
    h.query_all_by_role(Role::Table)
        .map(|table| {
            let rows: Vec<_> = table
                .children()
                .filter(|row| row.accesskit_node().role() == Role::Row)
                .collect();
            let headers = rows
                .first()
                .map(|row| {
                    row.children()
                        .map(|cell| cell.accesskit_node())
                        .filter(|cell| cell.role() == Role::ColumnHeader)
                        .map(|cell| cell.label().unwrap_or_default())
                        .collect()
                })
                .unwrap_or_default();
            let table = table.accesskit_node();
            assert_eq!(table.data().row_count(), Some(rows.len()));
            (table.label().unwrap_or_default(), headers, rows.len())
        })
        .collect()
}

#[test]
fn the_risk_register_is_a_table_of_every_risk_even_those_scrolled_out_of_view() {
    let mut h = south_west();
    go_to(&mut h, Step::Risks);
    let risks = h.state().case().expect("open").risks.risks.len();
    let found = tables(&h);
    let register = found
        .iter()
        .find(|(name, _, _)| name == "Risk register")
        .unwrap_or_else(|| panic!("no risk register table: {found:?}"));
    assert_eq!(register.1, ["Risk", "Score", "Rating", "Owned by"]);
    assert_eq!(
        register.2,
        risks + 1,
        "every risk is a row, under the headings"
    );
    let cells = h
        .get_by_role_and_label(Role::Table, "Risk register")
        .children_recursive()
        .filter(|node| node.accesskit_node().role() == Role::Cell)
        .count();
    assert_eq!(cells, risks * 4);
}

#[test]
fn the_finance_lines_are_tables_with_column_headers_and_cells() {
    let mut h = south_west();
    go_to(&mut h, Step::Finance);
    let found = tables(&h);
    assert!(!found.is_empty(), "the finance step has tables");
    for (name, headers, rows) in &found {
        assert!(!headers.is_empty(), "{name:?} has no column headers");
        assert!(*rows > 1, "{name:?} has no rows under its headings");
    }
    let amount = h
        .query_all_by_role(Role::Cell)
        .flat_map(|cell| cell.children_recursive().collect::<Vec<_>>())
        .any(|node| node.accesskit_node().role() == Role::TextInput);
    assert!(amount, "the amounts are fields inside cells");
}

#[test]
fn each_panels_resize_handle_is_named_for_what_it_resizes() {
    let mut h = south_west();
    go_to(&mut h, Step::Finance);
    let names: Vec<String> = h
        .query_all_by_role(Role::Splitter)
        .map(|handle| handle.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        ["Resize the list of steps", "Resize the guidance"],
        "the navigator's and the guidance's handles"
    );
}

/// The identity of every node on screen by its role and name, for those whose role and name
/// no other node shares.
fn identities(h: &Harness<'_, App>) -> std::collections::BTreeMap<(Role, String), String> {
    let mut seen = std::collections::BTreeMap::new();
    let mut shared = std::collections::BTreeSet::new();
    for node in h.query_all_by(|_| true).map(|node| node.accesskit_node()) {
        let name = node.label().or_else(|| node.value()).unwrap_or_default();
        let key = (node.role(), name);
        if seen
            .insert(key.clone(), format!("{:?}", node.id()))
            .is_some()
        {
            shared.insert(key);
        }
    }
    seen.retain(|key, _| !shared.contains(key));
    seen
}

#[test]
fn a_finding_that_appears_renames_and_renumbers_no_other_node() {
    let mut h = south_west();
    go_to(&mut h, Step::Risks);
    click(&mut h, "SWHR-01 Payroll errors at go-live");
    let before = identities(&h);
    h.get_by(|node| crate::support::is_text_input(node, "Owner"))
        .set_text_value_accesskit("");
    h.run();
    let described = h.get_by(|node| {
        node.role() == Role::TextInput
            && node
                .description()
                .is_some_and(|words| words.contains("has no owner"))
    });
    assert_eq!(
        described.accesskit_node().label().as_deref(),
        Some("Owner"),
        "the finding is on the field it is about"
    );
    let after = identities(&h);
    // A node that says what it said before is the same node: a screen reader that follows it
    // is not told of a removal and an insertion, nor of a new name on an unrelated node.
    let moved: Vec<_> = before
        .iter()
        .filter(|(key, id)| after.get(*key).is_some_and(|now| now != *id))
        .map(|(key, _)| key)
        .collect();
    assert!(
        moved.is_empty(),
        "{} nodes took a new identity: {moved:?}",
        moved.len()
    );
}

#[test]
fn the_navigator_is_a_list_of_steps_with_the_current_one_marked() {
    let mut h = south_west();
    go_to(&mut h, Step::Finance);
    let list = h.get_by_role_and_label(Role::List, "Steps");
    let current: Vec<String> = list
        .children_recursive()
        .map(|node| node.accesskit_node())
        .filter(|node| node.aria_current().is_some())
        .map(|node| node.label().unwrap_or_default())
        .collect();
    assert_eq!(current, ["Finance"]);
}

#[test]
fn the_charts_are_images_described_by_their_figures() {
    let mut h = south_west();
    go_to(&mut h, Step::Finance);
    let charts: Vec<_> = h
        .query_all_by(|node| {
            node.role() == Role::Image
                && node
                    .label()
                    .is_some_and(|name| name.starts_with("Chart of"))
        })
        .map(|node| node.accesskit_node())
        .map(|node| (node.label().unwrap_or_default(), node.description()))
        .collect();
    assert!(!charts.is_empty(), "the finance step draws charts");
    for (name, description) in charts {
        let description = description.unwrap_or_default();
        assert!(
            description.contains('£'),
            "{name} says no figures: {description:?}"
        );
    }
}
