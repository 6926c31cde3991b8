//! `serde::Serialize` for every record, enum, list, answer and urgent message (feature `serde`).
//!
//! Keys are named as the accessors (`id`, `question`, `short_answer`, `answer`, ...). Every record starts
//! with its `kind`, so an [`Entry`] serialises as its record and a reader can tell a topic from a risk of the
//! same id. Sources come in full (a record serialised on its own can be cited without the bibliography);
//! links to other entries come as `{"kind": "faq", "id": "..."}`, so nothing nests without end.

use serde_core::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::answer::{Answer, Hit, Match, Urgent};

use crate::Kind;
use crate::record::{Entry, Faq, Risk, Source, Symptom, Topic};
use crate::strs::Strs;

/// Serialises an iterator as a sequence without collecting it.
struct Seq<I>(core::cell::Cell<Option<I>>);

impl<I: ExactSizeIterator> Seq<I>
where
    I::Item: Serialize,
{
    fn new(iter: I) -> Self {
        Seq(core::cell::Cell::new(Some(iter)))
    }
}

impl<I: ExactSizeIterator> Serialize for Seq<I>
where
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let iter = self.0.take().into_iter().flatten();
        let mut seq = serializer.serialize_seq(None)?;
        for item in iter {
            seq.serialize_element(&item)?;
        }
        seq.end()
    }
}

/// A link, as `{"kind": ..., "id": ...}`.
struct Link(Entry);

impl Serialize for Link {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Link", 2)?;
        s.serialize_field("kind", &self.0.kind())?;
        s.serialize_field("id", self.0.id())?;
        s.end()
    }
}

fn links(e: impl ExactSizeIterator<Item = Entry>) -> Seq<impl ExactSizeIterator<Item = Link>> {
    Seq::new(e.map(Link))
}

fn sources(s: impl ExactSizeIterator<Item = &'static Source>) -> Seq<impl ExactSizeIterator<Item = &'static Source>> {
    Seq::new(s)
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Source", 8)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("publisher", self.publisher)?;
        s.serialize_field("url", self.url)?;
        // `null` when no date was confirmed; apps show it as "n.d." (`Source::NO_DATE`).
        s.serialize_field("date", &self.date)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("copy_of", &self.copy_of)?;
        s.serialize_field("note", &self.note)?;
        s.end()
    }
}

impl Serialize for Faq {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Faq", 12)?;
        s.serialize_field("kind", &Kind::Faq)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("question", self.question)?;
        s.serialize_field("short_answer", self.short_answer)?;
        s.serialize_field("answer", self.answer)?;
        s.serialize_field("answer_text", self.answer_text)?;
        s.serialize_field("answer_html", self.answer_html)?;
        s.serialize_field("paraphrases", &self.paraphrases())?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("tags", &self.tags())?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &sources(self.sources()))?;
        s.end()
    }
}

impl Serialize for Topic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Topic", 11)?;
        s.serialize_field("kind", &Kind::Topic)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("summary", self.summary)?;
        s.serialize_field("body", self.body)?;
        s.serialize_field("body_text", self.body_text)?;
        s.serialize_field("body_html", self.body_html)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("tags", &self.tags())?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &sources(self.sources()))?;
        s.end()
    }
}

impl Serialize for Symptom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Symptom", 11)?;
        s.serialize_field("kind", &Kind::Symptom)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("contexts", self.contexts)?;
        s.serialize_field("urgency", &self.urgency)?;
        s.serialize_field("body", self.body)?;
        s.serialize_field("body_text", self.body_text)?;
        s.serialize_field("body_html", self.body_html)?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &sources(self.sources()))?;
        s.end()
    }
}

impl Serialize for Risk {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Risk", 12)?;
        s.serialize_field("kind", &Kind::Risk)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("summary", self.summary)?;
        s.serialize_field("body", self.body)?;
        s.serialize_field("body_text", self.body_text)?;
        s.serialize_field("body_html", self.body_html)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("symptoms", &Seq::new(self.symptoms().map(Symptom::id)))?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &sources(self.sources()))?;
        s.end()
    }
}

/// An entry serialises as its record (which starts with its `kind`).
impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Entry::Faq(e) => e.serialize(serializer),
            Entry::Topic(e) => e.serialize(serializer),
            Entry::Symptom(e) => e.serialize(serializer),
            Entry::Risk(e) => e.serialize(serializer),
        }
    }
}

impl Serialize for Urgent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Urgent", 7)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("headline", self.headline)?;
        s.serialize_field("steps", &self.steps())?;
        s.serialize_field("call", self.call)?;
        s.serialize_field("also", self.also)?;
        s.serialize_field("sources", &sources(self.sources()))?;
        s.serialize_field("faq", self.faq().id())?;
        s.end()
    }
}

/// A list serialises as a sequence of strings.
impl Serialize for Strs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Seq::new(self.iter()).serialize(serializer)
    }
}

/// `{"urgent": null or the message, "abstained": ..., "anchored": ..., "matches": [...]}`.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Answer", 4)?;
        s.serialize_field("urgent", &self.urgent())?;
        s.serialize_field("abstained", &self.abstained())?;
        s.serialize_field("anchored", &self.anchored())?;
        s.serialize_field("matches", &Seq::new(self.matches()))?;
        s.end()
    }
}

/// `{"faq": {...}, "score": ...}`, the FAQ in full.
impl Serialize for Match {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Match", 2)?;
        s.serialize_field("faq", self.faq())?;
        s.serialize_field("score", &self.score())?;
        s.end()
    }
}

/// `{"entry": {"kind": ..., ...}, "score": ...}`, the entry in full.
impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Hit", 2)?;
        s.serialize_field("entry", &self.entry())?;
        s.serialize_field("score", &self.score())?;
        s.end()
    }
}
