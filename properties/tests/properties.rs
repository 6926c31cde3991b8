//! Property tests over hostile text: arbitrary Unicode, and domain words mixed with emoji, right-to-left
//! scripts, combining marks, zero-width and control characters.
//!
//! For `ask`, `search`, `lookup` and every lookup by id (`faq`, `topic`, `symptom`, `risk`, `source`,
//! `urgent_message`), whatever the input:
//!
//! - nothing panics;
//! - `ask` gives at most 3 matches, all FAQs, and `search` at most [`seven_oh::SEARCH_LIMIT`];
//! - every score is within 0..=1 (so never NaN) and scores never rise down the list;
//! - the same input gives the same answer (each call is made twice and compared);
//! - an abstained answer has no `top()`; an answer that did not abstain has its first match as `top()`;
//! - a lookup by id returns the record with exactly that id, or nothing;
//! - what lies past [`seven_oh::MAX_QUERY_BYTES`] bytes or [`seven_oh::MAX_QUERY_WORDS`] words is never read.
//!
//! Each property runs [`CASES`] cases (`PROPTEST_CASES=N cargo test --test properties` runs N instead) and
//! prints how many ran, with `--nocapture`.

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use seven_oh::{Answer, Hit, Kind, Match};

/// Cases per property, unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 1024;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES)
}

/// Runs `test` over `strategy` for [`cases`] cases (a panic in `test` fails the property and is shrunk), and
/// prints how many cases ran.
fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value)) {
    let config = Config {
        cases: cases(),
        // A failure is shrunk, reported, and its seed saved in `tests/properties.proptest-regressions`, whose
        // cases run first from then on (commit the file).
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..Config::default()
    };
    let configured = config.cases;
    let mut runner = TestRunner::new(config);
    let ran = AtomicUsize::new(0);
    let result = runner.run(&strategy, |value| {
        ran.fetch_add(1, Ordering::Relaxed);
        test(value);
        Ok(())
    });
    if let Err(e) = result {
        panic!("property '{name}' failed: {e}");
    }
    let ran = ran.load(Ordering::Relaxed);
    println!(
        "property '{name}': {ran} cases passed ({configured} configured, {} replayed from \
         tests/properties.proptest-regressions)",
        ran.saturating_sub(configured as usize)
    );
}

// ---------------------------------------------------------------------------------------------------------
// Strategies

/// Words and phrases from the domain, ids and aliases: the inputs most likely to reach deep code paths
/// (phrases, typo correction, the emergency triggers).
const DOMAIN: &[&str] = &[
    "7oh",
    "7-OH",
    "7 oh",
    "7-Hydroxymitragynine",
    "kratom",
    "withdrawal",
    "withdrawl",
    "not breathing",
    "won't wake up",
    "blue lips",
    "pinpoint pupils",
    "drowsy",
    "overdose",
    "overdosing",
    "seizure",
    "toddler swallowed",
    "kill myself",
    "suicidal",
    "naloxone",
    "narcan",
    "suboxone",
    "taper",
    "cut down",
    "addictive",
    "legal",
    "pregnancy",
    "liver",
    "is",
    "the",
    "can't sleep",
    "FDA's",
    "is-7-oh-addictive",
    "overview",
    "regulation",
    "insomnia",
    "tolerance",
    "crisis",
    "poisoning",
    "Ωmega",
    "Straße",
    "ＦＵＬＬ７ＯＨ",
];

/// Characters that break naive text handling.
const ODD: &[&str] = &[
    "😀",
    "👨\u{200D}👩\u{200D}👧",
    "🏳️\u{200D}🌈",
    "💊",
    "مرحبا",
    "שלום",
    "\u{202E}reversed\u{202C}",
    "\u{200F}",
    "e\u{0301}",
    "7\u{0336}",
    "O\u{0308}\u{0323}H",
    "\u{0301}\u{0301}\u{0301}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\0",
    "\u{1}",
    "\u{7F}",
    "\u{1B}[31m",
    "\r\n",
    "\t",
    "\u{85}",
    "\u{2028}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "'",
    "\u{2019}s",
    "'s",
    "--",
    "?!",
    "漢字",
    "ß",
    "İ",
    "ﬁ",
];

/// Separators between fragments, including none (so fragments glue into one token).
const SEPARATORS: &[&str] = &[" ", "", "\u{200B}", "\u{200D}", "\t", "-", "'", "\0", "  ", "\u{3000}"];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(DOMAIN).prop_map(str::to_owned),
        3 => proptest::sample::select(ODD).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-z]{1,30}",
    ]
}

/// Domain words, odd characters and arbitrary characters, glued by odd separators.
fn mixed() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), proptest::sample::select(SEPARATORS)), 0..40).prop_map(|parts| {
        let mut s = String::new();
        for (f, sep) in parts {
            s.push_str(&f);
            s.push_str(sep);
        }
        s
    })
}

/// Text that crosses the [`seven_oh::MAX_QUERY_BYTES`] cut, with multi-byte characters around it, so the
/// cut lands inside a character and inside a word.
fn around_the_byte_limit() -> impl Strategy<Value = String> {
    padded((seven_oh::MAX_QUERY_BYTES - 40)..(seven_oh::MAX_QUERY_BYTES + 8))
}

/// At least [`seven_oh::MAX_QUERY_BYTES`] bytes, ending just past the cut.
fn past_the_byte_limit() -> impl Strategy<Value = String> {
    padded(seven_oh::MAX_QUERY_BYTES..(seven_oh::MAX_QUERY_BYTES + 8))
}

/// A unit (one to four bytes a character) repeated to at least `bytes` bytes, then a mixed tail.
fn padded(bytes: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    (
        proptest::sample::select(&["a", "é", "😀", " ", "7oh ", "withdrawal", "\u{0301}", "a\u{200B}"][..]),
        bytes,
        mixed(),
    )
        .prop_map(|(unit, bytes, tail)| {
            let mut s = String::new();
            while s.len() < bytes {
                s.push_str(unit);
            }
            s.push_str(&tail);
            s
        })
}

/// Every kind of input above.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        4 => mixed(),
        1 => around_the_byte_limit(),
    ]
}

// ---------------------------------------------------------------------------------------------------------
// The checks

/// Checks (id, score) pairs, best first.
fn check_scores(what: &str, input: &str, scored: &[(&str, f32)]) {
    for (id, score) in scored {
        assert!(
            (0.0..=1.0).contains(score),
            "{what}({input:?}): score {score} of {id} is outside 0..=1"
        );
    }
    for w in scored.windows(2) {
        assert!(
            w[0].1 >= w[1].1,
            "{what}({input:?}): scores rise down the list: {} then {}",
            w[0].1,
            w[1].1
        );
    }
}

fn check_ask(input: &str) -> Answer {
    let answer = seven_oh::ask(input);
    assert_eq!(answer, seven_oh::ask(input), "ask({input:?}) differs between two calls");
    let matches: Vec<Match> = answer.matches().collect();
    assert!(matches.len() <= 3, "ask({input:?}): {} matches", matches.len());
    assert!(
        matches.iter().all(|m| m.entry().kind() == Kind::Faq),
        "ask({input:?}) matched an entry that is not an FAQ: {matches:?}"
    );
    let scored: Vec<(&str, f32)> = matches.iter().map(|m| (m.faq().id(), m.score())).collect();
    check_scores("ask", input, &scored);
    if answer.abstained() {
        assert_eq!(answer.top(), None, "ask({input:?}) abstained but has a top match");
    } else {
        assert!(!matches.is_empty(), "ask({input:?}) answered with no match");
        assert_eq!(
            answer.top(),
            Some(matches[0]),
            "ask({input:?}): top() is not the first match"
        );
        assert!(matches[0].score() >= seven_oh::ANSWER_THRESHOLD);
    }
    if let Some(u) = answer.urgent() {
        assert!(answer.is_urgent());
        assert_eq!(seven_oh::urgent_message(u.id()), Some(u));
    }
    answer
}

fn check_search(input: &str) -> Vec<Hit> {
    let hits: Vec<Hit> = seven_oh::search(input).collect();
    let again: Vec<Hit> = seven_oh::search(input).collect();
    assert_eq!(hits, again, "search({input:?}) differs between two calls");
    assert!(
        hits.len() <= seven_oh::SEARCH_LIMIT,
        "search({input:?}): {} hits",
        hits.len()
    );
    let scored: Vec<(&str, f32)> = hits.iter().map(|h| (h.entry().id(), h.score())).collect();
    check_scores("search", input, &scored);
    hits
}

fn check_lookups(input: &str) {
    let entry = seven_oh::lookup(input);
    assert_eq!(
        entry,
        seven_oh::lookup(input),
        "lookup({input:?}) differs between two calls"
    );
    if let Some(e) = entry {
        assert!(
            seven_oh::entries().any(|x| x == e),
            "lookup({input:?}) gave an unknown entry"
        );
    }
    // More than 64 ASCII letters and digits is more than the longest key: such a name never matches.
    if input.chars().filter(char::is_ascii_alphanumeric).count() > 64 {
        assert_eq!(entry, None, "lookup({input:?}) matched a name longer than any key");
    }
    // Lookups by id are exact: what comes back has exactly that id.
    if let Some(f) = seven_oh::faq(input) {
        assert_eq!(f.id(), input);
    }
    if let Some(t) = seven_oh::topic(input) {
        assert_eq!(t.id(), input);
    }
    if let Some(s) = seven_oh::symptom(input) {
        assert_eq!(s.id(), input);
    }
    if let Some(r) = seven_oh::risk(input) {
        assert_eq!(r.id(), input);
    }
    if let Some(s) = seven_oh::source(input) {
        assert_eq!(s.id(), input);
    }
    if let Some(u) = seven_oh::urgent_message(input) {
        assert_eq!(u.id(), input);
    }
    assert_eq!(
        seven_oh::faq(input).map(|f| f.id()),
        seven_oh::faq(input).map(|f| f.id())
    );
}

fn check_everything(input: &str) {
    check_ask(input);
    check_search(input);
    check_lookups(input);
}

// ---------------------------------------------------------------------------------------------------------
// The properties

#[test]
fn arbitrary_unicode_never_breaks_anything() {
    run("arbitrary unicode", any::<String>(), |s| check_everything(&s));
}

#[test]
fn domain_words_mixed_with_odd_characters_never_break_anything() {
    run("domain words + odd characters", mixed(), |s| check_everything(&s));
}

#[test]
fn text_across_the_byte_limit_never_breaks_anything() {
    run("across the byte limit", around_the_byte_limit(), |s| {
        check_everything(&s)
    });
}

/// Every word the content's questions, paraphrases, titles, names, aliases and tags use.
fn content_words() -> Vec<String> {
    let mut texts: Vec<&str> = Vec::new();
    for f in seven_oh::faqs() {
        texts.push(f.question());
        texts.extend(f.paraphrases());
        texts.extend(f.aliases());
        texts.extend(f.tags());
    }
    for e in seven_oh::entries() {
        texts.push(e.title());
    }
    for s in seven_oh::symptoms() {
        texts.extend(s.aliases());
    }
    for r in seven_oh::risks() {
        texts.extend(r.aliases());
    }
    let mut words: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// Short questions made of the content's own words (and a few one-letter words): the inputs whose hits
/// tie or nearly tie, where the ranking's arithmetic is most exposed.
#[test]
fn short_questions_in_the_content_words_never_break_anything() {
    let mut words = content_words();
    words.extend(["m", "x", "7", "oh"].map(str::to_owned));
    let strategy = proptest::collection::vec(proptest::sample::select(words), 1..5).prop_map(|w| w.join(" "));
    run("short questions in the content's words", strategy, |s| {
        check_everything(&s)
    });
}

/// Ids with a hostile edit still resolve exactly or not at all (`faq("is-7-oh-addictive\u{200B}")` is
/// nothing, not the FAQ).
#[test]
fn perturbed_ids_resolve_exactly_or_not_at_all() {
    let ids: Vec<&'static str> = seven_oh::entries()
        .map(|e| e.id())
        .chain(seven_oh::sources().map(|s| s.id()))
        .chain(seven_oh::urgent_messages().map(|u| u.id()))
        .collect();
    let strategy = (
        proptest::sample::select(ids),
        proptest::sample::select(ODD),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(id, odd, at)| {
            let mut cut = at.index(id.len() + 1);
            while !id.is_char_boundary(cut) {
                cut -= 1;
            }
            format!("{}{odd}{}", &id[..cut], &id[cut..])
        });
    run("perturbed ids", strategy, |s| check_lookups(&s));
}

/// Only the first [`seven_oh::MAX_QUERY_BYTES`] bytes are read: anything appended after them changes nothing.
#[test]
fn nothing_past_the_byte_limit_is_read() {
    let strategy = (past_the_byte_limit(), hostile());
    run("nothing past MAX_QUERY_BYTES", strategy, |(q, tail)| {
        assert!(q.len() >= seven_oh::MAX_QUERY_BYTES);
        let longer = format!("{q}{tail}");
        assert_eq!(
            check_ask(&q),
            check_ask(&longer),
            "ask read past the byte limit of {q:?}"
        );
        assert_eq!(
            check_search(&q),
            check_search(&longer),
            "search read past the byte limit of {q:?}"
        );
    });
}

/// Only the first [`seven_oh::MAX_QUERY_WORDS`] words are ranked: after that many words and a space, anything
/// appended changes no match (unless it changes urgency: an urgent answer's only match is its message's FAQ).
/// The emergency check reads on (to `MAX_QUERY_BYTES`): appended words may raise a red flag, or mark the
/// message as a general question; either way `ask` and `urgent` agree.
#[test]
fn nothing_past_the_word_limit_is_read() {
    let strategy = (
        proptest::collection::vec(
            proptest::sample::select(&["7oh", "not", "breathing", "taper", "a", "x1"][..]),
            64,
        ),
        hostile(),
    );
    run("nothing past MAX_QUERY_WORDS", strategy, |(words, tail)| {
        assert_eq!(words.len(), seven_oh::MAX_QUERY_WORDS);
        let q = format!("{} ", words.join(" "));
        let longer = format!("{q}{tail}");
        let (short, long) = (check_ask(&q), check_ask(&longer));
        if short.urgent() == long.urgent() {
            assert!(
                short.matches().eq(long.matches()) && short.abstained() == long.abstained(),
                "ask ranked past the word limit of {q:?}"
            );
        }
        assert_eq!(
            long.urgent(),
            seven_oh::urgent(&longer),
            "ask and urgent disagree on {longer:?}"
        );
        assert_eq!(
            check_search(&q),
            check_search(&longer),
            "search read past the word limit of {q:?}"
        );
    });
}
