//! `seven_oh::ask` against tantivy (an in-memory index built at start-up) and a naive strsim scan, on the
//! query sets of `benches/src/queries.rs` (typical, typos, long, off-topic), with each method's top-1
//! accuracy on `tests/eval/dev-questions.tsv` and `tests/eval/extra-questions.tsv`.
//!
//! ```text
//! cargo run --release --manifest-path bench-compare/Cargo.toml
//! ```
//!
//! Per-query times: each question runs in a batch long enough to time (about a millisecond), in several
//! rounds; a question's time is the median over the rounds, and a set's figures are the median, 10th and
//! 90th percentiles over its questions. The tantivy searcher and query parser are made once, outside the
//! timing; parsing the question and searching are timed. Nothing here asserts a timing.

use seven_oh_benches::queries;
use seven_oh_benches::strsim_scan;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, IndexWriter, Searcher, TantivyDocument};

/// Rounds of the per-query timing.
const ROUNDS: usize = 11;
/// How long one timed batch of one question runs, at least.
const BATCH: Duration = Duration::from_millis(1);
/// Rounds of the tantivy index build.
const BUILD_ROUNDS: usize = 9;

/// A tantivy index over the FAQs, with a searcher and a query parser ready.
struct Tantivy {
    searcher: Searcher,
    parser: QueryParser,
}

/// Builds the index: question, paraphrases, aliases and tags, short answer and answer text as fields, with
/// the boosts seven-oh's own index uses (3, 3, 2, 1, 0.4); English stemming on every field.
fn build_tantivy() -> Tantivy {
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let mut schema = Schema::builder();
    let question = schema.add_text_field("question", text.clone());
    let paraphrases = schema.add_text_field("paraphrases", text.clone());
    let names = schema.add_text_field("names", text.clone());
    let short_answer = schema.add_text_field("short_answer", text.clone());
    let answer = schema.add_text_field("answer", text);
    let index = Index::create_in_ram(schema.build());
    // One thread and one commit: one segment, whose document ids are the FAQs' indices.
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000).expect("index writer");
    for faq in seven_oh::faqs() {
        let mut doc = TantivyDocument::default();
        doc.add_text(question, faq.question());
        for p in faq.paraphrases() {
            doc.add_text(paraphrases, p);
        }
        for n in faq.aliases().iter().chain(faq.tags()) {
            doc.add_text(names, n);
        }
        doc.add_text(short_answer, faq.short_answer());
        doc.add_text(answer, faq.answer_text());
        writer.add_document(doc).expect("add document");
    }
    writer.commit().expect("commit");
    let searcher = index.reader().expect("reader").searcher();
    assert_eq!(searcher.segment_readers().len(), 1, "one segment");
    let boosts: [(Field, f32); 5] = [
        (question, 3.0),
        (paraphrases, 3.0),
        (names, 2.0),
        (short_answer, 1.0),
        (answer, 0.4),
    ];
    let mut parser = QueryParser::for_index(&index, boosts.iter().map(|b| b.0).collect());
    for (field, boost) in boosts {
        parser.set_field_boost(field, boost);
    }
    Tantivy { searcher, parser }
}

impl Tantivy {
    /// The index of the best FAQ, if any document matches. The question is parsed leniently (user text is
    /// not query syntax).
    fn best(&self, question: &str) -> Option<usize> {
        let (query, _errors) = self.parser.parse_query_lenient(question);
        let top = self
            .searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .expect("search");
        top.first().map(|(_, address)| address.doc_id as usize)
    }
}

/// Median, 10th and 90th percentiles of `xs`.
fn percentiles(xs: &[f64]) -> (f64, f64, f64) {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let pos = p * (v.len() - 1) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        v[lo] + (v[hi] - v[lo]) * (pos - lo as f64)
    };
    (at(0.5), at(0.1), at(0.9))
}

/// Per-query timings of one method on one set.
struct Timing {
    /// Each question's time (median over the rounds), in nanoseconds.
    per_query: Vec<f64>,
    /// The set's median in each round, in nanoseconds.
    round_medians: Vec<f64>,
}

/// Times `f` on every question of `set`: a batch of calls per question, long enough to time, in
/// [`ROUNDS`] rounds.
fn time<R>(set: &[String], f: impl Fn(&str) -> R) -> Timing {
    // How many calls make a batch of about BATCH, per question.
    let reps: Vec<u32> = set
        .iter()
        .map(|q| {
            let start = Instant::now();
            let mut n = 0u32;
            while start.elapsed() < BATCH / 4 {
                black_box(f(black_box(q)));
                n += 1;
            }
            (n * 4).max(1)
        })
        .collect();
    let mut rounds = vec![Vec::with_capacity(ROUNDS); set.len()];
    let mut round_medians = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let mut this_round = Vec::with_capacity(set.len());
        for (i, q) in set.iter().enumerate() {
            let start = Instant::now();
            for _ in 0..reps[i] {
                black_box(f(black_box(q)));
            }
            let ns = start.elapsed().as_nanos() as f64 / f64::from(reps[i]);
            rounds[i].push(ns);
            this_round.push(ns);
        }
        round_medians.push(percentiles(&this_round).0);
    }
    Timing {
        per_query: rounds.iter().map(|r| percentiles(r).0).collect(),
        round_medians,
    }
}

/// A duration in nanoseconds, in the unit that suits it.
fn show(ns: f64) -> String {
    if ns < 1_000.0 {
        format!("{ns:.0} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{:.2} ms", ns / 1e6)
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let faq_ids: Vec<&'static str> = seven_oh::faqs().map(|f| f.id()).collect();

    // Start-up of each method, outside the per-query timing.
    let mut builds = Vec::with_capacity(BUILD_ROUNDS);
    for _ in 0..BUILD_ROUNDS {
        let start = Instant::now();
        black_box(build_tantivy());
        builds.push(start.elapsed().as_nanos() as f64);
    }
    let tantivy = build_tantivy();
    let start = Instant::now();
    let scan = strsim_scan::StrsimScan::new();
    let scan_build = start.elapsed().as_nanos() as f64;

    // Each method answers with the id of its top FAQ (seven-oh: none when it abstains).
    let seven_oh_top = |q: &str| seven_oh::ask(q).top().map(|m| m.entry().id());
    let tantivy_top = |q: &str| tantivy.best(q).map(|i| faq_ids[i]);
    let strsim_top = |q: &str| Some(faq_ids[scan.best(q)]);
    type Method<'a> = (&'static str, &'a dyn Fn(&str) -> Option<&'static str>);
    let methods: [Method; 3] = [
        ("seven_oh::ask", &seven_oh_top),
        ("tantivy", &tantivy_top),
        ("strsim scan", &strsim_top),
    ];

    let (b50, b10, b90) = percentiles(&builds);
    println!("# bench-compare: seven_oh::ask vs tantivy vs a strsim scan");
    println!();
    println!(
        "{} FAQs; strsim compares each question with {} strings.",
        faq_ids.len(),
        scan.len()
    );
    println!();
    println!("## Start-up (before the first answer)");
    println!();
    println!("| method | median | p10 | p90 |");
    println!("| --- | --- | --- | --- |");
    println!("| seven_oh (static tables) | 0 | 0 | 0 |");
    println!(
        "| tantivy: schema, in-RAM index, {} documents, commit, reader, parser ({BUILD_ROUNDS} builds) | {} | {} | {} |",
        faq_ids.len(),
        show(b50),
        show(b10),
        show(b90)
    );
    println!(
        "| strsim scan: lowercase every question and paraphrase (one run) | {} | | |",
        show(scan_build)
    );

    println!();
    println!("## Per-query time ({ROUNDS} rounds; median, p10 and p90 over the set's questions)");
    println!();
    println!(
        "top-1: the top FAQ is in the question's `accept` list (seven_oh: and it did not abstain); for \
         off-topic questions, no answer (only seven_oh can abstain; tantivy answers none when no word matches)."
    );
    println!();
    println!(
        "| set | questions | method | median | p10 | p90 | round medians (min–max) | median vs seven_oh | top-1 |"
    );
    println!("| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |");
    for (name, labelled) in queries::sets(&root) {
        let set: Vec<String> = labelled.iter().map(|l| l.question.clone()).collect();
        let mut base = 0.0;
        for (label, f) in &methods {
            // Right: the top FAQ is accepted; for an off-topic question (none accepted), no answer.
            let right = labelled
                .iter()
                .filter(|l| match f(&l.question) {
                    Some(id) => l.accepts(id),
                    None => l.accept.is_empty(),
                })
                .count();
            let t = time(&set, f);
            let (m, p10, p90) = percentiles(&t.per_query);
            let lo = t.round_medians.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = t.round_medians.iter().copied().fold(0.0, f64::max);
            if base == 0.0 {
                base = m;
            }
            println!(
                "| {name} | {} | {label} | {} | {} | {} | {}–{} | {:.0}x | {:.0}% |",
                set.len(),
                show(m),
                show(p10),
                show(p90),
                show(lo),
                show(hi),
                m / base,
                100.0 * right as f64 / set.len() as f64
            );
        }
    }

    println!();
    println!("## Top-1 accuracy (the top FAQ is in the question's `accept` list)");
    println!();
    println!(
        "seven_oh::ask counts an abstention as a miss; \"top hit\" is its best match even when it abstains. \
         Tantivy and the strsim scan cannot abstain: their top hit is their answer (tantivy has none when \
         no word matches)."
    );
    println!();
    println!("| method | dev-questions.tsv | extra-questions.tsv | off-topic: answered anyway |");
    println!("| --- | ---: | ---: | ---: |");
    let dev = queries::labelled(&root, "dev-questions.tsv");
    let extra = queries::labelled(&root, "extra-questions.tsv");
    let off_topic = queries::sets(&root)
        .into_iter()
        .find(|(name, _)| *name == "off-topic")
        .map(|(_, set)| set.into_iter().map(|l| l.question).collect::<Vec<_>>())
        .unwrap_or_default();
    let top_hit = |q: &str| seven_oh::ask(q).matches().next().map(|m| m.entry().id());
    let rows: [Method; 4] = [
        ("seven_oh::ask", &seven_oh_top),
        ("seven_oh::ask (top hit)", &top_hit),
        ("tantivy", &tantivy_top),
        ("strsim scan", &strsim_top),
    ];
    for (label, f) in rows {
        let score = |set: &[queries::Labelled]| {
            let right = set
                .iter()
                .filter(|l| f(&l.question).is_some_and(|id| l.accepts(id)))
                .count();
            format!(
                "{right}/{} ({:.1}%)",
                set.len(),
                100.0 * right as f64 / set.len() as f64
            )
        };
        let answered = off_topic.iter().filter(|q| f(q).is_some()).count();
        println!(
            "| {label} | {} | {} | {answered}/{} |",
            score(&dev),
            score(&extra),
            off_topic.len()
        );
    }
}
