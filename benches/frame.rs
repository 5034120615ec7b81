//! CPU time of one UI frame on a large case (200 risks, 10 forces, 10 years of finance), for
//! each wizard step: the app's drawing plus egui's tessellation, without a GPU.
//!
//! Run with `cargo bench --bench frame`. The target is 4 ms a frame.

use std::path::PathBuf;

use casewright::app::commands::Action;
use casewright::app::dialogs::FileDialogs;
use casewright::app::{AUTOSAVE_AFTER, App, Settings};
use casewright::case::equality::{Impact, PsedAim};
use casewright::case::finance::{FinanceLine, FlowKind, Recurrence};
use casewright::case::governance::{GovernanceItem, ItemStatus};
use casewright::case::options::{OptionKind, OptionStatus, Score};
use casewright::case::partners::Force;
use casewright::case::risk::Risk;
use casewright::case::strategy::{Benefit, MeasureOfSuccess, StrategicObjective};
use casewright::case::{Case, Money, Recommendation, Step, storage};
use eframe::App as _;

fn main() {
    divan::main();
}

/// A case as large as any a region is likely to write.
fn large_case() -> Case {
    let mut case = Case::default();
    case.normalise();
    case.front_sheet.title = "Regional collaboration across ten forces".into();
    case.front_sheet.summary = "A long summary. ".repeat(40);
    for i in 0..10 {
        case.partners.forces.push(Force {
            name: format!("Force number {i} Constabulary"),
            policing_body: format!("PCC for area {i}"),
            chief_constable: format!("Chief Constable {i}"),
            commissioner: format!("Commissioner {i}"),
            annual_revenue_budget: Money::pounds(100_000_000 + i * 10_000_000),
            ..Force::default()
        });
    }
    case.partners.lead_force = Some(0);
    case.strategy.scope.function_area = "Specialist operations".into();
    case.strategy.scope.problem = "Demand outstrips capacity. ".repeat(30);
    case.strategy
        .objectives
        .insert(StrategicObjective::GenerateEfficiencies, "Savings.".into());
    for benefit in Benefit::ALL {
        case.strategy
            .benefits
            .insert(benefit, "How it will be realised.".into());
    }
    for i in 0..12 {
        case.strategy.measures.push(MeasureOfSuccess {
            measure: format!("Measure {i}"),
            baseline: "Today".into(),
            target: "Better".into(),
        });
    }
    for (kind, appraisal) in &mut case.options.appraisals {
        appraisal.status = if *kind == OptionKind::StrategicAlliance {
            OptionStatus::Preferred
        } else {
            OptionStatus::RuledOut
        };
        appraisal.rationale = "Considered in depth. ".repeat(10);
        appraisal.strategic_fit = Score::new(4);
        appraisal.practicality = Score::new(3);
    }
    case.finance.set_years(10);
    for i in 0..30 {
        case.finance.lines.push(FinanceLine {
            label: format!("Line {i}"),
            kind: if i % 3 == 0 {
                FlowKind::Saving
            } else {
                FlowKind::Cost
            },
            recurrence: if i % 2 == 0 {
                Recurrence::Recurring
            } else {
                Recurrence::OneOff
            },
            amounts: (0..10)
                .map(|year| Money::pounds(10_000 * (i + year)))
                .collect(),
        });
    }
    for i in 0..200 {
        case.risks.risks.push(Risk {
            id: format!("R{i:03}"),
            title: format!("Risk number {i} about shared systems"),
            description: "Because of differing systems there is a risk that ... ".repeat(3),
            likelihood: (i % 5 + 1) as u8,
            impact: ((i / 5) % 5 + 1) as u8,
            owner: "Programme lead".into(),
            mitigation: "Controls in place.".into(),
            ..Risk::default()
        });
    }
    for aim in PsedAim::ALL {
        case.equality.aims.insert(aim, "Due regard had.".into());
    }
    for assessment in case.equality.characteristics.values_mut() {
        assessment.impact = Impact::None;
        assessment.evidence = "Staff survey.".into();
    }
    for item in GovernanceItem::ALL {
        let entry = case.governance.items.entry(item).or_default();
        entry.status = ItemStatus::Agreed;
        entry.text = "Set out in the agreement. ".repeat(4);
    }
    for i in 0..8 {
        case.recommendations.push(Recommendation {
            text: format!("Recommendation {i}"),
            ..Recommendation::default()
        });
    }
    case
}

/// The app with the large case open at `step`, after a few frames to settle.
struct Running {
    ctx: egui::Context,
    app: App,
    frame: eframe::Frame,
    time: f64,
    _folder: tempfile::TempDir,
}

impl Running {
    fn new(step: Step) -> Running {
        let folder = tempfile::tempdir().expect("temp dir");
        let path: PathBuf = folder.path().join("large.ron");
        storage::save(&large_case(), &path).expect("save the large case");
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let mut app = App::with_settings(
            &cc,
            Settings {
                user_data: None,
                autosave_after: AUTOSAVE_AFTER,
                file_dialogs: FileDialogs::Native,
            },
        );
        app.queue(Action::OpenFile(path));
        let mut running = Running {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time: 0.0,
            _folder: folder,
        };
        running.frame();
        running.app.queue(Action::GoTo(step));
        for _ in 0..5 {
            running.frame();
        }
        assert!(
            running
                .app
                .case()
                .is_some_and(|case| case.risks.risks.len() == 200)
        );
        running
    }

    fn frame(&mut self) {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1400.0, 900.0),
            )),
            time: Some(self.time),
            ..Default::default()
        };
        let app = &mut self.app;
        let frame = &mut self.frame;
        let output = self.ctx.run_ui(input, |ui| app.ui(ui, frame));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        divan::black_box(primitives);
    }
}

const STEPS: [Step; 9] = Step::ALL;

#[divan::bench(args = STEPS, sample_count = 60)]
fn frame(bencher: divan::Bencher, step: Step) {
    let mut running = Running::new(step);
    bencher.bench_local(|| running.frame());
}
