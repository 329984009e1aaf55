//! Records to rows and back. One table per record type; each record type lists
//! its columns once, and the same list builds INSERT, UPDATE and SELECT.

use crate::change::Op;
use crate::error::{Error, FileProblem, Result, record as record_of};
use crate::i18n::{Message, escaped};
use crate::id::*;
use crate::model::*;
use crate::msg;
use rusqlite::types::Value;
use rusqlite::{Connection, Row};
use std::str::FromStr;

const PROJECT: &[&str] = &["id", "title", "description", "language"];
const ASSET: &[&str] = &["id", "mime", "width", "height", "data"];
const PERSONA: &[&str] = &[
    "id",
    "name",
    "photo_id",
    "quote",
    "age",
    "gender",
    "occupation",
    "income",
    "family",
    "education",
    "region",
    "frequency",
    "decision_time",
    "triggers",
    "\"values\"",
    "lifestyle",
    "goals",
    "motivations",
    "frustrations",
    "segment",
];
const MAP: &[&str] = &[
    "id",
    "title",
    "scenario",
    "business_goal",
    "kind",
    "last_reviewed",
    "derived_from",
    "sort_key",
    "language",
    "flow",
];
const STAGE: &[&str] = &[
    "id",
    "map_id",
    "name",
    "description",
    "sort_key",
    "width",
    "color",
];
const STEP: &[&str] = &["id", "map_id", "stage_id", "name", "sort_key", "width"];
const LANE: &[&str] = &[
    "id", "map_id", "kind", "name", "sort_key", "height", "color",
];
const CARD: &[&str] = &[
    "id",
    "map_id",
    "stage_id",
    "step_id",
    "lane_id",
    "sort_key",
    "text",
    "color",
    "channel",
    "severity",
    "impact",
    "effort",
    "metric_name",
    "metric_unit",
    "metric_current",
    "metric_target",
    "owner",
    "image_id",
    "alt",
];
const EMOTION: &[&str] = &[
    "id", "map_id", "lane_id", "stage_id", "step_id", "value", "critical", "note",
];

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}
fn id(u: impl ToString) -> Value {
    Value::Text(u.to_string())
}
fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    v.map_or(Value::Null, f)
}
fn list(items: &[String]) -> Value {
    Value::Text(serde_json::to_string(items).unwrap_or_else(|_| "[]".into()))
}

/// The table and column values of a record.
fn row_of(record: &Record) -> (&'static str, &'static [&'static str], Vec<Value>) {
    match record {
        Record::Project(p) => (
            "project",
            PROJECT,
            vec![
                id(p.id),
                text(&p.title),
                text(&p.description),
                text(&p.language),
            ],
        ),
        Record::Asset(a) => (
            "assets",
            ASSET,
            vec![
                id(a.id),
                text(&a.mime),
                Value::Integer(a.width.into()),
                Value::Integer(a.height.into()),
                Value::Blob(a.data.clone()),
            ],
        ),
        Record::Persona(p) => (
            "personas",
            PERSONA,
            vec![
                id(p.id),
                text(&p.name),
                opt(p.photo, id),
                text(&p.quote),
                text(&p.age),
                text(&p.gender),
                text(&p.occupation),
                text(&p.income),
                text(&p.family),
                text(&p.education),
                text(&p.region),
                text(&p.frequency),
                text(&p.decision_time),
                text(&p.triggers),
                text(&p.values),
                text(&p.lifestyle),
                list(&p.goals),
                list(&p.motivations),
                list(&p.frustrations),
                text(&p.segment),
            ],
        ),
        Record::Map(m) => (
            "maps",
            MAP,
            vec![
                id(m.id),
                text(&m.title),
                text(&m.scenario),
                text(&m.business_goal),
                text(m.kind.as_str()),
                opt(m.last_reviewed.as_ref(), |d| text(d.as_str())),
                opt(m.derived_from, id),
                text(&m.key),
                text(&m.language),
                text(m.flow.as_str()),
            ],
        ),
        Record::Stage(s) => (
            "stages",
            STAGE,
            vec![
                id(s.id),
                id(s.map),
                text(&s.name),
                text(&s.description),
                text(&s.key),
                Value::Integer(s.width.into()),
                opt(s.color.as_ref(), |c| text(c.as_str())),
            ],
        ),
        Record::Step(s) => (
            "steps",
            STEP,
            vec![
                id(s.id),
                id(s.map),
                id(s.stage),
                text(&s.name),
                text(&s.key),
                Value::Integer(s.width.into()),
            ],
        ),
        Record::Lane(l) => (
            "lanes",
            LANE,
            vec![
                id(l.id),
                id(l.map),
                text(l.kind.as_str()),
                text(&l.name),
                text(&l.key),
                Value::Integer(l.height.into()),
                opt(l.color.as_ref(), |c| text(c.as_str())),
            ],
        ),
        Record::Card(c) => {
            let m = c.metric.as_ref();
            (
                "cards",
                CARD,
                vec![
                    id(c.id),
                    id(c.map),
                    id(c.stage),
                    opt(c.step, id),
                    id(c.lane),
                    text(&c.key),
                    text(&c.text),
                    opt(c.color.as_ref(), |c| text(c.as_str())),
                    opt(c.channel, |v| text(v.as_str())),
                    opt(c.severity, |v| text(v.as_str())),
                    opt(c.impact, |v| text(v.as_str())),
                    opt(c.effort, |v| text(v.as_str())),
                    opt(m, |m| text(&m.name)),
                    opt(m, |m| text(&m.unit)),
                    opt(m.and_then(|m| m.current), Value::Real),
                    opt(m.and_then(|m| m.target), Value::Real),
                    text(&c.owner),
                    opt(c.image, id),
                    text(&c.alt),
                ],
            )
        }
        Record::Emotion(e) => (
            "emotion_points",
            EMOTION,
            vec![
                id(e.id),
                id(e.map),
                id(e.lane),
                id(e.stage),
                opt(e.step, id),
                Value::Integer(e.value.into()),
                Value::Integer(e.critical.into()),
                text(&e.note),
            ],
        ),
    }
}

fn table_of(rid: RecordId) -> &'static str {
    match rid {
        RecordId::Project(_) => "project",
        RecordId::Asset(_) => "assets",
        RecordId::Persona(_) => "personas",
        RecordId::Map(_) => "maps",
        RecordId::Stage(_) => "stages",
        RecordId::Step(_) => "steps",
        RecordId::Lane(_) => "lanes",
        RecordId::Card(_) => "cards",
        RecordId::Emotion(_) => "emotion_points",
    }
}

/// Insert a record as a new row.
pub fn insert(conn: &Connection, record: &Record) -> Result<()> {
    let (table, cols, values) = row_of(record);
    let marks = (1..=cols.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("INSERT INTO {table} ({}) VALUES ({marks})", cols.join(", "));
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    if let Record::Map(m) = record {
        write_links(conn, m)?;
    }
    Ok(())
}

/// Rewrite the row of an existing record.
pub fn update(conn: &Connection, record: &Record) -> Result<()> {
    let (table, cols, values) = row_of(record);
    let sets = cols
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, c)| format!("{c} = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("UPDATE {table} SET {sets} WHERE id = ?1");
    let n = conn
        .prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    if n != 1 {
        return Err(Error::HistoryMismatch(msg!(
            "problem-row-missing",
            record = record_of(record.id())
        )));
    }
    if let Record::Map(m) = record {
        write_links(conn, m)?;
    }
    Ok(())
}

/// Delete the row of a record.
pub fn delete(conn: &Connection, rid: RecordId) -> Result<()> {
    if let RecordId::Map(m) = rid {
        conn.prepare_cached("DELETE FROM map_personas WHERE map_id = ?1")?
            .execute([m.to_string()])?;
    }
    let sql = format!("DELETE FROM {} WHERE id = ?1", table_of(rid));
    let n = conn
        .prepare_cached(&sql)?
        .execute([rid.uuid().to_string()])?;
    if n != 1 {
        return Err(Error::HistoryMismatch(msg!(
            "problem-row-missing",
            record = record_of(rid)
        )));
    }
    Ok(())
}

fn write_links(conn: &Connection, m: &Map) -> Result<()> {
    conn.prepare_cached("DELETE FROM map_personas WHERE map_id = ?1")?
        .execute([m.id.to_string()])?;
    let mut ins = conn.prepare_cached(
        "INSERT INTO map_personas (map_id, persona_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (i, p) in m.personas.iter().enumerate() {
        ins.execute(rusqlite::params![m.id.to_string(), p.to_string(), i as i64])?;
    }
    Ok(())
}

/// Write one op of a change.
pub fn write_op(conn: &Connection, op: &Op) -> Result<()> {
    match op {
        Op::Add { record } => insert(conn, record),
        Op::Update { to, .. } => update(conn, to),
        Op::Remove { record } => delete(conn, record.id()),
    }
}

// ----- reading -----

fn corrupt(problem: Message) -> Error {
    Error::Invalid(problem)
}

fn get_id<T: FromStr>(row: &Row<'_>, i: usize) -> Result<T> {
    let s: String = row.get(i)?;
    s.parse()
        .map_err(|_| corrupt(msg!("problem-bad-id", value = escaped(&s))))
}
fn get_opt_id<T: FromStr>(row: &Row<'_>, i: usize) -> Result<Option<T>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| {
        s.parse()
            .map_err(|_| corrupt(msg!("problem-bad-id", value = escaped(&s))))
    })
    .transpose()
}
fn get_vocab<T>(row: &Row<'_>, i: usize, parse: fn(&str) -> Option<T>) -> Result<T> {
    let s: String = row.get(i)?;
    parse(&s).ok_or_else(|| corrupt(msg!("problem-unknown-value", value = escaped(&s))))
}
fn get_opt_vocab<T>(row: &Row<'_>, i: usize, parse: fn(&str) -> Option<T>) -> Result<Option<T>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| parse(&s).ok_or_else(|| corrupt(msg!("problem-unknown-value", value = escaped(&s)))))
        .transpose()
}
fn get_color(row: &Row<'_>, i: usize) -> Result<Option<Color>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| Color::parse(&s)).transpose()
}
fn get_u32(row: &Row<'_>, i: usize) -> Result<u32> {
    let v: i64 = row.get(i)?;
    u32::try_from(v).map_err(|_| corrupt(msg!("problem-out-of-range", value = v)))
}
fn get_list(row: &Row<'_>, i: usize) -> Result<Vec<String>> {
    let s: String = row.get(i)?;
    serde_json::from_str(&s).map_err(|_| corrupt(msg!("problem-bad-persona-list")))
}

fn read_table<T>(
    conn: &Connection,
    table: &str,
    cols: &[&str],
    f: impl Fn(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let sql = format!("SELECT {} FROM {table}", cols.join(", "));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(f(row)?);
    }
    Ok(out)
}

/// Read every row into a document and check it as a whole.
pub fn load(conn: &Connection, path: &std::path::Path) -> Result<Document> {
    let bad = |e: Error| match e {
        Error::Storage(e) => storage_problem(path, e),
        other => Error::file(path, FileProblem::Corrupt(other.message())),
    };
    load_inner(conn).map_err(bad)
}

/// Tell a damaged file from a failing disk.
pub fn storage_problem(path: &std::path::Path, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseCorrupt) => Error::file(path, FileProblem::corrupt(e.to_string())),
        Some(C::NotADatabase) => Error::file(path, FileProblem::NotWaymark),
        Some(C::DatabaseBusy | C::DatabaseLocked) => Error::file(path, FileProblem::Locked),
        Some(
            C::CannotOpen | C::PermissionDenied | C::ReadOnly | C::DiskFull | C::SystemIoFailure,
        ) => Error::file(
            path,
            FileProblem::Io(crate::msg!("problem-system", detail = e.to_string())),
        ),
        _ => Error::file(path, FileProblem::corrupt(e.to_string())),
    }
}

fn load_inner(conn: &Connection) -> Result<Document> {
    let mut projects = read_table(conn, "project", PROJECT, |r| {
        Ok(Project {
            id: get_id(r, 0)?,
            title: r.get(1)?,
            description: r.get(2)?,
            language: r.get(3)?,
        })
    })?;
    if projects.len() != 1 {
        return Err(corrupt(msg!(
            "problem-project-rows",
            count = projects.len()
        )));
    }
    let mut doc = Document::new(projects.remove(0));
    let mut records: Vec<Record> = Vec::new();
    records.extend(
        read_table(conn, "assets", ASSET, |r| {
            Ok(Asset {
                id: get_id(r, 0)?,
                mime: r.get(1)?,
                width: get_u32(r, 2)?,
                height: get_u32(r, 3)?,
                data: r.get(4)?,
            })
        })?
        .into_iter()
        .map(Record::Asset),
    );
    records.extend(
        read_table(conn, "personas", PERSONA, |r| {
            Ok(Persona {
                id: get_id(r, 0)?,
                name: r.get(1)?,
                photo: get_opt_id(r, 2)?,
                quote: r.get(3)?,
                age: r.get(4)?,
                gender: r.get(5)?,
                occupation: r.get(6)?,
                income: r.get(7)?,
                family: r.get(8)?,
                education: r.get(9)?,
                region: r.get(10)?,
                frequency: r.get(11)?,
                decision_time: r.get(12)?,
                triggers: r.get(13)?,
                values: r.get(14)?,
                lifestyle: r.get(15)?,
                goals: get_list(r, 16)?,
                motivations: get_list(r, 17)?,
                frustrations: get_list(r, 18)?,
                segment: r.get(19)?,
            })
        })?
        .into_iter()
        .map(Record::Persona),
    );
    let mut links: Vec<(MapId, PersonaId)> = Vec::new();
    {
        let mut stmt =
            conn.prepare("SELECT map_id, persona_id FROM map_personas ORDER BY map_id, position")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            links.push((get_id(r, 0)?, get_id(r, 1)?));
        }
    }
    records.extend(
        read_table(conn, "maps", MAP, |r| {
            let id: MapId = get_id(r, 0)?;
            Ok(Map {
                id,
                title: r.get(1)?,
                scenario: r.get(2)?,
                business_goal: r.get(3)?,
                kind: get_vocab(r, 4, MapKind::parse)?,
                last_reviewed: r
                    .get::<_, Option<String>>(5)?
                    .map(|d| Date::parse(&d))
                    .transpose()?,
                derived_from: get_opt_id(r, 6)?,
                personas: links
                    .iter()
                    .filter(|(m, _)| *m == id)
                    .map(|(_, p)| *p)
                    .collect(),
                key: r.get(7)?,
                language: r.get(8)?,
                flow: get_vocab(r, 9, Flow::parse)?,
            })
        })?
        .into_iter()
        .map(Record::Map),
    );
    records.extend(
        read_table(conn, "stages", STAGE, |r| {
            Ok(Stage {
                id: get_id(r, 0)?,
                map: get_id(r, 1)?,
                name: r.get(2)?,
                description: r.get(3)?,
                key: r.get(4)?,
                width: get_u32(r, 5)?,
                color: get_color(r, 6)?,
            })
        })?
        .into_iter()
        .map(Record::Stage),
    );
    records.extend(
        read_table(conn, "steps", STEP, |r| {
            Ok(Step {
                id: get_id(r, 0)?,
                map: get_id(r, 1)?,
                stage: get_id(r, 2)?,
                name: r.get(3)?,
                key: r.get(4)?,
                width: get_u32(r, 5)?,
            })
        })?
        .into_iter()
        .map(Record::Step),
    );
    records.extend(
        read_table(conn, "lanes", LANE, |r| {
            Ok(Lane {
                id: get_id(r, 0)?,
                map: get_id(r, 1)?,
                kind: get_vocab(r, 2, LaneKind::parse)?,
                name: r.get(3)?,
                key: r.get(4)?,
                height: get_u32(r, 5)?,
                color: get_color(r, 6)?,
            })
        })?
        .into_iter()
        .map(Record::Lane),
    );
    records.extend(
        read_table(conn, "cards", CARD, |r| {
            let metric_name: Option<String> = r.get(12)?;
            Ok(Card {
                id: get_id(r, 0)?,
                map: get_id(r, 1)?,
                stage: get_id(r, 2)?,
                step: get_opt_id(r, 3)?,
                lane: get_id(r, 4)?,
                key: r.get(5)?,
                text: r.get(6)?,
                color: get_color(r, 7)?,
                channel: get_opt_vocab(r, 8, Channel::parse)?,
                severity: get_opt_vocab(r, 9, Level::parse)?,
                impact: get_opt_vocab(r, 10, Level::parse)?,
                effort: get_opt_vocab(r, 11, Level::parse)?,
                metric: match metric_name {
                    Some(name) => Some(Metric {
                        name,
                        unit: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                        current: r.get(14)?,
                        target: r.get(15)?,
                    }),
                    None => None,
                },
                owner: r.get(16)?,
                image: get_opt_id(r, 17)?,
                alt: r.get(18)?,
            })
        })?
        .into_iter()
        .map(Record::Card),
    );
    records.extend(
        read_table(conn, "emotion_points", EMOTION, |r| {
            let value: i64 = r.get(5)?;
            Ok(EmotionPoint {
                id: get_id(r, 0)?,
                map: get_id(r, 1)?,
                lane: get_id(r, 2)?,
                stage: get_id(r, 3)?,
                step: get_opt_id(r, 4)?,
                value: i8::try_from(value)
                    .map_err(|_| corrupt(msg!("problem-emotion-range", value = value)))?,
                critical: r.get::<_, i64>(6)? != 0,
                note: r.get(7)?,
            })
        })?
        .into_iter()
        .map(Record::Emotion),
    );
    for record in records {
        doc.insert(record)?;
    }
    doc.validate()?;
    Ok(doc)
}
