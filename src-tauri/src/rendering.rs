//! How WebKitGTK draws the page. With a GPU, WebKit composites the page in
//! OpenGL; without one (a VM, a remote desktop, Xvfb) that OpenGL is Mesa's
//! llvmpipe on the CPU, where one composited frame costs 30-50 ms even for a
//! blank page, so dragging a card stutters at 5-10 frames a second. Drawing
//! without compositing (WebKit paints straight into the window with cairo)
//! keeps frames near 16 ms there. This module picks that mode when the
//! machine has no GPU render node, before WebKit starts.

use std::path::Path;

/// WebKitGTK's own switch: set and not "0", compositing is off.
pub const COMPOSITING_SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Whether a GPU is there to composite with: Linux lists one render node
/// (`/dev/dri/renderD128`, ...) per GPU that can run OpenGL.
pub fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Whether to turn compositing off: only when nobody chose (the switch is
/// unset, so a user's `WEBKIT_DISABLE_COMPOSITING_MODE=0` keeps it on) and
/// no GPU is there.
pub fn should_disable_compositing(switch_set: bool, gpu: bool) -> bool {
    !switch_set && !gpu
}

/// Turn compositing off on machines without a GPU. Must run before any
/// thread starts and before GTK or WebKit read the environment.
pub fn choose() {
    let switch_set = std::env::var_os(COMPOSITING_SWITCH).is_some();
    if should_disable_compositing(switch_set, has_render_node(Path::new("/dev/dri"))) {
        // SAFETY: called first thing in `main`, while the process has one
        // thread, so no other thread can be reading the environment.
        unsafe { std::env::set_var(COMPOSITING_SWITCH, "1") };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_with_a_render_node_counts_as_a_gpu() {
        let dir = std::env::temp_dir().join(format!("waymark-dri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(!has_render_node(&dir), "a display node alone cannot render");
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(has_render_node(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_dri_folder_means_no_gpu() {
        assert!(!has_render_node(Path::new("/nonexistent/dri")));
    }

    #[test]
    fn compositing_goes_off_only_without_gpu_and_without_a_user_choice() {
        assert!(should_disable_compositing(false, false));
        assert!(!should_disable_compositing(false, true));
        assert!(
            !should_disable_compositing(true, false),
            "the user's setting wins"
        );
        assert!(!should_disable_compositing(true, true));
    }
}
