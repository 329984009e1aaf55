//! Text: shaping, bidi ordering, font fallback and line wrapping, all done by
//! cosmic-text over the bundled fonts (held in [`Fonts`], with a cache of
//! shaped texts); this module only turns its layout runs into frame text
//! runs (one per font change within a line).

use super::fonts::{FAMILY, FontKey};
use super::frame::{Glyph, Item, Point, Rgba, TextRun};
use cosmic_text::{
    Align as CtAlign, Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight, Wrap, fontdb,
};
use std::collections::HashMap;
use std::sync::Arc;

/// The font system layout shapes with, built from the bundled fonts only.
///
/// Building it parses four font files, so keep one and pass it to every
/// layout call (it also caches shaping data between calls).
pub struct Fonts {
    pub(crate) system: FontSystem,
    ids: Vec<(fontdb::ID, FontKey)>,
    /// Shaped text blocks by what they depend on.
    pub(crate) shaped: HashMap<ShapeKey, TextBlock>,
}

impl Fonts {
    /// Load the bundled fonts into a fresh font system.
    pub fn new() -> Fonts {
        let mut db = fontdb::Database::new();
        let mut ids = Vec::new();
        for key in FontKey::ALL {
            let source = fontdb::Source::Binary(Arc::new(key.data()));
            for id in db.load_font_source(source) {
                ids.push((id, key));
            }
        }
        db.set_sans_serif_family(FAMILY);
        // A fixed locale, not the machine's, so fallback choices never differ.
        let system = FontSystem::new_with_locale_and_db("en-US".to_string(), db);
        Fonts {
            system,
            ids,
            shaped: HashMap::new(),
        }
    }

    /// Which bundled face a font-system id stands for.
    pub(crate) fn key_of(&self, id: fontdb::ID) -> Option<FontKey> {
        self.ids.iter().find(|(i, _)| *i == id).map(|(_, k)| *k)
    }
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.ids.len())
            .finish()
    }
}

/// Horizontal alignment of a text block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Start of each paragraph's direction: left for left-to-right, right for
    /// right-to-left (first strong character decides).
    Auto,
    /// Centred.
    Center,
    /// End of each paragraph's direction: for a layout that is mirrored
    /// afterwards (a right-to-left map), so each paragraph ends up at its
    /// start again.
    End,
}

/// How a piece of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// Font size in layout units.
    pub size: f32,
    /// Bold face.
    pub bold: bool,
    /// Colour.
    pub color: Rgba,
    /// Distance between baselines.
    pub line_height: f32,
    /// Alignment within the wrap width.
    pub align: Align,
}

impl TextStyle {
    /// Regular text at `size` with a 1.4 line height.
    pub fn new(size: f32, color: Rgba) -> TextStyle {
        TextStyle {
            size,
            bold: false,
            color,
            line_height: (size * 1.4).round(),
            align: Align::Auto,
        }
    }
    /// The same style in bold.
    pub fn bold(mut self) -> TextStyle {
        self.bold = true;
        self
    }
    /// The same style centred.
    pub fn centered(mut self) -> TextStyle {
        self.align = Align::Center;
        self
    }
    /// The same style with another line height.
    pub fn leading(mut self, line_height: f32) -> TextStyle {
        self.line_height = line_height;
        self
    }
}

/// Shaped, wrapped text with its top-left corner at (0, 0) until placed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBlock {
    /// The runs, with baselines relative to the block's top-left corner.
    pub runs: Vec<TextRun>,
    /// Width of the longest line.
    pub width: f32,
    /// Height of all lines.
    pub height: f32,
    /// Number of lines.
    pub lines: usize,
    /// The first paragraph is right-to-left.
    pub rtl: bool,
    /// The first paragraph's lines sit at the right end of the wrap width: a
    /// right-to-left paragraph at its start, or a left-to-right one aligned
    /// to its end (a layout that is mirrored afterwards). Whatever goes at
    /// the text's start (a bullet, an icon, a badge) goes on this side.
    pub flush_right: bool,
    /// Left edge of the leftmost line (non-zero when lines are right-aligned
    /// or centred within the wrap width).
    pub left: f32,
}

impl TextBlock {
    /// Tell whether there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// Move the block so its top-left corner is at (`x`, `y`).
    pub fn placed(mut self, x: f32, y: f32) -> TextBlock {
        for r in &mut self.runs {
            r.origin.x += x;
            r.origin.y += y;
        }
        self.left += x;
        self
    }

    /// The runs as frame items.
    pub fn items(self) -> impl Iterator<Item = Item> {
        self.runs.into_iter().map(Item::Text)
    }
}

/// Shape `text` in `style`, wrapping at `max_width` (no wrapping when `None`).
///
/// With a width, right-to-left paragraphs are right-aligned within it and
/// centred text is centred within it. Results are cached in `fonts`, so laying
/// a map out again after an edit only shapes the text that changed.
pub fn shape(
    fonts: &mut Fonts,
    text: &str,
    style: &TextStyle,
    max_width: Option<f32>,
) -> TextBlock {
    if text.trim().is_empty() {
        return TextBlock::default();
    }
    let key = ShapeKey {
        text: text.to_string(),
        size: style.size.to_bits(),
        line_height: style.line_height.to_bits(),
        bold: style.bold,
        align: style.align as u8,
        width: max_width.map(f32::to_bits),
    };
    if let Some(hit) = fonts.shaped.get(&key) {
        let mut block = hit.clone();
        block.runs.iter_mut().for_each(|r| r.color = style.color);
        return block;
    }
    let block = shape_uncached(fonts, text, style, max_width);
    if fonts.shaped.len() >= SHAPE_CACHE_ENTRIES {
        fonts.shaped.clear();
    }
    fonts.shaped.insert(key, block.clone());
    block
}

/// Most shaped texts kept between layouts (a 10,000-card map fits).
const SHAPE_CACHE_ENTRIES: usize = 50_000;

/// What a shaped block depends on (the colour is applied afterwards).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ShapeKey {
    text: String,
    size: u32,
    line_height: u32,
    bold: bool,
    align: u8,
    width: Option<u32>,
}

/// Where a line may end in `text` (byte offsets, the end included), by
/// Unicode line breaking (UAX #14) as ICU4X implements it: the current rules,
/// which browsers follow, where a closing quote, a space and an opening
/// bracket may break (the older rules of `unicode-linebreak` and cosmic-text
/// forbid it, so a long quote pushed its bracket's word to be broken
/// mid-word). Chromium's ICU also breaks after a hyphen before a digit
/// ("ABC-|123"); UAX #14's LB25 and ICU4X keep that together.
pub fn line_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    const SEGMENTER: icu_segmenter::LineSegmenterBorrowed<'static> =
        icu_segmenter::LineSegmenter::new_for_non_complex_scripts(
            icu_segmenter::options::LineBreakOptions::default(),
        );
    SEGMENTER.segment_str(text)
}

/// Marks that set a line's paragraph direction (RLM, LRM), put in front of
/// each line [`break_lines`] makes so a line keeps its paragraph's direction,
/// and (with ALM) stand for the letters before and after the line, so the
/// numbers and neutrals at its ends resolve as they do in the whole
/// paragraph (a browser resolves the paragraph, then reorders each line).
const RLM: char = '\u{200F}';
const LRM: char = '\u{200E}';
const ALM: char = '\u{061C}';

/// The mark standing for the last strong letter before `at` in `para`: a
/// number after an Arabic letter is an Arabic number (UAX #9 W2), and a
/// neutral between letters takes their direction (N1).
fn mark_before(para: &str, at: usize) -> Option<char> {
    use unicode_bidi::BidiClass::*;
    para[..at]
        .chars()
        .rev()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            L => Some(LRM),
            R => Some(RLM),
            AL => Some(ALM),
            _ => None,
        })
}

/// The mark standing for the first letter or number after `at` in `para`,
/// as neutrals before it see it (N1: numbers count as right-to-left, unless
/// a European number follows a left-to-right letter, W7).
fn mark_after(para: &str, at: usize, rtl: bool) -> Option<char> {
    use unicode_bidi::BidiClass::*;
    para[at..]
        .char_indices()
        .find_map(|(i, c)| match unicode_bidi::bidi_class(c) {
            L => Some(LRM),
            R | AL | AN => Some(RLM),
            EN => Some(match mark_before(para, at + i) {
                Some(LRM) => LRM,
                None if !rtl => LRM,
                _ => RLM,
            }),
            _ => None,
        })
}

/// Break `text` into lines no wider than `max_width` where Unicode line
/// breaking (UAX #14) allows it, judged over each whole paragraph. cosmic-text
/// finds break opportunities within each direction run alone, so it breaks
/// wherever the direction changes: after an opening bracket or quote before
/// a Persian word, inside a percentage or a phone number in Persian digits.
/// Here the opportunities come from the whole paragraph and the widths from
/// shaping it once unwrapped. A word wider than the line is broken between
/// clusters, as before. Returns the lines joined by newlines, each led by a
/// mark of its paragraph's direction and wrapped in marks standing for the
/// letters around it (see [`mark_before`]), and for each line the bytes of
/// marks added before and after it.
fn break_lines(
    fonts: &mut Fonts,
    text: &str,
    attrs: &Attrs,
    metrics: Metrics,
    max_width: f32,
) -> (String, Vec<(usize, usize)>) {
    let mut buffer = Buffer::new(&mut fonts.system, metrics);
    buffer.set_wrap(Wrap::None);
    buffer.set_size(None, None);
    buffer.set_text(text, attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(&mut fonts.system, false);
    let paragraphs: Vec<&str> = text.split('\n').collect();
    // Per paragraph: its direction and each cluster's (start byte, advance).
    let mut measured: Vec<(bool, Vec<(usize, f32)>)> = vec![(false, Vec::new()); paragraphs.len()];
    for run in buffer.layout_runs() {
        if let Some(m) = measured.get_mut(run.line_i) {
            m.0 = run.rtl;
            m.1.extend(run.glyphs.iter().map(|g| (g.start, g.w)));
        }
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut added = Vec::new();
    for (i, (para, (rtl, glyphs))) in paragraphs.iter().zip(&measured).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Glyph starts in text order with running sums of their advances,
        // so a stretch's width is two lookups (a long card stays linear).
        let mut by_start = glyphs.clone();
        by_start.sort_by_key(|(s, _)| *s);
        let mut sums = Vec::with_capacity(by_start.len() + 1);
        sums.push(0.0f32);
        for (_, w) in &by_start {
            sums.push(sums[sums.len() - 1] + w);
        }
        let before = |at: usize| sums[by_start.partition_point(|(s, _)| *s < at)];
        let width = |a: usize, b: usize| -> f32 {
            let b = a + para[a..b].trim_end().len();
            before(b) - before(a)
        };
        let mut ends: Vec<usize> = line_breaks(para).collect();
        ends.retain(|&at| at > 0);
        let mut clusters: Vec<usize> = glyphs.iter().map(|(s, _)| *s).filter(|&s| s > 0).collect();
        clusters.sort_unstable();
        clusters.dedup();
        clusters.push(para.len());
        let mut start = 0;
        let mut first = true;
        while start < para.len() || first {
            let fits = ends
                .iter()
                .copied()
                .filter(|&e| e > start)
                .take_while(|&e| width(start, e) <= max_width)
                .last();
            let end = fits.unwrap_or_else(|| {
                // A word wider than the line: as many clusters as fit, at least one.
                let mut it = clusters.iter().copied().filter(|&c| c > start);
                let one = it.next().unwrap_or(para.len());
                it.take_while(|&c| width(start, c) <= max_width)
                    .last()
                    .unwrap_or(one)
                    .max(one)
            });
            if !first {
                out.push('\n');
            }
            let line = para[start..end].trim_end();
            let mut marks = (0, 0);
            if !para.is_empty() {
                let dir = if *rtl { RLM } else { LRM };
                out.push(dir);
                marks.0 += dir.len_utf8();
                if let Some(m) = mark_before(para, start).filter(|&m| m != dir) {
                    out.push(m);
                    marks.0 += m.len_utf8();
                }
            }
            out.push_str(line);
            if let Some(m) = mark_after(para, end, *rtl) {
                out.push(m);
                marks.1 += m.len_utf8();
            }
            added.push(marks);
            start = end;
            first = false;
        }
    }
    (out, added)
}

fn shape_uncached(
    fonts: &mut Fonts,
    text: &str,
    style: &TextStyle,
    max_width: Option<f32>,
) -> TextBlock {
    let metrics = Metrics::new(style.size, style.line_height);
    let attrs = Attrs::new()
        .family(Family::Name(FAMILY))
        .weight(if style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        });
    let align = match style.align {
        Align::Auto => None,
        Align::Center => Some(CtAlign::Center),
        Align::End => Some(CtAlign::End),
    };
    // Lines are chosen over whole paragraphs (see `break_lines`); cosmic-text
    // then shapes and places each line without wrapping it again (its own
    // breaking follows older rules and works within each direction run).
    let broken = max_width.map(|w| break_lines(fonts, text, &attrs, metrics, w.max(1.0)));
    let text = broken.as_ref().map_or(text, |(t, _)| t.as_str());
    let mut buffer = Buffer::new(&mut fonts.system, metrics);
    buffer.set_wrap(if broken.is_some() {
        Wrap::None
    } else {
        Wrap::WordOrGlyph
    });
    buffer.set_size(max_width.map(|w| w.max(1.0)), None);
    buffer.set_text(text, &attrs, Shaping::Advanced, align);
    buffer.shape_until_scroll(&mut fonts.system, false);

    let mut block = TextBlock {
        left: f32::MAX,
        ..TextBlock::default()
    };
    let mut first = true;
    for run in buffer.layout_runs() {
        if first {
            block.rtl = run.rtl;
            block.flush_right = match style.align {
                Align::Auto => run.rtl,
                Align::End => !run.rtl,
                Align::Center => false,
            };
            first = false;
        }
        block.lines += 1;
        block.width = block.width.max(run.line_w);
        block.height = block.height.max(run.line_top + run.line_height);
        let baseline = run.line_y;
        // The marks `break_lines` put around the line draw nothing.
        let (before, after) = broken
            .as_ref()
            .and_then(|(_, added)| added.get(run.line_i).copied())
            .unwrap_or((0, 0));
        let end = run.text.len() - after;
        let glyphs: Vec<_> = run
            .glyphs
            .iter()
            .filter(|g| g.start >= before && g.start < end)
            .cloned()
            .collect();
        for group in glyphs.chunk_by(|a, b| {
            a.font_id == b.font_id
                && a.level.is_rtl() == b.level.is_rtl()
                && a.font_size == b.font_size
        }) {
            let Some(font) = fonts.key_of(group[0].font_id) else {
                continue;
            };
            let start = group.iter().map(|g| g.start).min().unwrap_or(0);
            let end = group.iter().map(|g| g.end).max().unwrap_or(0);
            let x0 = group.iter().map(|g| g.x).fold(f32::MAX, f32::min);
            let x1 = group.iter().map(|g| g.x + g.w).fold(f32::MIN, f32::max);
            let glyphs = group
                .iter()
                .map(|g| Glyph {
                    id: g.glyph_id,
                    x: g.x + g.font_size * g.x_offset - x0,
                    y: g.y - g.font_size * g.y_offset,
                    cluster: ((g.start - start) as u32, (g.end - start) as u32),
                })
                .collect();
            block.left = block.left.min(x0);
            block.runs.push(TextRun {
                font,
                size: group[0].font_size,
                color: style.color,
                origin: Point::new(x0, baseline),
                width: x1 - x0,
                glyphs,
                text: run.text.get(start..end).unwrap_or_default().to_string(),
                rtl: group[0].level.is_rtl(),
            });
        }
    }
    if block.left == f32::MAX {
        block.left = 0.0;
    }
    block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_four_bundled_faces_are_loaded() {
        let fonts = Fonts::new();
        assert_eq!(fonts.system.db().len(), 4);
        let families: Vec<String> = fonts
            .system
            .db()
            .faces()
            .map(|f| f.families[0].0.clone())
            .collect();
        assert!(families.iter().all(|f| f.starts_with("Noto Sans")));
    }

    use crate::layout::fonts::FontKey;
    use std::collections::BTreeMap;

    fn style() -> TextStyle {
        TextStyle::new(13.0, Rgba::rgb(0, 0, 0))
    }

    /// Mixed-direction text that cosmic-text alone broke where Unicode
    /// forbids (after an opening bracket or quote, before a closing one,
    /// inside a percentage or a phone number in Persian digits).
    const MIXED: &[&str] = &[
        "قیمت (۲۰٪) است و بیشتر نمی\u{200c}شود",
        "Price (قیمت) is high",
        "تلفن ۰۲۱-۱۲۳۴۵۶۷۸ را بگیرید",
        "He said «سلام» and left",
        "رشد ۲۵٪ در فروش",
        "Booking app: رزرو آنلاین today",
        "Зустріч «Kick-off» о 10:00 (онлайн)",
        "Müştəri \"Bakı (mərkəz)\" filialına gəldi",
    ];

    #[test]
    fn lines_break_only_where_unicode_allows_it_over_the_whole_paragraph() {
        let mut fonts = Fonts::new();
        let s = style();
        let metrics = Metrics::new(s.size, s.line_height);
        let attrs = Attrs::new().family(Family::Name(FAMILY));
        let mut checked = 0;
        for text in MIXED {
            let allowed: Vec<usize> = line_breaks(text).collect();
            for w in (30..=220).step_by(5) {
                let w = w as f32;
                let (out, _) = break_lines(&mut fonts, text, &attrs, metrics, w);
                let mut at = 0;
                let lines: Vec<&str> = out
                    .split('\n')
                    .map(|l| l.trim_matches([RLM, LRM, ALM]))
                    .collect();
                for line in &lines[..lines.len() - 1] {
                    let start = at + text[at..].find(line).expect("the line is the text's");
                    let end = start + line.len();
                    // The next line starts after the spaces that end this one.
                    let next = end + text[end..].len() - text[end..].trim_start().len();
                    at = next;
                    if allowed.contains(&next) {
                        checked += 1;
                        continue;
                    }
                    // Only a word wider than the line may break inside.
                    let before = allowed
                        .iter()
                        .copied()
                        .filter(|&a| a <= start)
                        .max()
                        .unwrap_or(0);
                    let after = allowed
                        .iter()
                        .copied()
                        .find(|&a| a > next)
                        .unwrap_or(text.len());
                    let word = text[before..after].trim();
                    let wide = shape(&mut fonts, word, &s, None).width;
                    assert!(
                        wide > w,
                        "{text:?} at {w}: broke inside {word:?} ({wide} wide) at byte {next}: {lines:?}"
                    );
                }
                // Every line fits, but for a single cluster wider than the line.
                let b = shape(&mut fonts, text, &s, Some(w));
                assert!(
                    b.width <= w + 0.5 || b.lines >= lines.len(),
                    "{text:?} at {w}"
                );
            }
        }
        assert!(checked > 200, "only {checked} line ends checked");
    }

    #[test]
    fn a_bracket_a_quote_and_a_percentage_stay_with_their_words() {
        let mut fonts = Fonts::new();
        let lines = |text: &str, w: f32, fonts: &mut Fonts| -> Vec<String> {
            let b = shape(fonts, text, &style(), Some(w));
            let mut by_y: BTreeMap<i64, String> = BTreeMap::new();
            for r in &b.runs {
                by_y.entry((r.origin.y * 10.0) as i64)
                    .or_default()
                    .push_str(&r.text);
            }
            by_y.into_values().collect()
        };
        for w in [40.0, 60.0, 80.0, 100.0] {
            for l in lines("Price (قیمت) is high", w, &mut fonts) {
                assert!(
                    !l.trim_end().ends_with('('),
                    "{l:?} ends with an opening bracket at {w}"
                );
            }
            for l in lines("He said «سلام» and left", w, &mut fonts) {
                assert!(
                    !l.trim_end().ends_with('«') && !l.starts_with('»'),
                    "{l:?} at {w}"
                );
            }
            for l in lines("رشد ۲۵٪ در فروش", w, &mut fonts) {
                assert!(
                    !l.starts_with('٪') && !l.trim_end().ends_with("۲۵"),
                    "{l:?} at {w}"
                );
            }
        }
    }

    #[test]
    fn a_right_to_left_override_draws_latin_letters_reversed_in_one_rtl_run() {
        let mut fonts = Fonts::new();
        let b = shape(&mut fonts, "\u{202E}abc", &style(), Some(300.0));
        let run = b
            .runs
            .iter()
            .find(|r| r.text.contains("abc"))
            .expect("a run");
        assert!(run.rtl, "the override makes the run right to left");
        let x_of = |c: char| {
            let at = run.text.find(c).unwrap() as u32;
            run.glyphs
                .iter()
                .find(|g| g.cluster.0 <= at && at < g.cluster.1.max(g.cluster.0 + 1))
                .unwrap()
                .x
        };
        assert!(x_of('a') > x_of('c'), "drawn as cba");
    }

    #[test]
    fn persian_is_shaped_with_the_arabic_font_right_to_left_and_right_aligned() {
        let mut fonts = Fonts::new();
        let b = shape(&mut fonts, "نقشه سفر مشتری", &style(), Some(300.0));
        assert!(b.rtl);
        // Letters come from the Arabic face (spaces may come from Noto Sans).
        assert!(
            b.runs
                .iter()
                .filter(|r| !r.text.trim().is_empty())
                .all(|r| r.font == FontKey::ArabicRegular)
        );
        let right = b
            .runs
            .iter()
            .map(|r| r.origin.x + r.width)
            .fold(0.0, f32::max);
        assert!((right - 300.0).abs() < 1.0, "right edge {right}");
        // Joined letters: the contextual forms are different glyphs than the
        // isolated forms, so "ش" in the middle of "نقشه" is not the glyph of a lone "ش".
        let lone = shape(&mut fonts, "ش", &style(), None);
        let word = shape(&mut fonts, "نقشه", &style(), None);
        let lone_id = lone.runs[0].glyphs[0].id;
        assert!(word.runs[0].glyphs.iter().all(|g| g.id != lone_id));
    }

    #[test]
    fn mixed_line_keeps_latin_and_persian_in_their_own_runs_and_fonts() {
        let mut fonts = Fonts::new();
        let b = shape(&mut fonts, "Booking رزرو online", &style(), None);
        assert!(!b.rtl);
        let fonts_used: Vec<FontKey> = b.runs.iter().map(|r| r.font).collect();
        assert!(fonts_used.contains(&FontKey::SansRegular));
        assert!(fonts_used.contains(&FontKey::ArabicRegular));
        // Visual order of a left-to-right paragraph: "Booking" left of the
        // Persian word, which is left of "online".
        let x_of = |needle: &str| {
            b.runs
                .iter()
                .find(|r| r.text.contains(needle))
                .map(|r| r.origin.x)
                .unwrap()
        };
        assert!(x_of("Booking") < x_of("رزرو"));
        assert!(x_of("رزرو") < x_of("online"));
    }

    #[test]
    fn long_text_wraps_within_the_width() {
        let mut fonts = Fonts::new();
        let text = "Klientu ceļa kartēšana ".repeat(8);
        let b = shape(&mut fonts, &text, &style(), Some(150.0));
        assert!(b.lines > 3);
        assert!(b.width <= 150.5);
        for r in &b.runs {
            assert!(r.origin.x >= -0.5 && r.origin.x + r.width <= 150.5);
        }
        assert!((b.height - b.lines as f32 * 18.0).abs() < 0.01);
    }

    #[test]
    fn bold_uses_the_bold_faces() {
        let mut fonts = Fonts::new();
        let b = shape(&mut fonts, "Мапа شلاق", &style().bold(), None);
        let used: Vec<FontKey> = b.runs.iter().map(|r| r.font).collect();
        assert!(used.contains(&FontKey::SansBold));
        assert!(used.contains(&FontKey::ArabicBold));
    }

    /// Where each of `wanted` is drawn (x of its glyph, line baseline).
    fn places(block: &TextBlock, wanted: &[&str]) -> Vec<(String, f32, f32)> {
        let mut out = Vec::new();
        for r in &block.runs {
            for g in &r.glyphs {
                let t = &r.text[g.cluster.0 as usize..g.cluster.1 as usize];
                if wanted.contains(&t) {
                    out.push((t.to_string(), r.origin.x + g.x, r.origin.y));
                }
            }
        }
        out
    }

    #[test]
    fn a_persian_number_after_a_line_break_reads_as_in_its_paragraph() {
        // After an Arabic letter, Persian digits are Arabic numbers (UAX #9
        // W2) and the percent sign after them is a neutral that goes to
        // their left. A line starting with the number must keep that, not
        // read it as a European number with the sign on its right.
        let mut fonts = Fonts::new();
        let text = "کارت ببببببب بببب ۲۵٪ رضایت کارت ۲۵٪ رضایت";
        for w in [120.0, 170.0, 230.0] {
            let b = shape(&mut fonts, text, &style(), Some(w));
            let found = places(&b, &["٪", "۲"]);
            let signs: Vec<_> = found.iter().filter(|p| p.0 == "٪").collect();
            assert_eq!(signs.len(), 2, "at {w}: {found:?}");
            for sign in signs {
                let two = found
                    .iter()
                    .find(|p| p.0 == "۲" && p.2 == sign.2 && (p.1 - sign.1).abs() < 40.0)
                    .unwrap_or_else(|| panic!("at {w}: {found:?}"));
                assert!(sign.1 < two.1, "at {w}: ٪ right of ۲: {found:?}");
            }
        }
    }
}
