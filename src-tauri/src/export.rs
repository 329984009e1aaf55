//! The export dialog's commands: a preview of what the options give, the
//! export itself (to a file chosen in a native save dialog, with progress
//! events, written whole or not at all), and the last choices, remembered in
//! the settings. Uses `state`, `view` and `reply` of the shell.

use crate::reply::ApiError;
use crate::state::AppState;
use crate::view::local_today;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use waymark::export::{self, ExportOptions, Format, Maps, Orientation, PageSize};
use waymark::i18n::{Message, escaped};
use waymark::id::MapId;
use waymark::msg;

/// The export options as the page sends them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// `pdf` or `png`.
    pub format: String,
    /// The map to export (a PNG shows one map); `None` with `all` for every map.
    pub map: Option<MapId>,
    /// PDF: every map of the project.
    pub all: bool,
    /// PDF paper: `a4`, `a3`, `letter`, `tabloid` or `fit`.
    pub page: String,
    /// PDF: landscape paper.
    pub landscape: bool,
    /// PDF: full size across several pages.
    pub poster: bool,
    /// PNG: 1 to 4.
    pub scale: f32,
    /// PNG: transparent background.
    pub transparent: bool,
    /// PDF: a page per persona.
    pub personas: bool,
    /// Language of the captions the export draws (the page's language);
    /// English when left out or when there is no catalog for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

fn bad(problem: Message) -> ApiError {
    ApiError::with("invalid", problem)
}

impl ExportRequest {
    fn options(&self) -> Result<ExportOptions, ApiError> {
        let format = match self.format.as_str() {
            "pdf" => Format::Pdf,
            "png" => Format::Png,
            f => {
                return Err(bad(msg!(
                    "problem-unknown-export-format",
                    format = escaped(f)
                )));
            }
        };
        let page = PageSize::parse(&self.page).ok_or_else(|| {
            bad(msg!(
                "problem-unknown-page-size",
                page = escaped(&self.page)
            ))
        })?;
        let maps = match (self.map, self.all && format == Format::Pdf) {
            (_, true) | (None, false) => Maps::All,
            (Some(m), false) => Maps::One(m),
        };
        Ok(ExportOptions {
            format,
            maps,
            page,
            orientation: if self.landscape {
                Orientation::Landscape
            } else {
                Orientation::Portrait
            },
            poster: self.poster,
            personas: self.personas,
            scale: self.scale,
            transparent: self.transparent,
            lang: self
                .lang
                .clone()
                .unwrap_or_else(|| waymark::i18n::FALLBACK.to_string()),
            // The header marks a map due for review on the user's day.
            today: Some(local_today()),
            ..ExportOptions::default()
        })
    }

    fn extension(&self) -> &'static str {
        if self.format == "png" { "png" } else { "pdf" }
    }
}

/// What the dialog shows before exporting.
#[derive(Debug, Clone, Serialize)]
pub struct PreviewOut {
    /// A small PNG of the map as a data URL.
    pub image: String,
    /// The map's size in layout units.
    pub width: f32,
    /// The map's size in layout units.
    pub height: f32,
    /// Where each page of this map falls, `[x, y, w, h]` in layout units.
    pub pages: Vec<[f32; 4]>,
    /// Pages in the whole PDF.
    pub page_count: usize,
    /// The PNG's size in pixels.
    pub pixels: (u32, u32),
}

/// A preview of what the options give.
#[tauri::command]
pub fn export_preview(
    state: State<'_, AppState>,
    request: ExportRequest,
) -> Result<PreviewOut, ApiError> {
    let opts = request.options()?;
    let guard = state.session();
    let s = guard.as_ref().ok_or_else(ApiError::no_project)?;
    let mut fonts = state.fonts();
    let p = export::preview(s.doc(), &opts, request.map, &mut fonts, 720)?;
    Ok(PreviewOut {
        image: format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&p.png)
        ),
        width: p.width,
        height: p.height,
        pages: p.pages,
        page_count: p.page_count,
        pixels: p.pixels,
    })
}

/// The file written.
#[derive(Debug, Clone, Serialize)]
pub struct ExportDone {
    /// Where.
    pub path: String,
    /// How big.
    pub bytes: usize,
}

/// Progress for the dialog's bar.
#[derive(Debug, Clone, Serialize)]
struct ProgressEvent {
    done: f32,
    total: f32,
}

/// A file name from a title: no path separators or control characters;
/// `untitled` when nothing is left.
fn file_stem(title: &str, untitled: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let s = s.trim().trim_matches('.').to_string();
    if s.is_empty() { untitled.into() } else { s }
}

/// Export to `path`, or to a file chosen in a native save dialog. `None`
/// means the user cancelled. The document is copied first, so editing goes on
/// while a long export runs; the file appears complete or not at all.
#[tauri::command]
pub async fn export_file<R: Runtime>(
    app: AppHandle<R>,
    request: ExportRequest,
    path: Option<String>,
) -> Result<Option<ExportDone>, ApiError> {
    let opts = request.options()?;
    let (doc, title) = {
        let state = app.state::<AppState>();
        let guard = state.session();
        let s = guard.as_ref().ok_or_else(ApiError::no_project)?;
        let title = match (request.map, opts.maps) {
            (Some(m), Maps::One(_)) => s.doc().map(m).map(|m| m.title.clone())?,
            _ => s.doc().project().title.clone(),
        };
        (s.doc().clone(), title)
    };
    let ext = request.extension();
    let dest = match path {
        Some(p) => PathBuf::from(p),
        None => {
            let words = |key: &str| crate::language::text(&app, key);
            let (label, exts): (String, &[&str]) = if ext == "png" {
                (words("dialog-filter-png"), &["png"])
            } else {
                (words("dialog-filter-pdf"), &["pdf"])
            };
            let stem = file_stem(&title, &words("export-default-name"));
            match app
                .dialog()
                .file()
                .set_title(words("dialog-export"))
                .add_filter(label, exts)
                .set_file_name(format!("{stem}.{ext}"))
                .blocking_save_file()
                .and_then(|f| f.into_path().ok())
            {
                Some(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) => p,
                Some(p) => {
                    let mut s = p.into_os_string();
                    s.push(format!(".{ext}"));
                    PathBuf::from(s)
                }
                None => return Ok(None),
            }
        }
    };
    {
        let state = app.state::<AppState>();
        let mut settings = state.settings();
        settings.export = serde_json::to_value(&request).unwrap_or_default();
        settings.save();
    }
    let handle = app.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let mut last = 0.0_f32;
        let mut progress = |f: f32| {
            if f - last >= 0.02 || f >= 1.0 {
                last = f;
                let _ = handle.emit(
                    "export-progress",
                    ProgressEvent {
                        done: f,
                        total: 1.0,
                    },
                );
            }
        };
        let bytes = export::export(&doc, &opts, &mut progress)?;
        waymark::files::write_whole(&dest, &bytes)?;
        Ok::<_, waymark::Error>(ExportDone {
            path: dest.display().to_string(),
            bytes: bytes.len(),
        })
    })
    .await
    .map_err(|e| {
        ApiError::with(
            "export_failed",
            msg!("problem-export-stopped", detail = e.to_string()),
        )
    })?;
    Ok(Some(result?))
}

/// The export choices made last time (so the dialog opens with them).
#[tauri::command]
pub fn export_settings(state: State<'_, AppState>) -> Option<serde_json::Value> {
    let v = state.settings().export.clone();
    if v.is_null() { None } else { Some(v) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> ExportRequest {
        ExportRequest {
            format: "pdf".into(),
            map: None,
            all: true,
            page: "a4".into(),
            landscape: true,
            poster: true,
            scale: 2.0,
            transparent: false,
            personas: true,
            lang: None,
        }
    }

    #[test]
    fn the_dialog_request_becomes_core_options() {
        let o = request().options().expect("options");
        assert_eq!(o.page, PageSize::A4);
        assert_eq!(o.orientation, Orientation::Landscape);
        assert!(o.poster && o.personas);
        assert_eq!(o.maps, Maps::All);
        assert_eq!(o.lang, "en", "captions in English unless the page says");
        let mut r = request();
        r.lang = Some("fa".into());
        assert_eq!(r.options().expect("options").pdf().layout.lang, "fa");
    }

    #[test]
    fn unknown_formats_and_page_sizes_are_refused() {
        let mut r = request();
        r.format = "svg".into();
        assert_eq!(r.options().unwrap_err().code, "invalid");
        let mut r = request();
        r.page = "b5".into();
        assert!(r.options().unwrap_err().message.contains("b5"));
    }

    #[test]
    fn export_file_names_lose_path_separators() {
        assert_eq!(
            file_stem("Müşteri / yolculuk: v2", "Journey map"),
            "Müşteri - yolculuk- v2"
        );
        assert_eq!(file_stem("  ..  ", "Мапа"), "Мапа");
    }
}
