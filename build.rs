//! Embeds every message catalogue in `locales/` (one `<code>.ftl` file per
//! language) into the binary, so that adding a language is adding a file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the locales/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            let code = p.file_stem().unwrap().to_string_lossy().into_owned();
            (code, p.display().to_string())
        })
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for (code, path) in &files {
        println!("cargo:rerun-if-changed={path}");
        writeln!(out, "    ({code:?}, {path:?}, include_str!({path:?})),").unwrap();
    }
    out.push(']');
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogues.rs");
    std::fs::write(target, out).expect("writing the catalogue table");
}
