//! The `waymark` command line: every subcommand, exit codes, one-line errors.

mod common;

use common::TempDir;
use std::path::Path;
use std::process::{Command, Output};

fn waymark(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args.iter().map(|a| a.as_ref()))
        .output()
        .expect("run waymark")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A failure exits non-zero with exactly one line on stderr.
fn fails(out: &Output) -> String {
    assert!(!out.status.success(), "should have failed");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    err
}

fn info_json(file: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&waymark(&[&"info", &file, &"--json"]))).expect("info --json")
}

#[test]
fn new_then_info_shows_the_template_map() {
    let dir = TempDir::new();
    let file = dir.file("shop.waymark");
    ok(&waymark(&[
        &"new",
        &file,
        &"--template",
        &"b2b",
        &"--title",
        &"Klientu ceļa kartēšana",
    ]));
    let text = ok(&waymark(&[&"info", &file]));
    assert!(text.contains("Klientu ceļa kartēšana"), "{text}");
    assert!(
        text.contains("Out of market | Motivation | Initial research"),
        "{text}"
    );
    let version = waymark::store::schema::current_version();
    assert!(
        text.contains(&format!("schema version {version}")),
        "{text}"
    );
    let v = info_json(&file);
    assert_eq!(v["maps"][0]["stages"].as_array().unwrap().len(), 7);
    assert!(v["maps"][0]["cards"].as_u64().unwrap() > 10);
    assert_eq!(v["schema_version"], version);
}

#[test]
fn new_refuses_to_overwrite_and_unknown_templates() {
    let dir = TempDir::new();
    let file = dir.file("x.waymark");
    ok(&waymark(&[&"new", &file]));
    let err = fails(&waymark(&[&"new", &file]));
    assert!(err.contains("already exists"), "{err}");
    let out = waymark(&[&"new", &dir.file("y.waymark"), &"--template", &"nonsense"]);
    assert!(!out.status.success());
    assert!(!dir.file("y.waymark").exists());
}

#[test]
fn apply_undo_redo_change_the_file() {
    let dir = TempDir::new();
    let file = dir.file("m.waymark");
    ok(&waymark(&[&"new", &file]));
    let map = info_json(&file)["maps"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let commands = dir.file("cmds.json");
    std::fs::write(
        &commands,
        format!(
            r#"[{{"type": "add_stage", "map": "{map}", "name": "Мапа"}},
                {{"type": "batch", "label": "Two stages", "commands": [
                    {{"type": "add_stage", "map": "{map}", "name": "A", "index": 0}},
                    {{"type": "add_stage", "map": "{map}", "name": "B", "index": 0}}]}}]"#
        ),
    )
    .unwrap();
    let out = ok(&waymark(&[&"apply", &file, &commands]));
    assert!(out.contains("applied 2 commands"), "{out}");
    let stages = |f: &Path| -> Vec<String> {
        info_json(f)["maps"][0]["stages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(stages(&file)[..2], ["B", "A"]);
    assert_eq!(stages(&file).last().unwrap(), "Мапа");
    assert!(ok(&waymark(&[&"undo", &file])).contains("Two stages"));
    assert_eq!(stages(&file).len(), 6);
    ok(&waymark(&[&"undo", &file]));
    assert_eq!(stages(&file).len(), 5);
    assert!(ok(&waymark(&[&"undo", &file])).contains("nothing to undo"));
    ok(&waymark(&[&"redo", &file]));
    assert_eq!(stages(&file).len(), 6);
}

#[test]
fn a_failing_command_reports_which_and_keeps_the_ones_before() {
    let dir = TempDir::new();
    let file = dir.file("m.waymark");
    ok(&waymark(&[&"new", &file]));
    let map = info_json(&file)["maps"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let commands = dir.file("cmds.json");
    std::fs::write(
        &commands,
        format!(
            r#"[{{"type": "add_stage", "map": "{map}", "name": "Kept"}},
                {{"type": "add_stage", "map": "{map}", "name": ""}}]"#
        ),
    )
    .unwrap();
    let err = fails(&waymark(&[&"apply", &file, &commands]));
    assert!(err.contains("command 2 of 2"), "{err}");
    assert!(err.contains("must not be empty"), "{err}");
    assert_eq!(
        info_json(&file)["maps"][0]["stages"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    std::fs::write(&commands, "{ not json").unwrap();
    fails(&waymark(&[&"apply", &file, &commands]));
}

#[test]
fn import_and_export_round_trip_the_sample() {
    let dir = TempDir::new();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/car-service.json");
    let file = dir.file("sample.waymark");
    ok(&waymark(&[&"import", &sample, &file]));
    let text = ok(&waymark(&[&"info", &file]));
    assert!(text.contains("Мапа шляху клієнта"), "{text}");
    assert!(text.contains("derived from"), "{text}");
    let out = dir.file("out.json");
    ok(&waymark(&[&"export", &file, &out]));
    let again = dir.file("again.waymark");
    ok(&waymark(&[&"import", &out, &again]));
    let out2 = dir.file("out2.json");
    ok(&waymark(&[&"export", &again, &out2]));
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&out2).unwrap());
}

#[test]
fn bad_files_fail_with_one_line_naming_the_file() {
    let dir = TempDir::new();
    let junk = dir.file("junk.waymark");
    std::fs::write(&junk, "hello").unwrap();
    let err = fails(&waymark(&[&"info", &junk]));
    assert!(
        err.contains("junk.waymark") && err.contains("not a Waymark project"),
        "{err}"
    );
    let err = fails(&waymark(&[&"info", &dir.file("missing.waymark")]));
    assert!(err.contains("does not exist"), "{err}");
    let bad_json = dir.file("bad.json");
    std::fs::write(&bad_json, r#"{"format": "waymark-project", "version": 7}"#).unwrap();
    let err = fails(&waymark(&[&"import", &bad_json, &dir.file("o.waymark")]));
    assert!(err.contains("version 7"), "{err}");
    assert!(!dir.file("o.waymark").exists());
}

#[test]
fn a_file_open_in_another_process_is_reported_as_locked() {
    let dir = TempDir::new();
    let file = dir.file("m.waymark");
    ok(&waymark(&[&"new", &file]));
    let held = waymark::Session::open(&file).unwrap();
    let err = fails(&waymark(&[&"info", &file]));
    assert!(err.contains("open in another"), "{err}");
    drop(held);
    ok(&waymark(&[&"info", &file]));
}
