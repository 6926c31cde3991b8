//! Compiles `content/` into static tables with `seven-oh-compiler`, prints its diagnostics as cargo errors
//! and warnings, and writes the tables to `OUT_DIR/content.rs` and the byte tables it includes beside it.

use std::path::PathBuf;

use seven_oh_compiler::diagnostic::Level;

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let output = seven_oh_compiler::compile(&root);
    for d in &output.diagnostics {
        // One line per problem: cargo shows each as `error: ...` or `warning: ...`.
        let line = d.to_string().replace('\n', " ");
        match d.problem.level() {
            Level::Error => println!("cargo::error={line}"),
            Level::Warning => println!("cargo::warning={line}"),
        }
    }
    if let Some(code) = output.code {
        let blobs = output.blobs.iter().map(|b| (b.name.as_str(), b.bytes.as_slice()));
        for (name, bytes) in blobs.chain([("content.rs", code.as_bytes())]) {
            let out = dir.join(name);
            if let Err(e) = std::fs::write(&out, bytes) {
                println!(
                    "cargo::error=cannot write the generated tables to {}: {e}",
                    out.display()
                );
            }
        }
    }
}
