//! The emotion lane: one point per column on a -2..+2 scale, joined by a
//! smooth monotone cubic curve (it never overshoots its points, so it never
//! leaves the lane), face markers coloured by value, critical moments ringed
//! and flagged, and each point's note beside its marker: above a peak,
//! below anything else, so notes keep off the curve.

use super::frame::{ColumnGeometry, EmotionCurve, Item, Path, Point, Rect, Rgba, Stroke};
use super::text::TextBlock;
use super::{Ctx, Theme};
use crate::id::EmotionId;
use crate::model::{EmotionPoint, Lane};
use std::ops::Range;

/// Smallest distance between the +2 and -2 marker centres.
const PLOT_MIN: f32 = 64.0;

/// What an emotion lane needs before its height is known.
pub(super) struct EmotionPlan {
    /// Height the lane needs at least.
    pub min_height: f32,
    points: Vec<Option<EmotionPoint>>,
    notes: Vec<TextBlock>,
    /// Per column: the note goes above its marker (the point is a peak, so
    /// the curve leaves it downwards and the space above is free).
    above: Vec<bool>,
    top_pad: f32,
    bottom_pad: f32,
}

/// Room from a marker centre to the top of its critical ring and flag.
fn ring(theme: &Theme) -> f32 {
    theme.emotion.marker_radius + 6.0
}

/// Gap between a marker's ring and its note.
const NOTE_GAP: f32 = 4.0;
/// Room kept between a note and the lane's edge.
const EDGE_GAP: f32 = 6.0;
/// Horizontal room kept free for the scale labels at the plot's left edge.
const SCALE_W: f32 = 26.0;

/// Tell which side of each point its note goes: above a peak (no
/// neighbour higher, at least one lower), below anything else, so a note
/// does not sit on the curve where it leaves the point.
fn notes_above(values: &[i8]) -> Vec<bool> {
    (0..values.len())
        .map(|i| {
            let v = values[i];
            let near: Vec<i8> = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| values.get(j).copied())
                .collect();
            !near.is_empty() && near.iter().all(|n| *n <= v) && near.iter().any(|n| *n < v)
        })
        .collect()
}

/// Shape the notes and work out the room the lane needs.
pub(super) fn plan(ctx: &mut Ctx, lane: &Lane, columns: &[ColumnGeometry]) -> EmotionPlan {
    let mut points = Vec::new();
    let mut notes = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        let p = ctx.doc.emotion_at(lane.id, c.stage, c.step).cloned();
        let note = p
            .as_ref()
            .map(|p| p.note.trim().to_string())
            .unwrap_or_default();
        let style = ctx.style(ctx.theme.font.small_size).centered();
        notes.push(ctx.text(&note, style, Some(note_width(i, c))));
        points.push(p);
    }
    // Which side each note takes, judged along the curve (columns without
    // a point do not break it).
    let drawn: Vec<usize> = (0..points.len()).filter(|i| points[*i].is_some()).collect();
    let values: Vec<i8> = drawn
        .iter()
        .filter_map(|i| points[*i].as_ref().map(|p| p.value.clamp(-2, 2)))
        .collect();
    let mut above = vec![false; points.len()];
    for (k, up) in notes_above(&values).into_iter().enumerate() {
        above[drawn[k]] = up;
    }
    // Room for the notes: a marker at value v sits (2 - v) / 4 of the plot
    // below its top, and the plot is never shorter than PLOT_MIN.
    let r = ring(&ctx.theme);
    let mut top_pad = r + 10.0;
    let mut bottom_pad = r + 8.0;
    for (i, p) in points.iter().enumerate() {
        let (Some(p), h) = (p, notes[i].height) else {
            continue;
        };
        if h <= 0.0 {
            continue;
        }
        let v = p.value.clamp(-2, 2) as f32;
        let need = r + NOTE_GAP + h + EDGE_GAP;
        if above[i] {
            top_pad = top_pad.max(need - (2.0 - v) / 4.0 * PLOT_MIN);
        } else {
            bottom_pad = bottom_pad.max(need - (v + 2.0) / 4.0 * PLOT_MIN);
        }
    }
    EmotionPlan {
        min_height: (top_pad + PLOT_MIN + bottom_pad).ceil(),
        points,
        notes,
        above,
        top_pad,
        bottom_pad,
    }
}

/// Wrap width of the note in column `i`: the column less a margin, and in
/// the first column less the scale labels' strip on both sides (so the note
/// stays centred under its marker).
fn note_width(i: usize, c: &ColumnGeometry) -> f32 {
    let margin = if i == 0 { SCALE_W } else { 10.0 };
    (c.width - 2.0 * margin).max(20.0)
}

/// Vertical position of a value within the plot.
fn value_y(top: f32, bottom: f32, v: i8) -> f32 {
    top + (2.0 - v.clamp(-2, 2) as f32) / 4.0 * (bottom - top)
}

/// A drawn emotion lane: its curve, its plot range and which of the `front`
/// items draw the curve and each point.
pub(super) struct DrawnLane {
    pub curve: EmotionCurve,
    pub plot: (f32, f32),
    pub curve_items: Range<usize>,
    pub point_items: Vec<(EmotionId, Range<usize>)>,
}

/// Draw the lane. `lane_rect` is the lane's cell area (right of its header).
pub(super) fn draw(
    ctx: &mut Ctx,
    lane: &Lane,
    plan: EmotionPlan,
    columns: &[ColumnGeometry],
    lane_rect: Rect,
    back: &mut Vec<Item>,
    front: &mut Vec<Item>,
) -> DrawnLane {
    let t = ctx.theme.clone();
    let top = lane_rect.y + plan.top_pad;
    let bottom = lane_rect.bottom() - plan.bottom_pad;
    let zero = value_y(top, bottom, 0);

    // Bands: above the neutral line positive, below negative.
    let pos = t.emotion.band_positive.mix(Rgba::WHITE, 0.45);
    let neg = t.emotion.band_negative.mix(Rgba::WHITE, 0.45);
    back.push(Item::fill_rect(
        Rect::new(lane_rect.x, lane_rect.y, lane_rect.w, zero - lane_rect.y),
        0.0,
        pos,
    ));
    back.push(Item::fill_rect(
        Rect::new(lane_rect.x, zero, lane_rect.w, lane_rect.bottom() - zero),
        0.0,
        neg,
    ));
    back.push(Item::line(
        Point::new(lane_rect.x, zero),
        Point::new(lane_rect.right(), zero),
        Stroke {
            dash: Some([4.0, 4.0]),
            ..Stroke::solid(t.colors.grid_line, 1.0)
        },
    ));
    // The scale, at the left edge of the plot (markers sit at column
    // centres, so this edge is free).
    for (v, label) in [(2, "+2"), (0, "0"), (-2, "-2")] {
        let style = ctx.muted(10.0);
        let b = ctx.text(label, style, None);
        let h = b.height;
        back.extend(
            b.placed(lane_rect.x + 6.0, value_y(top, bottom, v) - h - 1.0)
                .items(),
        );
    }

    // Points and the curve through them.
    let mut pts: Vec<(usize, Point, EmotionPoint)> = Vec::new();
    for (i, (c, p)) in columns.iter().zip(plan.points).enumerate() {
        if let Some(p) = p {
            let centre = Point::new(c.x + c.width / 2.0, value_y(top, bottom, p.value));
            pts.push((i, centre, p));
        }
    }
    let centres: Vec<Point> = pts.iter().map(|(_, c, _)| *c).collect();
    let path = monotone_curve(&centres);
    let curve_start = front.len();
    if centres.len() > 1 {
        front.push(Item::stroke_path(
            path.clone(),
            Stroke::round(t.emotion.curve, t.emotion.curve_width),
        ));
    }
    let curve_items = curve_start..front.len();
    let r = t.emotion.marker_radius;
    let mut point_items = Vec::new();
    for (i, c, p) in &pts {
        let start = front.len();
        let note = plan.notes[*i].clone();
        if !note.is_empty() {
            let ny = if plan.above[*i] {
                c.y - ring(&t) - NOTE_GAP - note.height
            } else {
                c.y + ring(&t) + NOTE_GAP
            };
            let col = &columns[*i];
            let nx = col.x + (col.width - note_width(*i, col)) / 2.0;
            let bg = Rect::new(
                nx + note.left - 4.0,
                ny - 1.0,
                note.width + 8.0,
                note.height + 2.0,
            );
            front.push(Item::fill_rect(bg, 4.0, Rgba::WHITE));
            front.extend(note.placed(nx, ny).items());
        }
        face(&t, *c, r, p.value, front);
        if p.critical {
            critical(&t, *c, r, front);
        }
        point_items.push((p.id, start..front.len()));
    }
    DrawnLane {
        curve: EmotionCurve {
            lane: lane.id,
            points: pts.iter().map(|(_, c, p)| (p.id, *c)).collect(),
            path,
        },
        plot: (top, bottom),
        curve_items,
        point_items,
    }
}

/// A monotone cubic (Fritsch-Carlson) through the points, as beziers: it
/// passes through every point and never overshoots between two of them.
pub(super) fn monotone_curve(pts: &[Point]) -> Path {
    let mut path = Path::new();
    let n = pts.len();
    if n == 0 {
        return path;
    }
    path.move_to(pts[0].x, pts[0].y);
    if n == 1 {
        return path;
    }
    let d: Vec<f32> = pts
        .windows(2)
        .map(|w| {
            let dx = w[1].x - w[0].x;
            if dx.abs() < f32::EPSILON {
                0.0
            } else {
                (w[1].y - w[0].y) / dx
            }
        })
        .collect();
    let mut m = vec![0.0_f32; n];
    m[0] = d[0];
    m[n - 1] = d[n - 2];
    for i in 1..n - 1 {
        m[i] = if d[i - 1] * d[i] <= 0.0 {
            0.0
        } else {
            (d[i - 1] + d[i]) / 2.0
        };
    }
    for i in 0..n - 1 {
        if d[i] == 0.0 {
            m[i] = 0.0;
            m[i + 1] = 0.0;
            continue;
        }
        let a = m[i] / d[i];
        let b = m[i + 1] / d[i];
        // A tangent against the slope would overshoot: flatten it.
        if a < 0.0 {
            m[i] = 0.0;
        }
        if b < 0.0 {
            m[i + 1] = 0.0;
        }
        let s = a * a + b * b;
        if s > 9.0 {
            let t = 3.0 / s.sqrt();
            m[i] = t * a * d[i];
            m[i + 1] = t * b * d[i];
        }
    }
    for i in 0..n - 1 {
        let (p0, p1) = (pts[i], pts[i + 1]);
        let h = (p1.x - p0.x) / 3.0;
        path.cubic_to(
            Point::new(p0.x + h, p0.y + m[i] * h),
            Point::new(p1.x - h, p1.y - m[i + 1] * h),
            p1,
        );
    }
    path
}

/// A face marker: a disc in the value's colour with eyes and a mouth that
/// smiles for positive values and frowns for negative ones.
pub(super) fn face(t: &Theme, c: Point, r: f32, value: i8, out: &mut Vec<Item>) {
    let colour = t.face(value);
    out.push(Item::Path {
        path: Path::circle(c, r),
        fill: Some(colour),
        stroke: Some(Stroke::solid(Rgba::WHITE, 2.0)),
    });
    let eye = r * 0.14;
    let mut eyes = Path::circle(Point::new(c.x - r * 0.36, c.y - r * 0.22), eye);
    eyes.extend(&Path::circle(
        Point::new(c.x + r * 0.36, c.y - r * 0.22),
        eye,
    ));
    out.push(Item::fill_path(eyes, Rgba::WHITE));
    let v = value.clamp(-2, 2) as f32;
    let base = c.y + if v < 0.0 { r * 0.42 } else { r * 0.3 };
    let bend = v * r * 0.16;
    let (l, rt) = (
        Point::new(c.x - r * 0.42, base),
        Point::new(c.x + r * 0.42, base),
    );
    let mut mouth = Path::new();
    mouth.move_to(l.x, l.y);
    mouth.quad_to(l, Point::new(c.x, base + bend), rt);
    out.push(Item::stroke_path(
        mouth,
        Stroke::round(Rgba::WHITE, r * 0.14),
    ));
}

/// A critical moment: a ring around the marker and a "!" flag.
pub(super) fn critical(t: &Theme, c: Point, r: f32, out: &mut Vec<Item>) {
    let red = t.emotion.critical;
    out.push(Item::stroke_path(
        Path::circle(c, r + 4.0),
        Stroke::solid(red, 2.5),
    ));
    let f = Point::new(c.x + r * 0.85, c.y - r * 0.85);
    out.push(Item::Path {
        path: Path::circle(f, 7.0),
        fill: Some(red),
        stroke: Some(Stroke::solid(Rgba::WHITE, 1.5)),
    });
    let mut mark = Path::rounded_rect(Rect::new(f.x - 1.1, f.y - 4.2, 2.2, 5.2), 1.1);
    mark.extend(&Path::circle(Point::new(f.x, f.y + 3.0), 1.2));
    out.push(Item::fill_path(mark, Rgba::WHITE));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_go_above_peaks_and_below_troughs_slopes_and_lone_points() {
        // peak, trough, slope up, end peak.
        assert_eq!(notes_above(&[1, -2, 0, 2]), [true, false, false, true]);
        // A shoulder (flat on one side, lower on the other) is a peak; a
        // flat run is not.
        assert_eq!(notes_above(&[0, 0, -1]), [false, true, false]);
        assert_eq!(notes_above(&[2]), [false]);
        assert!(notes_above(&[]).is_empty());
    }

    #[test]
    fn curve_passes_through_points_and_stays_within_their_range() {
        let pts = [
            Point::new(0.0, 50.0),
            Point::new(100.0, 10.0),
            Point::new(200.0, 90.0),
            Point::new(300.0, 90.0),
            Point::new(400.0, 12.0),
        ];
        let p = monotone_curve(&pts);
        let b = p.bounds();
        assert!(b.y >= 10.0 - 1e-3 && b.bottom() <= 90.0 + 1e-3, "{b:?}");
        let ends: Vec<Point> = p
            .els
            .iter()
            .filter_map(|e| match e {
                super::super::frame::PathEl::CubicTo(_, _, e) => Some(*e),
                super::super::frame::PathEl::MoveTo(e) => Some(*e),
                _ => None,
            })
            .collect();
        assert_eq!(ends, pts);
    }
}
