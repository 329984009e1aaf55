//! A persona page: photo, name, segment and quote, then demographics,
//! geography, buying behaviour and psychographics, then goals, motivations
//! and frustrations side by side. Exported after the maps in a project PDF.

use super::frame::{Frame, Item, Path, Point, Rect};
use super::header::{photo, place};
use super::{Ctx, Fonts, MARGIN};
use crate::error::Result;
use crate::id::PersonaId;
use crate::model::{Document, LaneKind, Persona};

/// Width of the persona page's content.
const WIDTH: f32 = 960.0;
/// Diameter of the photo.
const PHOTO: f32 = 120.0;

/// Lay out the page of one persona, with captions in `lang`.
pub fn layout_persona(
    doc: &Document,
    id: PersonaId,
    lang: &str,
    fonts: &mut Fonts,
) -> Result<Frame> {
    let p = doc.persona(id)?.clone();
    let mut ctx = Ctx::new(doc, fonts)?;
    ctx.lang = lang.to_string();
    let mut items = Vec::new();
    let (x, mut y) = (MARGIN, MARGIN);

    // Identity block.
    photo(
        &mut ctx,
        &p,
        Point::new(x + PHOTO / 2.0, y + PHOTO / 2.0),
        PHOTO,
        &mut items,
    );
    let tx = x + PHOTO + 28.0;
    let tw = WIDTH - PHOTO - 28.0;
    let mut ty = y;
    let cap = ctx.muted(10.0).bold();
    let caption = ctx.tr("persona-page");
    ty += place(&mut items, ctx.text(&caption, cap, Some(tw)), tx, ty) + 2.0;
    let title = ctx.style(ctx.theme.font.title_size).bold().leading(34.0);
    ty += place(&mut items, ctx.text(&p.name, title, Some(tw)), tx, ty);
    if !p.segment.trim().is_empty() {
        let s = ctx.muted(ctx.theme.font.subtitle_size);
        ty += place(&mut items, ctx.text(p.segment.trim(), s, Some(tw)), tx, ty);
    }
    if !p.quote.trim().is_empty() {
        ty += 10.0;
        let accent = ctx.theme.lane(LaneKind::Thoughts).accent;
        let s = ctx.style(16.0);
        let quote = ctx.tr_msg(&crate::msg!("persona-quote", text = p.quote.trim()));
        let quote = ctx.text(&quote, s, Some(tw - 16.0));
        let qh = quote.height;
        items.push(Item::fill_rect(Rect::new(tx, ty, 4.0, qh), 2.0, accent));
        ty += place(&mut items, quote, tx + 16.0, ty);
    }
    y = (y + PHOTO).max(ty) + 28.0;

    // Facts in two columns.
    let col_w = (WIDTH - 32.0) / 2.0;
    let sections_left: [(&str, Vec<(&str, &str)>); 2] = [
        (
            "persona-demographics",
            vec![
                ("persona-age", p.age.as_str()),
                ("persona-gender", p.gender.as_str()),
                ("persona-occupation", p.occupation.as_str()),
                ("persona-income", p.income.as_str()),
                ("persona-family", p.family.as_str()),
                ("persona-education", p.education.as_str()),
            ],
        ),
        (
            "persona-geography",
            vec![("persona-region", p.region.as_str())],
        ),
    ];
    let sections_right: [(&str, Vec<(&str, &str)>); 2] = [
        (
            "persona-buying-behaviour",
            vec![
                ("persona-frequency", p.frequency.as_str()),
                ("persona-decision-time", p.decision_time.as_str()),
                ("persona-triggers", p.triggers.as_str()),
            ],
        ),
        (
            "persona-psychographics",
            vec![
                ("persona-values", p.values.as_str()),
                ("persona-lifestyle", p.lifestyle.as_str()),
            ],
        ),
    ];
    let lh = facts(&mut ctx, &sections_left, x, y, col_w, &mut items);
    let rh = facts(
        &mut ctx,
        &sections_right,
        x + col_w + 32.0,
        y,
        col_w,
        &mut items,
    );
    if lh.max(rh) > 0.0 {
        y += lh.max(rh) + 24.0;
    }

    // Goals, motivations, frustrations.
    let lists = lists(&mut ctx, &p, x, y, &mut items);
    y += lists;

    let height = (y + MARGIN).ceil();
    Ok(ctx.frame(WIDTH + 2.0 * MARGIN, height, items, p.name.clone()))
}

/// Sections of label/value rows (titles and labels are catalog keys); empty
/// values are left out. Returns the height.
fn facts(
    ctx: &mut Ctx,
    sections: &[(&str, Vec<(&str, &str)>)],
    x: f32,
    y: f32,
    w: f32,
    items: &mut Vec<Item>,
) -> f32 {
    let label_w = 118.0;
    let mut cy = y;
    for (title, rows) in sections {
        let rows: Vec<_> = rows.iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        if rows.is_empty() {
            continue;
        }
        let cap = ctx.muted(10.0).bold();
        let title = ctx.tr(title);
        cy += place(items, ctx.text(&title, cap, Some(w)), x, cy) + 4.0;
        items.push(Item::fill_rect(
            Rect::new(x, cy, w, 1.0),
            0.0,
            ctx.theme.colors.grid_line,
        ));
        cy += 6.0;
        for (label, value) in rows {
            let ls = ctx.muted(ctx.theme.font.size);
            let label = ctx.tr(label);
            let lh = place(items, ctx.text(&label, ls, Some(label_w)), x, cy);
            let vs = ctx.style(ctx.theme.font.size);
            let vh = place(
                items,
                ctx.text(value.trim(), vs, Some(w - label_w)),
                x + label_w,
                cy,
            );
            cy += lh.max(vh) + 4.0;
        }
        cy += 14.0;
    }
    (cy - y - 14.0).max(0.0)
}

/// Goals, motivations and frustrations as three bulleted columns; returns the height.
fn lists(ctx: &mut Ctx, p: &Persona, x: f32, y: f32, items: &mut Vec<Item>) -> f32 {
    let cols = [
        (
            "persona-goals",
            &p.goals,
            ctx.theme.lane(LaneKind::Goals).accent,
        ),
        (
            "persona-motivations",
            &p.motivations,
            ctx.theme.lane(LaneKind::Opportunities).accent,
        ),
        (
            "persona-frustrations",
            &p.frustrations,
            ctx.theme.lane(LaneKind::PainPoints).accent,
        ),
    ];
    if cols.iter().all(|(_, l, _)| l.is_empty()) {
        return 0.0;
    }
    let gap = 24.0;
    let w = (WIDTH - 2.0 * gap) / 3.0;
    let mut tallest: f32 = 0.0;
    for (i, (title, list, accent)) in cols.into_iter().enumerate() {
        let cx = x + i as f32 * (w + gap);
        let bg_at = items.len();
        let mut cy = y + 14.0;
        let cap = ctx.muted(10.0).bold();
        let title = ctx.tr(title);
        let mut cap_b = ctx.text(&title, cap, Some(w - 28.0));
        for r in &mut cap_b.runs {
            r.color = accent;
        }
        cy += place(items, cap_b, cx + 14.0, cy) + 6.0;
        for item in list.iter().filter(|s| !s.trim().is_empty()) {
            let s = ctx.style(ctx.theme.font.size);
            let b = ctx.text(item.trim(), s, Some(w - 28.0 - 14.0));
            let line = ctx.theme.line(ctx.theme.font.size);
            let (bx, tx) = if b.flush_right {
                (cx + w - 14.0 - 4.0, cx + 14.0)
            } else {
                (cx + 14.0 + 3.0, cx + 14.0 + 14.0)
            };
            items.push(Item::fill_path(
                Path::circle(Point::new(bx, cy + line / 2.0), 2.5),
                accent,
            ));
            cy += place(items, b, tx, cy) + 6.0;
        }
        let h = cy - y + 8.0;
        tallest = tallest.max(h);
        items.insert(
            bg_at,
            Item::fill_rect(Rect::new(cx, y, w, 0.0), 8.0, ctx.theme.colors.canvas),
        );
    }
    // Give the three column backgrounds the same height.
    for it in items.iter_mut() {
        if let Item::Rect { rect, .. } = it
            && rect.y == y
            && rect.h == 0.0
        {
            rect.h = tallest;
        }
    }
    tallest
}
