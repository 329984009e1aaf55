//! Waymark's line breaking and visual order compared with a browser engine
//! (Debian's `chromium`, headless) on the same strings, in the same fonts at
//! the same size, in boxes of the same width: every line must hold the same
//! letters in the same left-to-right order, and no line may end where
//! Unicode line breaking (UAX #14) forbids it. `make test` installs
//! chromium; run alone without it, the test skips with a notice unless
//! `WAYMARK_REQUIRE_TOOLS` is set.

#[path = "corpus/mod.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use waymark::layout::text::shape;
use waymark::layout::{Fonts, Rgba, TextStyle};

/// Font size and line height, in layout units and in CSS pixels alike.
const SIZE: f32 = 14.0;
const LINE: f32 = 20.0;

/// A letter the eye sees: not a space, a direction control, a joiner or a
/// combining mark (those draw nothing of their own, or ride on a letter).
fn seen(c: char) -> bool {
    use unicode_bidi::BidiClass::*;
    !c.is_whitespace()
        && !matches!(
            unicode_bidi::bidi_class(c),
            NSM | BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        )
        && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Each line's seen letters, left to right, as Waymark lays them out.
fn waymark_lines(fonts: &mut Fonts, text: &str, width: f32) -> Vec<String> {
    let style = TextStyle::new(SIZE, Rgba::rgb(0, 0, 0)).leading(LINE);
    let block = shape(fonts, text, &style, Some(width));
    let mut lines: BTreeMap<i64, Vec<(f64, String)>> = BTreeMap::new();
    for run in &block.runs {
        // Clusters left to right (a right-to-left run keeps its glyphs in
        // logical order; their positions are visual).
        let mut clusters: Vec<(f32, (u32, u32))> = Vec::new();
        for g in &run.glyphs {
            match clusters.iter_mut().find(|(_, c)| *c == g.cluster) {
                Some(c) => c.0 = c.0.min(g.x),
                None => clusters.push((g.x, g.cluster)),
            }
        }
        clusters.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut letters = String::new();
        for (_, (a, b)) in clusters {
            let part = run.text.get(a as usize..b as usize).unwrap_or_default();
            let mut cs: Vec<char> = part.chars().filter(|c| seen(*c)).collect();
            if run.rtl {
                cs.reverse();
            }
            letters.extend(cs);
        }
        lines
            .entry(run.origin.y.round() as i64)
            .or_default()
            .push((run.origin.x as f64, letters));
    }
    left_to_right(lines)
}

/// Each line's pieces (runs of ours, letters of chromium's) joined in the
/// order of their x, lines top to bottom, empty lines dropped.
fn left_to_right(lines: BTreeMap<i64, Vec<(f64, String)>>) -> Vec<String> {
    lines
        .into_values()
        .map(|mut pieces| {
            pieces.sort_by(|a, b| a.0.total_cmp(&b.0));
            pieces.into_iter().map(|(_, s)| s).collect::<String>()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The page chromium measures: one box per (string, width), and a script
/// that writes every letter's line and horizontal middle once fonts load.
fn page(cases: &[(String, f32)], fonts: &Path) -> String {
    let mut html = String::from("<!doctype html><html><head><meta charset=\"utf-8\"><style>");
    html.push_str(&format!(
        "@font-face{{font-family:W;src:url('file://{0}/NotoSans-Regular.ttf')}}\
         @font-face{{font-family:WA;src:url('file://{0}/NotoSansArabic-Regular.ttf')}}\
         body{{margin:0}}\
         .b{{font:{SIZE}px W,WA;line-height:{LINE}px;unicode-bidi:plaintext;\
         text-align:start;overflow-wrap:break-word;margin:0 0 {LINE}px 0;padding:0}}",
        fonts.display()
    ));
    html.push_str("</style></head><body>");
    for (text, width) in cases {
        let escaped = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        html.push_str(&format!(
            "<div class=b style=\"width:{width}px\">{escaped}</div>"
        ));
    }
    html.push_str(
        "<pre id=out></pre><script>\
         document.fonts.ready.then(()=>{const res=[];\
         for(const d of document.querySelectorAll('.b')){\
          const t=d.firstChild,s=t.data,top=d.getBoundingClientRect().top,out=[];\
          for(let i=0;i<s.length;){const cp=s.codePointAt(i),n=cp>0xffff?2:1;\
           const r=document.createRange();r.setStart(t,i);r.setEnd(t,i+n);\
           const b=r.getClientRects()[0];\
           if(b)out.push([String.fromCodePoint(cp),Math.floor((b.top+b.height/2-top)/",
    );
    html.push_str(&format!("{LINE}"));
    html.push_str(
        "),b.left+b.width/2]);i+=n;}res.push(out);}\
         document.getElementById('out').textContent=JSON.stringify(res);});\
         </script></body></html>",
    );
    html
}

/// Each case's lines as chromium lays them out, or `None` without chromium.
fn chromium_lines(cases: &[(String, f32)]) -> Option<Vec<Vec<String>>> {
    let dir = tempfile::tempdir().unwrap();
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
    let file = dir.path().join("corpus.html");
    std::fs::write(&file, page(cases, &fonts)).unwrap();
    let out = match Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--virtual-time-budget=30000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", file.display()))
        .output()
    {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var_os("WAYMARK_REQUIRE_TOOLS").is_none(),
                "chromium is not installed"
            );
            eprintln!("notice: chromium is not installed; skipping the comparison");
            return None;
        }
        Err(e) => panic!("chromium: {e}"),
    };
    let dom = String::from_utf8_lossy(&out.stdout);
    let json = dom
        .split("<pre id=\"out\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| {
            panic!(
                "chromium gave no result: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let json = json
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let all: Vec<Vec<(String, i64, f64)>> = serde_json::from_str(&json).expect("chromium's JSON");
    Some(
        all.into_iter()
            .map(|letters| {
                let mut lines: BTreeMap<i64, Vec<(f64, String)>> = BTreeMap::new();
                for (c, line, x) in letters {
                    if c.chars().all(seen) {
                        lines.entry(line).or_default().push((x, c));
                    }
                }
                left_to_right(lines)
            })
            .collect(),
    )
}

/// Where each line after the first starts, as a byte offset in `text`,
/// found by counting seen letters: the break lies somewhere in the unseen
/// characters before that letter.
fn breaks(text: &str, lines: &[String]) -> Vec<(usize, usize)> {
    let letters: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| seen(*c)).collect();
    let mut out = Vec::new();
    let mut n = 0;
    for line in &lines[..lines.len().saturating_sub(1)] {
        n += line.chars().count();
        if let (Some(prev), Some(next)) = (letters.get(n - 1), letters.get(n)) {
            out.push((prev.0 + prev.1.len_utf8(), next.0));
        }
    }
    out
}

/// A line break between two letters is legal when UAX #14 (as ICU4X and
/// browsers implement it) allows a break
/// anywhere from the end of the one to the start of the other.
fn legal(text: &str, (from, to): (usize, usize)) -> bool {
    waymark::layout::text::line_breaks(text).any(|at| at >= from && at <= to)
}

#[test]
fn lines_break_and_read_in_the_same_order_as_in_a_browser() {
    let generated = corpus::generated();
    assert!(generated.len() >= 800, "{} strings", generated.len());
    let mut cases: Vec<(String, f32)> = Vec::new();
    for (i, s) in generated.iter().enumerate() {
        cases.push((s.clone(), corpus::WIDTHS[i % corpus::WIDTHS.len()]));
    }
    for s in corpus::REAL {
        for w in corpus::WIDTHS {
            cases.push((s.to_string(), w));
        }
    }
    let mut fonts = Fonts::new();
    let ours: Vec<Vec<String>> = cases
        .iter()
        .map(|(s, w)| waymark_lines(&mut fonts, s, *w))
        .collect();

    // No line of ours ends where a break is forbidden.
    let illegal: Vec<String> = cases
        .iter()
        .zip(&ours)
        .flat_map(|((s, w), lines)| {
            breaks(s, lines)
                .into_iter()
                .filter(|b| !legal(s, *b))
                .map(move |b| format!("{s:?} at {w}: break at {b:?}"))
        })
        .collect();
    assert!(
        illegal.is_empty(),
        "illegal breaks:\n{}",
        illegal.join("\n")
    );

    let Some(theirs) = chromium_lines(&cases) else {
        return;
    };
    assert_eq!(theirs.len(), cases.len());
    // Chromium's ICU tailors UAX #14's rule LB25 and breaks after a hyphen
    // between letters and digits ("ABC-|123"), which the default rules (and
    // Waymark) keep together. Such cases are counted and shown, not failed;
    // any other difference fails.
    let hyphen_tailoring = |s: &str, lines: &[String]| {
        breaks(s, lines)
            .into_iter()
            .any(|(from, to)| s[..from].ends_with('-') && !legal(s, (from, to)))
    };
    let mut tailored = Vec::new();
    let mut differ = Vec::new();
    for ((s, w), (a, b)) in cases.iter().zip(ours.iter().zip(&theirs)) {
        if a == b {
            continue;
        }
        let line = format!("{s:?} at {w}:\n  waymark  {a:?}\n  chromium {b:?}");
        if hyphen_tailoring(s, b) {
            tailored.push(line);
        } else {
            differ.push(line);
        }
    }
    eprintln!(
        "{} of {} cases as chromium lays them out; {} differ only by chromium's \
         break after a hyphen before a digit, e.g.\n{}",
        cases.len() - differ.len() - tailored.len(),
        cases.len(),
        tailored.len(),
        tailored.first().map_or("", String::as_str)
    );
    assert!(
        differ.is_empty(),
        "{} of {} differ from chromium:\n{}",
        differ.len(),
        cases.len(),
        differ[..differ.len().min(30)].join("\n")
    );
    // The tailoring must stay rare, or the comparison says little.
    assert!(tailored.len() * 20 < cases.len(), "{}", tailored.join("\n"));
}
