//! The baseline of the app benchmark (`bench/app/run.py`): a Tauri 2 window of
//! the same size as Waymark's showing one line of static text, with no
//! plugins, commands or state. Its start time and memory are what any Tauri 2
//! app on WebKitGTK pays; Waymark is measured against it.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("blank-window: {e}");
        std::process::exit(1);
    }
}
