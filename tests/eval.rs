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
    misses: Vec<String>,
}

fn rank_set(names: &[&str]) -> Ranking {
    let mut r = Ranking {
        total: 0,
        top1: 0,
        recall3: 0,
        rr: 0.0,
        abstained: 0,
        misses: Vec::new(),
    };
    for name in names {
        for row in rows(name) {
            let (question, accept) = (&row[0], &row[1]);
            let accept: Vec<&str> = accept.split('|').collect();
            let answer = seven_oh::ask(question);
            assert!(!answer.is_urgent(), "informational question flagged urgent: {question}");
            r.total += 1;
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

fn report(label: &str, r: &Ranking) {
    println!(
        "{label}: {} questions, top-1 {:.1}%, recall@3 {:.1}%, MRR {:.3}, abstained {}",
        r.total,
        pct(r.top1, r.total),
        pct(r.recall3, r.total),
        if r.total == 0 { 0.0 } else { r.rr / r.total as f64 },
        r.abstained
    );
    for m in &r.misses {
        println!("{m}");
    }
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
fn held_out_questions_are_answered() {
    let r = rank_set(&["heldout-questions.tsv"]);
    report("heldout-questions", &r);
    assert!(r.total >= 60);
    assert!(
        pct(r.top1, r.total) >= 75.0,
        "top-1 below 75% on the held-out questions"
    );
    assert!(
        pct(r.recall3, r.total) >= 85.0,
        "recall@3 below 85% on the held-out questions"
    );
}

#[test]
fn our_own_questions_are_answered() {
    let r = rank_set(&["extra-questions.tsv"]);
    report("extra-questions", &r);
    if r.total > 0 {
        assert!(pct(r.top1, r.total) >= 80.0, "top-1 below 80% on our own questions");
        assert!(
            pct(r.recall3, r.total) >= 90.0,
            "recall@3 below 90% on our own questions"
        );
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
/// and checks that the shipped thresholds sit where no off-topic question is answered.
#[test]
fn threshold_trade_off() {
    let mut positives = Vec::new();
    for name in ["dev-questions.tsv", "extra-questions.tsv"] {
        for row in rows(name) {
            let answer = seven_oh::ask(&row[0]);
            let accept: Vec<&str> = row[1].split('|').collect();
            let top = answer.matches().next();
            let right = top.is_some_and(|m| accept.contains(&m.entry().id()));
            positives.push((top.map_or(0.0, |m| m.score()), answer.anchored(), right));
        }
    }
    let mut negatives = Vec::new();
    for name in ["dev-negatives.tsv", "extra-negatives.tsv"] {
        for row in rows(name) {
            let answer = seven_oh::ask(&row[0]);
            negatives.push((answer.matches().next().map_or(0.0, |m| m.score()), answer.anchored()));
        }
    }
    let answers = |score: f32, anchored: bool, a: f32, u: f32| score >= if anchored { a } else { u };
    println!(
        "anchored  unanchored  right answers (of {})  off-topic answered (of {})",
        positives.len(),
        negatives.len()
    );
    for a in [0.05, 0.1, 0.15, 0.2, 0.25, 0.3] {
        for u in [0.5, 0.6, 0.7, 0.8] {
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
    let shipped = negatives
        .iter()
        .filter(|&&(s, an)| answers(s, an, seven_oh::ANSWER_THRESHOLD, seven_oh::UNANCHORED_THRESHOLD))
        .count();
    assert_eq!(shipped, 0);
}
