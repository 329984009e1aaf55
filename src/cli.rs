//! The `waymark` command line: create, inspect and edit project files, and move
//! projects in and out as JSON. Every subcommand is a few lines over
//! [`Session`]; errors print as one line on stderr with a non-zero exit code.

use crate::command::Command;
use crate::error::{Error, FileProblem, Result};
use crate::i18n::escaped;
use crate::interchange::json;
use crate::model::Document;
use crate::session::Session;
use crate::store::schema;
use crate::templates::Template;
use crate::{invalid, msg};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Waymark: customer journey maps in one local file.
#[derive(Parser, Debug)]
#[command(name = "waymark", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Subcommand, Debug)]
enum Sub {
    /// Create a new project file with one map from a template.
    New {
        /// The `.waymark` file to create (must not exist).
        file: PathBuf,
        /// Template: blank, b2c, b2b or service.
        #[arg(long, default_value = "blank", value_parser = parse_template)]
        template: Template,
        /// Project and map title (the template's when left out).
        #[arg(long)]
        title: Option<String>,
        /// The project's language (BCP 47: en, az, fa, tr, uk, lv); the
        /// template's stages, lanes and cards are written in it.
        #[arg(long, default_value = "")]
        lang: String,
    },
    /// Show what a project holds: maps, stages, lanes, cards, schema version.
    Info {
        /// The `.waymark` file.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Apply a JSON array of commands, in order, each its own undo step.
    Apply {
        /// The `.waymark` file.
        file: PathBuf,
        /// A JSON file holding an array of commands (or one command).
        commands: PathBuf,
    },
    /// Take back the last edit.
    Undo {
        /// The `.waymark` file.
        file: PathBuf,
    },
    /// Apply the last undone edit again.
    Redo {
        /// The `.waymark` file.
        file: PathBuf,
    },
    /// Create a project file from a Waymark JSON file.
    Import {
        /// The JSON file.
        input: PathBuf,
        /// The `.waymark` file to create (must not exist).
        output: PathBuf,
    },
    /// Write a project out as PDF, PNG or JSON.
    Export {
        /// The `.waymark` file.
        file: PathBuf,
        /// Output file; its extension picks the format (`.pdf`, `.png`, `.json`).
        output: PathBuf,
        /// Export only this map (its id, as `waymark info --json` shows).
        #[arg(long, conflicts_with = "all")]
        map: Option<String>,
        /// Export every map (the PDF default; a PNG shows one map).
        #[arg(long)]
        all: bool,
        /// PDF paper: a4, a3, letter, tabloid or fit (one page the size of the map).
        #[arg(long, default_value = "fit", value_parser = parse_page)]
        page: crate::export::PageSize,
        /// PDF: landscape paper.
        #[arg(long)]
        landscape: bool,
        /// PDF: print at full size across several overlapping pages.
        #[arg(long)]
        poster: bool,
        /// PNG: pixels per layout unit, 1 to 4.
        #[arg(long, default_value_t = 2.0)]
        scale: f32,
        /// PNG: transparent background.
        #[arg(long)]
        transparent: bool,
    },
}

fn parse_page(s: &str) -> std::result::Result<crate::export::PageSize, String> {
    crate::export::PageSize::parse(s)
        .ok_or_else(|| format!("unknown page size {s:?} (a4, a3, letter, tabloid, fit)"))
}

fn parse_template(s: &str) -> std::result::Result<Template, String> {
    Template::parse(s).ok_or_else(|| format!("unknown template {s:?} (blank, b2c, b2b, service)"))
}

/// Run the command line and turn the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("waymark: {}", e.to_string().replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        let problem = match e.kind() {
            std::io::ErrorKind::NotFound => FileProblem::Missing,
            std::io::ErrorKind::InvalidData => FileProblem::Io(msg!("problem-not-utf8")),
            _ => FileProblem::io(&e),
        };
        Error::file(path, problem)
    })
}

/// Run one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Sub::New {
            file,
            template,
            title,
            lang,
        } => {
            let s = Session::create_from_template(&file, template, title, &lang)?;
            println!("created {}", s.path().display());
            Ok(())
        }
        Sub::Info { file, json } => {
            let s = Session::open(&file)?;
            let history = s.history()?;
            if json {
                let v = info_json(s.doc(), &history);
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            } else {
                print!("{}", info_text(s.doc(), &file, &history));
            }
            Ok(())
        }
        Sub::Apply { file, commands } => {
            let text = read_text(&commands)?;
            let commands = parse_commands(&text).map_err(|e| {
                invalid!(
                    "problem-commands-unreadable",
                    path = commands.display().to_string(),
                    detail = e.to_string()
                )
            })?;
            let mut s = Session::open(&file)?;
            let total = commands.len();
            for (i, c) in commands.iter().enumerate() {
                s.apply(c).map_err(|e| {
                    invalid!(
                        "problem-command-failed",
                        number = i + 1,
                        total = total,
                        command = c.label(),
                        applied = i,
                        problem = e.message()
                    )
                })?;
            }
            println!(
                "applied {total} command{}",
                if total == 1 { "" } else { "s" }
            );
            Ok(())
        }
        Sub::Undo { file } => {
            let mut s = Session::open(&file)?;
            let label = s.history()?.undo;
            match s.undo()? {
                Some(_) => println!(
                    "undid: {}",
                    label.map(|l| l.to_string()).unwrap_or_default()
                ),
                None => println!("nothing to undo"),
            }
            Ok(())
        }
        Sub::Redo { file } => {
            let mut s = Session::open(&file)?;
            let label = s.history()?.redo;
            match s.redo()? {
                Some(_) => println!(
                    "redid: {}",
                    label.map(|l| l.to_string()).unwrap_or_default()
                ),
                None => println!("nothing to redo"),
            }
            Ok(())
        }
        Sub::Import { input, output } => {
            let text = read_text(&input)?;
            let doc = json::import(&text)?;
            let s = Session::create(&output, doc)?;
            println!("imported {} into {}", input.display(), s.path().display());
            Ok(())
        }
        Sub::Export {
            file,
            output,
            map,
            all,
            page,
            landscape,
            poster,
            scale,
            transparent,
        } => {
            use crate::export::{self, ExportOptions, Format, Maps, Orientation};
            let s = Session::open(&file)?;
            let ext = output
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            let maps = match map {
                Some(id) => {
                    let id: crate::id::MapId = id.parse().map_err(|_| {
                        Error::Export(msg!("problem-bad-map-id", value = escaped(&id)))
                    })?;
                    s.doc().map(id)?;
                    Maps::One(id)
                }
                None => Maps::All,
            };
            let mut opts = ExportOptions {
                maps,
                page,
                orientation: if landscape {
                    Orientation::Landscape
                } else {
                    Orientation::Portrait
                },
                poster,
                scale,
                transparent,
                ..ExportOptions::default()
            };
            let bytes = match ext.as_deref() {
                Some("json") => json::export(s.doc())?.into_bytes(),
                Some("pdf") => {
                    opts.format = Format::Pdf;
                    export::export(s.doc(), &opts, &mut |_| {})?
                }
                Some("png") => {
                    if all {
                        return Err(Error::export("problem-png-one-map"));
                    }
                    opts.format = Format::Png;
                    export::export(s.doc(), &opts, &mut |_| {})?
                }
                _ => {
                    return Err(Error::Export(msg!(
                        "problem-export-format",
                        path = output.display().to_string()
                    )));
                }
            };
            crate::files::write_whole(&output, &bytes)?;
            println!("wrote {}", output.display());
            Ok(())
        }
    }
}

/// Parse a JSON array of commands, or a single command object.
pub fn parse_commands(text: &str) -> std::result::Result<Vec<Command>, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_str(text)?;
    if value.is_array() {
        serde_json::from_value(value)
    } else {
        serde_json::from_value(value).map(|c| vec![c])
    }
}

fn info_json(doc: &Document, history: &crate::session::HistoryState) -> serde_json::Value {
    let maps: Vec<serde_json::Value> = doc
        .maps()
        .into_iter()
        .map(|m| {
            let stages: Vec<serde_json::Value> = doc
                .stages(m.id)
                .into_iter()
                .map(|s| {
                    serde_json::json!({
                        "id": s.id,
                        "name": s.name,
                        "steps": doc.steps(s.id).iter().map(|st| st.name.clone()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let lanes: Vec<serde_json::Value> = doc
                .lanes(m.id)
                .into_iter()
                .map(|l| serde_json::json!({"id": l.id, "name": l.name, "kind": l.kind}))
                .collect();
            serde_json::json!({
                "id": m.id,
                "title": m.title,
                "kind": m.kind,
                "derived_from": m.derived_from,
                "personas": m.personas.iter().filter_map(|p| doc.persona(*p).ok()).map(|p| p.name.clone()).collect::<Vec<_>>(),
                "stages": stages,
                "lanes": lanes,
                "cards": doc.cards_of(m.id).count(),
                "emotion_points": doc.emotions_of(m.id).count(),
            })
        })
        .collect();
    serde_json::json!({
        "title": doc.project().title,
        "language": doc.project().language,
        "schema_version": schema::current_version(),
        "maps": maps,
        "personas": doc.personas().map(|p| p.name.clone()).collect::<Vec<_>>(),
        "images": doc.assets().count(),
        "undo": history.undo.as_ref().map(|l| l.to_string()),
        "redo": history.redo.as_ref().map(|l| l.to_string()),
    })
}

/// A history label in English, or "nothing".
fn english(label: &Option<crate::i18n::Label>) -> String {
    label
        .as_ref()
        .map_or_else(|| "nothing".to_string(), |l| l.to_string())
}

fn info_text(doc: &Document, path: &Path, history: &crate::session::HistoryState) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let p = doc.project();
    let _ = writeln!(out, "{}", p.title);
    let _ = writeln!(
        out,
        "  file: {} (schema version {})",
        path.display(),
        schema::current_version()
    );
    let maps = doc.maps();
    let _ = writeln!(out, "  maps: {}", maps.len());
    for m in maps {
        let stages = doc.stages(m.id);
        let lanes = doc.lanes(m.id);
        let _ = writeln!(
            out,
            "  - {} [{}]: {} stages, {} lanes, {} cards, {} emotion points",
            m.title,
            m.kind.label().to_lowercase(),
            stages.len(),
            lanes.len(),
            doc.cards_of(m.id).count(),
            doc.emotions_of(m.id).count()
        );
        let names: Vec<String> = stages
            .iter()
            .map(|s| {
                let steps = doc.steps(s.id);
                if steps.is_empty() {
                    s.name.clone()
                } else {
                    let inner: Vec<&str> = steps.iter().map(|st| st.name.as_str()).collect();
                    format!("{} ({})", s.name, inner.join(", "))
                }
            })
            .collect();
        let _ = writeln!(out, "    stages: {}", names.join(" | "));
        let lanes: Vec<String> = lanes
            .iter()
            .map(|l| format!("{} ({})", l.name, l.kind.as_str()))
            .collect();
        let _ = writeln!(out, "    lanes: {}", lanes.join(", "));
        if !m.personas.is_empty() {
            let names: Vec<&str> = m
                .personas
                .iter()
                .filter_map(|id| doc.persona(*id).ok())
                .map(|p| p.name.as_str())
                .collect();
            let _ = writeln!(out, "    personas: {}", names.join(", "));
        }
        if let Some(src) = m.derived_from.and_then(|id| doc.map(id).ok()) {
            let _ = writeln!(out, "    derived from: {}", src.title);
        }
    }
    let personas: Vec<&str> = doc.personas().map(|p| p.name.as_str()).collect();
    let _ = writeln!(out, "  personas: {}", personas.len());
    for name in personas {
        let _ = writeln!(out, "  - {name}");
    }
    let _ = writeln!(
        out,
        "  undo: {}; redo: {}",
        english(&history.undo),
        english(&history.redo)
    );
    out
}
