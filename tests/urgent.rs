//! The emergency check on the emergency corpus of issue 10 (`tests/eval/urgent-*.tsv`: messages that must be
//! urgent, by red flag; `calm-*.tsv`: questions about the same subjects, by topic) and on the earlier sets.
//!
//! The corpus comes from fifty-one writers, in parts:
//! - `tune` (first writer), `tune2` (third writer, hard phrasings), `tune3` (fifth), `tune4` (sixth),
//!   `tune5` (seventh), `tune6` (eighth), `tune7` (ninth), `tune8` (tenth), `tune9` (eleventh), `tune10`
//!   (twelfth), `tune11` (thirteenth), `tune12` (fourteenth), `tune13` (fifteenth), `tune14` (sixteenth),
//!   `tune15` (seventeenth), `tune16` (eighteenth), `tune17` (nineteenth), `tune18` (twentieth), `tune19`
//!   (twenty-first), `tune20` (twenty-second), `tune21` (twenty-third), `tune22` (twenty-fourth), and
//!   `tune23` to `tune25` (twenty-fifth to twenty-seventh), `tune26` to `tune28` (twenty-eighth to
//!   thirtieth), `tune29` to `tune31` (thirty-first to thirty-third), `tune32` to `tune34` (thirty-fourth to
//!   thirty-sixth), `tune35` to `tune37` (thirty-seventh to thirty-ninth), `tune38` to `tune40` (fortieth to
//!   forty-second), `tune41` to `tune43` (forty-third to forty-fifth), `tune44` to `tune46` (forty-sixth to
//!   forty-eighth): the rules may be tuned on these, and this test prints their misses. `tune2` to `tune46`
//!   were each measured once as a held-out part first (83.9%, 94.4%, 97.7%, 97.5%, 96.7%; then by pairs of
//!   writers: 92.0%, 98.3%, 96.2%, 97.5%, 98.3%, 97.9%; then 98.3% and 96.7%; then 92.9%; then by threes:
//!   94.7%, 96.9%, 93.3%, 96.1%, 95.8%, 93.6%, 95.8%, 96.9%), then tuned on;
//! - `heldout` (second writer) and `heldout2` (fourth writer): never read, but their counts were looked at
//!   while tuning, so they are "probed";
//! - `heldout47`, `heldout48` and `heldout49` (forty-ninth to fifty-first writers): the unseen part, never
//!   read and measured once, when the rules were settled.
//!
//! For every held-out part this test prints only figures (recall, false alarms, counts per flag and topic),
//! never a sentence, so that reading the output does not leak it into the rules.
//!
//! Run `cargo test --test urgent -- --nocapture` to see the figures.

use std::collections::BTreeMap;
use std::path::Path;

/// Rows of `tests/eval/NAME` without the header, split on tabs; `None` if the file does not exist.
fn rows(name: &str) -> Option<Vec<Vec<String>>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval").join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(
        text.lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').map(str::to_owned).collect())
            .collect(),
    )
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 { 100.0 } else { 100.0 * n as f64 / d as f64 }
}

/// The message a red flag of the corpus expects.
fn expected_message(flag: &str) -> &'static str {
    match flag {
        "suicide" => "crisis",
        "child" => "poisoning",
        _ => "overdose",
    }
}

/// Topics of calm questions that must never get the banner.
const NEVER: [&str; 5] = ["legal", "drug-test", "withdrawal", "taper", "treatment"];

/// Figures of one part.
struct Part {
    urgent: usize,
    caught: usize,
    calm: usize,
    flagged: usize,
    never_flagged: usize,
}

/// Runs one part; prints figures per flag and topic, and the sentences only when `show` (tuning parts).
fn run(part: &str, show: bool) -> Option<Part> {
    let urgent = rows(&format!("urgent-{part}.tsv"))?;
    let calm = rows(&format!("calm-{part}.tsv"))?;
    let mut by_flag: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut caught = 0;
    for r in &urgent {
        let got = seven_oh::urgent(&r[0]);
        let e = by_flag.entry(r[1].as_str()).or_default();
        e.0 += 1;
        if let Some(u) = got {
            caught += 1;
            e.1 += 1;
            e.2 += usize::from(u.id() == expected_message(&r[1]));
            if show && u.id() != expected_message(&r[1]) {
                println!("  other message ({}, {}): {}", r[1], u.id(), r[0]);
            }
        } else if show {
            println!("  missed ({}): {}", r[1], r[0]);
        }
        assert_eq!(
            got.is_some(),
            seven_oh::ask(&r[0]).is_urgent(),
            "urgent() and ask() agree"
        );
    }
    let mut by_topic: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut flagged, mut never_flagged) = (0, 0);
    for r in &calm {
        let got = seven_oh::urgent(&r[0]);
        let e = by_topic.entry(r[1].as_str()).or_default();
        e.0 += 1;
        if let Some(u) = got {
            flagged += 1;
            e.1 += 1;
            never_flagged += usize::from(NEVER.contains(&r[1].as_str()));
            if show {
                println!("  flagged ({}, {}): {}", r[1], u.id(), r[0]);
            }
        }
    }
    println!(
        "{part}: emergencies {caught}/{} urgent (recall {:.1}%); calm {flagged}/{} flagged (false alarms {:.1}%)",
        urgent.len(),
        pct(caught, urgent.len()),
        calm.len(),
        pct(flagged, calm.len())
    );
    for (flag, (n, hit, right)) in &by_flag {
        println!(
            "  flag {flag:<14} {hit:>3}/{n:<3} urgent ({:.0}%), {right} with the expected message",
            pct(*hit, *n)
        );
    }
    for (topic, (n, hit)) in &by_topic {
        println!("  topic {topic:<14} {hit:>3}/{n:<3} flagged");
    }
    Some(Part {
        urgent: urgent.len(),
        caught,
        calm: calm.len(),
        flagged,
        never_flagged,
    })
}

/// The parts the rules may be tuned on.
const TUNING: [&str; 46] = [
    "tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11", "tune12",
    "tune13", "tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22", "tune23",
    "tune24", "tune25", "tune26", "tune27", "tune28", "tune29", "tune30", "tune31", "tune32", "tune33", "tune34",
    "tune35", "tune36", "tune37", "tune38", "tune39", "tune40", "tune41", "tune42", "tune43", "tune44", "tune45",
    "tune46",
];

#[test]
fn tuning_corpus_figures() {
    let (mut urgent, mut caught, mut calm, mut flagged, mut never) = (0, 0, 0, 0, 0);
    for part in TUNING {
        let p = run(part, true).unwrap_or_else(|| panic!("tests/eval/urgent-{part}.tsv and calm-{part}.tsv exist"));
        never += p.never_flagged;
        assert!(p.urgent > 0 && p.calm > 0 && p.caught > 0);
        (urgent, caught, calm, flagged) = (urgent + p.urgent, caught + p.caught, calm + p.calm, flagged + p.flagged);
    }
    println!(
        "tuning parts together: emergencies {caught}/{urgent} urgent (recall {:.1}%); calm {flagged}/{calm} flagged (false alarms {:.1}%)",
        pct(caught, urgent),
        pct(flagged, calm)
    );
    assert!(
        pct(flagged, calm) <= 5.0,
        "more than 5% of the tuning parts' calm questions flagged"
    );
    assert!(
        never <= TUNING_NEVER_FLAGGED,
        "a legal, drug-test, withdrawal, taper or treatment question was flagged: {never}"
    );
}

/// Calm questions of the tuning parts about law, tests, withdrawal, tapering or treatment that are flagged,
/// each for a known reason: one (`tune30`, second-language English) asks whether to "stop all one time" or
/// cut down, and "stop all" reads as "make it all stop", a strong crisis flag that no calm subject may
/// outweigh. "Stop all at once" is set aside by a pattern; "one time" is not, because "it's time to end it
/// all" must stay a crisis.
const TUNING_NEVER_FLAGGED: usize = 1;

/// Emergencies of a probed part the rules may still miss: the count they reached without reading the
/// sentences (one suicidal-crisis message in `heldout`), so that the test fails if recall drops further.
const HELD_OUT_MISSES_ALLOWED: usize = 1;

/// The probed parts: recall (see [`HELD_OUT_MISSES_ALLOWED`]), at most 5% of calm questions flagged, and
/// none about law, drug tests, withdrawal, tapering or treatment. Figures only.
#[test]
fn held_out_corpus() {
    for part in ["heldout", "heldout2"] {
        let p = run(part, false).unwrap_or_else(|| panic!("tests/eval/urgent-{part}.tsv and calm-{part}.tsv exist"));
        assert!(p.urgent >= 60 && p.calm >= 60);
        assert!(
            p.urgent - p.caught <= HELD_OUT_MISSES_ALLOWED,
            "{part}: held-out emergency recall fell: {} missed",
            p.urgent - p.caught
        );
        assert!(
            pct(p.flagged, p.calm) <= 5.0,
            "{part}: more than 5% of held-out calm questions flagged"
        );
        assert_eq!(
            p.never_flagged, 0,
            "{part}: a held-out legal, drug-test, withdrawal, taper or treatment question was flagged"
        );
    }
}

/// What the unseen parts measured once, when the rules were settled, together: 14 of 360 emergencies missed
/// (6, 2 and 6), 20 of 360 calm questions flagged (2, 2 and 16: 5.6%), four of them about the law,
/// withdrawal or tapering (long forum posts about past events). Issue 10 asks for none missed, at most 5%
/// flagged and none about law, tests, withdrawal, tapering or treatment: not met. These floors keep the
/// figures from falling further without anyone noticing.
const UNSEEN_MISSES: usize = 14;
/// See [`UNSEEN_MISSES`].
const UNSEEN_FLAGGED: usize = 20;
/// See [`UNSEEN_MISSES`].
const UNSEEN_NEVER_FLAGGED: usize = 4;
/// The unseen parts.
const UNSEEN: &[&str] = &["heldout47", "heldout48", "heldout49"];

/// The unseen parts: the forty-ninth to fifty-first writers' parts (`heldout47`: people who avoid naming
/// things, euphemisms and vague words; `heldout48`: caregivers and staff looking after others; `heldout49`:
/// long structured forum posts with edits, updates and a TL;DR), never read while tuning and measured only
/// after the rules were settled. Each earlier writer's part was measured once the same way before it became
/// a tuning part (third writer 83.9% recall, fifth 94.4%, sixth 97.7%, seventh 97.5%, eighth 96.7%, ninth
/// and tenth together 92.0%, eleventh and twelfth 98.3%, thirteenth and fourteenth 96.2%, fifteenth and
/// sixteenth 97.5%, seventeenth and eighteenth 98.3%, nineteenth and twentieth 97.9%, twenty-first 98.3%,
/// twenty-second 96.7%, twenty-third and twenty-fourth 92.9%, twenty-fifth to twenty-seventh 94.7%,
/// twenty-eighth to thirtieth 96.9%, thirty-first to thirty-third 93.3%, thirty-fourth to thirty-sixth
/// 96.1%, thirty-seventh to thirty-ninth 95.8%, fortieth to forty-second 93.6%, forty-third to forty-fifth
/// 95.8%, forty-sixth to forty-eighth 96.9%). Prints only figures.
#[test]
fn unseen_corpus() {
    let (mut urgent, mut caught, mut calm, mut flagged, mut never) = (0, 0, 0, 0, 0);
    for &part in UNSEEN {
        let p = run(part, false).unwrap_or_else(|| panic!("tests/eval/urgent-{part}.tsv and calm-{part}.tsv exist"));
        assert!(p.urgent >= 100 && p.calm >= 100, "the unseen part {part} exists");
        (urgent, caught, calm, flagged) = (urgent + p.urgent, caught + p.caught, calm + p.calm, flagged + p.flagged);
        never += p.never_flagged;
    }
    println!(
        "unseen parts together: emergencies {caught}/{urgent} urgent (recall {:.1}%); calm {flagged}/{calm} flagged (false alarms {:.1}%)",
        pct(caught, urgent),
        pct(flagged, calm)
    );
    assert!(
        urgent - caught <= UNSEEN_MISSES,
        "unseen emergency recall fell: {} missed",
        urgent - caught
    );
    assert!(
        flagged <= UNSEEN_FLAGGED,
        "more unseen calm questions flagged: {flagged}"
    );
    assert!(
        never <= UNSEEN_NEVER_FLAGGED,
        "more unseen legal, drug-test, withdrawal, taper or treatment questions flagged: {never}"
    );
}

/// FAQs about doses or overdose amounts: never offered with an emergency message.
const DOSE_FAQS: [&str; 2] = ["is-there-a-safe-dose-of-7-oh", "can-you-overdose-on-7-oh"];

/// Safe messaging, over every message of every set in `tests/eval/` that raises a red flag (held-out sets
/// included; only counts are printed): the answer's only match, and its top, is the message's FAQ, and no
/// FAQ about doses or overdose amounts is offered.
#[test]
fn urgent_answers_show_their_faq_and_nothing_about_doses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/eval exists")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    let (mut urgent, mut bad) = (0, 0);
    for name in &names {
        for r in rows(name).unwrap_or_default() {
            let answer = seven_oh::ask(&r[0]);
            let Some(u) = answer.urgent() else { continue };
            urgent += 1;
            let ids: Vec<&str> = answer.matches().map(|m| m.entry().id()).collect();
            let top = answer.top().map(|m| m.entry().id());
            let ok = ids == [u.faq().id()]
                && top == Some(u.faq().id())
                && !answer.abstained()
                && !ids.iter().any(|id| DOSE_FAQS.contains(id));
            if !ok {
                bad += 1;
                if !name.contains("heldout") {
                    println!("  {name}: {}: {ids:?}", r[0]);
                }
            }
        }
    }
    println!(
        "{urgent} urgent answers over {} sets, {bad} not shown as banner, FAQ, nothing else",
        names.len()
    );
    assert!(urgent > 250);
    assert_eq!(bad, 0);
    for u in seven_oh::urgent_messages() {
        assert!(!DOSE_FAQS.contains(&u.faq().id()), "{}: its FAQ is about doses", u.id());
    }
    #[cfg(feature = "plain-text")]
    {
        let crisis = seven_oh::urgent_message("crisis").unwrap().faq();
        assert!(crisis.answer_text().contains("988"));
        for word in ["dose", "mg", "how much", "lethal", "pills"] {
            assert!(
                !crisis.answer_text().to_lowercase().contains(word),
                "the crisis FAQ mentions {word:?}"
            );
        }
    }
}

/// The child-poisoning message sends a sleepy or slow-breathing child to 911 and keeps Poison Help for a
/// child who is awake and breathing normally.
#[test]
fn poisoning_message_sends_a_sleepy_child_to_911() {
    let u = seven_oh::urgent_message("poisoning").unwrap();
    let first = u.steps()[0].to_lowercase();
    assert!(first.contains("911") && first.contains("sleepy") && first.contains("breathing slowly"));
    let poison = u.steps().iter().find(|s| s.contains("1-800-222-1222")).unwrap();
    assert!(poison.contains("awake and breathing normally"));
    assert!(u.steps().iter().any(|s| s.contains("naloxone")));
}
