//! Pages: paper sizes, orientation, and how a frame is placed on paper:
//! one page exactly the size of the content, scaled to fit one fixed page,
//! or split into overlapping poster tiles at full size.

use crate::layout::Rect;

/// Points per layout unit: a layout unit is 1/96 inch, a point 1/72 inch.
pub const PT_PER_UNIT: f32 = 0.75;
/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;
/// Paper margin on fixed page sizes.
pub const MARGIN_MM: f32 = 10.0;
/// Overlap between neighbouring poster tiles, so they can be glued.
pub const OVERLAP_MM: f32 = 10.0;

/// Paper size of a PDF export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PageSize {
    /// ISO A4, 210 x 297 mm.
    A4,
    /// ISO A3, 297 x 420 mm.
    A3,
    /// US Letter, 8.5 x 11 in.
    Letter,
    /// US Tabloid, 11 x 17 in.
    Tabloid,
    /// One page exactly the size of the content.
    #[default]
    Fit,
}

impl PageSize {
    /// Parse the CLI spelling (`a4`, `a3`, `letter`, `tabloid`, `fit`).
    pub fn parse(s: &str) -> Option<PageSize> {
        Some(match s.to_ascii_lowercase().as_str() {
            "a4" => PageSize::A4,
            "a3" => PageSize::A3,
            "letter" => PageSize::Letter,
            "tabloid" => PageSize::Tabloid,
            "fit" => PageSize::Fit,
            _ => return None,
        })
    }

    /// Portrait width and height in points; `None` for [`PageSize::Fit`].
    pub fn portrait_pt(self) -> Option<(f32, f32)> {
        let mm = |w: f32, h: f32| Some((w * PT_PER_MM, h * PT_PER_MM));
        match self {
            PageSize::A4 => mm(210.0, 297.0),
            PageSize::A3 => mm(297.0, 420.0),
            PageSize::Letter => Some((612.0, 792.0)),
            PageSize::Tabloid => Some((792.0, 1224.0)),
            PageSize::Fit => None,
        }
    }
}

/// Paper orientation of fixed page sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Orientation {
    /// Taller than wide.
    #[default]
    Portrait,
    /// Wider than tall.
    Landscape,
}

/// One page showing (part of) a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// Page width in points.
    pub page_w: f32,
    /// Page height in points.
    pub page_h: f32,
    /// Points per layout unit.
    pub scale: f32,
    /// Where the frame's origin lands, in points from the page's top-left corner.
    pub offset: (f32, f32),
    /// The part of the page content may paint, in points from the top-left
    /// corner (poster tiles); `None` for the whole page.
    pub clip: Option<Rect>,
    /// Tile label for poster pages, e.g. `B2 (row 2, column 2 of 3x2)`.
    pub label: Option<String>,
    /// Where the neighbouring tiles begin (glue lines), in page points.
    pub glue: Vec<((f32, f32), (f32, f32))>,
}

impl Placement {
    /// The frame area shown on this page, in layout units.
    pub fn visible(&self) -> Rect {
        let area = self
            .clip
            .unwrap_or(Rect::new(0.0, 0.0, self.page_w, self.page_h));
        Rect::new(
            (area.x - self.offset.0) / self.scale,
            (area.y - self.offset.1) / self.scale,
            area.w / self.scale,
            area.h / self.scale,
        )
    }
}

/// Row letters of poster tiles: A..Z, then AA, AB...
pub fn row_name(mut row: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (row % 26) as u8);
        if row < 26 {
            break;
        }
        row = row / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Place a frame of `w` x `h` layout units on pages.
pub fn place(
    w: f32,
    h: f32,
    size: PageSize,
    orientation: Orientation,
    poster: bool,
) -> Vec<Placement> {
    let (cw, ch) = (w * PT_PER_UNIT, h * PT_PER_UNIT);
    let Some((pw, ph)) = size.portrait_pt() else {
        return vec![Placement {
            page_w: cw,
            page_h: ch,
            scale: PT_PER_UNIT,
            offset: (0.0, 0.0),
            clip: None,
            label: None,
            glue: Vec::new(),
        }];
    };
    let (pw, ph) = match orientation {
        Orientation::Portrait => (pw, ph),
        Orientation::Landscape => (ph, pw),
    };
    let m = MARGIN_MM * PT_PER_MM;
    let (aw, ah) = (pw - 2.0 * m, ph - 2.0 * m);
    if !poster || (cw <= aw && ch <= ah) {
        // Scale to fit, never blowing a small map up beyond 150%.
        let s = (aw / cw).min(ah / ch).min(1.5);
        let (sw, sh) = (cw * s, ch * s);
        return vec![Placement {
            page_w: pw,
            page_h: ph,
            scale: PT_PER_UNIT * s,
            offset: (m + (aw - sw) / 2.0, m + (ah - sh) / 2.0),
            clip: None,
            label: None,
            glue: Vec::new(),
        }];
    }
    let o = OVERLAP_MM * PT_PER_MM;
    let (sx, sy) = (aw - o, ah - o);
    let cols = (((cw - o) / sx).ceil() as usize).max(1);
    let rows = (((ch - o) / sy).ceil() as usize).max(1);
    let mut out = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let mut glue = Vec::new();
            if c + 1 < cols {
                let x = m + sx;
                glue.push(((x, m), (x, m + ah)));
            }
            if r + 1 < rows {
                let y = m + sy;
                glue.push(((m, y), (m + aw, y)));
            }
            out.push(Placement {
                page_w: pw,
                page_h: ph,
                scale: PT_PER_UNIT,
                offset: (m - c as f32 * sx, m - r as f32 * sy),
                clip: Some(Rect::new(m, m, aw, ah)),
                label: Some(format!(
                    "{}{} (row {}, column {} of {}x{})",
                    row_name(r),
                    c + 1,
                    r + 1,
                    c + 1,
                    cols,
                    rows
                )),
                glue,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_page_is_the_content_size_in_points() {
        let p = place(1000.0, 500.0, PageSize::Fit, Orientation::Portrait, true);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].page_w, p[0].page_h), (750.0, 375.0));
    }

    #[test]
    fn a4_landscape_scales_a_wide_map_to_one_page() {
        let p = place(4000.0, 1500.0, PageSize::A4, Orientation::Landscape, false);
        assert_eq!(p.len(), 1);
        assert!((p[0].page_w - 841.89).abs() < 0.01 && (p[0].page_h - 595.28).abs() < 0.01);
        let shown = p[0].visible();
        assert!(shown.w >= 4000.0 - 0.5 && shown.h >= 1500.0 - 0.5);
    }

    #[test]
    fn poster_tiles_cover_the_content_with_overlap_and_are_named_by_row_and_column() {
        let (w, h) = (3000.0, 1400.0);
        let p = place(w, h, PageSize::A4, Orientation::Portrait, true);
        // A4 portrait printable width 190 mm, step 180 mm; 3000 units = 793.75 mm.
        let cols = ((w * 0.75 / PT_PER_MM - 10.0) / 180.0).ceil() as usize;
        let rows = ((h * 0.75 / PT_PER_MM - 10.0) / 267.0).ceil() as usize;
        assert_eq!(p.len(), cols * rows);
        let last = p.last().unwrap();
        assert!(last.visible().right() >= w && last.visible().bottom() >= h);
        assert_eq!(
            p[cols + 1].label.as_deref(),
            Some(format!("B2 (row 2, column 2 of {cols}x{rows})").as_str())
        );
        assert_eq!(row_name(27), "AB");
    }
}
