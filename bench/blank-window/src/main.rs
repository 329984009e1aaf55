//! The baseline of the app benchmark (`bench/app/run.py`): a Tauri 2 window of
//! the same size as Waymark's showing one line of static text, with no
//! plugins, commands or state. Its start time and memory are what any Tauri 2
//! app on WebKitGTK pays; Waymark is measured against it.
//!
//! `blank-window --page DIR` shows `DIR/index.html` instead, served from disk
//! through a custom protocol. The benchmark uses it for a static copy of
//! Waymark's first screen (no script, no IPC): the cheapest way this window
//! can put the same picture on screen, a floor for what Waymark can reach.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use tauri::http::{Request, Response, StatusCode};
use tauri::{Url, WebviewUrl};

/// The scheme of the `--page` protocol.
const SCHEME: &str = "page";

/// The folder given with `--page`, if any.
fn page_dir() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == "--page")?;
    args.get(at + 1).map(PathBuf::from)
}

/// Content type by file name; a static page needs only these.
fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("ttf") => "font/ttf",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// Serve a file under `dir`; anything outside it or missing is a 404.
fn serve(dir: &Path, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    let rel = request.uri().path().trim_start_matches('/');
    let file = (!rel.split('/').any(|p| p == "..")).then(|| dir.join(rel));
    let found = file.and_then(|f| std::fs::read(&f).ok().map(|b| (mime(&f), b)));
    let response = match found {
        Some((kind, body)) => Response::builder()
            .status(StatusCode::OK)
            .header("Content-Type", kind)
            .body(body),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(b"not found".to_vec()),
    };
    response.unwrap_or_else(|_| Response::new(Vec::new()))
}

fn main() {
    let mut context = tauri::generate_context!();
    let mut builder = tauri::Builder::default();
    if let Some(dir) = page_dir() {
        let url = format!("{SCHEME}://localhost/index.html");
        let url = match Url::parse(&url) {
            Ok(u) => u,
            Err(e) => {
                eprintln!("blank-window: {e}");
                std::process::exit(1);
            }
        };
        for window in &mut context.config_mut().app.windows {
            window.url = WebviewUrl::CustomProtocol(url.clone());
        }
        builder =
            builder.register_uri_scheme_protocol(SCHEME, move |_, request| serve(&dir, &request));
    }
    if let Err(e) = builder.run(context) {
        eprintln!("blank-window: {e}");
        std::process::exit(1);
    }
}
