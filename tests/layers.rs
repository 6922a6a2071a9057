//! The layers stated at the top of `src/lib.rs` hold: no module of `src/`
//! names a module above its own layer. Every `crate::…` path counts, in
//! code and in comments alike, so a doc link cannot point the wrong way
//! either.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layer of each top-level module: a module may use its own layer and
/// those below it (a lower number), never one above.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "main" | "cli" | "startup" => 6,
        "web" => 5,
        "app" | "backup" | "questionnaire_files" => 4,
        "email" => 3,
        "db" => 2,
        "domain" => 1,
        // The ground floor: anything may use them.
        "config" | "telemetry" | "private_files" => 0,
        _ => return None,
    })
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level modules a source text names through `crate::`, including
/// those in grouped imports (`use crate::{db, domain::x}`).
fn named_modules(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.insert(name);
        }
    }
    names
}

#[test]
fn no_module_uses_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" {
            continue;
        }
        let own = layer(&top).unwrap_or_else(|| {
            panic!("src/{top} has no layer: give it one here and in src/lib.rs")
        });
        let text = std::fs::read_to_string(file).unwrap();
        for used in named_modules(&text) {
            if used == top {
                continue;
            }
            match layer(&used) {
                Some(theirs) if theirs <= own => {}
                Some(_) => wrong.push(format!("src/{} uses `crate::{used}`", relative.display())),
                None => wrong.push(format!(
                    "src/{} names `crate::{used}`, which is no module of the crate",
                    relative.display()
                )),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run against the layers of src/lib.rs:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_check_sees_grouped_and_nested_paths() {
    let names = named_modules("use crate::{db::x, domain};\nlet a = crate::web::f();");
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        vec!["db".to_string(), "domain".to_string(), "web".to_string()]
    );
}
