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
//! Most patterns are only ever asked whether they match. Those are a
//! [`MatchRegex`], built forwards only from the same engine's parts: the
//! meta engine also compiles every pattern backwards (to find where a
//! match starts), a third of the build that `is_match` never uses.
//!
//! Patterns a user supplies (the video hosts of [`crate::Config`]) stay
//! `regex::Regex`.

use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM};
use regex_automata::util::pool::Pool;
use regex_automata::{Input, MatchKind, hybrid, meta};
use regex_syntax::hir::{Hir, Look};

/// The regex crate's default limit on a compiled pattern, in bytes.
const NFA_SIZE_LIMIT: usize = 10 << 20;

/// The regex crate's default lazy DFA cache, in bytes.
const DFA_CACHE_BYTES: usize = 2 << 20;

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
    pub(crate) fn new(pattern: &str) -> Result<Regex, PatternError> {
        let built = Self::from_hir(&regex_automata::util::syntax::parse(pattern)?)?;
        #[cfg(test)]
        let built = Regex {
            source: pattern.into(),
            ..built
        };
        Ok(built)
    }

    /// Builds a pattern given as the syntax tree that parsing it would
    /// give: for patterns made in code, which then need not be written out
    /// and parsed again.
    pub(crate) fn from_hir(hir: &Hir) -> Result<Regex, PatternError> {
        // The regex crate's defaults (`regex::RegexBuilder`), without
        // literal prefilters.
        let config = meta::Config::new()
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .hybrid_cache_capacity(DFA_CACHE_BYTES)
            .auto_prefilter(false);
        meta::Builder::new()
            .configure(config)
            .build_from_hir(hir)
            .map(|engine| Regex {
                engine,
                #[cfg(test)]
                source: hir.to_string().into(),
            })
            .map_err(PatternError::from)
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

/// A built-in pattern that is only ever asked whether it matches, built
/// forwards only.
///
/// [`Regex`] also compiles the pattern backwards, for the start of a
/// match, which `is_match` never needs: that is about a third of what
/// building a pattern costs, and building the patterns is most of a short
/// run. This one searches with the same lazy DFA `is_match` uses there
/// (stopping at the first match), and where the DFA cannot go on (a
/// Unicode word boundary next to a non-ASCII byte, or a cache cleared too
/// often) with the backtracker or the PikeVM, as the meta engine does.
/// Like it, it first rules out texts too short (or, for a pattern
/// anchored at both ends, too long) to match. The answers are the same.
#[derive(Debug)]
pub(crate) struct MatchRegex {
    /// `None` when the pattern is searched without one, or one cannot be
    /// built for it.
    dfa: Option<hybrid::dfa::DFA>,
    /// For texts the DFA cannot finish: the backtracker for those short
    /// enough for it, else the PikeVM.
    backtracker: BoundedBacktracker,
    pikevm: PikeVM,
    caches: Pool<MatchCaches, fn() -> MatchCaches>,
    /// The fewest bytes a match spans.
    min_len: usize,
    /// The most bytes a match spans, when the pattern is anchored at both
    /// ends (so a longer text cannot match).
    max_whole_len: Option<usize>,
    /// The pattern as written, when it was given as text: what
    /// [`MatchRegex::any_of`] joins.
    written: Option<Box<str>>,
    /// The pattern as written, for tests of the patterns themselves.
    #[cfg(test)]
    source: Box<str>,
}

/// Why a pattern could not be built: its syntax, or its size.
pub(crate) type PatternError = Box<dyn std::error::Error + Send + Sync>;

/// One thread's search state for a [`MatchRegex`], each part made when
/// first needed.
#[derive(Debug, Default)]
struct MatchCaches {
    dfa: Option<hybrid::dfa::Cache>,
    backtracker: Option<backtrack::Cache>,
    pikevm: Option<pikevm::Cache>,
}

impl MatchRegex {
    /// Builds `pattern` with the regex crate's default syntax and limits.
    pub(crate) fn new(pattern: &str) -> Result<MatchRegex, PatternError> {
        Self::build(pattern, Some(DFA_CACHE_BYTES))
    }

    /// Builds `pattern` with a lazy DFA cache of `bytes`.
    pub(crate) fn with_dfa_cache(pattern: &str, bytes: usize) -> Result<MatchRegex, PatternError> {
        Self::build(pattern, Some(bytes))
    }

    /// Builds `pattern` to be searched by the NFA engines alone (the
    /// backtracker, or the PikeVM on longer texts): for a pattern
    /// whose lazy DFA would have many states, each slow to build, and that
    /// runs on so few short texts that building them costs more than they
    /// save (the lazy DFA builds its states afresh on every thread).
    pub(crate) fn without_dfa(pattern: &str) -> Result<MatchRegex, PatternError> {
        Self::build(pattern, None)
    }

    /// [`MatchRegex::with_dfa_cache`] of a pattern given as its syntax
    /// tree (see [`Regex::from_hir`]).
    pub(crate) fn from_hir_with_dfa_cache(
        hir: &Hir,
        bytes: usize,
    ) -> Result<MatchRegex, PatternError> {
        Self::build_from_hir(hir, Some(bytes))
    }

    /// One pattern that matches wherever any of `parts` does (each as
    /// written, with its own flags: the parts' syntax trees are joined, not
    /// their text), so that a text none of them matches is searched once
    /// rather than once per part. Every part must have been built from
    /// text.
    pub(crate) fn any_of(parts: &[&MatchRegex]) -> Result<MatchRegex, PatternError> {
        let trees = parts
            .iter()
            .map(|part| {
                let written = part
                    .written
                    .as_deref()
                    .ok_or("a part built from a syntax tree has no text to join")?;
                Ok(regex_automata::util::syntax::parse(written)?)
            })
            .collect::<Result<Vec<Hir>, PatternError>>()?;
        Self::build_from_hir(&Hir::alternation(trees), Some(DFA_CACHE_BYTES))
    }

    /// Builds `pattern`, with a lazy DFA of `dfa_cache` bytes if any.
    fn build(pattern: &str, dfa_cache: Option<usize>) -> Result<MatchRegex, PatternError> {
        let hir = regex_automata::util::syntax::parse(pattern)?;
        let built = Self::build_from_hir(&hir, dfa_cache)?;
        Ok(MatchRegex {
            written: Some(pattern.into()),
            #[cfg(test)]
            source: pattern.into(),
            ..built
        })
    }

    /// [`MatchRegex::build`] of a pattern given as its syntax tree.
    fn build_from_hir(hir: &Hir, dfa_cache: Option<usize>) -> Result<MatchRegex, PatternError> {
        let nfa = forward_nfa(hir)?;
        let dfa = dfa_cache.and_then(|bytes| {
            hybrid::dfa::DFA::builder()
                .configure(lazy_dfa_config(bytes))
                .build_from_nfa(nfa.clone())
                .ok()
        });
        let backtracker = BoundedBacktracker::new_from_nfa(nfa.clone())?;
        let pikevm = PikeVM::new_from_nfa(nfa)?;
        // What the meta engine tests before it searches.
        let props = hir.properties();
        let anchored_both_ends = props.look_set_prefix().contains(Look::Start)
            && props.look_set_suffix().contains(Look::End);
        Ok(MatchRegex {
            dfa,
            backtracker,
            pikevm,
            caches: Pool::new(MatchCaches::default),
            min_len: props.minimum_len().unwrap_or(0),
            max_whole_len: props.maximum_len().filter(|_| anchored_both_ends),
            written: None,
            #[cfg(test)]
            source: hir.to_string().into(),
        })
    }

    /// The pattern as written.
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        if text.len() < self.min_len || self.max_whole_len.is_some_and(|max| text.len() > max) {
            return false;
        }
        let input = Input::new(text).earliest(true);
        let mut caches = self.caches.get();
        if let Some(dfa) = &self.dfa {
            let cache = caches.dfa.get_or_insert_with(|| dfa.create_cache());
            if let Ok(found) = dfa.try_search_fwd(cache, &input) {
                return found.is_some();
            }
        }
        if text.len() <= self.backtracker.max_haystack_len() {
            let cache = caches
                .backtracker
                .get_or_insert_with(|| self.backtracker.create_cache());
            // Within its limit the backtracker always answers.
            if let Ok(found) = self.backtracker.try_search_slots(cache, &input, &mut []) {
                return found.is_some();
            }
        }
        let cache = caches
            .pikevm
            .get_or_insert_with(|| self.pikevm.create_cache());
        self.pikevm.is_match(cache, input)
    }
}

/// A built-in pattern searched for every place where a match ends,
/// overlapping matches included, so that the caller can test what follows
/// each: the forward half of a pattern whose end is judged in code.
#[derive(Debug)]
pub(crate) struct MatchEnds {
    dfa: hybrid::dfa::DFA,
    caches: Pool<Option<hybrid::dfa::Cache>, fn() -> Option<hybrid::dfa::Cache>>,
}

impl MatchEnds {
    /// Builds `pattern` with the regex crate's default syntax and limits.
    pub(crate) fn new(pattern: &str) -> Result<MatchEnds, PatternError> {
        let hir = regex_automata::util::syntax::parse(pattern)?;
        let dfa = hybrid::dfa::DFA::builder()
            .configure(lazy_dfa_config(DFA_CACHE_BYTES).match_kind(MatchKind::All))
            .build_from_nfa(forward_nfa(&hir)?)?;
        Ok(MatchEnds {
            dfa,
            caches: Pool::new(Option::default),
        })
    }

    /// Whether a match ends where `after` accepts the rest of the text;
    /// `None` when the search cannot tell (its cache thrashed, or an end
    /// fell inside a character, which a pattern of whole characters never
    /// gives).
    pub(crate) fn any_end(&self, text: &str, mut after: impl FnMut(&str) -> bool) -> Option<bool> {
        let mut cache = self.caches.get();
        let cache = cache.get_or_insert_with(|| self.dfa.create_cache());
        let input = Input::new(text);
        let mut state = hybrid::dfa::OverlappingState::start();
        loop {
            self.dfa
                .try_search_overlapping_fwd(cache, &input, &mut state)
                .ok()?;
            let Some(end) = state.get_match() else {
                return Some(false);
            };
            if after(text.get(end.offset()..)?) {
                return Some(true);
            }
        }
    }
}

/// A pattern's forward Thompson NFA, as the meta engine compiles it, with
/// only the whole-match capture (whether and where a text matches never
/// depends on the others).
fn forward_nfa(hir: &Hir) -> Result<thompson::NFA, PatternError> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                .which_captures(thompson::WhichCaptures::Implicit),
        )
        .build_from_hir(hir)?;
    Ok(nfa)
}

/// A lazy DFA configured as the meta engine configures its own: Unicode
/// word boundaries handled until a non-ASCII byte (then the search gives
/// up and the NFA engines answer), and a cache that thrashes given up on.
fn lazy_dfa_config(cache_bytes: usize) -> hybrid::dfa::Config {
    hybrid::dfa::DFA::config()
        .cache_capacity(cache_bytes)
        .unicode_word_boundary(true)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10))
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

    /// A pattern built forwards only answers as `regex::Regex` does,
    /// whichever engine answers: the lazy DFA, the NFA engines alone, or
    /// the NFA engines after the DFA quits on a Unicode word boundary next
    /// to a non-ASCII byte (the backtracker, or the PikeVM on a text too
    /// long for it); and whether or not the length rules the text out.
    #[test]
    fn match_only_patterns_answer_as_the_regex_crate_does() {
        let patterns = [
            r"(?i)(?:^|[^\p{L}\p{N}_])(?:sign\s+up|subscribe)(?:[^\p{L}\p{N}_]|$)",
            r"(?i)\b(?:photo|bild|über)\b\s*:\s*\w",
            r"(?i)(?-u:\b)(?:photo|bild)(?-u:\b)",
            r"(?:[^.!?]|[.!?]\S){0,20}$",
            r"^\W*(?:by|von)\s",
            r"(?i)^\s*(?:next|weiter|über)\s*$",
            r"\d+",
            r"",
        ];
        let long = format!("{} Über: Bild: x 42", "wörter ".repeat(20_000));
        let texts = [
            "",
            "Subscribe now",
            "Bitte jetzt SIGN  UP für den Newsletter",
            "Über uns — Bild: Jane Doe",
            "Fotoüber: x",
            "ÜBER: Jane",
            "Photoé",
            "12 Äpfel, 345 Birnen. Ende",
            "日本語のテキスト 2024",
            "— von Jane Doe",
            "Weiter",
            " über ",
            "next page",
            &long,
        ];
        for pattern in patterns {
            let theirs = regex::Regex::new(pattern).expect("valid pattern");
            let ours = [
                MatchRegex::new(pattern).expect("valid pattern"),
                MatchRegex::with_dfa_cache(pattern, 8 << 20).expect("valid pattern"),
                MatchRegex::without_dfa(pattern).expect("valid pattern"),
            ];
            for text in texts {
                for (i, ours) in ours.iter().enumerate() {
                    assert_eq!(
                        ours.is_match(text),
                        theirs.is_match(text),
                        "{i} {pattern} {}",
                        text.get(..40).unwrap_or(text)
                    );
                }
            }
        }
    }

    #[test]
    fn match_ends_reports_every_end_once_in_order() {
        let ends = MatchEnds::new(r"a+|ba").expect("valid pattern");
        let mut tails = Vec::new();
        let found = ends.any_end("xbaaaé", |tail| {
            tails.push(tail.to_string());
            false
        });
        // "ba" and "a" both end at 3, and runs of "a" end at 4 and 5: one
        // report per end, in order, overlapping matches included.
        assert_eq!(found, Some(false));
        assert_eq!(tails, ["aaé", "aé", "é"]);
        assert_eq!(ends.any_end("xbaaaé", |tail| tail == "aé"), Some(true));
        assert_eq!(ends.any_end("nothing", |_| true), Some(false));
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

    /// The joined pattern matches exactly where one of its parts does,
    /// each part keeping its own flags and anchors.
    #[test]
    fn any_of_matches_where_a_part_does() {
        let written = [
            r"(?i)^\s*read\s+more\s*$",
            r"^[0-9]+ likes$",
            r"(?s)^\[[a-z]+\].*\[/[a-z]+\]$",
            r"(?i)\bsubscribe\b",
            r"^Ünïcode\b",
        ];
        let parts: Vec<MatchRegex> = written
            .iter()
            .map(|p| MatchRegex::new(p).expect("valid pattern"))
            .collect();
        let refs: Vec<&MatchRegex> = parts.iter().collect();
        let any = MatchRegex::any_of(&refs).expect("parts built from text");
        let texts = [
            "",
            "Read More",
            " read more ",
            "read more please",
            "12 likes",
            "12 LIKES",
            "a 12 likes",
            "[caption]x\ny[/caption]",
            "[caption]x",
            "Please SUBSCRIBE now",
            "subscribers",
            "Ünïcode rocks",
            "ünïcode rocks",
            "plain text",
        ];
        let mut matched = 0;
        for text in texts {
            let expected = parts.iter().any(|p| p.is_match(text));
            matched += usize::from(expected);
            assert_eq!(any.is_match(text), expected, "{text:?}");
        }
        assert!(matched >= 6, "the texts try every part");
        // A part built from a syntax tree has no text to join.
        let tree = regex_automata::util::syntax::parse("a").expect("valid pattern");
        let from_tree = MatchRegex::from_hir_with_dfa_cache(&tree, DFA_CACHE_BYTES).expect("valid");
        assert!(MatchRegex::any_of(&[&parts[0], &from_tree]).is_err());
    }

    #[test]
    fn invalid_patterns_are_errors() {
        assert!(Regex::new("(unclosed").is_err());
        assert_eq!(
            Regex::new("a|b").map(|r| r.as_str().to_string()).ok(),
            Some("a|b".into())
        );
        assert!(MatchRegex::new("(unclosed").is_err());
        assert!(MatchRegex::without_dfa("[z-a]").is_err());
        assert_eq!(
            MatchRegex::new("a|b").map(|r| r.as_str().to_string()).ok(),
            Some("a|b".into())
        );
    }
}
