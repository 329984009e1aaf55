//! Edit and open speed of the project file, each next to a baseline measured
//! in the same run:
//!
//! - apply + commit of a card edit on a 5,000-card project, against a bare
//!   rusqlite single-row `UPDATE` commit with the same pragmas (rollback
//!   journal, `synchronous = FULL`, exclusive locking); and, for the record,
//!   the same edit with WAL plus a checkpoint after every commit (the other
//!   journal mode that keeps a copied file complete);
//! - open of a 10,000-card project (check, load, build the model), against a
//!   plain read of the same rows with no model built.
//!
//! Criterion gives the headline numbers; a second pass times single edits to
//! print p50/p99 and the ratios. Run with `cargo bench --bench store`.
//! Targets: edit p99 <= 4 ms and within 2x of the bare commit; open <= 150 ms
//! and within 3x of the plain read.

#[path = "../tests/export_fixtures.rs"]
mod fixtures;

use criterion::Criterion;
use rusqlite::Connection;
use std::path::Path;
use std::time::{Duration, Instant};
use waymark::command::{CardPatch, Command};
use waymark::id::CardId;
use waymark::{Document, Session};

/// 25 stages x 10 card lanes x 20 cards = 5,000 cards (plus one emotion lane).
fn doc_5k() -> Document {
    fixtures::big_doc(25, 11, 20).0
}

/// 50 stages x 10 card lanes x 20 cards = 10,000 cards.
fn doc_10k() -> Document {
    fixtures::big_doc(50, 11, 20).0
}

fn card_ids(doc: &Document) -> Vec<CardId> {
    doc.records()
        .filter_map(|r| match r {
            waymark::model::Record::Card(c) => Some(c.id),
            _ => None,
        })
        .collect()
}

/// The edit a user makes most: retype a card's text.
fn edit(card: CardId, i: u64) -> Command {
    Command::EditCard {
        card,
        patch: CardPatch {
            text: Some(format!("Compares prices of three garages ({i})")),
            ..CardPatch::default()
        },
    }
}

/// A bare database with one table like `cards` and the project file's pragmas.
fn bare_db(path: &Path, journal: &str) -> Connection {
    let conn = Connection::open(path).expect("bare db");
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
        .expect("locking");
    conn.pragma_update(None, "journal_mode", journal)
        .expect("journal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("sync");
    conn.execute_batch(
        "CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL);
         INSERT INTO t VALUES ('card', 'start');",
    )
    .expect("table");
    conn
}

fn bare_commit(conn: &mut Connection, i: u64) {
    let tx = conn.transaction().expect("tx");
    tx.prepare_cached("UPDATE t SET text = ?1 WHERE id = 'card'")
        .expect("prepare")
        .execute([format!("Compares prices of three garages ({i})")])
        .expect("update");
    tx.commit().expect("commit");
}

/// Read every row of every table of a project file, as a program would that
/// only wanted the data: no checks, no model.
fn plain_read(path: &Path) -> usize {
    let conn = Connection::open(path).expect("open");
    let mut n = 0;
    for table in [
        "project",
        "assets",
        "personas",
        "maps",
        "map_personas",
        "stages",
        "steps",
        "lanes",
        "cards",
        "emotion_points",
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table}"))
            .expect("select");
        let cols = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        while let Some(row) = rows.next().expect("row") {
            for c in 0..cols {
                let v: rusqlite::types::Value = row.get(c).expect("value");
                std::hint::black_box(v);
            }
            n += 1;
        }
    }
    n
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");

    // Edit: a 5,000-card project.
    let doc = doc_5k();
    let cards = card_ids(&doc);
    assert_eq!(cards.len(), 5000, "the edit benchmark wants 5,000 cards");
    let mut session = Session::create(&dir.path().join("edit.waymark"), doc).expect("create");
    let mut bare = bare_db(&dir.path().join("bare.sqlite"), "DELETE");
    let mut wal = bare_db(&dir.path().join("wal.sqlite"), "WAL");

    // Open: a 10,000-card project.
    let open_path = dir.path().join("open.waymark");
    drop(Session::create(&open_path, doc_10k()).expect("create 10k"));

    let mut c = Criterion::default().configure_from_args();
    let mut i = 0u64;
    c.bench_function("edit card: apply + commit (5k cards)", |b| {
        b.iter(|| {
            i += 1;
            session
                .apply(&edit(cards[(i as usize * 37) % cards.len()], i))
                .expect("edit")
        })
    });
    c.bench_function("baseline: bare rusqlite commit", |b| {
        b.iter(|| {
            i += 1;
            bare_commit(&mut bare, i)
        })
    });
    c.bench_function("open 10k-card project", |b| {
        b.iter(|| Session::open(&open_path).expect("open"))
    });
    c.bench_function("baseline: plain read of the same rows", |b| {
        b.iter(|| plain_read(&open_path))
    });
    c.final_summary();

    // Percentiles from single timed operations, interleaved (edit, bare
    // commit, WAL commit, edit...) so that all three see the same machine:
    // a busy neighbour or a slow fsync hits them alike.
    let mut edits = Vec::new();
    let mut commits = Vec::new();
    let mut wal_commits = Vec::new();
    for i in 0..1000u64 {
        let t = Instant::now();
        session
            .apply(&edit(cards[(i as usize * 37) % cards.len()], i + 1_000_000))
            .expect("edit");
        edits.push(t.elapsed());
        let t = Instant::now();
        bare_commit(&mut bare, i + 1_000_000);
        commits.push(t.elapsed());
        let t = Instant::now();
        bare_commit(&mut wal, i);
        wal.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .expect("checkpoint");
        wal_commits.push(t.elapsed());
    }
    edits.sort();
    commits.sort();
    wal_commits.sort();
    let mut opens = Vec::new();
    let mut reads = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        drop(Session::open(&open_path).expect("open"));
        opens.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(plain_read(&open_path));
        reads.push(t.elapsed());
    }
    opens.sort();
    reads.sort();

    let (e50, e99) = (percentile(&edits, 0.5), percentile(&edits, 0.99));
    let (b50, b99) = (percentile(&commits, 0.5), percentile(&commits, 0.99));
    let (w50, w99) = (
        percentile(&wal_commits, 0.5),
        percentile(&wal_commits, 0.99),
    );
    let (o50, r50) = (percentile(&opens, 0.5), percentile(&reads, 0.5));
    println!();
    println!("| measurement | median | p99 |");
    println!("|---|---|---|");
    println!(
        "| edit card, apply + commit (5k cards) | {:.3} ms | {:.3} ms |",
        ms(e50),
        ms(e99)
    );
    println!(
        "| baseline: bare commit, rollback journal + FULL | {:.3} ms | {:.3} ms |",
        ms(b50),
        ms(b99)
    );
    println!(
        "| for the record: bare commit, WAL + checkpoint | {:.3} ms | {:.3} ms |",
        ms(w50),
        ms(w99)
    );
    println!(
        "| open 10k-card project | {:.1} ms | {:.1} ms |",
        ms(o50),
        ms(percentile(&opens, 0.99))
    );
    println!(
        "| baseline: plain read of the same rows | {:.1} ms | {:.1} ms |",
        ms(r50),
        ms(percentile(&reads, 0.99))
    );
    println!();
    println!(
        "edit/bare commit (median): {:.2}x (target <= 2x); edit p99 {:.3} ms (target <= 4 ms)",
        ms(e50) / ms(b50),
        ms(e99)
    );
    println!(
        "open/plain read (median): {:.2}x (target <= 3x); open {:.1} ms (target <= 150 ms)",
        ms(o50) / ms(r50),
        ms(o50)
    );
}
