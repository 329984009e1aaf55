//! The grid of a map: the stage header row (with step sub-headers), the lane
//! header column, the cells with their cards, the emotion lanes and the grid
//! lines. Column widths are the model's; a lane is as tall as the model says
//! or as its tallest cell needs, whichever is more, so nothing is clipped.

use super::cards::{CardBox, card, card_colors};
use super::emotion::{self, EmotionPlan};
use super::frame::{
    CardGeometry, ColumnGeometry, GridParts, Item, LaneGeometry, MapGeometry, Point, Rect, Rgba,
    StageGeometry, Stroke,
};
use super::text::TextBlock;
use super::{Ctx, text_on};
use crate::error::Result;
use crate::id::MapId;
use crate::model::{Card, Lane, LaneKind};

/// What a lane holds once measured.
enum LaneContent {
    /// Cards per column: (card, its box).
    Cards(Vec<Vec<(Card, CardBox)>>),
    /// An emotion curve.
    Emotion(EmotionPlan),
}

struct MeasuredLane {
    lane: Lane,
    title: TextBlock,
    caption: TextBlock,
    content: LaneContent,
    height: f32,
}

/// Lay out the grid of `map` with its top-left corner at (`x`, `y`).
pub(super) fn grid(ctx: &mut Ctx, map: MapId, x: f32, y: f32) -> Result<(MapGeometry, Vec<Item>)> {
    let doc = ctx.doc;
    let g = ctx.theme.grid.clone();
    let colors = ctx.theme.colors.clone();
    let lw = g.lane_header_width;

    // Columns and stages.
    let mut columns = Vec::new();
    let mut stages: Vec<StageGeometry> = Vec::new();
    let mut cx = x + lw;
    for c in doc.columns(map) {
        let w = c.width() as f32;
        columns.push(ColumnGeometry {
            stage: c.stage.id,
            step: c.step.map(|s| s.id),
            x: cx,
            width: w,
        });
        match stages.last_mut() {
            Some(s) if s.stage == c.stage.id => s.width += w,
            _ => stages.push(StageGeometry {
                stage: c.stage.id,
                x: cx,
                width: w,
            }),
        }
        cx += w;
    }
    let right = cx;
    let any_steps = columns.iter().any(|c| c.step.is_some());

    // Header rows: as tall as the longest stage or step name needs.
    let mut stage_titles = Vec::new();
    let mut sh = g.stage_header_height;
    for s in &stages {
        let stage = doc.stage(s.stage)?;
        let fill = stage_fill(ctx, stage.color.as_ref().map(|c| c.as_str()));
        let mut style = ctx.style(ctx.theme.font.header_size).bold();
        style.color = text_on(&ctx.theme, fill);
        let b = ctx.text(&stage.name, style, Some(s.width - 24.0));
        sh = sh.max((b.height + 24.0).ceil());
        stage_titles.push((fill, b));
    }
    let mut step_titles = Vec::new();
    let mut th = 0.0_f32;
    if any_steps {
        th = g.step_header_height;
        for c in &columns {
            let Some(step) = c.step else {
                step_titles.push(TextBlock::default());
                continue;
            };
            let mut style = ctx.style(12.0).bold();
            style.color = colors.step_header_text;
            let b = ctx.text(&doc.step(step)?.name, style, Some(c.width - 20.0));
            th = th.max((b.height + 12.0).ceil());
            step_titles.push(b);
        }
    }
    let header_h = sh + th;

    // Measure the lanes.
    let pad = g.cell_padding;
    let mut measured = Vec::new();
    for lane in doc.lanes(map) {
        let lane = lane.clone();
        let mut title_style = ctx.style(ctx.theme.font.lane_header_size).bold();
        title_style.color = colors.lane_header_text;
        let title = ctx.text(&lane.name, title_style, Some(lw - 28.0));
        // The kind under the name, unless the name already is the kind's label.
        let kind = ctx.tr(lane.kind.label_key());
        let caption = if lane.name.trim() == kind {
            TextBlock::default()
        } else {
            let s = ctx.muted(ctx.theme.font.small_size);
            ctx.text(&kind, s, Some(lw - 28.0))
        };
        let mut need = 12.0 + title.height + caption.height + 12.0;
        let content = if lane.kind == LaneKind::Emotions {
            let plan = emotion::plan(ctx, &lane, &columns);
            need = need.max(plan.min_height);
            LaneContent::Emotion(plan)
        } else {
            let mut cells = Vec::new();
            for c in &columns {
                let mut boxes = Vec::new();
                let mut h = pad;
                for (i, cd) in doc
                    .cards_in(lane.id, c.stage, c.step)
                    .into_iter()
                    .enumerate()
                {
                    let b = card(ctx, &lane, cd, c.width - 2.0 * pad);
                    if i > 0 {
                        h += g.card_gap;
                    }
                    h += b.height;
                    boxes.push((cd.clone(), b));
                }
                need = need.max(h + pad);
                cells.push(boxes);
            }
            LaneContent::Cards(cells)
        };
        let height = (lane.height as f32).max(need).ceil();
        measured.push(MeasuredLane {
            lane,
            title,
            caption,
            content,
            height,
        });
    }
    let lanes_h: f32 = measured.iter().map(|l| l.height).sum();
    let grid = Rect::new(x, y, right - x, header_h + lanes_h);
    let cells = Rect::new(x + lw, y + header_h, right - x - lw, lanes_h);

    // Paint, back to front.
    let mut back = Vec::new();
    let mut lines = Vec::new();
    let mut front = Vec::new();
    let mut geometry = MapGeometry {
        grid,
        cells,
        stages: stages.clone(),
        columns: columns.clone(),
        stage_row_height: sh,
        ..MapGeometry::default()
    };
    back.push(Item::fill_rect(grid, 0.0, colors.background));
    let line = Stroke::solid(colors.grid_line, g.line);
    let faint = Stroke::solid(colors.grid_line.mix(Rgba::WHITE, 0.45), g.line);

    // Ranges of `front` items per card, curve and point (shifted at the end).
    let mut parts = GridParts::default();
    let mut heads = Vec::new();
    let mut ly = y + header_h;
    for m in measured {
        let (_, accent) = card_colors(ctx, &m.lane, None);
        heads.push(Item::fill_rect(
            Rect::new(x, ly, lw, m.height),
            0.0,
            colors.lane_header,
        ));
        heads.push(Item::fill_rect(
            Rect::new(x, ly, 4.0, m.height),
            0.0,
            accent,
        ));
        let title_h = m.title.height;
        // The kind caption sits on the same side as the lane's name: under
        // a right-to-left name it is right-aligned too.
        let caption_x = if m.title.flush_right && !m.caption.flush_right {
            x + 16.0 + (lw - 28.0 - m.caption.width).max(0.0)
        } else if !m.title.flush_right && m.caption.flush_right {
            x + 16.0 - m.caption.left
        } else {
            x + 16.0
        };
        heads.extend(m.title.placed(x + 16.0, ly + 12.0).items());
        heads.extend(m.caption.placed(caption_x, ly + 12.0 + title_h).items());
        match m.content {
            LaneContent::Emotion(plan) => {
                let area = Rect::new(x + lw, ly, right - x - lw, m.height);
                let drawn =
                    emotion::draw(ctx, &m.lane, plan, &columns, area, &mut back, &mut front);
                geometry.plots.push((m.lane.id, drawn.plot.0, drawn.plot.1));
                parts.curves.push((m.lane.id, drawn.curve_items));
                parts.points.extend(drawn.point_items);
                if !drawn.curve.points.is_empty() {
                    geometry.emotions.push(drawn.curve);
                }
            }
            LaneContent::Cards(cells) => {
                for (c, boxes) in columns.iter().zip(cells) {
                    let mut cy = ly + pad;
                    for (cd, b) in boxes {
                        let rect = Rect::new(c.x + pad, cy, c.width - 2.0 * pad, b.height);
                        let start = front.len();
                        for mut it in b.items {
                            it.translate(rect.x, rect.y);
                            front.push(it);
                        }
                        parts.cards.push((cd.id, start..front.len()));
                        geometry.cards.push(CardGeometry {
                            card: cd.id,
                            rect,
                            rtl: b.rtl,
                        });
                        cy += b.height + g.card_gap;
                    }
                }
            }
        }
        lines.push(Item::line(
            Point::new(x, ly + 0.5),
            Point::new(right, ly + 0.5),
            line,
        ));
        geometry.lanes.push(LaneGeometry {
            lane: m.lane.id,
            kind: m.lane.kind,
            y: ly,
            height: m.height,
        });
        ly += m.height;
    }

    // Vertical lines: stage boundaries solid, step boundaries faint.
    let top = y + header_h;
    for (i, c) in columns.iter().enumerate() {
        let stage_start = stages.iter().any(|s| s.x == c.x);
        let stroke = if stage_start || i == 0 { line } else { faint };
        lines.push(Item::line(
            Point::new(c.x + 0.5, top),
            Point::new(c.x + 0.5, ly),
            stroke,
        ));
    }

    // Header rows.
    let mut head = Vec::new();
    head.push(Item::fill_rect(
        Rect::new(x, y, lw, header_h),
        0.0,
        colors.stage_header,
    ));
    for (s, (fill, title)) in stages.iter().zip(stage_titles) {
        let split = columns
            .iter()
            .any(|c| c.stage == s.stage && c.step.is_some());
        let h = if split { sh } else { header_h };
        head.push(Item::fill_rect(Rect::new(s.x, y, s.width, h), 0.0, fill));
        let tb = title.height;
        head.extend(title.placed(s.x + 12.0, y + (h - tb) / 2.0).items());
        head.push(Item::line(
            Point::new(s.x + 0.5, y),
            Point::new(s.x + 0.5, y + h),
            Stroke::solid(Rgba::WHITE.mix(colors.stage_header, 0.25), g.line),
        ));
    }
    if any_steps {
        for (c, title) in columns.iter().zip(step_titles) {
            if c.step.is_none() {
                continue;
            }
            let r = Rect::new(c.x, y + sh, c.width, th);
            head.push(Item::fill_rect(r, 0.0, colors.step_header));
            let tb = title.height;
            head.extend(title.placed(c.x + 10.0, r.y + (th - tb) / 2.0).items());
            head.push(Item::line(
                Point::new(c.x + 0.5, r.y),
                Point::new(c.x + 0.5, r.bottom()),
                line,
            ));
        }
    }
    lines.push(Item::line(
        Point::new(x + lw + 0.5, top),
        Point::new(x + lw + 0.5, ly),
        line,
    ));
    lines.push(Item::Rect {
        rect: grid.inset(0.5),
        radius: 0.0,
        fill: None,
        stroke: Some(line),
    });

    // Paint order: body, lane headers, lines, header row, cards and curves.
    let mut items = back;
    parts.body = 0..items.len();
    let start = items.len();
    items.extend(heads);
    parts.lane_headers = start..items.len();
    let start = items.len();
    items.extend(lines);
    parts.lines = start..items.len();
    let start = items.len();
    items.extend(head);
    parts.stage_headers = start..items.len();
    let front_at = items.len();
    items.extend(front);
    let shift = |r: &mut std::ops::Range<usize>| *r = r.start + front_at..r.end + front_at;
    parts.cards.iter_mut().for_each(|(_, r)| shift(r));
    parts.curves.iter_mut().for_each(|(_, r)| shift(r));
    parts.points.iter_mut().for_each(|(_, r)| shift(r));
    geometry.parts = parts;
    Ok((geometry, items))
}

/// Fill of a stage header: the stage's own colour or the theme's.
fn stage_fill(ctx: &Ctx, color: Option<&str>) -> Rgba {
    color
        .and_then(Rgba::parse)
        .unwrap_or(ctx.theme.colors.stage_header)
}
