//! Lookups by id (`seven_oh::faq`) and by name (`seven_oh::lookup`) against what a developer would write
//! instead: the same content as JSON (`include_str!` and serde_json) parsed at start-up into owned structs
//! and indexed with a `std::collections::HashMap<String, usize>`, a sorted `Vec<(String, usize)>` searched
//! by bisection, or a linear scan. Also the JSON route's start-up cost (parse, and parse plus index).
//!
//! Each benchmark runs the whole query set once per iteration; divide by the set's size (criterion's
//! throughput line) for the time of one lookup. `cargo bench --bench lookup`; figures in BENCHMARKS.md.

use seven_oh_benches::config;

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::{Deserialize, Serialize};

/// The whole knowledge base, as `seven_oh`'s `serde` feature writes it (serialised once, outside any
/// timing; this stands in for the JSON file a developer would `include_str!`).
#[derive(Serialize)]
struct Export {
    faqs: Vec<&'static seven_oh::Faq>,
    topics: Vec<&'static seven_oh::Topic>,
    symptoms: Vec<&'static seven_oh::Symptom>,
    risks: Vec<&'static seven_oh::Risk>,
    sources: Vec<&'static seven_oh::Source>,
}

fn export_json() -> String {
    serde_json::to_string(&Export {
        faqs: seven_oh::faqs().collect(),
        topics: seven_oh::topics().collect(),
        symptoms: seven_oh::symptoms().collect(),
        risks: seven_oh::risks().collect(),
        sources: seven_oh::sources().collect(),
    })
    .expect("the knowledge base serialises")
}

// The owned records a developer would deserialise the JSON into. Every field is read from the JSON (that is
// the start-up cost being measured) even when the benchmark never looks at it.
#[allow(dead_code)]
#[derive(Deserialize)]
struct Link {
    kind: String,
    id: String,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Faq {
    id: String,
    question: String,
    short_answer: String,
    answer: String,
    answer_text: String,
    answer_html: String,
    paraphrases: Vec<String>,
    aliases: Vec<String>,
    tags: Vec<String>,
    related: Vec<Link>,
    sources: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Topic {
    id: String,
    title: String,
    summary: String,
    body: String,
    body_text: String,
    body_html: String,
    aliases: Vec<String>,
    tags: Vec<String>,
    related: Vec<Link>,
    sources: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Symptom {
    id: String,
    name: String,
    aliases: Vec<String>,
    contexts: Vec<String>,
    urgency: String,
    body: String,
    body_text: String,
    body_html: String,
    related: Vec<Link>,
    sources: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Risk {
    id: String,
    name: String,
    severity: String,
    summary: String,
    body: String,
    body_text: String,
    body_html: String,
    aliases: Vec<String>,
    symptoms: Vec<String>,
    related: Vec<Link>,
    sources: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Source {
    id: String,
    title: String,
    publisher: String,
    url: String,
    /// `None` for a source with no date (issue 11).
    date: Option<String>,
}

#[derive(Deserialize)]
struct Kb {
    faqs: Vec<Faq>,
    topics: Vec<Topic>,
    symptoms: Vec<Symptom>,
    risks: Vec<Risk>,
    #[allow(dead_code)]
    sources: Vec<Source>,
}

/// Which table a name points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Faq,
    Topic,
    Symptom,
    Risk,
}

/// The name key a developer would write: lowercase letters and digits, nothing else.
fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The JSON route after start-up: owned records and the indices built over them.
struct JsonKb {
    kb: Kb,
    /// FAQ id to index in `kb.faqs`.
    faq_ids: HashMap<String, usize>,
    /// Normalised id or alias of any kind to its entry; on a clash the topic wins, then the risk, the
    /// symptom and the FAQ (as in `seven_oh::lookup`).
    names: HashMap<String, (Kind, usize)>,
}

/// Parses the JSON and builds the two maps: the whole start-up cost of the JSON route.
fn start_up(json: &str) -> JsonKb {
    let kb: Kb = serde_json::from_str(json).expect("the export parses");
    let faq_ids = kb.faqs.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
    let mut names = HashMap::new();
    // Lowest priority first, so that later kinds overwrite earlier ones.
    for (i, e) in kb.faqs.iter().enumerate() {
        for name in std::iter::once(&e.id).chain(&e.aliases) {
            names.insert(normalise(name), (Kind::Faq, i));
        }
    }
    for (i, e) in kb.symptoms.iter().enumerate() {
        for name in std::iter::once(&e.id).chain(&e.aliases) {
            names.insert(normalise(name), (Kind::Symptom, i));
        }
    }
    for (i, e) in kb.risks.iter().enumerate() {
        for name in std::iter::once(&e.id).chain(&e.aliases) {
            names.insert(normalise(name), (Kind::Risk, i));
        }
    }
    for (i, e) in kb.topics.iter().enumerate() {
        for name in std::iter::once(&e.id).chain(&e.aliases) {
            names.insert(normalise(name), (Kind::Topic, i));
        }
    }
    JsonKb { kb, faq_ids, names }
}

impl JsonKb {
    fn id(&self, (kind, i): (Kind, usize)) -> &str {
        match kind {
            Kind::Faq => &self.kb.faqs[i].id,
            Kind::Topic => &self.kb.topics[i].id,
            Kind::Symptom => &self.kb.symptoms[i].id,
            Kind::Risk => &self.kb.risks[i].id,
        }
    }
}

fn kind_of(entry: seven_oh::Entry) -> Kind {
    match entry {
        seven_oh::Entry::Faq(_) => Kind::Faq,
        seven_oh::Entry::Topic(_) => Kind::Topic,
        seven_oh::Entry::Symptom(_) => Kind::Symptom,
        seven_oh::Entry::Risk(_) => Kind::Risk,
        other => panic!("a kind this benchmark does not know: {}", other.kind()),
    }
}

fn benches(c: &mut Criterion) {
    let json = export_json();
    let kb = start_up(&json);

    // Lookup by id: every FAQ id.
    let ids: Vec<&str> = seven_oh::faqs().map(|f| f.id()).collect();
    let mut sorted_ids: Vec<(String, usize)> = kb.faq_ids.iter().map(|(k, &v)| (k.clone(), v)).collect();
    sorted_ids.sort();
    let by_hashmap = |id: &str| kb.faq_ids.get(id).map(|&i| &kb.kb.faqs[i]);
    let by_sorted = |id: &str| {
        sorted_ids
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|p| &kb.kb.faqs[sorted_ids[p].1])
    };
    let by_scan = |id: &str| kb.kb.faqs.iter().find(|f| f.id == id);
    for &id in &ids {
        let want = seven_oh::faq(id).map(|f| f.id());
        assert_eq!(by_hashmap(id).map(|f| f.id.as_str()), want);
        assert_eq!(by_sorted(id).map(|f| f.id.as_str()), want);
        assert_eq!(by_scan(id).map(|f| f.id.as_str()), want);
    }
    let mut g = c.benchmark_group("faq_id");
    g.throughput(Throughput::Elements(ids.len() as u64));
    config::each(&mut g, "seven_oh::faq", &ids, seven_oh::faq);
    config::each(&mut g, "json_hashmap", &ids, by_hashmap);
    config::each(&mut g, "json_sorted_vec", &ids, by_sorted);
    config::each(&mut g, "json_linear_scan", &ids, by_scan);
    g.finish();

    // Lookup by name: every id and alias of every kind, as written in the content (mixed case, hyphens,
    // spaces, apostrophes), so both sides normalise.
    let names: Vec<&str> = seven_oh::entries()
        .flat_map(|e| std::iter::once(e.id()).chain(e.aliases()))
        .collect();
    let mut sorted_names: Vec<(String, (Kind, usize))> = kb.names.iter().map(|(k, &v)| (k.clone(), v)).collect();
    sorted_names.sort_by(|a, b| a.0.cmp(&b.0));
    // The scan goes through the same keys in content order.
    let mut scan_names: Vec<(String, (Kind, usize))> = Vec::new();
    for &name in &names {
        let key = normalise(name);
        if !scan_names.iter().any(|(k, _)| *k == key) {
            let target = kb.names[&key];
            scan_names.push((key, target));
        }
    }
    let name_hashmap = |name: &str| kb.names.get(&normalise(name)).copied();
    let name_sorted = |name: &str| {
        let key = normalise(name);
        sorted_names
            .binary_search_by(|(k, _)| k.as_str().cmp(&key))
            .ok()
            .map(|p| sorted_names[p].1)
    };
    let name_scan = |name: &str| {
        let key = normalise(name);
        scan_names.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    };
    for &name in &names {
        let want = seven_oh::lookup(name).map(|e| (kind_of(e), e.id()));
        for got in [name_hashmap(name), name_sorted(name), name_scan(name)] {
            assert_eq!(got.map(|t| (t.0, kb.id(t))), want, "{name}");
        }
    }
    let mut g = c.benchmark_group("lookup_name");
    g.throughput(Throughput::Elements(names.len() as u64));
    config::each(&mut g, "seven_oh::lookup", &names, seven_oh::lookup);
    config::each(&mut g, "json_hashmap", &names, name_hashmap);
    config::each(&mut g, "json_sorted_vec", &names, name_sorted);
    config::each(&mut g, "json_linear_scan", &names, name_scan);
    g.finish();

    // Start-up of the JSON route. The static tables have none: `seven_oh::faq` works from the first call.
    let mut g = c.benchmark_group("json_start_up");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| black_box(serde_json::from_str::<Kb>(black_box(&json)).expect("parses")))
    });
    g.bench_function("parse_and_index", |b| b.iter(|| black_box(start_up(black_box(&json)))));
    g.finish();
    eprintln!(
        "lookup sets: {} FAQ ids, {} names; JSON export {} bytes",
        ids.len(),
        names.len(),
        json.len()
    );
}

criterion_group! {
    name = lookup;
    config = config::config();
    targets = benches
}
criterion_main!(lookup);
