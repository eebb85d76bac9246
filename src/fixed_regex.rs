//! The regex type of the built-in patterns: the regex crate's own engine
//! (`regex_automata::meta`, which `regex::Regex` wraps), built without
//! literal prefilters.
//!
//! Building a pattern is most of what a short run costs: a one-page run
//! spends four fifths of its time compiling. About a fifth of each build
//! goes to searching the pattern for literals that a prefilter could look
//! for first (and for inner literals to search backwards from). The
//! built-in patterns rarely have a literal worth it: they start with a word
//! boundary or a class, their words are case-insensitive alternations too
//! many to search for, and they run on short blocks of text where the lazy
//! DFA alone is as fast. Built without, they match exactly the same texts
//! (leftmost-first, like `regex::Regex`), in the same time on whole
//! corpora, and build about a fifth faster.
//!
//! Patterns a user supplies (the video hosts of [`crate::Config`]) stay
//! `regex::Regex`.

use regex_automata::meta;

/// A compiled built-in pattern: the subset of `regex::Regex` the
/// extractor uses, with the same matching semantics.
#[derive(Debug)]
pub(crate) struct Regex {
    engine: meta::Regex,
    /// The pattern as written, for tests of the patterns themselves.
    #[cfg(test)]
    source: Box<str>,
}

/// One match of a [`Regex`] in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, m: regex_automata::Match) -> Self {
        Match {
            haystack,
            start: m.start(),
            end: m.end(),
        }
    }

    /// The byte offset where the match starts.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just past the match.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// The byte range of the match.
    pub(crate) fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The matched text. (The engine reports matches on character
    /// boundaries only, as the `utf8` setting of its syntax guarantees.)
    pub(crate) fn as_str(&self) -> &'h str {
        self.haystack.get(self.range()).unwrap_or_default()
    }
}

impl Regex {
    /// Builds `pattern` with the regex crate's default limits.
    pub(crate) fn new(pattern: &str) -> Result<Regex, Box<meta::BuildError>> {
        Self::build(pattern, Self::config())
    }

    /// Builds `pattern` with a lazy DFA cache of `bytes` (what
    /// `regex::RegexBuilder::dfa_size_limit` sets).
    pub(crate) fn with_dfa_cache(
        pattern: &str,
        bytes: usize,
    ) -> Result<Regex, Box<meta::BuildError>> {
        Self::build(pattern, Self::config().hybrid_cache_capacity(bytes))
    }

    /// Builds `pattern` to be searched without a lazy DFA, by the NFA
    /// engines alone (the bounded backtracker, or the PikeVM on longer
    /// texts). Same matches; for a pattern whose DFA would have many
    /// states, each slow to build, and that runs on so few short texts
    /// that building them costs more than they would save. The lazy DFA
    /// builds its states afresh on every thread.
    pub(crate) fn without_dfa(pattern: &str) -> Result<Regex, Box<meta::BuildError>> {
        Self::build(pattern, Self::config().hybrid(false).dfa(false))
    }

    /// The regex crate's defaults (`regex::RegexBuilder`), without
    /// literal prefilters.
    fn config() -> meta::Config {
        meta::Config::new()
            .nfa_size_limit(Some(10 << 20))
            .hybrid_cache_capacity(2 << 20)
            .auto_prefilter(false)
    }

    fn build(pattern: &str, config: meta::Config) -> Result<Regex, Box<meta::BuildError>> {
        meta::Builder::new()
            .configure(config)
            .build(pattern)
            .map(|engine| Regex {
                engine,
                #[cfg(test)]
                source: pattern.into(),
            })
            .map_err(Box::new)
    }

    /// The pattern as written.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches somewhere in `text`.
    #[inline]
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.engine.is_match(text)
    }

    /// The leftmost-first match in `text`.
    #[inline]
    pub(crate) fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.engine.find(text).map(|m| Match::new(text, m))
    }

    /// What group `index` matched in the leftmost-first match in `text`.
    pub(crate) fn group<'h>(&self, text: &'h str, index: usize) -> Option<Match<'h>> {
        let mut captures = self.engine.create_captures();
        self.engine.captures(text, &mut captures);
        captures.get_group(index).map(|span| Match {
            haystack: text,
            start: span.start,
            end: span.end,
        })
    }

    /// Every successive non-overlapping match in `text`.
    pub(crate) fn find_iter<'r, 'h>(&'r self, text: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.engine
            .find_iter(text)
            .map(move |m| Match::new(text, m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same matches as `regex::Regex` on patterns of the kinds the
    /// extractor writes, including matches after multi-byte characters.
    #[test]
    fn matches_as_the_regex_crate_does() {
        let patterns = [
            r"(?i)(?:^|[^\p{L}\p{N}_])(?:sign\s+up|subscribe)(?:[^\p{L}\p{N}_]|$)",
            r"(?i)\b(?:photo|bild)\s*:\s*\w",
            r"(?:[^.!?]|[.!?]\S){0,20}$",
            r"\d+",
            r"",
        ];
        let texts = [
            "",
            "Subscribe now",
            "Bitte jetzt SIGN  UP für den Newsletter",
            "Über uns — Bild: Jane Doe",
            "12 Äpfel, 345 Birnen. Ende",
            "日本語のテキスト 2024",
        ];
        for pattern in patterns {
            let ours = Regex::new(pattern).expect("valid pattern");
            let theirs = regex::Regex::new(pattern).expect("valid pattern");
            for text in texts {
                assert_eq!(
                    ours.is_match(text),
                    theirs.is_match(text),
                    "{pattern} {text}"
                );
                assert_eq!(
                    ours.find(text).map(|m| (m.range(), m.as_str())),
                    theirs.find(text).map(|m| (m.range(), m.as_str())),
                    "{pattern} {text}"
                );
                assert_eq!(
                    ours.group(text, 0).map(|m| m.as_str()),
                    regex_crate_group(&theirs, text, 0),
                    "{pattern} {text}"
                );
                let all: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
                let expected: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
                assert_eq!(all, expected, "{pattern} {text}");
            }
        }
    }

    /// What group `index` of the regex crate's first match holds.
    fn regex_crate_group<'h>(re: &regex::Regex, text: &'h str, index: usize) -> Option<&'h str> {
        re.captures(text)
            .and_then(|c| c.get(index))
            .map(|m| m.as_str())
    }

    #[test]
    fn a_larger_cache_matches_the_same() {
        let pattern = r"(?i)(?:©|\bphotos?\s*:\s*\w)(?:[^.!?]|[.!?]\S){0,80}$";
        let small = Regex::new(pattern).expect("valid pattern");
        let large = Regex::with_dfa_cache(pattern, 8 << 20).expect("valid pattern");
        for text in ["The harbour. Photo: Jane Doe", "No credit here.", "© Jane"] {
            assert_eq!(small.find(text), large.find(text), "{text}");
        }
    }

    #[test]
    fn groups_are_the_regex_crate_s() {
        let pattern = r"(?i)^\W*(\p{Lu}\w*?)\s+is\s";
        let ours = Regex::new(pattern).expect("valid pattern");
        let theirs = regex::Regex::new(pattern).expect("valid pattern");
        for text in [
            "Acme is a maker",
            "— Äcme Corp is",
            "nothing here",
            "Ünïcode is",
        ] {
            assert_eq!(
                ours.group(text, 1).map(|m| m.as_str()),
                regex_crate_group(&theirs, text, 1),
                "{text}"
            );
        }
        assert!(ours.group("Acme is", 2).is_none());
    }

    #[test]
    fn invalid_patterns_are_errors() {
        assert!(Regex::new("(unclosed").is_err());
        assert_eq!(
            Regex::new("a|b").map(|r| r.as_str().to_string()).ok(),
            Some("a|b".into())
        );
    }
}
