//! A downstream program: compiles against seven-oh's public API and checks what it gets back.

use seven_oh::{Context, Entry, Kind, Severity, Urgency};

fn main() {
    let faq: &'static seven_oh::Faq = seven_oh::faq("is-7-oh-addictive").expect("FAQ exists");
    println!("{}\n  {}", faq.question(), faq.short_answer());
    assert!(!faq.answer_text().is_empty() && !faq.answer_html().is_empty() && !faq.answer().is_empty());
    assert!(faq.paraphrases().len() >= 3);
    for s in faq.sources() {
        println!("  source: [{}] {s}", s.kind());
    }
    let related: Vec<Entry> = faq.related().collect();
    assert!(!related.is_empty());

    let topic = seven_oh::topic("overview").expect("topic exists");
    assert!(!topic.title().is_empty() && !topic.summary().is_empty() && !topic.body_text().is_empty());
    let symptom = seven_oh::symptom("slow-breathing").expect("symptom exists");
    assert_eq!(symptom.urgency(), Urgency::Emergency);
    let risk = seven_oh::risk("overdose").expect("risk exists");
    assert_eq!(risk.severity(), Severity::Critical);
    assert!(risk.symptoms().any(|s| s == symptom));
    assert!(seven_oh::source(faq.sources().next().unwrap().id()).is_some());

    for name in ["7oh", "7-Hydroxymitragynine", "Narcan"] {
        let e = seven_oh::lookup(name).expect("name resolves");
        println!("lookup({name}) = {} {}", e.kind(), e.id());
    }
    assert_eq!(seven_oh::lookup("Narcan").map(|e| e.kind()), Some(Kind::Faq));
    assert!(seven_oh::symptoms_in(Context::Overdose).count() >= 4);
    assert_eq!(seven_oh::faqs().len(), seven_oh::faqs().count());

    let answer = seven_oh::ask("can i taper off 7oh");
    let top = answer.top().expect("answers");
    let answered: &'static seven_oh::Faq = top.faq();
    println!("ask -> {} ({:.2})", answered.id(), top.score());

    // Serialised as a web service would send it: the FAQ in full, with its kind and sources.
    let json = serde_json::to_value(answer).expect("serialises");
    assert_eq!(json["matches"][0]["faq"]["id"], answered.id());
    assert_eq!(json["matches"][0]["faq"]["kind"], "faq");
    assert!(json["matches"][0]["faq"]["sources"][0]["url"].is_string());
    let urgent = serde_json::to_value(seven_oh::ask("my friend took 7oh and is not breathing")).unwrap();
    assert_eq!(urgent["urgent"]["id"], "overdose");

    // One id, two kinds: entry() picks the kind, and the serialised entry says which it is.
    let overdose: Entry = seven_oh::entry(Kind::Risk, "overdose").expect("the risk exists");
    assert_eq!(overdose, Entry::from(risk));
    let value = serde_json::to_value(overdose).unwrap();
    assert_eq!(value["kind"], "risk");
    assert_eq!(
        serde_json::to_value(seven_oh::lookup("overdose").unwrap()).unwrap()["kind"],
        "topic"
    );
    println!("{overdose}: {}", overdose.summary());
    for hit in seven_oh::search("blue lips") {
        println!("search -> {} {} ({:.2})", hit.entry().kind(), hit.entry(), hit.score());
    }
    assert!(seven_oh::ask("my friend is not breathing").is_urgent());
    assert!(seven_oh::ask("how do I renew my passport").abstained());
    assert!(seven_oh::search("blue lips").count() > 0);
    // The help lines are US services, and say so.
    assert_eq!(seven_oh::urgent_message("crisis").unwrap().help_line().region, "US");
    println!("{}", seven_oh::DISCLAIMER);
    println!(
        "downstream: ok (content {} reviewed {})",
        seven_oh::CONTENT_VERSION,
        seven_oh::REVIEWED
    );
}
