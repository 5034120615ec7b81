//! Embeds the example cases in `assets/examples/*.ron` into the binary, so the start screen
//! can offer them wherever the program is installed. The list is whatever files are in the
//! folder at build time, sorted by name; adding an example needs no code change.
//!
//! For a Windows target it also embeds the icon and the version information Explorer shows
//! (see [`embed_windows_resources`]).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    embed_examples(&manifest);
    // The target, not the machine running this script: the Windows build is cross-compiled
    // from Linux in CI, where `cfg!(windows)` would be false.
    if env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows") {
        embed_windows_resources(&manifest);
    }
}

/// Writes `examples.rs` into `OUT_DIR`: the bundled example cases, included by file name.
fn embed_examples(manifest: &Path) {
    let folder = manifest.join("assets").join("examples");
    // Watch the folder if it exists, else its parent (so creating it is noticed): a path that
    // does not exist would make cargo rerun this script, and rebuild the crate, every time.
    let watched = if folder.exists() {
        folder.clone()
    } else {
        manifest.join("assets")
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

/// Gives `casewright.exe` its icon (Explorer, the taskbar, the Start menu shortcut) and the
/// version information on its Properties ▸ Details tab, which force IT checks before
/// approving software. Uses the resource compiler of the target's toolchain (`windres` from
/// mingw-w64 when cross-compiling, `rc.exe` with MSVC).
fn embed_windows_resources(manifest: &Path) {
    let icon = manifest.join("assets").join("icon").join("casewright.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(icon.to_str().expect("the checkout path is UTF-8"))
        .set("ProductName", "Casewright")
        .set("FileDescription", "Casewright")
        .set("Comments", env!("CARGO_PKG_DESCRIPTION"))
        .set("LegalCopyright", "Licensed under MIT or Apache-2.0")
        .set("OriginalFilename", "casewright.exe");
    if let Err(error) = resource.compile_for("casewright") {
        panic!("could not embed the Windows icon and version information: {error}");
    }
}
