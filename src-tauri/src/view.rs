//! What the page receives: the whole project as a flat list of records (on
//! open), then only changes (after each edit). Image bytes are left out; the
//! page loads pictures through the `wmasset:` protocol by id.

use serde::Serialize;
use serde_json::Value;
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
