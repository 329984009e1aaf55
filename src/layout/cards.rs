//! One card, drawn the way its lane kind asks: touchpoints with their channel
//! icon, pain points with a severity badge, opportunities with impact and
//! effort badges, metrics with current and target values, service blueprint
//! lanes with their owner team, image cards with the picture and its
//! alternative text. Cards are laid out at (0, 0) and moved into their cell.

use super::frame::{ImageItem, Item, Path, Point, Rect, Rgba, Stroke};
use super::icons::{ICON_BOX, ICON_STROKE, icon};
use super::text::TextBlock;
use super::{Ctx, text_on};
use crate::i18n::Message;
use crate::model::{Card, Lane, LaneKind, Level};
use crate::msg;

/// A card laid out at the origin.
pub(super) struct CardBox {
    /// Height of the card.
    pub height: f32,
    /// Items relative to the card's top-left corner (background first).
    pub items: Vec<Item>,
    /// The card's text is right to left.
    pub rtl: bool,
}

/// Tallest picture on an image card.
const MAX_PICTURE_H: f32 = 200.0;
/// Height of a badge.
const BADGE_H: f32 = 18.0;

/// The fill and accent of a card: its own colour, its lane's, or the theme's.
pub(super) fn card_colors(ctx: &Ctx, lane: &Lane, card: Option<&Card>) -> (Rgba, Rgba) {
    let t = ctx.theme.lane(lane.kind);
    let lane_color = lane.color.as_ref().and_then(|c| Rgba::parse(c.as_str()));
    let accent = lane_color.unwrap_or(t.accent);
    let fill = card
        .and_then(|c| c.color.as_ref())
        .and_then(|c| Rgba::parse(c.as_str()))
        .or(lane_color.map(|c| c.mix(Rgba::WHITE, 0.82)))
        .unwrap_or(t.card);
    (fill, accent)
}

/// Lay out `card` of `lane` at `width`.
pub(super) fn card(ctx: &mut Ctx, lane: &Lane, card: &Card, width: f32) -> CardBox {
    let g = ctx.theme.grid.clone();
    let pad = g.card_padding;
    let inner = (width - 2.0 * pad).max(10.0);
    let (fill, accent) = card_colors(ctx, lane, Some(card));
    let ink = text_on(&ctx.theme, fill);
    let subtle = if ink == Rgba::WHITE {
        Rgba::WHITE
    } else {
        ctx.theme.colors.muted
    };
    let size = ctx.theme.font.size;
    let mut body = ctx.style(size);
    body.color = ink;
    let mut items: Vec<Item> = Vec::new();
    let mut y = pad;
    let kind = lane.kind;

    // A leading mark beside the text: channel icon or milestone diamond.
    let icon_size = g.icon_size;
    let lead = match kind {
        LaneKind::Touchpoints if card.channel.is_some() => icon_size + 6.0,
        LaneKind::Milestones => 14.0 + 6.0,
        _ => 0.0,
    };
    let mut text = card.text.trim().to_string();
    if text.is_empty()
        && kind == LaneKind::Touchpoints
        && let Some(ch) = card.channel
    {
        text = ctx.tr(ch.label_key());
    }
    if kind == LaneKind::Milestones {
        body = body.bold();
    }
    let mut metric_text = None;
    if kind == LaneKind::Metrics
        && let Some(m) = &card.metric
    {
        metric_text = Some(m.clone());
        if text == m.name.trim() {
            text.clear();
        }
    }
    let block = ctx.text(&text, body, Some(inner - lead));
    let rtl = block.rtl;
    // The side the text starts on, where its badges and mark go.
    let start_right = block.flush_right;

    // Badges above the text.
    let level_badge =
        |key: &str, level: Level| ctx.tr_msg(&msg!(key, level = Message::new(level.label_key())));
    let badges: Vec<(String, Rgba)> = match kind {
        LaneKind::PainPoints => card
            .severity
            .map(|s| vec![(level_badge("badge-severity", s), ctx.theme.level(s))])
            .unwrap_or_default(),
        LaneKind::Opportunities => {
            let mut v = Vec::new();
            if let Some(i) = card.impact {
                // High impact is the good news: it takes the low (green) colour.
                v.push((level_badge("badge-impact", i), ctx.theme.level(invert(i))));
            }
            if let Some(e) = card.effort {
                v.push((level_badge("badge-effort", e), ctx.theme.level(e)));
            }
            v
        }
        _ => Vec::new(),
    };
    if !badges.is_empty() {
        y += badge_row(ctx, &badges, pad, y, inner, start_right, &mut items) + 6.0;
    }

    // Picture and alternative text: an image card always shows its picture
    // (or a placeholder); another card that takes one (a note) shows it once
    // it has one.
    if kind == LaneKind::Images || (kind.spec().takes_picture() && card.image.is_some()) {
        y += picture(ctx, card, pad, y, inner, subtle, &mut items) + 6.0;
    }

    // Metric: name, current -> target and unit.
    if let Some(m) = metric_text {
        let mut name_style = ctx.style(12.0).bold();
        name_style.color = ink;
        let name = ctx.text(m.name.trim(), name_style, Some(inner));
        y += place(name, pad, y, &mut items);
        y += metric_values(ctx, &m, ink, subtle, accent, pad, y, inner, &mut items) + 4.0;
    }

    // The text, with its leading mark on the start side.
    if !block.is_empty() {
        let text_x = if start_right { pad } else { pad + lead };
        let first_line = ctx.theme.line(size);
        if lead > 0.0 {
            let mark_x = if start_right {
                pad + inner - lead + 6.0
            } else {
                pad
            };
            match kind {
                LaneKind::Touchpoints => {
                    if let Some(ch) = card.channel
                        && let Ok(p) = icon(ch)
                    {
                        let s = icon_size / ICON_BOX;
                        let top = y + (first_line - icon_size) / 2.0;
                        items.push(Item::stroke_path(
                            p.transformed(s, mark_x, top),
                            Stroke::round(accent, ICON_STROKE * s),
                        ));
                    }
                }
                _ => {
                    let c = Point::new(mark_x + 7.0, y + first_line / 2.0);
                    items.push(Item::fill_path(diamond(c, 6.0), accent));
                }
            }
        }
        let h = block.height;
        items.extend(block.placed(text_x, y).items());
        y += h;
    }

    // Owner team of service blueprint lanes.
    if kind.has_owner() && !card.owner.trim().is_empty() {
        y += 6.0;
        y += owner(
            ctx,
            card.owner.trim(),
            accent,
            ink,
            pad,
            y,
            inner,
            start_right,
            &mut items,
        );
    }

    let height = (y + pad).max(g.card_min_height).ceil();
    let rect = Rect::new(0.0, 0.0, width, height);
    let radius = if kind == LaneKind::Thoughts {
        12.0
    } else {
        g.card_radius
    };
    let border = if kind == LaneKind::Images {
        ctx.theme.colors.grid_line
    } else {
        fill.mix(accent, 0.35)
    };
    let mut all = vec![Item::Rect {
        rect: rect.inset(0.5),
        radius,
        fill: Some(fill),
        stroke: Some(Stroke::solid(border, 1.0)),
    }];
    all.extend(items);
    CardBox {
        height,
        items: all,
        rtl,
    }
}

fn place(block: TextBlock, x: f32, y: f32, items: &mut Vec<Item>) -> f32 {
    let h = block.height;
    items.extend(block.placed(x, y).items());
    h
}

/// The current and target values side by side, joined by a drawn arrow
/// (the bundled fonts have no arrow glyph), captioned "now" and "target";
/// the current value alone when the metric has no target.
#[allow(clippy::too_many_arguments)]
fn metric_values(
    ctx: &mut Ctx,
    m: &crate::model::Metric,
    ink: Rgba,
    caption: Rgba,
    accent: Rgba,
    x: f32,
    y: f32,
    width: f32,
    out: &mut Vec<Item>,
) -> f32 {
    let mut value_style = ctx.style(17.0).bold();
    value_style.color = ink;
    let mut cap_style = ctx.muted(10.0);
    cap_style.color = caption;
    let now = ctx.text(&figure(m.current, &m.unit), value_style, None);
    let now_cap = ctx.tr("metric-now");
    let now_cap = ctx.text(&now_cap, cap_style, None);
    if m.target.is_none() {
        // No target set: the current figure alone, not an arrow to a dash.
        let (line, cap_h) = (now.height, now_cap.height);
        out.extend(now.placed(x, y).items());
        out.extend(now_cap.placed(x, y + line).items());
        return line + cap_h;
    }
    let target = ctx.text(&figure(m.target, &m.unit), value_style, None);
    let target_cap = ctx.tr("metric-target");
    let target_cap = ctx.text(&target_cap, cap_style, None);
    let arrow_w = 22.0;
    let line = now.height.max(target.height);
    let cap_h = now_cap.height.max(target_cap.height);
    let now_w = now.width.max(now_cap.width);
    let (tx, ty) = if now_w + 8.0 + arrow_w + 8.0 + target.width <= width {
        (x + now_w + 8.0 + arrow_w + 8.0, y)
    } else {
        (x, y + line + cap_h + 4.0)
    };
    if ty == y {
        let ax = x + now_w + 8.0;
        let ay = y + line / 2.0 + 1.0;
        let mut shaft = Path::new();
        shaft.move_to(ax, ay).line_to(ax + arrow_w - 2.0, ay);
        shaft
            .move_to(ax + arrow_w - 7.0, ay - 5.0)
            .line_to(ax + arrow_w - 2.0, ay)
            .line_to(ax + arrow_w - 7.0, ay + 5.0);
        out.push(Item::stroke_path(shaft, Stroke::round(accent, 2.0)));
    }
    out.extend(now.placed(x, y).items());
    out.extend(now_cap.placed(x, y + line).items());
    out.extend(target.placed(tx, ty).items());
    out.extend(target_cap.placed(tx, ty + line).items());
    ty - y + line + cap_h
}

fn invert(l: Level) -> Level {
    match l {
        Level::Low => Level::High,
        Level::Medium => Level::Medium,
        Level::High => Level::Low,
    }
}

/// A number with its unit: `5.5 h`, `60%`, `3.8/5`; a dash when unknown.
pub(super) fn figure(v: Option<f64>, unit: &str) -> String {
    let Some(v) = v else {
        return "–".to_string();
    };
    let mut n = format!("{:.2}", v);
    while n.contains('.') && (n.ends_with('0') || n.ends_with('.')) {
        n.pop();
    }
    let unit = unit.trim();
    if unit.is_empty() {
        n
    } else if unit.starts_with(|c: char| c.is_alphanumeric()) {
        format!("{n} {unit}")
    } else {
        format!("{n}{unit}")
    }
}

/// A diamond (milestone mark) centred on `c`.
pub(super) fn diamond(c: Point, r: f32) -> Path {
    let mut p = Path::new();
    p.move_to(c.x, c.y - r)
        .line_to(c.x + r, c.y)
        .line_to(c.x, c.y + r)
        .line_to(c.x - r, c.y)
        .close();
    p
}

/// A pill with a label; returns its items at the origin and its width.
pub(super) fn badge(ctx: &mut Ctx, label: &str, fill: Rgba) -> (Vec<Item>, f32) {
    let mut style = ctx.style(ctx.theme.font.small_size).bold();
    style.color = text_on(&ctx.theme, fill);
    let b = ctx.text(label, style, None);
    let w = (b.width + 14.0).ceil();
    let mut items = vec![Item::fill_rect(
        Rect::new(0.0, 0.0, w, BADGE_H),
        BADGE_H / 2.0,
        fill,
    )];
    let h = b.height;
    items.extend(b.placed(7.0, (BADGE_H - h) / 2.0).items());
    (items, w)
}

/// Badges flowing from the start side, wrapping when the card is narrow;
/// returns the height used.
fn badge_row(
    ctx: &mut Ctx,
    badges: &[(String, Rgba)],
    x: f32,
    y: f32,
    width: f32,
    rtl: bool,
    out: &mut Vec<Item>,
) -> f32 {
    let gap = 6.0;
    let (mut cx, mut cy) = (0.0_f32, 0.0_f32);
    for (label, fill) in badges {
        let (items, w) = badge(ctx, label, *fill);
        if cx > 0.0 && cx + w > width {
            cx = 0.0;
            cy += BADGE_H + 4.0;
        }
        let bx = if rtl { x + width - cx - w } else { x + cx };
        for mut it in items {
            it.translate(bx, y + cy);
            out.push(it);
        }
        cx += w + gap;
    }
    cy + BADGE_H
}

/// The picture of an image card and its alternative text below it (or the
/// alternative text alone in a dashed box when there is no picture).
fn picture(
    ctx: &mut Ctx,
    card: &Card,
    x: f32,
    y: f32,
    width: f32,
    caption: Rgba,
    out: &mut Vec<Item>,
) -> f32 {
    let alt = card.alt.trim();
    let size = card.image.and_then(|id| ctx.use_image(id).map(|s| (id, s)));
    let mut cap_style = ctx.muted(ctx.theme.font.small_size);
    cap_style.color = caption;
    match size {
        Some((id, (w, h))) => {
            let mut pw = width;
            let mut ph = width * h as f32 / w as f32;
            if ph > MAX_PICTURE_H {
                pw *= MAX_PICTURE_H / ph;
                ph = MAX_PICTURE_H;
            }
            let r = Rect::new(x + (width - pw) / 2.0, y, pw, ph);
            out.push(Item::Image(ImageItem {
                asset: id,
                rect: r,
                clip: r,
                radius: 4.0,
            }));
            if alt.is_empty() {
                return ph;
            }
            let b = ctx.text(alt, cap_style, Some(width));
            ph + 4.0 + place(b, x, y + ph + 4.0, out)
        }
        None => {
            let text = if alt.is_empty() {
                ctx.tr("picture-none")
            } else {
                alt.to_string()
            };
            let b = ctx.text(&text, cap_style.centered(), Some(width - 16.0));
            let h = (b.height + 24.0).max(60.0);
            let bh = b.height;
            out.push(Item::Rect {
                rect: Rect::new(x, y, width, h),
                radius: 4.0,
                fill: None,
                stroke: Some(Stroke {
                    dash: Some([4.0, 3.0]),
                    ..Stroke::solid(ctx.theme.colors.grid_line, 1.0)
                }),
            });
            out.extend(b.placed(x + 8.0, y + (h - bh) / 2.0).items());
            h
        }
    }
}

/// The owner team line: a small person mark and the team name.
#[allow(clippy::too_many_arguments)]
fn owner(
    ctx: &mut Ctx,
    name: &str,
    accent: Rgba,
    ink: Rgba,
    x: f32,
    y: f32,
    width: f32,
    rtl: bool,
    out: &mut Vec<Item>,
) -> f32 {
    let mut style = ctx.style(ctx.theme.font.small_size).bold();
    style.color = if ink == Rgba::WHITE { ink } else { accent };
    let mark = 14.0;
    let b = ctx.text(name, style, Some(width - mark - 4.0));
    let line = ctx.theme.line(ctx.theme.font.small_size);
    let (mx, tx) = if rtl {
        (x + width - mark, x)
    } else {
        (x, x + mark + 4.0)
    };
    out.push(Item::fill_path(
        person(mx, y + (line - mark) / 2.0, mark),
        style.color,
    ));
    let h = b.height;
    out.extend(b.placed(tx, y).items());
    h
}

/// A person mark (head and shoulders) in a `s` x `s` box at (`x`, `y`).
pub(super) fn person(x: f32, y: f32, s: f32) -> Path {
    let mut p = Path::circle(Point::new(x + s / 2.0, y + s * 0.3), s * 0.22);
    let mut body = Path::new();
    let (l, r, b) = (x + s * 0.1, x + s * 0.9, y + s);
    body.move_to(l, b)
        .cubic_to(
            Point::new(l, y + s * 0.58),
            Point::new(r, y + s * 0.58),
            Point::new(r, b),
        )
        .close();
    p.extend(&body);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_drop_trailing_zeros_and_join_units_like_people_write_them() {
        assert_eq!(figure(Some(5.5), "h"), "5.5 h");
        assert_eq!(figure(Some(3.0), "h"), "3 h");
        assert_eq!(figure(Some(60.0), "%"), "60%");
        assert_eq!(figure(Some(3.8), "/5"), "3.8/5");
        assert_eq!(figure(None, "%"), "–");
        assert_eq!(figure(Some(1200.0), ""), "1200");
    }
}
