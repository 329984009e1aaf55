//! The project file: edits and history survive closing, copies are complete,
//! and every bad file gives a clear error without being touched.

mod common;

use common::*;
use rusqlite::Connection;
use std::path::Path;
use waymark::Session;
use waymark::command::{CardPatch, Command};
use waymark::i18n::Label;
use waymark::id::*;
use waymark::model::*;
use waymark::store::MAX_HISTORY;
use waymark::templates::Template;

fn add_card(s: &mut Session, map: MapId, text: &str) -> CardId {
    let lane = lane_of(s.doc(), map, LaneKind::Actions);
    let stage = stage_ids(s.doc(), map)[0];
    let id = CardId::new();
    s.apply(&Command::AddCard {
        id: Some(id),
        lane,
        stage,
        step: None,
        index: None,
        color: None,
        content: CardPatch {
            text: Some(text.into()),
            ..CardPatch::default()
        },
    })
    .expect("add card");
    id
}

/// Open must fail with `code` and leave the file byte for byte as it was.
fn refuses_untouched(path: &Path, code: &str) -> String {
    let before = std::fs::read(path).ok();
    let err = Session::open(path).expect_err("open should fail");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(
        std::fs::read(path).ok(),
        before,
        "a failed open changed the file"
    );
    let msg = err.to_string();
    assert!(
        msg.contains(&path.display().to_string()),
        "the message does not name the file: {msg}"
    );
    msg
}

#[test]
fn undo_and_redo_work_after_closing_and_reopening_the_file() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let path = dir.file("test.waymark");
    let first = add_card(&mut s, map, "first");
    let second = add_card(&mut s, map, "second");
    s.undo().unwrap();
    drop(s);

    let mut s = Session::open(&path).unwrap();
    assert!(s.doc().card(first).is_ok());
    assert!(s.doc().card(second).is_err());
    assert_eq!(
        s.history().unwrap().redo,
        Some(Label::key("history-add-card"))
    );
    s.redo().unwrap().expect("redo after reopen");
    assert!(s.doc().card(second).is_ok());
    s.undo().unwrap();
    s.undo().unwrap();
    drop(s);

    let s = Session::open(&path).unwrap();
    assert!(s.doc().card(first).is_err());
    assert_eq!(s.history().unwrap().undo, None);
}

#[test]
fn reopening_gives_exactly_the_same_model() {
    let (dir, mut s, map) = session_with(Template::Service);
    add_card(&mut s, map, "نقشه سفر مشتری");
    s.apply(&Command::CreatePersona {
        id: None,
        name: "Leyla".into(),
    })
    .unwrap();
    let before = s.doc().clone();
    drop(s);
    let s = Session::open(&dir.file("test.waymark")).unwrap();
    assert_eq!(s.doc(), &before);
}

#[test]
fn a_copy_taken_right_after_an_edit_holds_the_edit() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let path = dir.file("test.waymark");
    let card = add_card(&mut s, map, "must be in the copy");
    // Copy with plain file IO while the project is still open, like a file manager.
    let copy = dir.file("copy.waymark");
    std::fs::copy(&path, &copy).unwrap();
    assert!(
        !dir.file("test.waymark-wal").exists(),
        "committed data in a WAL file"
    );
    let c = Session::open(&copy).unwrap();
    assert_eq!(c.doc().card(card).unwrap().text, "must be in the copy");
    // The copy is a sound database on its own.
    drop(c);
    let conn = Connection::open(&copy).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    drop(s);
}

#[test]
fn the_file_uses_a_rollback_journal_with_full_sync() {
    let (dir, mut s, map) = session_with(Template::Blank);
    add_card(&mut s, map, "x");
    drop(s);
    let conn = Connection::open(dir.file("test.waymark")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

#[test]
fn save_as_copies_everything_and_keeps_editing_the_copy() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let original = dir.file("test.waymark");
    let kept = add_card(&mut s, map, "before save-as");
    let copy = dir.file("copy.waymark");
    s.save_as(&copy).unwrap();
    assert_eq!(s.path(), copy.as_path());
    let later = add_card(&mut s, map, "after save-as");
    // The undo history travelled with the copy.
    s.undo().unwrap();
    s.undo().unwrap();
    assert!(s.doc().card(kept).is_err());
    drop(s);
    let o = Session::open(&original).unwrap();
    assert!(o.doc().card(kept).is_ok());
    assert!(
        o.doc().card(later).is_err(),
        "edits after save-as leaked into the original"
    );
}

#[test]
fn save_as_over_an_existing_file_replaces_it_whole() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let target = dir.file("target.waymark");
    std::fs::write(&target, b"old content").unwrap();
    let card = add_card(&mut s, map, "x");
    s.save_as(&target).unwrap();
    drop(s);
    assert!(Session::open(&target).unwrap().doc().card(card).is_ok());
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let dir = TempDir::new();
    let path = dir.file("there.waymark");
    std::fs::write(&path, b"keep me").unwrap();
    let err = Session::create_from_template(&path, Template::Blank, None, "").unwrap_err();
    assert_eq!(err.code(), "file_exists");
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
}

#[test]
fn opening_a_missing_file_says_so() {
    let dir = TempDir::new();
    let path = dir.file("nope.waymark");
    let err = Session::open(&path).unwrap_err();
    assert_eq!(err.code(), "file_missing");
    assert!(!path.exists());
}

#[test]
fn opening_a_text_file_says_it_is_not_a_waymark_project() {
    let dir = TempDir::new();
    let path = dir.file("notes.waymark");
    std::fs::write(&path, "just some notes, not a database\n".repeat(50)).unwrap();
    let msg = refuses_untouched(&path, "not_waymark");
    assert!(msg.contains("not a Waymark project"), "{msg}");
}

#[test]
fn opening_an_empty_file_is_refused_and_it_stays_empty() {
    let dir = TempDir::new();
    let path = dir.file("empty.waymark");
    std::fs::write(&path, b"").unwrap();
    refuses_untouched(&path, "not_waymark");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
}

#[test]
fn opening_another_programs_database_is_refused() {
    let dir = TempDir::new();
    let path = dir.file("other.waymark");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hi');")
        .unwrap();
    drop(conn);
    refuses_untouched(&path, "not_waymark");
}

#[test]
fn opening_a_folder_is_refused() {
    let dir = TempDir::new();
    let err = Session::open(dir.0.path()).unwrap_err();
    assert_eq!(err.code(), "not_waymark");
}

#[test]
fn opening_a_truncated_project_reports_damage() {
    let (dir, s, _map) = session_with(Template::B2c);
    drop(s);
    let path = dir.file("test.waymark");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let msg = refuses_untouched(&path, "file_corrupt");
    assert!(msg.contains("damaged"), "{msg}");
}

#[test]
fn opening_a_project_with_overwritten_pages_reports_damage() {
    let (dir, s, _map) = session_with(Template::B2c);
    drop(s);
    let path = dir.file("test.waymark");
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for b in &mut bytes[page * 2..page * 6] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    refuses_untouched(&path, "file_corrupt");
}

#[test]
fn opening_a_project_whose_rows_do_not_hold_together_reports_damage() {
    let (dir, s, _map) = session_with(Template::B2c);
    drop(s);
    let path = dir.file("test.waymark");
    let conn = Connection::open(&path).unwrap();
    // Another program that does not enforce foreign keys (the bundled SQLite
    // enforces them by default) breaks a reference.
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn.execute(
        "UPDATE cards SET lane_id = '0190f0a0-0000-7000-8000-000000000000' WHERE rowid = 1",
        [],
    )
    .unwrap();
    drop(conn);
    let msg = refuses_untouched(&path, "file_corrupt");
    assert!(msg.contains("lane"), "{msg}");
}

#[test]
fn opening_a_file_from_a_newer_waymark_is_refused_untouched() {
    let (dir, s, _map) = session_with(Template::Blank);
    drop(s);
    let path = dir.file("test.waymark");
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let msg = refuses_untouched(&path, "file_newer");
    assert!(msg.contains("newer Waymark"), "{msg}");
}

#[test]
fn opening_a_file_another_session_holds_says_it_is_locked() {
    let (dir, s, _map) = session_with(Template::Blank);
    let path = dir.file("test.waymark");
    let msg = refuses_untouched(&path, "file_locked");
    assert!(msg.contains("open in another"), "{msg}");
    drop(s);
    Session::open(&path).expect("free again once closed");
}

#[test]
fn opening_a_read_only_file_is_refused_untouched() {
    let (dir, s, _map) = session_with(Template::Blank);
    drop(s);
    let path = dir.file("test.waymark");
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    // Root ignores file permissions; only check where they bite.
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        eprintln!("skipped: running as a user that can write read-only files");
        return;
    }
    let msg = refuses_untouched(&path, "file_io");
    assert!(msg.contains("read-only"), "{msg}");
}

#[test]
fn the_history_keeps_the_newest_steps_only() {
    let (dir, mut s, map) = session_with(Template::Blank);
    let stage = stage_ids(s.doc(), map)[0];
    for i in 0..MAX_HISTORY + 5 {
        s.apply(&Command::ResizeStage {
            stage,
            width: 100 + (i % 500) as u32,
        })
        .unwrap();
    }
    drop(s);
    let conn = Connection::open(dir.file("test.waymark")).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM history", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, MAX_HISTORY);
}

#[test]
fn the_file_is_readable_with_the_sqlite3_shell() {
    let (dir, mut s, map) = session_with(Template::B2c);
    add_card(&mut s, map, "Мапа шляху клієнта");
    drop(s);
    let out = std::process::Command::new("sqlite3")
        .arg(dir.file("test.waymark"))
        .arg("SELECT text FROM cards WHERE text LIKE 'Мапа%'; SELECT label FROM history;")
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: sqlite3 is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Мапа шляху клієнта"), "{text}");
    // The label is a message, stored as JSON.
    assert!(
        text.contains(r#"{"key":"history-add-card","args":{}}"#),
        "{text}"
    );
}

/// The child side of the kill test: makes edits as fast as it can and says
/// which ones were committed. Runs only when the parent sets the variable.
#[test]
#[ignore = "helper process for kill_during_a_burst_of_edits_loses_no_committed_edit"]
fn child_edit_burst() {
    let Some(file) = std::env::var_os("WAYMARK_KILL_TEST_FILE") else {
        return;
    };
    use std::io::Write;
    let mut s = Session::open(Path::new(&file)).expect("child opens the file");
    let map = s.doc().maps()[0].id;
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let id = add_card(&mut s, map, &format!("burst {i}"));
        writeln!(out, "committed {id}").unwrap();
        out.flush().unwrap();
    }
}

/// Run `child_edit_burst` on `path` in another process and kill it (SIGKILL
/// on Unix) once it has reported `wait_after` committed edits; the ids it
/// reported.
fn kill_during_edits(path: &Path, wait_after: usize) -> Vec<CardId> {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "child_edit_burst",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("WAYMARK_KILL_TEST_FILE", path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut committed: Vec<CardId> = Vec::new();
    let mut lines = BufReader::new(stdout).lines();
    while let Some(Ok(line)) = lines.next() {
        if let Some(id) = line.strip_prefix("committed ") {
            committed.push(id.parse().unwrap());
            if committed.len() == wait_after {
                child.kill().unwrap();
            }
        }
    }
    child.wait().unwrap();
    assert!(committed.len() >= wait_after, "the child died early");
    committed
}

#[test]
fn kill_during_a_burst_of_edits_loses_no_committed_edit() {
    for (round, wait_after) in [(0, 5usize), (1, 23), (2, 61)].into_iter() {
        let dir = TempDir::new();
        let path = dir.file("burst.waymark");
        Session::create_from_template(&path, Template::Blank, None, "").unwrap();
        let committed = kill_during_edits(&path, wait_after);
        let conn = Connection::open(&path).unwrap();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "round {round}");
        drop(conn);
        let s = Session::open(&path).unwrap();
        for id in &committed {
            assert!(
                s.doc().card(*id).is_ok(),
                "round {round}: committed card {id} is missing after the kill"
            );
        }
        // Every card in the file is either reported or the one in flight.
        let in_file = s.doc().counts()[4];
        assert!(in_file == committed.len() || in_file == committed.len() + 1);
    }
}

/// The names of the files in a folder, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn closing_a_project_leaves_only_its_file() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let path = dir.file("test.waymark");
    add_card(&mut s, map, "one");
    s.undo().unwrap();
    s.close().expect("close");
    assert_eq!(files_in(dir.0.path()), ["test.waymark"]);

    // Dropped instead of closed: the same.
    let mut s = Session::open(&path).unwrap();
    add_card(&mut s, map, "two");
    drop(s);
    assert_eq!(files_in(dir.0.path()), ["test.waymark"]);

    // Saved under another name: the first file is let go tidily too.
    let mut s = Session::open(&path).unwrap();
    add_card(&mut s, map, "three");
    s.save_as(&dir.file("copy.waymark")).unwrap();
    add_card(&mut s, map, "four");
    s.close().expect("close");
    assert_eq!(files_in(dir.0.path()), ["copy.waymark", "test.waymark"]);
}

#[test]
fn after_a_kill_the_next_open_and_close_leave_only_the_file() {
    for edit in [false, true] {
        let dir = TempDir::new();
        let path = dir.file("burst.waymark");
        Session::create_from_template(&path, Template::Blank, None, "").unwrap();
        let committed = kill_during_edits(&path, 7);
        let mut s = Session::open(&path).unwrap();
        let map = s.doc().maps()[0].id;
        if edit {
            add_card(&mut s, map, "after the kill");
        }
        s.close().expect("close");
        assert_eq!(files_in(dir.0.path()), ["burst.waymark"], "edit: {edit}");
        // The file is sound and holds every committed edit.
        let s = Session::open(&path).unwrap();
        assert!(committed.iter().all(|id| s.doc().card(*id).is_ok()));
        drop(s);
        let conn = Connection::open(&path).unwrap();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}

#[test]
fn save_as_onto_the_open_file_under_another_spelling_changes_nothing() {
    let (dir, mut s, map) = session_with(Template::B2c);
    add_card(&mut s, map, "Kept");
    let link = dir.file("link.waymark");
    std::os::unix::fs::symlink(dir.file("test.waymark"), &link).unwrap();
    s.save_as(&link).expect("save as onto itself");
    add_card(&mut s, map, "Still editing");
    drop(s);
    let s = Session::open(&dir.file("test.waymark")).unwrap();
    let texts: Vec<String> = s.doc().cards_of(map).map(|c| c.text.clone()).collect();
    assert!(texts.contains(&"Kept".to_string()) && texts.contains(&"Still editing".to_string()));
}

/// A file from before labels were messages: its history labels are English
/// text, and its maps have no language or flow. Made here by writing what
/// such a file held (old labels, no such columns, schema version 1) through
/// rusqlite.
#[test]
fn a_file_with_english_history_labels_opens_and_its_history_still_works() {
    let (dir, mut s, map) = session_with(Template::B2c);
    let path = dir.file("test.waymark");
    let first = add_card(&mut s, map, "first");
    let second = add_card(&mut s, map, "second");
    add_card(&mut s, map, "third");
    s.undo().unwrap();
    drop(s);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "UPDATE history SET label = CASE seq \
               WHEN 1 THEN 'Add card' WHEN 2 THEN 'Move 3 cards' ELSE 'My own batch' END; \
             ALTER TABLE maps DROP COLUMN flow; ALTER TABLE maps DROP COLUMN language; \
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }

    let mut s = Session::open(&path).expect("an old file opens");
    let m = s.doc().map(map).unwrap();
    assert_eq!(
        (m.language.as_str(), m.flow),
        ("", Flow::Auto),
        "old maps follow the project"
    );
    let h = s.history().unwrap();
    assert_eq!(
        h.undo,
        Some(Label::Message(waymark::msg!(
            "history-move-cards",
            count = 3
        )))
    );
    assert_eq!(h.redo, Some(Label::text("My own batch")));
    assert_eq!(
        serde_json::to_value(&h).unwrap(),
        serde_json::json!({
            "undo": {"key": "history-move-cards", "args": {"count": 3}},
            "redo": {"text": "My own batch"}
        })
    );

    // Undo and redo walk the old history as before.
    assert!(s.doc().card(second).is_ok());
    s.undo().unwrap().expect("undo the second card");
    assert!(s.doc().card(second).is_err());
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::key("history-add-card"))
    );
    s.undo().unwrap().expect("undo the first card");
    assert!(s.doc().card(first).is_err());
    assert_eq!(s.history().unwrap().undo, None);
    s.redo().unwrap().expect("redo the first card");
    assert!(s.doc().card(first).is_ok());
    assert_eq!(
        s.history().unwrap().redo.map(|l| l.to_string()).as_deref(),
        Some("Move 3 cards")
    );

    // New steps are stored as messages next to the old ones.
    add_card(&mut s, map, "fourth");
    assert_eq!(
        s.history().unwrap().undo,
        Some(Label::key("history-add-card"))
    );
    drop(s);
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, waymark::store::schema::current_version());
}

#[test]
fn a_new_project_replaces_a_file_the_user_chose_whole() {
    let dir = TempDir::new();
    let path = dir.file("Journey.waymark");
    // An older project under the chosen name.
    let mut old = Session::create_from_template(&path, Template::B2c, None, "").unwrap();
    let map = old.doc().maps()[0].id;
    add_card(&mut old, map, "from the old project");
    old.close().unwrap();

    let s = Session::create_from_template_replacing(
        &path,
        Template::Blank,
        Some("Fresh".into()),
        "",
        None,
    )
    .expect("replace");
    assert_eq!(s.doc().project().title, "Fresh");
    s.close().unwrap();
    assert_eq!(
        files_in(dir.0.path()),
        ["Journey.waymark"],
        "no temporary file or journal left"
    );
    let s = Session::open(&path).unwrap();
    assert_eq!(s.doc().project().title, "Fresh");
    assert_eq!(s.doc().counts()[4], 0, "nothing of the old project");
    assert_eq!(s.history().unwrap().undo, None, "nor its history");

    // A name that is free needs nothing replaced.
    let free = dir.file("Other.waymark");
    Session::create_from_template_replacing(&free, Template::B2b, None, "", Some(&path))
        .expect("create at a free name");
}

#[test]
fn a_new_project_never_replaces_the_project_open_now() {
    let (dir, mut s, map) = session_with(Template::B2c);
    add_card(&mut s, map, "kept");
    let path = dir.file("test.waymark");
    let before = std::fs::read(&path).unwrap();
    let other_spelling = dir.0.path().join(".").join("test.waymark");
    for chosen in [&path, &other_spelling] {
        let err = Session::create_from_template_replacing(
            chosen,
            Template::Blank,
            None,
            "",
            Some(s.path()),
        )
        .expect_err("the open project is not replaced");
        assert_eq!(err.code(), "invalid");
        assert_eq!(err.key(), "problem-replace-open-project");
        assert!(err.to_string().contains("test.waymark"), "{err}");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
    add_card(&mut s, map, "still editing");
}
