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
}
