//! Pictures for the page and from the user's files: the `wmasset:` protocol
//! serves stored images by id, and `read_picture` bounds what is read from
//! disk before the core decodes it.

use crate::state::AppState;
use std::path::Path;
use tauri::http::{Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext};
use waymark::id::AssetId;

/// Serve `wmasset://localhost/<asset id>` from the open project.
pub fn serve<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Vec<u8>> {
    let id = request.uri().path().trim_start_matches('/');
    let state = ctx.app_handle().state::<AppState>();
    let found = id.parse::<AssetId>().ok().and_then(|id| {
        let session = state.session();
        let asset = session.as_ref()?.doc().asset(id).ok()?;
        Some((asset.mime.clone(), asset.data.clone()))
    });
    let response = match found {
        Some((mime, data)) => Response::builder()
            .status(StatusCode::OK)
            .header("Content-Type", mime)
            .header("Cache-Control", "max-age=31536000, immutable")
            .body(data),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .header("Content-Type", "text/plain")
            .body(b"no such image".to_vec()),
    };
    response.unwrap_or_else(|_| Response::new(Vec::new()))
}

/// Read a picture file the user chose, refusing huge files before reading them.
pub fn read_picture(path: &Path) -> Result<Vec<u8>, waymark::Error> {
    let too_big = waymark::images::MAX_INPUT_BYTES as u64;
    let io = |e: std::io::Error| waymark::Error::file(path, waymark::error::FileProblem::io(&e));
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > too_big {
        return Err(waymark::Error::Image(waymark::msg!(
            "problem-picture-path-too-big",
            path = path.display().to_string(),
            size = len / (1024 * 1024),
            max = too_big / (1024 * 1024)
        )));
    }
    std::fs::read(path).map_err(io)
}
