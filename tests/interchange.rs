//! JSON interchange: export then import is lossless, and foreign or hostile
//! input is refused with a clear reason.

mod common;

use common::*;
use proptest::prelude::*;
use serde_json::{Value, json};
use waymark::interchange::json::{export, import};
use waymark::templates::Template;

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/samples/car-service.json"
    ))
    .expect("sample project")
}

fn refused(text: &str, needle: &str) {
    let err = import(text).expect_err("import should be refused");
    assert_eq!(err.code(), "import_refused", "{err}");
    assert!(
        err.to_string().contains(needle),
        "expected {needle:?} in: {err}"
    );
}

fn edit(f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&sample()).unwrap();
    f(&mut v);
    v.to_string()
}

#[test]
fn the_sample_project_imports_and_round_trips() {
    let doc = import(&sample()).unwrap();
    assert_eq!(doc.maps().len(), 2);
    let once = export(&doc).unwrap();
    let again = export(&import(&once).unwrap()).unwrap();
    assert_eq!(once, again);
    // The future map is derived from the current one and both name the persona.
    let maps = doc.maps();
    assert_eq!(maps[1].derived_from, Some(maps[0].id));
    assert_eq!(maps[0].personas.len(), 1);
}

#[test]
fn the_sample_has_text_in_our_users_scripts() {
    let text = sample();
    for needle in [
        "ə", "ş", "ğ", "ı", "ļ", "ķ", "ņ", "ģ", "є", "ї", "ґ", "نقشه", "\u{200C}",
    ] {
        assert!(text.contains(needle), "sample lacks {needle:?}");
    }
}

#[test]
fn wrong_format_or_version_is_refused() {
    refused(
        &edit(|v| v["format"] = json!("something-else")),
        "not a Waymark project",
    );
    refused(&edit(|v| v["version"] = json!(2)), "update Waymark");
    refused(
        &edit(|v| v["version"] = json!(0)),
        "unsupported format version",
    );
    refused("[1, 2, 3]", "not valid Waymark JSON");
    refused("{not json", "not valid Waymark JSON");
}

#[test]
fn unknown_fields_are_refused() {
    refused(
        &edit(|v| v["maps"][0]["colour_scheme"] = json!("dark")),
        "malformed",
    );
    refused(&edit(|v| v["project"]["owner"] = json!("me")), "malformed");
    refused(
        &edit(|v| v["personas"][0]["shoe_size"] = json!(42)),
        "malformed",
    );
    refused(
        &edit(|v| {
            let cards = v["maps"][0]["cards"].as_array_mut().expect("cards");
            let kpi = cards
                .iter_mut()
                .find(|c| c.get("metric").is_some_and(|m| !m.is_null()))
                .expect("a KPI card");
            kpi["metric"]["baseline"] = json!(1);
        }),
        "malformed",
    );
}

#[test]
fn duplicate_ids_are_refused() {
    refused(
        &edit(|v| {
            let first = v["maps"][0]["cards"][0]["id"].clone();
            v["maps"][0]["cards"][1]["id"] = first;
        }),
        "used twice",
    );
}

#[test]
fn dangling_references_are_refused() {
    refused(
        &edit(|v| v["maps"][0]["cards"][0]["lane"] = json!("0190f0a0-0000-7000-8000-000000000000")),
        "does not hold together",
    );
    refused(
        &edit(|v| v["maps"][0]["personas"] = json!(["0190f0a0-0000-7000-8000-000000000001"])),
        "does not hold together",
    );
    // A card of one map pointing at another map's lane.
    refused(
        &edit(|v| {
            let foreign = v["maps"][1]["lanes"][0]["id"].clone();
            v["maps"][0]["cards"][0]["lane"] = foreign;
        }),
        "another map",
    );
}

#[test]
fn hostile_values_are_refused() {
    refused(
        &edit(|v| v["maps"][0]["cards"][0]["text"] = json!("bell\u{7}")),
        "control character",
    );
    refused(
        &edit(|v| v["maps"][0]["emotions"][0]["value"] = json!(9)),
        "-2..+2",
    );
    refused(
        &edit(|v| v["maps"][0]["stages"][0]["width"] = json!(5_000_000)),
        "stage width",
    );
    refused(
        &edit(|v| v["maps"][0]["stages"][0]["name"] = json!("")),
        "must not be empty",
    );
    refused(
        &edit(|v| v["maps"][0]["cards"][0]["text"] = json!("x".repeat(20_000))),
        "characters long",
    );
    refused(
        &edit(|v| v["project"]["language"] = json!("not a tag!")),
        "language tag",
    );
    refused(
        &edit(|v| {
            let p = v["personas"][0].clone();
            let mut ids = Vec::new();
            for n in 0..6 {
                let mut q = p.clone();
                q["id"] = json!(format!("01900000-0000-7000-8000-0000000009{n:02}"));
                ids.push(q["id"].clone());
                v["personas"].as_array_mut().expect("personas").push(q);
            }
            v["maps"][0]["personas"] = Value::Array(ids);
        }),
        "at most 4 personas",
    );
}

#[test]
fn absurd_sizes_are_refused_before_work() {
    refused(
        &edit(|v| {
            let card = v["maps"][0]["cards"][0].clone();
            let many: Vec<Value> = (0..200_001).map(|_| card.clone()).collect();
            v["maps"][0]["cards"] = Value::Array(many);
        }),
        "too large",
    );
    refused(
        &edit(|v| {
            let stage = v["maps"][0]["stages"][0].clone();
            v["maps"][0]["stages"] = Value::Array(vec![stage; 201]);
        }),
        "too many stages",
    );
}

#[test]
fn broken_images_are_refused() {
    refused(
        &edit(|v| {
            v["images"] = json!([{"id": "0190f0a0-0000-7000-8000-000000000009", "mime": "image/png",
                "width": 1, "height": 1, "data": "aGVsbG8="}]);
        }),
        "image",
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, .. ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_lossless(actions in actions(30)) {
        let (mut doc, _map) = doc_with(Template::Service);
        for a in &actions {
            if let Some(cmd) = resolve(&doc, a) {
                let _ = waymark::apply::apply(&mut doc, &cmd);
            }
        }
        let once = export(&doc).unwrap();
        let back = import(&once).unwrap();
        prop_assert_eq!(export(&back).unwrap(), once);
        // Same records, order keys aside.
        prop_assert_eq!(back.counts(), doc.counts());
        for m in doc.maps() {
            let cols = |d: &waymark::Document| d.columns(m.id).iter().map(|c| (c.stage.id, c.step.map(|s| s.id))).collect::<Vec<_>>();
            prop_assert_eq!(cols(&back), cols(&doc));
            for lane in doc.lanes(m.id) {
                for (stage, step) in cols(&doc) {
                    let ids = |d: &waymark::Document| d.cards_in(lane.id, stage, step).iter().map(|c| c.id).collect::<Vec<_>>();
                    prop_assert_eq!(ids(&back), ids(&doc));
                }
            }
        }
    }
}
