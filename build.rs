//! Build step of the core: every message catalog must parse. The catalogs
//! are compiled into the program (`src/i18n.rs`); at run time a broken entry
//! would only be dropped and its key fall back to English, so a broken
//! `.ftl` file fails the build here instead, naming the file and the line.

use std::path::Path;

fn main() {
    let root = Path::new("assets/locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut broken = Vec::new();
    let Ok(langs) = std::fs::read_dir(root) else {
        panic!("no catalogs at {}", root.display());
    };
    for lang in langs.flatten() {
        let Ok(files) = std::fs::read_dir(lang.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            println!("cargo::rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    broken.push(format!("{}:{line}: {:?}", path.display(), e.kind));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "message catalogs that do not parse:\n{}",
        broken.join("\n")
    );
}
