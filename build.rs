//! Compiles `content/` into static tables. The compiler itself lives in `build/`; this file only runs it,
//! reports what it found, and tells cargo when to run it again.

#[path = "build/mod.rs"]
mod compiler;

use std::path::PathBuf;

use compiler::diagnostic::Level;

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/kind.rs");
    println!("cargo::rerun-if-changed=src/normalize.rs");
    println!("cargo::rerun-if-changed=src/perfect.rs");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");

    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let output = compiler::compile(&root);
    for d in &output.diagnostics {
        // One line per problem: cargo shows each as `error: ...` or `warning: ...`.
        let line = d.to_string().replace('\n', " ");
        match d.problem.level() {
            Level::Error => println!("cargo::error={line}"),
            Level::Warning => println!("cargo::warning={line}"),
        }
    }
    if let Some(code) = output.code {
        if let Err(e) = std::fs::write(out_dir.join("content.rs"), code) {
            println!("cargo::error=cannot write the generated tables to OUT_DIR: {e}");
        }
    }
}
