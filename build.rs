//! Embeds the icon and the version information Explorer shows in the Windows program (see
//! [`embed_windows_resources`]). The example cases the start screen offers are embedded by
//! the app crate's own build script (`crates/app/build.rs`).

use std::env;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // The target, not the machine running this script: the Windows build is cross-compiled
    // from Linux in CI, where `cfg!(windows)` would be false.
    if env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows") {
        embed_windows_resources(&manifest);
    }
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
