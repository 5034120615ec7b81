//! Charts as vector graphics on the page model: the options matrix, costs against savings,
//! each option's net present value, and the risk heat map.
//!
//! Vector, not images, so they print sharply and add almost nothing to the file; every
//! chart has a text equivalent beside it (composed with the data), so no information is
//! only in a picture. Colours come from the Okabe–Ito palette where they carry meaning, so
//! readers with colour-vision deficiency can tell them apart, and every value is also
//! written as text.

use crate::case::risk::Rating;
use crate::fonts::Face;
use crate::format;
use crate::palette::{self, Rgb};

use super::document::{Chart, MatrixPoint, NpvBar};
use super::layout::style::WHITE;
use super::page::{FilledBox, Item, Path, Region, Rule, TextRun};
use super::text;

const LABEL_SIZE: f32 = 9.0;
const AXIS: Rgb = Rgb(0x40, 0x40, 0x40);
const GRID: Rgb = Rgb(0xd0, 0xd0, 0xd0);
const TIER1: Rgb = Rgb(0xd7, 0xec, 0xd9);
const TIER2: Rgb = Rgb(0xfb, 0xee, 0xc8);
/// The "Tier 1" and "Tier 2" labels: darker shades of their regions' fills.
const TIER1_LABEL: Rgb = Rgb(0x1e, 0x5c, 0x2a);
const TIER2_LABEL: Rgb = Rgb(0x7a, 0x55, 0x00);
/// An option on the matrix: the heading blue, so the points read as the paper's own ink.
const POINT: Rgb = palette::HEADING;
/// The preferred option: the Okabe–Ito vermilion, distinct from [`POINT`] for every reader.
const PREFERRED: Rgb = Rgb(0xd5, 0x5e, 0x00);
/// The height of one option's row on the net present value chart, in points.
const NPV_ROW: f32 = 22.0;

/// The height a chart needs, in points.
pub fn height(chart: &Chart) -> f32 {
    match chart {
        Chart::OptionsMatrix { .. } => 250.0,
        Chart::CostsSavings { .. } => 220.0,
        Chart::NetPresentValues { bars } => 40.0 + NPV_ROW * bars.len().max(1) as f32,
        Chart::HeatMap { .. } => 250.0,
    }
}

/// Draws a chart in the box at (`x`, `y`) of `width` × `height` points.
pub fn draw(chart: &Chart, x: f32, y: f32, width: f32, height: f32) -> Vec<Item> {
    let mut canvas = ChartItems { items: Vec::new() };
    match chart {
        Chart::OptionsMatrix {
            points,
            tier1_min_fit,
            tier1_min_practicality,
            tier2_min_fit,
        } => canvas.options_matrix(
            points,
            (*tier1_min_fit, *tier1_min_practicality, *tier2_min_fit),
            (x, y, width, height),
        ),
        Chart::CostsSavings { years } => canvas.costs_savings(years, (x, y, width, height)),
        Chart::NetPresentValues { bars } => canvas.net_present_values(bars, (x, y, width, height)),
        Chart::HeatMap { cells, ratings } => canvas.heat_map(cells, ratings, (x, y, width, height)),
    }
    canvas.items
}

/// The page items a chart is drawn as, collected as it is drawn.
struct ChartItems {
    items: Vec<Item>,
}

impl ChartItems {
    fn label(
        &mut self,
        text: &str,
        x: f32,
        baseline: f32,
        face: Face,
        size: f32,
        color: Rgb,
    ) -> f32 {
        let width = text::width(face, size, text);
        self.items.push(Item::Text(TextRun {
            x,
            baseline,
            text: text.to_owned(),
            face,
            size,
            color,
            width,
            region: Region::Body,
            group: 0,
            angle: 0.0,
        }));
        width
    }

    fn centred(&mut self, text: &str, cx: f32, baseline: f32, face: Face, size: f32, color: Rgb) {
        let width = text::width(face, size, text);
        self.label(text, cx - width / 2.0, baseline, face, size, color);
    }

    fn right(&mut self, text: &str, right: f32, baseline: f32) {
        let width = text::width(Face::Regular, LABEL_SIZE, text);
        self.label(
            text,
            right - width,
            baseline,
            Face::Regular,
            LABEL_SIZE,
            AXIS,
        );
    }

    fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, color: Rgb) {
        self.items.push(Item::Box(FilledBox {
            x,
            y,
            width,
            height,
            color,
        }));
    }

    fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, color: Rgb) {
        self.items.push(Item::Rule(Rule {
            from,
            to,
            width,
            color,
        }));
    }

    fn options_matrix(
        &mut self,
        points: &[MatrixPoint],
        (t1_fit, t1_practicality, t2_fit): (u8, u8, u8),
        (x, y, width, height): (f32, f32, f32, f32),
    ) {
        let left = x + 30.0;
        let top = y + 16.0;
        let right = x + width - 6.0;
        let bottom = y + height - 34.0;
        let cell_w = (right - left) / 5.0;
        let cell_h = (bottom - top) / 5.0;
        // Score s covers [s - 0.5, s + 0.5]; the plot spans 0.5..5.5 on both axes.
        let px = |score: f32| left + (score - 0.5) * cell_w;
        let py = |score: f32| bottom - (score - 0.5) * cell_h;
        let clamp = |v: u8| f32::from(v.clamp(1, 6));
        // The left edge of the cells scoring `score` and above.
        let edge = |score: f32| left + (score - 1.0) * cell_w;
        let t2_left = edge(clamp(t2_fit));
        self.fill(t2_left, top, right - t2_left, bottom - top, TIER2);
        let t1_left = edge(clamp(t1_fit));
        let t1_top = top;
        let t1_bottom = (py(clamp(t1_practicality)) + cell_h / 2.0).min(bottom);
        self.fill(t1_left, t1_top, right - t1_left, t1_bottom - t1_top, TIER1);
        for i in 0..=5 {
            let gx = left + i as f32 * cell_w;
            let gy = top + i as f32 * cell_h;
            self.line((gx, top), (gx, bottom), 0.4, GRID);
            self.line((left, gy), (right, gy), 0.4, GRID);
        }
        self.line((left, bottom), (right, bottom), 0.8, AXIS);
        self.line((left, top), (left, bottom), 0.8, AXIS);
        for score in 1..=5u8 {
            let s = f32::from(score);
            self.centred(
                &score.to_string(),
                px(s),
                bottom + 11.0,
                Face::Regular,
                LABEL_SIZE,
                AXIS,
            );
            self.right(&score.to_string(), left - 5.0, py(s) + 3.0);
        }
        self.centred(
            "Strategic fit / impact",
            (left + right) / 2.0,
            bottom + 26.0,
            Face::Bold,
            LABEL_SIZE,
            AXIS,
        );
        self.label("Practicality", x, y + 9.0, Face::Bold, LABEL_SIZE, AXIS);
        if t1_left < right && t1_bottom > t1_top + 12.0 {
            self.label(
                "Tier 1",
                t1_left + 3.0,
                t1_top + 10.0,
                Face::Bold,
                8.0,
                TIER1_LABEL,
            );
        }
        if t2_left + 30.0 < t1_left {
            self.label(
                "Tier 2",
                t2_left + 3.0,
                top + 10.0,
                Face::Bold,
                8.0,
                TIER2_LABEL,
            );
        } else if t2_left < right && t1_bottom + 14.0 < bottom {
            self.label(
                "Tier 2",
                t2_left + 3.0,
                t1_bottom + 10.0,
                Face::Bold,
                8.0,
                TIER2_LABEL,
            );
        }
        // Options with the same scores sit side by side in their cell, in rows if need be.
        let radius = 7.5;
        let step = 2.0 * radius + 2.0;
        let per_row = ((cell_w - 2.0) / step).floor().max(1.0) as usize;
        let cell_of = |p: &MatrixPoint| (p.fit.clamp(1, 5), p.practicality.clamp(1, 5));
        for (index, point) in points.iter().enumerate() {
            let here = cell_of(point);
            let slot = points[..index]
                .iter()
                .filter(|p| cell_of(p) == here)
                .count();
            let count = points.iter().filter(|p| cell_of(p) == here).count();
            let rows = count.div_ceil(per_row);
            let (row, col) = (slot / per_row, slot % per_row);
            let in_row = (count - row * per_row).min(per_row);
            let cx = px(f32::from(here.0)) + (col as f32 - (in_row as f32 - 1.0) / 2.0) * step;
            let cy = py(f32::from(here.1)) + (row as f32 - (rows as f32 - 1.0) / 2.0) * step;
            let color = if point.preferred { PREFERRED } else { POINT };
            self.items.push(Item::Path(Path {
                points: circle(cx, cy, radius),
                closed: true,
                fill: Some(color),
                stroke: Some((WHITE, 1.0)),
            }));
            self.centred(&point.key, cx, cy + 3.0, Face::Bold, 8.5, WHITE);
        }
    }

    fn costs_savings(
        &mut self,
        years: &[(String, f64, f64)],
        (x, y, width, height): (f32, f32, f32, f32),
    ) {
        let largest = years
            .iter()
            .map(|(_, c, s)| c.max(*s))
            .fold(0.0_f64, f64::max);
        let (step, ticks) = format::axis_scale(largest);
        // The axis labels' gutter is as wide as the widest label, so a figure of billions
        // does not run out of the chart's box into the margin.
        let widest = (0..=ticks)
            .map(|tick| {
                text::width(
                    Face::Regular,
                    LABEL_SIZE,
                    &format::short_pounds(step * tick as f64),
                )
            })
            .fold(0.0_f32, f32::max);
        let left = x + (widest + 8.0).clamp(44.0, width * 0.6);
        let top = y + 22.0;
        let right = x + width - 4.0;
        let bottom = y + height - 18.0;
        let scale_max = step * ticks as f64;
        let py = |value: f64| bottom - (value / scale_max) as f32 * (bottom - top);
        for tick in 0..=ticks {
            let value = step * tick as f64;
            let gy = py(value);
            self.line((left, gy), (right, gy), 0.4, GRID);
            self.right(&format::short_pounds(value), left - 4.0, gy + 3.0);
        }
        self.line((left, bottom), (right, bottom), 0.8, AXIS);
        // Legend.
        self.fill(left, y + 2.0, 9.0, 9.0, palette::COSTS);
        let w = self.label(
            "Costs",
            left + 13.0,
            y + 10.0,
            Face::Regular,
            LABEL_SIZE,
            AXIS,
        );
        self.fill(left + 13.0 + w + 12.0, y + 2.0, 9.0, 9.0, palette::SAVINGS);
        self.label(
            "Savings",
            left + 13.0 + w + 25.0,
            y + 10.0,
            Face::Regular,
            LABEL_SIZE,
            AXIS,
        );
        if years.is_empty() {
            return;
        }
        let slot = (right - left) / years.len() as f32;
        let bar = (slot * 0.36).min(16.0);
        let label_every = (years.len() as f32 * 30.0 / (right - left)).ceil().max(1.0) as usize;
        for (i, (label, costs, savings)) in years.iter().enumerate() {
            let cx = left + (i as f32 + 0.5) * slot;
            for (value, color, offset) in [
                (*costs, palette::COSTS, -bar),
                (*savings, palette::SAVINGS, 0.0),
            ] {
                let value = value.max(0.0);
                let top_y = py(value);
                if bottom - top_y > 0.1 {
                    self.fill(cx + offset, top_y, bar, bottom - top_y, color);
                }
            }
            if i % label_every == 0 {
                let short = label.get(2..).unwrap_or(label);
                self.centred(
                    short,
                    cx,
                    bottom + 11.0,
                    Face::Regular,
                    LABEL_SIZE - 0.5,
                    AXIS,
                );
            }
        }
    }

    /// Horizontal bars either side of a zero line, one row per option with its name on the
    /// left; the preferred option in its own colour, every bar's value written at its end.
    fn net_present_values(
        &mut self,
        bars: &[NpvBar],
        (x, y, width, _height): (f32, f32, f32, f32),
    ) {
        // Option names are short ("Business as usual" is the longest), so they always fit.
        let names = bars
            .iter()
            .map(|bar| text::width(Face::Bold, LABEL_SIZE, &bar.label))
            .fold(0.0_f32, f32::max);
        let left = x + names + 8.0;
        let right = x + width - 4.0;
        let top = y + 6.0;
        let bottom = top + NPV_ROW * bars.len().max(1) as f32;
        // How far the bars reach either side of zero: each side of the axis is as long as its
        // own bars need, in steps chosen for the whole span, so a small loss beside large
        // gains takes one step, not half the chart.
        let reach = |sign: f64| {
            bars.iter()
                .map(|bar| (sign * bar.pounds).max(0.0))
                .fold(0.0_f64, f64::max)
        };
        let (above, below) = (reach(1.0), reach(-1.0));
        let negative = below > 0.0;
        let positive = above > 0.0 || !negative;
        let step = format::axis_step(above + below);
        let steps = |reach: f64, drawn: bool| {
            if drawn {
                ((reach / step).ceil() as i64).max(1)
            } else {
                0
            }
        };
        let (steps_below, steps_above) = (steps(below, negative), steps(above, positive));
        let (low, high) = (-step * steps_below as f64, step * steps_above as f64);
        // Room for the values written beside the bars' ends.
        let value_room = 56.0;
        let plot_left = left + if negative { value_room } else { 0.0 };
        let plot_right = right - if positive { value_room } else { 0.0 };
        let px = |value: f64| {
            plot_left + ((value - low) / (high - low)) as f32 * (plot_right - plot_left)
        };
        let zero = px(0.0);
        // Every step has its grid line; where the labels are wider than a step, only every
        // second (or third…) step is labelled, counted from zero, so no two labels touch.
        let ticks = -steps_below..=steps_above;
        let label_size = LABEL_SIZE - 0.5;
        let widest = ticks
            .clone()
            .map(|tick| {
                text::width(
                    Face::Regular,
                    label_size,
                    &format::short_pounds(step * tick as f64),
                )
            })
            .fold(0.0_f32, f32::max);
        let interval = (plot_right - plot_left) / (steps_below + steps_above) as f32;
        let every = ((widest + 4.0) / interval).ceil().max(1.0) as i64;
        for tick in ticks {
            let value = step * tick as f64;
            let gx = px(value);
            self.line((gx, top), (gx, bottom), 0.4, GRID);
            if tick % every == 0 {
                self.centred(
                    &format::short_pounds(value),
                    gx,
                    bottom + 11.0,
                    Face::Regular,
                    label_size,
                    AXIS,
                );
            }
        }
        for (i, bar) in bars.iter().enumerate() {
            let row_top = top + i as f32 * NPV_ROW;
            let baseline = row_top + NPV_ROW / 2.0 + 3.0;
            let face = if bar.preferred {
                Face::Bold
            } else {
                Face::Regular
            };
            self.label(&bar.label, x, baseline, face, LABEL_SIZE, palette::TEXT);
            let end = px(bar.pounds);
            let (from, to) = if end < zero { (end, zero) } else { (zero, end) };
            let color = if bar.preferred { PREFERRED } else { POINT };
            if to - from > 0.1 {
                self.fill(from, row_top + 4.0, to - from, NPV_ROW - 8.0, color);
            }
            let value = format::short_pounds(bar.pounds);
            if bar.pounds < 0.0 {
                let w = text::width(Face::Regular, LABEL_SIZE, &value);
                self.label(
                    &value,
                    from - 4.0 - w,
                    baseline,
                    Face::Regular,
                    LABEL_SIZE,
                    AXIS,
                );
            } else {
                self.label(&value, to + 4.0, baseline, Face::Regular, LABEL_SIZE, AXIS);
            }
        }
        self.line((zero, top), (zero, bottom), 0.8, AXIS);
        self.centred(
            "Net present value against business as usual",
            (plot_left + plot_right) / 2.0,
            bottom + 25.0,
            Face::Bold,
            LABEL_SIZE,
            AXIS,
        );
    }

    fn heat_map(
        &mut self,
        cells: &[Vec<usize>],
        ratings: &[Vec<Rating>],
        (x, y, width, height): (f32, f32, f32, f32),
    ) {
        let size = cells.len().max(1);
        let left = x + 30.0;
        let top = y + 16.0;
        let side = (width - 36.0).min(height - 50.0);
        let cell = side / size as f32;
        for (l, row) in cells.iter().enumerate() {
            for (i, count) in row.iter().enumerate() {
                let rating = ratings
                    .get(l)
                    .and_then(|row| row.get(i))
                    .copied()
                    .unwrap_or(Rating::Low);
                let cx = left + i as f32 * cell;
                let cy = top + (size - 1 - l) as f32 * cell;
                self.fill(cx, cy, cell, cell, palette::rating(rating));
                if *count > 0 {
                    self.centred(
                        &count.to_string(),
                        cx + cell / 2.0,
                        cy + cell / 2.0 + 4.0,
                        Face::Bold,
                        11.0,
                        palette::TEXT,
                    );
                }
            }
        }
        for i in 0..=size {
            let offset = i as f32 * cell;
            self.line(
                (left + offset, top),
                (left + offset, top + side),
                1.0,
                WHITE,
            );
            self.line(
                (left, top + offset),
                (left + side, top + offset),
                1.0,
                WHITE,
            );
        }
        for i in 0..size {
            let label = (i + 1).to_string();
            self.centred(
                &label,
                left + (i as f32 + 0.5) * cell,
                top + side + 11.0,
                Face::Regular,
                LABEL_SIZE,
                AXIS,
            );
            self.right(
                &label,
                left - 5.0,
                top + (size - 1 - i) as f32 * cell + cell / 2.0 + 3.0,
            );
        }
        self.centred(
            "Impact",
            left + side / 2.0,
            top + side + 25.0,
            Face::Bold,
            LABEL_SIZE,
            AXIS,
        );
        self.label("Likelihood", x, y + 9.0, Face::Bold, LABEL_SIZE, AXIS);
    }
}

/// A circle as a 16-sided polygon: close enough at marker size, and plain path operators.
fn circle(cx: f32, cy: f32, radius: f32) -> Vec<(f32, f32)> {
    (0..16)
        .map(|i| {
            let angle = i as f32 * std::f32::consts::TAU / 16.0;
            (cx + radius * angle.cos(), cy + radius * angle.sin())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The axis labels under a net present value chart, left to right: (left, right, text).
    fn axis_labels(bars: &[(f64, bool)], width: f32) -> Vec<(f32, f32, String)> {
        let bars: Vec<NpvBar> = bars
            .iter()
            .enumerate()
            .map(|(i, (pounds, preferred))| NpvBar {
                label: format!("Option {i}"),
                pounds: *pounds,
                preferred: *preferred,
            })
            .collect();
        let chart = Chart::NetPresentValues { bars };
        let items = draw(&chart, 0.0, 0.0, width, height(&chart));
        let axis = 6.0 + NPV_ROW * 4.0 + 11.0;
        let mut labels: Vec<(f32, f32, String)> = items
            .into_iter()
            .filter_map(|item| match item {
                Item::Text(run) if (run.baseline - axis).abs() < 0.01 => {
                    Some((run.x, run.x + run.width, run.text))
                }
                _ => None,
            })
            .collect();
        labels.sort_by(|a, b| a.0.total_cmp(&b.0));
        labels
    }

    #[test]
    fn a_small_loss_beside_large_gains_keeps_the_axis_labels_apart() {
        for bars in [
            [
                (0.0, false),
                (3_025_242.0, false),
                (8_612_984.0, true),
                (-310_724.0, false),
            ],
            [
                (0.0, false),
                (-9_000_000.0, true),
                (250_000.0, false),
                (-4_000_000.0, false),
            ],
            [
                (0.0, false),
                (1_200_000.0, true),
                (800_000.0, false),
                (400_000.0, false),
            ],
        ] {
            // The paper draws charts 280 pt wide; narrower and wider must hold too.
            for width in [220.0, 280.0, 320.0] {
                let labels = axis_labels(&bars, width);
                assert!(labels.iter().any(|(.., text)| text == "£0"), "{labels:?}");
                for pair in labels.windows(2) {
                    assert!(
                        pair[0].1 + 2.0 <= pair[1].0,
                        "{:?} and {:?} overlap at {width} pt",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
}
