//! Splitting an amount between the forces so that the parts add up to the whole, exactly.

use crate::case::money::{Money, Percent};

/// Splits `total` in proportion to `weights` so that the parts add up to exactly `total`:
/// each part is rounded down to the penny and the pennies left over go to the parts with the
/// largest remainders (the largest-remainder method). All zero weights give all zero parts.
pub fn apportion(total: Money, weights: &[u128]) -> Vec<Money> {
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return vec![Money::ZERO; weights.len()];
    }
    let negative = total.pence() < 0;
    let magnitude = u128::from(total.pence().unsigned_abs());
    largest_remainder(magnitude, weights, sum)
        .into_iter()
        .map(|part| {
            // A part is at most the whole, whose magnitude fits in an i64 once negated; the
            // only magnitude that does not fit as a positive number is i64::MIN's own.
            let pence =
                i64::try_from(part).map_or(i64::MIN, |pence| if negative { -pence } else { pence });
            Money(pence)
        })
        .collect()
}

/// Each weight as a share of 100%, the shares adding up to exactly 100%.
pub fn shares_of_whole(weights: &[u128]) -> Vec<Percent> {
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return vec![Percent(0); weights.len()];
    }
    largest_remainder(u128::from(Percent::WHOLE.basis_points()), weights, sum)
        .into_iter()
        .map(|bp| Percent(u32::try_from(bp).unwrap_or(u32::MAX)))
        .collect()
}

fn largest_remainder(total: u128, weights: &[u128], sum: u128) -> Vec<u128> {
    // total < 2^64 and each weight ≤ sum, so total * weight cannot overflow u128 when the
    // weights fit in 64 bits, as budgets in pence and basis points do; wider weights are
    // scaled down first.
    let shift = weights
        .iter()
        .map(|w| 128 - w.leading_zeros())
        .max()
        .unwrap_or(0)
        .saturating_sub(64);
    let weights: Vec<u128> = weights.iter().map(|w| w >> shift).collect();
    let sum: u128 = if shift == 0 {
        sum
    } else {
        weights.iter().sum()
    };
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let mut parts: Vec<u128> = weights.iter().map(|w| total * w / sum).collect();
    let mut remainders: Vec<(usize, u128)> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| (i, total * w % sum))
        .collect();
    remainders.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let left_over = total - parts.iter().sum::<u128>();
    for (i, _) in remainders.into_iter().take(left_over as usize) {
        parts[i] += 1;
    }
    parts
}
