//! Export speed: layout, PDF and PNG (2x) of a generated 12-stage x 10-lane
//! map with 3 cards per cell, measured with criterion, and in the same run
//! the baseline: Chromium headless `--print-to-pdf` of the same map as an
//! HTML page. Prints medians and the ratio. Run with `cargo bench --bench
//! export`. Targets: PDF <= 150 ms, PNG 2x <= 400 ms, >= 5x faster than
//! Chromium.
//!
//! The criterion figures reuse one font system, whose shaping cache is warm
//! after the first run (as in the editor, exporting again after an edit).
//! The summary adds cold figures (a fresh font system each run, so every
//! text is shaped again) and the `waymark export` command as a fresh
//! process, which is how Chromium is measured: a new process per export.

#[path = "../tests/export_fixtures.rs"]
mod fixtures;

use criterion::Criterion;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use waymark::export::{Maps, PdfOptions, PngOptions, export_pdf_with, write_png_with};
use waymark::id::MapId;
use waymark::layout::{Fonts, LayoutOptions, layout};
use waymark::model::{Document, LaneKind};

const STAGES: usize = 12;
const LANES: usize = 10;
const PER_CELL: usize = 3;

fn pdf_opts(map: MapId) -> PdfOptions {
    PdfOptions {
        maps: Maps::One(map),
        personas: false,
        ..PdfOptions::default()
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let _ = f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The same map as a self-contained HTML page with the same fonts, colours
/// and card texts: a grid of stage columns and lane rows, badge and owner
/// chips, and the emotion curve as inline SVG.
fn html(doc: &Document, map: MapId, fonts_dir: &Path) -> String {
    let m = doc.map(map).expect("map");
    let columns = doc.columns(map);
    let lanes = doc.lanes(map);
    let width: u32 = 176 + columns.iter().map(|c| c.width()).sum::<u32>();
    let font = |name: &str| format!("file://{}/{name}", fonts_dir.display());
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Noto; src: url("{}"); }}
@font-face {{ font-family: Noto; font-weight: bold; src: url("{}"); }}
@font-face {{ font-family: Noto; src: url("{}"); unicode-range: U+0600-06FF, U+200C; }}
@page {{ size: {}px auto; margin: 0; }}
body {{ margin: 32px; font: 13px/1.4 Noto, sans-serif; color: #1f2328; }}
h1 {{ font-size: 26px; margin: 0 0 6px; }}
table {{ border-collapse: collapse; table-layout: fixed; }}
th {{ background: #24292f; color: #fff; text-align: start; padding: 12px; height: 28px; }}
td {{ border: 1px solid #d0d7de; vertical-align: top; padding: 8px; }}
td.lane {{ background: #f6f8fa; font-weight: bold; border-left: 4px solid #0969da; }}
.card {{ border: 1px solid #b6c2cf; border-radius: 6px; padding: 8px; margin-bottom: 6px; background: #e7f0fd; }}
.badge {{ display: inline-block; border-radius: 9px; padding: 0 7px; font-size: 11px; font-weight: bold; color: #fff; background: #cf222e; }}
</style></head><body><h1>{}</h1><p>{}</p><table><tr><th style="width:152px"></th>"#,
        font("NotoSans-Regular.ttf"),
        font("NotoSans-Bold.ttf"),
        font("NotoSansArabic-Regular.ttf"),
        width + 64,
        escape(&m.title),
        escape(&m.scenario),
    );
    for c in &columns {
        let _ = write!(
            h,
            r#"<th style="width:{}px">{}</th>"#,
            c.width() - 24,
            escape(&c.stage.name)
        );
    }
    h.push_str("</tr>");
    for lane in &lanes {
        let _ = write!(h, r#"<tr><td class="lane">{}</td>"#, escape(&lane.name));
        for c in &columns {
            h.push_str("<td>");
            if lane.kind == LaneKind::Emotions {
                if let Some(e) = doc.emotion_at(lane.id, c.stage.id, c.step.map(|s| s.id)) {
                    let y = 40 - e.value as i32 * 15;
                    let _ = write!(
                        h,
                        r##"<svg width="100%" height="100"><circle cx="50%" cy="{y}" r="12" fill="#e16f24"/></svg>{}"##,
                        escape(&e.note)
                    );
                }
            } else {
                for card in doc.cards_in(lane.id, c.stage.id, c.step.map(|s| s.id)) {
                    h.push_str(r#"<div class="card">"#);
                    if let Some(s) = card.severity {
                        let _ = write!(
                            h,
                            r#"<span class="badge">{} severity</span><br>"#,
                            s.label()
                        );
                    }
                    h.push_str(&escape(&card.text));
                    if !card.owner.is_empty() {
                        let _ = write!(h, "<br><b>{}</b>", escape(&card.owner));
                    }
                    h.push_str("</div>");
                }
            }
            h.push_str("</td>");
        }
        h.push_str("</tr>");
    }
    h.push_str("</table></body></html>");
    h
}

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Median wall time of Chromium printing the page to PDF, a fresh profile
/// per run (as a one-off export would).
fn chromium_print(page: &Path, dir: &Path, runs: usize) -> Option<Duration> {
    let bin = chromium()?;
    let mut times = Vec::new();
    for i in 0..runs + 1 {
        let profile = dir.join(format!("profile-{i}"));
        let out = dir.join("chromium.pdf");
        let t = Instant::now();
        let status = Command::new(&bin)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-pdf-header-footer",
                "--allow-file-access-from-files",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", page.display()))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        let took = t.elapsed();
        if !status.success() || !out.exists() {
            return None;
        }
        if i > 0 {
            times.push(took);
        }
    }
    Some(median(times))
}

/// Median wall time of the `waymark export` command writing the map's PDF
/// from a project file, a fresh process per run (as Chromium is timed).
fn cli_export(doc: &Document, dir: &Path, runs: usize) -> Option<Duration> {
    let bin = env!("CARGO_BIN_EXE_waymark");
    let json = dir.join("map.json");
    let file = dir.join("map.waymark");
    let out = dir.join("waymark.pdf");
    std::fs::write(&json, waymark::interchange::json::export(doc).ok()?).ok()?;
    let _ = std::fs::remove_file(&file);
    let quiet = |c: &mut Command| {
        c.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()
            .filter(|s| s.success())
    };
    quiet(Command::new(bin).arg("import").arg(&json).arg(&file))?;
    let mut times = Vec::new();
    for i in 0..runs + 1 {
        let t = Instant::now();
        quiet(Command::new(bin).arg("export").arg(&file).arg(&out))?;
        if i > 0 {
            times.push(t.elapsed());
        }
    }
    Some(median(times))
}

fn main() {
    let (doc, map) = fixtures::big_doc(STAGES, LANES, PER_CELL);
    let mut fonts = Fonts::new();
    let mut c = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(8))
        .configure_from_args();
    c.bench_function("layout 12x10x3", |b| {
        b.iter(|| layout(&doc, map, &LayoutOptions::default(), &mut fonts).expect("layout"))
    });
    c.bench_function("pdf 12x10x3 (layout + pdf)", |b| {
        b.iter(|| export_pdf_with(&doc, &pdf_opts(map), &mut fonts, &mut |_| {}).expect("pdf"))
    });
    let png = PngOptions::default();
    c.bench_function("png 2x 12x10x3 (layout + raster + encode)", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(8 << 20);
            write_png_with(&doc, map, &png, &mut fonts, &mut out, &mut |_| {}).expect("png");
            out
        })
    });
    c.final_summary();

    // Summary with our own medians, and the Chromium baseline.
    let t_layout = time(15, || {
        layout(&doc, map, &LayoutOptions::default(), &mut fonts)
    });
    let pdf = export_pdf_with(&doc, &pdf_opts(map), &mut fonts, &mut |_| {}).expect("pdf");
    let t_pdf = time(15, || {
        export_pdf_with(&doc, &pdf_opts(map), &mut fonts, &mut |_| {})
    });
    let mut png_bytes = Vec::new();
    write_png_with(&doc, map, &png, &mut fonts, &mut png_bytes, &mut |_| {}).expect("png");
    let t_png = time(9, || {
        let mut out = Vec::new();
        write_png_with(&doc, map, &png, &mut fonts, &mut out, &mut |_| {})
    });
    // Cold: nothing shaped yet, fonts loaded afresh.
    let t_layout_cold = time(9, || {
        layout(&doc, map, &LayoutOptions::default(), &mut Fonts::new())
    });
    let t_pdf_cold = time(9, || {
        export_pdf_with(&doc, &pdf_opts(map), &mut Fonts::new(), &mut |_| {})
    });
    let frame = layout(&doc, map, &LayoutOptions::default(), &mut fonts).expect("layout");
    let glyphs = frame.glyphs().count();
    println!(
        "\n== export benchmark: {STAGES} stages x {LANES} lanes x {PER_CELL} cards ({glyphs} glyphs) =="
    );
    println!(
        "layout        median {:>8.1} ms",
        t_layout.as_secs_f64() * 1e3
    );
    println!(
        "pdf           median {:>8.1} ms  ({} KB)   target <= 150 ms",
        t_pdf.as_secs_f64() * 1e3,
        pdf.len() / 1024
    );
    println!(
        "png 2x        median {:>8.1} ms  ({} KB)   target <= 400 ms",
        t_png.as_secs_f64() * 1e3,
        png_bytes.len() / 1024
    );
    println!(
        "layout cold   median {:>8.1} ms  (fresh font system, nothing shaped yet)",
        t_layout_cold.as_secs_f64() * 1e3
    );
    println!(
        "pdf cold      median {:>8.1} ms  (fresh font system)",
        t_pdf_cold.as_secs_f64() * 1e3
    );
    let dir = std::env::temp_dir().join(format!("waymark-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let t_cli = cli_export(&doc, &dir, 5);
    match t_cli {
        Some(t) => println!(
            "cli pdf       median {:>8.1} ms  (`waymark export FILE OUT.pdf`, fresh process)",
            t.as_secs_f64() * 1e3
        ),
        None => println!("cli pdf       skipped: the waymark command failed"),
    }
    let page = dir.join("map.html");
    let fonts_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    if std::fs::write(&page, html(&doc, map, &fonts_dir)).is_err() {
        println!("chromium      skipped: cannot write the HTML page");
    } else {
        match chromium_print(&page, &dir, 5) {
            Some(t) => {
                println!(
                    "chromium      median {:>8.1} ms  (headless --print-to-pdf, fresh profile)",
                    t.as_secs_f64() * 1e3
                );
                println!(
                    "ratio         waymark pdf is {:.1}x faster than chromium (target >= 5x)",
                    t.as_secs_f64() / t_pdf.as_secs_f64()
                );
                println!(
                    "ratio cold    waymark pdf (fresh fonts) is {:.1}x faster than chromium",
                    t.as_secs_f64() / t_pdf_cold.as_secs_f64()
                );
                if let Some(c) = t_cli {
                    println!(
                        "ratio cli     waymark export (fresh process) is {:.1}x faster than chromium",
                        t.as_secs_f64() / c.as_secs_f64()
                    );
                }
            }
            None => println!("chromium      skipped: chromium is not installed or failed to print"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
