//! The economic and financial case checked against figures worked by hand.
//!
//! Discount factors at 3.5%, 1 / 1.035^t for t = 0..4: 1, 0.9661835749, 0.9335107004,
//! 0.9019427057, 0.8714422277 (years 1–4 sum to 3.6730792087).

use casewright::case::finance::{
    AffordabilityYear, Contingency, ContingencySize, FallsIn, Finance, FinanceLine, Flow, FlowKind,
    ForcePlan, FundingSource, Indexation, OptimismCategory, Payback, Prices, Recurrence,
    RiskAdjustedYear, RiskCost, SavingKind, SavingsShare, SavingsTarget, Scenario, Spending,
    SplitMethod, SwitchingValue, UpliftSwitch, apportion,
};
use casewright::case::money::{Money, Percent};
use casewright::case::options::{OptionKind, OptionStatus, Options};
use casewright::case::partners::Force;
use casewright::case::risk::Risk;
use proptest::prelude::*;

fn line(kind: FlowKind, pounds: [i64; 5]) -> FinanceLine {
    FinanceLine {
        label: "line".into(),
        recurrence: Recurrence::Recurring,
        amounts: pounds.into_iter().map(Money::pounds).collect(),
        ..FinanceLine::new(kind, 5)
    }
}

fn cost(category: OptimismCategory, pounds: [i64; 5]) -> FinanceLine {
    FinanceLine {
        flow: Flow::Cost {
            category,
            funding: Default::default(),
        },
        ..line(FlowKind::Cost, pounds)
    }
}

fn force(name: &str, budget_pounds: i64) -> Force {
    Force {
        name: name.into(),
        annual_revenue_budget: Money::pounds(budget_pounds),
        ..Force::default()
    }
}

/// Options with `preferred` preferred and each of `shortlisted` on the short list.
fn options(preferred: OptionKind, shortlisted: &[OptionKind]) -> Options {
    let mut options = Options::default();
    for kind in shortlisted {
        options.appraisals.get_mut(kind).expect("present").status = OptionStatus::Shortlisted;
    }
    options.set_preferred(preferred);
    options
}

/// A five-year appraisal from 2026/27 with every optimism-bias rate at 0%.
fn finance() -> Finance {
    let mut finance = Finance {
        first_year: 2026,
        years: 5,
        ..Finance::default()
    };
    for category in OptimismCategory::ALL {
        *finance.optimism_rates.rate_mut(category) = Percent(0);
    }
    finance
}

// ---- The appraisal against business as usual ----

/// £100,000 spent in year 0, £30,000 saved in each of years 1–4, at 3.5%, against a business
/// as usual with no lines: PV(savings) = 30,000 × 3.6730792087 = £110,192.38 and NPV =
/// £10,192.38; BCR = 1.1019238; cumulative net is −100k, −70k, −40k, −10k, +20k, so payback
/// is year 4 (2030/31).
#[test]
fn npv_at_three_and_a_half_percent_over_five_years() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        line(FlowKind::Cost, [100_000, 0, 0, 0, 0]),
        line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
    ];
    let appraisal = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect("adds up");
    let result = appraisal.get(OptionKind::LeadForce).expect("appraised");
    let m = &result.measures;
    assert_eq!(m.pv_costs, Money(10_000_000));
    assert_eq!(m.pv_savings, Money(11_019_238));
    assert_eq!(m.npv, Money(1_019_238));
    let bcr = m.benefit_cost_ratio.expect("has costs");
    assert!((bcr - 1.1019238).abs() < 1e-6, "bcr {bcr}");
    assert_eq!(result.total_net(), Money::pounds(20_000));
    assert_eq!(
        m.payback,
        Payback::InYear {
            index: 4,
            label: "2030/31".into()
        }
    );
    assert_eq!(result.years[3].cumulative_net, Money::pounds(-10_000));
    assert!((finance.discount_factor(2) - 0.933_510_7).abs() < 1e-6);
    // Business as usual is the comparator, at zero, and ranks below an option that beats it.
    let baseline = appraisal.get(OptionKind::BusinessAsUsual).expect("always");
    assert_eq!(baseline.measures.npv, Money::ZERO);
    assert_eq!((result.rank, baseline.rank), (1, 2));
}

/// A non-cash-releasing saving is value, not cash: £1,500,000 of officer time in year 0 adds
/// £1,500,000 to PV(savings) but neither to the cash net saving (still £20,000) nor to the
/// payback, which stays in year 4 (cumulative cash −100k, −70k, −40k, −10k, +20k).
#[test]
fn a_non_cash_saving_moves_neither_the_cash_nor_the_payback() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        line(FlowKind::Cost, [100_000, 0, 0, 0, 0]),
        line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
        FinanceLine {
            flow: Flow::Saving {
                kind: SavingKind::NonCashReleasing,
            },
            ..line(FlowKind::Saving, [1_500_000, 0, 0, 0, 0])
        },
    ];
    let appraisal = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect("adds up");
    let result = appraisal.get(OptionKind::LeadForce).expect("appraised");
    assert_eq!(result.measures.pv_savings, Money(11_019_238 + 150_000_000));
    assert_eq!(result.total_savings, Money::pounds(120_000));
    assert_eq!(result.total_net(), Money::pounds(20_000));
    assert_eq!(result.years[0].savings, Money::ZERO);
    assert_eq!(result.years[0].net, Money::pounds(-100_000));
    assert_eq!(
        result.measures.payback,
        Payback::InYear {
            index: 4,
            label: "2030/31".into()
        }
    );
}

/// The worked case for the rest of this file: business as usual must refurbish a range for
/// £50,000 in year 1 (standard buildings, 20% uplift). The lead force spends £100,000 in year
/// 0 (other, 10%) and saves £30,000 a year from year 1; the shared function spends £80,000
/// and saves £20,000 a year.
///
/// Lead force against business as usual:
/// - PV(costs) = 100,000 × 1.1 = £110,000.00;
/// - PV(savings) = 30,000 × 3.6730792087 + 50,000 × 1.2 × 0.9661835749
///   = 110,192.38 + 57,971.01 = £168,163.39;
/// - NPV = £58,163.39; BCR = 168,163.39 / 110,000 = 1.528758;
/// - cash against business as usual −100k, +80k, +30k… so cumulative −100k, −20k, +10k:
///   payback in year 2 (2028/29).
///
/// Shared function: PV(costs) = £88,000.00; PV(savings) = 20,000 × 3.6730792087 + 57,971.01
/// = £131,432.60; NPV = £43,432.60; BCR 1.493552; payback also year 2 (−80k, −10k, +10k).
fn worked() -> (Finance, Options) {
    let mut finance = finance();
    *finance
        .optimism_rates
        .rate_mut(OptimismCategory::StandardBuildings) = Percent(2000);
    *finance.optimism_rates.rate_mut(OptimismCategory::Other) = Percent(1000);
    finance.option_mut(OptionKind::BusinessAsUsual).lines = vec![cost(
        OptimismCategory::StandardBuildings,
        [0, 50_000, 0, 0, 0],
    )];
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        cost(OptimismCategory::Other, [100_000, 0, 0, 0, 0]),
        line(FlowKind::Saving, [0, 30_000, 30_000, 30_000, 30_000]),
    ];
    finance.option_mut(OptionKind::SharedFunction).lines = vec![
        cost(OptimismCategory::Other, [80_000, 0, 0, 0, 0]),
        line(FlowKind::Saving, [0, 20_000, 20_000, 20_000, 20_000]),
    ];
    (
        finance,
        options(OptionKind::LeadForce, &[OptionKind::SharedFunction]),
    )
}

#[test]
fn each_option_against_a_business_as_usual_with_costs_of_its_own() {
    let (finance, options) = worked();
    let appraisal = finance.appraise(&options).expect("adds up");
    let kinds: Vec<OptionKind> = appraisal.results.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            OptionKind::BusinessAsUsual,
            OptionKind::SharedFunction,
            OptionKind::LeadForce
        ]
    );
    let lead = &appraisal
        .get(OptionKind::LeadForce)
        .expect("appraised")
        .measures;
    assert_eq!(lead.pv_costs, Money(11_000_000));
    assert_eq!(lead.pv_savings, Money(16_816_339));
    assert_eq!(lead.npv, Money(5_816_339));
    assert!((lead.benefit_cost_ratio.expect("costs") - 1.528_758).abs() < 1e-6);
    assert_eq!(
        lead.payback,
        Payback::InYear {
            index: 2,
            label: "2028/29".into()
        }
    );
    let shared = &appraisal
        .get(OptionKind::SharedFunction)
        .expect("appraised")
        .measures;
    assert_eq!(shared.pv_costs, Money(8_800_000));
    assert_eq!(shared.pv_savings, Money(13_143_260));
    assert_eq!(shared.npv, Money(4_343_260));
    assert!((shared.benefit_cost_ratio.expect("costs") - 1.493_552).abs() < 1e-6);
    assert_eq!(shared.payback.label(), "2028/29");
    let ranks: Vec<(OptionKind, usize)> = appraisal
        .ranked()
        .iter()
        .map(|r| (r.kind, r.rank))
        .collect();
    assert_eq!(
        ranks,
        [
            (OptionKind::LeadForce, 1),
            (OptionKind::SharedFunction, 2),
            (OptionKind::BusinessAsUsual, 3)
        ]
    );
    assert!(appraisal.is_highest(OptionKind::LeadForce));
    assert!(!appraisal.is_highest(OptionKind::SharedFunction));
    // Business as usual's own costs: 50,000 × 1.2 × 0.9661835749 = £57,971.01.
    let own = finance
        .own_present_values(OptionKind::BusinessAsUsual)
        .expect("business as usual's figures add up");
    assert_eq!((own.costs, own.savings), (Money(5_797_101), Money::ZERO));
}

/// A saving business as usual would make and the option would not is a cost of the option;
/// the savings adjustment reduces savings in the appraisal only.
#[test]
fn business_as_usual_savings_forgone_and_the_savings_adjustment() {
    let mut finance = finance();
    finance.option_mut(OptionKind::BusinessAsUsual).lines =
        vec![line(FlowKind::Saving, [10_000, 0, 0, 0, 0])];
    finance.option_mut(OptionKind::LeadForce).lines =
        vec![line(FlowKind::Saving, [40_000, 0, 0, 0, 0])];
    finance.savings_adjustment = Percent(2500);
    let appraisal = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect("adds up");
    let m = &appraisal
        .get(OptionKind::LeadForce)
        .expect("appraised")
        .measures;
    // Costs: business as usual's £10,000 saving forgone, less 25% = £7,500. Savings: £40,000
    // less 25% = £30,000. NPV £22,500, BCR 4.
    assert_eq!(m.pv_costs, Money::pounds(7_500));
    assert_eq!(m.pv_savings, Money::pounds(30_000));
    assert_eq!(m.npv, Money::pounds(22_500));
    assert_eq!(m.benefit_cost_ratio, Some(4.0));
    // Cash: £40,000 saved against £10,000 forgone pays back at once.
    assert_eq!(m.payback.label(), "2026/27");
    assert_eq!(
        appraisal
            .get(OptionKind::LeadForce)
            .expect("appraised")
            .total_savings,
        Money::pounds(40_000)
    );
}

/// Optimism bias by category: a cost is uplifted by its own category's rate, and an option
/// with rates of its own uses them.
#[test]
fn optimism_bias_is_applied_by_category_and_option() {
    let mut finance = finance();
    *finance
        .optimism_rates
        .rate_mut(OptimismCategory::Outsourcing) = Percent(4100);
    *finance
        .optimism_rates
        .rate_mut(OptimismCategory::StandardBuildings) = Percent(2400);
    finance.option_mut(OptionKind::Outsourcing).lines = vec![
        cost(OptimismCategory::Outsourcing, [100_000, 0, 0, 0, 0]),
        cost(OptimismCategory::StandardBuildings, [10_000, 0, 0, 0, 0]),
    ];
    let options = options(OptionKind::LeadForce, &[OptionKind::Outsourcing]);
    let pv = |finance: &Finance| {
        finance
            .appraise(&options)
            .expect("adds up")
            .get(OptionKind::Outsourcing)
            .expect("appraised")
            .measures
            .pv_costs
    };
    // 100,000 × 1.41 + 10,000 × 1.24 = £153,400.
    assert_eq!(pv(&finance), Money::pounds(153_400));
    let mut own = finance.optimism_rates.clone();
    *own.rate_mut(OptimismCategory::Outsourcing) = Percent(1000);
    finance.option_mut(OptionKind::Outsourcing).own_rates =
        Some(casewright::case::finance::OwnRates {
            optimism_rates: own,
            savings_adjustment: Percent(0),
            reason: "Firm bids received.".into(),
        });
    assert!(finance.rates_differ(OptionKind::Outsourcing));
    // 100,000 × 1.10 + 10,000 × 1.24 = £122,400.
    assert_eq!(pv(&finance), Money::pounds(122_400));
}

// ---- Sensitivity and switching values ----

#[test]
fn every_sensitivity_row_of_the_worked_case() {
    let (finance, options) = worked();
    let appraisal = finance.appraise(&options).expect("adds up");
    let sensitivity = finance
        .sensitivity(&options, &appraisal)
        .expect("adds up")
        .expect("a preferred option");
    assert_eq!(sensitivity.preferred, OptionKind::LeadForce);
    assert_eq!(sensitivity.runner_up, Some(OptionKind::SharedFunction));
    let scenarios: Vec<Scenario> = sensitivity.rows.iter().map(|row| row.scenario).collect();
    assert_eq!(scenarios, Scenario::USUAL);
    // Each shock acts on the option's own figures; the £60,000 refurbishment business as
    // usual would have met (£57,971.01 in present value) stays avoided in every scenario.
    // Own PV(savings): lead force 30,000 × 3.6730792087 = 11,019,238 pence; shared function
    // 20,000 × 3.6730792087 = 7,346,158. (scenario, lead force NPV, shared function NPV):
    // - its own savings 10% lower: 10% of 11,019,238 = 1,101,923.8 → 1,101,924, so
    //   16,816,339 − 1,101,924 − 11,000,000; 734,615.8 → 734,616 for the shared function;
    // - its own savings 20% lower: 2,203,847.6 → 2,203,848; 1,469,231.6 → 1,469,232;
    // - its own costs 10% higher: 10% of its own PV(costs) 11,000,000 and 8,800,000;
    // - its own costs 20% higher: 13,200,000 and 10,560,000;
    // - its own savings a year later: 30,000 × (0.9335107004 + 0.9019427057 + 0.8714422277)
    //   = £81,206.87, so 16,816,339 − 11,019,238 + 8,120,687 = 13,917,788; the shared
    //   function's 20,000 × 2.7068956338 = £54,137.91, so 13,143,260 − 7,346,158 + 5,413,791
    //   = 11,210,893.
    let expected = [
        (5_816_339, 4_343_260),
        (
            16_816_339 - 1_101_924 - 11_000_000,
            13_143_260 - 734_616 - 8_800_000,
        ),
        (
            16_816_339 - 2_203_848 - 11_000_000,
            13_143_260 - 1_469_232 - 8_800_000,
        ),
        (16_816_339 - 12_100_000, 13_143_260 - 9_680_000),
        (16_816_339 - 13_200_000, 13_143_260 - 10_560_000),
        (13_917_788 - 11_000_000, 11_210_893 - 8_800_000),
    ];
    for (row, (lead, shared)) in sensitivity.rows.iter().zip(expected) {
        assert_eq!(row.preferred.npv, Money(lead), "{:?}", row.scenario);
        let runner_up = row.runner_up.as_ref().expect("a runner-up");
        assert_eq!(runner_up.npv, Money(shared), "{:?}", row.scenario);
        assert!(row.preferred_still_best());
    }
    let costs_higher = &sensitivity.rows[4].preferred;
    assert_eq!(costs_higher.pv_costs, Money::pounds(132_000));
    assert!(
        (costs_higher.benefit_cost_ratio.expect("costs") - 168_163.39 / 132_000.0).abs() < 1e-6
    );
}

/// The fall in savings at which the lead force's NPV reaches zero is its NPV, £58,163.39,
/// which is 5,816,339 / 11,019,238 = 52.78% of its own PV(savings) (not of its PV(savings)
/// against business as usual, which holds the refurbishment it avoids); the fall at which the
/// shared function would rank above it is 5,816,339 − 4,343,260 = £14,730.79, or 13.37%.
///
/// The optimism-bias switching value: its own costs are £100,000 before bias (PV, year 0) and
/// £110,000 with its 10%; the shared function overtakes when they rise by the £14,730.79 gap,
/// to £124,730.79, an uplift of 24.73%.
#[test]
fn both_switching_values_of_the_worked_case() {
    let (finance, options) = worked();
    let appraisal = finance.appraise(&options).expect("adds up");
    let sensitivity = finance
        .sensitivity(&options, &appraisal)
        .expect("adds up")
        .expect("a preferred option");
    assert_eq!(
        sensitivity.to_zero,
        SwitchingValue::Fall {
            amount: Money(5_816_339),
            share: Percent(5278)
        }
    );
    assert_eq!(
        sensitivity.to_second,
        Some((
            OptionKind::SharedFunction,
            SwitchingValue::Fall {
                amount: Money(1_473_079),
                share: Percent(1337)
            }
        ))
    );
    assert_eq!(
        sensitivity.to_zero.phrase(),
        "£58,163 (52.78% of its own savings)"
    );
    assert_eq!(sensitivity.own_pv_savings, Money(11_019_238));
    assert_eq!(sensitivity.own_pv_costs, Money::pounds(110_000));
    assert_eq!(sensitivity.own_pv_costs_before_bias, Money::pounds(100_000));
    assert_eq!(
        sensitivity.uplift_to_second,
        Some((
            OptionKind::SharedFunction,
            UpliftSwitch::At {
                current: Percent(1000),
                switching: Percent(2473)
            }
        ))
    );
}

/// When every other option does worse than carrying on, the preferred option loses first
/// place to business as usual, at the same point its NPV reaches zero.
#[test]
fn the_preferred_option_can_lose_first_place_to_business_as_usual() {
    let (mut finance, options) = worked();
    finance.option_mut(OptionKind::SharedFunction).lines[1].amounts = vec![Money::ZERO; 5];
    finance
        .option_mut(OptionKind::BusinessAsUsual)
        .lines
        .clear();
    let appraisal = finance.appraise(&options).expect("adds up");
    let sensitivity = finance
        .sensitivity(&options, &appraisal)
        .expect("adds up")
        .expect("a preferred option");
    let (second, value) = sensitivity.to_second.expect("a second");
    assert_eq!(second, OptionKind::BusinessAsUsual);
    assert_eq!(value, sensitivity.to_zero);
    // An option already below zero has nothing to lose.
    finance.option_mut(OptionKind::LeadForce).lines[1].amounts = vec![Money::ZERO; 5];
    let appraisal = finance.appraise(&options).expect("adds up");
    let sensitivity = finance
        .sensitivity(&options, &appraisal)
        .expect("adds up")
        .expect("a preferred option");
    assert_eq!(sensitivity.to_zero, SwitchingValue::AlreadyCrossed);
}

// ---- Each force by year ----

/// Two forces sharing 75% / 25% by budget. Year 0: £100,000 of shared capital cost. Year 1:
/// £8,000 of revenue cost falls in North, £160,000 of saving (a range that closes) in South.
///
/// Year 1 where the money falls: North −8,000, South +160,000. Totals: costs 8,000, savings
/// 160,000. Each force bears 75% / 25%: pays 6,000 / 2,000 and saves 120,000 / 40,000, so
/// North's net is 114,000 and South's 38,000; North receives a balancing payment of
/// 122,000 and South makes one of 122,000. Over the period North nets −75,000 + 114,000 =
/// 39,000 and South −25,000 + 38,000 = 13,000.
#[test]
fn two_forces_by_year_with_a_saving_that_falls_in_one_of_them() {
    let forces = [force("North", 300_000_000), force("South", 100_000_000)];
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        FinanceLine {
            spending: Spending::Capital,
            ..line(FlowKind::Cost, [100_000, 0, 0, 0, 0])
        },
        FinanceLine {
            falls_in: FallsIn::Force("North".into()),
            ..line(FlowKind::Cost, [0, 8_000, 0, 0, 0])
        },
        FinanceLine {
            falls_in: FallsIn::Force("South".into()),
            ..line(FlowKind::Saving, [0, 160_000, 0, 0, 0])
        },
    ];
    let positions = finance
        .force_positions(OptionKind::LeadForce, &forces, Prices::Real)
        .expect("adds up")
        .expect("shares");
    let [north, south] = &positions.forces[..] else {
        panic!("two forces");
    };
    assert_eq!((north.share, south.share), (Percent(7500), Percent(2500)));
    assert_eq!(north.years[0].capital_costs, Money::pounds(75_000));
    assert_eq!(north.years[0].balancing, Money::ZERO);
    assert_eq!(north.years[1].revenue_costs, Money::pounds(8_000));
    assert_eq!(north.years[1].savings, Money::ZERO);
    assert_eq!(north.years[1].balancing, Money::pounds(122_000));
    assert_eq!(north.years[1].net, Money::pounds(114_000));
    assert_eq!(south.years[1].revenue_savings, Money::pounds(160_000));
    assert_eq!(south.years[1].balancing, Money::pounds(-122_000));
    assert_eq!(south.years[1].net, Money::pounds(38_000));
    assert_eq!(north.total.net, Money::pounds(39_000));
    assert_eq!(south.total.net, Money::pounds(13_000));
    assert!(!north.is_net_contributor() && !south.is_net_contributor());

    // Where savings stay where they fall, North pays 6,000 of year 1's costs and keeps none
    // of the savings: its net is −6,000, after a balancing payment of +2,000 (it bore 8,000),
    // and over the period it is a net contributor of £81,000.
    finance.savings_share = SavingsShare::WhereTheyFall;
    let positions = finance
        .force_positions(OptionKind::LeadForce, &forces, Prices::Real)
        .expect("adds up")
        .expect("shares");
    let north = &positions.forces[0];
    assert_eq!(north.years[1].balancing, Money::pounds(2_000));
    assert_eq!(north.years[1].net, Money::pounds(-6_000));
    assert_eq!(north.total.net, Money::pounds(-81_000));
    assert!(north.is_net_contributor());
    assert_eq!(positions.forces[1].total.net, Money::pounds(133_000));
}

/// Five forces on agreed shares of 40%, 30%, 15%, 10% and 5%. A shared saving of £1,000.03
/// (100,003 pence) splits 40,001.2 / 30,000.9 / 15,000.45 / 10,000.3 / 5,000.15: rounded
/// down that is 100,001, and the two pennies left go to the largest remainders (the second
/// and third forces): 40,001 / 30,001 / 15,001 / 10,000 / 5,000. A cost of £500 falls in the
/// third force; its 40%…5% shares are 200 / 150 / 75 / 50 / 25 pounds. Nets: 20,001 /
/// 15,001 / 7,501 / 5,000 / 2,500 pence; balancing payments −20,000 / −15,000 / +42,500 /
/// −5,000 / −2,500, which add up to zero.
#[test]
fn five_forces_with_a_cost_that_falls_in_one_of_them() {
    let forces: Vec<Force> = [4000, 3000, 1500, 1000, 500]
        .iter()
        .enumerate()
        .map(|(i, share)| Force {
            name: format!("Force {}", i + 1),
            custom_share: Percent(*share),
            ..Force::default()
        })
        .collect();
    let mut finance = finance();
    finance.split = SplitMethod::Custom;
    let mut saving = line(FlowKind::Saving, [0; 5]);
    saving.amounts[0] = Money(100_003);
    let mut third = line(FlowKind::Cost, [500, 0, 0, 0, 0]);
    third.falls_in = FallsIn::Force("Force 3".into());
    finance.option_mut(OptionKind::LeadForce).lines = vec![saving, third];
    let positions = finance
        .force_positions(OptionKind::LeadForce, &forces, Prices::Real)
        .expect("adds up")
        .expect("shares");
    let year0 = |f: usize| positions.forces[f].years[0];
    let savings: Vec<i64> = (0..5).map(|f| year0(f).savings.pence()).collect();
    assert_eq!(savings, [40_001, 30_001, 15_001, 10_000, 5_000]);
    let nets: Vec<i64> = (0..5).map(|f| year0(f).net.pence()).collect();
    assert_eq!(nets, [20_001, 15_001, 7_501, 5_000, 2_500]);
    let balancing: Vec<i64> = (0..5).map(|f| year0(f).balancing.pence()).collect();
    assert_eq!(balancing, [-20_000, -15_000, 42_500, -5_000, -2_500]);
    assert_eq!(year0(2).revenue_costs, Money::pounds(500));
    assert_eq!(positions.years[0].net, Money(50_003));
}

/// Cash prices apply inflation from year 0: £100 in year 2 at 2% is 100 × 1.0404 = £104.04;
/// £1,000 in year 3 at 2.5% is 1,000 × 1.076890625 = £1,076.89. Real prices are as entered.
#[test]
fn cash_prices_against_real_prices() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines =
        vec![line(FlowKind::Cost, [0, 0, 100, 1_000, 0])];
    let cash = finance
        .cash_years(OptionKind::LeadForce, Prices::Cash)
        .expect("adds up");
    assert_eq!(cash[2].costs, Money(10_404));
    assert_eq!(cash[3].costs, Money(106_121)); // 1,000 × 1.061208
    finance.inflation = Percent(250);
    let cash = finance
        .cash_years(OptionKind::LeadForce, Prices::Cash)
        .expect("adds up");
    assert_eq!(cash[3].costs, Money(107_689));
    let real = finance
        .cash_years(OptionKind::LeadForce, Prices::Real)
        .expect("adds up");
    assert_eq!(real[3].costs, Money::pounds(1_000));
    assert_eq!(
        finance
            .cash_total(OptionKind::LeadForce, Prices::Real)
            .expect("adds up")
            .costs,
        Money::pounds(1_100)
    );
}

/// The cash view leaves out savings that are not cash; the appraisal counts them.
#[test]
fn non_cash_savings_count_in_the_appraisal_but_not_in_the_cash_view() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![FinanceLine {
        flow: Flow::Saving {
            kind: SavingKind::NonCashReleasing,
        },
        ..line(FlowKind::Saving, [1_000, 0, 0, 0, 0])
    }];
    let appraisal = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect("adds up");
    assert_eq!(
        appraisal
            .get(OptionKind::LeadForce)
            .expect("appraised")
            .measures
            .pv_savings,
        Money::pounds(1_000)
    );
    let cash = finance
        .cash_total(OptionKind::LeadForce, Prices::Real)
        .expect("adds up");
    assert_eq!(cash.savings, Money::ZERO);
    assert_eq!(finance.non_cash_savings(OptionKind::LeadForce).count(), 1);
}

#[test]
fn no_split_without_budgets() {
    let forces = [force("A", 0), force("B", 0)];
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![line(FlowKind::Cost, [100, 0, 0, 0, 0])];
    assert!(finance.shares(&forces).is_none());
    assert_eq!(
        finance.force_positions(OptionKind::LeadForce, &forces, Prices::Cash),
        Ok(None)
    );
}

#[test]
fn payback_outside_the_period_and_with_no_lines() {
    let measures = |finance: &Finance| {
        finance
            .appraise(&options(OptionKind::LeadForce, &[]))
            .expect("adds up")
            .get(OptionKind::LeadForce)
            .expect("appraised")
            .measures
            .payback
            .clone()
    };
    let mut never = finance();
    never.option_mut(OptionKind::LeadForce).lines = vec![
        line(FlowKind::Cost, [100, 100, 100, 100, 100]),
        line(FlowKind::Saving, [0, 10, 10, 10, 10]),
    ];
    assert_eq!(measures(&never), Payback::NotWithinPeriod);
    assert_eq!(measures(&finance()), Payback::NotWithinPeriod);
    let mut dips_again = finance();
    dips_again.option_mut(OptionKind::LeadForce).lines = vec![
        line(FlowKind::Cost, [0, 0, 100, 0, 0]),
        line(FlowKind::Saving, [50, 0, 0, 60, 0]),
    ];
    assert_eq!(
        measures(&dips_again),
        Payback::InYear {
            index: 3,
            label: "2029/30".into()
        }
    );
}

#[test]
fn normalising_pads_every_options_lines_and_never_drops_figures() {
    let mut finance = Finance {
        years: 3,
        ..Finance::default()
    };
    finance.option_mut(OptionKind::DoMinimum).lines = vec![
        line(FlowKind::Cost, [1, 2, 3, 4, 5]),
        FinanceLine::default(),
    ];
    finance.option_mut(OptionKind::LeadForce).lines = vec![FinanceLine::default()];
    finance.normalise();
    assert_eq!(finance.years, 5);
    assert!(
        finance
            .options
            .values()
            .flat_map(|o| &o.lines)
            .all(|l| l.amounts.len() == 5)
    );
    assert_eq!(
        finance.option(OptionKind::DoMinimum).lines[0].total(finance.years),
        Some(Money::pounds(15))
    );
    assert_eq!(finance.options.len(), OptionKind::ALL.len());
}

#[test]
fn lines_copy_between_options() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        line(FlowKind::Cost, [1, 0, 0, 0, 0]),
        line(FlowKind::Saving, [0, 2, 0, 0, 0]),
    ];
    finance.copy_line(OptionKind::LeadForce, 1, OptionKind::DoMinimum);
    assert_eq!(finance.option(OptionKind::DoMinimum).lines.len(), 1);
    assert_eq!(
        finance.option(OptionKind::DoMinimum).lines[0].kind(),
        FlowKind::Saving
    );
    finance.copy_lines(OptionKind::LeadForce, OptionKind::DoMinimum);
    assert_eq!(finance.option(OptionKind::DoMinimum).lines.len(), 3);
    finance.copy_lines(OptionKind::LeadForce, OptionKind::LeadForce);
    assert_eq!(finance.option(OptionKind::LeadForce).lines.len(), 2);
}

#[test]
fn apportion_always_adds_up() {
    for total in [
        -1_000_001_i64,
        -7,
        0,
        1,
        2,
        999,
        1_000_003,
        i64::MAX,
        i64::MIN,
    ] {
        for weights in [
            vec![1, 1, 1],
            vec![7, 0, 3],
            vec![u128::from(u64::MAX), 1],
            vec![u128::MAX / 2, 3],
        ] {
            let parts = apportion(Money(total), &weights);
            let sum: i128 = parts.iter().map(|p| i128::from(p.pence())).sum();
            assert_eq!(sum, i128::from(total), "{total} over {weights:?}");
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

/// Amounts too large to add up are an error naming the option, never a capped total.
#[test]
fn sums_that_overflow_are_errors() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![FinanceLine {
        amounts: vec![Money(i64::MAX); 5],
        ..FinanceLine::new(FlowKind::Cost, 5)
    }];
    let error = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect_err("too large");
    assert_eq!(
        error.to_string(),
        "the figures for lead force are too large to add up"
    );
    assert!(
        finance
            .cash_years(OptionKind::LeadForce, Prices::Cash)
            .is_err()
    );
    assert_eq!(
        finance.option(OptionKind::LeadForce).lines[0].total(finance.years),
        None
    );
}

// ---- Each force's affordability ----

/// North and South share 75% / 25% by budget, in real prices. Business as usual must meet a
/// shared £40,000 revenue cost in year 1. The lead force spends £100,000 in year 0 (shared,
/// from reserves) and saves £160,000 in year 1 (falls in South, shared by the split).
///
/// Under business as usual North nets −30,000 and South −10,000 in year 1. Under the lead
/// force North nets −75,000 in year 0 and +120,000 in year 1, South −25,000 and +40,000. The
/// differences: year 0 −75,000 / −25,000; year 1 120,000 + 30,000 = 150,000 and 40,000 +
/// 10,000 = 50,000; over the period 75,000 and 25,000. North's target of £20,000 a year is
/// £100,000 over five years, of which the case delivers 75%; South's £5,000 a year is £25,000,
/// all of it. North draws £75,000 of its £1,000,000 reserves, leaving £925,000.
#[test]
fn each_forces_affordability_against_business_as_usual_and_its_plan() {
    let forces = [force("North", 300_000_000), force("South", 100_000_000)];
    let mut finance = finance();
    finance.option_mut(OptionKind::BusinessAsUsual).lines =
        vec![line(FlowKind::Cost, [0, 40_000, 0, 0, 0])];
    finance.option_mut(OptionKind::LeadForce).lines = vec![
        FinanceLine {
            flow: Flow::Cost {
                category: OptimismCategory::Other,
                funding: FundingSource::Reserves,
            },
            ..line(FlowKind::Cost, [100_000, 0, 0, 0, 0])
        },
        FinanceLine {
            falls_in: FallsIn::Force("South".into()),
            ..line(FlowKind::Saving, [0, 160_000, 0, 0, 0])
        },
    ];
    *finance.plan_mut("North") = ForcePlan {
        savings_target: SavingsTarget::PerYear(Money::pounds(20_000)),
        reserves: Money::pounds(1_000_000),
        source: "MTFP".into(),
    };
    finance.plan_mut("South").savings_target = SavingsTarget::PerYear(Money::pounds(5_000));
    let affordability = finance
        .affordability(OptionKind::LeadForce, &forces, Prices::Real)
        .expect("adds up")
        .expect("shares");
    let [north, south] = &affordability.forces[..] else {
        panic!("two forces");
    };
    assert_eq!(
        north.years[0],
        AffordabilityYear {
            business_as_usual: Money::ZERO,
            preferred: Money::pounds(-75_000),
            difference: Money::pounds(-75_000),
            reserves_drawn: Money::pounds(75_000),
        }
    );
    assert_eq!(
        north.years[1],
        AffordabilityYear {
            business_as_usual: Money::pounds(-30_000),
            preferred: Money::pounds(120_000),
            difference: Money::pounds(150_000),
            reserves_drawn: Money::ZERO,
        }
    );
    assert_eq!(south.years[1].difference, Money::pounds(50_000));
    assert_eq!(north.total.difference, Money::pounds(75_000));
    assert_eq!(south.total.difference, Money::pounds(25_000));
    assert_eq!(north.target_total, Some(Money::pounds(100_000)));
    assert_eq!(north.delivered, Some(Percent(7_500)));
    assert!(north.misses_target());
    assert_eq!(south.delivered, Some(Percent(10_000)));
    assert!(!south.misses_target());
    assert_eq!(north.reserves_after, Money::pounds(925_000));
    assert_eq!(south.total.reserves_drawn, Money::pounds(25_000));
    // A renamed force keeps its plan.
    finance.rename_force("North", "North Police");
    assert_eq!(
        finance.plan("North Police").reserves,
        Money::pounds(1_000_000)
    );
}

/// A target as a share of the budget: 3% of £123,456,789 is £3,703,703.67; half a penny
/// rounds away from zero.
#[test]
fn a_savings_target_as_a_share_of_the_budget() {
    assert_eq!(
        SavingsTarget::ShareOfBudget(Percent(300)).per_year(Money::pounds(123_456_789)),
        Some(Money(370_370_367))
    );
    assert_eq!(
        SavingsTarget::ShareOfBudget(Percent(1_000)).per_year(Money(5)),
        Some(Money(1))
    );
    assert_eq!(SavingsTarget::None.per_year(Money(5)), None);
}

// ---- Contingency and the risk-adjusted view ----

/// The lead force costs £100,000 in year 0 and £50,000 in year 1 (real prices). A contingency
/// of £30,000 is spread 2 : 1 with the costs, £20,000 and £10,000. A risk of 25% × £40,000 has
/// an expected cost of £10,000, spread the same way: 666,666.67 and 333,333.33 pence, the
/// penny left over going to the larger remainder, so £6,666.67 and £3,333.33. As 10% of costs
/// the contingency is £10,000 and £5,000.
#[test]
fn contingency_and_expected_risk_follow_the_costs() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines =
        vec![line(FlowKind::Cost, [100_000, 50_000, 0, 0, 0])];
    finance.option_mut(OptionKind::LeadForce).contingency = Contingency {
        size: ContingencySize::Amount(Money::pounds(30_000)),
        basis: "Board standard".into(),
    };
    let risks = [
        Risk {
            cost: Some(RiskCost {
                probability: Percent(2_500),
                impact: Money::pounds(40_000),
            }),
            ..Risk::default()
        },
        Risk::default(),
    ];
    let view = finance
        .risk_adjusted(OptionKind::LeadForce, &risks, Prices::Real)
        .expect("adds up");
    assert_eq!(view.years[0].net, Money::pounds(-100_000));
    assert_eq!(view.years[0].contingency, Money::pounds(20_000));
    assert_eq!(view.years[1].contingency, Money::pounds(10_000));
    assert_eq!(view.years[0].net_after_contingency, Money::pounds(-120_000));
    assert_eq!(view.years[0].expected_risk, Money(666_667));
    assert_eq!(view.years[1].expected_risk, Money(333_333));
    assert_eq!(view.years[1].risk_adjusted, Money(-5_000_000 - 333_333));
    assert_eq!(view.expected_risk_real, Money::pounds(10_000));
    assert_eq!(view.total.contingency, Money::pounds(30_000));
    finance.option_mut(OptionKind::LeadForce).contingency.size =
        ContingencySize::ShareOfCosts(Percent(1_000));
    let view = finance
        .risk_adjusted(OptionKind::LeadForce, &risks, Prices::Real)
        .expect("adds up");
    assert_eq!(view.years[0].contingency, Money::pounds(10_000));
    assert_eq!(view.years[1].contingency, Money::pounds(5_000));
    assert_eq!(view.contingency_real, Money::pounds(15_000));
}

// ---- Residual values ----

/// A residual value of £50,000 entered in year 1 counts in the last year (year 4) of the
/// appraisal: 50,000 × 0.8714422277 = £43,572.11 of PV(savings); it is never cash.
#[test]
fn a_residual_value_counts_in_the_last_year_and_never_as_cash() {
    let mut finance = finance();
    finance.option_mut(OptionKind::LeadForce).lines = vec![FinanceLine {
        flow: Flow::Saving {
            kind: SavingKind::ResidualValue,
        },
        ..line(FlowKind::Saving, [0, 50_000, 0, 0, 0])
    }];
    let appraisal = finance
        .appraise(&options(OptionKind::LeadForce, &[]))
        .expect("adds up");
    let result = appraisal.get(OptionKind::LeadForce).expect("appraised");
    assert_eq!(result.measures.pv_savings, Money(4_357_211));
    assert_eq!(result.total_savings, Money::ZERO);
    assert_eq!(
        finance
            .cash_total(OptionKind::LeadForce, Prices::Real)
            .expect("adds up")
            .savings,
        Money::ZERO
    );
    assert_eq!(finance.residual_values(OptionKind::LeadForce).count(), 1);
    assert_eq!(finance.non_cash_savings(OptionKind::LeadForce).count(), 0);
}

// ---- Each force's parts add up to the totals, for any lines and any split ----

fn forces_strategy() -> impl Strategy<Value = Vec<Force>> {
    prop::collection::vec((0_i64..2_000_000_000_000, 0_u32..10_000), 1..6).prop_map(|forces| {
        forces
            .into_iter()
            .enumerate()
            .map(|(i, (budget, share))| Force {
                name: format!("Force {i}"),
                annual_revenue_budget: Money(budget),
                custom_share: Percent(share),
                ..Force::default()
            })
            .collect()
    })
}

fn line_strategy(years: usize) -> impl Strategy<Value = FinanceLine> {
    (
        0_usize..6,
        prop::bool::ANY,
        0_usize..8,
        prop::collection::vec(-1_000_000_i64..1_000_000_000_000, years),
    )
        .prop_map(|(flow, capital, falls, amounts)| FinanceLine {
            flow: match flow {
                0 => Flow::of_kind(FlowKind::Cost),
                1 => Flow::Saving {
                    kind: SavingKind::CashReleasing,
                },
                2 => Flow::Saving {
                    kind: SavingKind::CostAvoidance,
                },
                3 => Flow::Cost {
                    category: OptimismCategory::Other,
                    funding: FundingSource::Reserves,
                },
                4 => Flow::Saving {
                    kind: SavingKind::ResidualValue,
                },
                _ => Flow::Saving {
                    kind: SavingKind::NonCashReleasing,
                },
            },
            spending: if capital {
                Spending::Capital
            } else {
                Spending::Revenue
            },
            // Forces 0–5, some of which may not exist (treated as shared), or shared.
            falls_in: if falls < 6 {
                FallsIn::Force(format!("Force {falls}"))
            } else {
                FallsIn::Shared
            },
            amounts: amounts.into_iter().map(Money).collect(),
            ..FinanceLine::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn each_forces_parts_add_up_to_the_totals_to_the_penny(
        forces in forces_strategy(),
        lines in prop::collection::vec(line_strategy(4), 0..8),
        split in 0_usize..3,
        savings_share in prop::bool::ANY,
        cash in prop::bool::ANY,
        inflation in 0_u32..2_000,
        contingency in (prop::bool::ANY, 0_i64..1_000_000_000, 0_u32..5_000),
        risk in (0_u32..10_000, 0_i64..1_000_000_000),
    ) {
        let mut finance = Finance { years: 4, ..Finance::default() };
        finance.option_mut(OptionKind::LeadForce).contingency = Contingency {
            size: if contingency.0 {
                ContingencySize::Amount(Money(contingency.1))
            } else {
                ContingencySize::ShareOfCosts(Percent(contingency.2))
            },
            basis: String::new(),
        };
        let risks = [Risk {
            cost: Some(RiskCost { probability: Percent(risk.0), impact: Money(risk.1) }),
            ..Risk::default()
        }];
        finance.split = SplitMethod::ALL[split];
        finance.savings_share = if savings_share { SavingsShare::BySplit } else { SavingsShare::WhereTheyFall };
        finance.inflation = Percent(inflation);
        finance.option_mut(OptionKind::LeadForce).lines = lines;
        let prices = if cash { Prices::Cash } else { Prices::Real };
        let Some(positions) = finance
            .force_positions(OptionKind::LeadForce, &forces, prices)
            .expect("fits")
        else {
            prop_assert!(finance.shares(&forces).is_none());
            return Ok(());
        };
        let totals = finance.cash_years(OptionKind::LeadForce, prices).expect("fits");
        prop_assert_eq!(&positions.years, &totals);
        let sum = |f: &dyn Fn(&casewright::case::finance::Parts) -> Money, year: usize| -> i128 {
            positions.forces.iter().map(|p| i128::from(f(&p.years[year]).pence())).sum()
        };
        for (year, total) in totals.iter().enumerate() {
            prop_assert_eq!(sum(&|p| p.capital_costs, year), i128::from(total.capital_costs.pence()));
            prop_assert_eq!(sum(&|p| p.revenue_costs, year), i128::from(total.revenue_costs.pence()));
            prop_assert_eq!(sum(&|p| p.capital_savings, year), i128::from(total.capital_savings.pence()));
            prop_assert_eq!(sum(&|p| p.revenue_savings, year), i128::from(total.revenue_savings.pence()));
            prop_assert_eq!(sum(&|p| p.balancing, year), 0);
            prop_assert_eq!(sum(&|p| p.reserves, year), i128::from(total.reserves.pence()));
            prop_assert_eq!(sum(&|p| p.net, year), i128::from(total.net.pence()));
            for position in &positions.forces {
                let p = position.years[year];
                prop_assert_eq!(
                    i128::from(p.net.pence()),
                    i128::from(p.savings.pence()) - i128::from(p.costs.pence()) + i128::from(p.balancing.pence())
                );
            }
        }
        for position in &positions.forces {
            let over: i128 = position.years.iter().map(|p| i128::from(p.net.pence())).sum();
            prop_assert_eq!(over, i128::from(position.total.net.pence()));
        }
        let shares: u32 = positions.forces.iter().map(|p| p.share.basis_points()).sum();
        prop_assert_eq!(shares, 10_000);
        // The cash view with contingency and the risk-adjusted view add up by year too.
        let view = finance.risk_adjusted(OptionKind::LeadForce, &risks, prices).expect("fits");
        let column = |f: &dyn Fn(&RiskAdjustedYear) -> Money| -> i128 {
            view.years.iter().map(|y| i128::from(f(y).pence())).sum()
        };
        prop_assert_eq!(column(&|y| y.net), i128::from(view.total.net.pence()));
        prop_assert_eq!(column(&|y| y.contingency), i128::from(view.total.contingency.pence()));
        prop_assert_eq!(column(&|y| y.expected_risk), i128::from(view.total.expected_risk.pence()));
        prop_assert_eq!(column(&|y| y.risk_adjusted), i128::from(view.total.risk_adjusted.pence()));
        for (year, row) in view.years.iter().enumerate() {
            prop_assert_eq!(row.net, totals[year].net);
            prop_assert_eq!(row.net_after_contingency, row.net - row.contingency);
            prop_assert_eq!(row.risk_adjusted, row.net - row.expected_risk);
        }
        if !cash {
            prop_assert_eq!(view.total.contingency, view.contingency_real);
            prop_assert_eq!(view.total.expected_risk, view.expected_risk_real);
        }
    }
}

/// Pay lines rise with pay inflation and the rest with non-pay inflation, each from year 0:
/// at 3% pay and 2% non-pay, £100,000 of pay in year 2 is £100,000 × 1.03² = £106,090 in
/// cash and £100,000 of non-pay £100,000 × 1.02² = £104,040; real prices are untouched.
#[test]
fn pay_and_non_pay_lines_rise_at_their_own_rates() {
    let mut finance = finance();
    finance.inflation = Percent(200);
    finance.pay_inflation = Percent(300);
    let pay = FinanceLine {
        indexation: Indexation::Pay,
        ..cost(OptimismCategory::Other, [100_000, 100_000, 100_000, 0, 0])
    };
    let non_pay = cost(OptimismCategory::Other, [0, 0, 100_000, 0, 0]);
    finance.option_mut(OptionKind::LeadForce).lines = vec![pay.clone()];
    let cash = finance
        .cash_years(OptionKind::LeadForce, Prices::Cash)
        .expect("fits");
    assert_eq!(cash[1].costs, Money::pounds(103_000));
    assert_eq!(cash[2].costs, Money::pounds(106_090));
    finance.option_mut(OptionKind::LeadForce).lines = vec![pay, non_pay];
    let cash = finance
        .cash_years(OptionKind::LeadForce, Prices::Cash)
        .expect("fits");
    assert_eq!(cash[2].costs, Money::pounds(106_090 + 104_040));
    let real = finance
        .cash_years(OptionKind::LeadForce, Prices::Real)
        .expect("fits");
    assert_eq!(real[2].costs, Money::pounds(200_000));
}

/// A file from before pay inflation was kept apart loads with every line at non-pay
/// inflation, so its cash figures are what they were.
#[test]
fn an_old_line_is_indexed_at_non_pay_inflation() {
    let case = casewright::case::storage::from_ron(
        "(format_version: 2, finance: (options: {LeadForce: (lines: [(label: \"Posts\", amounts: [100])])}))",
    )
    .expect("reads");
    let line = &case.finance.option(OptionKind::LeadForce).lines[0];
    assert_eq!(line.label, "Posts");
    assert_eq!(line.indexation, Indexation::NonPay);
    assert_eq!(case.finance.pay_inflation, case.finance.inflation);
}

/// £400,000 of capital funded by borrowing in year 0, in real prices at 0% inflation, over a
/// four-year asset life at 5%, equal instalments: £100,000 of provision a year from year 1,
/// interest on what is still owed (£20,000, £15,000, £10,000, £5,000 – the last falls after
/// the five-year period's end only if the life runs past it). Revenue cost = provision +
/// interest; what is owed falls by each year's provision.
#[test]
fn borrowing_is_charged_to_revenue_by_provision_and_interest() {
    use casewright::case::finance::financing::{CapitalFinancing, MrpMethod};
    let mut finance = finance();
    finance.inflation = Percent(0);
    finance.pay_inflation = Percent(0);
    let borrowed = FinanceLine {
        flow: Flow::Cost {
            category: OptimismCategory::StandardBuildings,
            funding: FundingSource::Borrowing,
        },
        spending: Spending::Capital,
        ..line(FlowKind::Cost, [400_000, 0, 0, 0, 0])
    };
    finance.option_mut(OptionKind::LeadForce).lines = vec![borrowed];
    assert_eq!(
        finance.financing(OptionKind::LeadForce).expect("fits"),
        None,
        "nothing is charged until the method and life are given"
    );
    finance.capital_financing = CapitalFinancing {
        method: MrpMethod::EqualInstalments,
        asset_life_years: 4,
        interest_rate: Percent(500),
    };
    let financing = finance
        .financing(OptionKind::LeadForce)
        .expect("fits")
        .expect("the option borrows");
    let column = |part: fn(&casewright::case::finance::financing::FinancingYear) -> Money| {
        financing.years.iter().map(part).collect::<Vec<_>>()
    };
    let pounds = |values: [i64; 5]| values.map(Money::pounds).to_vec();
    assert_eq!(column(|y| y.borrowed), pounds([400_000, 0, 0, 0, 0]));
    assert_eq!(
        column(|y| y.mrp),
        pounds([0, 100_000, 100_000, 100_000, 100_000])
    );
    assert_eq!(
        column(|y| y.interest),
        pounds([0, 20_000, 15_000, 10_000, 5_000])
    );
    assert_eq!(
        column(|y| y.revenue_cost()),
        pounds([0, 120_000, 115_000, 110_000, 105_000])
    );
    assert_eq!(
        column(|y| y.owed),
        pounds([400_000, 300_000, 200_000, 100_000, 0])
    );
    let total = financing.total();
    assert_eq!(total.mrp, Money::pounds(400_000));
    assert_eq!(total.owed, Money::ZERO);
}

proptest! {
    /// With any borrowing, life, rate and method, the financing adds up to the penny: each
    /// year's debt owed is what was borrowed so far less the provision so far, the totals
    /// are the sums of the years, and no year repays more than was borrowed.
    #[test]
    fn the_financing_adds_up_to_the_penny(
        amounts in prop::array::uniform5(0_i64..50_000_000),
        life in 1_u32..40,
        rate in 0_u32..1_500,
        annuity in prop::bool::ANY,
    ) {
        use casewright::case::finance::financing::{CapitalFinancing, MrpMethod};
        let mut finance = finance();
        finance.option_mut(OptionKind::LeadForce).lines = vec![FinanceLine {
            flow: Flow::Cost {
                category: OptimismCategory::StandardBuildings,
                funding: FundingSource::Borrowing,
            },
            spending: Spending::Capital,
            recurrence: Recurrence::OneOff,
            ..line(FlowKind::Cost, amounts)
        }];
        finance.capital_financing = CapitalFinancing {
            method: if annuity { MrpMethod::Annuity } else { MrpMethod::EqualInstalments },
            asset_life_years: life,
            interest_rate: Percent(rate),
        };
        let Some(financing) = finance.financing(OptionKind::LeadForce).expect("fits") else {
            prop_assert!(amounts.iter().all(|a| *a == 0));
            return Ok(());
        };
        let (mut borrowed, mut repaid) = (0_i64, 0_i64);
        for year in &financing.years {
            borrowed += year.borrowed.pence();
            repaid += year.mrp.pence();
            prop_assert_eq!(year.owed.pence(), borrowed - repaid);
            prop_assert!(year.owed.pence() >= 0);
            prop_assert!(year.mrp.pence() >= 0 && year.interest.pence() >= 0);
        }
        let total = financing.total();
        prop_assert_eq!(total.borrowed.pence(), borrowed);
        prop_assert_eq!(total.mrp.pence(), repaid);
    }
}

#[test]
fn a_line_longer_than_the_appraisal_is_a_finding_and_only_the_appraisal_counts() {
    use casewright::case::finance::MAX_YEARS;
    use casewright::case::storage;
    use casewright::case::{Case, validate};
    let mut case = Case::default();
    case.normalise();
    let years = case.finance.years;
    case.finance
        .option_mut(OptionKind::LeadForce)
        .lines
        .push(FinanceLine {
            label: "Hand-edited".into(),
            amounts: vec![Money::pounds(1); 10_000],
            ..FinanceLine::new(FlowKind::Cost, years)
        });
    let text = storage::to_ron(&case).expect("serialises");
    let read = storage::from_ron(&text).expect("loads");
    assert!(read.finance.years <= MAX_YEARS, "{}", read.finance.years);
    let line = &read.finance.option(OptionKind::LeadForce).lines[0];
    assert_eq!(
        line.amounts.len(),
        10_000,
        "amounts were dropped without asking"
    );
    assert_eq!(
        line.total(read.finance.years),
        Some(Money::pounds(read.finance.years as i64))
    );
    let findings = validate(&read);
    assert!(
        findings.iter().any(|f| f
            .message
            .contains("has 10000 yearly amounts, but the appraisal covers")),
        "{findings:#?}"
    );
    // Saved and read again, the line and the period stay as they are: nothing is dropped.
    let saved = storage::to_ron(&read).expect("serialises");
    let again = storage::from_ron(&saved).expect("loads");
    assert!(
        storage::to_ron(&again).expect("serialises") == saved,
        "a second save changed the file"
    );
}
