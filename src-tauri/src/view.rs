//! What the page receives: the whole project as a flat list of records (on
//! open), then only changes (after each edit), and a map's scene. Image bytes
//! are left out; the page loads pictures through the `wmasset:` protocol by
//! id. The bottom of the shell: it uses only the core.

use serde::Serialize;
use serde_json::Value;
use waymark::id::MapId;
use waymark::layout::scene::Scene;
use waymark::session::HistoryState;
use waymark::{Change, Session};

/// The open project as the page first sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    /// Full path of the project file.
    pub path: String,
    /// File name, for the window title.
    pub file_name: String,
    /// Every record, parents before children, in the core's JSON shape.
    pub records: Vec<Value>,
    /// What undo and redo would do.
    pub history: HistoryState,
}

/// The outcome of an edit, undo or redo.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    /// Record-level changes to patch the page's copy with.
    pub change: Value,
    /// What undo and redo would do now.
    pub history: HistoryState,
}

/// A map's scene handed to the page together with the project.
#[derive(Debug, Clone, Serialize)]
pub struct FirstScene {
    /// The map it draws: the first in display order.
    pub map: MapId,
    /// What `map_scene` would return for it.
    pub scene: Scene,
}

/// The user's local date: whether a map is due for review is judged on the
/// day the user sees it, on screen and in exports (UTC when the system has
/// no time zone).
pub fn local_today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// Drop image bytes from a serialised record or change.
fn strip_asset_data(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("asset") {
                map.remove("data");
            }
            map.values_mut().for_each(strip_asset_data);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_asset_data),
        _ => {}
    }
}

/// Build the snapshot of a session.
pub fn snapshot(session: &Session) -> Result<Snapshot, waymark::Error> {
    let records = session
        .doc()
        .records()
        .map(|r| {
            let mut v = serde_json::to_value(&r).unwrap_or(Value::Null);
            strip_asset_data(&mut v);
            v
        })
        .collect();
    let path = session.path();
    Ok(Snapshot {
        path: path.display().to_string(),
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        records,
        history: session.history()?,
    })
}

/// Build the page's view of a change.
pub fn applied(session: &Session, change: &Change) -> Result<Applied, waymark::Error> {
    let mut v = serde_json::to_value(change).unwrap_or(Value::Null);
    strip_asset_data(&mut v);
    Ok(Applied {
        change: v,
        history: session.history()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_bytes_never_reach_the_page() {
        let mut v = serde_json::json!({"ops": [{"op": "add", "record": {"type": "asset", "id": "x", "data": "AAAA"}},
            {"op": "add", "record": {"type": "card", "id": "y", "text": "data"}}]});
        strip_asset_data(&mut v);
        assert!(v["ops"][0]["record"].get("data").is_none());
        assert_eq!(v["ops"][1]["record"]["text"], "data");
    }
}
