//! The 16-bit limits of the search index: a word's id is its slot in the word table, so the table's slots
//! (not only its words) must stay below `STOP`. At the limit every word resolves to itself; one word past it
//! the build stops with an `IndexLimit` error instead of letting an id wrap onto another word. The other
//! tables (ids, names, phrases) hold at most `MAX_KEYS` keys: one more is an `IndexLimit` error too, at the
//! file whose entry took the table past it, never a panic.
//!
//! The emergency check's word groups: `MAX_CONCEPTS` of them compile, up to the last bit of `ConceptBits`.

use std::path::{Path, PathBuf};

use seven_oh_compiler::diagnostic::Problem;
use seven_oh_compiler::perfect::{MAX_KEYS, perfect_table};
use seven_oh_shared::hash::Table;
use seven_oh_shared::layout::{EMPTY_SLOT, MAX_CONCEPTS, MAX_WORDS, STOP};

/// `n` distinct made-up words. Digits keep them out of typo correction, which only indexes letters.
fn words(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("w{i}")).collect()
}

#[test]
fn a_word_table_at_the_limit_resolves_every_word_to_itself() {
    let words = words(MAX_WORDS);
    let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
    let built = perfect_table(&keys).expect("MAX_WORDS keys fit a table");
    assert!(built.slots.len() <= usize::from(STOP), "{} slots", built.slots.len());
    let pilots = built.pilot_bytes();
    let table = Table {
        seed: built.seed,
        pilots: &pilots,
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

#[test]
fn a_table_holds_max_keys_and_one_more_is_an_error() {
    let keys: Vec<String> = words(MAX_KEYS + 1);
    let keys: Vec<&[u8]> = keys.iter().map(|w| w.as_bytes()).collect();
    let built = perfect_table(&keys[..MAX_KEYS]).expect("MAX_KEYS keys fit a table");
    // Every key's index is stored below `EMPTY_SLOT`.
    assert_eq!(built.slots.iter().filter(|&&i| i != EMPTY_SLOT).count(), MAX_KEYS);
    let err = perfect_table(&keys).expect_err("one key past MAX_KEYS");
    assert!(err.contains("at most 65535"), "{err}");
}

/// A copy of the valid fixture with one more FAQ, `content/faqs/{file}.md`, whose front matter ends with
/// `extra` and whose body is `body` (on line 8, or 9 with one line of `extra`).
fn content_with_faq(name: &str, faqs: &[(&str, String, String)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("seven-oh-limits-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"),
        &root,
    );
    for (i, (file, extra, body)) in faqs.iter().enumerate() {
        std::fs::write(
            root.join(format!("content/faqs/{file}.md")),
            format!(
                "+++\nquestion = \"What are all these words, part {i}?\"\nshort_answer = \"A test of the index limits.\"\n\
                 paraphrases = [\"so many words {i}\", \"a lot of words {i}\", \"what words are these {i}\"]\n\
                 related = [\"what-is-7-oh\"]\nsources = [\"agency-fact-sheet\"]{extra}\n+++\n{body}\n"
            ),
        )
        .unwrap();
    }
    root
}

/// A copy of the valid fixture with one more FAQ whose body holds `extra` made-up words.
fn content_with(extra: usize, name: &str) -> PathBuf {
    content_with_faq(name, &[("many-words", String::new(), words(extra).join(" "))])
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
    // Located at the entry whose word went past the limit: the file, and the line its body starts on.
    assert!(limits[0].starts_with("content/faqs/many-words.md:8: "), "{}", limits[0]);
}

/// The IndexLimit diagnostics of compiling `root`, which must stop the build.
fn index_limits(root: &Path) -> Vec<String> {
    let output = seven_oh_compiler::compile(root);
    std::fs::remove_dir_all(root).unwrap();
    assert!(output.code.is_none(), "the build went on past the limit");
    assert!(output.blobs.is_empty());
    output
        .diagnostics
        .iter()
        .filter(|d| matches!(d.problem, Problem::IndexLimit(_)))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn names_past_the_limit_are_an_index_limit_error_at_the_entry() {
    // Two FAQs whose aliases are 257 x 256 two-word names ("a3 b17", compact key "a3b17"): few words, but
    // more names than the name table holds. The second file takes the table past the limit.
    let aliases = |from: usize, to: usize| -> String {
        let names: Vec<String> = (from..to).map(|n| format!("\"a{} b{}\"", n / 256, n % 256)).collect();
        format!("\naliases = [{}]", names.join(", "))
    };
    let half = MAX_KEYS.div_ceil(2);
    let root = content_with_faq(
        "names",
        &[
            ("names-one", aliases(0, half), "Names.".to_owned()),
            ("names-two", aliases(half, 257 * 256), "More names.".to_owned()),
        ],
    );
    let limits = index_limits(&root);
    assert_eq!(limits.len(), 1, "{limits:?}");
    assert!(limits[0].starts_with("content/faqs/names-two.md:9: "), "{}", limits[0]);
    assert!(limits[0].contains("names"), "{}", limits[0]);
}

#[test]
fn content_with_max_concepts_word_groups_reaches_the_last_group() {
    // The valid fixture's groups, then filler groups up to `MAX_CONCEPTS`. The last three are a red flag's
    // two groups and its `unless` group, 255: an 8-bit index that once meant "no group". The fillers share
    // one word, so the words' sets stay few.
    let root = content_with_faq("groups", &[]);
    let urgent = root.join("content/urgent.toml");
    let mut toml = std::fs::read_to_string(&urgent).unwrap();
    let fixture = toml.matches("[[concept]]").count();
    for i in fixture..MAX_CONCEPTS {
        let words = match MAX_CONCEPTS - i {
            1 => "choking",
            2 => "gasping",
            3 => "wheezing",
            _ => "filler",
        };
        toml.push_str(&format!("\n[[concept]]\nid = \"group-{i}\"\nwords = [\"{words}\"]\n"));
    }
    let last = MAX_CONCEPTS - 1;
    toml.push_str(&format!(
        "\n[[flag]]\nid = \"last-groups\"\nmessage = \"overdose\"\nconcepts = [\"group-{}\", \"group-{}\"]\n\
         unless = \"group-{last}\"\n",
        last - 2,
        last - 1
    ));
    std::fs::write(&urgent, toml).unwrap();
    let output = seven_oh_compiler::compile(&root);
    std::fs::remove_dir_all(&root).unwrap();
    assert!(output.diagnostics.is_empty(), "{:?}", output.diagnostics);
    let code = output.code.expect("MAX_CONCEPTS word groups compile");
    // Groups 253 and 254 are bits 125 and 126 of the second word.
    let flag = format!(
        "Flag {{ id: \"last-groups\", concepts: ConceptBits::from_words([0x0, {:#x}]), unless: Some({last}),",
        3u128 << 125
    );
    assert!(code.contains(&flag), "no {flag} in the generated code");
}
