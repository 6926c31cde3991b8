//! The naive baseline for free-text questions: score every FAQ question and paraphrase by normalised edit
//! distance to the question (`strsim::normalized_levenshtein` on lowercased strings) and return the best
//! FAQ. Shared by `benches/benches/ask.rs` and `bench-compare/`.

/// Every FAQ question and paraphrase, lowercased once at start-up, with the FAQ's index.
pub struct StrsimScan {
    candidates: Vec<(String, usize)>,
}

impl Default for StrsimScan {
    fn default() -> Self {
        Self::new()
    }
}

impl StrsimScan {
    /// Lowercases every FAQ question and paraphrase (outside any timing).
    pub fn new() -> StrsimScan {
        let candidates = seven_oh::faqs()
            .enumerate()
            .flat_map(|(i, f)| {
                core::iter::once(f.question())
                    .chain(f.paraphrases())
                    .map(move |s| (s.to_lowercase(), i))
            })
            .collect();
        StrsimScan { candidates }
    }

    /// How many strings one question is compared with.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    /// Whether there is nothing to compare with (never, for the real content).
    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// The index (in `seven_oh::faqs()`) of the FAQ with the most similar question or paraphrase.
    pub fn best(&self, question: &str) -> usize {
        let question = question.to_lowercase();
        let mut best = (f64::MIN, 0);
        for (text, faq) in &self.candidates {
            let score = strsim::normalized_levenshtein(&question, text);
            if score > best.0 {
                best = (score, *faq);
            }
        }
        best.1
    }
}
