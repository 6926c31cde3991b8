//! Named hostile queries: each one answers, abstains or raises the emergency message without panicking,
//! and each prints what it got (`cargo test --test hostile -- --nocapture`).
//!
//! Bounded work, structurally: `ask` and `search` read at most the first [`MAX_QUERY_BYTES`] bytes of a
//! question (cut back to a character boundary), ranking at most its first [`MAX_QUERY_WORDS`] words; every word
//! is cut to a fixed-size buffer (and consumed whole), and nothing is allocated. So a 1 MiB question costs
//! one pass over its first kilobyte and then nothing: the big cases below assert that the answer to the
//! whole input equals the answer to the part the crate reads. `lookup` and the lookups by id read the whole
//! name, once (a hash, or a fold that stops at the 65th letter or digit, past the longest key): linear.
//! `tests/linear.rs` counts the instructions to show it.

use seven_oh::{Answer, Hit, Kind, MAX_QUERY_BYTES, MAX_QUERY_WORDS, Match};

const MIB: usize = 1 << 20;

/// What an answer is, in one line: `urgent <id>`, then `answered <faq id> (<score>)` or `abstained`.
fn outcome(answer: &Answer) -> String {
    let mut out = String::new();
    if let Some(u) = answer.urgent() {
        out.push_str(&format!("urgent '{}' (call {}); ", u.id(), u.call()));
    }
    match answer.top() {
        Some(m) => out.push_str(&format!("answered '{}' ({:.2})", m.entry().id(), m.score())),
        None => {
            out.push_str("abstained");
            let guesses: Vec<String> = answer.matches().map(|m| m.entry().id().to_owned()).collect();
            if !guesses.is_empty() {
                out.push_str(&format!(" (guesses: {})", guesses.join(", ")));
            }
        }
    }
    out
}

/// What `text` looks like in the report: short inputs as they are, long ones by size and start.
fn shown(text: &str) -> String {
    if text.len() <= 80 {
        format!("{text:?}")
    } else {
        let mut cut = 40;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{} bytes starting {:?}...", text.len(), &text[..cut])
    }
}

/// The part of `question` that `ask` and `search` read: its first `MAX_QUERY_BYTES` bytes, cut back to a
/// character boundary. (The word limit then applies within it.)
fn read_part(question: &str) -> &str {
    let mut end = question.len().min(MAX_QUERY_BYTES);
    while !question.is_char_boundary(end) {
        end -= 1;
    }
    &question[..end]
}

/// Checks scores, best first.
fn check_scores(scores: &[f32]) {
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)), "{scores:?}");
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

/// Runs `question` through `ask`, `search` and `lookup`, checks what every answer must satisfy, prints the
/// outcome under `name` and returns the answer.
fn case(name: &str, question: &str) -> Answer {
    let answer = seven_oh::ask(question);
    assert_eq!(answer, seven_oh::ask(question), "{name}: not deterministic");
    let matches: Vec<Match> = answer.matches().collect();
    assert!(matches.len() <= 3);
    assert!(matches.iter().all(|m| m.entry().kind() == Kind::Faq));
    check_scores(&matches.iter().map(Match::score).collect::<Vec<_>>());
    assert_eq!(answer.abstained(), answer.top().is_none(), "{name}: {answer:?}");
    let hits: Vec<Hit> = seven_oh::search(question).collect();
    assert!(hits.len() <= seven_oh::SEARCH_LIMIT);
    check_scores(&hits.iter().map(Hit::score).collect::<Vec<_>>());
    let looked_up = seven_oh::lookup(question);
    println!(
        "{name}: {} -> ask: {}; search: {} hit(s){}; lookup: {}",
        shown(question),
        outcome(&answer),
        hits.len(),
        hits.first()
            .map_or(String::new(), |h| format!(", first '{}'", h.entry().id())),
        looked_up.map_or("none".to_owned(), |e| format!("{} '{}'", e.kind(), e.id())),
    );
    answer
}

/// Asserts that only the part of `question` within the read limits counts: the whole and the part answer
/// the same, and search finds the same.
fn assert_reads_only_the_bound(name: &str, question: &str) {
    let part = read_part(question);
    assert!(part.len() <= MAX_QUERY_BYTES);
    assert_eq!(
        seven_oh::ask(question),
        seven_oh::ask(part),
        "{name}: ask read past MAX_QUERY_BYTES"
    );
    assert_eq!(
        seven_oh::search(question).collect::<Vec<_>>(),
        seven_oh::search(part).collect::<Vec<_>>(),
        "{name}: search read past MAX_QUERY_BYTES"
    );
}

fn id_of(answer: &Answer) -> Option<&'static str> {
    answer.top().map(|m| m.entry().id())
}

fn urgent_id(answer: &Answer) -> Option<&'static str> {
    answer.urgent().map(|u| u.id())
}

fn assert_nothing(name: &str, answer: &Answer, question: &str) {
    assert!(answer.abstained(), "{name}: {answer:?}");
    assert!(!answer.is_urgent(), "{name}: {answer:?}");
    assert_eq!(answer.matches().count(), 0, "{name}: {answer:?}");
    assert_eq!(seven_oh::search(question).count(), 0, "{name}");
    assert_eq!(seven_oh::lookup(question), None, "{name}");
}

#[test]
fn empty_string() {
    let a = case("empty string", "");
    assert_nothing("empty string", &a, "");
}

#[test]
fn only_whitespace() {
    let q = " \t\n\r\u{0B}\u{0C}\u{A0}\u{2003}\u{3000}\u{2028}\u{2029}\u{85}";
    let a = case("only whitespace", q);
    assert_nothing("only whitespace", &a, q);
}

#[test]
fn only_punctuation() {
    let q = "?!.,;:-()[]{}\"'`~@#$%^&*_+=|\\/<>¿¡«»“”‘’…—–";
    let a = case("only punctuation", q);
    assert_nothing("only punctuation", &a, q);
}

#[test]
fn emoji_only() {
    let q = "😀💊🔥👨\u{200D}👩\u{200D}👧🏳\u{FE0F}\u{200D}🌈🇺🇸👍🏽";
    let a = case("emoji only", q);
    assert_nothing("emoji only", &a, q);
}

#[test]
fn emoji_around_a_question() {
    let a = case("emoji around a question", "💊💊 is 7oh addictive?? 😰🙏");
    assert_eq!(id_of(&a), Some("is-7-oh-addictive"));
}

#[test]
fn right_to_left_text() {
    // Arabic: "Is 7-OH addictive?", with the Latin name in it.
    let arabic = case("right-to-left: Arabic with 7-OH", "هل يسبب 7-OH الإدمان؟");
    assert!(!arabic.is_urgent());
    // Hebrew only: nothing the crate can read.
    let q = "האם זה ממכר?";
    let hebrew = case("right-to-left: Hebrew only", q);
    assert_nothing("right-to-left: Hebrew only", &hebrew, q);
    // A right-to-left override around an English question changes only how it is displayed.
    let overridden = case("right-to-left override around English", "\u{202E}is 7oh legal\u{202C}");
    assert_eq!(id_of(&overridden), id_of(&seven_oh::ask("is 7oh legal")));
    assert_eq!(id_of(&overridden), Some("is-7-oh-legal"));
}

#[test]
fn combining_marks() {
    // Combining accents are not letters: they split words, as any other mark does. "7-O\u{301}H\u{308}"
    // reads as "7 o h", a spelling of 7-OH in content/search.toml.
    let a = case("combining marks on 7-OH", "is 7-O\u{0301}H\u{0308} addictive");
    assert!(!a.is_urgent());
    let b = case(
        "combining marks stacked",
        "7\u{0336}\u{0336}\u{0336}o\u{0334}h\u{0335} withdrawal",
    );
    assert!(!b.is_urgent());
    let c = case("combining marks alone", "\u{0301}\u{0308}\u{0323}\u{0336}\u{20DD}");
    assert_nothing("combining marks alone", &c, "\u{0301}\u{0308}\u{0323}\u{0336}\u{20DD}");
    // Precomposed accents fold to the letter.
    let d = case("precomposed accents", "ïs 7-ÖH àddíctîvé");
    assert_eq!(id_of(&d), Some("is-7-oh-addictive"));
}

#[test]
fn zero_width_characters_inside_words() {
    // A zero-width space splits the word; "thdrawal" is then within two edits of "withdrawal".
    let a = case(
        "zero-width space inside 'withdrawal'",
        "how long does 7oh wi\u{200B}thdrawal last",
    );
    assert!(!a.is_urgent());
    // A zero-width joiner does not split: "7\u{200D}oh" is "7oh".
    let b = case("zero-width joiner inside '7oh'", "is 7\u{200D}oh addictive");
    assert_eq!(id_of(&b), Some("is-7-oh-addictive"));
    let c = case(
        "byte-order mark and word joiner",
        "\u{FEFF}is 7oh le\u{2060}gal\u{FEFF}",
    );
    assert!(!c.is_urgent());
    // Not flagged urgent today: see `invisible_characters_inside_words_do_not_split_them` below.
    case(
        "zero-width non-joiner in an emergency",
        "my friend is not brea\u{200C}thing after 7oh",
    );
}

#[test]
fn nul_and_control_characters() {
    let a = case(
        "NUL and controls between words",
        "is\u{0}7oh\u{1}addictive\u{7}\u{8}\u{1B}[31m?\u{7F}",
    );
    assert_eq!(id_of(&a), Some("is-7-oh-addictive"));
    let only: String = (0u8..32)
        .map(char::from)
        .chain(['\u{7F}', '\u{80}', '\u{9F}'])
        .collect();
    let b = case("only control characters", &only);
    assert_nothing("only control characters", &b, &only);
    let c = case("NUL inside an emergency", "someone is\0not\0breathing");
    assert_eq!(urgent_id(&c), Some("overdose"));
}

#[test]
fn one_mib_query() {
    let unit = "is 7oh addictive? ";
    let q = unit.repeat(MIB / unit.len() + 1);
    assert!(q.len() >= MIB);
    let a = case("1 MiB query (a question repeated)", &q);
    assert_reads_only_the_bound("1 MiB query", &q);
    assert_eq!(id_of(&a), Some("is-7-oh-addictive"));
}

#[test]
fn one_mib_of_multibyte_characters() {
    // Four-byte characters: the byte cut falls inside one and is moved back to a boundary.
    let q = "😀é7".repeat(MIB / 7 + 1);
    assert!(q.len() >= MIB && !q.is_char_boundary(MAX_QUERY_BYTES));
    case("1 MiB of multi-byte characters", &q);
    assert_reads_only_the_bound("1 MiB of multi-byte characters", &q);
}

#[test]
fn one_hundred_thousand_repeated_words() {
    let q = "withdrawal ".repeat(100_000);
    let a = case("100,000 repeated words", &q);
    assert_reads_only_the_bound("100,000 repeated words", &q);
    // Within the bytes read, only the first MAX_QUERY_WORDS words count.
    let first: Vec<&str> = q.split(' ').take(MAX_QUERY_WORDS).collect();
    assert_eq!(a, seven_oh::ask(&first.join(" ")), "ask read past MAX_QUERY_WORDS");
    // Short words: 100,000 of them fit in far fewer bytes than they take words, so the word limit bites.
    let short = "od ".repeat(100_000);
    let b = case("100,000 repeated short words", &short);
    let first: Vec<&str> = short.split(' ').take(MAX_QUERY_WORDS).collect();
    assert_eq!(b, seven_oh::ask(&first.join(" ")), "ask read past MAX_QUERY_WORDS");
}

#[test]
fn token_longer_than_any_buffer() {
    let ten_k = "a".repeat(10_000);
    let a = case("a 10,000-letter token", &ten_k);
    assert_nothing("a 10,000-letter token", &a, &ten_k);
    let one_mib = "a".repeat(MIB);
    let b = case("a 1 MiB token", &one_mib);
    assert_nothing("a 1 MiB token", &b, &one_mib);
    assert_reads_only_the_bound("a 1 MiB token", &one_mib);
    // A long token is consumed whole and the words after it still count.
    let q = format!("{} is 7oh addictive", "x".repeat(900));
    let c = case("a 900-letter token, then a question", &q);
    assert_eq!(id_of(&c), Some("is-7-oh-addictive"));
    // A long token glued to a word: one token, cut to the buffer, no match.
    let glued = format!("withdrawal{}", "s".repeat(10_000));
    case("'withdrawal' glued to 10,000 letters", &glued);
}

#[test]
fn valid_emergency_followed_by_one_mib_of_junk() {
    let junk: String = "💊ж\0\u{200B}x%".chars().cycle().take(MIB / 2).collect();
    assert!(junk.len() >= MIB);
    let q = format!("my friend took 7oh and is not breathing {junk}");
    let a = case("emergency followed by 1 MiB of junk", &q);
    assert_reads_only_the_bound("emergency followed by 1 MiB of junk", &q);
    assert_eq!(urgent_id(&a), Some("overdose"));
    let q = format!("i want to kill myself{}", "!".repeat(MIB));
    let b = case("crisis followed by 1 MiB of '!'", &q);
    assert_eq!(urgent_id(&b), Some("crisis"));
}

#[test]
fn emergency_after_the_read_limit_is_not_read() {
    // The documented bound, from the other side: words past MAX_QUERY_BYTES are never read, even an
    // emergency. (A program that takes long input should pass each line or message to `ask` on its own.)
    let q = format!("{}my friend is not breathing", "junk ".repeat(MAX_QUERY_BYTES / 5 + 1));
    let a = case("emergency after the read limit", &q);
    assert_reads_only_the_bound("emergency after the read limit", &q);
    assert!(!a.is_urgent());
}

#[test]
fn replacement_characters_and_noncharacters() {
    // What lossy decoding makes of an encoded surrogate (ED A0 80) or of other invalid bytes.
    let lossy = String::from_utf8_lossy(b"\xED\xA0\x80is 7oh\xFF\xFE addictive\xC0").into_owned();
    assert!(lossy.contains('\u{FFFD}'));
    let a = case("lossy-decoded invalid bytes around a question", &lossy);
    assert_eq!(id_of(&a), Some("is-7-oh-addictive"));
    let q = "\u{FFFD}\u{FFFD}\u{FFFD}";
    let b = case("replacement characters only", q);
    assert_nothing("replacement characters only", &b, q);
    let q = "\u{FFFE}\u{FFFF}\u{10FFFF}\u{E000}\u{F8FF}";
    let c = case("noncharacters and private use", q);
    assert_nothing("noncharacters and private use", &c, q);
}

#[test]
fn mixed_scripts() {
    // Cyrillic О and Н look like Latin O and H but are other letters: "7-ОН" reads as "7".
    case("Cyrillic look-alikes in 7-ОН", "is 7-ОН addictive");
    let a = case(
        "Latin, Cyrillic, Han and Greek",
        "kratom 禁止 в США? 7oh λεγαλ? is it legal",
    );
    assert!(!a.is_urgent());
    let b = case("fullwidth Latin", "ｉｓ ７ｏｈ ａｄｄｉｃｔｉｖｅ");
    assert_eq!(id_of(&b), Some("is-7-oh-addictive"));
}

#[test]
fn extremely_long_ids() {
    let id = "is-7-oh-addictive".repeat(MIB / 17 + 1);
    assert!(id.len() >= MIB);
    assert!(seven_oh::faq(&id).is_none());
    assert!(seven_oh::topic(&id).is_none());
    assert!(seven_oh::symptom(&id).is_none());
    assert!(seven_oh::risk(&id).is_none());
    assert!(seven_oh::source(&id).is_none());
    assert!(seven_oh::urgent_message(&id).is_none());
    // Longer than any key (64 letters and digits): no name matches.
    assert!(seven_oh::lookup(&id).is_none());
    case("a 1 MiB id", &id);
    // A real id padded with 1 MiB of punctuation: lookup ignores punctuation, so it still resolves;
    // faq() is exact, so it does not.
    let padded = format!("is-7-oh-addictive{}", "-".repeat(MIB));
    assert!(seven_oh::faq(&padded).is_none());
    assert_eq!(seven_oh::lookup(&padded).map(|e| e.id()), Some("is-7-oh-addictive"));
    case("an id padded with 1 MiB of '-'", &padded);
    // One letter over the longest key.
    assert!(seven_oh::lookup(&"7".repeat(65)).is_none());
    assert!(seven_oh::lookup(&"7".repeat(64)).is_none());
}

// ---------------------------------------------------------------------------------------------------------
// Known failures, left failing on purpose until `shared/src/normalize.rs` is fixed (reported to the lead; the
// tests must not be weakened to pass).

/// Invisible characters inside a word must not split it. The zero-width joiner (U+200D) and the soft hyphen
/// (U+00AD) already join; the zero-width space (U+200B), zero-width non-joiner (U+200C), word joiner (U+2060)
/// and zero-width no-break space / byte-order mark (U+FEFF) split the word instead, so text pasted from a
/// web page or a chat app that carries them reads differently from what the person sees, and an emergency
/// ("not brea\u{200B}thing") is missed.
#[test]
fn invisible_characters_inside_words_do_not_split_them() {
    let questions = [
        ("my friend is not brea", "thing"),
        ("i want to kill my", "self"),
        ("is 7oh le", "gal"),
        ("how long does 7oh with", "drawal last"),
    ];
    let mut wrong = Vec::new();
    for invisible in ['\u{200B}', '\u{200C}', '\u{2060}', '\u{FEFF}', '\u{200D}', '\u{00AD}'] {
        for (left, right) in questions {
            let plain = format!("{left}{right}");
            let hidden = format!("{left}{invisible}{right}");
            let (want, got) = (seven_oh::ask(&plain), seven_oh::ask(&hidden));
            if got != want {
                wrong.push(format!(
                    "{hidden:?} -> {} but {plain:?} -> {}",
                    outcome(&got),
                    outcome(&want)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "invisible characters split words:\n{}",
        wrong.join("\n")
    );
}

/// A letter with a combining accent (decomposed, as macOS and some keyboards produce it) must read like the
/// same letter precomposed: `i\u{301}` like `í`, which folds to `i`. Today the combining mark splits the
/// word ("addi\u{301}ctive" reads as "addi ctive").
#[test]
fn combining_marks_inside_words_read_like_precomposed_accents() {
    let pairs = [
        ("is 7oh addi\u{0301}ctive", "is 7oh addíctive"),
        ("wi\u{0301}thdrawal symptoms", "wíthdrawal symptoms"),
        ("my friend is not bre\u{0301}athing", "my friend is not bréathing"),
        ("cafe\u{0301} kratom", "café kratom"),
    ];
    let mut wrong = Vec::new();
    for (decomposed, precomposed) in pairs {
        let (got, want) = (seven_oh::ask(decomposed), seven_oh::ask(precomposed));
        if got != want {
            wrong.push(format!(
                "{decomposed:?} -> {} but {precomposed:?} -> {}",
                outcome(&got),
                outcome(&want)
            ));
        }
    }
    assert!(wrong.is_empty(), "combining marks split words:\n{}", wrong.join("\n"));
}

/// Found by the `ask` fuzz target within its first second: `ask("m\0care\n''")` (the same as `ask("m care")`)
/// lists how-to-help-someone at 0.04927783 and then when-to-seek-treatment at 0.049277835, one unit in the
/// last place higher, against the documented "scores never rise down the list"; `search("pulse m moody")`
/// gives 0.24750447 then 0.24750449. The hits seem to tie on relevance, and a lower hit's score,
/// `top_score * relevance / top_relevance`, rounds up past the one above it (`src/search.rs`, end of
/// `rank`).
#[test]
fn scores_never_rise_down_the_list_even_on_ties() {
    let mut wrong = Vec::new();
    // The last two were found by the property tests (`search` breaks the same way).
    for question in ["m\0care\n''", "m care", "pulse m moody", "night much"] {
        let asked: Vec<(&str, f32)> = seven_oh::ask(question)
            .matches()
            .map(|m| (m.entry().id(), m.score()))
            .collect();
        let searched: Vec<(&str, f32)> = seven_oh::search(question)
            .map(|m| (m.entry().id(), m.score()))
            .collect();
        for (what, scores) in [("ask", asked), ("search", searched)] {
            if let Some(w) = scores.windows(2).find(|w| w[0].1 < w[1].1) {
                wrong.push(format!("{what}({question:?}): {:?} then {:?}", w[0], w[1]));
            }
        }
    }
    assert!(wrong.is_empty(), "scores rise down the list:\n{}", wrong.join("\n"));
}

#[test]
fn an_emergency_after_the_first_64_words_is_still_urgent() {
    // 81 words, well within MAX_QUERY_BYTES: ranking reads 64 of them, the emergency check all of them.
    let q = format!(
        "{} and now he is not breathing",
        "we were at a party and my friend took some 7oh".repeat(7)
    );
    assert!(q.split_whitespace().count() > MAX_QUERY_WORDS && q.len() < MAX_QUERY_BYTES);
    let a = case("an emergency after the first 64 words", &q);
    assert_eq!(a.urgent().map(|u| u.id()), Some("overdose"));
}
