//! Golden answers: what `ask` and `search` return for every question in `tests/eval/*.tsv`, one line a
//! question, compared byte for byte with `tests/golden/answers.jsonl`. Held-out sets (`*-heldout*.tsv`) are
//! written as row numbers, not text, so that reading a golden diff never shows a held-out sentence.
//!
//! A change that moves an answer on purpose re-blesses the file and commits the diff:
//!
//! ```text
//! SEVEN_OH_BLESS=1 cargo test --test golden
//! ```

use std::fmt::Write as _;
use std::path::Path;

/// A JSON string literal (the questions are plain text; escapes cover quotes, backslashes and controls).
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => write!(out, "\\u{:04x}", u32::from(c)).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One line: the set, the question, the urgent message, abstention, anchoring, the matches of `ask` and the
/// first three of `search` (kind:id and the exact `f32` score). `label` stands for the question in the line.
fn line(set: &str, question: &str, label: &str) -> String {
    let answer = seven_oh::ask(question);
    let hits = |it: &mut dyn Iterator<Item = (seven_oh::Entry, f32)>| {
        it.map(|(e, score)| format!("[\"{}:{}\",{score:?}]", e.kind().as_str(), e.id()))
            .collect::<Vec<_>>()
            .join(",")
    };
    let urgent = answer.urgent().map_or("null".to_owned(), |u| json_str(u.id()));
    format!(
        "{{\"set\":{},\"q\":{},\"urgent\":{urgent},\"abstained\":{},\"anchored\":{},\"answers\":[{}],\"search\":[{}]}}",
        json_str(set),
        json_str(label),
        answer.abstained(),
        answer.anchored(),
        hits(&mut answer.matches().map(|m| (m.entry(), m.score()))),
        hits(&mut seven_oh::search(question).take(3).map(|h| (h.entry(), h.score()))),
    )
}

fn render() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/eval exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut out = String::new();
    for path in files {
        let set = path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name");
        let text = std::fs::read_to_string(&path).expect("readable TSV");
        let sealed = set.contains("-heldout");
        for (n, row) in text.lines().skip(1).filter(|l| !l.trim().is_empty()).enumerate() {
            let question = row.split('\t').next().unwrap_or_default();
            let label = if sealed {
                format!("row {}", n + 1)
            } else {
                question.to_owned()
            };
            out.push_str(&line(set, question, &label));
            out.push('\n');
        }
    }
    out
}

#[test]
fn answers_match_the_golden_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/answers.jsonl");
    let now = render();
    if std::env::var_os("SEVEN_OH_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    if before != now {
        let diff: Vec<String> = before
            .lines()
            .zip(now.lines())
            .filter(|(a, b)| a != b)
            .take(5)
            .map(|(a, b)| format!("- {a}\n+ {b}"))
            .collect();
        panic!(
            "answers differ from {} ({} lines before, {} now); first differences:\n{}\n\
             If the change is intended, run `SEVEN_OH_BLESS=1 cargo test --test golden` and commit the diff.",
            path.display(),
            before.lines().count(),
            now.lines().count(),
            diff.join("\n"),
        );
    }
}
