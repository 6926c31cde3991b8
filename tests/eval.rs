//! Evaluation of `ask` on the development sets in `tests/eval/`: top-1 accuracy, recall@3 and MRR on the
//! questions with known answers, abstention on off-topic questions, and the emergency route.
//!
//! Run `cargo test --test eval -- --nocapture` to see the figures and every miss.

use std::path::Path;

/// Rows of a TSV file in `tests/eval/`, without its header; each row split on tabs.
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let rows = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect::<Vec<_>>())
        .collect::<Vec<_>>();
    assert!(!rows.is_empty(), "{} has no rows", path.display());
    rows
}

/// Ranking figures over a set of questions with accepted FAQ ids.
struct Ranking {
    total: usize,
    top1: usize,
    recall3: usize,
    rr: f64,
    abstained: usize,
    /// Questions that got the emergency message (a miss: an urgent answer shows only the message's FAQ).
    urgent: usize,
    misses: Vec<String>,
}

fn rank_set(names: &[&str]) -> Ranking {
    let mut r = Ranking {
        total: 0,
        top1: 0,
        recall3: 0,
        rr: 0.0,
        abstained: 0,
        urgent: 0,
        misses: Vec::new(),
    };
    for name in names {
        for row in rows(name) {
            let (question, accept) = (&row[0], &row[1]);
            let accept: Vec<&str> = accept.split('|').collect();
            let answer = seven_oh::ask(question);
            r.total += 1;
            if answer.is_urgent() {
                r.urgent += 1;
                r.misses.push(format!("  {question}\n    flagged urgent"));
                continue;
            }
            let ids: Vec<&str> = answer.matches().map(|m| m.entry().id()).collect();
            let rank = ids.iter().position(|id| accept.contains(id));
            if answer.abstained() {
                r.abstained += 1;
            }
            match rank {
                Some(0) if !answer.abstained() => r.top1 += 1,
                _ => r.misses.push(format!(
                    "  {question}\n    want {accept:?}, got {:?}{}",
                    answer
                        .matches()
                        .map(|m| (m.entry().id(), (m.score() * 100.0).round() / 100.0))
                        .collect::<Vec<_>>(),
                    if answer.abstained() { " (abstained)" } else { "" }
                )),
            }
            if let Some(k) = rank.filter(|_| !answer.abstained()) {
                r.recall3 += 1;
                r.rr += 1.0 / (k as f64 + 1.0);
            }
        }
    }
    r
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 { 100.0 } else { 100.0 * n as f64 / d as f64 }
}

/// Prints a set's figures, and its misses unless the set is held out (`show` false): a held-out sentence
/// printed here could leak into the content.
fn report_part(label: &str, r: &Ranking, show: bool) {
    println!(
        "{label}: {} questions, top-1 {:.1}%, recall@3 {:.1}%, MRR {:.3}, abstained {}, flagged urgent {}",
        r.total,
        pct(r.top1, r.total),
        pct(r.recall3, r.total),
        if r.total == 0 { 0.0 } else { r.rr / r.total as f64 },
        r.abstained,
        r.urgent
    );
    if show {
        for m in &r.misses {
            println!("{m}");
        }
    }
}

/// Asserts a set's floors: top-1 and recall@3 at least these percentages.
fn assert_floors(label: &str, r: &Ranking, top1: f64, recall3: f64) {
    assert!(pct(r.top1, r.total) >= top1, "top-1 below {top1}% on {label}");
    assert!(
        pct(r.recall3, r.total) >= recall3,
        "recall@3 below {recall3}% on {label}"
    );
}

/// Prints plain BM25's top-1 and recall@3 on a labelled set, beside `ask`'s.
fn print_baseline(label: &str, name: &str) {
    let (top1, recall3, total) = bm25::rank_set(name);
    println!(
        "plain BM25 over question, paraphrases and tags, {label}: top-1 {:.1}%, recall@3 {:.1}%",
        pct(top1, total),
        pct(recall3, total)
    );
}

/// Prints a tuning set's figures and misses; none of its questions may get the emergency message.
fn report(label: &str, r: &Ranking) {
    report_part(label, r, true);
    assert_eq!(
        r.urgent, 0,
        "{label}: informational questions flagged urgent (listed above)"
    );
}

#[test]
fn development_questions_are_answered() {
    let r = rank_set(&["dev-questions.tsv"]);
    report("dev-questions", &r);
    assert!(r.total >= 25);
    assert!(
        pct(r.top1, r.total) >= 90.0,
        "top-1 below 90% on the development questions"
    );
}

/// A held-out set, written after the tuning without sight of the content's paraphrases, tags or the other
/// sets, and never tuned on: the honest estimate of accuracy on questions the crate has not seen.
#[test]
fn untuned_held_out_questions_are_answered() {
    let r = rank_set(&["heldout-questions.tsv"]);
    report_part("heldout-questions", &r, false);
    assert_eq!(r.urgent, 0, "a held-out question was flagged urgent");
    assert!(r.total >= 60);
    assert_floors("the held-out questions", &r, 85.0, 92.0);
}

#[test]
fn our_own_questions_are_answered() {
    let r = rank_set(&["extra-questions.tsv"]);
    report("extra-questions", &r);
    if r.total > 0 {
        assert_floors("our own questions", &r, 84.0, 90.0);
    }
}

fn negatives(name: &str) -> (usize, Vec<String>) {
    let mut wrong = Vec::new();
    let all = rows(name);
    for row in &all {
        let answer = seven_oh::ask(&row[0]);
        if !answer.abstained() || answer.is_urgent() {
            wrong.push(format!(
                "  {}: answered {:?}{}",
                row[0],
                answer.top().map(|m| (m.entry().id(), m.score())),
                if answer.is_urgent() { " URGENT" } else { "" }
            ));
        }
    }
    (all.len(), wrong)
}

#[test]
fn off_topic_questions_abstain() {
    let mut failures = Vec::new();
    for name in ["dev-negatives.tsv", "extra-negatives.tsv"] {
        let (n, wrong) = negatives(name);
        println!(
            "{name}: {n} questions, abstained on {} ({:.1}%)",
            n - wrong.len(),
            pct(n - wrong.len(), n)
        );
        for w in &wrong {
            println!("{w}");
        }
        failures.extend(wrong);
    }
    // The issue's own examples.
    for q in ["how do I bake sourdough bread", "symptoms of the common cold"] {
        if !seven_oh::ask(q).abstained() {
            failures.push(q.to_owned());
        }
    }
    assert!(
        failures.is_empty(),
        "{} off-topic questions were answered",
        failures.len()
    );
}

#[test]
fn emergencies_are_urgent() {
    let mut missed = Vec::new();
    for name in ["dev-emergencies.tsv", "extra-emergencies.tsv"] {
        let all = rows(name);
        let urgent = all.iter().filter(|r| seven_oh::ask(&r[0]).is_urgent()).count();
        println!(
            "{name}: {} messages, urgent recall {:.1}%",
            all.len(),
            pct(urgent, all.len())
        );
        for r in &all {
            let answer = seven_oh::ask(&r[0]);
            if !answer.is_urgent() {
                println!("  missed: {}", r[0]);
                missed.push(r[0].clone());
            }
        }
    }
    assert!(missed.is_empty(), "{} emergencies were not urgent", missed.len());
}

#[test]
fn informational_questions_are_not_urgent() {
    let mut flagged = Vec::new();
    let mut all = rows("informational.tsv");
    all.extend(rows("dev-questions.tsv"));
    all.push(vec!["can you overdose on 7-OH?".to_owned()]);
    all.push(vec!["is 7-OH legal in Florida?".to_owned()]);
    for r in &all {
        if let Some(u) = seven_oh::ask(&r[0]).urgent() {
            println!("  flagged ({}): {}", u.id(), r[0]);
            flagged.push(r[0].clone());
        }
    }
    println!(
        "informational: {} questions, {} flagged urgent",
        all.len(),
        flagged.len()
    );
    assert!(flagged.is_empty());
}

#[test]
fn urgent_answers_give_the_message_faq() {
    let answer = seven_oh::ask("my friend took 7oh and is not breathing what do i do");
    let urgent = answer.urgent().expect("urgent");
    let ids: Vec<&str> = answer.matches().map(|m| m.entry().id()).collect();
    assert_eq!(ids, [urgent.faq().id()]);
}

/// Prints how the two abstention thresholds trade answered questions against answered off-topic questions,
/// on our own sets and on the real tuning sets, and checks that the shipped thresholds sit where none of our
/// own off-topic questions is answered. A declined question counts as abstained at every threshold.
#[test]
fn threshold_trade_off() {
    let read = |names: &[&str]| {
        let mut positives = Vec::new();
        let mut negatives = Vec::new();
        for name in names {
            let off_topic = name.contains("negatives") || name.contains("offtopic");
            for row in rows(name) {
                let answer = seven_oh::ask(&row[0]);
                let top = answer
                    .matches()
                    .next()
                    .filter(|_| !answer.declined() && !answer.is_urgent());
                let score = top.map_or(0.0, |m| m.score());
                if off_topic {
                    negatives.push((score, answer.anchored()));
                } else {
                    let accept: Vec<&str> = row[1].split('|').collect();
                    let right = top.is_some_and(|m| accept.contains(&m.entry().id()));
                    positives.push((score, answer.anchored(), right));
                }
            }
        }
        (positives, negatives)
    };
    let answers = |score: f32, anchored: bool, a: f32, u: f32| score > 0.0 && score >= if anchored { a } else { u };
    let table = |label: &str, positives: &[(f32, bool, bool)], negatives: &[(f32, bool)]| {
        println!(
            "{label}: anchored  unanchored  right answers (of {})  off-topic answered (of {})",
            positives.len(),
            negatives.len()
        );
        for a in [0.05, 0.1, 0.15, 0.2, 0.25, 0.3] {
            for u in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
                let right = positives
                    .iter()
                    .filter(|&&(s, an, r)| r && answers(s, an, a, u))
                    .count();
                let wrong = negatives.iter().filter(|&&(s, an)| answers(s, an, a, u)).count();
                let shipped = (a, u) == (seven_oh::ANSWER_THRESHOLD, seven_oh::UNANCHORED_THRESHOLD);
                let mark = if shipped { "  <- shipped" } else { "" };
                println!("{a:8.2}  {u:10.2}  {right:20}  {wrong:24}{mark}");
            }
        }
    };
    let (positives, negatives) = read(&[
        "dev-questions.tsv",
        "extra-questions.tsv",
        "dev-negatives.tsv",
        "extra-negatives.tsv",
    ]);
    table("our own sets", &positives, &negatives);
    let (real_positives, real_negatives) = read(&[
        "real-questions-tune.tsv",
        "real-questions-tune2.tsv",
        "real-questions-tune3.tsv",
        "real-offtopic-tune.tsv",
        "real-offtopic-tune2.tsv",
        "real-offtopic-tune3.tsv",
    ]);
    table("real tuning sets", &real_positives, &real_negatives);
    let shipped = negatives
        .iter()
        .filter(|&&(s, an)| answers(s, an, seven_oh::ANSWER_THRESHOLD, seven_oh::UNANCHORED_THRESHOLD))
        .count();
    assert_eq!(shipped, 0);
}

/// Real questions copied from public pages, in three tuning parts whose misses are printed:
/// `real-questions-tune.tsv` and `real-questions-tune2.tsv` split `../shared/eval/real-questions-dev.tsv`
/// by source page before any tuning (SHA-256 of the page address, even first byte: `tune`); `tune2` was
/// measured so often in the first round that it became tuning data. `real-questions-tune3.tsv` is the
/// second collection (100 questions from 96 other sites), untuned for two rounds, measured 6 times, and
/// tuning data since the third collection arrived.
#[test]
fn real_questions_are_answered() {
    let tune = rank_set(&["real-questions-tune.tsv"]);
    report("real-questions-tune", &tune);
    let tune2 = rank_set(&["real-questions-tune2.tsv"]);
    report("real-questions-tune2", &tune2);
    let tune3 = rank_set(&["real-questions-tune3.tsv"]);
    report("real-questions-tune3", &tune3);
    print_baseline("tuning part", "real-questions-tune.tsv");
    print_baseline("second tuning part", "real-questions-tune2.tsv");
    print_baseline("third tuning part", "real-questions-tune3.tsv");
    assert!(tune.total >= 30 && tune2.total >= 30 && tune3.total >= 90);
    assert!(
        pct(tune.top1, tune.total) >= 80.0,
        "top-1 below 80% on the tuning part of the real questions"
    );
    assert_floors("the second tuning part of the real questions", &tune2, 62.0, 85.0);
    assert_floors("the third tuning part of the real questions", &tune3, 65.0, 80.0);
}

/// Runs an untuned off-topic set (`tests/eval/NAME`), prints how many it abstained on (never its rows),
/// and returns the number of questions and of abstentions.
fn untuned_off_topic(name: &str) -> (usize, usize) {
    let (n, wrong) = negatives(name);
    let abstained = n - wrong.len();
    println!(
        "{name} (untuned): {n} questions, abstained on {abstained} ({:.1}%)",
        pct(abstained, n)
    );
    (n, abstained)
}

/// The third collection of real questions (`real3-*-heldout.tsv`: 114 answerable and 39 off-topic
/// questions from about 180 other sites, collected by two helpers who saw no tuning data; questions equal
/// to one of an older set were left out), never tuned on: only its figures are printed, never its rows or
/// misses. A test of its own (`cargo test --test eval untuned`), so that tuning runs can leave it out and
/// every look at it is deliberate.
#[test]
fn untuned_real_questions_are_answered() {
    let fresh = rank_set(&["real3-questions-heldout.tsv"]);
    report_part("real3-questions-heldout (a third collection, untuned)", &fresh, false);
    print_baseline("third collection (untuned)", "real3-questions-heldout.tsv");
    let (n, abstained) = untuned_off_topic("real3-offtopic-heldout.tsv");
    // Floors a little under what the collection measured at the end of round 8 (71.9%, 85.1%, 20 of 39): they
    // catch a fall, and the targets (80%, 92%, 90%) are not reached yet.
    assert!(fresh.total >= 100 && n >= 30);
    assert_floors("the untuned real questions", &fresh, 70.0, 84.0);
    assert!(abstained >= 20, "fewer untuned off-topic questions abstained");
}

/// The fourth collection of real questions (`real4-*.tsv`), from two helpers who saw no tuning data, each
/// copying from other sites (about 60 and 50); questions equal to one of an older set were left out (25 and
/// 28). Split by source page before anyone looked (SHA-256 of the page address, even first byte: `tune`,
/// odd: `heldout`). The first helper's 54 answerable and 47 off-topic questions, measured once on arrival
/// with round 5's ranking: top-1 72.7% (`tune`) and 68.8% (`heldout`), recall@3 81.8% and 93.8%, off-topic
/// abstained 5 of 19 and 11 of 28. The second helper's 62 and 50 joined in round 7, measured once with both
/// parts: top-1 74.0% and 78.8%, recall@3 84.0% and 95.5%, off-topic abstained 26 of 50 and 17 of 47. Round 7
/// tunes on the `tune` part only (its misses may be read); the `heldout` part is never printed but by its
/// figures. Round 8's ranking measured them once more: `tune` 82.0%, 86.0%; `heldout` 77.3%, 95.5%. `cargo
/// test --test eval untuned` runs it with the third collection.
#[test]
fn untuned_fourth_collection() {
    for part in ["tune", "heldout"] {
        let name = format!("real4-questions-{part}.tsv");
        let fresh = rank_set(&[name.as_str()]);
        report_part(
            &format!("real4-questions-{part} (a fourth collection, untuned)"),
            &fresh,
            false,
        );
        print_baseline(&format!("fourth collection, {part} part (untuned)"), &name);
        let off = format!("real4-offtopic-{part}.tsv");
        let (n, abstained) = untuned_off_topic(&off);
        let (top1, recall3, floor) = FOURTH_FLOORS[usize::from(part == "heldout")];
        assert!(fresh.total >= 20 && n >= 15);
        assert_floors(&format!("the fourth collection's {part} part"), &fresh, top1, recall3);
        assert!(
            abstained >= floor,
            "fewer of the fourth collection's off-topic questions abstained"
        );
    }
}

/// Floors for the fourth collection's parts (`tune`, `heldout`): top-1 %, recall@3 % and off-topic questions
/// abstained, at or a little under what they measured at the end of round 8.
const FOURTH_FLOORS: [(f64, f64, usize); 2] = [(80.0, 84.0, 27), (76.0, 94.0, 17)];

/// The fifth collection of real questions (`real5-*-heldout.tsv`), from a helper who saw no tuning data and
/// copied questions from about 65 and 48 other sites (none on an earlier collection's pages): 88 answerable
/// and 58 off-topic questions, of which those equal to an earlier set's question, or to another of this
/// collection, were left out (39 and 54 remain). Never tuned on: only its figures are printed. Measured once
/// on arrival, after issue 12's round 8 and issue 10's round 15.
#[test]
fn untuned_fifth_collection() {
    let fresh = rank_set(&["real5-questions-heldout.tsv"]);
    report_part("real5-questions-heldout (a fifth collection, untuned)", &fresh, false);
    print_baseline("fifth collection (untuned)", "real5-questions-heldout.tsv");
    let (n, abstained) = untuned_off_topic("real5-offtopic-heldout.tsv");
    let (top1, recall3, floor) = FIFTH_FLOORS;
    assert!(fresh.total >= 30 && n >= 40);
    assert_floors("the fifth collection", &fresh, top1, recall3);
    assert!(
        abstained >= floor,
        "fewer of the fifth collection's off-topic questions abstained"
    );
}

/// Floors for the fifth collection (top-1 %, recall@3 %, off-topic questions abstained), a little under what
/// it measured on arrival (79.5%, 92.3%, 28 of 54).
const FIFTH_FLOORS: (f64, f64, usize) = (79.0, 92.0, 28);

/// Real off-topic questions (`../shared/eval/real-offtopic-dev.tsv`, split as above, and the second
/// collection's; all tuning data now): abstained, never urgent.
#[test]
fn real_off_topic_questions_abstain() {
    for name in [
        "real-offtopic-tune.tsv",
        "real-offtopic-tune2.tsv",
        "real-offtopic-tune3.tsv",
    ] {
        let (n, wrong) = negatives(name);
        println!(
            "{name}: {n} questions, abstained on {} ({:.1}%)",
            n - wrong.len(),
            pct(n - wrong.len(), n)
        );
        for w in &wrong {
            println!("{w}");
        }
    }
}

/// A baseline: plain BM25 (k1 1.2, b 0.75) over each FAQ's question, paraphrases and tags, lowercased and
/// split on anything that is not a letter or digit. No stemming, synonyms, typo correction or abstention:
/// what a developer gets from a stock full-text index, so the figures show what `ask` adds.
mod bm25 {
    use std::collections::HashMap;

    fn words(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    /// (top-1 hits, recall@3 hits, questions) over a labelled set.
    pub fn rank_set(name: &str) -> (usize, usize, usize) {
        let docs: Vec<(&str, Vec<String>)> = seven_oh::faqs()
            .map(|f| {
                let mut text = String::from(f.question());
                for p in f.paraphrases() {
                    text.push(' ');
                    text.push_str(p);
                }
                for t in f.tags() {
                    text.push(' ');
                    text.push_str(t);
                }
                (f.id(), words(&text))
            })
            .collect();
        let n = docs.len() as f64;
        let avg = docs.iter().map(|d| d.1.len()).sum::<usize>() as f64 / n;
        let mut df: HashMap<&str, f64> = HashMap::new();
        for (_, w) in &docs {
            let mut seen: Vec<&str> = w.iter().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                *df.entry(t).or_default() += 1.0;
            }
        }
        let (mut top1, mut recall3, mut total) = (0, 0, 0);
        for row in super::rows(name) {
            let accept: Vec<&str> = row[1].split('|').collect();
            let query = words(&row[0]);
            let mut scored: Vec<(f64, &str)> = docs
                .iter()
                .map(|(id, w)| {
                    let len = w.len() as f64;
                    let score = query
                        .iter()
                        .map(|q| {
                            let tf = w.iter().filter(|x| *x == q).count() as f64;
                            let d = df.get(q.as_str()).copied().unwrap_or(0.0);
                            let idf = (1.0 + (n - d + 0.5) / (d + 0.5)).ln();
                            idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / avg))
                        })
                        .sum::<f64>();
                    (score, *id)
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0));
            total += 1;
            top1 += usize::from(accept.contains(&scored[0].1));
            recall3 += usize::from(scored.iter().take(3).any(|s| accept.contains(&s.1)));
        }
        (top1, recall3, total)
    }
}
