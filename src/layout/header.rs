//! The title block above a map: kind, title, scenario, business goal, last
//! review date, and the linked personas with photo and quote.

use super::frame::{ImageItem, Item, Point, Rect};
use super::{Ctx, text_on};
use crate::id::AssetId;
use crate::model::{Map, Persona, Review, review};

/// Width of one persona card in the header.
const PERSONA_W: f32 = 320.0;
/// Diameter of a persona photo.
const PHOTO: f32 = 56.0;
/// Narrowest left column before the personas move below it.
const MIN_LEFT: f32 = 420.0;

/// Lay out the header of `map` in the box starting at (`x`, `y`) of `width`;
/// returns its height. `today` decides whether the review is shown as due.
#[allow(clippy::too_many_arguments)]
pub(super) fn header(
    ctx: &mut Ctx,
    map: &Map,
    today: Option<jiff::civil::Date>,
    x: f32,
    y: f32,
    width: f32,
    items: &mut Vec<Item>,
) -> f32 {
    let personas: Vec<Persona> = map
        .personas
        .iter()
        .filter_map(|id| ctx.doc.persona(*id).ok().cloned())
        .collect();
    let n = personas.len() as f32;
    let personas_w = if personas.is_empty() {
        0.0
    } else {
        n * PERSONA_W + (n - 1.0) * 16.0
    };
    let side_by_side = !personas.is_empty() && width - personas_w - 32.0 >= MIN_LEFT;
    let left_w = if side_by_side {
        width - personas_w - 32.0
    } else {
        width
    };

    let mut cy = y;
    // Kind pill and what the page is.
    let t = &ctx.theme;
    let pill_fill = t.colors.step_header;
    let pill_text = t.colors.step_header_text;
    let style = ctx.style(t.font.small_size).bold();
    let kind = ctx.tr(map.kind.label_key());
    let label = ctx.text(&kind, style, None);
    let pill = Rect::new(x, cy, label.width + 16.0, 20.0);
    items.push(Item::fill_rect(pill, 10.0, pill_fill));
    let label_h = label.height;
    let mut label = label.placed(x + 8.0, cy + (20.0 - label_h) / 2.0);
    for r in &mut label.runs {
        r.color = pill_text;
    }
    items.extend(label.items());
    let muted = ctx.muted(ctx.theme.font.small_size);
    let what = ctx.tr("header-what");
    let what = ctx.text(&what, muted, None);
    let what_h = what.height;
    items.extend(
        what.placed(pill.right() + 8.0, cy + (20.0 - what_h) / 2.0)
            .items(),
    );
    cy += 20.0 + 10.0;

    // Title and scenario.
    let title_size = ctx.theme.font.title_size;
    let title_style = ctx
        .style(title_size)
        .bold()
        .leading((title_size * 1.25).round());
    let title = ctx.text(&map.title, title_style, Some(left_w));
    cy += place_flush(items, title, x, cy) + 6.0;
    if !map.scenario.trim().is_empty() {
        let s = ctx.style(ctx.theme.font.subtitle_size);
        let scenario = ctx.text(&map.scenario, s, Some(left_w));
        cy += place_flush(items, scenario, x, cy) + 4.0;
    }

    // Facts side by side from the left: business goal (as wide as its text
    // needs, up to what is left beside the review date), then last review.
    cy += 10.0;
    let gap = 40.0;
    let review_w = 170.0_f32.min(left_w / 2.0);
    let reviewed = match review(map.last_reviewed.as_ref(), today) {
        Review::Never => ctx.tr("review-never"),
        Review::Reviewed { date, due: false } => date.as_str().to_string(),
        Review::Reviewed { date, due: true } => {
            ctx.tr_msg(&crate::msg!("review-date-due", date = date.as_str()))
        }
    };
    let cap_style = ctx.muted(10.0).bold();
    let v_style = ctx.style(ctx.theme.font.size);
    let goal = map.business_goal.trim();
    let mut facts: Vec<(String, String, f32)> = Vec::new();
    if !goal.is_empty() {
        let room = (left_w - review_w - gap).max(80.0);
        let caption = ctx.tr("header-business-goal");
        let natural = ctx
            .text(goal, v_style, None)
            .width
            .max(ctx.text(&caption, cap_style, None).width);
        facts.push((caption, goal.to_string(), (natural + 1.0).ceil().min(room)));
    }
    facts.push((ctx.tr("header-last-reviewed"), reviewed, review_w));
    let mut facts_h: f32 = 0.0;
    let mut fx = x;
    for (caption, value, w) in facts {
        let cap = ctx.text(&caption, cap_style, Some(w));
        let ch = place(items, cap, fx, cy);
        let v = ctx.text(&value, v_style, Some(w));
        let vh = place_flush(items, v, fx, cy + ch + 2.0);
        facts_h = facts_h.max(ch + 2.0 + vh);
        fx += w + gap;
    }
    cy += facts_h;
    let left_h = cy - y;

    if personas.is_empty() {
        return left_h;
    }
    let (mut px, py) = if side_by_side {
        (x + width - personas_w, y)
    } else {
        (x, cy + 16.0)
    };
    let mut cards_h: f32 = 0.0;
    for p in &personas {
        let h = persona_card(ctx, p, px, py, items);
        cards_h = cards_h.max(h);
        px += PERSONA_W + 16.0;
    }
    if side_by_side {
        left_h.max(cards_h)
    } else {
        left_h + 16.0 + cards_h
    }
}

/// Place a block so its widest line starts at `x` (a right-to-left block
/// keeps its lines right-aligned to each other but sits flush with the
/// left-aligned header instead of floating at the far end of its column);
/// returns its height.
fn place_flush(items: &mut Vec<Item>, block: super::TextBlock, x: f32, y: f32) -> f32 {
    let dx = if block.flush_right { x - block.left } else { x };
    place(items, block, dx, y)
}

/// Place a block at (`x`, `y`), returning its height.
pub(super) fn place(items: &mut Vec<Item>, block: super::TextBlock, x: f32, y: f32) -> f32 {
    let h = block.height;
    items.extend(block.placed(x, y).items());
    h
}

/// A persona card: photo (or initials), name, occupation and age, quote.
fn persona_card(ctx: &mut Ctx, p: &Persona, x: f32, y: f32, items: &mut Vec<Item>) -> f32 {
    let pad = 12.0;
    let bg_index = items.len();
    photo(
        ctx,
        p,
        Point::new(x + pad + PHOTO / 2.0, y + pad + PHOTO / 2.0),
        PHOTO,
        items,
    );
    let tx = x + pad + PHOTO + 12.0;
    let tw = PERSONA_W - (tx - x) - pad;
    let mut ty = y + pad;
    let name_style = ctx.style(ctx.theme.font.header_size).bold();
    let name = ctx.text(&p.name, name_style, Some(tw));
    ty += place(items, name, tx, ty);
    let sub: Vec<&str> = [p.occupation.as_str(), p.age.as_str()]
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !sub.is_empty() {
        let s = ctx.muted(ctx.theme.font.small_size);
        let b = ctx.text(&sub.join(", "), s, Some(tw));
        ty += place(items, b, tx, ty);
    }
    if !p.quote.trim().is_empty() {
        ty += 4.0;
        let s = ctx.style(12.0);
        let quote = ctx.tr_msg(&crate::msg!("persona-quote", text = p.quote.trim()));
        let b = ctx.text(&quote, s, Some(tw));
        ty += place(items, b, tx, ty);
    }
    let h = (ty - y).max(PHOTO) + pad;
    let h = h.max(PHOTO + 2.0 * pad);
    items.insert(
        bg_index,
        Item::fill_rect(Rect::new(x, y, PERSONA_W, h), 8.0, ctx.theme.colors.canvas),
    );
    h
}

/// A round persona photo centred on `c`, or the persona's initials.
pub(super) fn photo(ctx: &mut Ctx, p: &Persona, c: Point, d: f32, items: &mut Vec<Item>) {
    let clip = Rect::new(c.x - d / 2.0, c.y - d / 2.0, d, d);
    if let Some(id) = p.photo
        && let Some((w, h)) = ctx.use_image(id)
    {
        items.push(Item::Image(cover(id, w, h, clip, d / 2.0)));
        return;
    }
    let fill = ctx.theme.lane(crate::model::LaneKind::Goals).accent;
    items.push(Item::fill_rect(clip, d / 2.0, fill));
    let initials: String = p
        .name
        .split_whitespace()
        .take(2)
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let style = ctx.style((d * 0.36).round()).bold().centered();
    let mut b = ctx.text(&initials, style, Some(d));
    for r in &mut b.runs {
        r.color = text_on(&ctx.theme, fill);
    }
    let h = b.height;
    items.extend(b.placed(clip.x, c.y - h / 2.0).items());
}

/// A picture scaled to cover `clip` (cropped, never stretched).
pub(super) fn cover(id: AssetId, w: u32, h: u32, clip: Rect, radius: f32) -> ImageItem {
    let s = (clip.w / w as f32).max(clip.h / h as f32);
    let (iw, ih) = (w as f32 * s, h as f32 * s);
    ImageItem {
        asset: id,
        rect: Rect::new(
            clip.x + (clip.w - iw) / 2.0,
            clip.y + (clip.h - ih) / 2.0,
            iw,
            ih,
        ),
        clip,
        radius,
    }
}
