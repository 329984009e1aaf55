//! The page's TypeScript types, generated from the core's serde types with
//! ts-rs, so the page and the core cannot drift apart: the records, the
//! commands, changes, the screen scene, messages and the vocabularies (types
//! and data).
//!
//! `make generate` writes them to `ui/src/lib/generated/`; a test fails while
//! a committed file differs from what the code generates. Each file groups the
//! types of one area and imports what it uses from the others; every type a
//! generated type refers to must itself be generated (a test checks that too).

use crate::change::{Change, Op};
use crate::command::{CardPatch, Command, PersonaPatch};
use crate::i18n::{Arg, Label, Message};
use crate::id::*;
use crate::layout::scene::{
    FontFamily, Limits, Scene, SceneCard, SceneCell, SceneColumn, SceneCurve, SceneLane,
    ScenePoint, SceneStage, Shape, Slot,
};
use crate::model::{
    Asset, Card, CardField, Channel, Color, Date, EmotionPoint, Flow, Lane, LaneHolds, LaneKind,
    Level, Map, MapKind, Metric, Persona, Project, Record, Review, Stage, Step,
};
use crate::templates::Template;
use crate::vocab::{
    CardFieldInfo, ChannelInfo, FlowInfo, LaneKindInfo, LevelInfo, MapKindInfo, TemplateInfo,
    Vocabulary,
};
use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use ts_rs::{Config, TS};

/// Where the generated files go, relative to the repository root.
pub const DIR: &str = "ui/src/lib/generated";

/// One generated file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// File name inside [`DIR`].
    pub name: String,
    /// Its whole text.
    pub text: String,
}

/// One declared type.
struct Decl {
    id: TypeId,
    name: String,
    text: String,
    deps: Vec<(TypeId, String)>,
}

fn decl<T: TS + 'static>(cfg: &Config) -> Decl {
    Decl {
        id: TypeId::of::<T>(),
        name: T::ident(cfg),
        text: format!("{}export {}", T::docs().unwrap_or_default(), T::decl(cfg)),
        deps: T::dependencies(cfg)
            .into_iter()
            .map(|d| (d.type_id, d.ts_name))
            .collect(),
    }
}

/// A group of declarations that make one file, and what it says it holds.
struct Group {
    file: &'static str,
    about: &'static str,
    decls: Vec<Decl>,
    /// Text after the declarations (the vocabulary data).
    tail: String,
}

/// What went wrong while generating (a type left out, an unreadable theme).
pub type GenerateError = String;

fn groups(cfg: &Config) -> Result<Vec<Group>, GenerateError> {
    let vocabulary = Vocabulary::builtin().map_err(|e| e.to_string())?;
    let vocabulary = serde_json::to_string_pretty(&vocabulary).map_err(|e| e.to_string())?;
    Ok(vec![
        Group {
            file: "records.ts",
            about: "The records of a project (src/model/records.rs), as the shell sends them.",
            decls: vec![
                decl::<ProjectId>(cfg),
                decl::<AssetId>(cfg),
                decl::<PersonaId>(cfg),
                decl::<MapId>(cfg),
                decl::<StageId>(cfg),
                decl::<StepId>(cfg),
                decl::<LaneId>(cfg),
                decl::<CardId>(cfg),
                decl::<EmotionId>(cfg),
                decl::<Color>(cfg),
                decl::<Date>(cfg),
                decl::<LaneKind>(cfg),
                decl::<MapKind>(cfg),
                decl::<Flow>(cfg),
                decl::<Channel>(cfg),
                decl::<Level>(cfg),
                decl::<Project>(cfg),
                decl::<Asset>(cfg),
                decl::<Persona>(cfg),
                decl::<Map>(cfg),
                decl::<Stage>(cfg),
                decl::<Step>(cfg),
                decl::<Lane>(cfg),
                decl::<Metric>(cfg),
                decl::<Card>(cfg),
                decl::<EmotionPoint>(cfg),
                decl::<Record>(cfg),
            ],
            tail: String::new(),
        },
        Group {
            file: "messages.ts",
            about: "Sentences by catalog key (src/i18n.rs).",
            decls: vec![decl::<Arg>(cfg), decl::<Message>(cfg), decl::<Label>(cfg)],
            tail: String::new(),
        },
        Group {
            file: "command.ts",
            about: "The commands the page sends to `apply` (src/command.rs).",
            decls: vec![
                decl::<Template>(cfg),
                decl::<CardPatch>(cfg),
                decl::<PersonaPatch>(cfg),
                decl::<Command>(cfg),
            ],
            tail: String::new(),
        },
        Group {
            file: "change.ts",
            about: "What an edit, an undo or a redo did, record by record (src/change.rs).",
            decls: vec![decl::<Op>(cfg), decl::<Change>(cfg)],
            tail: String::new(),
        },
        Group {
            file: "scene.ts",
            about: "A map laid out for the screen (src/layout/scene.rs).",
            decls: vec![
                decl::<FontFamily>(cfg),
                decl::<Shape>(cfg),
                decl::<SceneStage>(cfg),
                decl::<SceneColumn>(cfg),
                decl::<SceneLane>(cfg),
                decl::<SceneCard>(cfg),
                decl::<SceneCurve>(cfg),
                decl::<ScenePoint>(cfg),
                decl::<Slot>(cfg),
                decl::<SceneCell>(cfg),
                decl::<Limits>(cfg),
                decl::<Review>(cfg),
                decl::<Scene>(cfg),
            ],
            tail: String::new(),
        },
        Group {
            file: "vocabulary.ts",
            about: "The vocabularies with their catalog keys, colours and rules (src/vocab.rs).",
            decls: vec![
                decl::<CardField>(cfg),
                decl::<LaneHolds>(cfg),
                decl::<LaneKindInfo>(cfg),
                decl::<ChannelInfo>(cfg),
                decl::<LevelInfo>(cfg),
                decl::<MapKindInfo>(cfg),
                decl::<FlowInfo>(cfg),
                decl::<CardFieldInfo>(cfg),
                decl::<TemplateInfo>(cfg),
                decl::<Vocabulary>(cfg),
            ],
            tail: format!(
                "\n/** The built-in vocabularies, in palette and menu order. */\n\
                 export const VOCABULARY = {vocabulary} as const satisfies Vocabulary;\n"
            ),
        },
    ])
}

/// `text` without spaces at line ends (ts-rs leaves some).
fn trim_lines(text: &str) -> String {
    let mut out: String = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// Every generated file, in name order, with an `index.ts` that re-exports them.
pub fn files() -> Result<Vec<GeneratedFile>, GenerateError> {
    // Numbers in JSON are JavaScript numbers, whatever their Rust width.
    let cfg = Config::new().with_large_int("number");
    let groups = groups(&cfg)?;
    let mut home: HashMap<TypeId, &str> = HashMap::new();
    for g in &groups {
        for d in &g.decls {
            if let Some(other) = home.insert(d.id, g.file) {
                return Err(format!(
                    "{} is generated twice ({other}, {})",
                    d.name, g.file
                ));
            }
        }
    }
    let mut out = Vec::new();
    for g in &groups {
        let mut imports: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for d in &g.decls {
            for (id, name) in &d.deps {
                match home.get(id) {
                    Some(file) if *file == g.file => {}
                    Some(file) => {
                        imports.entry(file).or_default().insert(name);
                    }
                    None => {
                        return Err(format!(
                            "{} uses {name}, which no generated file declares",
                            d.name
                        ));
                    }
                }
            }
        }
        let mut text = format!(
            "// Generated by `make generate` from the Rust core; do not edit.\n// {}\n",
            g.about
        );
        for (file, names) in &imports {
            let names: Vec<&str> = names.iter().copied().collect();
            text.push_str(&format!(
                "import type {{ {} }} from \"./{}\";\n",
                names.join(", "),
                file.trim_end_matches(".ts")
            ));
        }
        for d in &g.decls {
            text.push('\n');
            text.push_str(&d.text);
            text.push('\n');
        }
        text.push_str(&g.tail);
        out.push(GeneratedFile {
            name: g.file.to_string(),
            text: trim_lines(&text),
        });
    }
    let mut index =
        String::from("// Generated by `make generate` from the Rust core; do not edit.\n");
    let mut modules: Vec<&str> = groups.iter().map(|g| g.file).collect();
    modules.sort();
    for m in modules {
        index.push_str(&format!(
            "export * from \"./{}\";\n",
            m.trim_end_matches(".ts")
        ));
    }
    out.push(GeneratedFile {
        name: "index.ts".to_string(),
        text: index,
    });
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Write every generated file under `root` (the repository), removing files
/// in the folder that are no longer generated; returns the names written.
pub fn write(root: &Path) -> Result<Vec<String>, GenerateError> {
    let dir = root.join(DIR);
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    std::fs::create_dir_all(&dir).map_err(io)?;
    let files = files()?;
    for entry in std::fs::read_dir(&dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_file() && !files.iter().any(|f| f.name == name) {
            std::fs::remove_file(&path).map_err(io)?;
        }
    }
    for f in &files {
        std::fs::write(dir.join(&f.name), &f.text).map_err(io)?;
    }
    Ok(files.into_iter().map(|f| f.name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str) -> String {
        files()
            .unwrap()
            .into_iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .text
    }

    #[test]
    fn committed_typescript_matches_the_rust_types() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
        let files = files().expect("generate");
        let mut stale = Vec::new();
        for f in &files {
            let path = dir.join(&f.name);
            if std::fs::read_to_string(&path).ok().as_deref() != Some(f.text.as_str()) {
                stale.push(f.name.clone());
            }
        }
        let extra: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|n| !files.iter().any(|f| &f.name == n))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            stale.is_empty() && extra.is_empty(),
            "the generated TypeScript in {DIR} is stale (differs: {stale:?}; not generated any more: {extra:?}): run `make generate`"
        );
    }

    #[test]
    fn optional_fields_say_absent_or_null_as_the_json_does() {
        let command = file("command.ts");
        // A clearable patch field: absent keeps, null clears.
        assert!(command.contains("channel?: Channel | null"), "{command}");
        // A plain patch field: absent keeps.
        assert!(command.contains("text?: string,"), "{command}");
        // An optional command field that may also be null.
        assert!(command.contains("step?: StepId | null"), "{command}");
        // Fields with defaults may be left out.
        assert!(command.contains("content?: CardPatch"), "{command}");
        assert!(command.contains("template?: Template"), "{command}");
        // Internally tagged.
        assert!(command.contains("\"type\": \"move_card\""), "{command}");
        assert!(command.contains("data: string"), "{command}");
    }

    #[test]
    fn kinds_are_string_literal_unions_and_ids_are_strings() {
        let records = file("records.ts");
        assert!(
            records.contains("export type LaneKind = \"goals\" | \"actions\""),
            "{records}"
        );
        assert!(records.contains("export type MapId = string;"), "{records}");
        assert!(records.contains("export type Rec = "), "{records}");
        assert!(records.contains("& CardRec"), "{records}");
        assert!(records.contains("data?: string"), "{records}");
        let scene = file("scene.ts");
        assert!(
            scene.contains("export type FontFamily = \"sans\" | \"arabic\";"),
            "{scene}"
        );
        assert!(scene.contains("import type {"), "{scene}");
    }

    #[test]
    fn the_vocabulary_is_exported_as_constant_data() {
        let v = file("vocabulary.ts");
        assert!(v.contains("export const VOCABULARY = {"), "{v}");
        assert!(
            v.contains("\"label_key\": \"lane-kind-pain-points\""),
            "{v}"
        );
        assert!(
            v.trim_end().ends_with("} as const satisfies Vocabulary;"),
            "{v}"
        );
    }

    #[test]
    fn the_index_re_exports_every_file() {
        let index = file("index.ts");
        for f in files().unwrap() {
            if f.name != "index.ts" {
                let module = f.name.trim_end_matches(".ts");
                assert!(index.contains(&format!("\"./{module}\"")), "{module}");
            }
        }
    }
}
