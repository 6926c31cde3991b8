//! Stage 3, index: the search index over the model (see the question-answering work).

use super::validate::Model;

/// The search index.
#[derive(Debug, Default)]
pub struct Index;

impl Index {
    /// Builds the index.
    pub fn build(_model: &Model) -> Index {
        Index
    }

    /// Writes the index's tables.
    pub fn emit(&self, _out: &mut String) {}
}
