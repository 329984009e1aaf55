//! Pictures for the page: the `wmasset:` protocol serves the open project's
//! stored images by id (the page never receives image bytes as JSON). Uses
//! `state` of the shell. Pictures from the user's files go through the core
//! (`waymark::images::read_file`, `Session::set_picture`).

use crate::state::AppState;
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
