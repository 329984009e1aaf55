//! The project file's schema as an append-only list of migrations.
//!
//! `PRAGMA user_version` is the number of migrations applied. A migration is
//! never edited once released; a new one is appended. All pending migrations
//! run in one transaction with the load that follows, so a file is either
//! fully upgraded and readable or left untouched.

use rusqlite::Connection;

/// `PRAGMA application_id` of every Waymark project ("WMRK").
pub const APPLICATION_ID: i64 = 0x574D_524B;

/// Every migration, oldest first. The schema version is its index + 1.
pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
CREATE TABLE project (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    language    TEXT NOT NULL
) STRICT;

CREATE TABLE assets (
    id     TEXT PRIMARY KEY,
    mime   TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
    width  INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data   BLOB NOT NULL
) STRICT;

CREATE TABLE personas (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    photo_id      TEXT REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,
    quote         TEXT NOT NULL,
    age           TEXT NOT NULL,
    gender        TEXT NOT NULL,
    occupation    TEXT NOT NULL,
    income        TEXT NOT NULL,
    family        TEXT NOT NULL,
    education     TEXT NOT NULL,
    region        TEXT NOT NULL,
    frequency     TEXT NOT NULL,
    decision_time TEXT NOT NULL,
    triggers      TEXT NOT NULL,
    "values"      TEXT NOT NULL,
    lifestyle     TEXT NOT NULL,
    goals         TEXT NOT NULL,
    motivations   TEXT NOT NULL,
    frustrations  TEXT NOT NULL,
    segment       TEXT NOT NULL
) STRICT;

CREATE TABLE maps (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    scenario      TEXT NOT NULL,
    business_goal TEXT NOT NULL,
    kind          TEXT NOT NULL,
    last_reviewed TEXT,
    derived_from  TEXT REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    sort_key      TEXT NOT NULL
) STRICT;

CREATE TABLE map_personas (
    map_id     TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    persona_id TEXT NOT NULL REFERENCES personas(id) DEFERRABLE INITIALLY DEFERRED,
    position   INTEGER NOT NULL,
    PRIMARY KEY (map_id, persona_id)
) STRICT;

CREATE TABLE stages (
    id          TEXT PRIMARY KEY,
    map_id      TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    sort_key    TEXT NOT NULL,
    width       INTEGER NOT NULL,
    color       TEXT
) STRICT;

CREATE TABLE steps (
    id       TEXT PRIMARY KEY,
    map_id   TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    stage_id TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    name     TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    width    INTEGER NOT NULL
) STRICT;

CREATE TABLE lanes (
    id       TEXT PRIMARY KEY,
    map_id   TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    kind     TEXT NOT NULL,
    name     TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    height   INTEGER NOT NULL,
    color    TEXT
) STRICT;

CREATE TABLE cards (
    id             TEXT PRIMARY KEY,
    map_id         TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    stage_id       TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    step_id        TEXT REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    lane_id        TEXT NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
    sort_key       TEXT NOT NULL,
    text           TEXT NOT NULL,
    color          TEXT,
    channel        TEXT,
    severity       TEXT,
    impact         TEXT,
    effort         TEXT,
    metric_name    TEXT,
    metric_unit    TEXT,
    metric_current REAL,
    metric_target  REAL,
    owner          TEXT NOT NULL,
    image_id       TEXT REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,
    alt            TEXT NOT NULL
) STRICT;
CREATE INDEX cards_by_cell ON cards (map_id, lane_id, stage_id, step_id, sort_key);

CREATE TABLE emotion_points (
    id       TEXT PRIMARY KEY,
    map_id   TEXT NOT NULL REFERENCES maps(id) DEFERRABLE INITIALLY DEFERRED,
    lane_id  TEXT NOT NULL REFERENCES lanes(id) DEFERRABLE INITIALLY DEFERRED,
    stage_id TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    step_id  TEXT REFERENCES steps(id) DEFERRABLE INITIALLY DEFERRED,
    value    INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
    critical INTEGER NOT NULL CHECK (critical IN (0, 1)),
    note     TEXT NOT NULL
) STRICT;

CREATE TABLE history (
    seq    INTEGER PRIMARY KEY,
    label  TEXT NOT NULL,
    change TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    at     TEXT NOT NULL
) STRICT;
"#,
    // 2: history labels become language-neutral messages (JSON). The English
    // labels older files hold (every label `Command::label` made, and the
    // batch labels of the page and the shell) turn into their message; any
    // other text is kept as `{"text": ...}` and shown as it is.
    r#"
UPDATE history SET label = CASE
    WHEN label = 'Edit project' THEN json_object('key', 'history-set-project', 'args', json_object())
    WHEN label = 'New map' THEN json_object('key', 'history-create-map', 'args', json_object())
    WHEN label = 'Duplicate map' THEN json_object('key', 'history-duplicate-map', 'args', json_object())
    WHEN label = 'Edit map' THEN json_object('key', 'history-set-map-info', 'args', json_object())
    WHEN label = 'Move map' THEN json_object('key', 'history-move-map', 'args', json_object())
    WHEN label = 'Delete map' THEN json_object('key', 'history-delete-map', 'args', json_object())
    WHEN label = 'Add stage' THEN json_object('key', 'history-add-stage', 'args', json_object())
    WHEN label = 'Edit stage' THEN json_object('key', 'history-update-stage', 'args', json_object())
    WHEN label = 'Move stage' THEN json_object('key', 'history-move-stage', 'args', json_object())
    WHEN label = 'Resize stage' THEN json_object('key', 'history-resize-stage', 'args', json_object())
    WHEN label = 'Delete stage' THEN json_object('key', 'history-delete-stage', 'args', json_object())
    WHEN label = 'Add step' THEN json_object('key', 'history-add-step', 'args', json_object())
    WHEN label = 'Rename step' THEN json_object('key', 'history-rename-step', 'args', json_object())
    WHEN label = 'Move step' THEN json_object('key', 'history-move-step', 'args', json_object())
    WHEN label = 'Resize step' THEN json_object('key', 'history-resize-step', 'args', json_object())
    WHEN label = 'Delete step' THEN json_object('key', 'history-delete-step', 'args', json_object())
    WHEN label = 'Add lane' THEN json_object('key', 'history-add-lane', 'args', json_object())
    WHEN label = 'Edit lane' THEN json_object('key', 'history-update-lane', 'args', json_object())
    WHEN label = 'Move lane' THEN json_object('key', 'history-move-lane', 'args', json_object())
    WHEN label = 'Resize lane' THEN json_object('key', 'history-resize-lane', 'args', json_object())
    WHEN label = 'Delete lane' THEN json_object('key', 'history-delete-lane', 'args', json_object())
    WHEN label = 'Add card' THEN json_object('key', 'history-add-card', 'args', json_object())
    WHEN label = 'Edit card' THEN json_object('key', 'history-edit-card', 'args', json_object())
    WHEN label = 'Move card' THEN json_object('key', 'history-move-card', 'args', json_object())
    WHEN label = 'Colour card' THEN json_object('key', 'history-set-card-color', 'args', json_object())
    WHEN label = 'Delete card' THEN json_object('key', 'history-delete-card', 'args', json_object())
    WHEN label = 'Set emotion' THEN json_object('key', 'history-set-emotion', 'args', json_object())
    WHEN label = 'Clear emotion' THEN json_object('key', 'history-clear-emotion', 'args', json_object())
    WHEN label = 'New persona' THEN json_object('key', 'history-create-persona', 'args', json_object())
    WHEN label = 'Edit persona' THEN json_object('key', 'history-update-persona', 'args', json_object())
    WHEN label = 'Delete persona' THEN json_object('key', 'history-delete-persona', 'args', json_object())
    WHEN label = 'Link persona' THEN json_object('key', 'history-link-persona', 'args', json_object())
    WHEN label = 'Unlink persona' THEN json_object('key', 'history-unlink-persona', 'args', json_object())
    WHEN label = 'Add image' THEN json_object('key', 'history-add-image', 'args', json_object())
    WHEN label = 'Several edits' THEN json_object('key', 'history-several-edits', 'args', json_object())
    WHEN label = 'Set channel' THEN json_object('key', 'history-set-channel', 'args', json_object())
    WHEN label = 'Set persona photo' THEN json_object('key', 'history-set-persona-photo', 'args', json_object())
    WHEN label = 'Set card picture' THEN json_object('key', 'history-set-card-picture', 'args', json_object())
    WHEN label = 'Add picture' THEN json_object('key', 'history-add-picture', 'args', json_object())
    WHEN label = 'Move cards' THEN json_object('key', 'history-move-some-cards', 'args', json_object())
    WHEN label GLOB 'Move [0-9]* cards' AND substr(label, 6, length(label) - 11) NOT GLOB '*[^0-9]*'
        THEN json_object('key', 'history-move-cards', 'args', json_object('count', CAST(substr(label, 6, length(label) - 11) AS INTEGER)))
    WHEN label GLOB 'Delete [0-9]* cards' AND substr(label, 8, length(label) - 13) NOT GLOB '*[^0-9]*'
        THEN json_object('key', 'history-delete-cards', 'args', json_object('count', CAST(substr(label, 8, length(label) - 13) AS INTEGER)))
    WHEN label GLOB 'Colour [0-9]* cards' AND substr(label, 8, length(label) - 13) NOT GLOB '*[^0-9]*'
        THEN json_object('key', 'history-colour-cards', 'args', json_object('count', CAST(substr(label, 8, length(label) - 13) AS INTEGER)))
    ELSE json_object('text', label)
END;
"#,
    // 3: a map's own language (empty: the project's) and flow (`auto`: as
    // that language is written; `ltr`, `rtl`).
    r#"
ALTER TABLE maps ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE maps ADD COLUMN flow TEXT NOT NULL DEFAULT 'auto' CHECK (flow IN ('auto', 'ltr', 'rtl'));
"#,
];

/// The schema version this build writes and reads.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Run the migrations after `from` on an open transaction or connection and
/// set `user_version`. The caller owns the transaction.
pub fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    for sql in MIGRATIONS.iter().skip(from.max(0) as usize) {
        conn.execute_batch(sql)?;
    }
    conn.pragma_update(None, "user_version", current_version())?;
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Label;

    #[test]
    fn all_migrations_run_on_an_empty_database_in_one_transaction() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        migrate(&tx, 0).unwrap();
        tx.commit().unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, current_version());
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 11);
        let fk: Vec<String> = conn
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(fk.is_empty());
    }

    #[test]
    fn a_failing_migration_leaves_the_database_as_it_was() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE project (x)").unwrap();
        let tx = conn.transaction().unwrap();
        assert!(migrate(&tx, 0).is_err());
        drop(tx);
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 0);
        let n: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }

    /// Every label older files hold: what `Command::label` and the page's and
    /// the shell's batches wrote before labels were messages.
    const OLD_LABELS: &[&str] = &[
        "Edit project",
        "New map",
        "Duplicate map",
        "Edit map",
        "Move map",
        "Delete map",
        "Add stage",
        "Edit stage",
        "Move stage",
        "Resize stage",
        "Delete stage",
        "Add step",
        "Rename step",
        "Move step",
        "Resize step",
        "Delete step",
        "Add lane",
        "Edit lane",
        "Move lane",
        "Resize lane",
        "Delete lane",
        "Add card",
        "Edit card",
        "Move card",
        "Colour card",
        "Delete card",
        "Set emotion",
        "Clear emotion",
        "New persona",
        "Edit persona",
        "Delete persona",
        "Link persona",
        "Unlink persona",
        "Add image",
        "Several edits",
        "Set channel",
        "Set persona photo",
        "Set card picture",
        "Add picture",
        "Move cards",
        "Move 3 cards",
        "Delete 12 cards",
        "Colour 2 cards",
    ];

    /// A version 1 database with one history row per label.
    fn version_1_with_labels(labels: &[&str]) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        for l in labels {
            conn.execute(
                "INSERT INTO history (label, change, at) VALUES (?1, '{\"ops\":[]}', '2026-12-01T00:00:00Z')",
                [l],
            )
            .unwrap();
        }
        conn
    }

    fn labels(conn: &Connection) -> Vec<String> {
        conn.prepare("SELECT label FROM history ORDER BY seq")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn old_english_history_labels_become_messages_that_read_the_same() {
        let conn = version_1_with_labels(OLD_LABELS);
        migrate(&conn, 1).unwrap();
        for (stored, old) in labels(&conn).iter().zip(OLD_LABELS) {
            let label: Label = serde_json::from_str(stored).unwrap();
            let Label::Message(m) = &label else {
                panic!("{old:?} stayed text: {stored}");
            };
            assert!(
                crate::i18n::has_key(&m.key),
                "{old:?} became unknown key {}",
                m.key
            );
            assert_eq!(label.to_string(), *old, "{stored}");
        }
    }

    #[test]
    fn counted_batch_labels_keep_their_count_as_a_number() {
        let conn = version_1_with_labels(&["Move 3 cards", "Delete 12 cards", "Colour 2 cards"]);
        migrate(&conn, 1).unwrap();
        assert_eq!(
            labels(&conn),
            [
                r#"{"key":"history-move-cards","args":{"count":3}}"#,
                r#"{"key":"history-delete-cards","args":{"count":12}}"#,
                r#"{"key":"history-colour-cards","args":{"count":2}}"#,
            ]
        );
    }

    #[test]
    fn any_other_old_label_is_kept_as_text() {
        let odd = [
            "Two stages",
            "Move many cards",
            "Move 3 cards please",
            "Move -3 cards",
            "Delete  cards",
            "",
            "Say \"hi\" \\ نقشه",
            r#"{"key":"history-add-card"}"#,
        ];
        let conn = version_1_with_labels(&odd);
        migrate(&conn, 1).unwrap();
        for (stored, old) in labels(&conn).iter().zip(odd) {
            let label: Label = serde_json::from_str(stored).unwrap();
            assert_eq!(label, Label::text(old), "{stored}");
        }
    }
}
