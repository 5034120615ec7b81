//! Embeds the example cases in `assets/examples/*.ron` (at the root of the workspace) into
//! the app, so the start screen can offer them wherever the program is installed. The list is
//! whatever files are in the folder at build time, sorted by name; adding an example needs no
//! code change.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // This crate sits in `crates/app/`; the assets are the workspace's.
    let workspace = manifest.join("..").join("..");
    embed_examples(&workspace);
}

/// Writes `examples.rs` into `OUT_DIR`: the bundled example cases, included by file name.
fn embed_examples(workspace: &Path) {
    let folder = workspace.join("assets").join("examples");
    // Watch the folder if it exists, else its parent (so creating it is noticed): a path that
    // does not exist would make cargo rerun this script, and rebuild the crate, every time.
    let watched = if folder.exists() {
        folder.clone()
    } else {
        workspace.join("assets")
    };
    println!("cargo:rerun-if-changed={}", watched.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from(
        "/// The bundled example cases, sorted by file name.\npub const EXAMPLES: &[Example] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .expect("example file names are UTF-8");
        code.push_str(&format!(
            "    Example {{ file_name: {name:?}, text: include_str!({:?}) }},\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo")).join("examples.rs");
    fs::write(out, code).expect("write the examples list");
}
