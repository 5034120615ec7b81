//! Finance figures checked against values worked by hand.

use casewright::case::finance::{
    Finance, FinanceLine, FlowKind, Payback, Recurrence, SplitMethod, apportion,
};
use casewright::case::money::{Money, Percent};
use casewright::case::partners::Force;

fn line(kind: FlowKind, pounds: [i64; 5]) -> FinanceLine {
    FinanceLine {
        label: "line".into(),
        kind,
        recurrence: Recurrence::Recurring,
        amounts: pounds.into_iter().map(Money::pounds).collect(),
    }
}

fn force(name: &str, budget_pounds: i64) -> Force {
    Force {
        name: name.into(),
        annual_revenue_budget: Money::pounds(budget_pounds),
        ..Force::default()
    }
}

/// £100,000 spent in year 0, £30,000 saved in each of years 1–4, at 3.5%.
/// Discount factors 1/1.035^t: 0.966184, 0.933511, 0.901943, 0.871442 (sum 3.673079), so
/// PV(savings) = £110,192.38 and NPV = £10,192.38; BCR = 1.1019; cumulative net is
/// −100k, −70k, −40k, −10k, +20k, so payback is year 4 (2030/31).
#[test]
fn npv_at_three_and_a_half_percent_over_five_years() {
    let finance = Finance {
        first_year: 2026,
        years: 5,
        lines: vec![
            line(FlowKind::Cost, [100_000, 0, 0, 0, 0]),
            line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
        ],
        ..Finance::default()
    };
    let summary = finance.summarise(&[]);
    assert_eq!(summary.pv_costs, Money(10_000_000));
    assert_eq!(summary.pv_savings, Money(11_019_238));
    assert_eq!(summary.npv, Money(1_019_238));
    let bcr = summary.benefit_cost_ratio.expect("has costs");
    assert!((bcr - 1.1019238).abs() < 1e-6, "bcr {bcr}");
    assert_eq!(summary.total_net, Money::pounds(20_000));
    assert_eq!(
        summary.payback,
        Payback::InYear {
            index: 4,
            label: "2030/31".into()
        }
    );
    assert_eq!(summary.years[3].cumulative_net, Money::pounds(-10_000));
    assert!((summary.years[2].discount_factor - 0.933_510_7).abs() < 1e-6);
}

/// Optimism bias of 41% raises the present value of costs by 41% and nothing else.
#[test]
fn optimism_bias_uplifts_costs_in_the_appraisal_only() {
    let finance = Finance {
        years: 5,
        lines: vec![
            line(FlowKind::Cost, [100_000, 0, 0, 0, 0]),
            line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
        ],
        optimism_bias: Percent(4100),
        ..Finance::default()
    };
    let summary = finance.summarise(&[]);
    assert_eq!(summary.pv_costs, Money::pounds(141_000));
    assert_eq!(summary.total_costs, Money::pounds(100_000));
    assert_eq!(summary.npv, Money(11_019_238 - 14_100_000));
}

/// Two forces with budgets of £300m and £100m share 75% / 25%: of £100,000 costs and
/// £120,000 savings, the first pays £75,000 and gains £90,000 (net £15,000); the second
/// pays £25,000 and gains £30,000 (net £5,000).
#[test]
fn split_by_two_budgets() {
    let forces = [force("North", 300_000_000), force("South", 100_000_000)];
    let finance = Finance {
        years: 5,
        lines: vec![
            line(FlowKind::Cost, [100_000, 0, 0, 0, 0]),
            line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
        ],
        split: SplitMethod::ByRevenueBudget,
        ..Finance::default()
    };
    let positions = finance.summarise(&forces).partners;
    assert_eq!(positions.len(), 2);
    assert_eq!(positions[0].share, Percent(7500));
    assert_eq!(positions[0].contribution, Money::pounds(75_000));
    assert_eq!(positions[0].savings, Money::pounds(90_000));
    assert_eq!(positions[0].net, Money::pounds(15_000));
    assert_eq!(positions[1].share, Percent(2500));
    assert_eq!(positions[1].contribution, Money::pounds(25_000));
    assert_eq!(positions[1].net, Money::pounds(5_000));
}

#[test]
fn equal_and_custom_splits() {
    let mut forces = vec![force("A", 1), force("B", 1), force("C", 1)];
    let finance = Finance {
        years: 5,
        lines: vec![line(FlowKind::Cost, [100, 0, 0, 0, 0])],
        split: SplitMethod::Equal,
        ..Finance::default()
    };
    let positions = finance.summarise(&forces).partners;
    let paid: Vec<Money> = positions.iter().map(|p| p.contribution).collect();
    assert_eq!(paid, vec![Money(3334), Money(3333), Money(3333)]);
    assert_eq!(
        positions
            .iter()
            .map(|p| p.share.basis_points())
            .sum::<u32>(),
        10_000
    );

    forces[0].custom_share = Percent(5000);
    forces[1].custom_share = Percent(3000);
    forces[2].custom_share = Percent(2000);
    let custom = Finance {
        split: SplitMethod::Custom,
        ..finance
    };
    let paid: Vec<Money> = custom
        .summarise(&forces)
        .partners
        .iter()
        .map(|p| p.contribution)
        .collect();
    assert_eq!(
        paid,
        vec![Money::pounds(50), Money::pounds(30), Money::pounds(20)]
    );
}

#[test]
fn no_split_without_budgets() {
    let forces = [force("A", 0), force("B", 0)];
    let finance = Finance {
        lines: vec![line(FlowKind::Cost, [100, 0, 0, 0, 0])],
        ..Finance::default()
    };
    assert!(finance.shares(&forces).is_none());
    assert!(finance.summarise(&forces).partners.is_empty());
}

#[test]
fn payback_outside_the_period_and_with_no_lines() {
    let never = Finance {
        years: 5,
        lines: vec![
            line(FlowKind::Cost, [100, 100, 100, 100, 100]),
            line(FlowKind::Saving, [0, 10, 10, 10, 10]),
        ],
        ..Finance::default()
    };
    assert_eq!(never.summarise(&[]).payback, Payback::NotWithinPeriod);
    assert_eq!(
        Finance::default().summarise(&[]).payback,
        Payback::NotWithinPeriod
    );
    let dips_again = Finance {
        years: 5,
        lines: vec![
            line(FlowKind::Cost, [0, 0, 100, 0, 0]),
            line(FlowKind::Saving, [50, 0, 0, 60, 0]),
        ],
        ..Finance::default()
    };
    assert_eq!(
        dips_again.summarise(&[]).payback,
        Payback::InYear {
            index: 3,
            label: "2029/30".into()
        }
    );
}

#[test]
fn normalising_pads_lines_and_never_drops_figures() {
    let mut finance = Finance {
        years: 3,
        lines: vec![
            line(FlowKind::Cost, [1, 2, 3, 4, 5]),
            FinanceLine::default(),
        ],
        ..Finance::default()
    };
    finance.normalise();
    assert_eq!(finance.years, 5);
    assert!(finance.lines.iter().all(|l| l.amounts.len() == 5));
    assert_eq!(finance.lines[0].total(), Money::pounds(15));
}

#[test]
fn apportion_always_adds_up() {
    for total in [-1_000_001_i64, -7, 0, 1, 2, 999, 1_000_003] {
        for weights in [vec![1, 1, 1], vec![7, 0, 3], vec![u128::from(u64::MAX), 1]] {
            let parts = apportion(Money(total), &weights);
            assert_eq!(
                parts.iter().copied().sum::<Money>(),
                Money(total),
                "{total} over {weights:?}"
            );
        }
    }
}

#[test]
fn year_labels_are_financial_years() {
    let finance = Finance {
        first_year: 2099,
        ..Finance::default()
    };
    assert_eq!(finance.year_label(0), "2099/00");
    assert_eq!(finance.year_label(1), "2100/01");
}
