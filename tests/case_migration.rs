//! Format version 1 files: each still loads, and its preferred option keeps the net present
//! value, benefit–cost ratio and payback version 1 gave it, to the penny.
//!
//! The figures below are what the version 1 build (`Finance::summarise` before the economic
//! case was added) printed for each file; `tests/fixtures/v1/` holds the four examples as they
//! stood then, and `format-v1.ron` the first file format fixture.

use std::path::Path;

use casewright::case::finance::Payback;
use casewright::case::options::{OptionKind, OptionStatus};
use casewright::case::storage::{self, FORMAT_VERSION};

/// A version 1 file and its preferred option's figures then.
struct Expected {
    file: &'static str,
    preferred: OptionKind,
    pv_costs: i64,
    pv_savings: i64,
    npv: i64,
    ratio: f64,
    payback_year: usize,
}

const EXPECTED: [Expected; 5] = [
    Expected {
        file: "format-v1.ron",
        preferred: OptionKind::LeadForce,
        pv_costs: 191_336_250,
        pv_savings: 322_480_451,
        npv: 131_144_201,
        ratio: 1.685_412_204_953_321_8,
        payback_year: 1,
    },
    Expected {
        file: "v1/cumbria-lancashire-firearms-training.ron",
        preferred: OptionKind::LeadForce,
        pv_costs: 191_336_250,
        pv_savings: 322_480_451,
        npv: 131_144_201,
        ratio: 1.685_412_204_953_321_8,
        payback_year: 1,
    },
    Expected {
        file: "v1/south-wales-gwent-digital-forensics.ron",
        preferred: OptionKind::StrategicAlliance,
        pv_costs: 528_322_108,
        pv_savings: 757_586_049,
        npv: 229_263_941,
        ratio: 1.433_947_278_617_384_6,
        payback_year: 1,
    },
    Expected {
        file: "v1/south-west-shared-hr.ron",
        preferred: OptionKind::SharedFunction,
        pv_costs: 1_858_263_652,
        pv_savings: 2_052_266_784,
        npv: 194_003_132,
        ratio: 1.104_400_218_877_014_3,
        payback_year: 4,
    },
    Expected {
        file: "v1/thames-valley-hampshire-joint-operations.ron",
        preferred: OptionKind::SharedFunction,
        pv_costs: 649_129_200,
        pv_savings: 1_322_172_689,
        npv: 673_043_489,
        ratio: 2.036_840_568_872_883_7,
        payback_year: 2,
    },
];

#[test]
fn every_version_1_case_keeps_its_preferred_options_figures_to_the_penny() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for expected in EXPECTED {
        let path = folder.join(expected.file);
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        assert!(
            text.contains("format_version: 1,"),
            "{} is not version 1",
            expected.file
        );
        let case = storage::load(&path).unwrap_or_else(|e| panic!("{}: {e}", expected.file));
        assert_eq!(case.format_version, FORMAT_VERSION);
        assert_eq!(case.options.preferred(), Some(expected.preferred));
        let appraisal = case.finance.appraise(&case.options).expect("appraises");
        let result = appraisal.get(expected.preferred).expect("appraised");
        let m = &result.measures;
        assert_eq!(m.pv_costs.pence(), expected.pv_costs, "{}", expected.file);
        assert_eq!(
            m.pv_savings.pence(),
            expected.pv_savings,
            "{}",
            expected.file
        );
        assert_eq!(m.npv.pence(), expected.npv, "{}", expected.file);
        assert_eq!(
            m.benefit_cost_ratio,
            Some(expected.ratio),
            "{}",
            expected.file
        );
        assert!(
            matches!(m.payback, Payback::InYear { index, .. } if index == expected.payback_year),
            "{}: {:?}",
            expected.file,
            m.payback
        );
    }
}

#[test]
fn a_version_1_case_puts_its_lines_on_the_preferred_option_shared_at_the_old_rate() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1.ron");
    let case = storage::load(&path).expect("loads");
    let lines = &case.finance.option(OptionKind::LeadForce).lines;
    assert_eq!(lines.len(), 10);
    assert!(lines.iter().all(|line| line.falls_in == Default::default()));
    for category in casewright::case::finance::OptimismCategory::ALL {
        assert_eq!(
            case.finance.optimism_rates.rate(category).basis_points(),
            1200
        );
    }
    for kind in OptionKind::ALL
        .into_iter()
        .filter(|k| *k != OptionKind::LeadForce)
    {
        assert!(case.finance.option(kind).lines.is_empty(), "{kind:?}");
    }
    // Business as usual was "ruled out" in version 1; it is the comparator now.
    assert_eq!(
        case.options.appraisals[&OptionKind::BusinessAsUsual].status,
        OptionStatus::Baseline
    );
}

#[test]
fn a_migrated_case_saves_in_the_current_format_and_loads_back_the_same() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1.ron");
    let case = storage::load(&path).expect("loads");
    let text = storage::to_ron(&case).expect("serialises");
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION},")));
    assert_eq!(storage::from_ron(&text).expect("reloads"), case);
}

#[test]
fn a_version_1_draft_with_no_preferred_option_keeps_its_lines_on_a_shortlisted_option() {
    let text = "(format_version: 1, options: (appraisals: { JointVenture: (status: Shortlisted) }), \
                finance: (lines: [(label: \"Set-up\", kind: Cost, amounts: [100])], optimism_bias: 500))";
    let case = storage::from_ron(text).expect("loads");
    let lines = &case.finance.option(OptionKind::JointVenture).lines;
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].label, "Set-up");
    let empty = storage::from_ron("(format_version: 1, finance: (lines: [(label: \"A\")]))")
        .expect("loads");
    assert_eq!(empty.finance.option(OptionKind::DoMinimum).lines.len(), 1);
}
