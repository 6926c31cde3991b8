//! Free-text questions: [`ask`] for the best answer (or an honest "I don't know", or an emergency
//! message first), and [`search`] for ranked hits over every kind of entry.

use seven_oh_shared::layout::{HELP_LINES, HelpLine};

use crate::data::{self, URGENT};
use crate::decline;
use crate::record::{Entry, Faq, Source};
use crate::search::{self, Hit as Ranked, Reading};
use crate::strs::Strs;

/// A question scores at least this much (see [`Match::score`]) to get an answer when it names the subject
/// (7-OH, kratom, withdrawal, naloxone ...: the anchors in `content/search.toml`).
pub const ANSWER_THRESHOLD: f32 = 0.1;

/// A question that does not name the subject must score at least this much to get an answer, so that
/// "is coffee addictive?" is not answered with the 7-OH answer.
pub const UNANCHORED_THRESHOLD: f32 = 0.7;

/// The most hits [`search`] returns.
pub const SEARCH_LIMIT: usize = 10;

/// A reviewed emergency message: what to do now, which number to call, and the FAQ that goes with it.
///
/// An app shows it the way the 988 Lifeline and SAMHSA safe-messaging recommendations ask: the banner
/// (headline, steps, number) first, then its [`faq`](Self::faq), then nothing else (no other answers, no
/// "did you mean", nothing about doses). [`ask`] and [`urgent`](crate::urgent()) return it.
///
/// ```
/// let answer = seven_oh::ask("my friend took 7oh and is not breathing");
/// let urgent = answer.urgent().unwrap();
/// assert_eq!(urgent.call(), "911");
/// assert!(urgent.steps().iter().any(|s| s.contains("naloxone")));
/// // Banner, then its FAQ, then nothing else.
/// println!("{}", urgent.headline());
/// assert_eq!(answer.top().unwrap().faq(), urgent.faq());
/// assert_eq!(answer.matches().count(), 1);
/// ```
#[derive(Debug)]
pub struct Urgent {
    pub(crate) id: &'static str,
    pub(crate) headline: &'static str,
    pub(crate) steps: &'static [&'static str],
    pub(crate) call: &'static str,
    pub(crate) also: &'static str,
    pub(crate) sources: &'static [u16],
    pub(crate) faq: u16,
}

impl PartialEq for Urgent {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Urgent {}

impl Urgent {
    /// The message's id in `content/urgent.toml`: `overdose`, `poisoning` or `crisis`.
    ///
    /// ```
    /// assert_eq!(seven_oh::ask("i want to kill myself").urgent().unwrap().id(), "crisis");
    /// ```
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// One line to show first, in large type.
    ///
    /// ```
    /// let u = seven_oh::urgent_message("overdose").unwrap();
    /// assert!(u.headline().contains("911"));
    /// ```
    pub const fn headline(&self) -> &'static str {
        self.headline
    }

    /// What to do, in order.
    ///
    /// ```
    /// let u = seven_oh::urgent_message("overdose").unwrap();
    /// assert!(u.steps().iter().next().unwrap().contains("911"));
    /// for (i, step) in u.steps().iter().enumerate() {
    ///     println!("{}. {step}", i + 1);
    /// }
    /// ```
    pub const fn steps(&self) -> Strs {
        Strs::from_slice(self.steps)
    }

    /// The number to call: `911`, `988` or `1-800-222-1222`, all US services (see
    /// [`help_line`](Self::help_line)).
    ///
    /// ```
    /// assert_eq!(seven_oh::urgent_message("crisis").unwrap().call(), "988");
    /// ```
    pub const fn call(&self) -> &'static str {
        self.call
    }

    /// The help line [`call`](Self::call) names, with who answers and the region it serves. Every line is a
    /// US service in this edition; an app used elsewhere shows its own emergency number instead.
    ///
    /// ```
    /// let line = seven_oh::urgent_message("poisoning").unwrap().help_line();
    /// assert_eq!(line.number, "1-800-222-1222");
    /// assert_eq!(line.name, "Poison Help");
    /// assert_eq!(line.region, "US");
    /// ```
    pub fn help_line(&self) -> &'static HelpLine {
        // The compiler accepts only callable numbers of HELP_LINES in `call`.
        HELP_LINES
            .iter()
            .find(|l| l.number == self.call)
            .unwrap_or(&HELP_LINES[0])
    }

    /// A further line: another number or what to do when it is less urgent.
    ///
    /// ```
    /// assert!(seven_oh::urgent_message("overdose").unwrap().also().contains("1-800-222-1222"));
    /// ```
    pub const fn also(&self) -> &'static str {
        self.also
    }

    /// The guidance this message follows.
    ///
    /// ```
    /// assert!(seven_oh::urgent_message("overdose").unwrap().sources().len() > 0);
    /// ```
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &'static Source> + use<> {
        self.sources.iter().map(|&i| &data::SOURCES[usize::from(i)])
    }

    /// The FAQ that goes with the message, to show right after it (and, in an answer, its only match). None
    /// of these FAQs gives doses or overdose amounts; the crisis message's FAQ gives no method information.
    ///
    /// ```
    /// let u = seven_oh::urgent_message("crisis").unwrap();
    /// assert_eq!(u.faq().id(), "what-if-i-am-thinking-about-suicide");
    /// assert_eq!(seven_oh::urgent_message("overdose").unwrap().faq().id(), "what-to-do-in-an-overdose");
    /// ```
    pub fn faq(&self) -> &'static Faq {
        &data::FAQS[usize::from(self.faq)]
    }
}

/// The urgent message with this id, if any.
///
/// ```
/// assert!(seven_oh::urgent_message("poisoning").unwrap().also().contains("911"));
/// assert!(seven_oh::urgent_message("nope").is_none());
/// ```
pub fn urgent_message(id: &str) -> Option<&'static Urgent> {
    URGENT.iter().find(|u| u.id == id)
}

/// Every urgent message, in the order of `content/urgent.toml` (which is also their priority).
///
/// ```
/// assert_eq!(seven_oh::urgent_messages().count(), 3);
/// ```
pub fn urgent_messages() -> impl ExactSizeIterator<Item = &'static Urgent> {
    URGENT.iter()
}

/// A FAQ that answered a question, and how well: what [`Answer::matches`] and [`Answer::top`] give.
///
/// ```
/// let m = seven_oh::ask("is 7oh addictive").top().unwrap();
/// assert_eq!(m.faq().id(), "is-7-oh-addictive");
/// assert!(m.score() > 0.0 && m.score() <= 1.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Match {
    faq: &'static Faq,
    score: f32,
}

impl Match {
    /// The FAQ ([`ask`] answers only from FAQs).
    ///
    /// ```
    /// let m = seven_oh::ask("does narcan work on 7-oh").top().unwrap();
    /// assert_eq!(m.faq().id(), "does-naloxone-reverse-7-oh");
    /// println!("{}\n{}", m.faq().question(), m.faq().short_answer());
    /// ```
    pub const fn faq(&self) -> &'static Faq {
        self.faq
    }

    /// The FAQ as an [`Entry`], for code that handles every kind alike (as [`Hit::entry`] does).
    ///
    /// ```
    /// use seven_oh::Kind;
    /// let m = seven_oh::ask("is 7oh legal").top().unwrap();
    /// assert_eq!(m.entry().kind(), Kind::Faq);
    /// assert_eq!(m.entry().id(), m.faq().id());
    /// ```
    pub const fn entry(&self) -> Entry {
        Entry::Faq(self.faq)
    }

    /// How well it matched, from 0 to 1.
    ///
    /// For the best match this is how much of the question it covers: each word's weight in the FAQ,
    /// capped at what the word weighs in the question, over what all the question's words weigh. Words the
    /// content never uses count against every FAQ and corrected typos count for less, so the best
    /// match's score can be compared across questions. Lower matches are scaled from it by their BM25
    /// relevance, so scores never rise down the list.
    ///
    /// ```
    /// let strong = seven_oh::ask("is 7-oh addictive?").top().unwrap().score();
    /// let weak = seven_oh::ask("is 7-oh addictive like sugar and coffee and chocolate?").top().unwrap().score();
    /// assert!(strong > weak);
    /// ```
    pub const fn score(&self) -> f32 {
        self.score
    }
}

/// An entry of any kind that [`search`] found, and how well it matched.
///
/// ```
/// use seven_oh::Kind;
/// let hit = seven_oh::search("blue lips").next().unwrap();
/// assert_eq!(hit.entry().kind(), Kind::Symptom);
/// assert!(hit.score() > 0.0 && hit.score() <= 1.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    entry: Entry,
    score: f32,
}

impl Hit {
    /// The entry.
    ///
    /// ```
    /// let hit = seven_oh::search("naloxone").next().unwrap();
    /// assert_eq!(hit.entry().id(), "does-naloxone-reverse-7-oh");
    /// ```
    pub const fn entry(&self) -> Entry {
        self.entry
    }

    /// How well it matched, from 0 to 1, computed as for [`Match::score`]; never rising down the list.
    ///
    /// ```
    /// let scores: Vec<f32> = seven_oh::search("withdrawal symptoms").map(|h| h.score()).collect();
    /// assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    /// ```
    pub const fn score(&self) -> f32 {
        self.score
    }
}

impl From<Ranked> for Hit {
    fn from(hit: Ranked) -> Hit {
        Hit {
            entry: hit.entry(),
            score: hit.score,
        }
    }
}

/// The answer to a free-text question: an urgent message when the question describes an emergency, and up
/// to three FAQs, best first, unless the evidence was too weak to answer.
///
/// ```
/// let answer = seven_oh::ask("how do I bake sourdough bread");
/// assert!(answer.abstained());
/// assert!(!answer.is_urgent());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answer {
    urgent: Option<&'static Urgent>,
    /// The first `len` are the matches, best first.
    matches: [Match; 3],
    len: u8,
    abstained: bool,
    declined: bool,
    anchored: bool,
}

impl Answer {
    /// Whether the question describes an emergency. Check this first, and show [`urgent`](Self::urgent)
    /// before anything else.
    ///
    /// ```
    /// assert!(seven_oh::ask("someone took 7oh and won't wake up").is_urgent());
    /// assert!(!seven_oh::ask("can you overdose on 7-OH?").is_urgent());
    /// ```
    pub const fn is_urgent(&self) -> bool {
        self.urgent.is_some()
    }

    /// The emergency message, if the question describes an emergency.
    ///
    /// ```
    /// let u = seven_oh::ask("my toddler swallowed a kratom tablet").urgent().unwrap();
    /// assert_eq!(u.call(), "1-800-222-1222");
    /// ```
    pub const fn urgent(&self) -> Option<&'static Urgent> {
        self.urgent
    }

    /// Whether the evidence was too weak to answer. [`matches`](Self::matches) may then still hold guesses,
    /// for a "did you mean" (never when the answer is urgent: then its only match is the message's FAQ).
    ///
    /// ```
    /// assert!(seven_oh::ask("how tall is mount everest").abstained());
    /// assert!(!seven_oh::ask("how long does 7oh withdrawal last").abstained());
    /// ```
    pub const fn abstained(&self) -> bool {
        self.abstained
    }

    /// Whether the question asks for something this crate never tells: where to buy a product, how to
    /// make or prepare it, how to take it or how much (the `declines` of `content/search.toml`). Such an
    /// answer also [`abstained`](Self::abstained); its [`matches`](Self::matches) may still hold FAQs
    /// about the subject, such as whether any dose is safe. An app can say why it does not answer.
    ///
    /// ```
    /// let answer = seven_oh::ask("How much kratom should I take?");
    /// assert!(answer.declined() && answer.abstained());
    /// assert!(seven_oh::ask("where can i buy 7oh tablets").declined());
    /// assert!(!seven_oh::ask("is there a safe dose of 7-OH?").declined());
    /// assert!(!seven_oh::ask("where can I get naloxone?").declined());
    /// // Choosing a product (strains, vein colours) is a seller's question.
    /// assert!(seven_oh::ask("which kratom strain is strongest").declined());
    /// assert!(!seven_oh::ask("does kratom strain the liver").declined());
    /// ```
    pub const fn declined(&self) -> bool {
        self.declined
    }

    /// Whether the question used a word that ties it to this subject (7-OH, kratom, opioids, naloxone and
    /// the other `anchors` of `content/search.toml`). Such a question is answered from a score of
    /// [`ANSWER_THRESHOLD`]; any other needs [`UNANCHORED_THRESHOLD`].
    ///
    /// ```
    /// assert!(seven_oh::ask("is kratom addictive").anchored());
    /// assert!(!seven_oh::ask("is coffee addictive").anchored());
    /// ```
    pub const fn anchored(&self) -> bool {
        self.anchored
    }

    /// Up to three FAQs, best first. When the answer is urgent, only the urgent message's
    /// [`faq`](Urgent::faq), with a score of 1: an app shows the banner, then that FAQ, then nothing else,
    /// as the 988 Lifeline and SAMHSA safe-messaging recommendations ask (no dose information, no guesses).
    ///
    /// ```
    /// let answer = seven_oh::ask("i don't want to be alive anymore");
    /// let ids: Vec<&str> = answer.matches().map(|m| m.faq().id()).collect();
    /// assert_eq!(ids, [answer.urgent().unwrap().faq().id()]);
    /// ```
    ///
    /// ```
    /// let answer = seven_oh::ask("can i taper off 7-oh slowly");
    /// assert!(answer.matches().len() <= 3);
    /// assert!(answer.matches().any(|m| m.faq().id() == "can-you-taper-off-7-oh"));
    /// ```
    pub fn matches(&self) -> impl ExactSizeIterator<Item = Match> + Clone + use<> {
        self.matches.into_iter().take(usize::from(self.len))
    }

    /// The best FAQ, unless the answer abstained; for an urgent answer, the message's FAQ.
    ///
    /// ```
    /// let top = seven_oh::ask("is 7oh legal").top().unwrap();
    /// assert_eq!(top.faq().id(), "is-7-oh-legal");
    /// assert!(seven_oh::ask("what should i cook for dinner").top().is_none());
    /// ```
    pub fn top(&self) -> Option<Match> {
        (!self.abstained && self.len > 0).then_some(self.matches[0])
    }
}

/// Answers a free-text question from the FAQs.
///
/// The question is checked for an emergency first (breathing trouble, someone who won't wake up, a colour
/// change, a seizure, choking, pinpoint pupils with drowsiness, a child who swallowed a product, "I think
/// I'm dying", thoughts of suicide: see [`urgent`](crate::urgent())), independently of the ranking. An
/// urgent answer holds the message and, as its only match, the message's FAQ (see [`Answer::matches`]).
/// Otherwise the FAQs are ranked. Only the first [`MAX_QUERY_BYTES`](crate::MAX_QUERY_BYTES) bytes are
/// read (every word in them for the emergency check, the first [`MAX_QUERY_WORDS`](crate::MAX_QUERY_WORDS)
/// for ranking), so the time is linear in the question's length up to that bound and constant after it.
/// Nothing is allocated.
///
/// ```
/// let answer = seven_oh::ask("Is 7-OH addictive?");
/// let top = answer.top().unwrap();
/// assert_eq!(top.faq().id(), "is-7-oh-addictive");
/// println!("{}", top.faq().short_answer());
/// ```
///
/// A headline question with two parts joined by "and" is answered by each part's FAQ, the first part's
/// first:
///
/// ```
/// let answer = seven_oh::ask("What is 7-OH and what forms does it come in?");
/// let ids: Vec<&str> = answer.matches().map(|m| m.faq().id()).take(2).collect();
/// assert_eq!(ids, ["what-is-7-oh", "what-forms-does-7-oh-come-in"]);
/// ```
pub fn ask(question: &str) -> Answer {
    let reading = Reading::new(question);
    let mut hits = [Ranked {
        doc: 0,
        relevance: 0.0,
        score: 0.0,
    }; 3];
    let (mut n, evidence) = search::rank(&reading, true, &mut hits);
    if let Some(k) = reading.headline_split() {
        n = headline(&reading, k, &mut hits, n);
    }
    let unused = Match {
        faq: &data::FAQS[0],
        score: 0.0,
    };
    let mut matches = [unused; 3];
    let mut len = 0;
    for hit in &hits[..n] {
        // Ranked with `faqs_only`, so every hit is a FAQ.
        if let Entry::Faq(faq) = hit.entry() {
            matches[len] = Match { faq, score: hit.score };
            len += 1;
        }
    }
    let threshold = if evidence.anchored {
        ANSWER_THRESHOLD
    } else {
        UNANCHORED_THRESHOLD
    };
    let declined = decline::declined(reading.words());
    let mut abstained = len == 0 || hits[0].score < threshold || declined;
    let urgent = reading.urgent.map(|m| &URGENT[m]);
    if let Some(u) = urgent {
        // Safe messaging: the message's FAQ and nothing else.
        let only = Match {
            faq: u.faq(),
            score: 1.0,
        };
        matches = [only, unused, unused];
        len = 1;
        abstained = false;
    }
    Answer {
        urgent,
        matches,
        len: len as u8,
        abstained,
        declined: declined && urgent.is_none(),
        anchored: evidence.anchored,
    }
}

/// A headline question with two parts ("What is kratom and how is it used?"): either part's FAQ answers
/// it, and a third FAQ that matches a little of each does not. Each part is ranked on its own; the first
/// part's best FAQ comes first (a headline names its subject first), then the second part's, then the
/// whole question's hits. On the tuning sets, putting the part with the higher score first instead answered
/// one headline question fewer.
fn headline(reading: &Reading, split: usize, hits: &mut [Ranked; 3], n: usize) -> usize {
    let best = |part: Reading| {
        let mut two = [Ranked {
            doc: 0,
            relevance: 0.0,
            score: 0.0,
        }; 2];
        let (n, _) = search::rank(&part, true, &mut two);
        (n > 0).then_some(two)
    };
    let (Some([first, _]), Some([second, next])) = (best(reading.first_part(split)), best(reading.second_part(split)))
    else {
        return n;
    };
    let mut merged = [first; 3];
    let mut len = 1;
    // Unused slots have no relevance.
    for hit in [second, next]
        .into_iter()
        .chain(hits[..n].iter().copied())
        .filter(|h| h.relevance > 0.0)
    {
        if len < merged.len() && merged[..len].iter().all(|h| h.doc != hit.doc) {
            // Scores never rise down the list.
            merged[len] = Ranked {
                score: hit.score.min(merged[len - 1].score),
                ..hit
            };
            len += 1;
        }
    }
    *hits = merged;
    len
}

/// Ranked hits over every kind of entry (FAQs, topics, symptoms, risks), best first, at most
/// [`SEARCH_LIMIT`]. Unlike [`ask`], it never abstains: any entry that shares a word with the query is a hit.
///
/// ```
/// use seven_oh::Kind;
/// let kinds: Vec<Kind> = seven_oh::search("blue lips").map(|h| h.entry().kind()).collect();
/// assert_eq!(kinds[0], Kind::Symptom);
/// assert!(seven_oh::search("sourdough").next().is_none());
/// ```
pub fn search(query: &str) -> impl ExactSizeIterator<Item = Hit> + Clone + use<> {
    let reading = Reading::new(query);
    let mut hits = [Ranked {
        doc: 0,
        relevance: 0.0,
        score: 0.0,
    }; SEARCH_LIMIT];
    let (n, _) = search::rank(&reading, false, &mut hits);
    hits.into_iter().take(n).map(Hit::from)
}
