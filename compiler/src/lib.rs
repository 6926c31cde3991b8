//! The seven-oh content compiler.
//!
//! It turns the files in `content/` into one Rust source file of static tables, in four stages, one module
//! each:
//!
//! 1. [`parse`] reads every file: TOML front matter into typed fields, the rest as a Markdown body.
//! 2. [`validate`] checks every field and link and resolves links to indices, giving a [`validate::Model`];
//!    [`safety`] checks help-line numbers, the disclaimer and review dates.
//! 3. [`index`] builds the search index over the model.
//! 4. [`emit`] writes the model and the index as `static` records, byte blobs and perfect-hash tables
//!    (built by [`perfect`]); [`fingerprint`] sums the output up for review.
//!
//! [`compile`] runs them all. Every problem found is collected as a [`diagnostic::Diagnostic`], and the
//! stages go as far as they can, so one build reports all broken files at once. seven-oh's build script
//! turns diagnostics into `cargo::error=` lines; the tests call [`compile`] on fixture folders.
//!
//! What the generated tables look like, and the text rules both sides follow, are in `seven-oh-shared`.
//!
//! ```no_run
//! let output = seven_oh_compiler::compile(std::path::Path::new("."));
//! for d in &output.diagnostics {
//!     eprintln!("{d}");
//! }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod diagnostic;
pub mod emit;
pub mod fingerprint;
pub mod index;
pub mod parse;
pub mod perfect;
pub mod render;
pub mod safety;
pub mod stem;
pub mod toml_fields;
pub mod validate;

use std::path::Path;

use diagnostic::{Diagnostic, Diagnostics};

/// The result of compiling a content folder.
#[derive(Debug)]
pub struct Output {
    /// The generated Rust source, or `None` when an error stopped the build.
    pub code: Option<String>,
    /// The byte tables the source includes from `OUT_DIR` (see [`emit`]); empty when `code` is `None`.
    pub blobs: Vec<emit::Blob>,
    /// Every problem found, errors and warnings, in the order found.
    pub diagnostics: Vec<Diagnostic>,
}

/// Compiles `root/content` (where `root` is the crate's directory).
pub fn compile(root: &Path) -> Output {
    let mut diags = Diagnostics::default();
    let content = parse::read(root, &mut diags);
    let model = validate::validate(&content, &mut diags);
    let generated =
        model.and_then(
            |model| match index::Index::build(&model).and_then(|index| emit::emit(&model, &index)) {
                Ok(generated) => Some(generated),
                Err(limit) => {
                    let problem = diagnostic::Problem::IndexLimit(limit.message);
                    diags.push(&limit.file, (limit.line, 0), problem);
                    None
                }
            },
        );
    let generated = generated.filter(|_| !diags.has_errors());
    let (code, blobs) = generated.map_or((None, Vec::new()), |g| (Some(g.code), g.blobs));
    Output {
        code,
        blobs,
        diagnostics: diags.list,
    }
}
