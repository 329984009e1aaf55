//! `make generate`: write the page's TypeScript types and vocabulary data
//! (`ui/src/lib/generated/`) from the core's Rust types.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match waymark::typescript::write(root) {
        Ok(names) => {
            println!(
                "wrote {} files to {}: {}",
                names.len(),
                waymark::typescript::DIR,
                names.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("make generate: {e}");
            ExitCode::FAILURE
        }
    }
}
