//! The public API against the content it was compiled from: every entry round-trips through its lookup,
//! counts match the files in `content/`, every cross-reference and alias resolves, and iteration order is
//! as documented.

use std::collections::HashSet;
use std::path::Path;

use seven_oh::{Context, Entry, Kind, Severity, Urgency};

fn files_in(folder: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join(folder);
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".md").map(str::to_owned))
        .collect();
    ids.sort();
    ids
}

#[test]
fn counts_and_order_match_the_content_folder() {
    let faqs: Vec<&str> = seven_oh::faqs().map(|e| e.id()).collect();
    let topics: Vec<&str> = seven_oh::topics().map(|e| e.id()).collect();
    let symptoms: Vec<&str> = seven_oh::symptoms().map(|e| e.id()).collect();
    let risks: Vec<&str> = seven_oh::risks().map(|e| e.id()).collect();
    // The files, sorted by name, are the documented iteration order (sorted by id).
    assert_eq!(faqs, files_in("faqs"));
    assert_eq!(topics, files_in("topics"));
    assert_eq!(symptoms, files_in("symptoms"));
    assert_eq!(risks, files_in("risks"));
    let sources: Vec<&str> = seven_oh::sources().map(|s| s.id()).collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted, "sources() is sorted by id");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/sources.toml")).unwrap();
    assert_eq!(sources.len(), text.lines().filter(|l| l.trim() == "[[source]]").count());
}

#[test]
fn exact_size_iterators_report_their_length() {
    assert_eq!(seven_oh::faqs().len(), seven_oh::faqs().count());
    assert_eq!(seven_oh::sources().len(), seven_oh::sources().count());
    let faq = seven_oh::faqs().next().unwrap();
    assert_eq!(faq.sources().len(), faq.sources().count());
}

#[test]
fn every_entry_round_trips_through_its_lookups() {
    for f in seven_oh::faqs() {
        assert_eq!(seven_oh::faq(f.id()), Some(f));
    }
    for t in seven_oh::topics() {
        assert_eq!(seven_oh::topic(t.id()), Some(t));
    }
    for s in seven_oh::symptoms() {
        assert_eq!(seven_oh::symptom(s.id()), Some(s));
    }
    for r in seven_oh::risks() {
        assert_eq!(seven_oh::risk(r.id()), Some(r));
    }
    for s in seven_oh::sources() {
        assert_eq!(seven_oh::source(s.id()), Some(s));
    }
    for e in seven_oh::entries() {
        let found = seven_oh::lookup(e.id()).unwrap_or_else(|| panic!("lookup({}) finds nothing", e.id()));
        // An id shared across kinds resolves to the first of topic, risk, symptom, FAQ.
        assert_eq!(found.id(), e.id());
        if found != e {
            let order = [Kind::Topic, Kind::Risk, Kind::Symptom, Kind::Faq];
            let rank = |k: Kind| order.iter().position(|&o| o == k).unwrap();
            assert!(
                rank(found.kind()) < rank(e.kind()),
                "{} resolved to a lower-priority kind",
                e.id()
            );
        }
    }
    assert!(seven_oh::faq("no-such-id").is_none());
    assert!(seven_oh::topic("").is_none());
    assert!(seven_oh::source("is-7-oh-addictive").is_none());
}

#[test]
fn every_alias_resolves_to_its_own_entry() {
    let mut count = 0;
    for e in seven_oh::entries() {
        for alias in e.aliases() {
            assert_eq!(seven_oh::lookup(alias), Some(e), "alias '{alias}'");
            assert_eq!(
                seven_oh::lookup(&alias.to_uppercase()),
                Some(e),
                "alias '{alias}' in capitals"
            );
            count += 1;
        }
    }
    assert!(count >= 40, "only {count} aliases");
}

#[test]
fn lookup_ignores_case_spaces_and_punctuation() {
    for name in [
        "7oh",
        "7-OH",
        "7 OH",
        "7-Hydroxymitragynine",
        "7 hydroxymitragynine",
        " 7OH! ",
    ] {
        assert_eq!(seven_oh::lookup(name).map(Entry::id), Some("overview"), "{name}");
    }
    assert_eq!(
        seven_oh::lookup("Narcan").map(Entry::id),
        Some("does-naloxone-reverse-7-oh")
    );
    assert_eq!(
        seven_oh::lookup("suboxone").map(Entry::id),
        Some("what-treatment-works")
    );
    assert_eq!(
        seven_oh::lookup("KRATOM").map(Entry::id),
        Some("kratom-and-mitragynine")
    );
    assert_eq!(seven_oh::lookup("can't sleep").map(Entry::id), Some("insomnia"));
    assert_eq!(seven_oh::lookup("throwing up").map(Entry::id), Some("vomiting"));
    assert_eq!(seven_oh::lookup(""), None);
    assert_eq!(seven_oh::lookup("---"), None);
    assert_eq!(seven_oh::lookup(&"a".repeat(65)), None);
}

#[test]
fn cross_references_resolve_and_never_point_home() {
    for e in seven_oh::entries() {
        let mut seen = HashSet::new();
        for r in e.related() {
            assert_ne!(r, e, "{} links to itself", e.id());
            assert!(seen.insert(r), "{} links to {} twice", e.id(), r.id());
            assert!(seven_oh::entries().any(|x| x == r));
        }
        assert!(e.sources().len() >= 1, "{} cites no source", e.id());
    }
    for r in seven_oh::risks() {
        for s in r.symptoms() {
            assert_eq!(seven_oh::symptom(s.id()), Some(s));
            assert!(s.risks().any(|x| x == r));
        }
    }
}

#[test]
fn symptoms_in_filters_by_context() {
    for c in Context::ALL.iter().copied() {
        let listed: Vec<&str> = seven_oh::symptoms_in(c).map(|s| s.id()).collect();
        let expected: Vec<&str> = seven_oh::symptoms()
            .filter(|s| s.contexts().any(|x| x == c))
            .map(|s| s.id())
            .collect();
        assert_eq!(listed, expected);
        assert!(!listed.is_empty(), "no symptom in {c}");
    }
    // Overdose signs are emergencies.
    for id in ["slow-breathing", "unresponsiveness", "pinpoint-pupils", "blue-lips"] {
        let s = seven_oh::symptom(id).unwrap();
        assert!(s.shows_in(Context::Overdose), "{id}");
        assert_eq!(s.urgency(), Urgency::Emergency, "{id}");
    }
    let nausea = seven_oh::symptom("nausea").unwrap();
    assert!(nausea.shows_in(Context::SideEffect) && nausea.shows_in(Context::Withdrawal));
    for s in seven_oh::symptoms() {
        assert_eq!(s.contexts().len(), s.contexts().count());
        assert!(
            Context::ALL
                .iter()
                .all(|&c| s.shows_in(c) == s.contexts().any(|x| x == c))
        );
    }
}

#[test]
fn enums_round_trip_through_their_spellings() {
    fn check<T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug + Copy>(all: &[T]) {
        for &v in all {
            assert_eq!(v.to_string().parse::<T>().ok(), Some(v));
        }
    }
    check(Kind::ALL);
    check(Context::ALL);
    check(Urgency::ALL);
    check(Severity::ALL);
    let err = "Overdose".parse::<Context>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "'Overdose' is not a context: expected one of withdrawal, side-effect, overdose"
    );
    // A long rejected value is cut, not allocated.
    let long = "x".repeat(100);
    assert!(long.parse::<Kind>().unwrap_err().to_string().len() < 100);
}

#[test]
#[cfg(all(feature = "markdown", feature = "plain-text"))]
fn rendered_text_and_html_follow_the_markdown() {
    for f in seven_oh::faqs() {
        assert!(!f.answer_text().contains("**"), "{}", f.id());
        assert!(f.answer_html().starts_with('<'), "{}", f.id());
        assert!(f.answer_text().len() <= f.answer().len() + 200, "{}", f.id());
    }
    for t in seven_oh::topics() {
        assert!(
            !t.body_text().contains("**") && !t.body_text().contains("]("),
            "{}",
            t.id()
        );
    }
}

#[test]
fn meta_constants_are_set() {
    assert!(seven_oh::DISCLAIMER.contains("not medical advice"));
    assert_eq!(seven_oh::REVIEWED.len(), 10);
    assert!(seven_oh::CONTENT_VERSION.split('.').count() == 3);
}

#[test]
fn entry_reaches_every_kind_of_a_shared_id() {
    assert_eq!(
        seven_oh::entry(Kind::Risk, "overdose"),
        seven_oh::risk("overdose").map(Entry::from)
    );
    assert_eq!(
        seven_oh::entry(Kind::Topic, "overdose"),
        seven_oh::topic("overdose").map(Entry::from)
    );
    assert_eq!(seven_oh::entry(Kind::Risk, "overdose").unwrap().kind(), Kind::Risk);
    assert_eq!(seven_oh::entry(Kind::Faq, "overdose"), None);
    for e in seven_oh::entries() {
        assert_eq!(seven_oh::entry(e.kind(), e.id()), Some(e));
    }
}

#[test]
#[cfg(all(feature = "markdown", feature = "plain-text"))]
fn every_kind_reads_the_same_way() {
    for e in seven_oh::entries() {
        let (title, summary, markdown, text, html) = match e {
            Entry::Faq(r) => (r.title(), r.summary(), r.markdown(), r.text(), r.html()),
            Entry::Topic(r) => (r.title(), r.summary(), r.markdown(), r.text(), r.html()),
            Entry::Symptom(r) => (r.title(), r.summary(), r.markdown(), r.text(), r.html()),
            Entry::Risk(r) => (r.title(), r.summary(), r.markdown(), r.text(), r.html()),
            _ => unreachable!("four kinds"),
        };
        assert_eq!(
            (e.title(), e.summary(), e.markdown(), e.text(), e.html()),
            (title, summary, markdown, text, html)
        );
        assert_eq!(e.to_string(), title);
        assert!(
            !title.is_empty() && !summary.is_empty() && !text.is_empty(),
            "{}",
            e.id()
        );
        assert!(html.starts_with('<'), "{}", e.id());
    }
    let faq = seven_oh::faq("what-is-7-oh").unwrap();
    assert_eq!((faq.title(), faq.summary()), (faq.question(), faq.short_answer()));
    assert_eq!(
        (faq.markdown(), faq.text(), faq.html()),
        (faq.answer(), faq.answer_text(), faq.answer_html())
    );
    let risk = seven_oh::risk("overdose").unwrap();
    assert_eq!(risk.title(), risk.name());
}

#[test]
fn lists_report_their_length() {
    for s in seven_oh::symptoms() {
        assert_eq!(s.risks().len(), s.risks().count(), "{}", s.id());
        let via_risks: Vec<&str> = seven_oh::risks()
            .filter(|r| r.symptoms().any(|x| x == s))
            .map(|r| r.id())
            .collect();
        assert_eq!(s.risks().map(|r| r.id()).collect::<Vec<_>>(), via_risks);
    }
    for u in seven_oh::urgent_messages() {
        let steps: seven_oh::Strs = u.steps();
        assert!(!steps.is_empty());
        assert_eq!(steps.len(), steps.iter().count());
        assert_eq!(steps.get(0), Some(&steps[0]));
        assert_eq!(steps.get(steps.len()), None);
    }
}

#[test]
fn sources_display_as_citations() {
    for s in seven_oh::sources() {
        let line = s.to_string();
        assert!(line.starts_with(s.title()), "{line}");
        assert!(line.ends_with(s.url()), "{line}");
        assert!(line.contains(s.publisher()), "{line}");
        assert!(!line.contains(".."), "{line}");
        // A journal citation (`2005;78(1):2-7`) carries the year: no date after it.
        assert!(!line.contains(", n.d.") || !s.publisher().contains(';'), "{line}");
    }
    let paper = seven_oh::source("matsumoto-lifesci-2005").unwrap().to_string();
    assert!(
        paper.contains("Life Sciences (Matsumoto K et al.), 2005;78(1):2-7. https://"),
        "{paper}"
    );
}

#[test]
fn help_lines_say_their_region() {
    assert!(seven_oh::HELP_LINES.iter().all(|l| l.region == "US"));
    for u in seven_oh::urgent_messages() {
        let line = u.help_line();
        assert_eq!(line.number, u.call());
        assert!(line.callable);
    }
}

#[test]
fn debug_shows_lists_as_lists() {
    let faq = seven_oh::faq("is-7-oh-addictive").unwrap();
    let first = faq.paraphrases().iter().next().unwrap();
    let debug = format!("{faq:?}");
    assert!(debug.contains(&format!("paraphrases: [{first:?}")), "{debug}");
    assert!(!debug.contains("\\u{1f}"), "{debug}");
}
