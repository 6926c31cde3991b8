//! The query sets of the benchmarks, taken from `tests/eval/`. Shared by `benches/benches/ask.rs` and the
//! comparison crate in `bench-compare/`, so both time the same queries.
//!
//! - typical: the development questions (`dev-questions.tsv`, questions from public FAQ pages).
//! - typos: every question of `dev-questions.tsv` and `extra-questions.tsv` with a word in [`MISSPELLINGS`].
//! - long: every question of those two files with at least [`LONG_WORDS`] words.
//! - off-topic: `dev-negatives.tsv` and `extra-negatives.tsv`.

use std::path::Path;

/// The misspellings in the question sets: a question with one of these words counts as a question with
/// a typo. (Missing apostrophes such as `cant` and real-word errors such as `side affects` do not count.)
pub const MISSPELLINGS: &[&str] = &[
    "brian",
    "morphene",
    "habbit",
    "addictve",
    "withdrawl",
    "dependant",
    "kratum",
    "nalaxone",
    "califronia",
    "addicton",
    "suboxen",
    "adiction",
    "adicted",
    "7-hydroxymitragnine",
    "abstinance",
    "alchohol",
    "pian",
];

/// A question counts as long from this many words (split on white space).
pub const LONG_WORDS: usize = 20;

/// A question with the FAQ ids that count as a correct answer.
#[derive(Clone, Debug)]
pub struct Labelled {
    /// The question.
    pub question: String,
    /// The accepted FAQ ids.
    pub accept: Vec<String>,
}

impl Labelled {
    /// Whether `id` answers the question.
    pub fn accepts(&self, id: &str) -> bool {
        self.accept.iter().any(|a| a == id)
    }
}

/// The rows of `tests/eval/NAME` under `root` (the crate's directory), without the header, split on tabs.
fn rows(root: &Path, name: &str) -> Vec<Vec<String>> {
    let path = root.join("tests/eval").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// The labelled questions of `tests/eval/NAME` (a file with `question`, `accept` and `theme` columns).
pub fn labelled(root: &Path, name: &str) -> Vec<Labelled> {
    rows(root, name)
        .into_iter()
        .map(|row| Labelled {
            question: row[0].clone(),
            accept: row[1].split('|').map(str::to_owned).collect(),
        })
        .collect()
}

/// Whether `question` has one of the [`MISSPELLINGS`].
fn has_typo(question: &str) -> bool {
    question
        .split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '-'))
        .any(|w| MISSPELLINGS.contains(&w.to_lowercase().as_str()))
}

/// The four query sets, in the order of the tables: typical, typos, long, off-topic. Off-topic questions
/// accept no FAQ: the right answer is none.
pub fn sets(root: &Path) -> Vec<(&'static str, Vec<Labelled>)> {
    let questions = || {
        labelled(root, "dev-questions.tsv")
            .into_iter()
            .chain(labelled(root, "extra-questions.tsv"))
    };
    let typical = labelled(root, "dev-questions.tsv");
    let typos = questions().filter(|l| has_typo(&l.question)).collect();
    let long = questions()
        .filter(|l| l.question.split_whitespace().count() >= LONG_WORDS)
        .collect();
    let off_topic = ["dev-negatives.tsv", "extra-negatives.tsv"]
        .iter()
        .flat_map(|name| rows(root, name))
        .map(|row| Labelled {
            question: row[0].clone(),
            accept: Vec::new(),
        })
        .collect();
    vec![
        ("typical", typical),
        ("typos", typos),
        ("long", long),
        ("off-topic", off_topic),
    ]
}
