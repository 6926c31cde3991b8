//! The emergency check: red flags recognised by meaning, not by word order.
//!
//! `content/urgent.toml` names word groups (concepts: breathing words, "not/slow/barely" words, colour words,
//! body words, ...) and red flags, each a few groups that must all appear, in any order, within a window of
//! words. Words are compared by their light stem (`seven_oh_shared::stem`, the same function the content
//! compiler used), so "bluish" is "blue" and "stopped" is "stop", and a misspelt word is corrected first.
//! Some groups are cues:
//! - a `general` word ("signs of", "what causes") calms the red flags that follow it, not those before it
//!   ("he's not breathing, what do you do?" is urgent); in a message that opens as a question ("what",
//!   "does", "will" ...) it calms every flag;
//! - an `aside` word or pattern ("hypothetically", "two years ago", "if someone ever") calms the whole
//!   message;
//! - a `topic` word (law, tests, withdrawal, tapering, treatment) calms every flag not marked `strong`
//!   ("I want to die" is a crisis in any context);
//! - a `now` word ("right now", "please") outweighs all three, and a `present` word ("this", "help") a `general`
//!   or `aside` word; an aside pattern that names the `now` group ("she's fine now") is not outweighed,
//!   but calms only the flags that are not strong (a child who seems fine still needs Poison Help);
//! - neither a `general` word nor an aside calms a strong flag in the writer's own intent ("ever since last
//!   year I just want to die");
//! - a flag marked `situation` also needs a `situation` word (a person, "I", "took") or a `now` word,
//!   unless the message is a report: at most 6 words, not opening as a question ("lips going blue 7oh").
//!
//! A flag with an `unless` group does not hold when a word of that group came shortly before ("my *heart*
//! is going to stop" is not "going to end it"). The first flag in file order that holds picks the message,
//! except that a strong flag outweighs an earlier one when the writer states their own intent ("I want to
//! take them all and not wake up").
//!
//! One pass over the words, a fixed array per concept, at most `MAX_FLAGS` checks per word: linear, and
//! nothing allocated.

use seven_oh_shared::layout::{ConceptBits, FlagBits, MAX_CONCEPTS, MAX_FLAGS, UNLESS_AFTER_WINDOW, UNLESS_WINDOW};
use seven_oh_shared::normalize;

use crate::answer::Urgent;
use crate::data::{self, CONCEPT_SETS, CUE_BITS, FLAGS, URGENT};
use crate::search::{self, MAX_QUERY_BYTES};

/// A red flag: word groups (`concepts`, one bit each) that must all appear within `window` words, whether it
/// also needs a situation cue, whether it holds in a message about a calm topic, and the message it raises.
#[derive(Debug)]
pub(crate) struct Flag {
    pub(crate) id: &'static str,
    pub(crate) concepts: ConceptBits,
    /// The word group whose word within `UNLESS_WINDOW` words before stops the flag, if any.
    pub(crate) unless: Option<u8>,
    /// The word group whose word within `UNLESS_AFTER_WINDOW` words after stops the flag.
    pub(crate) unless_after: Option<u8>,
    pub(crate) window: u8,
    pub(crate) situation: bool,
    pub(crate) strong: bool,
    /// The message it raises; `None` for an aside pattern ("two years ago"), which calms the message.
    pub(crate) message: Option<u8>,
}

/// The word groups of vocabulary word `w` (none for `NO_WORD`).
pub(crate) fn concepts_of_word(w: u16) -> ConceptBits {
    CONCEPT_SETS[data::concept_set(usize::from(w))]
}

/// The word groups of a misspelt word, gathered from the nearest words that belong to a group: words of
/// the content that belong to none cannot take a misspelt "gaging" away from "gagging", and of two equally
/// near group words neither is dropped. A misspelling never counts as a word that calms the message
/// (`general`, `topic`, `aside`): "bang" is not "ban".
pub(crate) struct Misspelling {
    best: usize,
    bits: ConceptBits,
}

impl Misspelling {
    pub(crate) fn new() -> Misspelling {
        Misspelling {
            best: usize::MAX,
            bits: ConceptBits::EMPTY,
        }
    }

    /// Takes a vocabulary word `w` found `d` edits away.
    pub(crate) fn add(&mut self, d: usize, w: u16) {
        let c = concepts_of_word(w);
        if c.is_empty() || d > self.best {
            return;
        }
        if d < self.best {
            (self.best, self.bits) = (d, ConceptBits::EMPTY);
        }
        self.bits |= c;
    }

    /// The word groups gathered, without the calming cues.
    pub(crate) fn concepts(&self) -> ConceptBits {
        // `layout::CALMING_CUES`.
        let [_, general, _, topic, _, _, aside, _, you, _] = CUE_BITS;
        self.bits & !(general | topic | aside | you)
    }
}

/// A message of at most this many words that does not open with a question word is a report, and needs no
/// situation word: "lips going blue 7oh", "wont respond" (but not "what do pinpoint pupils mean").
const REPORT_WORDS: u16 = 6;

/// Whether a message whose first word is `first` opens as a question: the question forms ranking knows
/// ("what", "how", "does" ...) and the other words a question starts with.
fn opens_question(first: &[u8]) -> bool {
    normalize::question_form(first, b"") != 0
        || matches!(
            first,
            b"will"
                | b"would"
                | b"who"
                | b"which"
                | b"am"
                | b"has"
                | b"have"
                | b"were"
                | b"shall"
                | b"may"
                | b"might"
                | b"if"
        )
}

/// The matcher: fed each word's groups in order, it keeps where each group was last seen, which groups were
/// seen at all, and which flags held.
pub(crate) struct Detector {
    /// 1 + the last position of each group (0: not seen).
    last: [u16; MAX_CONCEPTS],
    seen: ConceptBits,
    fired: FlagBits,
    /// How many words were read.
    words: u16,
    /// Whether the message opens as a question: its first word ("what", "why", "does" ...), or a question
    /// word after one or two others ("nurse here: what ...").
    asks: bool,
    /// 1 + the position where the current sentence starts: an aside pattern holds within one sentence
    /// ("doing okay. Tonight he ..." is not "okay tonight").
    sentence: u16,
    /// Flags that held after a `general` word: "what are the signs of someone not breathing" asks in
    /// general, "he's not breathing, what do you do" does not.
    framed: FlagBits,
    /// Flags that held within [`OWN_WINDOW`] words of an `intend` word: "I just want to die", not "I had
    /// thoughts of ending it years ago ... I want to know the signs".
    owned: FlagBits,
    /// 1 + the position at which each flag held.
    held_at: [u16; MAX_FLAGS],
    /// Whether the person word nearest before the last `intend` word was the writer ("my wife died ... I
    /// intend to take them"), not someone else ("she wants to").
    writer_intends: bool,
    /// Owned flags whose `intend` word had the writer as its subject.
    writer_owned: FlagBits,
    /// Flags that a word of their `unless_after` group followed right after they held.
    followed: FlagBits,
}

/// How near an `intend` word must be to a red flag for the flag to state the writer's own intent.
const OWN_WINDOW: u16 = 8;

impl Detector {
    pub(crate) fn new() -> Detector {
        Detector {
            last: [0; MAX_CONCEPTS],
            seen: ConceptBits::EMPTY,
            fired: FlagBits::EMPTY,
            words: 0,
            asks: false,
            sentence: 1,
            framed: FlagBits::EMPTY,
            owned: FlagBits::EMPTY,
            held_at: [0; MAX_FLAGS],
            writer_intends: false,
            writer_owned: FlagBits::EMPTY,
            followed: FlagBits::EMPTY,
        }
    }

    /// Takes the word `token` at position `pos`, its word groups `concepts`, and whether a sentence ended
    /// before it.
    pub(crate) fn feed(&mut self, pos: usize, token: &[u8], concepts: ConceptBits, after_break: bool) {
        // MAX_QUERY_BYTES bounds the number of words far below u16::MAX.
        let at = pos.min(usize::from(u16::MAX - 1)) as u16 + 1;
        self.words = at;
        if after_break {
            self.sentence = at;
        }
        // A question may come after a word or two ("nurse here: what ...", "in general, how ..."); after
        // the first word only a question word counts ("my chest is" is not "is my chest").
        self.asks |= match pos {
            0 => opens_question(token),
            1 | 2 => matches!(
                token,
                b"what" | b"how" | b"why" | b"when" | b"where" | b"which" | b"who" | b"wat"
            ),
            _ => false,
        };
        if concepts.is_empty() {
            return;
        }
        let [.., intend, other, _, _, _, writer] = CUE_BITS;
        if concepts.intersects(intend) {
            let last = |c: ConceptBits| c.iter().next().map_or(0, |c| self.last[c]);
            self.writer_intends = last(writer) > last(other);
        }
        for c in concepts {
            self.last[c] = at;
        }
        self.seen |= concepts;
        // A word right after a flag that its `unless_after` group names stops it ("seizure medication").
        for (i, flag) in self.held() {
            let follows = flag
                .unless_after
                .is_some_and(|g| concepts.contains(ConceptBits::bit(usize::from(g))));
            if follows && at - self.held_at[i] <= u16::from(UNLESS_AFTER_WINDOW) {
                self.followed |= FlagBits::bit(i);
            }
        }
        for (i, flag) in FLAGS.iter().enumerate() {
            if !flag.concepts.intersects(concepts)
                || !self.seen.contains(flag.concepts)
                || self.fired.contains(FlagBits::bit(i))
            {
                continue;
            }
            let mut within = true;
            // An aside pattern's words are in one sentence.
            let since = if flag.message.is_none() { self.sentence } else { 1 };
            for c in flag.concepts {
                within &= at - self.last[c] < u16::from(flag.window) && self.last[c] >= since;
            }
            if let Some(unless) = flag.unless {
                let last = self.last[usize::from(unless)];
                within &= last == 0 || at - last >= u16::from(UNLESS_WINDOW);
            }
            if within {
                self.fired |= FlagBits::bit(i);
                self.held_at[i] = at;
                let [_, general, _, _, intend, ..] = CUE_BITS;
                if self.seen.intersects(general) {
                    self.framed |= FlagBits::bit(i);
                }
                let near = |c: ConceptBits| {
                    c.iter().next().is_some_and(|c| {
                        let last = self.last[c];
                        last != 0 && at - last < OWN_WINDOW
                    })
                };
                if near(intend) {
                    self.owned |= FlagBits::bit(i);
                    if self.writer_intends {
                        self.writer_owned |= FlagBits::bit(i);
                    }
                }
            }
        }
    }

    /// Whether a word of flag `i`'s `unless_after` group came right after it ("seizure medication", "what if
    /// I ..."): then it does not hold.
    fn followed(&self, i: usize) -> bool {
        self.followed.contains(FlagBits::bit(i))
    }

    /// The flags that held, with their indices, in file order: one step per flag that held, not per flag.
    fn held(&self) -> impl Iterator<Item = (usize, &'static Flag)> + use<> {
        self.fired.iter().filter_map(|i| FLAGS.get(i).map(|f| (i, f)))
    }

    /// The index in `URGENT` of the message to show, if any: the first flag that held, unless it held after
    /// a word that asks in general, the message is set aside from the present (an `aside` word or pattern),
    /// the words are about a calm topic (and the flag is not strong), or the flag needs a situation the
    /// words do not describe. A `now` word outweighs the general, aside and topic words, unless it belongs to
    /// an aside pattern ("she's fine now"). When the writer states an intent about themselves (an `intend`
    /// word near the flag, and no `other` word or the writer as the intent's subject), a later strong flag
    /// outweighs a first flag that is not strong.
    pub(crate) fn verdict(&self) -> Option<usize> {
        let [
            situation,
            general,
            now_bit,
            topic,
            intend,
            other,
            aside,
            present,
            you,
            _,
        ] = CUE_BITS;
        // Aside patterns that held, in one pass: one with a `now` word ("she's fine now") settles the
        // message, and its `now` word outweighs nothing.
        let (mut settled, mut pattern) = (false, false);
        for (i, f) in self.held() {
            if f.message.is_none() && !self.followed(i) {
                if f.concepts.intersects(now_bit) {
                    settled = true;
                } else {
                    pattern = true;
                }
            }
        }
        let now = self.seen.intersects(now_bit) && !settled;
        // "this" outweighs the words that ask in general or set the message aside, not a calm topic or an
        // aside pattern ("I'm not in danger, is this normal?").
        let here = now || self.seen.intersects(present);
        let set_aside = self.seen.intersects(aside) && !here || pattern && !now;
        // "I want to take them all and not wake up": the writer's own intent, near the flag (before it, as
        // recorded when it held, or after it).
        let intended = intend.iter().next().map_or(0, |c| self.last[c]);
        let own = |i: usize| {
            let after = intended > self.held_at[i] && intended - self.held_at[i] < OWN_WINDOW;
            let alone = !self.seen.intersects(other);
            self.owned.contains(FlagBits::bit(i)) && (alone || self.writer_owned.contains(FlagBits::bit(i)))
                || after && alone
        };
        // A message that opens as a question and asks in general anywhere: "does 7-OH lower the seizure
        // threshold?", "can 7-OH make you stop breathing?" ("you" asks in general only in a question: "I love
        // you, goodbye" does not); or a short report with a general word ("seizure risk with tramadol?").
        let report = self.words <= REPORT_WORDS && !self.asks;
        let general_anywhere =
            self.asks && self.seen.intersects(general | you) || report && self.seen.intersects(general);
        let framed = match (here, general_anywhere) {
            (true, _) => FlagBits::EMPTY,
            (false, true) => !FlagBits::EMPTY,
            (false, false) => self.framed,
        };
        let calm_topic = self.seen.intersects(topic) && !now;
        let situated = here || self.seen.intersects(situation) || report;
        let mut held = self.held().filter_map(|(i, f)| {
            // Nothing sets aside or frames as general a strong flag in the writer's own intent ("ever since
            // last year I just want to die"); "she's fine now" calms only the flags that are not strong (a
            // child who seems fine after swallowing a tablet still needs Poison Help).
            if self.followed(i) {
                return None;
            }
            let calmed = set_aside || framed.contains(FlagBits::bit(i));
            let holds = (!calmed || f.strong && own(i))
                && (!settled || f.strong)
                && (situated || !f.situation)
                && (f.strong || !calm_topic);
            Some((f.strong && own(i), f.strong, f.message?)).filter(|_| holds)
        });
        let first = held.next()?;
        // The writer's own intent outweighs the signs it echoes.
        let chosen = match first.1 {
            false => held.find(|&(owned, ..)| owned).unwrap_or(first),
            true => first,
        };
        Some(usize::from(chosen.2))
    }
}

/// Checks a message (a question, a chat line, a form field) for an emergency, without ranking it: the
/// reviewed message to show first, or `None`. [`ask`](crate::ask) runs the same check.
///
/// The red flags are in `content/urgent.toml`, reviewable as data: word groups found together in any order
/// within a few words, compared by stem and with typo correction ("lips r bluish", "hes not breathng"). A
/// question asked in general ("what are the signs of an overdose?") stays calm. Only the first
/// [`MAX_QUERY_BYTES`] bytes are read; time is linear in them and nothing is allocated.
///
/// Show the message before anything else, then its [`faq`](Urgent::faq), then nothing else: no other
/// answer, no "did you mean". This follows the 988 Lifeline and SAMHSA safe-messaging recommendations
/// (lead with the help line and what to do now; never offer dose or method information to someone in
/// crisis).
///
/// ```
/// let u = seven_oh::urgent("my boyfriend's lips look bluish and he won't wake up").unwrap();
/// assert_eq!(u.call(), "911");
/// assert_eq!(u.faq().id(), "what-to-do-in-an-overdose");
/// assert_eq!(seven_oh::urgent("i just want it all to be over").unwrap().id(), "crisis");
/// assert_eq!(seven_oh::urgent("i want to end my life").unwrap().call(), "988");
/// assert!(seven_oh::urgent("what are the signs of an overdose?").is_none());
/// // Words that ask in general calm the red flags after them, not those before them.
/// assert!(seven_oh::urgent("what should you do if someone is not breathing?").is_none());
/// assert_eq!(seven_oh::urgent("he's not breathing, what do you do?").unwrap().id(), "overdose");
/// // The past is set aside.
/// assert!(seven_oh::urgent("my friend overdosed two years ago, could it have hurt his lungs?").is_none());
/// // ... but never the writer's own wish to die.
/// assert_eq!(seven_oh::urgent("ever since last year I just want to die").unwrap().id(), "crisis");
/// assert!(seven_oh::urgent("is 7-OH legal in Texas?").is_none());
/// // "you" asks in general only in a question.
/// assert!(seven_oh::urgent("can 7-OH make you stop breathing?").is_none());
/// assert_eq!(seven_oh::urgent("love you all, goodbye").unwrap().id(), "crisis");
/// // A word right after a red flag can make it a subject rather than an emergency.
/// assert!(seven_oh::urgent("does 7-OH interact with seizure medication?").is_none());
/// assert_eq!(seven_oh::urgent("my brother is having a seizure").unwrap().id(), "overdose");
/// ```
pub fn urgent(text: &str) -> Option<&'static Urgent> {
    read(text).verdict().map(|m| &URGENT[m])
}

/// The ids of the red flags (`[[flag]]` in `content/urgent.toml`, aside patterns left out) whose word
/// groups a message holds, in file order, before the cues are weighed: for reviewing the rules, not for deciding. [`urgent`] decides:
/// a flag that held may still be outweighed (a question asked in general, a calm topic, no situation).
///
/// ```
/// let held: Vec<&str> = seven_oh::red_flags("he is not breathing").collect();
/// assert_eq!(held, ["breathing", "not-breathing"]);
/// // The flags hold, but the question is asked in general, so no message is shown.
/// assert!(seven_oh::red_flags("signs that someone is not breathing").any(|f| f == "not-breathing"));
/// assert!(seven_oh::urgent("signs that someone is not breathing").is_none());
/// ```
pub fn red_flags(text: &str) -> impl Iterator<Item = &'static str> {
    let fired = read(text).fired;
    FLAGS
        .iter()
        .enumerate()
        .filter(move |&(i, f)| fired.contains(FlagBits::bit(i)) && f.message.is_some())
        .map(|(_, f)| f.id)
}

/// Feeds the words of `text` (its first [`MAX_QUERY_BYTES`] bytes) to a new detector.
fn read(text: &str) -> Detector {
    let mut end = text.len().min(MAX_QUERY_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut detector = Detector::new();
    let mut tokens = normalize::tokens(&text[..end]);
    let mut i = 0;
    while let Some(token) = tokens.next() {
        let concepts = search::read_word(token.as_bytes()).concepts;
        detector.feed(i, token.as_bytes(), concepts, tokens.after_break());
        i += 1;
    }
    detector
}
