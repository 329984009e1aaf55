//! Files that appear whole or not at all: a new file is written under a
//! temporary name in the same folder, flushed, renamed over its real name
//! (atomic within one folder) and the folder synced so the rename itself
//! survives a crash. The project store, exports and settings all write this
//! way, so a crash or a full disk never leaves half a file under the name
//! the user chose, and a file replaced stays whole until its successor is.

use crate::error::{Error, FileProblem, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::file(path, FileProblem::io(&e))
}

/// A name for a temporary file next to `path` (same folder, so a rename is
/// atomic): hidden, unique, ending in `.tmp`.
pub fn temp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    path.with_file_name(format!(".{name}.{}.tmp", uuid::Uuid::now_v7().simple()))
}

/// Make a finished temporary file appear under its real name, durably. On
/// failure the temporary file is removed and `path` is as it was.
pub fn publish(tmp: &Path, path: &Path) -> Result<()> {
    std::fs::rename(tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(tmp);
        io(path, e)
    })?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Persist the rename itself; a failure here is not worth losing the file over.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Write `bytes` to `path` whole or not at all, replacing a file there only
/// once the new one is complete and on disk.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_beside(path);
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(path, e));
    }
    publish(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_file_written_whole_replaces_the_old_one_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.pdf");
        std::fs::write(&path, b"old").unwrap();
        write_whole(&path, b"new content").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new content");
        assert_eq!(names(dir.path()), ["map.pdf"]);
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_the_folder_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("taken")).unwrap();
        // A folder stands where the file should go: the rename fails.
        let err = write_whole(&dir.path().join("taken"), b"x").unwrap_err();
        assert_eq!(err.code(), "file_io");
        assert_eq!(names(dir.path()), ["taken"]);
        // A folder that does not exist: the temporary file cannot be made.
        let err = write_whole(&dir.path().join("gone/map.png"), b"x").unwrap_err();
        assert_eq!(err.code(), "file_io");
        assert!(err.to_string().contains("map.png"), "{err}");
    }

    #[test]
    fn temporary_names_stay_in_the_same_folder_and_differ() {
        let a = temp_beside(Path::new("/some/dir/shop.waymark"));
        let b = temp_beside(Path::new("/some/dir/shop.waymark"));
        assert_eq!(a.parent(), Some(Path::new("/some/dir")));
        assert_ne!(a, b);
        assert!(a.to_string_lossy().ends_with(".tmp"));
    }
}
