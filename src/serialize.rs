//! `serde::Serialize` for every record, enum, list and urgent message (feature `serde`).
//!
//! Keys are named as the accessors (`id`, `question`, `short_answer`, `answer`, ...). Links serialise as
//! `{"kind": "faq", "id": "..."}` and sources as their ids, so an export holds each record once.

use serde_core::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::answer::Urgent;

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

fn source_ids(s: impl ExactSizeIterator<Item = &'static Source>) -> Seq<impl ExactSizeIterator<Item = &'static str>> {
    Seq::new(s.map(Source::id))
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
        let mut s = serializer.serialize_struct("Faq", 11)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("question", self.question)?;
        s.serialize_field("short_answer", self.short_answer)?;
        s.serialize_field("answer", self.answer)?;
        s.serialize_field("answer_text", self.answer_text)?;
        s.serialize_field("answer_html", self.answer_html)?;
        s.serialize_field("paraphrases", &self.paraphrases)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("tags", &self.tags)?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &source_ids(self.sources()))?;
        s.end()
    }
}

impl Serialize for Topic {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Topic", 10)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("summary", self.summary)?;
        s.serialize_field("body", self.body)?;
        s.serialize_field("body_text", self.body_text)?;
        s.serialize_field("body_html", self.body_html)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("tags", &self.tags)?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &source_ids(self.sources()))?;
        s.end()
    }
}

impl Serialize for Symptom {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Symptom", 10)?;
        s.serialize_field("id", self.id())?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("aliases", &self.aliases())?;
        s.serialize_field("contexts", self.contexts)?;
        s.serialize_field("urgency", &self.urgency)?;
        s.serialize_field("body", self.body)?;
        s.serialize_field("body_text", self.body_text)?;
        s.serialize_field("body_html", self.body_html)?;
        s.serialize_field("related", &links(self.related()))?;
        s.serialize_field("sources", &source_ids(self.sources()))?;
        s.end()
    }
}

impl Serialize for Risk {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Risk", 11)?;
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
        s.serialize_field("sources", &source_ids(self.sources()))?;
        s.end()
    }
}

/// An entry serialises as its record.
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
        s.serialize_field("steps", self.steps)?;
        s.serialize_field("call", self.call)?;
        s.serialize_field("also", self.also)?;
        s.serialize_field("sources", &source_ids(self.sources()))?;
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
