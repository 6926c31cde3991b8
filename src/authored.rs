//! The authored content files, embedded as they were written (feature `authored`).
//!
//! The tables the rest of the crate uses are compiled from these files; this module keeps the files
//! themselves, for programs that must show reviewers exactly what was compiled.

/// The `content/` folder: every entry file, `sources.toml`, `meta.toml` and the writers' README.
///
/// ```
/// let file = seven_oh::authored::CONTENT.get_file("faqs/is-7-oh-addictive.md").unwrap();
/// assert!(file.contents_utf8().unwrap().starts_with("+++"));
/// ```
pub static CONTENT: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/content");
