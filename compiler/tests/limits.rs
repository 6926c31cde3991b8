//! The 16-bit limits of the search index: a word's id is its slot in the word table, so the table's slots
//! (not only its words) must stay below `STOP`. At the limit every word resolves to itself; one word past it
//! the build stops with an `IndexLimit` error instead of letting an id wrap onto another word.

use std::path::{Path, PathBuf};

use seven_oh_compiler::diagnostic::Problem;
use seven_oh_compiler::perfect::perfect_table;
use seven_oh_shared::hash::Table;
use seven_oh_shared::layout::{MAX_WORDS, STOP};

/// `n` distinct made-up words. Digits keep them out of typo correction, which only indexes letters.
fn words(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("w{i}")).collect()
}

#[test]
fn a_word_table_at_the_limit_resolves_every_word_to_itself() {
    let words = words(MAX_WORDS);
    let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
    let built = perfect_table(&keys);
    assert!(built.slots.len() <= usize::from(STOP), "{} slots", built.slots.len());
    let table = Table {
        seed: built.seed,
        pilots: &built.pilots,
        len: built.slots.len(),
    };
    for (i, key) in keys.iter().enumerate() {
        let slot = table.slot(key).expect("a non-empty table");
        // The id the runtime uses is the slot as a u16: it must fit, and hold this word.
        let id = u16::try_from(slot).expect("every slot fits in 16 bits");
        assert!(id < STOP);
        assert_eq!(
            usize::from(built.slots[usize::from(id)]),
            i,
            "word {i} resolves to another"
        );
    }
}

/// A copy of the valid fixture with one more FAQ whose body holds `extra` made-up words.
fn content_with(extra: usize, name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("seven-oh-limits-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"),
        &root,
    );
    let faq = root.join("content/faqs/many-words.md");
    let body = words(extra).join(" ");
    std::fs::write(
        &faq,
        format!(
            "+++\nquestion = \"What are all these words?\"\nshort_answer = \"A test of the index limits.\"\n\
             paraphrases = [\"so many words\", \"a lot of words\", \"what words are these\"]\n\
             related = [\"what-is-7-oh\"]\nsources = [\"agency-fact-sheet\"]\n+++\n{body}\n"
        ),
    )
    .unwrap();
    root
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn one_word_past_the_limit_is_an_index_limit_error() {
    let root = content_with(MAX_WORDS + 1, "past");
    let output = seven_oh_compiler::compile(&root);
    std::fs::remove_dir_all(&root).unwrap();
    assert!(output.code.is_none(), "the build went on past the limit");
    let limits: Vec<String> = output
        .diagnostics
        .iter()
        .filter(|d| matches!(d.problem, Problem::IndexLimit(_)))
        .map(ToString::to_string)
        .collect();
    assert_eq!(limits.len(), 1, "{:?}", output.diagnostics);
    assert!(
        limits[0].contains(&format!("more than {MAX_WORDS} distinct words")),
        "{}",
        limits[0]
    );
}
