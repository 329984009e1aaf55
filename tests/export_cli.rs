//! `waymark export` from the command line: PDF and PNG with their defaults
//! and options, JSON as before, and one-line errors with a non-zero exit.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("run waymark")
}

fn ok(args: &[&str]) {
    let out = waymark(args);
    assert!(
        out.status.success(),
        "waymark {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A one-line error on stderr and a failing exit code.
fn fails(args: &[&str], needle: &str) {
    let out = waymark(args);
    assert!(!out.status.success(), "waymark {args:?} should fail");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
}

fn sample(dir: &Path) -> PathBuf {
    let file = dir.join("sample.waymark");
    ok(&[
        "import",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/samples/car-service.json"
        ),
        file.to_str().unwrap(),
    ]);
    file
}

/// A pdfinfo field's value.
fn field(info: &str, name: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn pdf_defaults_to_every_map_and_the_persona_page_on_fitted_pages() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let pdf = dir.path().join("out.pdf");
    ok(&["export", s(&file), s(&pdf)]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let json = waymark::interchange::json::import(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/samples/car-service.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let expected = json.maps().len() + json.personas().count();
    match Command::new("pdfinfo").arg(&pdf).output() {
        Ok(info) => {
            let info = String::from_utf8_lossy(&info.stdout).into_owned();
            assert_eq!(field(&info, "Pages"), expected.to_string(), "{info}");
        }
        Err(_) => eprintln!("notice: pdfinfo is not installed; page count not checked"),
    }
}

#[test]
fn pdf_options_pick_one_map_on_landscape_paper() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let doc = waymark::interchange::json::import(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/samples/car-service.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let map = doc.maps()[1].id.to_string();
    let pdf = dir.path().join("one.pdf");
    ok(&[
        "export",
        s(&file),
        s(&pdf),
        "--map",
        &map,
        "--page",
        "a3",
        "--landscape",
    ]);
    if let Ok(out) = Command::new("pdfinfo").arg(&pdf).output() {
        let info = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(field(&info, "Page size"), "1190.55 x 841.89 pts (A3)");
        // One map and its persona.
        assert_eq!(field(&info, "Pages"), "2", "{info}");
    }
}

/// pdfinfo's output for a file, or `None` (with a notice) without poppler.
fn pdfinfo(file: &Path) -> Option<String> {
    match Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(file)
        .output()
    {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(_) => {
            eprintln!("notice: pdfinfo is not installed; pages not checked");
            None
        }
    }
}

#[test]
fn every_page_option_gives_its_paper_and_poster_tiles_the_maps() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let pdf = dir.path().join("paper.pdf");
    for (page, landscape, size) in [
        ("a4", false, "595.276 x 841.89 pts (A4)"),
        ("a4", true, "841.89 x 595.276 pts (A4)"),
        ("a3", false, "841.89 x 1190.55 pts (A3)"),
        ("letter", true, "792 x 612 pts (letter)"),
        ("tabloid", false, "792 x 1224 pts"),
    ] {
        let mut args = vec!["export", s(&file), s(&pdf), "--all", "--page", page];
        if landscape {
            args.push("--landscape");
        }
        ok(&args);
        let Some(info) = pdfinfo(&pdf) else { return };
        // Two maps and the persona, each scaled to one page of that paper.
        assert_eq!(field(&info, "Pages"), "3", "{page}: {info}");
        assert!(
            field(&info, "Page    1 size").starts_with(size),
            "{page} landscape={landscape}: {info}"
        );
    }
    // Fit: pages the size of each map (landscape has no say).
    ok(&["export", s(&file), s(&pdf), "--page", "fit", "--landscape"]);
    let Some(info) = pdfinfo(&pdf) else { return };
    assert_ne!(
        field(&info, "Page    1 size"),
        field(&info, "Page    3 size")
    );
    // Poster: the same maps at full size over more pages of A4.
    ok(&["export", s(&file), s(&pdf), "--page", "a4", "--poster"]);
    let Some(info) = pdfinfo(&pdf) else { return };
    let pages: usize = field(&info, "Pages").parse().unwrap();
    assert!(pages > 3, "poster tiles: {pages} pages");
    assert!(field(&info, "Page    1 size").starts_with("595.276 x 841.89"));
}

#[test]
fn png_defaults_to_the_first_map_at_twice_the_size() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let png = dir.path().join("map.png");
    ok(&["export", s(&file), s(&png)]);
    let img = image::open(&png).unwrap();
    let one = dir.path().join("one.png");
    ok(&["export", s(&file), s(&one), "--scale", "1", "--transparent"]);
    let small = image::open(&one).unwrap();
    assert!(small.color().has_alpha());
    assert!(img.width().abs_diff(small.width() * 2) <= 1);
    assert!(img.height().abs_diff(small.height() * 2) <= 1);
}

#[test]
fn json_export_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let json = dir.path().join("back.json");
    ok(&["export", s(&file), s(&json)]);
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(waymark::interchange::json::import(&text).is_ok());
}

#[test]
fn bad_requests_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let out = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    fails(&["export", s(&file), &out("x.docx")], "unknown format");
    fails(
        &["export", s(&file), &out("x.png"), "--scale", "9"],
        "between 1 and 4",
    );
    fails(&["export", s(&file), &out("x.png"), "--all"], "one map");
    fails(
        &["export", s(&file), &out("x.pdf"), "--map", "nope"],
        "not a map id",
    );
    fails(
        &[
            "export",
            s(&file),
            &out("x.pdf"),
            "--map",
            "01900000-0000-7000-8000-000000000000",
        ],
        "does not exist",
    );
    let err = waymark(&["export", s(&file), &out("x.pdf"), "--page", "a5"]);
    assert!(!err.status.success());
}
