//! The content compiler (`seven-oh-compiler`) against fixture folders: a small valid knowledge base compiles cleanly,
//! and each broken variant of it reports exactly the diagnostics it should, with file, line and column.
//!
//! Layout of `tests/fixtures/`:
//!
//! - `valid/content/` is a small, complete knowledge base.
//! - `bad/<case>/` is an overlay on `valid/`: its files replace or add to the copy of `valid/` the case
//!   compiles (`bad/<case>/content/faqs/x.md` lands at `content/faqs/x.md`), and a file named
//!   `<name>.delete` removes `<name>` (a file or a folder). `bad/<case>/expected.txt` is not copied.
//!
//! `expected.txt` lists every diagnostic the case must report, one per line, exactly as `Display` shows
//! it (`content/faqs/x.md:3:11: message`, or `content/meta.toml: message` when it has no line). A line
//! starting with `warning: ` is a warning, any other line an error; blank lines and lines starting with
//! `#` are ignored, and a line ending in `*` matches any diagnostic that starts with the text before the
//! `*` (for messages that quote the operating system). A case with no error lines must compile to code.

use std::collections::BTreeSet;
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use seven_oh_compiler::diagnostic::{Diagnostic, Level, Problem};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// A fresh folder under the system's temp dir, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("seven-oh-compiler-{}-{n}-{name}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).unwrap();
        }
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn sorted_entries(dir: &Path) -> Vec<fs::DirEntry> {
    let mut entries: Vec<fs::DirEntry> = fs::read_dir(dir).unwrap().map(Result::unwrap).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    entries
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in sorted_entries(from) {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Applies the overlay folder `from` onto `to` (see the module docs).
fn overlay(from: &Path, to: &Path, top: bool) -> Result<(), String> {
    fs::create_dir_all(to).unwrap();
    for entry in sorted_entries(from) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if top && name == "expected.txt" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            overlay(&entry.path(), &to.join(&name), false)?;
        } else if let Some(victim) = name.strip_suffix(".delete") {
            let victim = to.join(victim);
            if victim.is_dir() {
                fs::remove_dir_all(&victim).unwrap();
            } else if victim.is_file() {
                fs::remove_file(&victim).unwrap();
            } else {
                return Err(format!(
                    "{} deletes {}, which does not exist",
                    entry.path().display(),
                    victim.display()
                ));
            }
        } else {
            fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
    Ok(())
}

/// One line of `expected.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Expected {
    level: Level,
    text: String,
    prefix: bool,
}

impl Expected {
    fn parse(file: &str) -> Vec<Expected> {
        file.lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (level, l) = match l.strip_prefix("warning: ") {
                    Some(rest) => (Level::Warning, rest),
                    None => (Level::Error, l),
                };
                match l.strip_suffix('*') {
                    Some(p) => Expected {
                        level,
                        text: p.to_owned(),
                        prefix: true,
                    },
                    None => Expected {
                        level,
                        text: l.to_owned(),
                        prefix: false,
                    },
                }
            })
            .collect()
    }

    fn matches(&self, d: &Diagnostic) -> bool {
        let shown = d.to_string();
        d.problem.level() == self.level
            && if self.prefix {
                shown.starts_with(&self.text)
            } else {
                shown == self.text
            }
    }
}

fn describe(d: &Diagnostic) -> String {
    match d.problem.level() {
        Level::Error => d.to_string(),
        Level::Warning => format!("warning: {d}"),
    }
}

/// What one case did.
struct Outcome {
    name: String,
    /// The variant names of every diagnostic reported.
    problems: Vec<&'static str>,
    /// Why the case failed, if it did.
    failure: Option<String>,
}

fn run_case(dir: &Path) -> Outcome {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let mut outcome = Outcome {
        name: name.clone(),
        problems: Vec::new(),
        failure: None,
    };
    let expected = match fs::read_to_string(dir.join("expected.txt")) {
        Ok(text) => Expected::parse(&text),
        Err(e) => {
            outcome.failure = Some(format!("cannot read expected.txt: {e}"));
            return outcome;
        }
    };
    let scratch = Scratch::new(&name);
    copy_tree(&fixtures().join("valid"), &scratch.0);
    if let Err(e) = overlay(dir, &scratch.0, true) {
        outcome.failure = Some(e);
        return outcome;
    }
    let output = match catch_unwind(AssertUnwindSafe(|| seven_oh_compiler::compile(&scratch.0))) {
        Ok(output) => output,
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            outcome.failure = Some(format!("the compiler panicked: {message}"));
            return outcome;
        }
    };
    outcome.problems = output.diagnostics.iter().map(|d| variant(&d.problem)).collect();

    let mut problems = Vec::new();
    let mut unmatched: Vec<&Diagnostic> = output.diagnostics.iter().collect();
    for e in &expected {
        match unmatched.iter().position(|d| e.matches(d)) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => problems.push(format!(
                "  missing:    {}{}{}",
                if e.level == Level::Warning { "warning: " } else { "" },
                e.text,
                if e.prefix { "*" } else { "" }
            )),
        }
    }
    for d in unmatched {
        problems.push(format!("  unexpected: {}", describe(d)));
    }
    let fails = expected.iter().any(|e| e.level == Level::Error);
    match (&output.code, fails) {
        (Some(_), true) => problems.push("  code: expected None (the case has errors), got Some".to_owned()),
        (None, false) => problems.push("  code: expected Some (the case has no errors), got None".to_owned()),
        (Some(code), false) if !code.contains("@generated") => {
            problems.push("  code: the generated code has no @generated header".to_owned());
        }
        _ => {}
    }
    if !problems.is_empty() {
        outcome.failure = Some(problems.join("\n"));
    }
    outcome
}

/// Every case under `tests/fixtures/bad/`, run once and shared by the tests below.
fn outcomes() -> &'static [Outcome] {
    static OUTCOMES: OnceLock<Vec<Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        sorted_entries(&fixtures().join("bad"))
            .into_iter()
            .filter(|e| e.file_type().unwrap().is_dir())
            .map(|e| run_case(&e.path()))
            .collect()
    })
}

/// The name of a problem's variant. The match has no wildcard, so a new variant does not compile until it
/// is named here and added to [`ALL_PROBLEMS`] (and a case proves it).
fn variant(p: &Problem) -> &'static str {
    match p {
        Problem::Unreadable(_) => "Unreadable",
        Problem::NotUtf8(_) => "NotUtf8",
        Problem::ByteOrderMark => "ByteOrderMark",
        Problem::EmptyFile => "EmptyFile",
        Problem::MissingFrontMatter => "MissingFrontMatter",
        Problem::EmptyToml => "EmptyToml",
        Problem::UnclosedFrontMatter => "UnclosedFrontMatter",
        Problem::Toml(_) => "Toml",
        Problem::BadSlug(_) => "BadSlug",
        Problem::BadId(_) => "BadId",
        Problem::UnknownFolder(_) => "UnknownFolder",
        Problem::StrayFile(..) => "StrayFile",
        Problem::MissingFile(_) => "MissingFile",
        Problem::EmptyField(_) => "EmptyField",
        Problem::FlagMessage(..) => "FlagMessage",
        Problem::EmptyBody => "EmptyBody",
        Problem::Count { .. } => "Count",
        Problem::DanglingRelated { .. } => "DanglingRelated",
        Problem::BadKindPrefix(_) => "BadKindPrefix",
        Problem::UnknownSymptom(_) => "UnknownSymptom",
        Problem::UnknownSource(_) => "UnknownSource",
        Problem::SelfReference(_) => "SelfReference",
        Problem::Repeated { .. } => "Repeated",
        Problem::DuplicateQuestion(_) => "DuplicateQuestion",
        Problem::AliasCollision { .. } => "AliasCollision",
        Problem::EmptyAlias(_) => "EmptyAlias",
        Problem::LongAlias { .. } => "LongAlias",
        Problem::DuplicateSourceId(_) => "DuplicateSourceId",
        Problem::BadDate { .. } => "BadDate",
        Problem::BadReviewDate(_) => "BadReviewDate",
        Problem::BadUrl(_) => "BadUrl",
        Problem::BadValue { .. } => "BadValue",
        Problem::OverdoseNotEmergency => "OverdoseNotEmergency",
        Problem::BadWords { .. } => "BadWords",
        Problem::PhraseCollision { .. } => "PhraseCollision",
        Problem::TooManyConcepts(_) => "TooManyConcepts",
        Problem::UnknownConcept(_) => "UnknownConcept",
        Problem::DuplicateConceptId(_) => "DuplicateConceptId",
        Problem::MissingCue(_) => "MissingCue",
        Problem::UnknownMessage(_) => "UnknownMessage",
        Problem::UnknownFaq(_) => "UnknownFaq",
        Problem::BadCall(_) => "BadCall",
        Problem::DuplicateMessageId(_) => "DuplicateMessageId",
        Problem::UnreviewedPhone(_) => "UnreviewedPhone",
        Problem::IndexLimit(_) => "IndexLimit",
        Problem::ReviewedInFuture { .. } => "ReviewedInFuture",
        Problem::StaleReview { .. } => "StaleReview",
        Problem::DisclaimerWording => "DisclaimerWording",
        Problem::UnusedSource(_) => "UnusedSource",
        Problem::BadCopyOf(_) => "BadCopyOf",
        Problem::MissingNote(_) => "MissingNote",
        Problem::CopyMarker(_) => "CopyMarker",
        Problem::RawHtml(_) => "RawHtml",
        Problem::BadLink(_) => "BadLink",
    }
}

const ALL_PROBLEMS: &[&str] = &[
    "Unreadable",
    "NotUtf8",
    "ByteOrderMark",
    "EmptyFile",
    "MissingFrontMatter",
    "EmptyToml",
    "UnclosedFrontMatter",
    "Toml",
    "BadSlug",
    "BadId",
    "UnknownFolder",
    "StrayFile",
    "MissingFile",
    "EmptyField",
    "FlagMessage",
    "EmptyBody",
    "Count",
    "DanglingRelated",
    "BadKindPrefix",
    "UnknownSymptom",
    "UnknownSource",
    "SelfReference",
    "Repeated",
    "DuplicateQuestion",
    "AliasCollision",
    "EmptyAlias",
    "LongAlias",
    "DuplicateSourceId",
    "BadDate",
    "BadReviewDate",
    "BadUrl",
    "BadValue",
    "OverdoseNotEmergency",
    "BadWords",
    "PhraseCollision",
    "TooManyConcepts",
    "UnknownConcept",
    "DuplicateConceptId",
    "MissingCue",
    "UnknownMessage",
    "UnknownFaq",
    "BadCall",
    "DuplicateMessageId",
    "UnreviewedPhone",
    "IndexLimit",
    "ReviewedInFuture",
    "StaleReview",
    "DisclaimerWording",
    "UnusedSource",
    "BadCopyOf",
    "MissingNote",
    "CopyMarker",
    "RawHtml",
    "BadLink",
];

#[test]
fn the_valid_fixture_compiles_without_diagnostics() {
    let output = seven_oh_compiler::compile(&fixtures().join("valid"));
    let shown: Vec<String> = output.diagnostics.iter().map(describe).collect();
    assert!(shown.is_empty(), "unexpected diagnostics:\n{}", shown.join("\n"));
    let code = output.code.expect("the valid fixture compiles to code");
    assert!(
        code.contains("@generated"),
        "the generated code has no @generated header"
    );
    for id in [
        "what-is-7-oh",
        "about-7-oh",
        "slow-breathing",
        "overdose",
        "journal-review",
    ] {
        assert!(
            code.contains(&format!("{id:?}")),
            "the generated code does not mention {id:?}"
        );
    }
}

#[test]
fn every_bad_case_reports_exactly_its_expected_diagnostics() {
    let outcomes = outcomes();
    assert!(!outcomes.is_empty(), "no cases found under tests/fixtures/bad/");
    let failures: Vec<String> = outcomes
        .iter()
        .filter_map(|o| o.failure.as_ref().map(|f| format!("case `{}` failed:\n{f}", o.name)))
        .collect();
    println!("{} cases ran, {} failed", outcomes.len(), failures.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_problem_is_proved_by_a_case() {
    let seen: BTreeSet<&str> = outcomes().iter().flat_map(|o| o.problems.iter().copied()).collect();
    let missing: Vec<&&str> = ALL_PROBLEMS.iter().filter(|p| !seen.contains(**p)).collect();
    assert!(
        missing.is_empty(),
        "no case under tests/fixtures/bad/ reports {missing:?}"
    );
}

#[test]
fn fixture_bytes_survived_checkout() {
    // Git must not touch these bytes (tests/fixtures/.gitattributes sets `-text`).
    let bad = fixtures().join("bad");
    let read = |case: &str, path: &str| fs::read(bad.join(case).join(path)).unwrap();
    let crlf = read("crlf", "content/faqs/what-is-7-oh.md");
    assert!(
        crlf.windows(2).filter(|w| w == b"\r\n").count() > 5,
        "crlf lost its CRLF line ends"
    );
    assert!(
        !crlf.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r'),
        "crlf has an LF line end"
    );
    let crlf = read("crlf-dangling-related", "content/risks/overdose.md");
    assert!(
        crlf.windows(2).any(|w| w == b"\r\n"),
        "crlf-dangling-related lost its CRLF line ends"
    );
    assert!(
        read("bom", "content/faqs/what-is-7-oh.md").starts_with(b"\xEF\xBB\xBF"),
        "bom lost its BOM"
    );
    let latin1 = read("not-utf8", "content/symptoms/trouble-sleeping.md");
    assert!(std::str::from_utf8(&latin1).is_err(), "not-utf8 is valid UTF-8");
}
