//! The generated tables of the real content, summed up in `tests/golden/fingerprints.csv` (name, entries,
//! bytes of source, hash; see `seven_oh_compiler::fingerprint`) and compared line for line, so a review sees
//! which tables a change moved.
//!
//! A change that moves tables on purpose re-blesses the file and commits the diff:
//!
//! ```text
//! SEVEN_OH_BLESS=1 cargo test -p seven-oh-compiler --test fingerprints
//! ```

use std::path::Path;

#[test]
fn generated_tables_match_the_fingerprints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if !root.join("content").is_dir() {
        eprintln!("no ../content (a packaged crate); skipped");
        return;
    }
    let output = seven_oh_compiler::compile(&root);
    let code = output.code.expect("the content compiles");
    let now = seven_oh_compiler::fingerprint::fingerprints(&code);
    let path = root.join("tests/golden/fingerprints.csv");
    if std::env::var_os("SEVEN_OH_BLESS").is_some() {
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    if before != now {
        let old: Vec<&str> = before.lines().collect();
        let new: Vec<&str> = now.lines().collect();
        let gone: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
        let came: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
        panic!(
            "the generated tables differ from {}:\n- {gone:?}\n+ {came:?}\n\
             If the change is intended, run `SEVEN_OH_BLESS=1 cargo test -p seven-oh-compiler --test fingerprints` \
             and commit the diff.",
            path.display()
        );
    }
}
