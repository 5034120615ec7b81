//! The figures workbook, read back with nothing installed: every example and fixture exports
//! one; it has the Inputs sheet, a sheet per appraised option, and the calculation sheets,
//! protected without a password; and the value each formula stores for every option's PV
//! costs, PV savings, NPV and BCR, each force's net total, and each sensitivity scenario's NPV
//! and switching value, is `Finance::appraise`'s, `Finance::force_positions`' and
//! `Finance::sensitivity`'s own. (`.ci/check-workbook` has LibreOffice recalculate every
//! formula and compares the results with the paper's figures.)

mod fixtures;

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use casewright::case::Case;
use casewright::case::finance::{Prices, SwitchingValue, UpliftSwitch};
use casewright::case::storage;
use casewright::report::Format;
use casewright::report::xlsx::{
    SHEET_APPRAISAL, SHEET_CASH, SHEET_FORCES, SHEET_INPUTS, SHEET_SENSITIVITY, sheet_name,
};

/// A written workbook's parts, by name.
struct Workbook {
    parts: BTreeMap<String, String>,
}

impl Workbook {
    fn of(case: &Case) -> Workbook {
        let bytes = Format::Xlsx.render(case).expect("exports a workbook");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("the workbook unzips");
        let mut parts = BTreeMap::new();
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).expect("a part");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("a text part");
            parts.insert(file.name().expect("a part name").into_owned(), text);
        }
        Workbook { parts }
    }

    /// The sheets' names in order.
    fn sheets(&self) -> Vec<String> {
        let book = &self.parts["xl/workbook.xml"];
        book.split("<sheet ")
            .skip(1)
            .map(|tag| attribute(tag, "name").expect("a sheet has a name"))
            .collect()
    }

    /// The XML of sheet `name`.
    fn sheet(&self, name: &str) -> &str {
        let position = self
            .sheets()
            .iter()
            .position(|sheet| sheet == name)
            .unwrap_or_else(|| panic!("no sheet {name}"));
        &self.parts[&format!("xl/worksheets/sheet{}.xml", position + 1)]
    }

    /// The sheet and cell a defined name points at.
    fn name(&self, name: &str) -> (String, String) {
        let book = &self.parts["xl/workbook.xml"];
        let start = format!("<definedName name=\"{name}\">");
        let at = book
            .find(&start)
            .unwrap_or_else(|| panic!("no defined name {name}"));
        let rest = &book[at + start.len()..];
        let target = &rest[..rest.find('<').expect("the name ends")];
        let (sheet, cell) = target.rsplit_once('!').expect("a sheet and a cell");
        (
            sheet.trim_matches('\'').replace("''", "'"),
            cell.replace('$', ""),
        )
    }

    /// The value stored in the cell a defined name points at.
    fn stored(&self, name: &str) -> String {
        let (sheet, cell) = self.name(name);
        let xml = self.sheet(&sheet);
        let start = xml
            .find(&format!("<c r=\"{cell}\""))
            .unwrap_or_else(|| panic!("no cell {cell} on {sheet}"));
        let rest = &xml[start..];
        let end = rest.find("</c>").expect("the cell ends");
        let cell_xml = &rest[..end];
        assert!(cell_xml.contains("<f>"), "{name} is a formula: {cell_xml}");
        let value = cell_xml.split("<v>").nth(1).expect("a stored value");
        value[..value.find("</v>").expect("the value ends")].to_owned()
    }
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].replace("&amp;", "&"))
}

fn key(label: &str) -> String {
    label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word[..1].to_ascii_uppercase() + &word[1..])
        .collect()
}

fn pence(stored: &str) -> i64 {
    let pounds: f64 = stored.parse().expect("a number");
    (pounds * 100.0).round() as i64
}

fn cases() -> Vec<(String, Case)> {
    let mut cases: Vec<(String, Case)> = fixtures::example_files()
        .into_iter()
        .map(|path| {
            let case = storage::load(&path).expect("an example loads");
            (path.display().to_string(), case)
        })
        .collect();
    cases.push(("complete".into(), fixtures::complete_case()));
    cases.push(("realistic".into(), fixtures::realistic_case()));
    cases
}

#[test]
fn every_workbook_stores_the_appraisals_own_figures() {
    for (name, case) in cases() {
        let book = Workbook::of(&case);
        let appraisal = case.finance.appraise(&case.options).expect("appraises");
        for result in appraisal.options() {
            let option = key(result.kind.label());
            let measures = &result.measures;
            assert_eq!(
                pence(&book.stored(&format!("NPV_{option}"))),
                measures.npv.pence(),
                "{name}: NPV of {option}"
            );
            assert_eq!(
                pence(&book.stored(&format!("PVCosts_{option}"))),
                measures.pv_costs.pence(),
                "{name}: PV costs of {option}"
            );
            assert_eq!(
                pence(&book.stored(&format!("PVSavings_{option}"))),
                measures.pv_savings.pence(),
                "{name}: PV savings of {option}"
            );
            let bcr = book.stored(&format!("BCR_{option}"));
            match measures.benefit_cost_ratio {
                Some(ratio) => assert_eq!(bcr.parse::<f64>().expect("a ratio"), ratio, "{name}"),
                None => assert_eq!(bcr, "–", "{name}"),
            }
        }
        for result in &appraisal.results {
            let positions = case
                .finance
                .force_positions(result.kind, &case.partners.forces, Prices::Cash)
                .expect("positions");
            for (index, position) in positions.iter().flat_map(|p| p.forces.iter().enumerate()) {
                let stored =
                    book.stored(&format!("Net_{}_{}", key(result.kind.label()), index + 1));
                assert_eq!(
                    pence(&stored),
                    position.total.net.pence(),
                    "{name}: {}",
                    position.force
                );
            }
        }
    }
}

#[test]
fn every_workbook_computes_the_sensitivity_and_switching_values_by_formula() {
    let mut analysed = 0;
    for (name, case) in cases() {
        let book = Workbook::of(&case);
        let appraisal = case.finance.appraise(&case.options).expect("appraises");
        let Some(sensitivity) = case
            .finance
            .sensitivity(&case.options, &appraisal)
            .expect("the sensitivity adds up")
        else {
            continue;
        };
        analysed += 1;
        for (index, row) in sensitivity.rows.iter().enumerate() {
            let compared = [
                (Some(sensitivity.preferred), Some(&row.preferred)),
                (sensitivity.runner_up, row.runner_up.as_ref()),
            ];
            for (kind, outcome) in compared {
                let (Some(kind), Some(outcome)) = (kind, outcome) else {
                    continue;
                };
                let cell = format!("Sensitivity_NPV_{}_{}", key(kind.label()), index + 1);
                assert_eq!(
                    pence(&book.stored(&cell)),
                    outcome.npv.pence(),
                    "{name}: {cell}"
                );
            }
        }
        let fall = |value: &SwitchingValue, cell: &str| match value {
            SwitchingValue::Fall { amount, .. } => {
                assert_eq!(pence(&book.stored(cell)), amount.pence(), "{name}: {cell}");
            }
            other => assert_eq!(book.stored(cell), other.phrase(), "{name}: {cell}"),
        };
        fall(&sensitivity.to_zero, "Switch_ToZero");
        if let Some((_, value)) = &sensitivity.to_second {
            fall(value, "Switch_ToNext");
        }
        if let Some((_, UpliftSwitch::At { switching, .. })) = &sensitivity.uplift_to_second {
            let stored: f64 = book.stored("Switch_Uplift").parse().expect("a fraction");
            assert_eq!((stored * 10_000.0).round() as u32, switching.0, "{name}");
        }
        let formulas = book.sheet(SHEET_SENSITIVITY).matches("<f>").count();
        assert!(
            formulas >= 40,
            "{name}: {formulas} formulas on the Sensitivity sheet"
        );
    }
    assert!(analysed >= 4, "every example has a sensitivity analysis");
}

#[test]
fn every_workbook_has_its_sheets_and_protects_the_calculations_without_a_password() {
    for (name, case) in cases() {
        let book = Workbook::of(&case);
        let appraisal = case.finance.appraise(&case.options).expect("appraises");
        let mut expected = vec![SHEET_INPUTS.to_owned()];
        expected.extend(appraisal.results.iter().map(|r| sheet_name(r.kind)));
        expected.extend(
            [SHEET_APPRAISAL, SHEET_SENSITIVITY, SHEET_FORCES, SHEET_CASH].map(str::to_owned),
        );
        assert_eq!(book.sheets(), expected, "{name}");
        for sheet in [SHEET_APPRAISAL, SHEET_SENSITIVITY, SHEET_FORCES, SHEET_CASH] {
            let xml = book.sheet(sheet);
            let protection = xml
                .split("<sheetProtection")
                .nth(1)
                .unwrap_or_else(|| panic!("{name}: {sheet} is protected"));
            let tag = &protection[..protection.find("/>").expect("the tag ends")];
            assert!(!tag.contains("password"), "{name}: {sheet}: {tag}");
        }
        for sheet in book.sheets().iter().take(appraisal.results.len() + 1) {
            assert!(
                !book.sheet(sheet).contains("<sheetProtection"),
                "{name}: {sheet} is input"
            );
        }
        for input in [
            "DiscountRate",
            "SavingsAdjustment",
            "Inflation",
            "PayInflation",
            "OB_Other",
        ] {
            assert_eq!(book.name(input).0, SHEET_INPUTS, "{name}: {input}");
        }
        let styles = &book.parts["xl/styles.xml"];
        assert!(
            styles.contains("£#,##0;(£#,##0)"),
            "{name}: the paper's pounds"
        );
    }
}
