//! Comparing two versions of the crowded case (ten forces, 200 risks, every option's
//! figures): what `casewright diff` and File ▸ Compare with… do, including the appraisal and
//! the forces' positions of both. The issue asks for 50 ms or less (median).
//!
//! Run with `cargo bench --bench compare`.

use casewright::case::compare::Comparison;
use casewright::case::options::OptionKind;
use casewright::case::{Case, Money};

#[path = "../tests/fixtures/mod.rs"]
mod fixtures;

fn main() {
    divan::main();
}

/// The crowded case after a round of edits touching every part a board asks about: a word
/// changed in every risk's mitigation, every option's first line raised, one risk removed,
/// another added, the register turned round, and the summary reworded.
fn edited(case: &Case) -> Case {
    let mut edited = case.clone();
    for risk in &mut edited.risks.risks {
        risk.mitigation = risk.mitigation.replacen(' ', " quarterly ", 1);
    }
    for kind in OptionKind::ALL {
        if let Some(line) = edited.finance.option_mut(kind).lines.first_mut()
            && let Some(amount) = line.amounts.first_mut()
        {
            *amount += Money::pounds(10_000);
        }
    }
    edited.risks.risks.remove(3);
    let mut added = edited.risks.risks[0].clone();
    added.id = "R-NEW".into();
    added.title = "A risk added since the last board".into();
    edited.risks.risks.push(added);
    edited.risks.risks.reverse();
    edited
        .front_sheet
        .summary
        .push_str(" The board saw an earlier version in March.");
    edited
}

#[divan::bench]
fn two_crowded_cases(bencher: divan::Bencher<'_, '_>) {
    let old = fixtures::crowded_case();
    let new = edited(&old);
    bencher.bench(|| {
        Comparison::of(divan::black_box(&old), divan::black_box(&new)).expect("compares")
    });
}

#[divan::bench]
fn the_crowded_case_with_itself(bencher: divan::Bencher<'_, '_>) {
    let case = fixtures::crowded_case();
    bencher.bench(|| {
        Comparison::of(divan::black_box(&case), divan::black_box(&case)).expect("compares")
    });
}
