//! Checks on the compiled content itself, through the public API: every planned entry exists, the text reads
//! at grade 8 or lower, help-line numbers are the reviewed ones, nothing reads as dosing or buying advice,
//! overdose guidance has the CDC/SAMHSA steps, and every FAQ has the documented shape.
//!
//! Run `cargo test --test content -- --nocapture` to see the reading-grade table.

// The checks read every form of the entries' text, Markdown and plain text included (default features).
#![cfg(all(feature = "markdown", feature = "plain-text"))]

use seven_oh_shared::layout::{MAX_PARAPHRASES, MIN_PARAPHRASES};
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------------------------
// a. Required ids
// ---------------------------------------------------------------------------------------------------------

const REQUIRED_FAQS: &[&str] = &[
    "what-is-7-oh",
    "is-7-oh-kratom",
    "is-7-oh-stronger-than-kratom",
    "is-7-oh-stronger-than-morphine",
    "how-does-7-oh-work",
    "why-does-7-oh-feel-so-strong",
    "why-do-people-use-7-oh",
    "is-7-oh-addictive",
    "dependence-vs-addiction",
    "what-does-withdrawal-feel-like",
    "how-long-does-withdrawal-last",
    "is-withdrawal-dangerous",
    "can-you-taper-off-7-oh",
    "can-you-overdose-on-7-oh",
    "does-naloxone-reverse-7-oh",
    "what-to-do-in-an-overdose",
    "what-are-the-side-effects",
    "does-7-oh-harm-the-liver",
    "is-7-oh-legal",
    "is-7-oh-fda-approved",
    "is-7-oh-safer-than-opioids",
    "can-7-oh-treat-opioid-withdrawal",
    "does-7-oh-work-for-pain",
    "what-forms-does-7-oh-come-in",
    "why-is-7-oh-strength-unpredictable",
    "what-treatment-works",
    "when-to-seek-treatment",
    "where-to-get-help",
    "how-to-help-someone",
    "does-7-oh-show-on-drug-tests",
    "can-you-mix-7-oh-with-alcohol-or-drugs",
    "is-7-oh-safe-in-pregnancy",
    "is-kratom-safe",
    // Added for real questions the first 33 left unanswered (issue 11).
    "what-is-kratom",
    "what-does-7-oh-feel-like",
    "how-long-do-effects-last",
    "can-you-drive-on-7-oh",
    "can-you-lower-tolerance",
    "what-are-the-long-term-effects",
    "is-7-oh-safe-while-breastfeeding",
    "how-to-talk-to-kids-about-7-oh",
    "are-7-oh-products-contaminated",
    "does-7-oh-help-anxiety-or-depression",
    "should-i-tell-my-doctor",
];

const REQUIRED_TOPICS: &[&str] = &[
    "overview",
    "kratom-and-mitragynine",
    "high-potency-products",
    "how-7-oh-acts",
    "why-people-use-it",
    "dependence-and-withdrawal",
    "overdose",
    "side-effects",
    "regulation",
    "treatment-and-recovery",
    "getting-help",
];

const REQUIRED_SYMPTOMS: &[&str] = &[
    "agitation",
    "anxiety",
    "blue-lips",
    "confusion",
    "constipation",
    "cravings",
    "depression",
    "diarrhea",
    "dizziness",
    "drowsiness",
    "fast-heart-rate",
    "high-blood-pressure",
    "insomnia",
    "mood-swings",
    "muscle-aches",
    "nausea",
    "pinpoint-pupils",
    "restlessness",
    "runny-nose",
    "seizures",
    "slow-breathing",
    "sweating",
    "unresponsiveness",
    "vomiting",
];

const REQUIRED_RISKS: &[&str] = &[
    "addiction",
    "dependence",
    "drug-interactions",
    "inconsistent-potency",
    "liver-injury",
    "misleading-marketing",
    "overdose",
    "pregnancy",
    "redosing-cycle",
    "respiratory-depression",
    "seizures",
    "substitution",
    "tolerance",
    "withdrawal",
];

#[test]
fn every_required_entry_exists() {
    let mut missing = Vec::new();
    for id in REQUIRED_FAQS {
        if seven_oh::faqs().all(|f| f.id() != *id) {
            missing.push(format!("faq {id}"));
        }
    }
    for id in REQUIRED_TOPICS {
        if seven_oh::topics().all(|t| t.id() != *id) {
            missing.push(format!("topic {id}"));
        }
    }
    for id in REQUIRED_SYMPTOMS {
        if seven_oh::symptoms().all(|s| s.id() != *id) {
            missing.push(format!("symptom {id}"));
        }
    }
    for id in REQUIRED_RISKS {
        if seven_oh::risks().all(|r| r.id() != *id) {
            missing.push(format!("risk {id}"));
        }
    }
    assert!(missing.is_empty(), "missing entries: {missing:?}");
    assert_eq!(REQUIRED_FAQS.len(), 44);
    assert_eq!(REQUIRED_TOPICS.len(), 11);
    assert_eq!(REQUIRED_SYMPTOMS.len(), 24);
    assert_eq!(REQUIRED_RISKS.len(), 14);
}

// ---------------------------------------------------------------------------------------------------------
// b. Readability (Flesch-Kincaid grade)
// ---------------------------------------------------------------------------------------------------------

/// The highest median grade allowed for FAQ answers and for topic bodies.
const MAX_MEDIAN_GRADE: f64 = 8.0;

/// Estimates the syllables in one word. The same heuristic as the writers' `fk.py`, so the numbers agree:
///
/// 1. keep only the letters, lowercased (a word with none, like "988", counts 0);
/// 2. a word of three letters or fewer is one syllable;
/// 3. drop a silent ending: "-es" or "-e" after a consonant other than `l` (the consonant goes too, which
///    does not change the count), or "-ed";
/// 4. drop a leading "y" (a consonant there);
/// 5. count vowel groups, where a run of vowels (`aeiouy`) counts one per two letters ("ea" = 1,
///    "eau" = 2); at least one.
fn syllables(word: &str) -> usize {
    let mut w: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let keeps_e = |b: u8| b"laeiouy".contains(&b);
    let n = w.len();
    if w.ends_with(b"es") && n >= 3 && !keeps_e(w[n - 3]) {
        w.truncate(n - 3);
    } else if w.ends_with(b"ed") || (w.ends_with(b"e") && !keeps_e(w[n - 2])) {
        w.truncate(n - 2);
    }
    if w.first() == Some(&b'y') {
        w.remove(0);
    }
    let mut count = 0;
    let mut run: usize = 0;
    for &b in w.iter().chain(std::iter::once(&b' ')) {
        if b"aeiouy".contains(&b) {
            run += 1;
        } else {
            count += run.div_ceil(2);
            run = 0;
        }
    }
    count.max(1)
}

/// Splits plain text into sentences. Each line is a block of its own (the plain text the crate renders
/// puts every list item and heading on its own line), so a line end is always a sentence end. A leading
/// list marker ("- " or "3. ") is dropped first. Within a line, a sentence ends at `.`, `!`, `?`, `:` or
/// `;` followed by a space or the line end (like `fk.py`). Pieces without a letter or digit are dropped.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut line = line.trim();
        if let Some(rest) = line.strip_prefix("- ") {
            line = rest;
        } else {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && line[digits..].starts_with(". ") {
                line = &line[digits + 2..];
            }
        }
        let bytes = line.as_bytes();
        let mut start = 0;
        for i in 0..bytes.len() {
            let ends = b".!?:;".contains(&bytes[i]) && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
            if ends {
                out.push(line[start..=i].trim());
                start = i + 1;
            }
        }
        out.push(line[start..].trim());
    }
    out.retain(|s| s.bytes().any(|b| b.is_ascii_alphanumeric()));
    out
}

/// The words of a text: runs of ASCII letters, digits, apostrophes and hyphens ("7-OH" is one word).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
}

/// The Flesch-Kincaid grade: `0.39 * words/sentence + 11.8 * syllables/word - 15.59`.
fn fk_grade(text: &str) -> f64 {
    let n_sentences = sentences(text).len();
    let n_words = words(text).count();
    if n_sentences == 0 || n_words == 0 {
        return 0.0;
    }
    let n_syllables: usize = words(text).map(syllables).sum();
    0.39 * n_words as f64 / n_sentences as f64 + 11.8 * n_syllables as f64 / n_words as f64 - 15.59
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 0 {
        (v[mid - 1] + v[mid]) / 2.0
    } else {
        v[mid]
    }
}

#[test]
fn syllable_and_sentence_heuristics_behave() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("naloxone"), 3);
    assert_eq!(syllables("breathing"), 2);
    assert_eq!(syllables("tables"), 2);
    assert_eq!(syllables("988"), 0);
    assert_eq!(syllables("7-OH"), 1);
    let text = "## Signs\n\n- slow breathing\n- blue lips\n\n1. Call 911. Then wait: help comes.";
    assert_eq!(
        sentences(text),
        [
            "## Signs",
            "slow breathing",
            "blue lips",
            "Call 911.",
            "Then wait:",
            "help comes."
        ]
    );
    assert_eq!(words("Call 1-800-662-4357 (free).").count(), 3);
    assert!(fk_grade("The cat sat on the mat.") < 2.0);
}

#[test]
fn text_reads_at_grade_eight_or_lower() {
    let mut report = String::new();
    let mut answers = Vec::new();
    let mut shorts = Vec::new();
    let mut rows = Vec::new();
    let mut short_rows = Vec::new();
    writeln!(report, "\nFAQ reading grades (Flesch-Kincaid)").unwrap();
    writeln!(report, "{:>6} {:>6}  id", "answer", "short").unwrap();
    for f in seven_oh::faqs() {
        let (a, s) = (fk_grade(f.answer_text()), fk_grade(f.short_answer()));
        writeln!(report, "{a:>6.1} {s:>6.1}  {}", f.id()).unwrap();
        answers.push(a);
        shorts.push(s);
        rows.push((a, format!("faq answer  {}", f.id())));
        short_rows.push((s, format!("faq short   {}", f.id())));
    }
    let mut bodies = Vec::new();
    writeln!(report, "\nTopic reading grades").unwrap();
    writeln!(report, "{:>6}  id", "body").unwrap();
    for t in seven_oh::topics() {
        let b = fk_grade(t.body_text());
        writeln!(report, "{b:>6.1}  {}", t.id()).unwrap();
        bodies.push(b);
        rows.push((b, format!("topic body  {}", t.id())));
    }
    let (faq_median, short_median, topic_median) = (median(&answers), median(&shorts), median(&bodies));
    writeln!(report, "\nmedian FAQ answer grade: {faq_median:.1}").unwrap();
    writeln!(report, "median FAQ short-answer grade: {short_median:.1}").unwrap();
    writeln!(report, "median topic body grade: {topic_median:.1}").unwrap();
    for (title, rows) in [("answers and bodies", &mut rows), ("short answers", &mut short_rows)] {
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        writeln!(report, "hardest five {title}:").unwrap();
        for (grade, what) in rows.iter().take(5) {
            writeln!(report, "{grade:>6.1}  {what}").unwrap();
        }
    }
    println!("{report}");
    assert!(
        faq_median <= MAX_MEDIAN_GRADE,
        "median FAQ answer grade {faq_median:.1} is above {MAX_MEDIAN_GRADE}"
    );
    assert!(
        topic_median <= MAX_MEDIAN_GRADE,
        "median topic body grade {topic_median:.1} is above {MAX_MEDIAN_GRADE}"
    );
}

// ---------------------------------------------------------------------------------------------------------
// All entry text, for the scans below
// ---------------------------------------------------------------------------------------------------------

/// Every piece of text an entry shows or is searched by, labelled with where it comes from. Sources are
/// left out: their titles, publishers and URLs are citations (with article and page numbers), not our text.
fn entry_texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut push = |label: String, text: &'static str| out.push((label, text));
    for f in seven_oh::faqs() {
        let id = f.id();
        push(format!("faq {id} question"), f.question());
        push(format!("faq {id} short_answer"), f.short_answer());
        push(format!("faq {id} answer"), f.answer());
        push(format!("faq {id} answer_text"), f.answer_text());
        for p in f.paraphrases() {
            push(format!("faq {id} paraphrase"), p);
        }
        for a in f.aliases().iter().chain(f.tags()) {
            push(format!("faq {id} alias/tag"), a);
        }
    }
    for t in seven_oh::topics() {
        let id = t.id();
        push(format!("topic {id} title"), t.title());
        push(format!("topic {id} summary"), t.summary());
        push(format!("topic {id} body"), t.body());
        push(format!("topic {id} body_text"), t.body_text());
        for a in t.aliases().iter().chain(t.tags()) {
            push(format!("topic {id} alias/tag"), a);
        }
    }
    for s in seven_oh::symptoms() {
        let id = s.id();
        push(format!("symptom {id} name"), s.name());
        push(format!("symptom {id} body"), s.body());
        push(format!("symptom {id} body_text"), s.body_text());
        for a in s.aliases() {
            push(format!("symptom {id} alias"), a);
        }
    }
    for r in seven_oh::risks() {
        let id = r.id();
        push(format!("risk {id} name"), r.name());
        push(format!("risk {id} summary"), r.summary());
        push(format!("risk {id} body"), r.body());
        push(format!("risk {id} body_text"), r.body_text());
        for a in r.aliases() {
            push(format!("risk {id} alias"), a);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// c. Help lines
// ---------------------------------------------------------------------------------------------------------

/// Finds phone-number-like strings. A candidate is a run of digits joined by `-`, `.`, `(`, `)` or a single
/// space after `)`, not glued to a letter or digit before it; trailing separators are trimmed. It counts as
/// a phone number if its digit groups look like `1-800-xxx-xxxx`, `xxx-xxx-xxxx`, `(xxx) xxx-xxxx`,
/// `xxx.xxx.xxxx` or `xxx-xxxx`; if it starts `1-8` (a toll-free prefix, which also catches a vanity
/// number like `1-800-662-HELP`); if it is a bare three-digit N11 service code (211 ... 911) or 988; or if
/// it is a bare run of five or more digits (a text short code or an unformatted number). Year ranges such
/// as `2016-2017` and ratios such as `14-22` do not match.
fn phone_numbers(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b.is_ascii_digit() || b == b'(')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-' || bytes[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() {
            let c = bytes[j];
            let joins = c.is_ascii_digit()
                || matches!(c, b'-' | b'.' | b'(' | b')')
                || (c == b' ' && j > 0 && bytes[j - 1] == b')' && bytes.get(j + 1).is_some_and(u8::is_ascii_digit));
            if !joins {
                break;
            }
            j += 1;
        }
        let glued = bytes.get(j).is_some_and(|c| c.is_ascii_alphabetic());
        let run = text[i..j].trim_end_matches(['-', '.', ')', ' ']);
        let run = if run.starts_with('(') && !run.contains(')') {
            &run[1..]
        } else {
            run
        };
        let groups: Vec<usize> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .map(str::len)
            .collect();
        let bare = run.bytes().all(|c| c.is_ascii_digit());
        let is_phone = matches!(groups.as_slice(), [3, 3, 4] | [1, 3, 3, 4] | [3, 4])
            || run.starts_with("1-8")
            || (bare && run.len() == 3 && (run == "988" || (run.ends_with("11") && run.as_bytes()[0] >= b'2')))
            || (bare && run.len() >= 5);
        // A number glued to letters ("1-800-662-HELP") is still a phone number; a plain "7-OH" is not.
        if is_phone && !(glued && groups.len() == 1 && !run.starts_with("1-8")) {
            found.push(run.to_owned());
        }
        i = j.max(i + 1);
    }
    found
}

#[test]
fn phone_scanner_finds_the_shapes_it_documents() {
    let text = "Call 1-800-662-4357, (800) 555-0100 or 555.123.4567 or 555-0199. Text 988 or 435748. \
                Dial 911 or 311. Not 7-OH, 2016-2017, 14-22, 304 products, $3.97, 0.04%, 73,000 or CYP3A. \
                Not 1-800-662-HELP either.";
    assert_eq!(
        phone_numbers(text),
        [
            "1-800-662-4357",
            "(800) 555-0100",
            "555.123.4567",
            "555-0199",
            "988",
            "435748",
            "911",
            "311",
            "1-800-662"
        ]
    );
}

#[test]
fn help_lines_are_given_and_are_the_reviewed_ones() {
    let required = ["1-800-662-4357", "988", "1-800-222-1222"];
    let getting_help = seven_oh::topic("getting-help").unwrap().body_text();
    let where_to = seven_oh::faq("where-to-get-help").unwrap().answer_text();
    for number in required {
        assert!(getting_help.contains(number), "topic getting-help lacks {number}");
        assert!(where_to.contains(number), "FAQ where-to-get-help lacks {number}");
    }
    assert!(getting_help.contains("911") && where_to.contains("911"));

    let mut bad = Vec::new();
    let mut seen = 0;
    for (label, text) in entry_texts() {
        for number in phone_numbers(text) {
            seen += 1;
            if !seven_oh::HELP_LINES.iter().any(|l| l.number == number) {
                bad.push(format!("{label}: {number}"));
            }
        }
    }
    assert!(seen > 50, "the scanner found only {seen} numbers; is it broken?");
    assert!(bad.is_empty(), "unreviewed phone numbers: {bad:#?}");
}

// ---------------------------------------------------------------------------------------------------------
// d. Safety wording
// ---------------------------------------------------------------------------------------------------------

/// Phrases that would read as dosing advice, buying or making advice, or a claim that 7-OH is safe. None
/// may appear (ignoring case) in any entry text, including paraphrases and tags: the knowledge base never
/// answers those questions, so it should not be found by them either. A short list by design: it catches
/// the obvious slips; the writers' review catches the rest.
const DENYLIST: &[&str] = &[
    "safe dose",
    "safe dosage",
    "safe amount",
    "safe to take",
    "is safe to use",
    "perfectly safe",
    "completely safe",
    "totally safe",
    "how much 7-oh to take",
    "how much to take",
    "recommended dose",
    "starting dose",
    "dosing guide",
    "dosage guide",
    "where to buy",
    "where can you buy",
    "where can i buy",
    "buy online",
    "order online",
    "how to make 7-oh",
    "how to make it",
    "extract it yourself",
];

/// Whether the text gives an amount in milligrams or grams next to a number ("15 mg", "15mg", "2 g"):
/// the content gives no amounts of any drug.
fn has_amount(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    for (i, _) in lower.match_indices(|c: char| c.is_ascii_digit()) {
        let mut j = i + 1;
        while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
            j += 1;
        }
        let rest = lower[j..].trim_start();
        let unit = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if matches!(unit, "mg" | "g" | "mcg" | "milligram" | "milligrams" | "gram" | "grams") {
            return true;
        }
    }
    false
}

/// The one entry allowed to use dosing words: it exists so that "how much 7-OH should I take?" finds a
/// refusal ("No amount is known to be safe, and we do not give doses") instead of an unrelated answer.
/// Its refusal is checked below.
const DOSE_REFUSAL: &str = "is-there-a-safe-dose-of-7-oh";

#[test]
fn no_text_reads_as_dosing_buying_or_safety_advice() {
    let refusal = seven_oh::faq(DOSE_REFUSAL).expect("the dose refusal FAQ exists");
    assert!(refusal.short_answer().starts_with("No."));
    assert!(refusal.short_answer().contains("we do not give doses"));
    let mut hits = Vec::new();
    for (label, text) in entry_texts() {
        let lower = text.to_lowercase();
        for phrase in DENYLIST {
            let dosing_word = phrase.contains("dose") || phrase.contains("amount") || phrase.contains("how much");
            if label.contains(DOSE_REFUSAL) && dosing_word {
                continue;
            }
            if lower.contains(phrase) {
                hits.push(format!("{label}: \"{phrase}\""));
            }
        }
        if has_amount(text) {
            hits.push(format!("{label}: gives an amount in (milli)grams"));
        }
    }
    assert!(hits.is_empty(), "unsafe wording: {hits:#?}");
    assert!(has_amount("take 15 mg") && has_amount("a 2g dose") && !has_amount("the mg on the pack"));
}

#[test]
fn overdose_guidance_has_the_cdc_and_samhsa_steps() {
    let faq = seven_oh::faq("what-to-do-in-an-overdose").unwrap();
    let topic = seven_oh::topic("overdose").unwrap();
    for (label, text) in [
        ("FAQ what-to-do-in-an-overdose answer", faq.answer_text()),
        ("FAQ what-to-do-in-an-overdose short answer", faq.short_answer()),
        ("topic overdose", topic.body_text()),
    ] {
        let lower = text.to_lowercase();
        for step in ["911", "naloxone", "side", "stay", "breath"] {
            assert!(lower.contains(step), "{label} does not mention {step:?}");
        }
    }
    for text in [faq.answer_text(), topic.body_text()] {
        assert!(
            text.to_lowercase().contains("more than one"),
            "the full guidance says more than one naloxone dose may be needed"
        );
    }
}

// ---------------------------------------------------------------------------------------------------------
// e. FAQ shape
// ---------------------------------------------------------------------------------------------------------

/// Yes/no questions whose short answer may start with something other than "Yes" or "No", and why.
const YES_NO_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "is-7-oh-legal",
        "the true answer depends on the state and the date; a bare Yes or No would be wrong somewhere",
    ),
    (
        "is-7-oh-stronger-than-morphine",
        "it is stronger in animal and lab tests, but any human potency figure is unconfirmed (facts.md), so \
         a bare Yes would state an unconfirmed claim as fact",
    ),
];

/// The sentences of a short answer: split at `.`, `!` or `?` before a space or the end. A bare leading
/// "Yes." or "No." is the yes/no marker the README asks for, not a sentence of its own.
fn short_answer_sentences(text: &str) -> usize {
    let text = text
        .strip_prefix("Yes. ")
        .or_else(|| text.strip_prefix("No. "))
        .unwrap_or(text);
    let bytes = text.as_bytes();
    let ends = (0..bytes.len())
        .filter(|&i| b".!?".contains(&bytes[i]) && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))
        .count();
    let trailing = text.trim_end().ends_with(['.', '!', '?']);
    ends + usize::from(!trailing)
}

fn is_yes_no_question(question: &str) -> bool {
    let first = question.split_whitespace().next().unwrap_or("");
    ["Is", "Does", "Can", "Do", "Are", "Will", "Should"].contains(&first)
}

#[test]
fn faqs_have_the_documented_shape() {
    let mut problems = Vec::new();
    for f in seven_oh::faqs() {
        let id = f.id();
        let n = f.paraphrases().len();
        if !(MIN_PARAPHRASES..=MAX_PARAPHRASES).contains(&n) {
            problems.push(format!(
                "{id}: {n} paraphrases (want {MIN_PARAPHRASES} to {MAX_PARAPHRASES})"
            ));
        }
        let s = short_answer_sentences(f.short_answer());
        if s > 2 {
            problems.push(format!("{id}: short answer has {s} sentences (want at most 2)"));
        }
        if is_yes_no_question(f.question()) {
            let answered = f.short_answer().starts_with("Yes") || f.short_answer().starts_with("No");
            let excepted = YES_NO_EXCEPTIONS.iter().any(|(e, _)| *e == id);
            if !answered && !excepted {
                problems.push(format!(
                    "{id}: yes/no question, but the short answer starts neither Yes nor No"
                ));
            }
        }
    }
    for (id, reason) in YES_NO_EXCEPTIONS {
        let f = seven_oh::faq(id).unwrap_or_else(|| panic!("exception {id} is not an FAQ"));
        assert!(
            is_yes_no_question(f.question()),
            "exception {id} is not a yes/no question"
        );
        assert!(!reason.is_empty());
    }
    assert!(problems.is_empty(), "FAQ shape problems: {problems:#?}");
    assert_eq!(short_answer_sentences("Yes. One. Two."), 2);
    assert_eq!(short_answer_sentences("Yes, it may. One. Two."), 3);
    assert_eq!(short_answer_sentences("No trailing stop"), 1);
}

// ---------------------------------------------------------------------------------------------------------
// f. Disclaimer
// ---------------------------------------------------------------------------------------------------------

#[test]
fn disclaimer_says_not_medical_advice() {
    assert!(
        seven_oh::DISCLAIMER.contains("not medical advice"),
        "{}",
        seven_oh::DISCLAIMER
    );
}

// ---------------------------------------------------------------------------------------------------------
// g. Sources: no commercial providers or sellers, copies only where marked
// ---------------------------------------------------------------------------------------------------------

/// Hosts of commercial treatment providers, sellers and testing labs, which are never sources (reviewed for
/// issue 11; each was cited once or is a common stand-in for one). A host matches itself and its
/// subdomains. Add to the list when a review finds another; never remove one to make a source pass.
const COMMERCIAL_HOSTS: &[(&str, &str)] = &[
    ("ophelia.com", "telehealth opioid-treatment provider"),
    ("review-mag.com", "ran a recovery centre's message as an article"),
    ("aegislabs.com", "drug-testing lab marketing its tests"),
    ("axisfortox.com", "forensic toxicology lab selling testing"),
    (
        "legalclarity.org",
        "commercial legal-information site, not an official text",
    ),
    ("drugs.com", "commercial drug-information site"),
    ("americanaddictioncenters.org", "treatment provider"),
    ("addictioncenter.com", "treatment referral site"),
    ("rehabs.com", "treatment referral site"),
    ("recovery.com", "treatment referral site"),
    ("therecoveryvillage.com", "treatment provider"),
    ("amazon.com", "seller"),
];

/// Words in a publisher that name a commercial provider or seller (lowercase).
const COMMERCIAL_PUBLISHER_WORDS: &[&str] = &[
    "recovery center",
    "recovery centre",
    "treatment center",
    "rehab",
    "detox",
    "telehealth",
    "smoke shop",
    "vape shop",
    "botanicals",
];

/// Hosts that only mirror, reprint or aggregate what others published (reviewed for issue 11). A source on
/// one of them is allowed only as the only public copy, marked with `copy_of`. An entry with a dot matches
/// that host and its subdomains; one without a dot matches any host with that label (`datapdf`).
const MIRROR_HOSTS: &[&str] = &[
    "t.e2ma.net",
    "politicalemails.org",
    "pubt.io",
    "finanznachrichten.de",
    "ehealth-news.com",
    "einpresswire.com",
    "salinapost.com",
    "thelevisalazer.com",
    "biloxinewsevents.com",
    "insidelbnews.com",
    "fastdemocracy.com",
    "amazonaws.com",
    "mdspire.com",
    "counselstack.com",
    "thefederalregister.org",
    "targetednews.com",
    "fresnobusinessdaily.com",
    "htsyndication.com",
    "mondaq.com",
    "reviewer.ly",
    "datapdf",
    "booksci",
];

/// The host of an `https://` URL, lowercased.
fn host(url: &str) -> String {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', '#', ':'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Whether `host` is `listed` or one of its subdomains, or (for a `listed` without a dot) has it as a label.
fn host_matches(host: &str, listed: &str) -> bool {
    if listed.contains('.') {
        host == listed || host.ends_with(&format!(".{listed}"))
    } else {
        host.split('.').any(|label| label == listed)
    }
}

#[test]
fn host_matching_behaves() {
    assert_eq!(host("https://www.Drugs.com/a?b"), "www.drugs.com");
    assert!(host_matches("www.drugs.com", "drugs.com"));
    assert!(!host_matches("notdrugs.com", "drugs.com"));
    assert!(host_matches("s3.us-west-2.amazonaws.com", "amazonaws.com"));
    assert!(host_matches("www.datapdf.com", "datapdf"));
}

#[test]
fn no_source_is_a_commercial_provider_or_seller() {
    let mut problems = Vec::new();
    for s in seven_oh::sources() {
        let h = host(s.url());
        for (listed, why) in COMMERCIAL_HOSTS {
            if host_matches(&h, listed) {
                problems.push(format!("{}: {h} is a {why}", s.id()));
            }
        }
        let publisher = s.publisher().to_lowercase();
        for word in COMMERCIAL_PUBLISHER_WORDS {
            if publisher.contains(word) {
                problems.push(format!("{}: publisher '{}' names a {word}", s.id(), s.publisher()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "commercial sources (replace them with government, peer-reviewed or medical-reference sources, or drop the claim): {problems:#?}"
    );
}

#[test]
fn copies_are_marked() {
    let mut problems = Vec::new();
    for s in seven_oh::sources() {
        let h = host(s.url());
        let mirror = MIRROR_HOSTS.iter().any(|listed| host_matches(&h, listed));
        if (mirror || h.starts_with("staging.")) && s.copy_of().is_none() {
            problems.push(format!(
                "{}: {h} is a mirror or aggregator; link the original, or mark the only public copy with copy_of",
                s.id()
            ));
        }
        if s.copy_of().is_some_and(|c| c.trim().is_empty()) {
            problems.push(format!("{}: copy_of is empty", s.id()));
        }
    }
    assert!(problems.is_empty(), "unmarked copies: {problems:#?}");
}

#[test]
fn every_other_source_says_why_it_is_used() {
    let unexplained: Vec<&str> = seven_oh::sources()
        .filter(|s| s.kind() == seven_oh::SourceKind::Other && s.note().is_none_or(|n| n.trim().is_empty()))
        .map(|s| s.id())
        .collect();
    assert!(
        unexplained.is_empty(),
        "sources of kind `other` without a note: {unexplained:?}"
    );
}

#[test]
fn every_kind_of_source_is_named() {
    // The bibliography leans on official and peer-reviewed work; a change that loses all of one kind is
    // worth a look.
    for kind in [seven_oh::SourceKind::Government, seven_oh::SourceKind::PeerReviewed] {
        assert!(seven_oh::sources().any(|s| s.kind() == kind), "no {kind} source");
    }
}
