//! What the `Serialize` impls write: every record with its `kind`, sources in full, answers and matches as
//! an app would send them.

#![cfg(feature = "serde")]

use serde_json::{Value, json};
use seven_oh::{Entry, Kind};

fn to_json<T: serde_core::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap()
}

#[test]
fn entries_say_their_kind() {
    let topic = to_json(seven_oh::entry(Kind::Topic, "overdose").unwrap());
    let risk = to_json(seven_oh::entry(Kind::Risk, "overdose").unwrap());
    assert_eq!((&topic["kind"], &topic["id"]), (&json!("topic"), &json!("overdose")));
    assert_eq!((&risk["kind"], &risk["id"]), (&json!("risk"), &json!("overdose")));
    assert_eq!(risk["severity"], "critical");
    for e in seven_oh::entries() {
        let value = to_json(e);
        assert_eq!(value["kind"], e.kind().as_str());
        // An entry writes the same as its record.
        let record = match e {
            Entry::Faq(r) => to_json(r),
            Entry::Topic(r) => to_json(r),
            Entry::Symptom(r) => to_json(r),
            Entry::Risk(r) => to_json(r),
            _ => unreachable!("four kinds"),
        };
        assert_eq!(value, record);
    }
}

#[test]
fn sources_come_in_full() {
    let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
    let value = to_json(faq);
    let sources = value["sources"].as_array().unwrap();
    assert_eq!(sources.len(), faq.sources().len());
    for (json, source) in sources.iter().zip(faq.sources()) {
        assert_eq!(json, &to_json(source));
        assert_eq!(json["url"], source.url());
        assert_eq!(json["kind"], source.kind().as_str());
    }
    // Links to other entries stay links.
    assert!(value["related"][0]["kind"].is_string() && value["related"][0]["title"].is_null());
}

#[test]
fn answers_serialize_as_an_app_sends_them() {
    let calm = to_json(seven_oh::ask("is 7oh legal"));
    assert_eq!(calm["urgent"], Value::Null);
    assert_eq!(calm["abstained"], false);
    assert_eq!(calm["anchored"], true);
    assert_eq!(calm["matches"][0]["faq"]["id"], "is-7-oh-legal");
    assert!(calm["matches"][0]["score"].as_f64().unwrap() > 0.0);

    let urgent = to_json(seven_oh::ask("my friend took 7oh and is not breathing"));
    assert_eq!(urgent["urgent"]["id"], "overdose");
    assert_eq!(urgent["urgent"]["call"], "911");
    assert!(urgent["urgent"]["steps"].as_array().unwrap().len() > 1);
    assert_eq!(urgent["urgent"]["faq"], "what-to-do-in-an-overdose");
    assert_eq!(urgent["matches"].as_array().unwrap().len(), 1);

    let hits = to_json(seven_oh::search("blue lips").collect::<Vec<_>>());
    assert_eq!(hits[0]["entry"]["kind"], "symptom");
    assert!(hits[0]["score"].is_number());
}
