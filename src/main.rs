//! The `waymark` command line: see `waymark --help`.

fn main() -> std::process::ExitCode {
    waymark::cli::main()
}
