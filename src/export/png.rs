//! PNG export: the frame painted with tiny-skia (anti-aliased; glyph outlines
//! from ttf-parser, cached per font and glyph) in horizontal strips, so a
//! canvas of any size needs only one strip of pixels at a time. Ordinary
//! sizes are encoded with the `image` crate's PNG encoder; images larger than
//! [`PngOptions::max_buffer_bytes`] are streamed row by row instead. Either
//! way the file records its resolution (96 dpi times the scale) in `pHYs`.

use super::png_stream::{PngStream, SIGNATURE, phys};
use super::{Compression, PngOptions, Progress};
use crate::error::{Error, Result};
use crate::id::AssetId;
use crate::layout::{FontKey, Frame, ImageItem, Item, Path, PathEl, Rect, Rgba, Stroke, TextRun};
use crate::msg;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use tiny_skia as sk;

/// Most bytes of pixels rendered at once (one strip).
const STRIP_BYTES: usize = 32 * 1024 * 1024;

/// Render `frame` as a PNG into `out`.
pub fn render<W: Write>(
    frame: &Frame,
    opts: &PngOptions,
    out: W,
    progress: Progress,
) -> Result<()> {
    let s = opts.scale;
    if !(1.0..=4.0).contains(&s) {
        return Err(Error::Export(msg!(
            "problem-png-scale-range",
            scale = s.to_string()
        )));
    }
    render_at(frame, opts, out, progress)
}

/// Render at any positive scale (the export preview draws below 1x).
pub(crate) fn render_at<W: Write>(
    frame: &Frame,
    opts: &PngOptions,
    mut out: W,
    progress: Progress,
) -> Result<()> {
    let s = opts.scale;
    if !(s.is_finite() && s > 0.0) {
        return Err(Error::Export(msg!(
            "problem-png-scale",
            scale = s.to_string()
        )));
    }
    let w = (frame.width * s).ceil().max(1.0) as u32;
    let h = (frame.height * s).ceil().max(1.0) as u32;
    let background = if opts.transparent {
        None
    } else {
        frame.background.filter(|b| b.a == 255)
    };
    let channels: u8 = if background.is_some() { 3 } else { 4 };
    let ppm = (96.0 * s / 0.0254).round() as u32;
    let mut painter = Painter::new(frame, s)?;
    let raw = w as u64 * h as u64 * channels as u64;
    if raw <= opts.max_buffer_bytes as u64 {
        let buf = paint_parallel(frame, &mut painter, w, h, channels, background, progress)?;
        let mut png = Vec::new();
        let compression = match opts.compression {
            Compression::Fast => image::codecs::png::CompressionType::Fast,
            Compression::Default => image::codecs::png::CompressionType::Default,
        };
        let enc = image::codecs::png::PngEncoder::new_with_quality(
            &mut png,
            compression,
            image::codecs::png::FilterType::Adaptive,
        );
        let color = if channels == 3 {
            image::ExtendedColorType::Rgb8
        } else {
            image::ExtendedColorType::Rgba8
        };
        image::ImageEncoder::write_image(enc, &buf, w, h, color)
            .map_err(|e| Error::Export(msg!("problem-png-encode", detail = e.to_string())))?;
        drop(buf);
        // The encoder writes no resolution: add pHYs right after IHDR.
        let ihdr_end = SIGNATURE.len() + 25;
        if png.len() < ihdr_end || png[..8] != SIGNATURE {
            return Err(Error::export("problem-png-no-header"));
        }
        let io =
            |e: std::io::Error| Error::Export(msg!("problem-png-write", detail = e.to_string()));
        out.write_all(&png[..ihdr_end]).map_err(io)?;
        out.write_all(&phys(ppm)).map_err(io)?;
        out.write_all(&png[ihdr_end..]).map_err(io)?;
        out.flush().map_err(io)?;
    } else {
        let mut stream = PngStream::new(out, w, h, channels, ppm)?;
        painter.paint(
            w,
            0..h,
            background,
            &mut |rows| stream.write_rows(rows),
            progress,
        )?;
        stream.finish()?;
    }
    progress(1.0);
    Ok(())
}

/// Paint the whole image into memory, splitting it into horizontal bands
/// painted on as many threads as there are cores (up to four).
fn paint_parallel(
    frame: &Frame,
    painter: &mut Painter,
    w: u32,
    h: u32,
    channels: u8,
    background: Option<Rgba>,
    progress: Progress,
) -> Result<Vec<u8>> {
    let row_bytes = w as usize * channels as usize;
    let mut buf = vec![0u8; row_bytes * h as usize];
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(h as usize / 256 + 1) as u32;
    // Bands start on strip boundaries, so every strip (and so every
    // anti-aliased edge) is the same whatever the number of threads.
    let strip = strip_height(w);
    let band = h.div_ceil(threads).div_ceil(strip) * strip;
    let (first, rest) = buf.split_at_mut(band.min(h) as usize * row_bytes);
    let scale = painter.scale;
    std::thread::scope(|scope| -> Result<()> {
        let mut workers = Vec::new();
        for (i, part) in rest.chunks_mut(band as usize * row_bytes).enumerate() {
            let y0 = band * (i as u32 + 1);
            let y1 = (y0 + band).min(h);
            workers.push(scope.spawn(move || -> Result<()> {
                let mut p = Painter::new(frame, scale)?;
                let mut at = 0;
                p.paint(
                    w,
                    y0..y1,
                    background,
                    &mut |rows| fill(part, &mut at, rows),
                    &mut |_| {},
                )
            }));
        }
        let mut at = 0;
        painter.paint(
            w,
            0..band.min(h),
            background,
            &mut |rows| fill(first, &mut at, rows),
            progress,
        )?;
        for worker in workers {
            worker
                .join()
                .map_err(|_| Error::export("problem-paint-thread"))??;
        }
        Ok(())
    })?;
    Ok(buf)
}

/// Rows painted at once for an image `w` pixels wide.
fn strip_height(w: u32) -> u32 {
    (STRIP_BYTES / (w as usize * 4).max(1)).clamp(16, 512) as u32
}

/// Copy finished rows into their place in a band.
fn fill(part: &mut [u8], at: &mut usize, rows: &[u8]) -> Result<()> {
    let dst = part
        .get_mut(*at..*at + rows.len())
        .ok_or_else(|| Error::export("problem-paint-rows"))?;
    dst.copy_from_slice(rows);
    *at += rows.len();
    Ok(())
}

/// Paints a frame strip by strip, with cached glyph outlines and pictures.
struct Painter<'a> {
    frame: &'a Frame,
    scale: f32,
    bounds: Vec<Rect>,
    faces: BTreeMap<FontKey, ttf_parser::Face<'static>>,
    glyphs: HashMap<(FontKey, u16), Option<sk::Path>>,
    images: HashMap<AssetId, Option<sk::Pixmap>>,
}

impl<'a> Painter<'a> {
    fn new(frame: &'a Frame, scale: f32) -> Result<Painter<'a>> {
        let mut faces = BTreeMap::new();
        for key in FontKey::ALL {
            let face = ttf_parser::Face::parse(key.data(), 0).map_err(|e| {
                Error::Export(msg!("problem-font-unreadable", detail = e.to_string()))
            })?;
            faces.insert(key, face);
        }
        Ok(Painter {
            frame,
            scale,
            bounds: frame.items.iter().map(Item::bounds).collect(),
            faces,
            glyphs: HashMap::new(),
            images: HashMap::new(),
        })
    }

    /// Paint `w` x `h` pixels, handing finished rows (RGB, or RGBA without a
    /// background) to `sink`, top to bottom.
    fn paint(
        &mut self,
        w: u32,
        band: std::ops::Range<u32>,
        background: Option<Rgba>,
        sink: &mut dyn FnMut(&[u8]) -> Result<()>,
        progress: Progress,
    ) -> Result<()> {
        let strip_h = strip_height(w);
        let mut pix = sk::Pixmap::new(w, strip_h)
            .ok_or_else(|| Error::Export(msg!("problem-paint-width", width = w)))?;
        let s = self.scale;
        let (mut y0, h) = (band.start, band.end);
        while y0 < h {
            let sh = strip_h.min(h - y0);
            match background {
                Some(b) => pix.fill(sk::Color::from_rgba8(b.r, b.g, b.b, 255)),
                None => pix.fill(sk::Color::TRANSPARENT),
            }
            let base = sk::Transform::from_row(s, 0.0, 0.0, s, 0.0, -(y0 as f32));
            let visible = Rect::new(0.0, y0 as f32 / s, w as f32 / s, sh as f32 / s).outset(1.0);
            for i in 0..self.frame.items.len() {
                if self.bounds[i].intersects(&visible) {
                    self.item(&mut pix, i, base);
                }
            }
            // Conversions run in the image and tiny-skia crates (built
            // optimised even in debug builds), not pixel by pixel here.
            let strip = pix
                .clone_rect(sk::IntRect::from_xywh(0, 0, w, sh).ok_or_else(bad_strip)?)
                .ok_or_else(bad_strip)?;
            let rows = if background.is_some() {
                let rgba = image::RgbaImage::from_raw(w, sh, strip.take()).ok_or_else(bad_strip)?;
                image::DynamicImage::ImageRgba8(rgba).into_rgb8().into_raw()
            } else {
                strip.take_demultiplied()
            };
            sink(&rows)?;
            y0 += sh;
            progress((y0 - band.start) as f32 / (h - band.start).max(1) as f32 * 0.99);
        }
        Ok(())
    }

    fn item(&mut self, pix: &mut sk::Pixmap, i: usize, base: sk::Transform) {
        let frame = self.frame;
        match &frame.items[i] {
            Item::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                if *radius <= 0.0
                    && let Some(c) = fill
                    && let Some(r) = sk::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h)
                {
                    pix.fill_rect(r, &paint(*c), base, None);
                    if let Some(s) = stroke {
                        stroke_path(pix, &Path::rounded_rect(*rect, 0.0), s, base);
                    }
                    return;
                }
                let p = Path::rounded_rect(*rect, *radius);
                if let Some(c) = fill {
                    fill_path(pix, &p, *c, base);
                }
                if let Some(s) = stroke {
                    stroke_path(pix, &p, s, base);
                }
            }
            Item::Path { path, fill, stroke } => {
                if let Some(c) = fill {
                    fill_path(pix, path, *c, base);
                }
                if let Some(s) = stroke {
                    stroke_path(pix, path, s, base);
                }
            }
            Item::Text(run) => self.text(pix, run, base),
            Item::Image(img) => self.image(pix, img, base),
        }
    }

    fn glyph(&mut self, font: FontKey, id: u16) -> Option<&sk::Path> {
        let faces = &self.faces;
        self.glyphs
            .entry((font, id))
            .or_insert_with(|| {
                let face = faces.get(&font)?;
                let mut b = Outline(sk::PathBuilder::new());
                face.outline_glyph(ttf_parser::GlyphId(id), &mut b)?;
                b.0.finish()
            })
            .as_ref()
    }

    fn text(&mut self, pix: &mut sk::Pixmap, run: &TextRun, base: sk::Transform) {
        let upem = self
            .faces
            .get(&run.font)
            .map_or(1000.0, |f| f.units_per_em() as f32);
        let k = run.size / upem;
        let p = paint(run.color);
        for g in &run.glyphs {
            let ts = base
                .pre_translate(run.origin.x + g.x, run.origin.y + g.y)
                .pre_scale(k, -k);
            if let Some(path) = self.glyph(run.font, g.id) {
                pix.fill_path(path, &p, sk::FillRule::Winding, ts, None);
            }
        }
    }

    /// A picture, resized once to the pixels it covers, clipped to its box.
    fn image(&mut self, pix: &mut sk::Pixmap, img: &ImageItem, base: sk::Transform) {
        let s = self.scale;
        let (tw, th) = (
            (img.rect.w * s).round().max(1.0) as u32,
            (img.rect.h * s).round().max(1.0) as u32,
        );
        let frame = self.frame;
        let picture = self.images.entry(img.asset).or_insert_with(|| {
            let data = frame.images.get(&img.asset)?;
            let decoded = image::load_from_memory(&data.bytes).ok()?;
            let rgba = decoded
                .resize_exact(tw, th, image::imageops::FilterType::CatmullRom)
                .to_rgba8();
            let mut premul = rgba.into_raw();
            for px in premul.chunks_exact_mut(4) {
                let a = px[3] as u16;
                for c in &mut px[..3] {
                    *c = ((*c as u16 * a + 127) / 255) as u8;
                }
            }
            sk::Pixmap::from_vec(premul, sk::IntSize::from_wh(tw, th)?)
        });
        let Some(picture) = picture else {
            return;
        };
        let shader = sk::Pattern::new(
            picture.as_ref(),
            sk::SpreadMode::Pad,
            sk::FilterQuality::Bilinear,
            1.0,
            sk::Transform::from_row(
                img.rect.w / picture.width() as f32,
                0.0,
                0.0,
                img.rect.h / picture.height() as f32,
                img.rect.x,
                img.rect.y,
            ),
        );
        let p = sk::Paint {
            shader,
            anti_alias: true,
            ..sk::Paint::default()
        };
        if let Some(path) = to_skia(&Path::rounded_rect(img.clip, img.radius)) {
            pix.fill_path(&path, &p, sk::FillRule::Winding, base, None);
        }
    }
}

fn bad_strip() -> Error {
    Error::export("problem-paint-strip")
}

fn paint(c: Rgba) -> sk::Paint<'static> {
    let mut p = sk::Paint::default();
    p.set_color_rgba8(c.r, c.g, c.b, c.a);
    p.anti_alias = true;
    p
}

fn to_skia(path: &Path) -> Option<sk::Path> {
    let mut b = sk::PathBuilder::new();
    for el in &path.els {
        match *el {
            PathEl::MoveTo(p) => b.move_to(p.x, p.y),
            PathEl::LineTo(p) => b.line_to(p.x, p.y),
            PathEl::CubicTo(c1, c2, p) => b.cubic_to(c1.x, c1.y, c2.x, c2.y, p.x, p.y),
            PathEl::Close => b.close(),
        }
    }
    b.finish()
}

fn fill_path(pix: &mut sk::Pixmap, path: &Path, c: Rgba, ts: sk::Transform) {
    if let Some(p) = to_skia(path) {
        pix.fill_path(&p, &paint(c), sk::FillRule::Winding, ts, None);
    }
}

fn stroke_path(pix: &mut sk::Pixmap, path: &Path, s: &Stroke, ts: sk::Transform) {
    let Some(p) = to_skia(path) else {
        return;
    };
    let mut st = sk::Stroke {
        width: s.width,
        ..sk::Stroke::default()
    };
    if s.round {
        st.line_cap = sk::LineCap::Round;
        st.line_join = sk::LineJoin::Round;
    }
    if let Some([a, b]) = s.dash {
        st.dash = sk::StrokeDash::new(vec![a, b], 0.0);
    }
    pix.stroke_path(&p, &paint(s.color), &st, ts, None);
}

/// ttf-parser outline to a tiny-skia path, in font units.
struct Outline(sk::PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}
