//! Every pattern the extractor matches, as data, compiled once.
//!
//! Two kinds of pattern live here:
//!
//! * **Class and id patterns** test an element's `class` and `id`. Both are
//!   first turned into a canonical token string by [`class_tokens`]:
//!   lower-case words separated by single spaces, split at punctuation and
//!   at camelCase humps, so `Sidebar`, `sidebar-left` and `mainSidebar` all
//!   contain the token `sidebar`. A term then matches
//!   a token boundary: `=term` must be a whole token (`=com` matches
//!   `com-box` but never `recommend`), `^term` must start a token
//!   (`^nav` matches `navbar`), and a plain `term` must start or end one
//!   (`footer` matches `footer-links` and `sitefooter`).
//! * **Phrase patterns** test the text of small blocks for the words that
//!   promo, newsletter, consent and teaser blocks are made of, in English,
//!   German, French, Spanish, Italian, Portuguese and Dutch. They are
//!   case-insensitive and bounded by word boundaries.
//!
//! All regexes use the `regex` crate's engine (through
//! [`crate::fixed_regex`], built without literal prefilters, and forwards
//! only for the patterns only asked whether they match), whose matching
//! time is linear in the input, and class strings are capped before
//! matching, so a hostile page cannot make matching slow.
//!
//! A Unicode word boundary `\b` makes the regex crate's fast engine give up
//! on any text holding a non-ASCII character, so the patterns run on every
//! block of text write it otherwise: `(?:^|\W)` before a word and
//! `(?:\W|$)` after one, where it ends a pattern only tested for a match
//! (the same texts match), or the pattern is an [`AsciiBoundedRegex`].

use crate::fixed_regex::{Match, MatchEnds, MatchRegex, PatternError, Regex};
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored};
use once_cell::sync::Lazy;
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, Look};
use std::collections::HashMap;

/// The most bytes of a `class` or `id` value that are matched.
const MAX_CLASS_BYTES: usize = 1024;

/// Writes the canonical token string of `class` and `id` into `out`:
/// ` tok tok tok ` (leading and trailing space, lower case).
pub(crate) fn class_tokens(class: &str, id: &str, out: &mut String) {
    out.clear();
    out.push(' ');
    // Most token strings hold no negation, and the tokenizer sees each
    // word: they are spared the search for one.
    let mut may_negate = false;
    for (value, is_class) in [(class, true), (id, false)] {
        let mut cut = value.len().min(MAX_CLASS_BYTES);
        while !value.is_char_boundary(cut) {
            cut -= 1;
        }
        let value = &value[..cut];
        if is_class && names_taxonomy_terms(value) {
            for name in value.split_ascii_whitespace() {
                if !is_taxonomy_class(name) {
                    may_negate |= value_tokens(name, out);
                    out.push(' ');
                }
            }
        } else {
            may_negate |= value_tokens(value, out);
            if is_class && !id.is_empty() {
                // Nor a class name and the id.
                out.push(' ');
            }
        }
    }
    if may_negate {
        drop_negated_words(out);
    }
}

/// The tokens of one class or id value; returns whether a token may be a
/// negation (see [`ascii_class_tokens`]).
fn value_tokens(value: &str, out: &mut String) -> bool {
    if value.is_ascii() {
        ascii_class_tokens(value, out)
    } else {
        unicode_class_tokens(value, out);
        true
    }
}

/// Class names a blog engine writes for the categories and tags of a post
/// (`category-comments`, `tag-sidebar`): the post's topics, not what the
/// element is. Without them a post filed under "Kommentare" or tagged
/// "footer" would read as a comment section or a footer.
fn is_taxonomy_class(name: &str) -> bool {
    name.starts_with("category-") || name.starts_with("tag-")
}

/// Whether a class value is a blog post's (WordPress's `post_class`,
/// `hentry ... status-publish`), whose [`is_taxonomy_class`] names are
/// topics: elsewhere `category-header` or `tag-list` name components.
/// One pass over the hyphens spares nearly every value the rest.
fn names_taxonomy_terms(value: &str) -> bool {
    static POST_MARKS: Lazy<[memchr::memmem::Finder<'static>; 2]> = Lazy::new(|| {
        [
            memchr::memmem::Finder::new("hentry"),
            memchr::memmem::Finder::new("status-publish"),
        ]
    });
    let bytes = value.as_bytes();
    let starts_name = |at: usize| at == 0 || bytes[at - 1].is_ascii_whitespace();
    let taxonomy = memchr::memchr_iter(b'-', bytes).any(|i| {
        let head = &bytes[..i];
        [&b"category"[..], &b"tag"[..]]
            .iter()
            .any(|word| head.ends_with(word) && starts_name(i - word.len()))
    });
    taxonomy && POST_MARKS.iter().any(|f| f.find(bytes).is_some())
}

/// The tokens of one value, for any text.
fn unicode_class_tokens(value: &str, out: &mut String) {
    let mut any = false;
    for name in value.split_whitespace() {
        let at = out.len();
        unicode_name_tokens(name, out);
        if out.len() > at {
            // As in [`ascii_class_tokens`]: terms do not span two names.
            if any {
                out.insert(at, ' ');
            }
            any = true;
        }
    }
}

/// The tokens of one class name holding non-ASCII characters.
fn unicode_name_tokens(value: &str, out: &mut String) {
    for word in value.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        // camelCase humps become separate tokens; the whole word is
        // kept too, so that `MathJax` matches both `math` and `mathjax`.
        let mut prev_lower = false;
        let mut humped = false;
        for c in word.chars() {
            if c.is_uppercase() && prev_lower {
                out.push(' ');
                humped = true;
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
            out.extend(c.to_lowercase());
        }
        out.push(' ');
        if humped {
            out.extend(word.chars().flat_map(char::to_lowercase));
            out.push(' ');
        }
    }
}

/// Removes the word after a negation, with the negation: `non-paywall`,
/// `no-ads` and `not-sponsored` name what a block is not.
fn drop_negated_words(tokens: &mut String) {
    const NEGATIONS: [&str; 3] = [" non ", " no ", " not "];
    // All three start with " no": one search spares most token strings
    // the three.
    static NO: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new(" no"));
    if NO.find(tokens.as_bytes()).is_none() || !NEGATIONS.iter().any(|n| tokens.contains(n)) {
        return;
    }
    let mut kept = String::with_capacity(tokens.len());
    kept.push(' ');
    let mut words = tokens.split(' ').filter(|w| !w.is_empty());
    while let Some(word) = words.next() {
        if matches!(word, "non" | "no" | "not") {
            words.next();
            continue;
        }
        kept.push_str(word);
        kept.push(' ');
    }
    *tokens = kept;
}

/// [`BYTE_KIND`] bits: an ASCII letter or digit, a capital, a lower-case
/// letter or a digit.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOWER_OR_DIGIT: u8 = 4;
// A hump is found by shifting LOWER_OR_DIGIT onto UPPER.
const _: () = assert!(LOWER_OR_DIGIT >> 1 == UPPER);

/// What [`ascii_class_tokens`] asks of each byte, by byte value.
static BYTE_KIND: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            kinds[b] |= ALNUM;
        }
        if byte.is_ascii_uppercase() {
            kinds[b] |= UPPER;
        }
        if byte.is_ascii_lowercase() || byte.is_ascii_digit() {
            kinds[b] |= LOWER_OR_DIGIT;
        }
        b += 1;
    }
    kinds
};

/// [`class_tokens`] for an ASCII value (nearly all of them): the same
/// tokens, without the Unicode tables. Returns whether a token may be a
/// negation [`drop_negated_words`] drops (`false` only when none is).
fn ascii_class_tokens(value: &str, out: &mut String) -> bool {
    let mut may_negate = false;
    let (mut between_names, mut any_word) = (false, false);
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // One word: a run of letters and digits, and whether it has a
        // camelCase hump (a capital after a lower-case letter or digit).
        let start = i;
        let rest = bytes.get(start..).unwrap_or_default();
        let mut len = rest.len();
        // One table look-up a byte answers the three questions, without
        // branches but the word's end: the previous byte's lower-or-digit
        // bit, shifted onto the capital bit, marks a hump.
        let mut humps = 0u8;
        let mut prev = 0u8;
        for (n, &b) in rest.iter().enumerate() {
            let kind = BYTE_KIND[usize::from(b)];
            if kind & ALNUM == 0 {
                len = n;
                break;
            }
            humps |= (prev >> 1) & kind;
            prev = kind;
        }
        let humped = humps & UPPER != 0;
        i = start + len;
        let word = value.get(start..i).unwrap_or_default();
        let ends_name = bytes.get(i).is_some_and(u8::is_ascii_whitespace);
        i += 1;
        if word.is_empty() {
            between_names |= ends_name;
            continue;
        }
        // The first word of a class name after another: a second space
        // keeps terms of two words ("ad break") from spanning two names
        // (`head break-all`).
        if between_names && any_word {
            out.push(' ');
        }
        between_names = ends_name;
        any_word = true;
        if !humped {
            let at = out.len();
            out.push_str(word);
            if let Some(copied) = out.get_mut(at..) {
                copied.make_ascii_lowercase();
                may_negate |= matches!(&*copied, "non" | "no" | "not");
            }
            out.push(' ');
            continue;
        }
        // A hump may be a negation ("noAds").
        may_negate = true;
        // Each hump a token, then the whole word.
        let mut prev_lower = false;
        for b in word.bytes() {
            if b.is_ascii_uppercase() && prev_lower {
                out.push(' ');
            }
            prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
            out.push(char::from(b.to_ascii_lowercase()));
        }
        out.push(' ');
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        out.push(' ');
    }
    may_negate
}

/// Builds one regex from class terms (see the module docs for the syntax).
fn class_regex(terms: &[&str]) -> Regex {
    let alternatives: Vec<String> = terms
        .iter()
        .flat_map(|term| class_literals(term))
        .map(|literal| regex::escape(&literal))
        .collect();
    regex(&alternatives.join("|"))
}

/// The strings whose presence in a canonical token string makes a class
/// term match (see the module docs for the syntax).
fn class_literals(term: &str) -> Vec<String> {
    if let Some(t) = term.strip_prefix('=') {
        vec![format!(" {t} ")]
    } else if let Some(t) = term.strip_prefix('^') {
        vec![format!(" {t}")]
    } else {
        vec![format!(" {term}"), format!("{term} ")]
    }
}

/// A character outside a Unicode word, as [`phrase_hir`] bounds
/// phrases with it.
const UNICODE_NON_WORD: &str = r"\W";

/// [`ASCII_NON_WORD`] as a literal, for patterns written with `concat!`.
macro_rules! ascii_non_word {
    () => {
        r"(?-i:[^0-9A-Za-z_])"
    };
}

/// Any character outside an ASCII word: on ASCII text what
/// [`UNICODE_NON_WORD`] is, and elsewhere more (every non-ASCII
/// character). Phrases bounded by it build in half the time, for the
/// ASCII forms of [`PhrasePattern`]s.
const ASCII_NON_WORD: &str = ascii_non_word!();

/// Which characters may bound a phrase of [`phrase_hir`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PhraseBounds {
    /// [`ASCII_NON_WORD`].
    Ascii,
    /// [`UNICODE_NON_WORD`].
    Unicode,
}

impl PhraseBounds {
    fn non_word(self) -> &'static str {
        match self {
            PhraseBounds::Ascii => ASCII_NON_WORD,
            PhraseBounds::Unicode => UNICODE_NON_WORD,
        }
    }
}

/// A case-insensitive regex finding any of `phrases`, bounded by
/// non-word characters (as `bounds` says) or the ends of the text: the
/// pattern `(?i)(?:^|\W)(?:phrase|phrase|...)(?:\W|$)`, with the phrases
/// longest first, so that a match reports the whole phrase.
///
/// It is made as the syntax tree that parsing that pattern gives, with
/// the phrases as a trie ("comment(?:s|aires|)"), not parsed: a list of
/// hundreds of phrases builds in a fraction of the time, and the lazy
/// DFA's states hold a branch per next character instead of one per
/// phrase. The trie finds what the alternation finds: two phrases can
/// match at the same place only if one starts the other, and the trie
/// tries the longer first.
fn phrase_hir(phrases: &[&str], bounds: PhraseBounds) -> Hir {
    let bound = built(regex_syntax::parse(bounds.non_word()).map_err(PatternError::from));
    Hir::concat(vec![
        Hir::alternation(vec![Hir::look(Look::Start), bound.clone()]),
        PhraseTrie::new(phrases).hir(),
        Hir::alternation(vec![bound, Hir::look(Look::End)]),
    ])
}

/// The phrases of [`phrase_hir`] as a tree of characters: a branch per
/// character that continues a phrase, characters that match each other
/// under case folding sharing theirs.
struct PhraseTrie {
    nodes: Vec<TrieNode>,
    /// The key of each character met: the smallest of its class.
    keys: HashMap<char, char>,
    /// Each key's case-folded class, as `(?i)` makes it.
    folded: HashMap<char, Hir>,
}

#[derive(Default)]
struct TrieNode {
    /// The branches, in the order the phrases first take them: the
    /// smallest character of the branch's class, and the node after it.
    next: Vec<(char, usize)>,
    /// A phrase ends here.
    end: bool,
}

impl PhraseTrie {
    fn new(phrases: &[&str]) -> PhraseTrie {
        let mut trie = PhraseTrie {
            nodes: vec![TrieNode::default()],
            keys: HashMap::new(),
            folded: HashMap::new(),
        };
        for phrase in phrases {
            let mut at = 0;
            for c in phrase.chars() {
                let key = trie.fold(c);
                at = match trie.nodes[at].next.iter().find(|(k, _)| *k == key) {
                    Some(&(_, node)) => node,
                    None => {
                        trie.nodes.push(TrieNode::default());
                        let node = trie.nodes.len() - 1;
                        trie.nodes[at].next.push((key, node));
                        node
                    }
                };
            }
            trie.nodes[at].end = true;
        }
        trie
    }

    /// The smallest character of the class `c` matches under `(?i)`,
    /// which every character of the class shares; the class is recorded.
    fn fold(&mut self, c: char) -> char {
        if let Some(&key) = self.keys.get(&c) {
            return key;
        }
        let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
        class.case_fold_simple();
        let key = class.ranges().first().map_or(c, |r| r.start());
        self.keys.insert(c, key);
        self.folded
            .entry(key)
            .or_insert_with(|| Hir::class(Class::Unicode(class)));
        key
    }

    /// The syntax tree of the trie: at each node its branches, then (last,
    /// so that a longer phrase is preferred) the empty branch where a
    /// phrase ends.
    fn hir(&self) -> Hir {
        self.node_hir(0)
    }

    fn node_hir(&self, at: usize) -> Hir {
        let node = &self.nodes[at];
        let mut branches: Vec<Hir> = node
            .next
            .iter()
            .map(|&(key, mut next)| {
                // A run of nodes with a single way on is one concatenation
                // (built nested, each level would copy the one below).
                let mut run = vec![self.folded[&key].clone()];
                while let [(key, after)] = self.nodes[next].next[..] {
                    if self.nodes[next].end {
                        break;
                    }
                    run.push(self.folded[&key].clone());
                    next = after;
                }
                // Recursion as deep as the branches of the longest phrase,
                // not as any input.
                run.push(self.node_hir(next));
                Hir::concat(run)
            })
            .collect();
        if node.end {
            branches.push(Hir::empty());
        }
        Hir::alternation(branches)
    }
}

/// A compiled class/id pattern with a name for explanations.
pub(crate) struct ClassPattern {
    pub name: &'static str,
    terms: &'static [&'static str],
    regex: Lazy<Regex>,
}

impl ClassPattern {
    /// Whether the canonical token string matches.
    #[cfg(test)]
    pub(crate) fn is_match(&self, tokens: &str) -> bool {
        self.regex.is_match(tokens)
    }

    /// The terms, as written (a leading `=` asks for the whole word).
    #[cfg(test)]
    pub(crate) fn terms(&self) -> &'static [&'static str] {
        self.terms
    }

    /// The matched term, trimmed, for explanations.
    pub(crate) fn find<'a>(&self, tokens: &'a str) -> Option<&'a str> {
        self.regex.find(tokens).map(|m| m.as_str().trim())
    }
}

/// The class patterns that are tested on every element, in a fixed order;
/// [`ClassSignals`] bits follow this order.
pub(crate) static CLASS_PATTERNS: [&ClassPattern; 8] = [
    &UNLIKELY,
    &MAYBE_CANDIDATE,
    &POSITIVE,
    &NEGATIVE,
    &SHARE,
    &BYLINE,
    &BOILERPLATE,
    &NEVER_CONTENT,
];

/// Which of [`CLASS_PATTERNS`] an element's class and id match, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ClassSignals(u8);

impl ClassSignals {
    pub(crate) const UNLIKELY: u8 = 1 << 0;
    pub(crate) const MAYBE_CANDIDATE: u8 = 1 << 1;
    pub(crate) const POSITIVE: u8 = 1 << 2;
    pub(crate) const NEGATIVE: u8 = 1 << 3;
    pub(crate) const SHARE: u8 = 1 << 4;
    pub(crate) const BYLINE: u8 = 1 << 5;
    pub(crate) const BOILERPLATE: u8 = 1 << 6;
    pub(crate) const NEVER_CONTENT: u8 = 1 << 7;

    /// Whether the signal `bit` (one of the constants) is set.
    pub(crate) fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }

    /// The signals of both.
    pub(crate) fn with(self, other: ClassSignals) -> ClassSignals {
        ClassSignals(self.0 | other.0)
    }
}

/// All class patterns in one automaton, so each element is scanned once:
/// every literal of every term (see [`class_literals`]), each with the
/// [`ClassSignals`] bits of the patterns it belongs to. The terms are plain
/// strings, so a multi-pattern string search finds exactly what the
/// patterns' regexes would, in one linear scan.
struct ClassSet {
    literals: DFA,
    bits: Vec<u8>,
}

static CLASS_SET: Lazy<ClassSet> = Lazy::new(|| {
    let mut literals: Vec<String> = Vec::new();
    let mut bits: Vec<u8> = Vec::new();
    for (i, pattern) in CLASS_PATTERNS.iter().enumerate() {
        for literal in pattern.terms.iter().flat_map(|t| class_literals(t)) {
            match literals.iter().position(|l| *l == literal) {
                Some(at) => bits[at] |= 1 << i,
                None => {
                    literals.push(literal);
                    bits.push(1 << i);
                }
            }
        }
    }
    let literals = word_dfa(&literals, false, "class pattern");
    ClassSet { literals, bits }
});

/// A DFA over `words` for [`each_match`].
fn word_dfa<W: AsRef<[u8]>>(words: &[W], ascii_case_insensitive: bool, what: &str) -> DFA {
    let automaton = aho_corasick::dfa::Builder::new()
        .ascii_case_insensitive(ascii_case_insensitive)
        .prefilter(false)
        .build(words);
    match automaton {
        Ok(automaton) => automaton,
        Err(e) => panic!("invalid {what} set: {e}"),
    }
}

/// Calls `found` with the pattern of every occurrence of every word of
/// `dfa` in `haystack`, overlapping ones included, until it returns
/// `false`: what `find_overlapping_iter` reports (a match state holds every
/// word ending there), from a plain walk of the states. Class and id values
/// are short, and the iterator's set-up and bookkeeping cost several times
/// the walk.
fn each_match(dfa: &DFA, haystack: &[u8], mut found: impl FnMut(usize) -> bool) {
    // An unanchored start is what the DFA is built for: never an error.
    let Ok(mut state) = dfa.start_state(Anchored::No) else {
        return;
    };
    for &b in haystack {
        state = dfa.next_state(Anchored::No, state, b);
        if dfa.is_special(state) {
            if dfa.is_dead(state) {
                return;
            }
            if dfa.is_match(state) {
                for i in 0..dfa.match_len(state) {
                    if !found(dfa.match_pattern(state, i).as_usize()) {
                        return;
                    }
                }
            }
        }
    }
}

/// Tests a canonical token string (see [`class_tokens`]) against every
/// class pattern at once.
pub(crate) fn class_signals(tokens: &str) -> ClassSignals {
    if tokens.len() <= 1 {
        return ClassSignals::default();
    }
    let set = &*CLASS_SET;
    let mut bits = 0u8;
    each_match(&set.literals, tokens.as_bytes(), |pattern| {
        bits |= set.bits.get(pattern).copied().unwrap_or_default();
        true
    });
    ClassSignals(bits)
}

/// The word page builders give their content blocks as readily as
/// sidebars give theirs: it is not a [`NEGATIVE`] term, and inside the
/// page's declared main content a token holding it ("sidebar-widget",
/// "widget_related") says nothing either.
const LAYOUT_SLOT_WORD: &str = "widget";

/// [`class_signals`] of an element inside the page's main landmark: tokens
/// holding [`LAYOUT_SLOT_WORD`] are left out.
pub(crate) fn class_signals_in_main(tokens: &str) -> ClassSignals {
    class_signals_without(tokens, LAYOUT_SLOT_WORD)
}

/// Whether a `class` or `id` names the article ([`POSITIVE`]) other than
/// as the modifier of a boilerplate name: in `post-signature`,
/// `entry-share` or `article-related-2` the last word says what the block
/// is (a signature, a share bar, related links) and the first only whose
/// it is. Such names are set aside; any other positive name counts.
pub(crate) fn names_article_itself(class: &str, ident: &str) -> bool {
    let mut tokens = String::new();
    let names = class.split_ascii_whitespace().map(|name| (name, true));
    names
        .chain(std::iter::once((ident, false)))
        .any(|(name, is_class)| {
            if is_class {
                class_tokens(name, "", &mut tokens);
            } else {
                class_tokens("", name, &mut tokens);
            }
            !is_text_utility(name)
                && class_signals(&tokens).has(ClassSignals::POSITIVE)
                && !has_boilerplate_head(&tokens)
                && !names_boilerplate_part(&tokens)
                && !is_generic_box_name(&tokens)
        })
}

/// Words of a layout's own vocabulary: a box, its parts and its slots.
const LAYOUT_BOX_WORDS: [&str; 11] = [
    "block",
    "box",
    "card",
    "component",
    "container",
    "item",
    "module",
    "outer",
    "panel",
    "section",
    "wrapper",
];

/// Whether one name's canonical tokens are layout words and a
/// [`BOX_PART_WORDS`] word alone (`block__content`, `card-body`,
/// `section-inner-content`): the inside of whatever box it is, said of
/// every box of a page builder, so it names no article beside a name that
/// says what the box holds (`relatedlinks__content block__content`).
fn is_generic_box_name(tokens: &str) -> bool {
    tokens
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| BOX_PART_WORDS.contains(&w) || LAYOUT_BOX_WORDS.contains(&w))
}

/// A utility class setting a text's size, alignment or colour (Tailwind's
/// `text-sm`, `md:text-center`, `text-gray-500`): no name at all, though
/// its first word reads as "text".
fn is_text_utility(name: &str) -> bool {
    let bare = name.rsplit(':').next().unwrap_or(name);
    bare.len() > 5 && bare.starts_with("text-")
}

/// Words that name a part of a box, not what the box is: in
/// `newsletter-content` or `sponsored-content` the box is a newsletter's
/// or a sponsor's, and "content" is its inside.
const BOX_PART_WORDS: [&str; 4] = ["content", "body", "text", "inner"];

/// Whether one name's tokens hold a boilerplate term and no positive word
/// but [`BOX_PART_WORDS`].
fn names_boilerplate_part(tokens: &str) -> bool {
    if !class_signals(tokens).has(ClassSignals::BOILERPLATE) {
        return false;
    }
    let mut rest = String::from(" ");
    for word in tokens.split(' ').filter(|w| !w.is_empty()) {
        if !BOX_PART_WORDS.contains(&word) {
            rest.push_str(word);
            rest.push(' ');
        }
    }
    !class_signals(&rest).has(ClassSignals::POSITIVE)
}

/// Whether the last word or two of one name's canonical tokens (numbers
/// aside) are one of the [`BOILERPLATE`] terms, and not the whole name.
fn has_boilerplate_head(tokens: &str) -> bool {
    let words: Vec<&str> = tokens
        .split(' ')
        .filter(|t| !t.is_empty() && !t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    (1..words.len().min(3)).any(|n| {
        let head = words.get(words.len() - n..).unwrap_or_default();
        BOILERPLATE.terms.iter().any(|term| {
            let term = term.trim_start_matches(['=', '^']);
            term.split(' ').eq(head.iter().copied())
        })
    })
}

/// [`class_signals`] of a canonical token string without the tokens that
/// hold `word`.
pub(crate) fn class_signals_without(tokens: &str, word: &str) -> ClassSignals {
    if !tokens.contains(word) {
        return class_signals(tokens);
    }
    class_signals_except(tokens, |token| token.contains(word))
}

/// [`class_signals`] of a canonical token string without the tokens that
/// are exactly one of `words`.
pub(crate) fn class_signals_without_words(tokens: &str, words: &[&str]) -> ClassSignals {
    class_signals_except(tokens, |token| words.contains(&token))
}

/// [`class_signals`] of a canonical token string without the tokens
/// `left_out` picks.
pub(crate) fn class_signals_except(tokens: &str, left_out: impl Fn(&str) -> bool) -> ClassSignals {
    let mut rest = String::with_capacity(tokens.len());
    rest.push(' ');
    for token in tokens.split(' ').filter(|t| !t.is_empty() && !left_out(t)) {
        rest.push_str(token);
        rest.push(' ');
    }
    class_signals(&rest)
}

/// For each class term, its longest word: any of the terms can match
/// only where one of these occurs (see [`may_match_class`]).
static CLASS_WORDS: Lazy<AhoCorasick> = Lazy::new(|| {
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(class_words());
    match automaton {
        Ok(words) => words,
        Err(e) => panic!("invalid class word set: {e}"),
    }
});

/// The words of [`CLASS_WORDS`].
fn class_words() -> Vec<&'static str> {
    CLASS_PATTERNS
        .iter()
        .flat_map(|pattern| pattern.terms.iter())
        .filter_map(|term| {
            term.trim_start_matches(['=', '^'])
                .split(' ')
                .max_by_key(|word| word.len())
        })
        .collect()
}

/// The words of [`CLASS_WORDS`] then those of [`NAME_WORDS`], for
/// [`name_facts`].
static NAME_FACT_WORDS: Lazy<(DFA, usize)> = Lazy::new(|| {
    let mut words = class_words();
    let class_words = words.len();
    words.extend_from_slice(&NAME_WORD_LIST);
    words.extend_from_slice(&VISIBILITY_WORDS);
    words.push(FALLBACK_IMAGE);
    (word_dfa(&words, true, "name fact word"), class_words)
});

/// A piece of every token [`visibility_classes`] looks for: a value holding
/// none of them names no hiding class and no carousel slide.
const VISIBILITY_WORDS: [&str; 9] = [
    "hid", "none", "sr", "screen", "visib", "material", "slide", "carousel", "owl",
];

/// The class word naming a fallback image ([`NameFacts::fallback_image`]).
const FALLBACK_IMAGE: &str = "fallback-image";

/// What [`name_facts`] reads from a class or id value.
#[derive(Clone, Copy)]
pub(crate) struct NameFacts {
    /// [`may_match_class`] of the value.
    pub may_match: bool,
    /// [`name_words`] of the value.
    pub words: NameWords,
    /// Whether [`visibility_classes`] may find anything in it (`false`
    /// only when it finds nothing).
    pub may_hide: bool,
    /// Whether the value holds "fallback-image" (case counts).
    pub fallback_image: bool,
}

/// The [`NameFacts`] of a class or id value. An ASCII value within the cap
/// is read once for all four: every occurrence of every word is found, so
/// each answer is what its own search gives.
pub(crate) fn name_facts(value: &str) -> NameFacts {
    if !value.is_ascii() || value.len() > MAX_CLASS_BYTES {
        return NameFacts {
            may_match: may_match_class(value),
            words: name_words(value),
            may_hide: true,
            fallback_image: value.contains(FALLBACK_IMAGE),
        };
    }
    let (automaton, class_words) = &*NAME_FACT_WORDS;
    let mut may_match = false;
    let mut found = NameWords::default();
    let mut may_hide = false;
    // The automaton ignores case; the word found, its case is checked.
    let mut may_fallback = false;
    let visibility_end = NAME_WORD_LIST.len() + VISIBILITY_WORDS.len();
    each_match(automaton, value.as_bytes(), |pattern| {
        match pattern.checked_sub(*class_words) {
            None => may_match = true,
            Some(word) if word < DATE_WORDS => found.date = true,
            Some(word) if word < NAME_WORD_LIST.len() => found.references = true,
            Some(word) if word < visibility_end => may_hide = true,
            Some(_) => may_fallback = true,
        }
        !(may_match && found.date && found.references && may_hide && may_fallback)
    });
    NameFacts {
        may_match,
        words: found,
        may_hide,
        fallback_image: may_fallback && value.contains(FALLBACK_IMAGE),
    }
}

/// A quick test that spares most class and id values their tokens:
/// `false` only when [`class_signals`] of the value's tokens is empty
/// (inside or outside the main landmark). Every token of an ASCII value
/// is a piece of the value, lower-cased, and dropping negated words only
/// removes tokens, so no term can match unless one of its words occurs in
/// the value, ignoring ASCII case. Other values always pass: outside
/// ASCII, a lower-case letter may be ASCII (the Kelvin sign's is `k`).
pub(crate) fn may_match_class(value: &str) -> bool {
    if !value.is_ascii() {
        return true;
    }
    let capped = value
        .get(..value.len().min(MAX_CLASS_BYTES))
        .unwrap_or(value);
    CLASS_WORDS.is_match(capped)
}

macro_rules! class_pattern {
    ($(#[$doc:meta])* $name:ident, $label:literal, [$($term:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) static $name: ClassPattern = ClassPattern {
            name: $label,
            terms: &[$($term),*],
            regex: Lazy::new(|| class_regex(&[$($term),*])),
        };
    };
}

class_pattern!(
    /// Containers that are almost never the article (Readability's
    /// "unlikely candidates"), and customers' reviews under a product
    /// (`product-reviews`, `reviews-list`): readers' comments by another
    /// name. A single `review` is left alone: it is often the article.
    UNLIKELY,
    "unlikely",
    [
        "=ad", "ai2html", "banner", "breadcrumbs", "breadcrumb", "combx", "comment", "comments",
        "community", "cover wrap", "disqus", "^extra", "footer", "gdpr", "header", "legends",
        "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "ad break", "agegate", "pagination", "pager",
        "popup", "yom remote", "=reviews",
        // A summary a machine wrote of the page (a thread's or the
        // reviews' digest): not the page's own words.
        "ai summary", "aisummary",
        // Comments in the languages of the phrase families, and the name
        // Israeli news sites give them.
        "kommentar", "comentario", "komentar", "reacties", "yorumlar", "talkback",
    ]
);

class_pattern!(
    /// Overrides [`UNLIKELY`]: names that often wrap the article itself.
    MAYBE_CANDIDATE,
    "maybe-candidate",
    ["=and", "article", "body", "column", "content", "^main", "mathjax", "shadow", "embed", "embedded", "tweet"]
);

class_pattern!(
    /// Names that suggest the article (+25 class weight).
    POSITIVE,
    "positive",
    [
        "article", "body", "content", "entry", "hentry", "h entry", "^main", "=page",
        "pagination", "=post", "=text", "blog", "story",
    ]
);

class_pattern!(
    /// Names that suggest boilerplate (−25 class weight). Readability's list
    /// less "hidden" (CSS utility classes such as `overflow-hidden` sit on
    /// article containers; hidden elements are found by their attributes
    /// and hiding classes), "meta" (an article's own date and byline
    /// line, `entry-meta`, and product facts), "widget" (page builders
    /// wrap every block of text in a widget; sidebar widgets are caught by
    /// their sidebar) and "scroll" (how a box behaves, not what it holds:
    /// scrollable tables and code, headings with a `scroll-mt-*` margin).
    /// Customers' reviews weigh as comments do.
    NEGATIVE,
    "negative",
    [
        "=ad", "=hid", "banner", "combx", "comment", "=com", "contact", "footer",
        "gdpr", "masthead", "=media", "outbrain", "promo", "related",
        "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "=tags", "=reviews",
        "kommentar", "comentario", "komentar", "yorumlar", "talkback", "werbung", "publicidad", "publicite",
        "pubblicita", "relacionad", "compartir",
    ]
);

class_pattern!(
    /// Share bars and buttons.
    SHARE,
    "share",
    ["=share", "^sharing", "^sharedaddy", "^shares", "=social share", "share bar"]
);

class_pattern!(
    /// Author, byline and dateline elements.
    BYLINE,
    "byline",
    ["byline", "^author", "dateline", "writtenby", "written by", "p author"]
);

class_pattern!(
    /// Promo, newsletter, related-content, advertising, consent and author
    /// boxes: blocks that sit inside articles but are not part of them.
    BOILERPLATE,
    "boilerplate",
    [
        "newsletter", "newsletters", "^subscribe", "^subscription", "signup", "sign up",
        "promo", "promoted", "related", "recommended", "recommendations", "read more",
        "readmore", "more from", "more stories", "morestories", "you may like",
        "also read", "read next", "share", "sharing", "social", "advert", "advertisement",
        "=ads", "=ad", "adslot", "ad slot", "ad container", "sponsor", "sponsored", "cookie",
        "cookies", "consent", "gdpr", "paywall", "author bio", "author box", "authorbox",
        "about author", "about the author", "author info", "bio box", "outbrain",
        "trending", "most popular", "most read", "popular posts",
        // A forum post's signature: the poster's standing lines, under
        // every post they write; and the poster's card beside each post
        // (name, title, join date, post count).
        "signature", "userinfo", "user info", "postprofile", "post profile",
        // The title a forum gives a poster, or the poster chose, under
        // their name on every post ("Senior Member", "always learning").
        "usertitle", "user title",
        // Appeals for money beside a charity's or a newsroom's story.
        "donate", "donation", "fundraising",
        // Calls to action: a banner or box that asks the reader to
        // download, sign up, book or call.
        "=cta", "call to action", "calltoaction",
        // A publisher's offer to buy access to the article, or a shop's box
        // of price and cart buttons.
        "buybox", "buy box",
        // Advertising, related links and share bars named in the languages
        // of the phrase families.
        "werbung", "publicidad", "publicite", "pubblicita", "reklama", "relacionad",
        "correlat", "verwandte", "compartir", "condividi",
    ]
);

class_pattern!(
    /// Page furniture that is never the article whatever else the page
    /// looks like: cookie and consent banners, modal dialogs, flyouts and
    /// overlays, skip links.
    NEVER_CONTENT,
    "never-content",
    [
        "cookie", "cookies", "consent", "gdpr", "=ccpa", "=modal", "modal dialog",
        "modal overlay", "=popup", "popups", "=flyout", "=lightbox", "skip link",
        "skip links", "skiplink", "skiplinks", "skip to content", "skip nav",
        // A wiki's box of links to the other pages of a topic, a table
        // however data-like; and the line a wiki sets between a page's
        // title and its text to name itself ("From Wikipedia, the free
        // encyclopedia"), MediaWiki's `siteSub`.
        "navbox", "=site sub",
        // The class site-search engines are told to skip ("not content").
        "=nocontent",
    ]
);

/// Whether [`warm_up`] has run to its end in this process.
static BUILT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Builds every pattern now, on this thread, unless that is done: before
/// an extraction starts its clock, so that a page's time budget measures
/// the page, not the process's one-time building of the patterns (about a
/// tenth of a second, which a tight budget would otherwise turn into a
/// timeout for the first page of every process).
pub(crate) fn ensure_built() {
    if !BUILT.load(std::sync::atomic::Ordering::Acquire) {
        warm_up(1);
    }
}

/// Builds every pattern of this module, and the tables of other modules
/// built from patterns or on first use, now, sharing the work over
/// `threads` threads (the calling one among them); see [`crate::warm_up`].
pub(crate) fn warm_up(threads: usize) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let build_some = || loop {
        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let build = ELSEWHERE
            .get(i)
            .or_else(|| ALL_PATTERNS.get(i.checked_sub(ELSEWHERE.len())?));
        match build {
            Some(build) => build(),
            None => return,
        }
    };
    let helpers = threads.clamp(1, ELSEWHERE.len() + ALL_PATTERNS.len()) - 1;
    std::thread::scope(|scope| {
        for _ in 0..helpers {
            // Where threads cannot be started (WebAssembly without them, a
            // process at its limit) the calling thread builds the rest.
            if std::thread::Builder::new()
                .spawn_scoped(scope, build_some)
                .is_err()
            {
                break;
            }
        }
        build_some();
    });
    BUILT.store(true, std::sync::atomic::Ordering::Release);
}

/// Forces each of the given lazily built patterns.
macro_rules! builders {
    ($($pattern:expr),* $(,)?) => {
        &[$(|| { Lazy::force($pattern); }),*]
    };
}

/// The tables of other modules that every batch builds, built before this
/// module's patterns: the lone-label matcher first, the costliest of all
/// (a page's first short block builds it otherwise, and a second worker
/// reaching one then waits for it, as long as it takes to build). A test
/// checks that no lazily built table of another module is missing.
const ELSEWHERE: &[fn()] = &[
    crate::boilerplate::build_tables,
    crate::metadata::build_date_tables,
    crate::dom::build_tag_table,
];

/// Every pattern of this module that ordinary pages use, as a function
/// that builds it, the costliest first so that the threads of [`warm_up`]
/// finish together. The Unicode form of an [`AsciiBoundedRegex`] is left
/// out: it runs only on the rare non-ASCII text its ASCII form matched, is
/// built then, and would add a third to the warm-up. So are the regexes of
/// [`CLASS_PATTERNS`]: [`CLASS_SET`] answers for them on every element,
/// and they only name the matched term in explanations. A test checks
/// that nothing else is missing.
const ALL_PATTERNS: &[fn()] = builders![
    &BLOCK_PHRASE.ascii,
    &PAID_SUBSCRIPTION,
    &SUPPORT_APPEAL,
    &AUTHOR_BIO_LINE,
    &DATE_STAMP.ascii,
    &COMPANY_LEAD,
    &COMPANY_FACT,
    &CLASS_SET,
    &CLASS_WORDS,
    &NAME_WORDS,
    &NAME_FACT_WORDS,
    &SECONDARY.regex,
    &TALLY.regex,
    &DATE_CLASS.regex,
    &SUBSCRIBE_TEXT.ascii,
    &RELATED_TEXT.ascii,
    &SHARE_TEXT.ascii,
    &AD_TEXT.ascii,
    &CONSENT_TEXT.ascii,
    &DISCLOSURE_TEXT.ascii,
    &SHOP_TEXT.ascii,
    &AUTHOR_BIO_TEXT.ascii,
    &TAIL_TEXT.ascii,
    &TAIL_HEADING.ascii,
    &ERROR_NOTICE_TEXT.ascii,
    &AUTHOR_CARD_HEADING,
    &AD_WORDS,
    &READING_TIME,
    &UPDATE_LABEL,
    &PAYWALL_BADGE,
    &SPONSOR_LABEL,
    &DECLARATION,
    &AUDIO_PLAYER,
    &QR_PROMPT,
    &CALL_BUTTON,
    &SOURCE_LINK,
    &REPRINT_NOTICE,
    &COMMENT_CALL,
    &FEEDBACK_PROMPT,
    &CHANNEL_CALL,
    &CELL_PROMPT,
    &TRIAL_TERMS,
    &CREDIT_LABEL,
    &EMBED_PLACEHOLDER,
    &LOADING_WORDS,
    &QUESTION_THEN_CALL,
    &FOLD_CONTROL,
    &PAGE_CONTROL,
    &FORUM_CHROME,
    &TYPO_REPORT,
    &CONTENTS_LABEL,
    &SKIP_LINK,
    &REACTION_COUNT,
    &REACTION_ROSTER,
    &RATING_LINE,
    &SCRIPT_NOTICE,
    &VIDEOS,
    &IMAGE_URL_VALUE,
    &IMAGE_SRCSET_VALUE,
    &PLACEHOLDER_IMAGE,
    &IMAGE_FILE,
    &PROMO_CHANNEL,
    &UI_ERROR,
    &MORE_LABEL,
    &SEE_ALSO_LEAD,
    &PRINT_OFFER,
    &SHORTCODE,
    &TIME_OF_DAY_AT_END,
    &APP_STORES,
    &CALL_TO_ACTION,
    &PUBLISHER_VOICE,
    &READER_ADDRESS,
    &PROFILE_ACTIVITY,
    &PROFILE_FACT,
    &PROFILE_ACTIVITY_TERM,
    &POSTING_TERM,
    &SELF_INTRODUCTION,
    &NATIVE_FOLLOW,
    &NATIVE_PLATFORM,
    &DATELINE,
    &CREDIT_LINE.ascii,
    &CAPTION_CREDIT.ascii,
    &CAPTION_CREDIT_MARK,
    &CAPTION_LABEL,
    &TEASER_META.ascii,
    &BYLINE_PREFIX,
    &KOREAN_BYLINE,
    &WIRE_LEAD_REPORTERS,
    &SPONSOR_LEAD,
    &BYLINE_LOWER_PREFIX,
    &BYLINE_TAIL,
    &WEEKDAY,
    &NOT_A_NAME,
];

/// Whether a class value names a carousel's own slide, not one of the
/// copies carousels add to loop around ("slick-cloned",
/// "swiper-slide-duplicate").
#[cfg(test)]
pub(crate) fn is_carousel_slide(class: &str) -> bool {
    visibility_classes(class).carousel_slide
}

/// What a class value's tokens say about visibility, in one pass over them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct VisibilityClasses {
    /// A token is a hiding class ([`is_hiding_class`]).
    pub hides: bool,
    /// Only screen-reader classes hide it (`sr-only`, `visually-hidden`):
    /// words for screen readers, often an icon's.
    pub screen_reader_only: bool,
    /// The value names a carousel's own slide, not one of the copies
    /// carousels add to loop around ("slick-cloned",
    /// "swiper-slide-duplicate").
    pub carousel_slide: bool,
}

/// Reads a class value's [`VisibilityClasses`].
pub(crate) fn visibility_classes(class: &str) -> VisibilityClasses {
    let is_slide = |token: &str| {
        matches!(
            token,
            "slick-slide"
                | "swiper-slide"
                | "splide__slide"
                | "glide__slide"
                | "carousel-item"
                | "carousel-cell"
                | "owl-item"
        )
    };
    let mut found = VisibilityClasses::default();
    let mut hides_otherwise = false;
    for_each_token(class, |token| {
        if is_screen_reader_class(token) {
            found.screen_reader_only = true;
        } else {
            hides_otherwise |= is_hiding_class(token);
        }
        found.carousel_slide |= is_slide(token);
    });
    found.hides = found.screen_reader_only || hides_otherwise;
    found.screen_reader_only &= !hides_otherwise;
    // Most values name no slide, and are spared the searches for a copy's
    // marks.
    found.carousel_slide = found.carousel_slide
        && !class
            .split_whitespace()
            .any(|token| token.contains("clone") || token.contains("duplicate"));
    found
}

/// Calls `f` with each token of `value`, as `split_whitespace` gives them.
/// An ASCII value is cut at its white-space bytes without decoding
/// characters; an ASCII byte is never inside a longer character, so every
/// cut is on a character boundary.
fn for_each_token<'a>(value: &'a str, mut f: impl FnMut(&'a str)) {
    if !value.is_ascii() {
        value.split_whitespace().for_each(f);
        return;
    }
    let mut start = 0;
    for (i, b) in value.bytes().enumerate() {
        if crate::text::is_ascii_space(b) {
            if let Some(token) = value.get(start..i).filter(|t| !t.is_empty()) {
                f(token);
            }
            start = i + 1;
        }
    }
    if let Some(token) = value.get(start..).filter(|t| !t.is_empty()) {
        f(token);
    }
}

/// Class names that hide an element in the common CSS frameworks
/// (Bootstrap, Foundation, WordPress and its themes' structured-data
/// spans, Tailwind): compared whole, token by
/// token, as written in the `class` attribute. Each holds one of
/// [`VISIBILITY_WORDS`], as does each slide of [`visibility_classes`].
///
/// `hidden` and `d-none` hide even beside a class that shows the element
/// from a breakpoint up (`hidden md:block`, `d-none d-sm-block`), which a
/// desktop browser does show: what sites leave off phones is what a
/// reader can spare (teasers' summaries, share links, badges), and
/// reading those classes as a desktop does lowered wcxb-dev's F1 by half
/// a point.
pub(crate) fn is_hiding_class(token: &str) -> bool {
    matches!(
        token,
        "hidden"
            | "d-none"
            | "sr-only"
            | "visually-hidden"
            | "visuallyhidden"
            | "screen-reader-text"
            | "screen-reader-only"
            | "screenreader-only"
            | "is-hidden"
            | "u-hidden"
            | "rich-snippet-hidden"
            | "hide"
            | "invisible"
            | "element-invisible"
            | "show-for-sr"
    ) || is_prefixed_screen_reader_class(token)
        || is_desktop_hiding_class(token)
        || is_icon_font_class(token)
}

/// The classes that hide text from sight but not from screen readers
/// (a subset of [`is_hiding_class`]).
fn is_screen_reader_class(token: &str) -> bool {
    matches!(
        token,
        "sr-only"
            | "visually-hidden"
            | "visuallyhidden"
            | "screen-reader-text"
            | "screen-reader-only"
            | "screenreader-only"
            | "show-for-sr"
    ) || is_prefixed_screen_reader_class(token)
}

/// The screen-reader-only classes of design systems, under their own
/// prefix (`govuk-visually-hidden`, `nhsuk-u-visually-hidden`,
/// `usa-sr-only`): text a sighted reader never sees.
fn is_prefixed_screen_reader_class(token: &str) -> bool {
    token.ends_with("-visually-hidden") || token.ends_with("-sr-only")
}

/// Icon-font classes whose text is a glyph's name, drawn as a picture
/// ("lock", "arrow_forward" in Material Icons and Material Symbols): the
/// reader sees an icon, never the word.
fn is_icon_font_class(token: &str) -> bool {
    token == "material-icons"
        || token.starts_with("material-icons-")
        || token.starts_with("material-symbols-")
}

/// Class names that hide an element on wide screens only: the page's
/// phone layout, which repeats what the desktop layout shows (page
/// builders' `*-hidden-desktop`, Bootstrap's `d-lg-none` and `hidden-lg`,
/// Tailwind's `lg:hidden`). distil reads a page as a desktop browser shows
/// it.
fn is_desktop_hiding_class(token: &str) -> bool {
    token.ends_with("hidden-desktop")
        || matches!(
            token,
            "hide-desktop"
                | "hide-on-desktop"
                | "desktop-hidden"
                | "d-lg-none"
                | "d-xl-none"
                | "hidden-lg"
                | "lg:hidden"
                | "xl:hidden"
        )
}

/// Words that alone make a block an advertisement label, with the note a
/// slot may carry that the text goes on past it ("Advertisement -
/// Continue Reading Below", "Story continues below advertisement",
/// "Continue reading the main story").
pub(crate) static AD_WORDS: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^\s*(?:[-–—|·•]\s*)?(?:(?:ad(?:vert|vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|広告|광고|Реклама|Anuncio|anzeige|publicidad|pubblicità|publicidade|advertentie|iklan|reklama|reklam|annons|annonse|annonce|publicitate|hirdetés|mainos|quảng\s+cáo|تبلیغات|פרסומת|โฆษณา|διαφήμιση|विज्ञापन|tangazo|matangazo|إعلان|اعلان|廣告)",
        r"(?:\s*[-–—:|]?\s*(?:continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article))?(?:\s+below)?|(?:the\s+)?(?:story|article)\s+continues\s+below|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+(?:the\s+)?content|reading))?))?",
        r"|continue\s+reading\s+the\s+main\s+story",
        r"|scroll\s+(?:down\s+)?to\s+continue\s+(?:with\s+(?:the\s+)?content|reading)",
        r"|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after\s+(?:this\s+|the\s+)?(?:advertisement|ad))(?:\s+advertisement)?",
        // The same note in other languages ("Haberin devamı", "Weiter nach
        // der Anzeige", "Dalsza część artykułu pod reklamą").
        r"|haber[iİ]n\s+devam[ıi]|(?:haber[iİ]n\s+)?devam[ıi]\s+(?:aşağıda|reklamdan\s+sonra)",
        r"|weiter\s+nach\s+der\s+anzeige|(?:der\s+)?artikel\s+(?:geht|wird)\s+(?:nach\s+der\s+anzeige|unten)\s+(?:weiter|fortgesetzt)",
        r"|la\s+suite\s+(?:de\s+l'article\s+)?(?:après|sous)\s+(?:cette\s+)?(?:la\s+)?publicité",
        r"|(?:el\s+)?(?:artículo|texto)\s+contin[úu]a\s+(?:abajo|debajo|tras\s+la\s+publicidad)",
        r"|(?:l'articolo\s+)?continua\s+(?:a\s+leggere\s+)?(?:sotto|dopo\s+la\s+pubblicità)",
        r"|(?:a\s+)?(?:matéria|reportagem)\s+continua\s+(?:abaixo|após\s+a\s+publicidade)|continua\s+(?:depois|após)\s+(?:da|a)\s+publicidade",
        r"|(?:het\s+)?artikel\s+gaat\s+(?:verder\s+)?(?:onder|na)\s+(?:de\s+)?advertentie(?:\s+verder)?",
        r"|(?:dalsza\s+część|dalszy\s+ciąg)(?:\s+artykułu|\s+tekstu)?\s+pod\s+(?:reklamą|materiałem\s+wideo|galerią)",
        r"|(?:продолжение|статья\s+продолжается|текст\s+продолжается)\s+(?:ниже|после\s+рекламы)",
        r"|(?:продовження|стаття\s+продовжується)\s+(?:нижче|після\s+реклами))(?:\s*[-–—|·•])?\s*$",
    ))
});

/// The label before a reading time ("Reading time: 4 min", "Czas
/// czytania", "Время чтения", "Okuma süresi", "阅读时间").
macro_rules! reading_time_label {
    () => {
        r"(?:(?:estimated\s+)?(?:reading|read)\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|czas\s+czytania|(?:čas|doba)\s+čtení|время\s+чтения|okuma\s+süresi|lukuaika|lesetid|lästid|læsetid|olvasási\s+idő|waktu\s+baca|thời\s+gian\s+đọc|阅读时间|閱讀時間|読了時間|זמן\s+קריאה|(?:وقت|مدة)\s+القراءة|χρόνος\s+ανάγνωσης)"
    };
}

/// A reading time's unit: minutes, in the languages of
/// [`reading_time_label`].
macro_rules! reading_time_unit {
    () => {
        r"(?:min(?:ute)?s?|minuten|minutos?|minuti|minut(?:y|ów|a)?|mn|мин(?:ут[ыау]?)?|dk|dakika|perc|menit|phút|分(?:钟|鐘)?|분|דקות|دقائق|دقيقة|λεπτά|λεπτό)"
    };
}

/// The words after a reading time ("4 min read", "4 min czytania", "3分で
/// 読めます").
macro_rules! reading_time_suffix {
    () => {
        r"read|reading\s+time|lesezeit|lesedauer|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|czytania|čtení|чтения|на\s+чтение|okuma|olvasás|membaca|baca|đọc|läsning|lästid|lesetid|læsning|lukuaika|で読めます|読了|阅读|閱讀|읽기|קריאה|قراءة|ανάγνωση[ς]?"
    };
}

/// A reading time alone on its line: "Estimated reading time: 6
/// minutes", "Lesezeit: 2 Minuten", "5 min read", "3 Min. Lesezeit".
/// ASCII classes keep it quick to build (Unicode ones took longer than
/// all the rest of a page's extraction).
pub(crate) static READING_TIME: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^[^0-9A-Za-z_]{0,2}(?:",
        reading_time_label!(),
        r"\s*[:：]?\s*(?:ca\.?\s*|about\s+|approx\.?\s*|~\s*)?[0-9]+\s*(?:-\s*[0-9]+\s*)?",
        reading_time_unit!(),
        r"\.?|[0-9]+\s*(?:-\s*[0-9]+\s*)?",
        reading_time_unit!(),
        r"\.?\s*(?:",
        reading_time_suffix!(),
        r"))[^0-9A-Za-z_]{0,2}$",
    ))
});

/// A notebook cell's prompt alone on its line: `In [3]:`, `Out[3]:`,
/// `In [ ]:` (a cell never run), `In [*]:` (a cell running). Exported
/// notebooks print one beside every cell; it numbers runs, not text.
pub(crate) static CELL_PROMPT: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"^(?:In|Out)\s?\[\s*[0-9*]*\s*\]:?$"));

/// A sponsor's message announced as such at the start of a block:
/// "Sponsored: ...", "This issue is brought to you by ...", "A word from
/// our sponsor".
pub(crate) static SPONSOR_LEAD: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,3}(?:sponsored(?:\s+by)?\s*[:\-–—]|sponsor\s*[:\-–—]|(?:this|today's|today’s)\s+(?:issue|episode|newsletter|post|edition|email)\s+(?:is\s+)?(?:brought\s+to\s+you|sponsored|presented|supported)\s+by(?-u:\b)|a\s+word\s+from\s+(?:our|this\s+week's|this\s+week’s|today's|today’s)\s+sponsors?(?-u:\b))",
    ))
});

/// A sign-up's terms alone on their line, under its button: "No credit
/// card required · Cancel anytime", "14-day free trial".
pub(crate) static TRIAL_TERMS: Lazy<MatchRegex> = Lazy::new(|| {
    const TERM: &str = r"(?:no\s+credit\s+card(?:\s+(?:required|needed))?|cancel\s+(?:at\s+)?any\s*time|(?:[0-9]+[\s-]days?\s+)?free\s+trial(?:\s+for\s+[0-9]+\s+days)?|no\s+commitment|no\s+setup\s+fees?)";
    matcher(&format!(
        r"(?i)^[^0-9A-Za-z_]{{0,2}}{TERM}(?:[^0-9A-Za-z_]{{1,4}}{TERM}){{0,3}}[^0-9A-Za-z_]{{0,2}}$"
    ))
});

/// An audio player's controls alone on their line: "Listen to this
/// article", "Artikel anhören", "Écouter cet article", with the times
/// and speed the player shows ("00:00 / 3:58 1x", "4 min").
pub(crate) static AUDIO_PLAYER: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:listen\s+to\s+(?:this|the)\s+(?:article|story|post)|listen\s+now|audio\s+version(?:\s+of\s+this\s+article)?",
        r"|(?:hören\s+sie\s+(?:diesen|den)\s+artikel|artikel\s+(?:anhören|vorlesen(?:\s+lassen)?)|diesen\s+artikel\s+anhören)",
        r"|(?:écouter\s+(?:cet\s+|l')article)|(?:escuchar?\s+(?:este\s+artículo|esta\s+(?:nota|noticia))(?:\s+aquí)?)",
        r"|(?:ascolta\s+(?:l'articolo|questo\s+articolo))|(?:ouvir\s+(?:este\s+artigo|esta\s+matéria))|(?:luister\s+naar\s+(?:dit\s+)?artikel))",
        r"(?:[\s:·|/–—-]*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]+(?:[.,][0-9]+)?\s*(?:x|×|min(?:ute)?s?|minuten|minutos|minuti|sec|s)?\.?))*",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// A button's call alone on its line: "Learn more", "Get started",
/// "Apply now →", "Request a demo", "Mehr erfahren", "En savoir plus".
/// As a link with nothing beside it, it takes the reader elsewhere and
/// says nothing itself.
pub(crate) static CALL_BUTTON: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:learn\s+more|find\s+out\s+more|discover\s+more|read\s+more|get\s+started|apply\s+now|book\s+now|shop\s+now|buy\s+now|order\s+now|download\s+now|view\s+all|see\s+all",
        r"|start\s+(?:your\s+)?free\s+trial|try\s+(?:it\s+)?(?:for\s+)?free|get\s+a\s+(?:free\s+)?quote|request\s+a\s+demo|book\s+a\s+demo|sign\s+up\s+(?:now|today|for\s+free)|join\s+(?:now|today)(?:\s+for\s+free)?|join\s+for\s+free",
        r"|mehr\s+erfahren|jetzt\s+(?:kaufen|bestellen|buchen|bewerben|starten|entdecken)|en\s+savoir\s+plus|saber\s+más|scopri\s+di\s+più|meer\s+informatie|lees\s+meer)",
        ascii_non_word!(),
        r"{0,3}$"
    ))
});

/// A link to the code a reference page documents, beside each item:
/// "source", "\[src\]", "\[source\]", "View source".
pub(crate) static SOURCE_LINK: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"(?i)^\W{0,2}(?:source|src|view\s+source)\W{0,2}$"));

/// A reprint notice closing a Chinese, Japanese or Korean article:
/// "（本文为东方快讯原创稿件，未经授权不得转载）", "转载请注明出处",
/// "版权归新华社所有", "自由時報版權所有不得轉載", "無断転載を禁じます",
/// "무단전재 및 재배포 금지". These languages write no spaces between
/// words, so the notice is found inside the line, not at word boundaries.
pub(crate) static REPRINT_NOTICE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        // Simplified Chinese.
        r"未经(?:授权|许可|允许|同意)[，,、\s]*(?:不得|禁止|严禁|请勿)(?:转载|转发|复制|使用)|转载请(?:注明|联系)|版权归.{1,16}所有",
        // Traditional Chinese: "版權所有，不得轉載".
        r"|版權所有|未經(?:授權|許可|同意)[，,、\s]*(?:不得|禁止|嚴禁|請勿)(?:轉載|轉貼|重製|使用)|不得(?:轉載|轉貼|重製)|轉載請註明",
        // Japanese: "無断転載を禁じます", "無断複製・転載を禁止".
        r"|無断(?:転載|複製|転用)",
        // Korean: "무단전재 및 재배포 금지".
        r"|무단\s?(?:전재|복제)|재배포\s?금지",
    ))
});

/// A prompt to scan a QR code, alone on its line: "长按识别二维码关注我们"
/// (press and hold to follow us), "微信扫一扫", "Scan the QR code to
/// download the app". The code itself is a picture.
pub(crate) static QR_PROMPT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^[^\n]{0,12}(?:(?:长按|扫描|扫码|识别|掃描|識別|長按|scan)[^\n]{0,10}(?:二维码|二維碼|qr[\s-]?code)|扫一扫|掃一掃)[^\n]{0,20}$",
    )
});

/// A credit label whose name has gone, alone on its line: "By",
/// "Edited by", "Reviewed by", "Autorin:", "Von:". The name sat in its own
/// element (a link, a tooltip, a byline taken for the metadata), so what
/// is left says nothing.
pub(crate) static CREDIT_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:(?:(?:written|posted|edited|reviewed|fact[\s-]?checked|medically\s+reviewed|reported|illustrated|produced|compiled|curated|updated|published|photos?|images?|text|story|words|interview|reporting)\s+)?by|(?:geschrieben\s+|verfasst\s+)?von|(?:écrit\s+)?par|(?:escrito\s+)?por|door|autor(?:in|a)?|auteur|author)\s*:?",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// What a social-media embed shows until its script runs, alone on its
/// line: "View this post on Instagram", "Sieh dir diesen Beitrag auf
/// Instagram an". The post itself is not in the page; the line is a link
/// to it and says nothing of it.
pub(crate) static EMBED_PLACEHOLDER: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:(?:view|see|watch)\s+(?:this|the)\s+(?:post|photo|video|reel|tweet|thread)\s+on\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?|sieh\s+dir\s+diesen\s+beitrag\s+auf\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?\s+an|(?:voir|afficher)\s+cette\s+publication\s+sur\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?|ver\s+esta\s+publicaci(?:ón|ão)\s+(?:en|no)\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?|visualizza\s+questo\s+post\s+su\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?|bekijk\s+dit\s+bericht\s+op\s+(?-i:[^\s])+(?:\s+(?-i:[^\s])+)?)",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// Words that alone make a block a loading placeholder.
pub(crate) static LOADING_WORDS: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\s*(?:(?:like|gefällt\s+mir|j'aime|me\s+gusta|mi\s+piace)\s+)?(?:loading(?:\s+more)?|load\s+more|lade\s+weitere\s+inhalte|weitere\s+inhalte\s+laden|mehr\s+laden|wird\s+geladen|laden|正在加载|Загрузка|chargement(?:\s+en\s+cours)?|cargando(?:\s+más)?|cargar\s+más|caricamento|carregando|carregar\s+mais)\s*(?:…|\.\.\.)?\s*$",
    )
});

/// A marketing call to action: a question to the reader, then what to
/// do about it ("Want to see how it works? Learn more here.", "Ready to
/// start? Book a demo today."), and a help centre's closing offer ("Have
/// more questions? Submit a request", "Haben Sie weitere Fragen? Anfrage
/// einreichen").
pub(crate) static QUESTION_THEN_CALL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:(?:(?:do|would)\s+you\s+(?:want|like)|want|ready|need|looking|interested|curious)(?-u:\b)[^?.!]{3,100}",
        r"|(?:(?:still\s+)?(?:have|got)\s+(?:more\s+|further\s+|other\s+|any\s+|additional\s+)?|more\s+|further\s+|other\s+|any\s+)questions",
        r"|haben\s+sie\s+(?:noch\s+)?(?:weitere\s+|andere\s+)?fragen|noch\s+fragen|(?:vous\s+avez\s+)?d'autres\s+questions|¿?\s*(?:tienes|tiene|tenés)\s+(?:más|otras)\s+preguntas)",
        r"\s*[?？]\s+(?:get|learn|download|use|try|check|talk|contact|book|schedule|sign|start|call|request|join|see|discover|explore|click|visit|read|submit|ask|reach|write|email|send|chat|message|anfrage|kontakt|schreiben|rufen|stellen|wenden|senden|contact|écrivez|posez|envoyez|contáct|escríb|envía)"
    ))
});

/// The label of a control that moves about the page or works a widget,
/// alone on its line: "Back to top", "↑ Nach oben", "Retour en haut",
/// "Back to Gallery", "toggle caption", "Show Caption", "Skip this
/// section", and the screen-reader label of a breadcrumb trail
/// ("Breadcrumb navigation", "You are here:").
pub(crate) static PAGE_CONTROL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,3}(?:(?:back|return|go|scroll|jump)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?|top\s+of\s+(?:the\s+)?page|(?:zurück\s+)?nach\s+oben|zum\s+seitenanfang|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|haut\s+de\s+(?:la\s+)?page|volver\s+(?:arriba|al\s+inicio)|ir\s+arriba|torna\s+(?:su|all'inizio)|terug\s+naar\s+boven|voltar\s+ao\s+topo|(?:back|return)\s+to\s+(?:the\s+)?(?:gallery|slideshow)|zurück\s+zur\s+(?:galerie|bildergalerie)|retour\s+à\s+la\s+galerie|volver\s+a\s+la\s+galería|toggle\s+(?:caption|navigation|menu)|(?:show|hide|expand|collapse)\s+(?:the\s+)?caption|skip\s+this\s+(?:section|ad|video)|breadcrumbs?(?:\s+(?:navigation|trail))?|you\s+are\s+here\s*:?|sie\s+sind\s+hier\s*:?|vous\s+êtes\s+ici\s*:?)",
        ascii_non_word!(),
        r"{0,3}$"
    ))
});

/// What forum software writes around a thread, alone on its line: who is
/// reading it ("Users browsing this thread: 1 Guest(s)", "Mitglieder in
/// diesem Forum: 0 Mitglieder und 2 Gäste"), the printable-version link,
/// a code box's "Code: Select all", a post's edit stamp ("Last edited by
/// jdoe; 01-02-2020", "Last edited: Jan 22, 2024", "Edited
/// January 29 by jdoe (see edit history)") and a Q&A post's stamp
/// ("answered Mar 28, 2014 at 22:52", "asked 3 days ago"), and a
/// topic's counts ("Viewing 5 posts - 1 through 5 (of 5 total)", "This
/// topic has 4 replies, 3 voices, and was last updated 1 year ago by jo").
pub(crate) static FORUM_CHROME: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,3}(?:(?:who\s+is|wer\s+ist|qui\s+est)\s+online\s*\??|(?:(?:users|members|guests)\s+browsing\s+this\s+(?:forum|thread|topic)|(?:mitglieder|benutzer)\s+in\s+diesem\s+(?:forum|thema)|utilisateurs\s+parcourant\s+ce\s+(?:forum|sujet)|usuarios\s+(?:navegando|viendo)\s+(?:por\s+)?este\s+(?:foro|tema))(?:[\s:].*)?|recently\s+browsing(?:\s+[0-9]+\s+members?)?|no\s+registered\s+users\s+viewing\s+this\s+page\.?|create\s+an\s+account\s+or\s+sign\s+in\s+to\s+(?:comment|reply)|you\s+need\s+to\s+be\s+a\s+member\s+in\s+order\s+to\s+leave\s+a\s+(?:comment|reply)|(?:view\s+a\s+)?printable\s+version|code\s*:\s*(?:select\s+all|expand|copy)(?:\s+(?:collapse|copy))*|viewing\s+[0-9]+\s+(?:posts?|repl(?:y|ies)|topics?)(?:\s*-\s*[0-9]+\s+through\s+[0-9]+)?(?:\s*\(of\s+[0-9]+\s+total\))?|this\s+topic\s+(?:has|contains)\s+[0-9]+\s+repl(?:y|ies)(?:[\s,.;:].*)?|druckansicht|druckversion|last\s+edited\s+by\s.*|last\s+edited\s*:\s.*|zuletzt\s+(?:bearbeitet|geändert)\s+(?:von\s|am\s).*|dernière\s+(?:modification|édition)\s+par\s.*|edited\s.+\(see\s+edit\s+history\)",
        ascii_non_word!(),
        r"{0,3}|(?:answered|asked|edited|modified)\s+(?:[a-z]{3,9}\.?\s+[0-9]{1,2}(?:,?\s+[0-9]{4})?|[0-9]{1,2}\s+[a-z]{3,9}\.?(?:\s+[0-9]{4})?|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]+\s+(?:secs?|seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday|today)(?:\s+at\s+[0-9]{1,2}:[0-9]{2}(?:\s*[ap]m)?)?(?:\s+by\s+\S+)?\s*)$"
    ))
});

/// A notice asking readers to report typos with a key chord ("If you
/// notice an error, select it and press Ctrl+Enter", "Если вы заметили
/// ошибку, выделите её и нажмите Ctrl+Enter"): the chord, and a word for
/// a mistake in one of the languages whose sites print it.
pub(crate) static TYPO_REPORT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?:error|mistake|typo|ошибк|опечатк|помилк|fehler|tippfehler|erreur|faute|errore|erro|błąd|błęd|hata|chyb|grešk|greške|klaid|kļūd|viga|hib)(?s:.){0,160}ctrl\s*\+\s*enter|ctrl\s*\+\s*enter(?s:.){0,160}(?:error|mistake|typo|ошибк|опечатк|помилк|fehler|erreur|faute|errore|erro|błąd|błęd|hata|chyb|grešk|klaid|kļūd|viga|hib)",
    )
});

/// The label of a table of contents, alone on its line: "On this page",
/// "In this article", "Table of contents", "Inhaltsverzeichnis",
/// "Sommaire". (A bare "Contents" or "Inhalt" also heads a book's
/// synopsis, so it is not one.)
pub(crate) static CONTENTS_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:on\s+this\s+page|in\s+this\s+(?:article|post|guide|story)|table\s+of\s+contents|jump\s+to\s+(?:a\s+)?section|inhaltsverzeichnis|auf\s+dieser\s+seite|in\s+diesem\s+(?:artikel|beitrag)|sommaire|dans\s+cet\s+article|sur\s+cette\s+page|tabla\s+de\s+contenidos?|en\s+este\s+art[ií]culo|indice\s+dei\s+contenuti|in\s+questo\s+articolo|inhoudsopgave|in\s+dit\s+artikel)\s*:?",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// A call to comment or review, alone on its line (a post's closing
/// button, often above its footnotes; a product page's review form
/// title): "Leave a comment", "Add a comment", "Join the discussion",
/// "Kommentar schreiben", "Write Your Own Review", "Bewertung schreiben".
pub(crate) static COMMENT_CALL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:(?:leave|post|add|write|submit)\s+a\s+(?:comment|reply|review)|(?:add|write|submit)\s+your(?:\s+own)?\s+review|join\s+the\s+(?:discussion|conversation)|kommentar\s+(?:schreiben|verfassen|hinterlassen)|(?:eine\s+)?(?:bewertung|rezension)\s+(?:schreiben|verfassen|abgeben)|laisser\s+un\s+commentaire|(?:écrire|rédiger|laisser)\s+un\s+avis|donnez\s+votre\s+avis|deja\s+(?:un|tu)\s+comentario|escrib(?:e|ir)\s+una\s+(?:reseña|opinión|valoración)|lascia\s+un\s+commento|scrivi\s+una\s+recensione|deixe\s+(?:um|seu)\s+comentário|escreva\s+uma\s+(?:avaliação|resenha))",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// The label of a control that folds or unfolds part of the page, or turns
/// a card over, alone on its line: "Click to expand...", "Show more",
/// "Mehr anzeigen", a flip card's "Tell me more" and "Go back".
pub(crate) static FOLD_CONTROL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:click\s+to\s+(?:expand|collapse)|show\s+(?:more|less|all)|see\s+(?:more|less)|view\s+more|tell\s+me\s+more|go\s+back|(?:expand|collapse)(?:\s+(?:all|description|details|section))?|mehr\s+anzeigen|weniger\s+anzeigen|alle\s+anzeigen|afficher\s+(?:plus|moins)|voir\s+plus|ver\s+(?:más|menos)|mostra\s+(?:di\s+più|meno)|mostrar\s+(?:mais|menos)|meer\s+tonen)\s*(?:…|\.\.\.)?",
        ascii_non_word!(),
        r"{0,2}$"
    ))
});

/// The label of a skip link ("Skip to main content", "Jump to
/// navigation", "Zum Inhalt springen", "Aller au contenu"): a shortcut for
/// keyboard and screen-reader users to a part of the same page.
pub(crate) static SKIP_LINK: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:skip\s+(?:to|over|past|navigation|nav|links?)|jump\s+to|zum\s+inhalt|direkt\s+zu(?:m|r)?\s|zur\s+navigation|(?:aller|passer)\s+(?:au|à\s+la)\s|saltar\s+(?:al?|a\s+la)\s|ir\s+al\s+contenido|(?:vai|salta)\s+al|pular\s+para|ir\s+para\s+o\s+conte|naar\s+(?:de\s+)?(?:hoofd)?inhoud",
        // Urdu, Persian, Arabic, Hindi, Russian: "go to the content".
        r"|مواد\s+پر\s+جائیں|پرش\s+به\s+محتوا|(?:انتقل|تخطى)\s+إلى\s+المحتوى|सामग्री\s+पर\s+जाएं|перейти\s+к\s+(?:содержанию|основному))"
    ))
});

/// A count of a post's reactions or readers, alone on its line: "2
/// Likes", "14 replies", "1.2k points", "37 views", "Post Views: 111",
/// "1 Besucher online".
pub(crate) static REACTION_COUNT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\s*(?:[0-9][0-9,.]*\s*[km]?\s+(?:likes?|reactions?|repl(?:y|ies)|votes?|upvotes?|points?|views?|antworten|aufrufe|besucher(?:\s+online)?|vues|visualizaciones|visualizzazioni|gefällt\s+mir|j'aime|me\s+gusta|mi\s+piace)|(?:post\s+)?views?\s*:\s*[0-9][0-9,.]*\s*[km]?|aufrufe\s*:\s*[0-9][0-9,.]*)\s*$",
    )
});

/// A reader-feedback prompt or its tally, alone on its line: "Did this
/// summary help you?", "Was this answer helpful?", "Did you like this
/// recipe?", "Helpful 18 Not Helpful 2", "Helpful (7)".
pub(crate) static FEEDBACK_PROMPT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\s*(?:(?:did|does)\s+this\s+(?:article|summary|guide|page|answer|post|section|tip)\s+help(?:\s+you)?|did\s+this\s+(?:answer|solve|resolve)\s+your\s+(?:question|problem|issue)|(?:was|is)\s+this\s+(?:article|summary|guide|page|answer|post|section|tip|information|content)?\s*(?:helpful|useful)|did\s+you\s+(?:like|enjoy)\s+this\s+(?:recipe|article|post|guide|story)|did\s+you\s+find\s+what\s+you\s+(?:were|are)\s+looking\s+for|how\s+(?:useful|helpful)\s+(?:was|is)\s+this\s+(?:page|article|information|content)|help\s+us\s+improve(?:\s+[a-z0-9.\-]+){0,2}|is\s+there\s+anything\s+wrong\s+with\s+this\s+page|report\s+a\s+problem\s+with\s+this\s+page|(?:war|ist)\s+(?:diese\s+seite|dieser\s+artikel|dieser\s+beitrag|diese\s+information)\s+hilfreich|cette\s+(?:page|information)\s+vous\s+a-t-elle\s+été\s+utile|cet\s+article\s+vous\s+a-t-il\s+été\s+utile|¿?\s*(?:te|le)\s+(?:resultó|ha\s+resultado)\s+útil\s+(?:esta\s+página|este\s+artículo|esta\s+información)|¿?\s*(?:fue|es)\s+útil\s+(?:esta\s+página|este\s+artículo|esta\s+información)|(?:questo\s+articolo|questa\s+pagina)\s+(?:ti\s+)?è\s+stat[oa]\s+utile|(?:este\s+artigo|esta\s+página|esta\s+matéria)\s+foi\s+útil|gostou\s+(?:desta|da|deste|do)\s+(?:matéria|notícia|reportagem|artigo|conteúdo)|czy\s+(?:ten\s+artykuł|ta\s+strona)\s+(?:był[ao]?\s+)?(?:pomocn[ya]|przydatn[ya])|(?:была\s+ли\s+(?:эта\s+)?(?:статья|страница|информация)\s+полезной|вам\s+понравилась\s+(?:эта\s+)?статья)|bu\s+(?:haber|içerik|makale|sayfa)\s+(?:faydalı|yararlı)\s+mıydı|هل\s+كان\s+هذا\s+(?:المقال|المحتوى)\s+مفيد[اً]*|هل\s+كانت\s+هذه\s+(?:الصفحة|المعلومات)\s+مفيدة|이\s*기사\s*어떠셨나요|이\s*기사가\s*도움이\s*되셨나요|この記事は(?:役に立ちましたか|いかがでしたか|参考になりましたか)|这篇文章对您有帮助吗|本文对您有帮助吗)\s*[?.!？؟]?\s*$|^\s*helpful\s*\(?\s*[0-9][0-9,.]*\s*\)?(?:\s*not\s+helpful\s*\(?\s*[0-9][0-9,.]*\s*\)?)?\s*$|^\s*(?:a\s+)?[0-9][0-9,.]*\s+(?:out\s+of|of|von|sur|de|su)\s+[0-9][0-9,.]*\s+(?:(?:people|users|customers|personnes|personas|persone|nutzern?|leser(?:n|innen)?)\s+)?(?:found\s+this\s+(?:article\s+)?(?:helpful|useful)|fanden\s+(?:dies|das|diesen\s+artikel|diese\s+antwort)\s+hilfreich|ont\s+trouvé\s+(?:ceci|cela|cet\s+article|cette\s+réponse)\s+utile|(?:les\s+)?(?:pareció|resultó)\s+útil|l'hanno\s+trovat[oa]\s+utile)\s*[.!]?\s*$",
    )
});

/// Who reacted to a post, alone on its line: "crumbcoat, doughboy and 4
/// others like this", "12 people like this", "jdoe likes this".
pub(crate) static REACTION_ROSTER: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\s*(?:(?:(?:\S+,\s+)*\S+\s+and\s+(?:[0-9][0-9,.]*\s+others?|\S+)|[0-9][0-9,.]*\s+(?:people|users|members|others))\s+(?:like|liked|reacted\s+to)|\S+\s+(?:likes|liked|reacted\s+to))\s+this(?:\s+post)?\.?\s*$",
    )
});

/// A rating widget's line: stars and a score from a count of votes
/// ("★★★★★ 4.9 from 37 votes", "4.8 out of 5 stars (1,204 ratings)",
/// "Based on 4567 reviews"). A bare "51 Reviews" may be a section's name.
pub(crate) static RATING_LINE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\s*(?:rated\s+)?(?:[★☆⭐✩✰]\s*)*(?:[0-9](?:[.,][0-9]{1,2})?\s*(?:/\s*5|out\s+of\s+5)?(?:\s+stars?)?\s*)?(?:\(|from|based\s+on|aus|sur)\s*[0-9][0-9,.]*\s+(?:(?:customer|user|guest|verified|reader)\s+)?(?:votes?|ratings?|reviews?|bewertungen|stimmen|avis|votes|valoraciones|votos|recensioni|voti)\s*\)?\s*$|^\s*rated\s+[0-9](?:[.,][0-9]{1,2})?\s*(?:/\s*5|out\s+of\s+5)(?:\s+stars?)?\s*$|^\s*(?:[★☆⭐✩✰]\s*){3,}(?:[0-9](?:[.,][0-9]{1,2})?\s*(?:/\s*5)?\s*)?(?:\(?[0-9][0-9,.]*\)?(?:\s+(?:votes?|ratings?|reviews?))?)?\s*$",
    )
});

/// When the page was published or last changed, alone on its line: "Last
/// updated: November 13, 2025", "Aktualisiert am 17.01.2021.", "Letzte
/// Aktualisierung", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05".
/// The dates belong to the metadata, not the text. "Published" and
/// "posted" need a colon or "on" before the date ("Published in 1998 by
/// ..." is a sentence).
pub(crate) static DATE_STAMP: AsciiBoundedRegex = AsciiBoundedRegex {
    ascii: Lazy::new(|| large_matcher(&ascii_word_boundaries(&date_stamp_pattern(true)))),
    unicode: Lazy::new(|| large_matcher(&date_stamp_pattern(false))),
};

/// The pattern of [`DATE_STAMP`]. Its one `\b` follows an ASCII letter.
///
/// The `ascii` form has no Unicode word or digit classes: where the
/// pattern wants one, it takes the ASCII ones and every non-ASCII
/// character, and where it wants a character outside one, any character
/// outside the ASCII ones. On ASCII text it matches exactly what the
/// Unicode form does, and on other text wherever that one does, as an
/// [`AsciiBoundedRegex`] needs. Its bounded runs of small classes build
/// in a tenth of the time: the Unicode classes copied fifty times over
/// made this the slowest pattern to build, a third of what one page run
/// from the command line spent.
fn date_stamp_pattern(ascii: bool) -> String {
    let (non_word, date) = if ascii {
        (ASCII_NON_WORD, STAMP_DATE_ASCII)
    } else {
        (UNICODE_NON_WORD, STAMP_DATE)
    };
    // Both kinds of label followed by a date share one copy of the date:
    // its bounded runs are most of the automaton. A live page's badge may
    // lead ("LIVE Updated 2 minutes ago").
    format!(
        r"(?i)^{non_word}{{0,3}}(?:live{non_word}+)?(?:(?:{STAMP_UPDATED}){non_word}*$|(?:(?:{STAMP_UPDATED})(?:\s+(?:on|at|am|le|el|il|op))?\s*:?|(?:{STAMP_PUBLISHED})(?:\s*:|\s+(?:on|am|le|el|il|op)\b)){date})(?:\s*\|\s*(?:{STAMP_UPDATED}|{STAMP_PUBLISHED})\s*:?{date})?{non_word}*$"
    )
}

/// A change date's label alone, as the text before a `<time>` element:
/// "Last updated", "Updated on:", "Aktualisiert am".
pub(crate) static UPDATE_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(&format!(
        r"(?i)^[^0-9A-Za-z_]{{0,3}}(?:{STAMP_UPDATED})(?:\s+(?:on|at|am|le|el|il|op))?\s*:?\s*$"
    ))
});

/// The labels of a change date in [`DATE_STAMP`]: "Last updated",
/// "Aktualisiert", "Mis à jour"...
const STAMP_UPDATED: &str = r"last\s+(?:updated?|modified)|updated|zuletzt\s+(?:aktualisiert|geändert)|aktualisiert|letzte\s+(?:aktualisierung|änderung)|(?:dernière\s+)?mise\s+à\s+jour|mis\s+à\s+jour|actualizado|última\s+actualización|aggiornato|ultimo\s+aggiornamento|(?:laatst\s+)?bijgewerkt";

/// The labels of a publication date in [`DATE_STAMP`]: "Published",
/// "Posted", "Stand"...
const STAMP_PUBLISHED: &str =
    r"(?:first\s+)?published|posted|veröffentlicht|stand|publié|publicado|pubblicato|gepubliceerd";

/// The date after a [`DATE_STAMP`] label: a few words, then a digit and
/// what a date or time is written with.
const STAMP_DATE: &str = r"\s*[^\d\n]{0,20}\d[\w\s.,:/-]{0,30}";

/// [`STAMP_DATE`] for the ASCII form of [`DATE_STAMP`] (see
/// [`date_stamp_pattern`]).
const STAMP_DATE_ASCII: &str = r"\s*(?-i:[^0-9\n]){0,20}(?-i:[0-9\x{80}-\x{10FFFF}])(?-i:[0-9A-Za-z_\s.,:/\x{80}-\x{10FFFF}-]){0,30}";

/// A notice that something on the page needs script to show: "This
/// slideshow requires JavaScript.", "Please enable JavaScript to view the
/// comments".
pub(crate) static SCRIPT_NOTICE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)(?:requires?|enable|enabling|needs?|turn\s+on|activate)\s+javascript(?-u:\b)|(?-u:\b)javascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)(?-u:\b)|(?-u:\b)javascript\s+(?:aktivieren|erforderlich)(?-u:\b)",
    )
});

/// Hosts whose embedded players belong in an article (Readability's list):
/// the default of [`Config::with_video_hosts`](crate::Config::with_video_hosts),
/// and the hosts [`VIDEOS`] recognises.
pub(crate) const VIDEO_HOSTS: &[&str] = &[
    "dailymotion.com",
    "youtube.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
    "v.qq.com",
    "bilibili.com",
    "live.bilibili.com",
    "archive.org",
    "upload.wikimedia.org",
    "player.twitch.tv",
];

/// An attribute value naming one of [`VIDEO_HOSTS`] after `//`, as
/// Readability tests embeds while it scores.
pub(crate) static VIDEOS: Lazy<VideoPlayers> = Lazy::new(|| VideoPlayers::new(VIDEO_HOSTS));

/// The test for attribute values naming a video player's host after `//`
/// (or `//www.`), for [`VIDEO_HOSTS`] or the list a user gives
/// [`crate::Config`]. Cloning shares it.
#[derive(Clone, Debug)]
pub(crate) struct VideoPlayers(std::sync::Arc<VideoTest>);

#[derive(Debug)]
enum VideoTest {
    /// `(?i)//(www\.)?(host|host|...)`, Readability's test.
    Pattern(regex::Regex),
    /// A list too long for one regex (tens of thousands of hosts outgrow
    /// its size limit): the hosts, ASCII case ignored, tried where each
    /// `//` ends. `None` for a list too large for that too.
    Hosts(Option<AhoCorasick>),
}

impl VideoPlayers {
    /// The test for `hosts`; an empty list matches nothing.
    pub(crate) fn new<S: AsRef<str>>(hosts: &[S]) -> VideoPlayers {
        let escaped: Vec<String> = hosts.iter().map(|h| regex::escape(h.as_ref())).collect();
        let pattern = if escaped.is_empty() {
            r"[^\s\S]".to_string()
        } else {
            format!(r"(?i)//(www\.)?({})", escaped.join("|"))
        };
        let test = match regex::Regex::new(&pattern) {
            Ok(re) => VideoTest::Pattern(re),
            Err(_) => VideoTest::Hosts(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .start_kind(aho_corasick::StartKind::Anchored)
                    .build(hosts.iter().map(|h| h.as_ref()))
                    .ok(),
            ),
        };
        VideoPlayers(std::sync::Arc::new(test))
    }

    /// Whether `value` names one of the hosts after `//`.
    pub(crate) fn is_match(&self, value: &str) -> bool {
        match &*self.0 {
            VideoTest::Pattern(re) => re.is_match(value),
            VideoTest::Hosts(None) => false,
            VideoTest::Hosts(Some(hosts)) => {
                let bytes = value.as_bytes();
                let leads = |rest: &[u8]| {
                    hosts.is_match(aho_corasick::Input::new(rest).anchored(Anchored::Yes))
                };
                memchr::memmem::find_iter(bytes, b"//").any(|at| {
                    let rest = bytes.get(at + 2..).unwrap_or_default();
                    leads(rest)
                        || rest
                            .get(..4)
                            .is_some_and(|www| www.eq_ignore_ascii_case(b"www."))
                            && leads(rest.get(4..).unwrap_or_default())
                })
            }
        }
    }
}

/// An attribute value that is one image URL (Readability's lazy-image test).
pub(crate) static IMAGE_URL_VALUE: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"(?i)^\s*\S+\.(jpe?g|png|webp|gif|avif)\S*\s*$"));

/// An attribute value that is a `srcset`: an image URL and a descriptor.
pub(crate) static IMAGE_SRCSET_VALUE: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"(?i)\.(jpe?g|png|webp|gif|avif)\S*\s+\d"));

/// The file name of a stand-in image that a lazy-loading script replaces.
pub(crate) static PLACEHOLDER_IMAGE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(^|[/_.-])(blank|placeholder|spacer|transparent|pixel|loading|loader|lazy|grey|gray|empty|dummy|1x1)([^/]*)?\.(gif|png|svg|jpe?g|webp)$",
    )
});

/// Attribute values that name an image file (Readability's test for
/// image sources hidden in unusual attributes).
pub(crate) static IMAGE_FILE: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"(?i)\.(jpg|jpeg|png|webp)"));

/// A sentence end: a period followed by a space or the end.
pub(crate) fn has_sentence_end(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'.' && (i + 1 == bytes.len() || bytes[i + 1] == b' '))
}

/// A boilerplate phrase family.
pub(crate) struct PhrasePattern {
    pub name: &'static str,
    phrases: &'static [&'static str],
    /// The phrases bounded by [`ASCII_NON_WORD`]: it answers for ASCII
    /// text, and rules out most other text before `regex` is built.
    ascii: Lazy<Regex>,
    /// The phrases bounded by [`UNICODE_NON_WORD`]: the pattern itself.
    regex: Lazy<Regex>,
}

impl PhrasePattern {
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.first(text).is_some()
    }

    /// Characters in the longest phrase, for bounds that rely on it.
    #[cfg(test)]
    pub(crate) fn longest_phrase_chars(&self) -> usize {
        self.phrases
            .iter()
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(0)
    }

    /// The first match of the pattern itself.
    ///
    /// The ASCII form's first match is the Unicode form's when the
    /// characters that bound it are ASCII (so both forms read them alike):
    /// the phrases and their order are the same, and every match of the
    /// Unicode form is one of the ASCII form, so none starts earlier or
    /// is preferred at the same start. Most text outside ASCII is ASCII
    /// words with a few typographic quotes and dashes: it rarely needs the
    /// Unicode form built.
    pub(crate) fn first<'a>(&self, text: &'a str) -> Option<Match<'a>> {
        let m = self.ascii.find(text)?;
        let bounds = m.as_str();
        let ascii_ends = bounds.chars().next().is_some_and(|c| c.is_ascii())
            && bounds.chars().next_back().is_some_and(|c| c.is_ascii());
        // (On ASCII text the ends always are.)
        if ascii_ends {
            Some(m)
        } else {
            self.regex.find(text)
        }
    }

    /// The matched phrase, for explanations.
    pub(crate) fn find<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.first(text)
            .map(|m| m.as_str().trim_matches(|c: char| !c.is_alphanumeric()))
    }

    /// Whether the first match is nearly the whole text: at most `slack`
    /// characters of it are not the phrase ("About the author:", "Related").
    pub(crate) fn fills(&self, text: &str, slack: usize) -> bool {
        self.find(text)
            .is_some_and(|m| text.chars().count() <= m.chars().count() + slack)
    }

    /// Whether the first match starts within the first `chars` characters:
    /// the phrase leads the text rather than appearing somewhere in it.
    pub(crate) fn leads(&self, text: &str, chars: usize) -> bool {
        self.leads_if_held(text, chars).unwrap_or(false)
    }

    /// Whether the text holds `n` phrases or more (apart: a phrase and the
    /// next must not share the character between them).
    pub(crate) fn matches_at_least(&self, text: &str, n: usize) -> bool {
        let pattern = if text.is_ascii() {
            &self.ascii
        } else {
            &self.regex
        };
        pattern.find_iter(text).take(n).count() >= n
    }

    /// Whether the first phrase opens the text or a sentence of it: what
    /// comes before it has no letter or digit, or ends a sentence ("Want
    /// more recipes? Subscribe ...").
    pub(crate) fn opens_sentence(&self, text: &str) -> bool {
        self.first(text).is_some_and(|m| {
            let before = text[..m.start()].trim_end();
            !before.chars().any(char::is_alphanumeric)
                || before.ends_with(['.', '?', '!', ':', '。', '？', '！', '：'])
        })
    }

    /// [`PhrasePattern::leads`], or `None` when the phrase is nowhere in
    /// the text.
    pub(crate) fn leads_if_held(&self, text: &str, chars: usize) -> Option<bool> {
        let m = self.first(text)?;
        Some(text[..m.start()].chars().count() <= chars)
    }
}

/// One pattern matching wherever any of `families` does, so that a text
/// none of them is in is scanned once rather than once per family.
fn any_phrase_hir(families: &[&PhrasePattern], bounds: PhraseBounds) -> Hir {
    let phrases: Vec<&str> = families
        .iter()
        .flat_map(|f| f.phrases.iter().copied())
        .collect();
    phrase_hir(&phrases, bounds)
}

/// Whether the text holds a phrase of a family that
/// `boilerplate::phrase_signal` tries; when not, none of them can fire.
pub(crate) fn may_hold_block_phrase(text: &str) -> bool {
    BLOCK_PHRASE.is_match(text)
}

/// The phrase families `boilerplate::phrase_signal` tries.
static BLOCK_PHRASE_FAMILIES: [&PhrasePattern; 6] = [
    &SUBSCRIBE_TEXT,
    &RELATED_TEXT,
    &AD_TEXT,
    &SHARE_TEXT,
    &CONSENT_TEXT,
    &AUTHOR_BIO_TEXT,
];

/// The families of [`may_hold_block_phrase`] as one pattern.
///
/// Only asked whether it matches, it is an [`AsciiBoundedRegex`]: a
/// family's match is one of its Unicode form, every match of which is
/// one of its ASCII form, and the two forms agree on ASCII text.
static BLOCK_PHRASE: AsciiBoundedRegex = AsciiBoundedRegex {
    ascii: Lazy::new(|| {
        large_phrase_matcher(&any_phrase_hir(&BLOCK_PHRASE_FAMILIES, PhraseBounds::Ascii))
    }),
    unicode: Lazy::new(|| {
        large_phrase_matcher(&any_phrase_hir(
            &BLOCK_PHRASE_FAMILIES,
            PhraseBounds::Unicode,
        ))
    }),
};

macro_rules! phrase_pattern {
    ($(#[$doc:meta])* $name:ident, $label:literal, [$($p:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) static $name: PhrasePattern = PhrasePattern {
            name: $label,
            phrases: &[$($p),*],
            ascii: Lazy::new(|| phrase_regex(&phrase_hir(&[$($p),*], PhraseBounds::Ascii))),
            regex: Lazy::new(|| phrase_regex(&phrase_hir(&[$($p),*], PhraseBounds::Unicode))),
        };
    };
}

phrase_pattern!(
    /// Calls to subscribe or sign up.
    SUBSCRIBE_TEXT,
    "subscribe",
    [
        "subscribe", "subscribe now", "subscribe to", "sign up", "signup", "sign-up",
        "newsletter", "newsletters", "get our newsletter", "join our mailing list",
        "delivered to your inbox", "in your inbox", "straight to your inbox",
        "newsletter abonnieren", "jetzt abonnieren", "abonnieren", "anmelden",
        "s'abonner", "abonnez-vous", "inscrivez-vous", "lettre d'information",
        "suscríbete", "suscribirse", "suscríbase", "boletín",
        "iscriviti", "abbonati", "registrati",
        "assine", "assinar", "inscreva-se", "cadastre-se",
        "aanmelden", "abonneer", "schrijf je in", "nieuwsbrief",
        "prenumerera", "nyhetsbrev", "nyhedsbrev", "abonner", "zapisz się", "subskrybuj",
        "zasubskrybuj", "přihlaste se k odběru", "odebírat", "abone ol", "abone olun",
        "e-bülten", "berlangganan", "đăng ký nhận tin", "nhận bản tin",
        "подписаться", "подпишитесь", "подписывайтесь", "рассылка", "рассылку", "підписатися",
        "підпишіться", "اشترك", "اشترك الآن", "النشرة البريدية", "النشرة الإخبارية",
        "عضویت در خبرنامه", "สมัครรับข่าวสาร", "εγγραφείτε", "سبسکرائب کریں", "abonează-te", "iratkozzon fel", "feliratkozás",
        "tilaa uutiskirje",
        "সাবস্ক্রাইব করুন",
        "خبرنامه", "ניוזלטר", "הירשמו", "订阅", "立即订阅", "邮件订阅", "ニュースレター",
        "メルマガ", "メールマガジン", "購読", "구독", "구독하기", "뉴스레터",
    ]
);

phrase_pattern!(
    /// Headings of lists of other articles.
    RELATED_TEXT,
    "related",
    [
        "related", "related articles", "related stories", "related posts", "related content",
        "related questions", "related topics", "related reading", "related links",
        "related videos", "related guides", "related pages", "related products",
        "related searches",
        "more articles", "more posts", "other articles", "recent posts", "recent articles",
        "latest articles", "latest posts", "autres articles", "otros artículos", "altri articoli",
        "read more", "read next", "more from", "more stories", "more news", "you may also like",
        "you might also like", "recommended", "recommended for you", "most popular",
        "most read", "trending", "also read", "read also", "don't miss", "most discussed", "most commented",
        "similar articles", "similar posts", "similar stories", "similar jobs", "similar listings",
        "similar items", "people also viewed", "customers also viewed", "ähnliche jobs",
        "ähnliche stellenangebote", "offres similaires", "empleos similares", "ofertas similares",
        "ähnliche artikel", "mehr zum thema", "weitere artikel", "lesen sie auch",
        "das könnte sie auch interessieren", "auch interessant", "meistgelesen",
        "meistdiskutiert", "meist diskutiert", "meist-diskutiert", "meistkommentiert",
        "czytaj także", "czytaj też", "czytaj również", "zobacz także", "zobacz też", "zobacz również",
        "przeczytaj także", "przeczytaj również", "polecamy", "najczęściej czytane",
        "articles similaires", "à lire aussi", "lire aussi", "sur le même sujet",
        "vous aimerez aussi", "les plus lus",
        "artículos relacionados", "noticias relacionadas", "te puede interesar", "lee también",
        "más noticias", "lo más leído",
        "articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
        "più letti",
        "artigos relacionados", "notícias relacionadas", "leia também", "veja também",
        "mais lidas",
        "gerelateerde artikelen", "lees ook", "meer nieuws", "meest gelezen",
        "lea también", "lea más", "le puede interesar", "también le puede interesar",
        "ver también", "vea también", "mira también", "leia mais", "saiba mais", "a lire aussi", "voir aussi", "lire plus",
        "siehe auch", "mehr dazu", "mehr aus", "mehr von", "mehr zum thema", "zum thema", "auch lesenswert",
        "czytaj także", "czytaj też", "czytaj również", "zobacz także", "zobacz też",
        "zobacz również", "przeczytaj także", "przeczytaj również",
        "читайте также", "смотрите также", "ayrıca okuyun", "ilginizi çekebilir",
        "相关阅读", "相关新闻", "推荐阅读", "延伸阅读", "関連記事", "あわせて読みたい",
        "اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "further reading",
        // The same words with the tanween written before the alif, as
        // many sites spell them, and the imperative "طالع".
        "اقرأ أيضًا", "طالع أيضا", "طالع أيضاً", "طالع أيضًا",
        // Traditional Chinese, and Urdu's and Hebrew's other forms.
        "延伸閱讀", "相關閱讀", "相關新聞", "相關文章", "相關報導", "推薦閱讀",
        "مزید پڑھیے", "یہ بھی پڑھیے", "עוד באתר", "עוד בנושא",
        "بیشتر بخوانید", "اخبار مرتبط", "مطالب مرتبط", "بخوانید", "קראו עוד", "קראו גם",
        "כתבות נוספות", "אולי יעניין אותך", "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง",
        "บทความที่เกี่ยวข้อง", "διαβάστε επίσης", "διαβάστε ακόμη", "σχετικά άρθρα",
        "σχετικές ειδήσεις", "δείτε επίσης", "bài liên quan", "có thể bạn quan tâm",
        "tin cùng chuyên mục", "مزید پڑھیں", "متعلقہ خبریں", "یہ بھی پڑھیں", "আরও পড়ুন",
        "সম্পর্কিত খবর", "আরও খবর", "citește și", "articole similare", "știri similare",
        "cele mai citite", "kapcsolódó cikkek", "ezt is ajánljuk", "olvassa el ezt is",
        "legolvasottabb", "lue myös", "aiheeseen liittyvää", "luetuimmat", "suosittelemme",
        "mohlo by vás zajímat", "nejčtenější", "soma pia", "habari zinazohusiana",
        "阅读全文", "查看全文", "展开全文", "相关文章", "相关报道", "相关推荐", "猜你喜欢",
        "热门推荐", "热门文章", "更多新闻", "続きを読む", "もっと見る", "おすすめ記事", "人気記事",
        "関連ニュース", "合わせて読みたい", "この記事を読んだ人におすすめ", "こちらもおすすめ",
        "あなたへのおすすめ", "あなたにおすすめ", "この記事を読んだ人はこんな記事も読んでいます",
        "アクセスランキング", "人気ランキング", "你可能还喜欢", "为你推荐", "为您推荐", "热门阅读",
        "함께 볼만한 뉴스", "관련기사", "관련 기사", "관련뉴스", "많이 본 뉴스",
        "더보기", "추천 기사", "인기 기사", "читать далее", "читать полностью", "подробнее",
        "по теме", "похожие новости", "похожие статьи", "другие новости", "самое читаемое",
        "читайте також", "читати далі", "اقرأ المزيد", "أخبار ذات صلة", "مقالات ذات صلة",
        "الأكثر قراءة", "قد يعجبك أيضا", "ilgili haberler", "benzer haberler", "diğer haberler",
        "devamını oku", "en çok okunanlar", "czytaj więcej", "czytaj dalej", "podobne artykuły",
        "zobacz również", "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si též",
        "související články", "ilgili haber", "bunu da okuyun", "ayrıca bakınız",
        // Turkish capitals: "İ" has no one-letter lower case, so the
        // case-blind match does not find "ilgili" in "İlgili" or "İLGİLİ".
        "İlgili haber", "İlgili haberler", "İLGİLİ HABER", "İLGİLİ HABERLER",
        "İlginizi çekebilir", "İLGİNİZİ ÇEKEBİLİR",
        // Thai writes no space between words: the whole label is listed.
        "อ่านข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "อ่านข่าวเพิ่มเติม", "baca juga", "berita terkait",
        "artikel terkait", "baca selengkapnya", "tin liên quan", "xem thêm", "đọc thêm",
        "bài viết liên quan", "यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें", "संबंधित लेख",
        "और पढ़ें", "läs också", "läs mer", "les også", "læs også",
        "mest lästa", "relaterade artiklar", "mest lest", "relaterte artikler", "læs mere",
        "mest læste", "relaterede artikler", "pročitajte i", "pročitajte još",
        "povezane vijesti", "povezani članci", "povezane vesti", "najčitanije",
        "прочитајте још", "повезане вести", "prečítajte si aj", "čítajte aj",
        "súvisiace články", "najčítanejšie", "preberite tudi", "sorodne novice",
        "najbolj brano", "прочетете още", "прочетете също", "още по темата",
        "свързани новини", "най-четени", "skaitykite taip pat", "taip pat skaitykite",
        "susiję straipsniai", "skaitomiausi", "lasi arī", "lasiet arī", "saistītie raksti",
        "lasītākie", "loe ka", "loe lisaks", "seotud artiklid", "loetuimad",
        "llegeix també", "notícies relacionades", "el més llegit", "basahin din",
        "kaugnay na balita", "berita berkaitan", "artikel berkaitan", "схожі новини",
        "найпопулярніше",
        // Not "see also": in reference works and documentation it heads a
        // section of the article (kindred topics), not other articles.
    ]
);

phrase_pattern!(
    /// Share bars.
    SHARE_TEXT,
    "share",
    [
        "share", "share this", "share this article", "share on", "tweet", "teilen",
        "partager", "compartir", "condividi", "compartilhe", "compartilhar", "partilhar",
        "delen",
        "dela", "udostępnij", "sdílet", "paylaş", "bagikan", "chia sẻ", "поделиться",
        "поділитися", "شارك", "شارك المقال", "مشاركة", "اشتراک گذاری", "اشتراک‌گذاری", "שתפו", "שיתוף",
        "แชร์", "κοινοποίηση", "μοιραστείτε", "شیئر کریں", "distribuie", "megosztás", "jaa artikkeli", "jaa juttu", "shiriki", "শেয়ার করুন", "শেয়ার করুন", "分享", "分享到", "分享至",
        "シェア", "シェアする", "この記事をシェアする", "ツイート", "공유", "공유하기", "शेयर करें",
    ]
);

phrase_pattern!(
    /// Advertising labels.
    AD_TEXT,
    "advertisement",
    [
        "advertisement", "advertising", "sponsored", "sponsored content", "promoted",
        "paid content", "partner content", "anzeige", "werbung", "gesponsert",
        "publicité", "sponsorisé", "publicidad", "patrocinado", "pubblicità",
        "sponsorizzato", "publicidade", "advertentie", "gesponsord",
        "annons", "annonse", "reklama", "reklam", "iklan", "quảng cáo", "реклама", "إعلان",
        "إعلانات", "تبلیغات", "اشتہار", "বিজ্ঞাপন", "publicitate", "hirdetés", "mainos", "פרסומת", "โฆษณา", "διαφήμιση", "广告", "推广", "広告", "スポンサーリンク", "광고",
    ]
);

phrase_pattern!(
    /// Cookie and consent notices.
    CONSENT_TEXT,
    "cookie consent",
    [
        "cookie", "cookies", "we use cookies", "this site uses cookies",
        // "consent" alone also heads a paper's ethics statement ("Ethics
        // approval and consent to participate") and a health page's.
        "your consent", "consent preferences", "consent settings", "accept all", "privacy settings", "cookie-einstellungen", "datenschutzeinstellungen",
        "alle akzeptieren", "tout accepter", "aceptar todo", "accetta tutti", "aceitar todos",
        "alles accepteren",
        // The titles consent dialogs open with: a site asking for consent,
        // or saying that it respects the reader's privacy.
        "we value your privacy", "we respect your privacy", "we care about your privacy",
        "your privacy is important to us", "your privacy choices", "manage consent",
        "bittet um ihre einwilligung", "ihre einwilligung", "wir respektieren ihre privatsphäre",
        "ihre privatsphäre ist uns wichtig", "demande votre consentement", "votre consentement",
        "nous respectons votre vie privée", "solicita tu consentimiento",
        "solicita su consentimiento", "valoramos tu privacidad", "respetamos tu privacidad",
        "chiede il tuo consenso", "rispettiamo la tua privacy", "solicita o seu consentimento",
        "solicita seu consentimento", "valorizamos a sua privacidade",
        "respeitamos a sua privacidade", "vraagt om uw toestemming", "vraagt je toestemming",
        "vraagt om je toestemming", "wij respecteren uw privacy", "wij respecteren je privacy",
        "ber om ditt samtycke", "vi värnar om din integritet", "prosi o zgodę",
        "szanujemy twoją prywatność", "meminta izin anda", "kami menghargai privasi anda",
        "gizliliğinize önem veriyoruz", "izninizi istiyor", "çerez", "çerezler",
        "мы ценим вашу конфиденциальность", "запрашивает ваше согласие",
        "ми цінуємо вашу конфіденційність", "запитує вашу згоду",
    ]
);

phrase_pattern!(
    /// Affiliate, advertising and opinion disclosures: the notice a blog,
    /// a review site or a newspaper puts above or below a post, not the
    /// post ("The views expressed are the author's own").
    DISCLOSURE_TEXT,
    "disclosure",
    [
        "affiliate disclosure", "advertising disclosure", "disclosure",
        "this post may contain affiliate links", "this post contains affiliate links",
        "this article contains affiliate links", "this page contains affiliate links",
        "this post may contain affiliate", "may contain affiliate links",
        "contains affiliate links", "as an amazon associate",
        "we may earn a commission", "we may receive a commission", "we earn a commission",
        "we may earn a small commission", "we may earn an affiliate commission",
        "we may earn affiliate commissions", "we may receive compensation",
        "we may be compensated", "when you buy through links", "when you buy through our links",
        "when you purchase through links", "if you buy something through",
        "if you click on links we provide", "we independently review",
        "we independently evaluate", "we independently research", "our editors independently",
        "dieser beitrag enthält werbung",
        "dieser artikel enthält werbung", "dieser beitrag enthält affiliate-links",
        "dieser artikel enthält affiliate-links", "enthält affiliate-links",
        "cet article contient des liens affiliés", "cet article contient des liens d'affiliation",
        "este artículo contiene enlaces de afiliados", "este post contiene enlaces de afiliados",
        "questo articolo contiene link di affiliazione",
        "the views expressed", "the opinions expressed", "views expressed in this",
        "dieser beitrag gibt die meinung", "dieser artikel gibt die meinung",
        "die meinung des autors", "les opinions exprimées", "las opiniones expresadas",
        "le opinioni espresse", "alle angaben ohne gewähr", "angaben ohne gewähr",
        "bei den verlinkungen handelt es sich um", "bei den links handelt es sich um",
        "bei den mit * gekennzeichneten links",
        "links mit sternchen sind", "dieser artikel kann links", "dieser beitrag kann links",
        "die folgenden angebote sind mit affiliate-links",
    ]
);

phrase_pattern!(
    /// A shop's controls and promises beside a product: buttons, stock,
    /// delivery and returns lines. Short blocks led by one of these are
    /// the shop, not the product's description.
    SHOP_TEXT,
    "shop control",
    [
        "add to cart", "add to bag", "add to basket", "add to wishlist", "add to wish list",
        "buy now", "buy it now", "notify me when", "free shipping", "free delivery",
        "free returns", "free 30-day returns", "free 90-day returns", "sold and shipped by",
        "price when purchased online", "in den warenkorb", "jetzt kaufen", "versandkostenfrei",
        "kostenloser versand", "ajouter au panier", "livraison gratuite", "añadir al carrito",
        "agregar al carrito", "comprar ahora", "envío gratis", "aggiungi al carrello",
        "spedizione gratuita", "adicionar ao carrinho", "frete grátis", "in winkelwagen",
        "gratis verzending",
    ]
);

phrase_pattern!(
    /// Author boxes.
    AUTHOR_BIO_TEXT,
    "author bio",
    [
        "about the author", "über den autor", "über die autorin", "à propos de l'auteur",
        "sobre el autor", "sobre la autora", "sull'autore", "sobre o autor", "over de auteur",
        "o autorze", "yazar hakkında", "tentang penulis", "об авторе", "عن الكاتب", "关于作者",
        "作者简介", "著者について", "著者プロフィール",
    ]
);

phrase_pattern!(
    /// What closes an article without belonging to it: calls to comment,
    /// follow, share, rate or read on; contact, legal and tag lines.
    TAIL_TEXT,
    "article tail",
    [
        "comment", "comments", "leave a comment", "leave a reply", "post a comment",
        "add a comment", "join the discussion", "join the conversation",
        "kommentar", "kommentare", "schreibe einen kommentar", "kommentar schreiben",
        "kommentieren sie", "diskutieren sie mit", "commentaires", "laisser un commentaire",
        "réagir", "comentarios", "deja un comentario", "deja tu comentario", "commenti",
        "lascia un commento", "comentários", "deixe um comentário", "reacties",
        "laat een reactie achter", "reageer",
        "follow us", "follow him", "follow her", "follow me", "follow them", "folgen sie uns",
        "folge uns", "suivez-nous", "síguenos", "seguici", "siga-nos", "volg ons",
        "have a tip", "got a tip", "news tip", "contact us", "email us", "write to us",
        "kontakt", "impressum", "datenschutz", "datenschutzerklärung", "privacy policy",
        "terms of use", "terms of service", "all rights reserved", "copyright",
        "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "tutti i diritti riservati", "riproduzione riservata", "todos os direitos reservados",
        "alle rechten voorbehouden",
        "wszelkie prawa zastrzeżone", "materiał chroniony prawem", "drukuj", "komentarze",
        "was this article helpful", "was this helpful", "did you find this",
        "rate this recipe", "rate this article", "rate this post", "rate this story",
        "tried this recipe?", "made this recipe?", "did you make this recipe",
        "did you try this recipe", "rezept ausprobiert?", "vous avez testé cette recette",
        "hai provato questa ricetta", "¿hiciste esta receta?", "¿probaste esta receta?",
        "rate this page", "how would you rate", "rezept bewerten", "artikel bewerten",
        "beitrag bewerten", "noter cette recette", "valora esta receta", "vota questa ricetta",
        "avalie esta receita",
        "was this page helpful", "was this page useful", "is this page helpful",
        "did this page help", "was this information helpful", "was this content helpful",
        "did this article help", "did this summary help", "did this guide help", "did this help",
        "did you like this recipe", "did you like this article", "did you enjoy this",
        "war diese seite hilfreich", "cette page vous a-t-elle été utile",
        "cet article vous a-t-il été utile", "te ha resultado útil", "te resultó útil",
        "le resultó útil", "questa pagina ti è stata utile", "esta página foi útil",
        "was deze pagina nuttig",
        "war der artikel", "war dieser artikel", "hat ihnen der artikel",
        "artikel teilen", "beitrag teilen", "share this", "share this article", "share this post",
        "print", "drucken", "imprimer", "imprimir", "stampa",
        "click here", "read more", "continue reading", "weiterlesen", "mehr lesen",
        "lire la suite", "leer más", "leggi di più", "leia mais", "lees meer",
        "tags", "filed under", "posted in", "categories", "schlagwörter", "themen",
        "kategorie", "kategorien", "étiquettes", "etiquetas",
        "subscribe", "newsletter", "sign up", "join", "membership", "members get",
        "become a member", "werde mitglied", "werden sie mitglied", "devenez membre",
        "hazte miembro", "hazte socio", "diventa socio", "torne-se membro", "word lid",
        "download our app", "get the app", "listen to the podcast", "podcast",
        "this entry was posted", "dieser eintrag wurde veröffentlicht",
        "dieser beitrag wurde veröffentlicht", "cette entrée a été publiée",
        "esta entrada fue publicada", "you are not logged in", "you must be logged in",
        "you must log in", "log in or register", "login or register", "log in to reply",
        "sign in to reply", "register to reply", "sign in to comment", "log in to comment",
        "sie sind nicht eingeloggt", "sie sind aktuell nicht eingeloggt",
        "du musst eingeloggt sein", "du musst angemeldet sein", "sie müssen angemeldet sein",
        "already have an account", "already a member", "create an account", "create a free account",
        "sign in to comment", "log in to comment", "login to comment", "sign in to reply",
        "log in to reply", "register to reply", "you need to be a member", "you must be a member",
        "haben sie bereits ein konto", "bereits registriert", "vous avez déjà un compte",
        "ya tienes una cuenta", "ya tiene una cuenta", "hai già un account", "já tem uma conta",
        "tell us what you think", "let us know what you think", "let us know in the comments",
        "tell us in the comments", "have your say", "sound off in the comments",
        "join the debate", "donnez votre avis", "déjanos tu opinión", "deja tu opinión",
        "dì la tua",
        "sagen sie uns ihre meinung", "dites-nous ce que vous en pensez", "dinos qué piensas",
        "dinos lo que piensas", "facci sapere cosa ne pensi",
        "thanks for reading", "thank you for reading", "if you enjoyed this",
        "enjoyed this article", "enjoyed this post", "enjoy the post", "pin it for later",
        "support us", "support our work", "donate", "become a patron", "danke fürs lesen",
        "unterstützen sie uns", "merci de votre lecture", "gracias por leer",
        "lesen sie mehr", "stichworte", "stichwörter", "hinterlasse einen kommentar",
        "hinterlassen sie einen kommentar", "skomentuj", "udostępnij",
        // Paywall notices where the text stops.
        "this article is for subscribers", "this content is for subscribers",
        "subscribe to continue reading", "subscribe to keep reading",
        "sign in to continue reading", "log in to continue reading", "to continue reading",
        "dieser artikel ist nur für abonnenten", "jetzt weiterlesen", "um weiterzulesen",
        "lesen sie jetzt weiter", "il vous reste", "la suite est réservée aux abonnés",
        "cet article est réservé aux abonnés", "article réservé aux abonnés", "pour lire la suite",
        "este contenido es exclusivo para suscriptores", "contenido exclusivo para suscriptores",
        "suscríbete para seguir leyendo", "para seguir leyendo", "per continuare a leggere",
        "contenuto riservato agli abbonati", "articolo riservato agli abbonati",
        "conteúdo exclusivo para assinantes", "para continuar lendo",
        "продолжение доступно только подписчикам", "материал доступен только подписчикам",
        "доступно только подписчикам", "чтобы продолжить чтение",
        "bu içerik abonelere özeldir", "abonelere özel", "okumaya devam etmek için",
        "artykuł dostępny tylko dla prenumeratorów", "artykuł dostępny tylko dla subskrybentów",
        "aby przeczytać cały artykuł", "aby czytać dalej",
        "هذا المحتوى متاح للمشتركين فقط", "للمشتركين فقط", "لمواصلة القراءة",
        // Calls to react to or support the article.
        "réagissez", "réagissez à cet article", "vous avez aimé cet article",
        "soutenez notre journalisme", "soutenez-nous", "support our journalism",
        "support independent journalism", "unterstützen sie unseren journalismus",
        "apoya nuestro periodismo", "ver comentarios", "más información",
        "sie haben einen fehler entdeckt", "haben sie einen fehler entdeckt", "fehler entdeckt",
        "fehler gefunden", "spotted a mistake", "spotted an error", "found an error",
        "found a mistake", "see a mistake", "report an error", "report a correction",
        "vous avez repéré une erreur", "une erreur à signaler", "has encontrado un error",
        "¿has visto un error", "hai trovato un errore", "zur startseite", "zurück zur startseite",
        "back to home", "back to homepage", "retour à l'accueil", "volver al inicio",
        "torna alla home",
        "unless otherwise noted", "unless otherwise stated", "unless otherwise indicated",
        "except where otherwise noted", "sofern nicht anders angegeben",
        "sofern nicht anders ausgewiesen", "sofern nicht anders vermerkt", "sauf mention contraire",
        "salvo que se indique lo contrario", "salvo indicación contraria",
        "salvo diversa indicazione", "salvo indicação em contrário", "tenzij anders vermeld",
        "komentarz", "yorumlar", "yorum yap", "yorum yazın", "etiketler",
        "tüm hakları saklıdır", "yazdır", "bizi takip edin", "komentar", "hak cipta",
        "ikuti kami", "bình luận", "bản quyền", "kommentarer", "alla rättigheter förbehållna",
        "комментарии", "комментарий", "оставить комментарий", "теги", "метки",
        "все права защищены", "версия для печати", "коментарі", "всі права захищені",
        "التعليقات", "تعليقات", "أضف تعليق", "أضف تعليقاً", "جميع الحقوق محفوظة", "الوسوم",
        "الكلمات المفتاحية", "طباعة", "تابعونا", "نظرات", "ارسال نظر", "نظر خود را بنویسید",
        "برچسب‌ها", "برچسب ها", "تمامی حقوق", "کلیه حقوق", "תגובות", "הוסיפו תגובה", "תגיות",
        "כל הזכויות שמורות", "ความคิดเห็น", "แสดงความคิดเห็น", "แท็ก", "สงวนลิขสิทธิ์",
        "σχόλια", "σχολιάστε", "ετικέτες", "gửi bình luận", "ý kiến bạn đọc", "تبصرے",
        "اپنا تبصرہ", "ٹیگز", "جملہ حقوق محفوظ ہیں", "মন্তব্য", "আপনার মন্তব্য", "ট্যাগ",
        "সর্বস্বত্ব সংরক্ষিত", "comentarii", "lasă un comentariu", "etichete",
        "toate drepturile rezervate", "hozzászólások", "szóljon hozzá", "címkék", "minden jog fenntartva",
        "kommentit", "kommentoi", "avainsanat", "kaikki oikeudet pidätetään", "komentáře",
        "diskuse", "štítky", "všechna práva vyhrazena", "maoni",
        "责任编辑", "编辑", "责编", "审核", "校对", "排版", "监制", "评论", "发表评论", "网友评论",
        "版权所有", "版权声明", "免责声明", "本文来源", "标签", "打印", "长按识别二维码", "长按二维码", "扫描二维码", "扫码关注",
        "关注我们", "返回顶部", "コメント", "コメントする", "タグ", "印刷", "無断転載を禁じます",
        "無断転載禁止", "フォローする", "댓글", "태그", "인쇄", "무단전재 및 재배포 금지",
        "무단 전재 및 재배포 금지", "저작권자", "सर्वाधिकार सुरक्षित", "टैग", "टिप्पणी करें",
    ]
);

phrase_pattern!(
    /// Headings of the sections that close an article without belonging
    /// to it: the author's box, reading tips, more from the column, the
    /// press office's contact.
    TAIL_HEADING,
    "closing section",
    [
        "about the author", "about the authors", "about the writer", "the author",
        "the authors", "zur person", "über den autor", "über die autorin", "über die autoren",
        "der autor", "die autorin", "die autoren", "fragen an den autor", "à propos de l'auteur",
        "l'auteur", "sobre el autor", "sobre la autora", "el autor", "la autora", "sull'autore",
        "l'autore", "sobre o autor", "o autor", "over de auteur", "de auteur",
        "further reading", "more on this", "more on this story", "more from this author",
        "more from this column", "lesetipp", "lesetipps", "weiterführende links",
        "weitere beiträge", "weitere beiträge aus der kolumne", "mehr zum thema",
        "zum weiterlesen",
        "mehr aus der sendung", "à lire également", "pour aller plus loin", "para saber más",
        "per saperne di più", "leia também", "lees ook", "previous article", "next article",
        "previous post", "next post", "older post", "newer post", "vorheriger artikel",
        "nächster artikel", "vorheriger beitrag", "nächster beitrag", "article précédent",
        "article suivant", "artículo anterior", "artículo siguiente", "articolo precedente",
        "articolo successivo", "contact", "contacts", "press contact", "media contact",
        "kontakt", "pressekontakt", "ansprechpartner", "ansprechpartnerin", "contacto",
        "contatto", "contatti",
    ]
);

phrase_pattern!(
    /// What a server or a gatekeeper says in place of the page asked for:
    /// "not found" pages, bot checks, access refusals, parked domains,
    /// maintenance notices, age gates, login walls, browser refusals and
    /// redirect stubs. Only the words
    /// such a notice is made of: "not found" or "access denied" alone also
    /// stand in a news brief, and an HTTP status phrase only with its code.
    ERROR_NOTICE_TEXT,
    "error page",
    [
        "page not found", "404 not found", "error 404", "404 error", "404 page",
        "the page you are looking for", "the page you were looking for",
        "the page you're looking for", "the page you requested could not be found",
        "this page does not exist", "this page doesn't exist", "page cannot be found",
        "page could not be found", "page can't be found", "page no longer exists",
        "checking your browser", "checking your browser before accessing",
        "checking if the site connection is secure",
        "needs to review the security of your connection before proceeding",
        "verify you are human", "verifying you are human", "verify that you are human",
        "are you a robot", "please complete the security check",
        "enable javascript and cookies to continue", "you have been blocked",
        "sorry, you have been blocked", "access to this page has been denied",
        "you don't have permission to access", "you do not have permission to access",
        "403 forbidden", "429 too many requests", "500 internal server error",
        "502 bad gateway", "503 service unavailable", "504 gateway timeout",
        "seite nicht gefunden", "die seite wurde nicht gefunden", "diese seite existiert nicht",
        "die angeforderte seite", "die gesuchte seite", "fehler 404",
        "page introuvable", "page non trouvée", "erreur 404", "cette page n'existe pas",
        "la page que vous recherchez", "la page demandée est introuvable",
        "página no encontrada", "la página que buscas", "la página que está buscando",
        "esta página no existe", "pagina non trovata", "errore 404",
        "la pagina che stai cercando", "questa pagina non esiste",
        "página não encontrada", "erro 404", "a página que você está procurando",
        "esta página não existe", "pagina niet gevonden", "deze pagina bestaat niet",
        "sidan kunde inte hittas", "siden blev ikke fundet", "siden finnes ikke",
        "nie znaleziono strony", "strona nie została znaleziona", "stránka nenalezena",
        "sayfa bulunamadı", "halaman tidak ditemukan", "страница не найдена",
        "сторінку не знайдено", "الصفحة غير موجودة", "ページが見つかりません",
        "お探しのページは見つかりませんでした", "页面不存在", "找不到页面", "页面未找到",
        "網頁不存在", "페이지를 찾을 수 없습니다",
        // A parked domain, a site closed for maintenance, an age gate.
        "this domain is for sale", "this domain may be for sale", "buy this domain",
        "this domain name is for sale", "the domain name is for sale", "this domain is parked",
        "diese domain steht zum verkauf", "diese domain kann erworben werden",
        "ce nom de domaine est à vendre", "este dominio está a la venta",
        "questo dominio è in vendita", "site is under maintenance",
        "website is under maintenance", "site is down for maintenance",
        "currently undergoing scheduled maintenance",
        "we are currently performing scheduled maintenance", "site en maintenance",
        "sitio en mantenimiento", "you must be 18 or older to enter",
        "you must be 21 or older to enter", "are you of legal drinking age",
        "are you 18 or older", "are you 21 or older", "are you over 18",
        // A login wall in place of the page (a paywall's "sign in to
        // continue reading" under a lede is not one), an unsupported browser.
        "you must be logged in to view this page", "you must be logged in to view this content",
        "you must log in to view this page", "please log in to view this page",
        "you need to be logged in to view this page", "your browser is not supported",
        "this browser is no longer supported", "your browser is out of date",
        "ihr browser wird nicht unterstützt", "votre navigateur n'est pas pris en charge",
        "tu navegador no es compatible",
        // A redirect's stub, and a web server's own error pages.
        "click here if you are not redirected", "if you are not redirected automatically",
        "if you are not automatically redirected", "you are being redirected",
        "sie werden weitergeleitet", "vous allez être redirigé", "serás redirigido",
        "verrai reindirizzato", "the document has moved", "301 moved permanently",
        "302 found", "object moved", "the requested url was not found on this server",
        "the resource you are looking for has been removed",
        // The notices of blog themes' not-found and empty result pages.
        "it looks like nothing was found at this location",
        "it seems we can't find what you're looking for",
        "it seems we can’t find what you’re looking for", "sorry, no posts matched your criteria",
        // Typographic apostrophes, as themes print them.
        "the page you’re looking for", "this page doesn’t exist", "page can’t be found",
        "you don’t have permission to access", "cette page n’existe pas",
        "your search did not match any documents", "no results found for",
        "es wurden keine ergebnisse gefunden", "aucun résultat trouvé pour",
        "no se encontraron resultados para",
    ]
);

/// The heading of an author card under a post: "Written by Sam Ortiz",
/// "Geschrieben von Anna Weber", over the author's bio and follower count.
/// (A heading "By the numbers" is no credit: the verb is required.)
pub(crate) static AUTHOR_CARD_HEADING: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^(?:written\s+by|geschrieben\s+von|verfasst\s+von|écrit\s+par|escrito\s+por|escrita\s+por|scritto\s+da|geschreven\s+door)\s+\S+(?:\s+\S+){0,4}$",
    )
});

/// A platform a publisher sends its readers to: "Follow us on Twitter",
/// "Download our app for iOS and Android", "Join our Telegram channel".
/// The big platforms' names may carry a case ending ("na Instagramu",
/// "a Facebookon").
pub(crate) static PROMO_CHANNEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)\b(?:(?:twitter|instagram|facebook|whatsapp|telegram|youtube|tiktok|linkedin)[a-zà-ž]{0,4}|threads|bluesky|mastodon|google\s+(?:news|haberler|nachrichten|noticias|notícias|actualités|notizie|nieuws)|wiadomościach\s+google|app\s+store|google\s+play|ios|android|apps?|podcasts?|newsletters?|rss)\b",
    )
});

/// A line opening with a call to follow or join, naming a social or
/// messaging platform: "Join The Daily's WhatsApp channel", "Follow us on
/// Telegram", "Participe do canal no WhatsApp", "Síguenos en Instagram",
/// "Sledujte iDeník.cz na Instagramu" (a site's name may hold a dot; a
/// platform's name a case ending).
/// Only these verbs: "Watch", "Get" and "Download" open
/// sentences of articles too ("Get Out is streaming on YouTube").
pub(crate) static CHANNEL_CALL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^[^0-9A-Za-z_]{0,3}(?:follow|join|subscribe\s+to|participe|siga|s[ií]gue(?:nos)?|[úu]nete|suivez|rejoignez|folgen|folge|seguici|segui|volg|f[öo]lj|ikuti|gabung|bergabung|simak|obserwuj|do[lł][aą]cz|sledujte|urm[aă]re[sș]te|theo\s+d[õo]i)\b(?:[^.!?]|\.\S){0,80}\b(?:(?:whatsapp|telegram|twitter|instagram|facebook|youtube|tiktok|linkedin)[a-zà-ž]{0,4}|threads|google\s+news|bluesky|mastodon)\b",
    )
});

/// A call to follow the publisher where the verb closes the sentence or
/// stands apart from the platform's name, as Hindi, Japanese, Korean,
/// Turkish, Chinese, Russian, Arabic, Greek, Hungarian and Thai write it
/// ("हमें फेसबुक पर फॉलो
/// करें", "公式Xをフォロー", "关注我们的微信公众号", "Подписывайтесь на
/// наш Телеграм"). Only with a platform named in the line (see
/// [`NATIVE_PLATFORM`] and [`PROMO_CHANNEL`]): "关注" alone is "attention".
pub(crate) static NATIVE_FOLLOW: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)फ़?ॉलो\s+करें|फ़?ॉलो\s+कीजिए|से\s+जुड़ें|सब्सक्राइब\s+करें|フォロー|팔로우|구독|takip\s+edin|takip\s+et|abone\s+ol(?:un)?|关注|關注|подписывайтесь|подпишитесь|підписуйтесь|підпишіться|تابعونا|تابعنا|تابعوا|اشترك|سبسکرائب|فالو\s+کریں|دنبال\s+کنید|عضو\s+شوید|הצטרפו|עקבו|ακολουθήστε|ακολούθησε|kövess(?:e|en|ék|etek|\s)|ติดตาม",
    )
});

/// Platforms named in their own script, for [`NATIVE_FOLLOW`].
pub(crate) static NATIVE_PLATFORM: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)फेसबुक|फ़ेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|व्हाट्सऐप|微信|微博|公众号|公眾號|抖音|公式X|公式アカウント|(?-i:\bLINE\b)|카카오톡|유튜브|ВКонтакте|Телеграм|Дзен|فيسبوك|تويتر|يوتيوب|إنستغرام|انستغرام|إنستجرام|تيليجرام|تليجرام|واتساب|واتس\s?اب|تيك\s?توك|تلگرام|اینستاگرام|टेलीग्राम|व्हाट्सएप|טלגרם|וואטסאפ|واٹس\s?ایپ|فیس\s?بک|ٹوئٹر|یوٹیوب|انسٹاگرام",
    )
});

/// A paid subscription offered at a price: "subscriptions service ... for
/// as little as Rs 599", "Premium, starting at $4.99".
pub(crate) static PAID_SUBSCRIPTION: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?is)(?-u:\b)(?:subscri|abonn|suscri|membership|mitgliedschaft|premium|support\s+us|contribut)\w*.{0,300}(?:(?:for|from)\s+(?:as\s+little\s+as|only|just)|starting\s+(?:at|from)|ab\s+nur|à\s+partir\s+de|desde)\s+(?:rs\.?\s?|inr\s?|usd\s?|eur\s?|[£$€₹]\s?)?\d",
    )
});

/// A reader-funded publisher's appeal, priced or not: "we have a small
/// favour to ask", "Will you support us with a regular contribution?",
/// "make a one-off contribution", "become a supporter today".
pub(crate) static SUPPORT_APPEAL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)(?:small\s+favou?r\s+to\s+ask|support\s+us\s+with\s+a\s+(?:regular\s+|one-off\s+|monthly\s+|small\s+)?(?:contribution|donation)|(?:make|give)\s+a\s+(?:regular|one-off|monthly|single)\s+(?:contribution|donation)|become\s+a\s+(?:supporter|member)\s+(?:today|now))(?-u:\b)",
    )
});

/// A program's declaration, as an API reference shows one under the
/// entry's name: access and storage modifiers or a declaring keyword
/// first ("public static int max(int a, int b)", "pub fn run(&self)",
/// "def load(path)", "async function fetch(url)"), case and all.
pub(crate) static DECLARATION: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"^\s*(?:@[A-Za-z]+(?:\([^)\n]*\))?\s+)*",
        r"(?:public|protected|private|internal|static|final|abstract|sealed|synchronized|native|default|",
        r"pub|fn|def|func|function|async|class|interface|enum|struct|trait|impl|type|const|let|var|val|export|extern|virtual|override|inline)",
        r"\s[^\n]*$",
    ))
});

/// A sponsor's label alone on its line, the sponsor named by the logo
/// beside it: "In partnership with", "Presented by", "Brought to you by",
/// "In Zusammenarbeit mit", "En partenariat avec". With a name after it
/// ("Presented by the city council") it is a sentence of the text.
pub(crate) static SPONSOR_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:in\s+partnership\s+with|presented\s+by|brought\s+to\s+you\s+by|",
        r"sponsored\s+by|powered\s+by|together\s+with|in\s+(?:zusammenarbeit|kooperation)\s+mit|",
        r"präsentiert\s+von|en\s+partenariat\s+avec|présenté\s+par|en\s+colaboración\s+con|",
        r"patrocinado\s+por|in\s+collaborazione\s+con|em\s+parceria\s+com|in\s+samenwerking\s+met)",
        ascii_non_word!(),
        r"{0,2}$",
    ))
});

/// A paywall badge alone on its line: "Member-only story", "Subscribers
/// only", "Premium content", "Nur für Abonnenten", "Réservé aux abonnés".
/// Not "Premium" alone: a pricing page names a plan so.
pub(crate) static PAYWALL_BADGE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^[^0-9A-Za-z_]{0,2}(?:members?[\s-]+only(?:\s+(?:story|article|content|post))?|",
        r"(?:for\s+)?(?:paid\s+)?subscribers?[\s-]+(?:only|exclusive)|(?:subscriber|premium|exclusive)\s+(?:content|story|article)|",
        r"exclusive\s+(?:for|to)\s+(?:subscribers|members)|",
        r"(?:nur\s+|exklusiv\s+)?für\s+abonnenten|abo(?:nnenten)?[\s-]+(?:artikel|inhalt)|",
        r"(?:article\s+)?réservé\s+aux\s+abonnés|article\s+abonné|exclusivo\s+para\s+(?:suscriptores|assinantes|socios)|",
        r"(?:contenuto\s+)?riservato\s+agli\s+abbonati|alleen\s+voor\s+abonnees)[^0-9A-Za-z_]{0,2}$",
    ))
});

/// A widget's error message left in the saved page, alone on its line:
/// "Sorry!", "There was a problem. Please try again.", "Something went
/// wrong".
pub(crate) static UI_ERROR: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:sorry|oops|whoops|(?:something\s+went\s+wrong|there\s+was\s+(?:a|an)\s+(?:problem|error)|an\s+error\s+(?:has\s+)?occurred|es\s+ist\s+ein\s+fehler\s+aufgetreten|etwas\s+ist\s+schiefgelaufen|une\s+erreur\s+(?:s'est\s+produite|est\s+survenue)|se\s+ha\s+producido\s+un\s+error|algo\s+salió\s+mal|(?:failed|unable)\s+to\s+load(?:\s+(?-i:[^\s.!?])+){0,6}[.!]?)(?:[.!,]?\s*(?:please\s+)?try\s+again(?:\s+later)?|[.!]?\s*(?:bitte\s+)?versuchen\s+sie\s+es\s+(?:später\s+)?(?:noch\s+einmal|erneut))?)\s*[.!]*\s*$"
    ))
});

/// "More" in the languages of [`RELATED_TEXT`], as a pattern's
/// alternatives.
macro_rules! more_words {
    () => {
        r"more|mehr|plus|más|altro|mais|meer"
    };
}

/// "See also:" or "More:" leading a line: a pointer to other articles
/// (not a section titled "See also", which has no colon).
pub(crate) static SEE_ALSO_LEAD: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:see\s+also|siehe\s+auch|voir\s+aussi|ver\s+también|vedi\s+anche|veja\s+também|zie\s+ook|",
        more_words!(),
        r")\s*[:：]"
    ))
});

/// "More:" alone, in the languages of [`RELATED_TEXT`].
pub(crate) static MORE_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,2}(?:",
        more_words!(),
        r")\s*[:：]\s*$"
    ))
});

/// A print subscription offer: "12 issues for £11.99", "delivered
/// through your letterbox every month".
pub(crate) static PRINT_OFFER: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)\d+\s+(?:issues|ausgaben|hefte|numéros|números|numeri)\s+(?:for|für|pour|por|per)\s+(?:only\s+|just\s+|nur\s+|seulement\s+|solo\s+)?[£$€]?\s?\d|delivered\s+(?:through|to)\s+your\s+(?:letterbox|door|doorstep)",
    )
});

/// A time of day closing a line, with its clock and zone marks, in the
/// languages of the phrase families: "20:13", "às 20:13", "3:40 a.m.",
/// "08:27 Uhr", "18.54 GMT", "12h30".
pub(crate) static TIME_OF_DAY_AT_END: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?\s?m\.?|uhr|hrs?|hs|h))?(?:\s*\(?[a-z]{2,5}\)?)?\s*$",
    )
});

/// A block that is only a content-management shortcode the site failed to
/// render: "[button link=...]Send us your review[/button]".
pub(crate) static SHORTCODE: Lazy<MatchRegex> =
    Lazy::new(|| matcher(r"(?s)^\s*\[[a-z][\w-]*(?:\s[^\]]*)?\].*\[/[a-z][\w-]*\]\s*$"));

/// An app offered in both stores: "for iOS and Android", "on the App
/// Store and Google Play".
pub(crate) static APP_STORES: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)(?:ios|iphone|app\s+store)(?-u:\b).{0,30}(?-u:\b)(?:android|google\s+play)(?-u:\b)|(?-u:\b)(?:android|google\s+play)(?-u:\b).{0,30}(?-u:\b)(?:ios|iphone|app\s+store)(?-u:\b)",
    )
});

/// The call to action of a promo line, in the languages of
/// [`SUBSCRIBE_TEXT`].
pub(crate) static CALL_TO_ACTION: Lazy<Regex> = Lazy::new(|| {
    regex(
        r"(?i)\b(?:follow|join|download|get|subscribe|sign\s+up|send\s+us|email\s+us|like\s+us|find\s+us|watch|listen|síguenos|sigue|siga|únete|descarga|suscríbete|mira|folgen?|abonniere|lade|hören|suivez|rejoignez|téléchargez|abonnez|segui|seguici|iscriviti|scarica|baixe|inscreva|volg|simak|ikuti|gabung|bergabung|unduh|följ|ladda|obserwuj|dołącz|pobierz|sledujte|theo\s+dõi|tải)\b",
    )
});

/// The publisher speaking of itself: "our app", "follow us", "nuestro
/// canal", "tenemos".
pub(crate) static PUBLISHER_VOICE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)\b(?:we|our|us|nuestro|nuestra|nuestros|nuestras|tenemos|síguenos|unser|unsere|unseren|uns|notre|nos|nostro|nostra|seguici|nosso|nossa|ons|onze|kami|oss|vår|våra|vårt|nasz|nasza|naszego|naszym|chúng\s+tôi)\b",
    )
});

/// Words a call to subscribe speaks with: it addresses the reader ("you",
/// "Sie", "vous"), speaks for the publisher ("our") or urges ("now",
/// "free", "below", "in your inbox"). A report that mentions signing up
/// ("Residents can sign up for the consultation") has none of them.
pub(crate) static READER_ADDRESS: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)\b(?:you|your|yours|we|our|us|now|today|here|below|free|inbox",
        r"|sie|ihr|ihre|ihren|jetzt|hier|unten|unser|unsere|unseren|kostenlos|gratis",
        r"|vous|votre|vos|notre|nos|gratuit|gratuite|ici|maintenant",
        r"|tu|tus|te|usted|nuestro|nuestra|aquí|ahora",
        r"|tuo|tua|nostro|nostra|qui|subito",
        r"|você|seu|sua|nosso|nossa|aqui|agora|grátis",
        r"|je|jouw|uw|ons|onze|nu)\b",
    ))
});

/// An author's bio line: "Jane Doe is a reporter at ...".
pub(crate) static AUTHOR_BIO_LINE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"^",
        ascii_non_word!(),
        r"{0,3}\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|del|di|le|la)){0,3}\s+(?i:is|was|ist|war|est|es|è|é|is\s+currently)\s+(?i:(?:a|an|the|ein|eine|freie[rs]?|un|une|uno|una|um|uma|een|senior|staff|our)?\b.{0,80}?\b(?:writer|reporter|editor|journalist|author|correspondent|contributor|columnist|freelancer?|producer|analyst|expert|blogger|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?|giornalista|jornalista|redator(?:a)?|verslaggever|redacteur))"
    ))
});

/// The opening of a press release's boilerplate about the company that
/// issued it: "Acme is a leading provider of ...". Group 1 is the company's
/// name after its first letter, which may be at most
/// [`COMPANY_NAME_MAX_CHARS`] long (see [`company_lead`]).
static COMPANY_LEAD: Lazy<Regex> = Lazy::new(|| {
    regex(
        r"(?i)^\W{0,3}\p{Lu}([\p{L}\d&.,'’ -]*?)\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:provider|company|manufacturer|supplier|developer|leader|firm|maker|producer|operator|distributor|specialist)s?\s+(?:of|in|for|focused|that|which|with|based|headquartered)(?-u:\b)",
    )
});

/// A company fact of the same boilerplate: "... is headquartered in Baar
/// and employs around 1,300 people", "... shares are listed on the SIX
/// Swiss Exchange", "(NASDAQ: ACME)".
static COMPANY_FACT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)(?-u:\b)is\s+headquartered\s+in(?-u:\b)|(?-u:\b)employs\s+(?:around|about|over|more\s+than|approximately|some\s+)?\s*\d[\d,.]*\s+(?:people|employees|staff)|(?-u:\b)(?:shares|stock)\s+(?:are|is)\s+(?:listed|traded)\s+on(?-u:\b)|\((?:NYSE|NASDAQ|LSE|TSX|ASX|SIX)\s*:",
    )
});

/// A press release's boilerplate about the company that issued it (see
/// [`COMPANY_LEAD`] and [`COMPANY_FACT`]). The opening is looked for in
/// the first characters only: it is a sentence's subject and verb.
pub(crate) fn is_company_boilerplate(text: &str) -> bool {
    const LEAD_CHARS: usize = 240;
    let lead = match text.char_indices().nth(LEAD_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    (lead.contains(" is ") && company_lead(lead)) || COMPANY_FACT.is_match(text)
}

/// The most characters of a company's name after its first letter in
/// [`COMPANY_LEAD`].
const COMPANY_NAME_MAX_CHARS: usize = 60;

/// Whether [`COMPANY_LEAD`] matches with a name of at most
/// [`COMPANY_NAME_MAX_CHARS`]. The bound is checked on the captured name
/// rather than written `{0,60}?` in the pattern, whose sixty copies of a
/// Unicode letter class made it cost 27 ms and 3.5 MB to build. Both say
/// the same: the name is matched lazily, so the match found has the
/// shortest name of all matches (the start is anchored and the non-word
/// run before the first letter can end in one place only), and some match
/// has a name short enough exactly when that one does.
fn company_lead(lead: &str) -> bool {
    COMPANY_LEAD
        .group(lead, 1)
        .is_some_and(|name| name.as_str().chars().count() <= COMPANY_NAME_MAX_CHARS)
}

/// The activity labels that only a poster has (a company has a
/// "Registered" date too): the posts written, the date joined. A macro,
/// so that [`PROFILE_ACTIVITY_LABELS`] and [`POSTING_TERM`] are built
/// from the one list with `concat!`.
macro_rules! posting_labels {
    () => {
        "posts|threads|topics|joined|join date|messages|reputation|reaction score|beiträge|themen|dabei seit|mensajes|messaggi|berichten"
    };
}

/// The labels of a forum poster's activity facts, each followed by a colon
/// ("Posts: 96", "Joined: Feb 2011", "Beiträge: 1626").
const PROFILE_ACTIVITY_LABELS: &str = concat!(
    posting_labels!(),
    "|registered|member since|registriert|mitglied seit|inscrit|inscription|registrado|miembro desde|iscritto|lid sinds"
);

/// One of a poster's activity facts, anywhere in a text.
pub(crate) static PROFILE_ACTIVITY: Lazy<Regex> = Lazy::new(|| {
    regex(&format!(
        r"(?i)(?:^|\s)(?:{PROFILE_ACTIVITY_LABELS})\s?:\s*\S"
    ))
});

/// A description term that is one of a poster's own facts
/// (`posting_labels!`), with or without its colon.
pub(crate) static POSTING_TERM: Lazy<MatchRegex> =
    Lazy::new(|| matcher(concat!(r"(?i)^\s*(?:", posting_labels!(), r")\s*:*\s*$")));

/// The label of an activity fact alone, as a description list writes it
/// (`<dt>Joined</dt><dd>Jun 2019</dd>`).
pub(crate) static PROFILE_ACTIVITY_TERM: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(&format!(
        r"(?i)^(?:{PROFILE_ACTIVITY_LABELS}|location|wohnort|localisation|ubicación|località)\s?:?$"
    ))
});

/// An author introducing themself at the start of a text: "Hi, I'm
/// Hannah!", "My name is Tom", "Hallo, ich bin Anna", "Bonjour, je suis
/// Claire". An author box's opening, never a byline. ("I'm" alone opens
/// many a closing paragraph.)
pub(crate) static SELF_INTRODUCTION: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^\W{0,3}(?:(?:hi|hello|hey|hallo|servus|moin|bonjour|salut|hola|ciao|olá|oi|hoi)(?:\s+there|\s+everyone|\s+all)?\s*[,!.]\s*(?:i'm|i’m|i\s+am|ich\s+bin|je\s+suis|soy|sono|eu\s+sou|ik\s+ben)\s|(?:(?:hi|hello|hey|hallo|servus|moin|bonjour|salut|hola|ciao|olá|oi|hoi)(?:\s+there|\s+everyone|\s+all)?\s*[,!.]\s*)?(?:my\s+name\s+is|ich\s+heiße|je\s+m'appelle|je\s+m’appelle|me\s+llamo|mi\s+chiamo|meu\s+nome\s+é|mijn\s+naam\s+is)\s)",
    )
});

/// A whole line that is one profile fact: an activity fact, or a place,
/// rank or contact label with its value.
pub(crate) static PROFILE_FACT: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(&format!(
        r"(?i)^(?:{PROFILE_ACTIVITY_LABELS}|location|wohnort|ort|localisation|ubicación|località|rank|rang|contact|kontaktdaten)\s?:(?:\s*\S.*)?$"
    ))
});

/// A month's name or its abbreviation, as a whole word, in English,
/// German, French and Dutch: "Mai" and "Dec" but not the "Main" of "1.
/// Main points" or the "Dec" of "12 Decisions taken".
macro_rules! months {
    () => {
        r"(?:jan(?:uary|uar|vier|uari)?|feb(?:ruary|ruar|ruari)?|fév(?:rier)?|mar(?:ch|s)?|mär(?:z)?|maart|apr(?:il)?|avr(?:il)?|may|mai|mei|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust|ustus)?|août|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?)"
    };
}

/// Datelines and bylines: "By Jane Doe - 11/18/19 11:04 PM", "Updated 5:27
/// am CST, Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19".
pub(crate) static DATELINE: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,3}(?:by\s|von\s|par\s|por\s|di\s|door\s|published|updated|posted|last\s+updated|modified|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publikováno|aktualizováno|publicat|actualizat|publicerad|uppdaterad|udgivet|opdateret|publisert|oppdatert|julkaistu|päivitetty|közzétéve|frissítve|diterbitkan|dipublikasikan|yayınlanma|güncellenme|опубликовано|обновлено|опубліковано|оновлено|δημοσιεύθηκε|ενημερώθηκε|פורסם|עודכן|(?:نُشر|نشر|تحديث)\s*(?:في|بتاريخ)?\s*[:：]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?(?:\W|$)|",
        months!(),
        r"\.?\s+\d{1,2}(?:\W|$)|\d{1,2}\.?\s+",
        months!(),
        r"\.?(?:\W|$))"
    ))
});

/// Photo credits and gallery chrome: "Photo: Jane Doe, AP", "Credit: Getty
/// Images", "(AP Photo/Jane Doe)", "Image 1 of 8", "Caption".
pub(crate) static CREDIT_LINE: AsciiBoundedRegex = AsciiBoundedRegex {
    ascii: Lazy::new(|| matcher(&ascii_word_boundaries(CREDIT_LINE_PATTERN))),
    unicode: Lazy::new(|| matcher(CREDIT_LINE_PATTERN)),
};

/// The pattern of [`CREDIT_LINE`]. Each `\b` touches an ASCII letter; after a slash, a word character is written out (`/\w`).
const CREDIT_LINE_PATTERN: &str = r"(?i)^\W{0,3}(?:(?:photo(?:graph)?s?|images?|pictures?|credits?|photo\s?credits?|foto(?:s|grafie)?|bild(?:er)?|(?:beitrags|titel|header|aufmacher|vorschau)bild|bild(?:nachweis|quelle)|fotonachweis|(?:image|picture|video)\s+credits?|quelle|source|crédits?|crédito|créditos|fonte|fotó|borítókép|kuva(?:t|aja)?|copyright|©)\s*(?::|\||/|by\b|von\b|de\b|\d)|\(?\s*(?:ap|afp|epa|reuters)\s+photo\b|(?:image|photo|slide|bild|foto)\s+\d+\s*(?:(?:of|von|de|di|van)\b|/\w)|(?:caption|close|expand|enlarge|zoom|previous|next|vorherige?s?|nächste?s?|schließen)\s*$)|(?:getty\s+images|shutterstock|istock(?:photo)?|\bap\s+photo\b|\(ap\)|/\s*(?:ap|afp|reuters|epa)\s*\)?\s*$)|^\s*©|^\W{0,3}(?:צילום|写真|사진|عکس|تصوير|攝影|摄影|图片|圖片|图|圖)\s*(?::|：|/|／|=)";

/// A caption that ends with its credit: "The ermine in winter.
/// (jdoe / iStock.com)", "Lee Elder in 1975. | © Augusta National/Getty
/// Images", "Jan Novak, photo: Government archives".
///
/// [`is_caption_credit`] answers as this pattern does, faster; the
/// pattern itself serves where that answer cannot be had (and as the
/// reference in tests). Anchored at the end, it is searched backwards,
/// and its reversed `{0,80}` tail times the credit words makes a lazy DFA
/// of many states, each slow to build: building them on one pass over
/// scrapinghub-dev took as many instructions as a seventh of the whole
/// extraction, on every thread. So it is searched by the NFA engines.
pub(crate) static CAPTION_CREDIT: AsciiBoundedRegex = AsciiBoundedRegex {
    ascii: Lazy::new(|| nfa_matcher(&ascii_word_boundaries(&caption_credit_pattern()))),
    unicode: Lazy::new(|| nfa_matcher(&caption_credit_pattern())),
};

/// The credit mark of [`CAPTION_CREDIT`] alone (its ASCII-boundary form),
/// searched for every place a mark ends. Searched forwards, it stays a few
/// states.
static CAPTION_CREDIT_MARK: Lazy<MatchEnds> = Lazy::new(|| {
    built(MatchEnds::new(&ascii_word_boundaries(
        CAPTION_CREDIT_MARK_PATTERN,
    )))
});

/// Whether a block is a caption ending with its credit: exactly what
/// [`CAPTION_CREDIT`] answers. The credit marks are found forwards, and
/// the tail after each is read by [`is_short_caption_tail`], which is
/// what the pattern's tail says; the backward search is left for the rare
/// text it must settle.
pub(crate) fn is_caption_credit(text: &str) -> bool {
    let ascii_form = credit_mark_with_short_tail(text)
        // The lazy DFA gave up (it never has on real text): ask the pattern.
        .unwrap_or_else(|| CAPTION_CREDIT.ascii.is_match(text));
    ascii_form && (text.is_ascii() || CAPTION_CREDIT.unicode.is_match(text))
}

/// Whether a credit mark of `text` (ASCII word boundaries) is followed by
/// a tail [`is_short_caption_tail`] accepts; `None` when the search
/// cannot tell.
fn credit_mark_with_short_tail(text: &str) -> Option<bool> {
    CAPTION_CREDIT_MARK.any_end(text, is_short_caption_tail)
}

/// The tail of [`CAPTION_CREDIT`], `(?:[^.!?]|[.!?]\S){0,80}$`, read as
/// the pattern reads it: up to 80 units to the end, a unit being one
/// character other than `.`, `!` or `?`, or one of those and the
/// character after it, which is no white space. (Each character leaves
/// one way to go on, so one pass from the left decides.)
fn is_short_caption_tail(tail: &str) -> bool {
    const MAX_UNITS: usize = 80;
    let mut chars = tail.chars();
    let mut units = 0;
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.next().is_none_or(char::is_whitespace) {
            return false;
        }
        units += 1;
        if units > MAX_UNITS {
            return false;
        }
    }
    true
}

/// The credit of [`CAPTION_CREDIT`]. Each `\b` touches an ASCII letter.
const CAPTION_CREDIT_MARK_PATTERN: &str = r"(?i)(?:©|\(c\)|\b(?:photos?|fotos?|bild|images?|credits?|crédits?(?:\s+photos?)?)\s*:\s*\w|[/|(]\s*(?:getty|istock|shutterstock|imago|picture[\s-]alliance|dpa|afp|reuters|epa|ap\b|keystone|anp|ansa|efe|unsplash|pixabay|adobe\s*stock))";

/// The pattern of [`CAPTION_CREDIT`]: the credit, then up to 80
/// characters to the end with no sentence ending among them.
fn caption_credit_pattern() -> String {
    format!(r"{CAPTION_CREDIT_MARK_PATTERN}(?:[^.!?]|[.!?]\S){{0,80}}$")
}

/// A caption led by its label: "Abbildung: ...", "Figure 2: ...".
pub(crate) static CAPTION_LABEL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^",
        ascii_non_word!(),
        r"{0,3}(?:abbildung|abb\.|figure|fig\.|grafik|illustration|bildunterschrift)\s*\d*\s*:"
    ))
});

/// Whether [`CAPTION_CREDIT`] or [`CAPTION_LABEL`] can match `text` at
/// all: every match holds a colon, a bracket, a slash, a bar or a
/// copyright sign. A byte scan that spares most blocks both regexes.
pub(crate) fn may_hold_caption_credit(text: &str) -> bool {
    text.bytes().any(|b| matches!(b, b':' | b'(' | b'/' | b'|')) || text.contains('©')
}

/// The meta line of a teaser: "By Jane Doe, Published", "Published 2 hours
/// ago", "Updated 10:30" or "5 min read".
pub(crate) static TEASER_META: AsciiBoundedRegex = AsciiBoundedRegex {
    ascii: Lazy::new(|| matcher(&ascii_word_boundaries(TEASER_META_PATTERN))),
    unicode: Lazy::new(|| matcher(TEASER_META_PATTERN)),
};

/// The pattern of [`TEASER_META`]. Each `\b` touches an ASCII letter; before a digit, which may be any script's, the boundary is written out (`(?:^|\W)`).
const TEASER_META_PATTERN: &str = r"(?i)(?:\bby\s+\p{Lu}[\p{L}.'’-]+.{0,60}\b(?:published|updated)\b|\b(?:published|updated|posted)\b\s*(?:\d|on\b|at\b|:|$)|(?:^|\W)\d+\s*(?:min(?:ute)?s?|hours?|days?)\s+(?:ago|read)\b)";

/// Every phrase family, for explanations.
pub(crate) static PHRASE_PATTERNS: [&PhrasePattern; 8] = [
    &SUBSCRIBE_TEXT,
    &RELATED_TEXT,
    &SHARE_TEXT,
    &AD_TEXT,
    &CONSENT_TEXT,
    &AUTHOR_BIO_TEXT,
    &TAIL_TEXT,
    &TAIL_HEADING,
];

// ---------------------------------------------------------------------------
// Metadata: bylines, author names and dated elements.

class_pattern!(
    /// Regions whose dates, headings and authors belong to something else
    /// than the article: comments, customers' reviews, sidebars, teasers,
    /// footers, menus.
    SECONDARY,
    "secondary",
    [
        "comment", "comments", "replies", "disqus", "=reviews", "sidebar", "related", "footer",
        "promo", "teaser", "teasers", "newsletter", "recommended", "more stories", "read next",
        "trending", "most popular", "most read", "popular posts", "=nav", "navigation", "menu",
    ]
);

class_pattern!(
    /// Elements that show a tally of readers' votes, likes, views or
    /// ratings (`votes`, `vote-count`, `score`, `likes`, `views`,
    /// `rating-count`, `article__info-statistic`): a bare number there is
    /// no text, unless it is a key figure over its label (see
    /// `boilerplate::vote_count`).
    TALLY,
    "tally",
    [
        "vote", "votes", "score", "likes", "upvotes", "karma", "points", "views", "view count",
        "rating", "ratings", "counter", "statistic", "statistics", "stats",
    ]
);

class_pattern!(
    /// Elements that show the publication date (`date`, hAtom
    /// `published`, `pubdate`, `dateline`...). The metadata pass looks for
    /// "dat", "pub", "post" or "time" in the name before matching, so every
    /// term must contain one of them.
    DATE_CLASS,
    "date",
    [
        "=date", "=published", "pubdate", "publishdate", "publish date", "dateline",
        "=timestamp", "=posted",
    ]
);

/// What two cheap word searches say of a class or id value, ignoring
/// ASCII case.
#[derive(Clone, Copy, Default)]
pub(crate) struct NameWords {
    /// It holds "date", "published", "timestamp" or "posted", one of which
    /// every [`DATE_CLASS`] term does: one cheap pass before the tokens and
    /// the regex.
    pub date: bool,
    /// It names a list of references or a bibliography ("references",
    /// "c-article-references", "reflist", "bibliography").
    pub references: bool,
}

/// The words of [`NAME_WORDS`] that say a date may be named; the others
/// name references.
const DATE_WORDS: usize = 4;

/// The words of [`NAME_WORDS`].
const NAME_WORD_LIST: [&str; 7] = [
    "date",
    "published",
    "timestamp",
    "posted",
    "references",
    "reflist",
    "bibliograph",
];

/// The words of [`NameWords`], dates first: one automaton answers both
/// questions in one pass over the value (two byte-by-byte searches cost
/// about a percent of extraction).
static NAME_WORDS: Lazy<AhoCorasick> = Lazy::new(|| {
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(NAME_WORD_LIST);
    match automaton {
        Ok(words) => words,
        Err(e) => panic!("invalid name word set: {e}"),
    }
});

/// Both answers of [`NameWords`] for a class or id value.
pub(crate) fn name_words(value: &str) -> NameWords {
    let mut found = NameWords::default();
    for m in NAME_WORDS.find_overlapping_iter(value) {
        if m.pattern().as_usize() < DATE_WORDS {
            found.date = true;
        } else {
            found.references = true;
        }
        if found.date && found.references {
            break;
        }
    }
    found
}

/// Lower-case ASCII words to look for with [`holds_ignoring_ascii_case`],
/// with the set of bytes that start one of them, built at compile time.
pub(crate) struct Needles {
    words: &'static [&'static str],
    /// The bytes that start a word, in either case, as 256 bits.
    starts: [u64; 4],
}

impl Needles {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let mut starts = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            if !bytes.is_empty() {
                let first = bytes[0];
                let upper = first.to_ascii_uppercase();
                if first.to_ascii_lowercase() == first {
                    starts[(first >> 6) as usize] |= 1 << (first & 63);
                }
                if upper.to_ascii_lowercase() == first {
                    starts[(upper >> 6) as usize] |= 1 << (upper & 63);
                }
            }
            i += 1;
        }
        Needles { words, starts }
    }
}

/// Words in the class or id of a poster's name on a forum thread, or of
/// the box just around it ("username", "message-name", "postauthor").
pub(crate) static POSTER_NAME_WORDS: Needles = Needles::new(&[
    "username",
    "user-name",
    "user_name",
    "userlink",
    "user-link",
    "author",
    "poster",
    "membername",
    "member-name",
    "message-name",
]);

/// Whether `value` holds one of the `needles`, ignoring ASCII case,
/// without lower-casing a copy: one pass over the bytes. It runs for the
/// class and id of every element, and most bytes start no needle, so they
/// cost one bit test instead of a look at each needle.
pub(crate) fn holds_ignoring_ascii_case(value: &str, needles: &Needles) -> bool {
    let v = value.as_bytes();
    (0..v.len()).any(|i| {
        needles.starts[usize::from(v[i] >> 6)] & (1 << (v[i] & 63)) != 0 && {
            let first = v[i].to_ascii_lowercase();
            needles.words.iter().map(|n| n.as_bytes()).any(|n| {
                n.first() == Some(&first)
                    && v.get(i..i + n.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(n))
            })
        }
    })
}

/// A regex whose Unicode word boundaries (`\b`) each touch an ASCII
/// letter of the pattern (not `k` or `s`, which match the Kelvin sign and
/// the long s when case is ignored), tried first with ASCII boundaries.
///
/// A Unicode `\b` makes the regex crate's lazy DFA give up on a text
/// holding any non-ASCII character (a curly quote is enough), and a much
/// slower engine takes over. Beside an ASCII letter, a Unicode boundary is
/// an ASCII one too, so the ASCII form matches every text the pattern
/// matches, and only those when the text is ASCII: the pattern itself runs
/// only on the few non-ASCII texts the ASCII form matches.
pub(crate) struct AsciiBoundedRegex {
    ascii: Lazy<MatchRegex>,
    unicode: Lazy<MatchRegex>,
}

impl AsciiBoundedRegex {
    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.ascii.is_match(text) && (text.is_ascii() || self.unicode.is_match(text))
    }
}

/// `pattern` with each Unicode word boundary `\b` made ASCII-only
/// (`(?-u:\b)`); escaped backslashes and ASCII boundaries are kept.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') if !out.ends_with("(?-u:") => out.push_str(r"(?-u:\b)"),
            Some(escaped) => {
                out.push(c);
                out.push(escaped);
            }
            None => out.push(c),
        }
    }
    out
}

fn regex(pattern: &str) -> Regex {
    built(Regex::new(pattern))
}

/// [`MatchRegex`] of `pattern`: for a pattern only ever asked whether it
/// matches.
fn matcher(pattern: &str) -> MatchRegex {
    built(MatchRegex::new(pattern))
}

/// [`MatchRegex::any_of`] the `parts`: one search where the parts would
/// take one each, for a chain of patterns most texts match none of.
pub(crate) fn any_matcher(parts: &[&MatchRegex]) -> MatchRegex {
    built(MatchRegex::any_of(parts))
}

/// The pattern `built` gave, or a panic naming what was wrong with it
/// (the patterns are fixed, and the tests build every one).
fn built<R>(built: Result<R, PatternError>) -> R {
    match built {
        Ok(re) => re,
        Err(e) => panic!("invalid pattern: {e}"),
    }
}

/// The lazy DFA's cache for [`large_matcher`] patterns, in bytes (the
/// default is about 2 MB).
const LARGE_DFA_CACHE: usize = 8 << 20;

/// [`matcher`] for a pattern whose lazy DFA outgrows the default cache on
/// ordinary text (long alternations of words under `(?i)` followed by
/// bounded runs of Unicode classes): a full cache is cleared and rebuilt
/// over and over, and the search falls back to slower engines. A larger
/// cache changes how fast the pattern runs, never what it matches.
fn large_matcher(pattern: &str) -> MatchRegex {
    built(MatchRegex::with_dfa_cache(pattern, LARGE_DFA_CACHE))
}

/// [`regex()`] of a phrase pattern made by [`phrase_hir`].
fn phrase_regex(hir: &Hir) -> Regex {
    built(Regex::from_hir(hir))
}

/// [`large_matcher`] of a phrase pattern made by [`phrase_hir`].
fn large_phrase_matcher(hir: &Hir) -> MatchRegex {
    built(MatchRegex::from_hir_with_dfa_cache(hir, LARGE_DFA_CACHE))
}

/// [`matcher`] searched without a lazy DFA; see [`MatchRegex::without_dfa`].
fn nfa_matcher(pattern: &str) -> MatchRegex {
    built(MatchRegex::without_dfa(pattern))
}

/// The words a byline starts with before the names ("By", "Written by",
/// "Von", "Par", "Autor:"...), in any case.
pub(crate) static BYLINE_PREFIX: Lazy<Regex> = Lazy::new(|| {
    regex(concat!(
        r"(?i)^(?:(?:(?:written|posted|post|reported|story|words|text|photos?|compiled|edited|reviewed|contributed|recipe)\s+by",
        r"|(?:eingestellt|geschrieben|verfasst|veröffentlicht)\s+von",
        r"|by|via|von|text\s+von|par|por|door|av|af|oleh|מאת|โดย",
        // Greek: "Της" / "Του" (of, before a woman's or a man's name in
        // the genitive), "Από τον" / "Από την" (by); Polish "oprac."
        // (compiled by).
        r"|της|του|από\s+τ(?:ον|ην)|απο\s+τ(?:ον|ην)|oprac\.)(?:\s*[:\-–—]\s*|\s+|$)",
        r"|(?:autor(?:in|a|es|ka)?|authors?|auteur(?:e|s)?|texto?|redacción|reportage|yazar|penulis",
        r"|tác\s+giả|yazan|haber|opracowanie|گزارش(?:\s+از)?|автор(?:ы)?|текст|लेखक|लेखिका|रिपोर्ट|संवाददाता|نویسنده|تحریر|رپورٹ|szerző|teksti|kirjoittaja|ผู้เขียน|συντάκτης|লেখক|প্রতিবেদক)\s*[:\-–—]\s*",
        // Persian "خبرنگار" (reporter) and Urdu "مصنف" (author), "رپورٹر",
        // "نامہ نگار" (correspondent): a colon or, as a label hidden for
        // screen readers writes it, a comma after.
        r"|(?:خبرنگار|مصنف|رپورٹر|نامہ\s*نگار)\s*[:\-–—,،]\s*",
        // Arabic "بقلم" (by the pen of), with or without its colon, and
        // "كتب:" / "كتبت:" (wrote), with it ("كتب" alone opens sentences).
        r"|بقلم\s*[:：]?\s*|كتبت?\s*[:：]\s*",
        // Chinese and Japanese: "记者 王芳" (reporter), "作者：", "文／";
        // "文" alone also begins names, so it needs its separator, as do
        // the Japanese words for writer ("執筆者：", "ライター：").
        // The outlet or the desk may come first ("本报记者", "澎湃新闻记者").
        r"|(?:\p{Han}{0,8}?(?:记者|記者)|作者|撰文)\s*[:：/／]?\s*|(?:(?:取材・)?文|執筆者?|著者|筆者|ライター)\s*[:：/／]\s*)",
    ))
});

/// A Korean byline, which puts the name before the word for reporter:
/// "홍길동 기자", "홍길동 특파원", with an optional e-mail address after
/// it. The name is the first group.
pub(crate) static KOREAN_BYLINE: Lazy<Regex> = Lazy::new(|| {
    regex(
        r"^\s*([가-힣]{2,4})\s*(?:선임|수석|객원)?(?:기자|특파원)\s*=?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$",
    )
});

/// The reporters a wire story names at the start of its lead, in the
/// Chinese and Korean agencies' forms: "新华社北京3月4日电（记者张伟、李娜）"
/// (group 1), "[부산일보=김철수 기자]" (group 2), "(서울=연합뉴스) 김철수
/// 기자 =" (group 3), "〔記者王小明／台北報導〕" (group 4).
pub(crate) static WIRE_LEAD_REPORTERS: Lazy<Regex> = Lazy::new(|| {
    regex(concat!(
        r"^\s*(?:\p{Han}[^（(]{0,30}?[电電]\s*[（(]\s*(?:记者|記者)\s*([^）)]{2,40})[）)]",
        r"|[\[(（][^\])）=]{1,20}=\s*([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*[\])）]",
        r"|[\[(（][^\])）]{1,30}[\])）]\s*([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=",
        r"|[〔\[［(（]\s*(?:記者|记者)\s*([\p{Han}、]{2,20}?)\s*[／/]\s*\p{Han}{2,6}?(?:報導|报道)\s*[〕\]］)）])",
    ))
});

/// The same for short words that also begin names ("Di Maria", "De Niro"),
/// so only in lower case.
pub(crate) static BYLINE_LOWER_PREFIX: Lazy<Regex> =
    Lazy::new(|| regex(r"^(?:di|da|de|av|af|van|von|por|par)\s+"));

/// Words after which a byline no longer holds names ("Posted on...",
/// "Updated 3 hours ago"), in any case.
pub(crate) static BYLINE_TAIL: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)^(?:posted|published|updated|last|stand|veröffentlicht|aktualisiert|publié|publiée|mis|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|hace|vor)$",
    )
});

/// Lower-case words after which a byline no longer holds names ("on
/// July 10", "in Politics", "am 10. Juli", "le 10 juillet").
pub(crate) const BYLINE_TAIL_LOWER: &[&str] = &[
    "on", "at", "in", "am", "um", "le", "el", "em", "il", "op", "for", "from", "ago",
];

/// Lower-case first words of a line that credits a picture or a source
/// ("Photo by ...", "via Wikimedia Commons"), not an article's author.
pub(crate) const CREDIT_LEADS: &[&str] = &["photo", "photos", "foto", "fotos", "via"];

/// Names of weekdays, full or abbreviated, in the languages of the month
/// names ("Monday", "Mon.", "Montag", "lundi", "lunes", "lunedì",
/// "segunda-feira", "maandag").
pub(crate) static WEEKDAY: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(concat!(
        r"(?i)^(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\.?$",
        r"|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
        r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
        r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo",
        r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica",
        r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira",
        r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$",
    ))
});

/// Lower-case words that end a label whose name follows on the next line
/// ("Insights from", "Posted on", "Ein Beitrag von").
pub(crate) const BYLINE_LABEL_END: &[&str] = &[
    "from", "by", "on", "at", "in", "for", "von", "par", "por", "door", "di", "da",
];

/// Words that join several names ("Jane Doe and John Roe").
pub(crate) const NAME_CONJUNCTIONS: &[&str] = &[
    "and", "und", "et", "y", "e", "en", "og", "och", "&", "و", "и", "і", "ve", "và",
];

/// Job titles and roles that are not names ("Senior Editor",
/// "Staff Writer", "Administrator"), in several languages.
pub(crate) static NOT_A_NAME: Lazy<MatchRegex> = Lazy::new(|| {
    matcher(
        r"(?i)\b(?:editor|editors|editorial|reporter|correspondent|writer|columnist|contributor|contributing|producer|director|manager|officer|president|founder|co-founder|ceo|cto|cfo|coo|vp|professor|journalist|analyst|technologist|staff|senior|chief|expert|specialist|photographer|intern|researcher|admin|administrator|moderator|partner|associate|attorney|lawyer|counsel|engineer|consultant|advisor|adviser|designer|developer|scientist|physician|dentist|orthodontist|dietitian|nutritionist|plumber|electrician|technician|coordinator|strategist|owner|co-owner|chair|chairman|chairwoman|executive|marketing|therapist|counselor|redakteur|redakteurin|redaktion|korrespondent|korrespondentin|journaliste|rédacteur|rédactrice|rédaction|correspondant|correspondante|periodista|redactor|redactora|corresponsal|giornalista|redattore|redattrice|redazione|corrispondente|jornalista|redator|redatora|redação|correspondente|redacteur|redactie|verslaggever|comments?|share|follow|folgen|suivre|seguir|segui|volgen|visit|besuchen|email|newsletter|subscribe|abonnieren)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` with the first match of `pattern` taken out.
    fn without_first_match(pattern: &Regex, text: &str) -> String {
        match pattern.find(text) {
            Some(m) => format!("{}{}", &text[..m.start()], &text[m.end()..]),
            None => text.to_string(),
        }
    }

    #[test]
    fn buy_boxes_are_boilerplate() {
        for class in ["c-article-buy-box", "buybox__buy", "product-buy-box"] {
            let signals = class_signals(&tokens(class, ""));
            assert!(signals.has(ClassSignals::BOILERPLATE), "{class}");
        }
        for class in ["buyer-guide", "busy-box", "buying-advice"] {
            let signals = class_signals(&tokens(class, ""));
            assert!(!signals.has(ClassSignals::BOILERPLATE), "{class}");
        }
    }

    #[test]
    fn a_posters_title_is_boilerplate() {
        for class in ["userTitle message-userTitle", "usertitle", "user-title"] {
            let signals = class_signals(&tokens(class, ""));
            assert!(signals.has(ClassSignals::BOILERPLATE), "{class}");
        }
        for class in ["entry-title", "user-name", "title"] {
            let signals = class_signals(&tokens(class, ""));
            assert!(!signals.has(ClassSignals::BOILERPLATE), "{class}");
        }
    }

    #[test]
    fn a_machine_written_summary_is_unlikely() {
        for (class, id) in [
            ("block", "ai-summary-block"),
            ("aiSummary", ""),
            ("ai_summary", ""),
        ] {
            let signals = class_signals(&tokens(class, id));
            assert!(signals.has(ClassSignals::UNLIKELY), "{class} {id}");
        }
        for class in ["summary", "entry-summary", "chair-summary"] {
            let signals = class_signals(&tokens(class, ""));
            assert!(!signals.has(ClassSignals::UNLIKELY), "{class}");
        }
    }

    #[test]
    fn appeals_for_money_are_boilerplate() {
        for class in [
            "inline-donate",
            "donate-panel",
            "donation-form",
            "fundraising-banner",
        ] {
            let signals = class_signals(&tokens(class, ""));
            assert!(signals.has(ClassSignals::BOILERPLATE), "{class}");
        }
        assert!(!class_signals(&tokens("entry-content", "")).has(ClassSignals::BOILERPLATE));
    }

    #[test]
    fn a_positive_word_before_a_boilerplate_head_does_not_name_the_article() {
        // The owner's name before the block's own: a signature, a
        // newsletter box, related links (numbers aside).
        for class in [
            "post-signature",
            "article-newsletter",
            "entry-related-3",
            "post_read_more",
        ] {
            assert!(!names_article_itself(class, ""), "{class}");
        }
        assert!(!names_article_itself("", "article-share"));
        // The article's own names, and a boilerplate word before one.
        for class in [
            "entry-content",
            "post",
            "post-signature article-body",
            "more-related-article",
        ] {
            assert!(names_article_itself(class, ""), "{class}");
        }
        assert!(names_article_itself("post-signature", "main-content"));
        // The inside of a sponsor's or a newsletter's box, and text
        // utilities, name no article.
        for class in [
            "sponsored-content",
            "newsletter-content",
            "promo-body",
            "subscribe text-sm",
            "newsletter md:text-center text-gray-500",
        ] {
            assert!(!names_article_itself(class, ""), "{class}");
        }
        assert!(names_article_itself("related-article-content", ""));
        // The inside of any box of a layout names no article either; the
        // article's own box still does.
        for class in [
            "relatedlinks__content block__content",
            "promo card-body",
            "newsletter section-inner-content",
        ] {
            assert!(!names_article_itself(class, ""), "{class}");
        }
        assert!(names_article_itself("newsletter article__content", ""));
    }

    #[test]
    fn the_block_phrase_prefilter_passes_every_family_phrase() {
        for family in BLOCK_PHRASE_FAMILIES {
            for phrase in family.phrases {
                let text = format!("Oh. {phrase} now");
                assert!(family.is_match(&text), "{text}");
                assert!(may_hold_block_phrase(&text), "{text}");
            }
        }
        assert!(!may_hold_block_phrase("The harbour wall was rebuilt."));
    }

    #[test]
    fn phrase_patterns_answer_as_their_unicode_form() {
        let families = [
            &SUBSCRIBE_TEXT,
            &RELATED_TEXT,
            &SHARE_TEXT,
            &AD_TEXT,
            &CONSENT_TEXT,
            &DISCLOSURE_TEXT,
            &SHOP_TEXT,
            &AUTHOR_BIO_TEXT,
            &TAIL_TEXT,
            &TAIL_HEADING,
            &ERROR_NOTICE_TEXT,
        ];
        // Phrases and what may stand around them: ASCII and other word
        // characters (which do not bound a phrase), other characters
        // (which do), case pairs outside ASCII.
        let mut pieces: Vec<&str> = vec![
            " ", "x", "é", "ä", "_", "1", "٣", "日", "’", "\u{a0}", "-", ".", "ſ", "\u{212a}",
        ];
        for family in families {
            pieces.extend(family.phrases.iter().step_by(3));
        }
        // The families' phrases as one pattern, searched as a phrase
        // family is.
        let any_phrase = Regex::from_hir(&any_phrase_hir(
            &BLOCK_PHRASE_FAMILIES,
            PhraseBounds::Unicode,
        ))
        .expect("valid pattern");
        let mut rng = crate::testing::Xorshift::new(0xfa3e);
        let mut text = String::new();
        let (mut non_ascii_matches, mut only_ascii_form) = (0, 0);
        for _ in 0..6000 {
            text.clear();
            for _ in 0..1 + rng.pick(&[0, 1, 2, 3, 4]) {
                text.push_str(rng.pick(&pieces));
            }
            for family in families {
                let unicode = family.regex.find(&text).map(|m| m.range());
                assert_eq!(family.first(&text).map(|m| m.range()), unicode, "{text:?}");
                assert_eq!(family.is_match(&text), unicode.is_some(), "{text:?}");
                non_ascii_matches += usize::from(!text.is_ascii() && unicode.is_some());
                only_ascii_form += usize::from(family.ascii.is_match(&text) && unicode.is_none());
            }
            assert_eq!(
                may_hold_block_phrase(&text),
                any_phrase.is_match(&text),
                "{text:?}"
            );
        }
        // The texts reach both the matches outside ASCII and the cases
        // where the two forms differ.
        assert!(non_ascii_matches > 0 && only_ascii_form > 0);
    }

    /// The phrase patterns as written out: the alternation of the phrases,
    /// longest first, that [`phrase_hir`] makes as a trie.
    fn phrase_alternation(phrases: &[&str], bounds: PhraseBounds) -> String {
        let mut phrases = phrases.to_vec();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let alternatives: Vec<String> = phrases.iter().map(|p| regex::escape(p)).collect();
        let non_word = bounds.non_word();
        format!(
            r"(?i)(?:^|{non_word})(?:{})(?:{non_word}|$)",
            alternatives.join("|")
        )
    }

    /// The trie of phrases finds what their alternation finds, longest
    /// phrase first: the same run of matches, on texts made of phrases,
    /// the same in capitals, their beginnings, and characters that do or
    /// do not bound them (case pairs outside ASCII among them).
    #[test]
    fn phrase_tries_find_what_the_alternations_find() {
        let families = [
            &SUBSCRIBE_TEXT,
            &RELATED_TEXT,
            &TAIL_TEXT,
            &CONSENT_TEXT,
            &SHARE_TEXT,
        ];
        let mut rng = crate::testing::Xorshift::new(0x7e1e);
        for family in families {
            let mut pieces: Vec<String> = [
                " ", "x", "s", "é", "_", "1", "日", "’", "\u{a0}", "-", ".", "ſ", "\u{212a}",
            ]
            .iter()
            .map(|p| p.to_string())
            .collect();
            for phrase in family.phrases {
                pieces.push(phrase.to_string());
                pieces.push(phrase.to_uppercase());
                let chars: Vec<char> = phrase.chars().collect();
                pieces.push(chars[..chars.len() / 2].iter().collect());
                pieces.push(chars[..chars.len().saturating_sub(1)].iter().collect());
            }
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            for bounds in [PhraseBounds::Ascii, PhraseBounds::Unicode] {
                let trie = Regex::from_hir(&phrase_hir(family.phrases, bounds)).expect("valid");
                let written =
                    regex::Regex::new(&phrase_alternation(family.phrases, bounds)).expect("valid");
                let mut text = String::new();
                let mut matched = 0;
                for _ in 0..3000 {
                    text.clear();
                    for _ in 0..1 + rng.pick(&[0, 1, 2, 3]) {
                        text.push_str(rng.pick(&pieces));
                    }
                    let ours: Vec<_> = trie.find_iter(&text).map(|m| m.range()).collect();
                    let theirs: Vec<_> = written.find_iter(&text).map(|m| m.range()).collect();
                    assert_eq!(ours, theirs, "{} {bounds:?} {text:?}", family.name);
                    matched += usize::from(!ours.is_empty());
                }
                assert!(matched > 500, "{} {bounds:?}: {matched}", family.name);
            }
        }
    }

    #[test]
    fn warm_up_lists_every_pattern_of_the_module() {
        // A pattern left out of `ALL_PATTERNS` is still built on first use,
        // but `warm_up` would not build it ahead.
        let source = include_str!("patterns.rs");
        let statics = Regex::new(r"(?m)^(?:pub\(crate\) )?static [A-Z_]+: Lazy<")
            .unwrap()
            .find_iter(source)
            .count();
        let families = Regex::new(r"(?m)^(?:class|phrase)_pattern!\(")
            .unwrap()
            .find_iter(source)
            .count();
        // The ASCII form of each (see `ALL_PATTERNS`).
        let ascii_bounded = Regex::new(
            r"(?m)^(?:pub\(crate\) )?static [A-Z_]+: (?:AsciiBoundedRegex|PhrasePattern) =",
        )
        .unwrap()
        .find_iter(source)
        .count();
        // The class patterns searched through `CLASS_SET` are left out.
        assert_eq!(
            ALL_PATTERNS.len() + CLASS_PATTERNS.len(),
            statics + families + ascii_bounded
        );
    }

    #[test]
    fn warm_up_lists_every_lazy_table_of_other_modules() {
        // Every `static NAME: Lazy<...>` of the crate outside this module
        // and the crate root (whose default extractor `crate::warm_up`
        // builds itself).
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let lazy =
            Regex::new(r"(?m)^(?:pub\(crate\) )?static [A-Z_]+: (?:once_cell::sync::)?Lazy<")
                .unwrap();
        let mut found = 0;
        let mut folders = vec![root.clone()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && path != root.join("patterns.rs")
                    && path != root.join("lib.rs")
                {
                    found += lazy
                        .find_iter(&std::fs::read_to_string(&path).unwrap())
                        .count();
                }
            }
        }
        assert_eq!(ELSEWHERE.len(), found);
    }

    #[test]
    fn warm_up_builds_the_patterns_on_several_threads() {
        warm_up(3);
        assert!(Lazy::get(&PAID_SUBSCRIPTION).is_some());
        assert!(Lazy::get(&NOT_A_NAME).is_some());
        assert!(Lazy::get(&TAIL_HEADING.ascii).is_some());
        warm_up(0);
    }

    fn tokens(class: &str, id: &str) -> String {
        let mut s = String::new();
        class_tokens(class, id, &mut s);
        s
    }

    #[test]
    fn a_posts_categories_and_tags_are_not_read_as_names() {
        // A post filed under "Kommentare", tagged "sidebar".
        assert_eq!(
            tokens(
                "post type-post status-publish hentry category-kommentare tag-sidebar",
                "post-12"
            ),
            " post  type post  status publish  hentry  post 12 "
        );
        // Elsewhere the same prefixes name components.
        assert_eq!(
            tokens("category-header tag-list", ""),
            " category header  tag list "
        );
        assert!(!UNLIKELY.is_match(&tokens("hentry category-comments", "")));
        assert!(UNLIKELY.is_match(&tokens("category-comments", "")));
    }

    #[test]
    fn a_wikis_tagline_is_never_content_by_its_whole_name() {
        assert!(NEVER_CONTENT.is_match(&tokens("noprint", "siteSub")));
        assert!(NEVER_CONTENT.is_match(&tokens("site-sub", "")));
        assert!(!NEVER_CONTENT.is_match(&tokens("site-subscribe", "")));
        assert!(!NEVER_CONTENT.is_match(&tokens("", "siteSubnav")));
        assert!(!NEVER_CONTENT.is_match(&tokens("website subtitle", "")));
    }

    #[test]
    fn ascii_tokens_are_the_unicode_tokens() {
        const ALPHABET: &[u8] = b"aZ9-_ xY0q.:";
        let mut rng = crate::testing::Xorshift::new(0x9e37_79b9);
        for case in 0..3000 {
            let value: String = (0..case % 40)
                .map(|_| char::from(rng.pick(ALPHABET)))
                .collect();
            let (mut ascii, mut unicode) = (String::new(), String::new());
            ascii_class_tokens(&value, &mut ascii);
            unicode_class_tokens(&value, &mut unicode);
            assert_eq!(ascii, unicode, "{value:?}");
        }
    }

    #[test]
    fn tokens_split_punctuation_and_camel_case() {
        assert_eq!(
            tokens("sidebar-left mainContent", "post_42"),
            " sidebar left  main content maincontent  post 42 "
        );
        assert_eq!(tokens("", ""), " ");
        assert_eq!(tokens("SIDEBAR", ""), " sidebar ");
        assert_eq!(tokens("row non-paywall", "no-ads"), " row ");
        assert_eq!(tokens("notice nonce", ""), " notice  nonce ");
    }

    #[test]
    fn terms_of_two_words_stay_within_one_name() {
        assert_eq!(
            tokens("param-head break-all", ""),
            " param head  break all "
        );
        assert!(!UNLIKELY.is_match(&tokens("param-head break-all", "")));
        assert!(!UNLIKELY.is_match(&tokens("lead", "break")));
        assert!(UNLIKELY.is_match(&tokens("ad-break", "")));
        assert!(UNLIKELY.is_match(&tokens("slot adBreak", "")));
    }

    #[test]
    fn the_state_walk_finds_what_the_overlapping_search_finds() {
        let words = ["he", "she", "his", "hers", "s", "ershe"];
        let dfa = word_dfa(&words, true, "test word");
        let search = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .unwrap();
        for hay in ["ushers", "SHE his", "", "hersHEy", "sss", "x"] {
            let mut walked = Vec::new();
            each_match(&dfa, hay.as_bytes(), |p| {
                walked.push(p);
                true
            });
            let searched: Vec<usize> = search
                .find_overlapping_iter(hay)
                .map(|m| m.pattern().as_usize())
                .collect();
            assert_eq!(walked, searched, "{hay:?}");
        }
    }

    #[test]
    fn the_combined_scan_agrees_with_each_pattern() {
        let mut names: Vec<String> = CLASS_PATTERNS
            .iter()
            .flat_map(|p| p.terms.iter())
            .flat_map(|t| {
                let t = t.trim_start_matches(['=', '^']);
                [
                    t.to_string(),
                    format!("x{t}"),
                    format!("{t}x"),
                    format!("my-{t}-box"),
                    t.replace(' ', "-"),
                ]
            })
            .collect();
        names.extend(
            [
                "",
                "a",
                "main-content sidebar",
                "adSlot",
                "comment-list",
                "x",
            ]
            .map(String::from),
        );
        for name in &names {
            let t = tokens(name, "");
            let bits = class_signals(&t);
            for (i, p) in CLASS_PATTERNS.iter().enumerate() {
                assert_eq!(bits.has(1 << i), p.is_match(&t), "{} on {t:?}", p.name);
            }
        }
    }

    #[test]
    fn ascii_and_unicode_values_split_alike() {
        // The same names with one non-ASCII letter take the Unicode path.
        assert_eq!(
            tokens("sidebar-left mainContent x2Go", "post_42"),
            " sidebar left  main content maincontent  x2 go x2go  post 42 "
        );
        assert_eq!(
            tokens("sidebar-left mainContent x2Go é", "post_42"),
            " sidebar left  main content maincontent  x2 go x2go  é  post 42 "
        );
        assert_eq!(tokens("Élan-vitalBox", ""), " élan vital box vitalbox ");
    }

    #[track_caller]
    fn check(p: &ClassPattern, yes: &[&str], no: &[&str]) {
        for c in yes {
            assert!(p.is_match(&tokens(c, "")), "{} should match {c:?}", p.name);
        }
        for c in no {
            assert!(
                !p.is_match(&tokens(c, "")),
                "{} should not match {c:?}",
                p.name
            );
        }
    }

    #[test]
    fn unlikely() {
        check(
            &UNLIKELY,
            &[
                "Sidebar",
                "sidebar",
                "left-sidebar",
                "siteFooter",
                "comments",
                "ad",
                "top-ad",
                "social-links",
                "breadcrumb",
            ],
            &["recommend", "shadow", "loaded", "headline", "address"],
        );
    }

    #[test]
    fn maybe_candidate() {
        check(
            &MAYBE_CANDIDATE,
            &["article-body", "main", "mainContent", "col and row"],
            &["brand", "domain", "embodied"],
        );
    }

    #[test]
    fn positive() {
        check(
            &POSITIVE,
            &[
                "entry-content",
                "article",
                "post",
                "hentry",
                "h-entry",
                "blog-post",
                "storyline",
                "articleBody",
            ],
            &["poster", "postal", "textarea-wrap", "pages-nav", "domain"],
        );
    }

    #[test]
    fn negative() {
        check(
            &NEGATIVE,
            &[
                "com",
                "com-box",
                "comment-list",
                "share-tools",
                "sidebar",
                "Sidebar",
                "tags",
                "promo",
            ],
            &[
                "recommend",
                "communal",
                "metadata-x",
                "multimedia",
                "unshared-x",
                // Layout utilities and post metadata, not boilerplate.
                "overflow-hidden",
                "visually-hidden-focusable",
                "entry-meta",
                // Page builders name every block a widget.
                "widget-area",
                // Scrolling is how a box behaves, not what it holds.
                "scroll-mt-20",
                "scrollable-table",
            ],
        );
    }

    #[test]
    fn share_and_byline() {
        check(
            &SHARE,
            &["share", "sharedaddy", "social-share", "share-bar"],
            &["shareholder-report"],
        );
        check(
            &BYLINE,
            &["byline", "author", "author-name", "p-author", "dateline"],
            &["coauthorship-x"],
        );
    }

    #[test]
    fn phrases_are_case_insensitive_and_word_bounded() {
        assert!(SUBSCRIBE_TEXT.is_match("Subscribe to The Week"));
        assert!(SUBSCRIBE_TEXT.is_match("Sign up for our free Newsletters"));
        assert!(SUBSCRIBE_TEXT.is_match("Jetzt Newsletter abonnieren"));
        assert!(SUBSCRIBE_TEXT.is_match("Suscríbete a nuestro boletín"));
        assert!(SUBSCRIBE_TEXT.is_match("Iscriviti alla newsletter"));
        assert!(SUBSCRIBE_TEXT.is_match("Assine a nossa newsletter"));
        assert!(SUBSCRIBE_TEXT.is_match("Aanmelden voor de nieuwsbrief"));
        assert!(SUBSCRIBE_TEXT.is_match("S'abonner"));
        assert!(!SUBSCRIBE_TEXT.is_match("The subscriber base grew"));
        assert!(RELATED_TEXT.is_match("Related Articles"));
        assert!(RELATED_TEXT.is_match("Lesen Sie auch"));
        assert!(RELATED_TEXT.leads("More Articles", 3));
        assert!(RELATED_TEXT.leads("Lea también: Impiden ingreso a Nicaragua", 3));
        assert!(RELATED_TEXT.leads("相关阅读：", 3));
        assert!(RELATED_TEXT.leads("延伸閱讀：", 3));
        assert!(RELATED_TEXT.leads("Read also: How we sharded", 3));
        for skip in [
            "Skip to content",
            "مواد پر جائیں",
            "پرش به محتوا",
            "Перейти к содержанию",
        ] {
            assert!(SKIP_LINK.is_match(skip), "{skip}");
        }
        assert!(!SKIP_LINK.is_match("مواد کی فراہمی"));
        for sponsor in [
            "Sponsored: This issue is brought to you by Acme",
            "SPONSOR — Acme Cloud",
            "This issue is brought to you by Acme Cloud.",
            "Today’s newsletter is sponsored by Acme.",
            "A word from our sponsor",
        ] {
            assert!(SPONSOR_LEAD.is_match(sponsor), "{sponsor}");
        }
        for prose in [
            "Sponsored content is labelled on every page.",
            "This issue is one the council has put off for years.",
        ] {
            assert!(!SPONSOR_LEAD.is_match(prose), "{prose}");
        }
        assert!(RELATED_TEXT.leads("اقرأ أيضًا:", 3));
        assert!(RELATED_TEXT.leads("עוד באתר:", 3));
        assert!(!RELATED_TEXT.is_match("unrelated matters"));
        assert!(SHARE_TEXT.is_match("Share this"));
        assert!(!SHARE_TEXT.is_match("shareholders voted"));
        assert!(AD_TEXT.is_match("ADVERTISEMENT"));
        assert!(CONSENT_TEXT.is_match("We use cookies to improve your experience"));
        assert!(AUTHOR_BIO_TEXT.is_match("About the author"));
        assert_eq!(
            RELATED_TEXT.find("See: Related stories."),
            Some("Related stories")
        );
    }

    #[test]
    fn unicode_word_boundaries_become_ascii_ones() {
        assert_eq!(
            ascii_word_boundaries(r"\bx\\b(?-u:\b)\d\b"),
            r"(?-u:\b)x\\b(?-u:\b)\d(?-u:\b)"
        );
        // DATELINE runs on every block; it keeps the fast engine on any text.
        assert_eq!(ascii_word_boundaries(DATELINE.as_str()), DATELINE.as_str());
    }

    #[test]
    fn ascii_bounded_patterns_match_as_their_unicode_form() {
        assert!(CAPTION_CREDIT.is_match("Café owners in 1975. (AP)"));
        assert!(CAPTION_CREDIT.is_match("Jan Novák, foto: archiv"));
        // "ap" then a non-ASCII letter: an ASCII boundary, not a Unicode one.
        assert!(!CAPTION_CREDIT.is_match("Un verre (apéritif) offert"));
        // A label names someone: a sentence ending in "image:" leads to
        // a code sample.
        assert!(!CAPTION_CREDIT.is_match("run this command to rebuild the initramfs image:"));
        assert!(DATE_STAMP.is_match("Publié le 3 mars 2024"));
        assert!(!DATE_STAMP.is_match("Publié leçon 2"));
        assert!(CREDIT_LINE.is_match("Foto: Jürgen Müller"));
        assert!(
            CREDIT_LINE.is_match("(Borítókép: Utasok a Keleti pályaudvaron. Fotó: Kaszás Tamás)")
        );
        assert!(CREDIT_LINE.is_match("Kuva: Jussi Nukari / Lehtikuva"));
        assert!(CREDIT_LINE.is_match("Beitragsbild: Stefan Mang"));
        assert!(CREDIT_LINE.is_match("(Image credit: NASA/JPL-Caltech)"));
        assert!(CREDIT_LINE.is_match("Video credits: Jane Doe"));
        assert!(!CREDIT_LINE.is_match("Image credits are listed at the end of the book."));
        assert!(CREDIT_LINE.is_match("Titelbild: Fachy Marín on Unsplash"));
        assert!(CREDIT_LINE.is_match("Photo credit: Jane Doe"));
        assert!(CREDIT_LINE.is_match("Image 2 /élan"));
        assert!(!CREDIT_LINE.is_match("Photo byé"));
        // The word for "photo" and its separator, in scripts without case.
        for credit in [
            "צילום: ברק פכטר",
            "写真：共同通信",
            "사진=연합뉴스",
            "عکس: آرشیو",
            "图/新华社",
        ] {
            assert!(CREDIT_LINE.is_match(credit), "{credit}");
        }
        assert!(!CREDIT_LINE.is_match("图表显示，去年的出口增长了百分之五。"));
        assert!(TEASER_META.is_match("Jürgen Müller, updated 10:30"));
        assert!(TEASER_META.is_match("٣ min read"));
        assert!(!TEASER_META.is_match("5 min readé"));
    }

    #[test]
    fn ascii_forms_match_whatever_the_unicode_forms_match() {
        // The rule behind `AsciiBoundedRegex`: its ASCII form must match
        // every text the pattern matches (and exactly the same ASCII
        // texts). Generated texts put the patterns' words beside
        // non-ASCII letters, digits and the case-folding traps (Kelvin
        // sign, long s), where the two kinds of boundary differ.
        let pieces = [
            "photo",
            "Photos",
            "image 3 of",
            "slide 2/",
            "by",
            "von",
            "de",
            "ap photo",
            "Getty Images",
            "(AP)",
            "credit:",
            "©",
            "updated",
            "published",
            "posted on",
            "Aktualisiert am",
            "Publié le",
            "Stand:",
            "3. Mai 2023",
            "May 4, 2021",
            "10:30",
            "5 min read",
            "2 hours ago",
            "Jane Doe",
            "caption",
            "é",
            "ſ",
            "\u{212a}",
            "ß",
            "日",
            "’",
            "٣",
            "-",
            ":",
            "/",
            "|",
            " ",
            " ",
            ". ",
        ];
        let forms: [(&str, &AsciiBoundedRegex); 4] = [
            ("DATE_STAMP", &DATE_STAMP),
            ("CREDIT_LINE", &CREDIT_LINE),
            ("CAPTION_CREDIT", &CAPTION_CREDIT),
            ("TEASER_META", &TEASER_META),
        ];
        let mut rng = crate::testing::Xorshift::new(0x5eed);
        let mut text = String::new();
        let mut only_ascii_form = 0;
        for _ in 0..4000 {
            text.clear();
            for _ in 0..2 + rng.pick(&[0, 1, 2, 3, 4]) {
                text.push_str(rng.pick(&pieces));
            }
            for (name, p) in forms {
                let (ascii, unicode) = (p.ascii.is_match(&text), p.unicode.is_match(&text));
                assert!(ascii || !unicode, "{name}: {text:?}");
                if text.is_ascii() {
                    assert_eq!(ascii, unicode, "{name}: {text:?}");
                }
                only_ascii_form += usize::from(ascii && !unicode);
            }
        }
        // The texts do reach the cases where the two forms differ.
        assert!(only_ascii_form > 0);
    }

    #[test]
    fn needles_are_found_ignoring_ascii_case() {
        assert!(holds_ignoring_ascii_case(
            "js-Comment-List",
            &Needles::new(&["comment"])
        ));
        assert!(holds_ignoring_ascii_case(
            "xPOSTx",
            &Needles::new(&["dat", "post"])
        ));
        assert!(!holds_ignoring_ascii_case(
            "comm",
            &Needles::new(&["comment"])
        ));
        assert!(!holds_ignoring_ascii_case("", &Needles::new(&["a"])));
        // Non-ASCII bytes never match an ASCII needle, and nothing is
        // sliced off a character boundary.
        assert!(!holds_ignoring_ascii_case("Ä°ä", &Needles::new(&["a"])));
        // A needle may start with any byte; the last byte of a value counts.
        assert!(holds_ignoring_ascii_case(
            "entry-Date",
            &Needles::new(&["-date"])
        ));
        assert!(holds_ignoring_ascii_case("xx-", &Needles::new(&["q", "-"])));
        assert!(!holds_ignoring_ascii_case(
            "entry date",
            &Needles::new(&["-date"])
        ));
    }

    #[test]
    fn reference_lists_are_named() {
        assert!(name_words("c-article-references").references);
        assert!(name_words("mw-references-wrap reflist").references);
        assert!(name_words("Bibliography").references);
        assert!(!name_words("article-body").references);
        assert!(!name_words("ref").references);
    }

    #[test]
    fn see_also_heads_a_section_not_a_list_of_articles() {
        assert!(!RELATED_TEXT.fills("See also", 2));
        assert!(RELATED_TEXT.fills("Related articles", 2));
        assert!(RELATED_TEXT.fills("Siehe auch", 2));
    }

    #[test]
    fn tails_bios_and_datelines() {
        assert!(TAIL_TEXT.is_match("Schreibe einen Kommentar"));
        assert!(TAIL_TEXT.is_match("Follow us on Twitter"));
        assert!(TAIL_TEXT.leads("Thank you for reading! Send feedback to the desk.", 12));
        assert!(TAIL_TEXT.leads("Enjoy the post? Pin it for later!", 12));
        assert!(TAIL_TEXT.leads("You must log in or register to reply here.", 12));
        assert!(TAIL_TEXT.leads("Was this page helpful?", 12));
        assert!(TAIL_TEXT.leads("Did this summary help you?", 12));
        // Paywall notices where the text stops, in more languages.
        assert!(TAIL_TEXT.leads("Продолжение доступно только подписчикам.", 12));
        assert!(TAIL_TEXT.leads(
            "Bu içerik abonelere özeldir. Okumaya devam etmek için abone olun.",
            12
        ));
        assert!(TAIL_TEXT.leads("Artykuł dostępny tylko dla prenumeratorów.", 12));
        assert!(TAIL_TEXT.leads("هذا المحتوى متاح للمشتركين فقط", 12));
        assert!(TAIL_TEXT.leads("Did you like this recipe?", 12));
        assert!(TAIL_TEXT.leads("Rate this recipe: ☆☆☆☆☆", 12));
        assert!(!TAIL_TEXT.leads("Donated organs are scarce in the region.", 12));
        assert!(TAIL_TEXT.is_match("© 2024 All rights reserved"));
        // Account prompts under a story or a thread.
        assert!(TAIL_TEXT.leads("Already have an account? Log in", 12));
        assert!(TAIL_TEXT.leads("Create an account or sign in to comment", 12));
        assert!(TAIL_TEXT.leads("You need to be a member in order to leave a comment", 12));
        assert!(!TAIL_TEXT.leads("Lawyers always read the fine print of an agreement", 8));
        assert!(TAIL_TEXT.leads("Print this page", 8));
        assert!(TAIL_TEXT.leads(
            "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin.",
            12
        ));
        assert!(TAIL_TEXT.leads("Sie sind aktuell nicht eingeloggt.", 12));
        assert!(DISCLOSURE_TEXT.leads(
            "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
            12
        ));
        assert!(TAIL_HEADING.leads("Zum Weiterlesen:", 2));
        assert!(TAIL_HEADING.leads("Previous article", 2));
        assert!(TAIL_HEADING.leads("Nächster Beitrag", 2));
        assert!(is_company_boilerplate(
            "Acme Corp. is a global solutions provider focused on healthcare ICT."
        ));
        assert!(is_company_boilerplate(
            "Acme is headquartered in Baar and employs around 1,300 people worldwide."
        ));
        assert!(is_company_boilerplate(
            "Acme Inc. (NASDAQ: ACME) makes tools."
        ));
        assert!(SCRIPT_NOTICE.is_match("This slideshow requires JavaScript."));
        assert!(SCRIPT_NOTICE.is_match("Please enable JavaScript to view the comments"));
        assert!(!SCRIPT_NOTICE.is_match("The course teaches JavaScript in six weeks."));
        assert!(AD_WORDS.is_match("Advert"));
        assert!(AD_WORDS.is_match("- विज्ञापन -"));
        assert!(AD_WORDS.is_match("— Advertisement —"));
        assert!(AD_WORDS.is_match("Tangazo"));
        assert!(AD_WORDS.is_match("إعلان"));
        assert!(FEEDBACK_PROMPT.is_match("Did this answer your question?"));
        assert!(SEE_ALSO_LEAD.is_match("See also: Our live tracker of every sleeper carriage"));
        assert!(SEE_ALSO_LEAD.is_match("Siehe auch: Die Bahn in Zahlen"));
        assert!(!SEE_ALSO_LEAD.is_match("See also"));
        assert!(!SEE_ALSO_LEAD.is_match("More than 40 people were hurt"));
        assert!(SHOP_TEXT.leads("Free Shipping on Orders over $75", 3));
        assert!(SHOP_TEXT.leads("Add to cart", 3));
        assert!(!SHOP_TEXT.leads("The shop added free shipping last year.", 3));
        for label in [
            "Advertisement",
            "ADVERTISEMENTContinue reading the main story",
            "Advertisement - Continue Reading Below",
            "Story continues below advertisement",
            "Article continues after this advertisement",
            "Continue reading the main story",
            "Anzeige",
        ] {
            assert!(AD_WORDS.is_match(label), "{label}");
        }
        for text in [
            "Continue reading",
            "The story continues in Paris",
            "Advertising works",
        ] {
            assert!(!AD_WORDS.is_match(text), "{text}");
        }
        assert!(REACTION_COUNT.is_match("2 Likes"));
        assert!(FOLD_CONTROL.is_match("Click to expand..."));
        assert!(QUESTION_THEN_CALL.is_match("Want to see how it works? Learn more here."));
        assert!(
            QUESTION_THEN_CALL.is_match("Do you want to be informed of our actions? Sign up here")
        );
        assert!(
            QUESTION_THEN_CALL.is_match("Ready to simplify your nutrition? Get started today.")
        );
        assert!(!QUESTION_THEN_CALL.is_match("Want to know why? The answer lies in the soil."));
        assert!(QUESTION_THEN_CALL.is_match("Have more questions? Submit a request"));
        assert!(QUESTION_THEN_CALL.is_match("Haben Sie weitere Fragen? Anfrage einreichen"));
        assert!(QUESTION_THEN_CALL.is_match("Still have questions? Contact our support team."));
        assert!(
            !QUESTION_THEN_CALL.is_match("Any questions? The council will answer them in May.")
        );
        assert!(FOLD_CONTROL.is_match("Show more"));
        assert!(FOLD_CONTROL.is_match("Expand description"));
        assert!(FOLD_CONTROL.is_match("Collapse all"));
        assert!(!FOLD_CONTROL.is_match("Expand the description of each field."));
        assert!(!FOLD_CONTROL.is_match("Show more patience with the new staff."));
        assert!(FOLD_CONTROL.is_match("Tell me more"));
        assert!(FOLD_CONTROL.is_match("Go back"));
        assert!(!FOLD_CONTROL.is_match("Go back to the start of the trail and turn left."));
        assert!(REACTION_COUNT.is_match("1.2k points"));
        assert!(!REACTION_COUNT.is_match("2 Likes and a fork"));
        assert!(REACTION_COUNT.is_match("Post Views: 1.432"));
        assert!(REACTION_COUNT.is_match("37 views"));
        assert!(REACTION_COUNT.is_match("1 Besucher online"));
        assert!(!REACTION_COUNT.is_match("Views: the city from the tower"));
        assert!(DISCLOSURE_TEXT.leads("(Alle Angaben ohne Gewähr)", 12));
        assert!(!is_company_boilerplate(
            "The Dental Association is an independent organization that offers advice."
        ));
        assert!(!is_company_boilerplate(
            "The mill, the town said, is a big employer for the valley."
        ));
        assert!(AUTHOR_BIO_LINE.is_match("Perry Bacon Jr. is a senior writer for the site."));
        assert!(AUTHOR_BIO_LINE.is_match("Anna Schmidt ist freie Journalistin in Berlin."));
        assert!(!AUTHOR_BIO_LINE.is_match("The town is a small place with a writer's museum."));
        assert!(PROFILE_FACT.is_match("Joined: 14. Sep 2019, 16:51"));
        assert!(PROFILE_FACT.is_match("Kontaktdaten:"));
        assert!(!PROFILE_FACT.is_match("Posted by the editors"));
        assert!(PROFILE_ACTIVITY.is_match("Posts: 96 Threads: 11"));
        assert!(!PROFILE_ACTIVITY.is_match("Location: Hagen"));
        assert!(DATELINE.is_match("By Justine Coleman - 11/18/19 11:04 PM EST"));
        assert!(DATELINE.is_match("Updated 5:27 am CST, Wednesday, November 20, 2019"));
        assert!(DATELINE.is_match("PUBLISHED: 10:48, Tue, Nov 19, 2019"));
        assert!(DATELINE.is_match("12. März 2024"));
        assert!(DATELINE.is_match("Opublikowano: 12 marca 2025, 10:15"));
        assert!(DATELINE.is_match("نُشر في: الأربعاء، ١٢ مارس ٢٠٢٥ - ٠٢:٣٥ م"));
        assert!(DATELINE.is_match("Опубликовано 12 марта 2025"));
        assert!(!DATELINE.is_match("نشر الجيش بيانا"));
        assert!(DATE_STAMP.is_match("Last updated: November 13, 2025"));
        assert!(DATE_STAMP.is_match("Aktualisiert am 17.01.2021."));
        assert!(DATE_STAMP.is_match("Letzte Aktualisierung"));
        assert!(DATE_STAMP.is_match("updated 12 Jul 2024"));
        assert!(DATE_STAMP.is_match("LIVE Updated 2 minutes ago"));
        assert!(!DATE_STAMP.is_match("Live updates from 12 cities"));
        assert!(!DATE_STAMP.is_match("Updated guidance says schools should open in 2021."));
        assert!(!DATE_STAMP.is_match("Updated regularly"));
        assert!(
            DATE_STAMP.is_match(
                "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"
            )
        );
        assert!(DATE_STAMP.is_match("Posted on March 3, 2024"));
        assert!(DATE_STAMP.is_match("Stand: 05. Februar 2020"));
        assert!(!DATE_STAMP.is_match("Stand up for 10 minutes"));
        assert!(PRINT_OFFER.is_match("Get the magazine every month. 12 issues for £11.99."));
        assert!(MORE_LABEL.is_match("More:"));
        assert!(UI_ERROR.is_match("Sorry!"));
        assert!(UI_ERROR.is_match("Failed to load latest commit information."));
        assert!(RELATED_TEXT.leads("Mehr aus der Sendung", 0));
        assert!(UI_ERROR.is_match("There was a problem. Please try again."));
        assert!(!UI_ERROR.is_match("There was a problem with the brakes."));
        assert!(PAID_SUBSCRIPTION.is_match(
            "Get access to our subscriptions service Pro for as little as Rs 599 for first year."
        ));
        assert!(!PAID_SUBSCRIPTION.is_match("Subscribers rose to 4 million in the first year."));
        assert!(
            PAID_SUBSCRIPTION
                .is_match("We have a small favour to ask. Please support us from as little as £1.")
        );
        assert!(SUPPORT_APPEAL.is_match(
            "… we have a small favour to ask. Will you support us with a regular contribution?"
        ));
        assert!(
            !SUPPORT_APPEAL.is_match(
                "The council asked residents to make a contribution to the consultation."
            )
        );
        assert!(!PAID_SUBSCRIPTION.is_match("Support for the plan rose to 60% in May."));
        assert!(MORE_LABEL.is_match("Mehr:"));
        assert!(!MORE_LABEL.is_match("More: the council voted again"));
        assert!(!PRINT_OFFER.is_match("The first 12 issues for the new year were printed."));
        assert!(
            SHORTCODE
                .is_match("[button link=\"/x\" type=\"big\"] Send us YOUR kit review[/button]")
        );
        assert!(!SHORTCODE.is_match("[1] Smith, J. A study of birds."));
        assert!(!DATE_STAMP.is_match("Published in 1998 by a small press."));
        assert!(!DATELINE.is_match("Byzantine politics returned to the capital."));
        // Months and days are whole words: numbered headings stay.
        assert!(DATELINE.is_match("3 Dec. 2024"));
        assert!(DATELINE.is_match("Sunday, 4 May"));
        assert!(!DATELINE.is_match("1. Main points"));
        assert!(!DATELINE.is_match("12 Decisions taken"));
        assert!(!DATELINE.is_match("3 Junctions closed"));
        assert!(!DATELINE.is_match("Sunscreen and hats"));
        assert!(!DATELINE.is_match("Marketing 12 ways"));
    }

    #[test]
    fn teaser_meta_lines() {
        assert!(TEASER_META.is_match("By Peter Weber, The Week US Published"));
        assert!(TEASER_META.is_match("Published 3 hours ago"));
        assert!(TEASER_META.is_match("5 min read"));
        assert!(!TEASER_META.is_match("The council published its plan"));
    }

    #[test]
    fn credits() {
        for yes in [
            "Photo: Hau Dinh, AP",
            "Credit: The Siberian Times",
            "(AP Photo/Alan Diaz, File)",
            "Alex Wong | Getty Images",
            "Image 1 of 8",
            "Caption",
            "Foto: dpa",
            "© Aaron Schwartz",
        ] {
            assert!(CREDIT_LINE.is_match(yes), "{yes}");
        }
        for no in [
            "Photography is an art.",
            "The next step",
            "Sources say the deal is close to done",
        ] {
            assert!(!CREDIT_LINE.is_match(no), "{no}");
        }
        for yes in [
            "The ermine is well hidden in winter. (jdoe / iStock.com)",
            "Lee Elder in 1975. | © Augusta National/Getty Images",
            "Jan Novak, photo: Government archives",
            "Crédits photos : Bestimage",
        ] {
            assert!(CAPTION_CREDIT.is_match(yes), "{yes}");
        }
        for no in [
            "The agency said the figures were confirmed by AFP.",
            "Nintendo/Apple shocked the world. It is a game you can play with one hand.",
            "A photo: that is what she wanted. Nothing else would do for the family, she said.",
        ] {
            assert!(!CAPTION_CREDIT.is_match(no), "{no}");
        }
        assert!(CAPTION_LABEL.is_match("Abbildung: Vergleich zweier Karten"));
        assert!(CAPTION_LABEL.is_match("Figure 2: The response curve"));
        assert!(!CAPTION_LABEL.is_match("Figure 2 shows the response curve."));
    }

    #[test]
    fn the_caption_credit_prefilter_passes_every_match() {
        let samples = [
            "The ermine is well hidden in winter. (jdoe / iStock.com)",
            "Lee Elder in 1975. | © Augusta National/Getty Images",
            "Jan Novak, photo: Government archives",
            "Crédits photos : Bestimage",
            "A view of the bay (c) Jane Doe",
            "Harbour at dawn © Jane Doe",
            "Abbildung: Vergleich zweier Karten",
            "FIGURE 2 : THE RESPONSE CURVE",
            "Players at the final | Getty",
            "Plain prose with no credit in it at all.",
        ];
        for s in samples {
            if CAPTION_CREDIT.is_match(s) || CAPTION_LABEL.is_match(s) {
                assert!(may_hold_caption_credit(s), "{s}");
            }
        }
        assert!(!may_hold_caption_credit(
            "Plain prose with no credit in it at all."
        ));
    }

    #[test]
    fn is_caption_credit_answers_as_the_pattern() {
        // The regex crate's `Regex` (a lazy DFA searching backwards) as the
        // reference, in both forms.
        let reference = (
            regex::Regex::new(&ascii_word_boundaries(&caption_credit_pattern())).unwrap(),
            regex::Regex::new(&caption_credit_pattern()).unwrap(),
        );
        let mark = regex::Regex::new(&ascii_word_boundaries(CAPTION_CREDIT_MARK_PATTERN)).unwrap();
        let long_tail = format!("Photo: {}", "x".repeat(120));
        let mut samples = vec![
            "The ermine is well hidden in winter. (jdoe / iStock.com)".to_string(),
            "Lee Elder in 1975. | © Augusta National/Getty Images".to_string(),
            "Crédits photos : Bestimage".to_string(),
            "A photo: that is what she wanted. Nothing else would do.".to_string(),
            "Nintendo/Apple shocked the world. It is a game.".to_string(),
            "Un verre (apéritif) offert".to_string(),
            long_tail.clone(),
        ];
        // Random mixes of credit words, punctuation, letters, white space
        // and the characters that fold to ASCII letters.
        let pieces = [
            "Photo",
            "foto",
            "credit",
            "crédits photos",
            " : ",
            ":",
            "(",
            "/ ",
            "|",
            "©",
            "(c)",
            "Reuters",
            "ap",
            "AP",
            "getty",
            ". ",
            ".",
            "?x",
            "!!",
            "é",
            "Novák",
            " ",
            "\u{a0}",
            "\n",
            "ſ",
            "\u{212a}eystone",
            "’",
            "x",
            "word",
        ];
        let mut rng = crate::testing::Xorshift::new(0x0df4);
        for _ in 0..6000 {
            let n = 1 + rng.pick(&[0, 1, 2, 4, 8, 16, 32, 48]);
            samples.push((0..n).map(|_| rng.pick(&pieces)).collect());
        }
        let (mut credits, mut marked_only) = (0, 0);
        for s in &samples {
            let (ascii, unicode) = (reference.0.is_match(s), reference.1.is_match(s));
            let expected = ascii && (s.is_ascii() || unicode);
            assert_eq!(is_caption_credit(s), expected, "{s:?}");
            // The pattern, searched without a DFA, answers as the reference.
            assert_eq!(CAPTION_CREDIT.ascii.is_match(s), ascii, "{s:?}");
            assert_eq!(CAPTION_CREDIT.unicode.is_match(s), unicode, "{s:?}");
            credits += usize::from(expected);
            marked_only += usize::from(!ascii && mark.is_match(s));
        }
        // The samples reach both answers, and texts with a credit mark
        // but no short tail after it.
        assert!(credits > 300 && samples.len() - credits > 300, "{credits}");
        assert!(marked_only > 100, "{marked_only}");
        // A credit followed by more than 80 characters is no caption's.
        assert!(!is_caption_credit(&long_tail));
    }

    #[test]
    fn a_caption_tail_is_read_as_the_pattern_reads_it() {
        assert!(is_short_caption_tail(""));
        assert!(is_short_caption_tail(" Jane Doe"));
        assert!(is_short_caption_tail("Jane Doe / AP.com"));
        // A sentence ending, or a final stop, ends the caption credit.
        assert!(!is_short_caption_tail("Jane Doe. She said"));
        assert!(!is_short_caption_tail("Jane Doe."));
        assert!(!is_short_caption_tail("Jane!\u{a0}Doe"));
        // The character after a stop is its own, even a second stop.
        assert!(is_short_caption_tail("a.."));
        assert!(!is_short_caption_tail("a..."));
        assert!(is_short_caption_tail("a...b"));
        // Eighty units, counted in characters, and a stop and its
        // follower counting one.
        assert!(is_short_caption_tail(&"é".repeat(80)));
        assert!(!is_short_caption_tail(&"é".repeat(81)));
        assert!(is_short_caption_tail(&".x".repeat(80)));
        assert!(!is_short_caption_tail(&".x".repeat(81)));
    }

    #[test]
    fn ad_and_loading_words_are_whole_blocks() {
        assert!(AD_WORDS.is_match("Advertisement"));
        assert!(AD_WORDS.is_match(" Werbung "));
        assert!(AD_WORDS.is_match("Iklan"));
        assert!(AD_WORDS.is_match("SCROLL TO CONTINUE WITH CONTENT"));
        assert!(AD_WORDS.is_match("Advertisement - Scroll to continue reading"));
        assert!(!AD_WORDS.is_match("Scroll to continue"));
        assert!(AD_WORDS.is_match("Reklama"));
        assert!(!AD_WORDS.is_match("Annonce de la victoire"));
        assert!(!AD_WORDS.is_match("Advertisement revenue fell"));
        assert!(LOADING_WORDS.is_match("Loading..."));
        assert!(LOADING_WORDS.is_match("Lade weitere Inhalte ..."));
        assert!(LOADING_WORDS.is_match("Load more"));
        // A blog platform's like button before its script runs.
        assert!(LOADING_WORDS.is_match("Like Loading..."));
        assert!(LOADING_WORDS.is_match("Gefällt mir Wird geladen..."));
        assert!(!LOADING_WORDS.is_match("Like loading a ferry"));
        assert!(!LOADING_WORDS.is_match("Loading the ferry took an hour."));
    }

    #[test]
    fn embed_placeholders_are_whole_blocks() {
        whole_blocks(
            &EMBED_PLACEHOLDER,
            &[
                "View this post on Instagram",
                "Sieh dir diesen Beitrag auf Instagram an",
                "Voir cette publication sur Instagram",
                "Ver esta publicación en Instagram",
                "Watch the video on YouTube",
            ],
            &[
                "View this post on Instagram to see how the harbour looked before the storm.",
                "A post shared by Jane Doe (@jane) on Jun 16, 2019",
                "See the post",
            ],
        );
    }

    #[test]
    fn page_controls_are_whole_blocks() {
        whole_blocks(
            &PAGE_CONTROL,
            &[
                "Back to top",
                "↑ Back to Top",
                "Nach oben",
                "Retour en haut de page",
                "toggle caption",
                "Show Caption",
                "Hide caption",
                "Skip this section",
                "Scroll to top ▲",
                "Breadcrumb navigation",
                "Sie sind hier:",
                "Back to Gallery",
                "Zurück zur Bildergalerie",
            ],
            &[
                "Back to top form after the injury",
                "The top of the page shows the date.",
                "Toggle",
                "Show captions of the photos below to your readers.",
                "Back to the gallery of winners, she said.",
            ],
        );
    }

    /// Checks that `pattern` matches each `yes` block and none of `no`.
    fn whole_blocks(pattern: &MatchRegex, yes: &[&str], no: &[&str]) {
        for text in yes {
            assert!(pattern.is_match(text), "{text}");
        }
        for text in no {
            assert!(!pattern.is_match(text), "{text}");
        }
    }

    #[test]
    fn screen_reader_classes_are_told_from_other_hiding_classes() {
        let only = visibility_classes("px-2 sr-only");
        assert!(only.hides && only.screen_reader_only);
        let prefixed = visibility_classes("govuk-visually-hidden");
        assert!(prefixed.hides && prefixed.screen_reader_only);
        let both = visibility_classes("sr-only hidden");
        assert!(both.hides && !both.screen_reader_only);
        let neither = visibility_classes("d-none");
        assert!(neither.hides && !neither.screen_reader_only);
    }

    #[test]
    fn typo_notices_need_the_chord_and_a_word_for_a_mistake() {
        for notice in [
            "If you notice an error, select it and press Ctrl+Enter to let us know.",
            "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter",
            "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter",
            "Zauważyłeś błąd? Zaznacz go i naciśnij Ctrl+Enter",
        ] {
            assert!(TYPO_REPORT.is_match(notice), "{notice}");
        }
        for text in [
            "Press Ctrl+Enter to send the message.",
            "Report an error in this article",
        ] {
            assert!(!TYPO_REPORT.is_match(text), "{text}");
        }
    }

    #[test]
    fn continuation_notes_in_other_languages_are_ad_words() {
        for label in [
            "Haberin Devamı",
            "HABERİN DEVAMI",
            "Weiter nach der Anzeige",
            "La suite après cette publicité",
            "Dalsza część artykułu pod reklamą",
            "Продолжение ниже",
            "Artikel gaat verder onder de advertentie",
        ] {
            assert!(AD_WORDS.is_match(label), "{label}");
        }
        assert!(!AD_WORDS.is_match("Haberin devamında bakan açıklama yaptı"));
    }

    #[test]
    fn channel_calls_open_with_verbs_of_many_languages() {
        for call in [
            "Volg ons op WhatsApp voor het laatste nieuws",
            "Följ oss på Instagram",
            "Ikuti saluran Telegram kami",
            "Dołącz do nas na WhatsApp",
            "Theo dõi kênh YouTube của chúng tôi",
            "Sledujte iDeník.cz na Instagramu, Facebooku a v aplikaci.",
        ] {
            assert!(CHANNEL_CALL.is_match(call), "{call}");
        }
        assert!(!CHANNEL_CALL.is_match("Volgens de minister is Telegram een probleem"));
    }

    #[test]
    fn forum_chrome_is_whole_blocks() {
        whole_blocks(
            &FORUM_CHROME,
            &[
                "Users browsing this thread: 1 Guest(s)",
                "Recently Browsing",
                "No registered users viewing this page.",
                "Create an account or sign in to comment",
                "You need to be a member in order to leave a comment",
                "Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste",
                "Wer ist online?",
                "View a Printable Version",
                "Last edited by jdoe; 01-02-2020 at 10:00 AM.",
                "Edited January 29 by ErnestQ (see edit history)",
                "answered Mar 28, 2014 at 22:52",
                "asked 3 days ago",
                "edited 2014-03-29",
                "Last edited: Jan 22, 2024",
                "Last edited by hbrennan on Mon Nov 06, 2023 8:35 pm, edited 1 time in total.",
                "Code: Select all",
                "Viewing 5 posts - 1 through 5 (of 5 total)",
                "Viewing 1 reply (of 1 total)",
                "This topic has 4 replies, 3 voices, and was last updated 1 year, 2 months ago by Nadia R.",
            ],
            &[
                "Who is online matters less than who reads the thread.",
                "Viewing 5 homes in one day is too many.",
                "Code: the rules we write for ourselves.",
                "Edited by Lauren Mastbaum",
                "Answered prayers",
                "The printable version of the form is at the library.",
            ],
        );
    }

    #[test]
    fn contents_labels_are_whole_blocks() {
        whole_blocks(
            &CONTENTS_LABEL,
            &[
                "On this page",
                "In This Article",
                "In this article:",
                "Table of Contents",
                "Inhaltsverzeichnis",
                "Sommaire",
            ],
            &[
                "Contents",
                "Inhalt",
                "In this article we look at three cases.",
            ],
        );
    }

    #[test]
    fn credit_labels_are_whole_blocks() {
        whole_blocks(
            &CREDIT_LABEL,
            &[
                "By",
                "By:",
                "Edited by",
                "Reviewed by",
                "Fact-checked by",
                "Autorin:",
                "Von:",
                "Published By",
                "written by",
                "Par",
            ],
            &[
                "By Jane Doe",
                "Edited by Lauren Mastbaum",
                "Von Götz Warnke",
                "Bye",
                "By the way",
                "Standby",
            ],
        );
    }

    #[test]
    fn author_card_headings_need_the_verb() {
        for heading in [
            "Written by Sam Ortiz",
            "Geschrieben von Anna Weber",
            "Écrit par Jeanne Morel",
        ] {
            assert!(AUTHOR_CARD_HEADING.is_match(heading), "{heading}");
        }
        for heading in [
            "By the numbers",
            "Written by hand: the revival of the letter in an age of instant messages",
            "How it was written by committee",
        ] {
            assert!(!AUTHOR_CARD_HEADING.is_match(heading), "{heading}");
        }
    }

    #[test]
    fn reaction_rosters_name_who_reacted() {
        for line in [
            "crumbcoat, doughboy and 4 others like this",
            "12 people like this",
            "jdoe likes this",
            "Anna and Tom liked this post",
        ] {
            assert!(REACTION_ROSTER.is_match(line), "{line}");
        }
        for line in ["not like this", "It looks like this:", "Do it like this."] {
            assert!(!REACTION_ROSTER.is_match(line), "{line}");
        }
    }

    #[test]
    fn self_introductions_open_author_boxes() {
        for text in [
            "Hi, I'm Hannah! I bake every weekend.",
            "Hello there! My name is Tom and I write about bikes.",
            "Hallo, ich bin Anna.",
            "My name is Tom and I write about bikes.",
        ] {
            assert!(SELF_INTRODUCTION.is_match(text), "{text}");
        }
        for text in [
            "By Hannah Reed",
            "Hiroshi Tanaka, staff writer",
            "Im Gespräch: Anna",
        ] {
            assert!(!SELF_INTRODUCTION.is_match(text), "{text}");
        }
    }

    #[test]
    fn feedback_prompts_are_whole_lines() {
        for line in [
            "Did this summary help you?",
            "Was this answer helpful?",
            "Did you like this recipe?",
            "Helpful 18 Not Helpful 2",
            "Helpful (7)",
            "Did you find what you were looking for?",
            "Help us improve GOV.UK",
            "Help us improve",
            "Is there anything wrong with this page?",
            "War diese Seite hilfreich?",
            "214 von 239 fanden dies hilfreich",
            "12 out of 15 found this helpful",
            "3 of 4 people found this helpful.",
            "A 5 de 7 personas les pareció útil",
            "Cette page vous a-t-elle été utile ?",
            "¿Te resultó útil esta página?",
            "Questo articolo ti è stato utile?",
            "Esta matéria foi útil?",
            "Czy ten artykuł był pomocny?",
            "Была ли эта статья полезной?",
            "Bu haber faydalı mıydı?",
            "هل كان هذا المقال مفيدا؟",
            "이 기사 어떠셨나요?",
            "この記事は役に立ちましたか？",
            "这篇文章对您有帮助吗？",
        ] {
            assert!(FEEDBACK_PROMPT.is_match(line), "{line}");
        }
        for line in [
            "Did this summary help you decide which model to buy? We hope so.",
            "Helpful staff",
            "Was this helpful to the investigators, the court asked.",
            "Help us improve the lives of children in care by becoming a foster parent.",
            "12 out of 15 voters found this helpful in deciding, the survey says.",
        ] {
            assert!(!FEEDBACK_PROMPT.is_match(line), "{line}");
        }
    }

    #[test]
    fn calls_to_comment_or_review_are_whole_lines() {
        for line in [
            "Leave a comment",
            "Write Your Own Review",
            "Write a review",
            "Bewertung schreiben",
            "Écrire un avis",
            "Escreva uma avaliação",
        ] {
            assert!(COMMENT_CALL.is_match(line), "{line}");
        }
        for line in [
            "Write a review of the book before Friday.",
            "Your review",
            "Reviews",
        ] {
            assert!(!COMMENT_CALL.is_match(line), "{line}");
        }
    }

    #[test]
    fn rating_lines_need_stars_or_a_vote_count() {
        for line in [
            "★★★★★ 4.9 from 37 votes",
            "4.8 out of 5 stars (1,204 ratings)",
            "Based on 4567 reviews",
            "★★★★☆ 128 reviews",
            "Rated 4.67 out of 5 based on 6 customer ratings",
            "(6 customer reviews)",
            "Rated 4.5 out of 5",
        ] {
            assert!(RATING_LINE.is_match(line), "{line}");
        }
        for line in [
            "51 Reviews",
            "The film won 4 stars from 12 critics last week.",
            "★★★★☆ The Banshees of Inisherin (2022)",
            "Rated 4.5 out of 5 by critics, the film opens on Friday.",
            "6 customer reviews",
        ] {
            assert!(!RATING_LINE.is_match(line), "{line}");
        }
    }

    #[test]
    fn button_calls_are_whole_blocks() {
        whole_blocks(
            &CALL_BUTTON,
            &[
                "Learn more",
                "Apply now →",
                "Request a demo",
                "Mehr erfahren",
                "En savoir plus ›",
                "Join now for free",
                "Join today",
            ],
            &[
                "Learn more about the study",
                "Join now for free and save",
                "Get started with the CLI in five minutes",
            ],
        );
    }

    #[test]
    fn qr_code_prompts_are_whole_blocks() {
        whole_blocks(
            &QR_PROMPT,
            &[
                "长按识别二维码关注我们",
                "微信扫一扫关注该公众号",
                "Scan the QR code to download the app",
            ],
            &[
                "QR code payments rose by 40% last year.",
                "二维码支付在去年增长了四成，商户数量也随之大幅增加，银行开始调整手续费政策。",
            ],
        );
    }

    #[test]
    fn audio_player_controls_are_whole_blocks() {
        whole_blocks(
            &AUDIO_PLAYER,
            &[
                "Listen to this article",
                "Listen to this article00:00/3:581x",
                "Listen to this story · 4 min",
                "Artikel anhören",
                "Écouter cet article",
                "Escucha esta nota aquí",
                "Audio version of this article 12:04",
            ],
            &[
                "Listen to this article's author explain the findings.",
                "Listen to the podcast",
                "Artikel",
            ],
        );
    }

    #[test]
    fn declarations_are_whole_lines() {
        whole_blocks(
            &DECLARATION,
            &[
                "public static int max(int a, int b)",
                "@Deprecated public void close()",
                "pub fn run(&self) -> Result<(), Error>",
                "def load(path, *, strict=False)",
                "async function fetch(url)",
            ],
            &[
                "Public servant, part-time drummer",
                "My rig: Ryzen 7, 32 GB",
                "The function returns a new list.",
            ],
        );
    }

    #[test]
    fn paywall_badges_are_whole_blocks() {
        whole_blocks(
            &PAYWALL_BADGE,
            &[
                "Member-only story",
                "Members only",
                "Subscribers only",
                "Premium content",
                "Exclusive to subscribers",
                "Nur für Abonnenten",
                "Réservé aux abonnés",
                "Article réservé aux abonnés",
                "Exclusivo para suscriptores",
            ],
            &[
                "Premium members get early access to new features.",
                "Only members of the club may vote.",
                "Premium economy",
                "Premium",
            ],
        );
    }

    #[test]
    fn sponsor_labels_are_whole_blocks() {
        whole_blocks(
            &SPONSOR_LABEL,
            &[
                "In partnership with",
                "Presented by:",
                "Brought to you by",
                "In Zusammenarbeit mit",
                "En partenariat avec",
                "En colaboración con",
            ],
            &[
                "Presented by the city council, the plan was approved.",
                "In partnership with local schools, the library runs a reading club.",
                "Partnership",
            ],
        );
    }

    #[test]
    fn times_of_day_close_a_line() {
        whole_blocks(
            &TIME_OF_DAY_AT_END,
            &[
                "sexta-feira, 22 de outubro de 2010 às 20:13",
                "miércoles, 11 de mayo de 2022 - 3:40 a.m.",
                "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr",
                "Mon 18 Nov 2019 18.54 GMT",
                "le 3 mars 2025 à 12h30",
            ],
            &[
                "22 de outubro de 2010",
                "Released in version 2.10 of the library",
                "20:13 was the time the train left.",
                "Build 30:75",
            ],
        );
    }

    #[test]
    fn reading_times_are_whole_blocks() {
        whole_blocks(
            &READING_TIME,
            &[
                "Estimated reading time: 6 minutes",
                "Lesezeit: 2 Minuten",
                "Lesezeit: 1 min",
                "5 min read",
                "3 Min. Lesezeit",
                "Temps de lecture : 4 min",
                "Reading time 8-10 minutes",
                "4 min czytania",
                "Czas czytania: 5 min",
                "Время чтения: 3 минуты",
                "Время чтения: 1 минуту",
                "Tempo de leitura: 1 minuto",
                "Tiempo de lectura: 1 minuto",
                "Czas czytania: 1 minuta",
                "5 dk okuma",
                "3 phút đọc",
                "3分で読めます",
                "阅读时间：5分钟",
                "4 דקות קריאה",
                "3 دقائق قراءة",
            ],
            &[
                "Reading time matters more than page views, the study found.",
                "The 5 min read on the bus became a habit.",
                "Czas czytania książek spada.",
                "Lesezeit",
            ],
        );
    }

    #[test]
    fn videos() {
        assert!(VIDEOS.is_match("https://www.youtube.com/embed/x"));
        assert!(VIDEOS.is_match("//player.vimeo.com/video/1"));
        assert!(!VIDEOS.is_match("https://example.com/youtube.com"));
        assert!(VIDEOS.is_match("//live.bilibili.com/1"));
        assert!(!VIDEOS.is_match("//player.bilibili.com/1"));
        let custom = VideoPlayers::new(&["videos.example"]);
        assert!(custom.is_match("https://videos.example/embed/1"));
        assert!(!custom.is_match("https://www.youtube.com/embed/x"));
        assert!(!VideoPlayers::new::<&str>(&[]).is_match("https://www.youtube.com/embed/x"));
    }

    #[test]
    fn a_host_list_too_long_for_one_regex_is_still_tested() {
        let mut hosts: Vec<String> = (0..30_000)
            .map(|i| format!("player{i}.videos.example"))
            .collect();
        hosts.push("youtube.com".into());
        let players = VideoPlayers::new(&hosts);
        assert!(matches!(&*players.0, VideoTest::Hosts(Some(_))));
        // The same answers as the pattern, for hosts it can hold.
        let few = VideoPlayers::new(&[
            "youtube.com",
            "player29999.videos.example",
            "player7.videos.example",
        ]);
        assert!(matches!(&*few.0, VideoTest::Pattern(_)));
        for (value, expected) in [
            ("https://www.youtube.com/embed/x", true),
            ("//WWW.YouTube.com/embed/x", true),
            ("https://player29999.videos.example/v/1", true),
            ("https://example.com/youtube.com", false),
            ("https://www.example.com/?u=//player7.videos.example", true),
            ("//www.", false),
            ("//", false),
            ("", false),
        ] {
            assert_eq!(players.is_match(value), expected, "{value}");
            // The same answers as the pattern for the hosts it can hold.
            let few = VideoPlayers::new(&[
                "youtube.com",
                "player29999.videos.example",
                "player7.videos.example",
            ]);
            assert_eq!(few.is_match(value), expected, "{value}");
        }
    }

    #[test]
    fn lazy_image_values() {
        assert!(IMAGE_URL_VALUE.is_match("/img/photo.JPG?w=300"));
        assert!(!IMAGE_URL_VALUE.is_match("a caption about photo.jpg files"));
        assert!(IMAGE_SRCSET_VALUE.is_match("a.jpg 1x, b.jpg 2x"));
        assert!(IMAGE_SRCSET_VALUE.is_match("/a.webp 300w"));
        assert!(!IMAGE_SRCSET_VALUE.is_match("/a.jpg"));
        assert!(PLACEHOLDER_IMAGE.is_match("/assets/lazy-placeholder.png"));
        assert!(PLACEHOLDER_IMAGE.is_match("blank.gif"));
        assert!(!PLACEHOLDER_IMAGE.is_match("/photos/harbour-wall.jpg"));
    }

    #[test]
    fn sentence_end() {
        assert!(has_sentence_end("It ended. Then"));
        assert!(has_sentence_end("It ended."));
        assert!(!has_sentence_end("v1.2 release"));
    }

    #[test]
    fn never_content() {
        check(
            &NEVER_CONTENT,
            &[
                "cookie-banner",
                "gdpr-consent",
                "modal",
                "v8Modal",
                "modal-overlay",
                "mod-flyout",
                "skip-link",
            ],
            // "cmp-" prefixes every component of a common CMS's markup
            // (cmp-text, cmp-teaser), not only consent managers.
            &[
                "overlayed-x",
                "modality",
                "popular",
                "nonconsensual-x",
                "cmp-text",
                "cmp-teaser",
            ],
        );
        assert!(is_hiding_class("sr-only"));
        assert!(is_hiding_class("govuk-visually-hidden"));
        assert!(is_hiding_class("usa-sr-only"));
        assert!(!is_hiding_class("visually-hidden-focusable-x"));
        assert!(!is_hiding_class("hidden-xs"));
        assert!(is_hiding_class("elementor-hidden-desktop"));
        assert!(is_hiding_class("lg:hidden"));
        assert!(!is_hiding_class("elementor-hidden-mobile"));
        assert!(is_hiding_class("material-icons"));
        assert!(is_hiding_class("material-symbols-outlined"));
        assert!(!is_hiding_class("materials"));
    }

    #[test]
    fn combined_signals_agree_with_each_pattern() {
        for class in [
            "sidebar",
            "entry-content",
            "share-bar",
            "byline",
            "main comment",
            "x",
        ] {
            let t = tokens(class, "");
            let s = class_signals(&t);
            for (i, p) in CLASS_PATTERNS.iter().enumerate() {
                assert_eq!(s.has(1 << i), p.is_match(&t), "{class} / {}", p.name);
            }
        }
    }

    #[test]
    fn metadata_patterns() {
        check(
            &SECONDARY,
            &[
                "comment-list",
                "product-reviews",
                "sidebar",
                "related-posts",
                "site-footer",
                "main-nav",
            ],
            &["entry-header", "post-meta", "article-body"],
        );
        check(
            &DATE_CLASS,
            &[
                "date",
                "post-date",
                "entry-date",
                "published",
                "dt-published",
                "pubdate",
            ],
            &["update", "dates-list-x", "candidate", "updated"],
        );
        assert_eq!(
            without_first_match(&BYLINE_PREFIX, "Written by: Jane Doe"),
            "Jane Doe"
        );
        assert_eq!(
            without_first_match(&BYLINE_PREFIX, "BY JANE DOE"),
            "JANE DOE"
        );
        assert_eq!(
            without_first_match(&BYLINE_PREFIX, "Byron Smith"),
            "Byron Smith"
        );
        assert_eq!(
            without_first_match(&BYLINE_LOWER_PREFIX, "di Mario Rossi"),
            "Mario Rossi"
        );
        assert_eq!(
            without_first_match(&BYLINE_LOWER_PREFIX, "Di Maria"),
            "Di Maria"
        );
        assert!(NOT_A_NAME.is_match("Senior Staff Technologist"));
        assert!(NOT_A_NAME.is_match("Games Editor"));
        assert!(!NOT_A_NAME.is_match("Eleanor Ainge Roy"));
        assert!(BYLINE_TAIL.is_match("Updated"));
    }

    #[test]
    fn hostile_class_strings_are_capped() {
        let long = "comment ".repeat(100_000);
        let t = tokens(&long, "");
        // A name boundary adds a space: at most one per byte of the value.
        assert!(t.len() <= 2 * MAX_CLASS_BYTES + 4);
    }

    #[test]
    fn the_class_prefilter_never_hides_a_match() {
        // Every term, written the ways pages write class names, and values
        // that hold no term at all.
        let mut values: Vec<String> = [
            "row col-md-6",
            "wp-block-image size-large",
            "x1 y2 z3",
            "non-paywall",
            "no-ads",
            "\u{212a}ommentlist",
            "",
        ]
        .iter()
        .map(|v| v.to_string())
        .collect();
        for term in CLASS_PATTERNS.iter().flat_map(|p| p.terms.iter()) {
            let bare = term.trim_start_matches(['=', '^']);
            let camel: String = bare
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect();
            values.push(bare.replace(' ', "-"));
            values.push(format!("site{camel}"));
            values.push(format!("x_{}_y", bare.replace(' ', "_").to_uppercase()));
            values.push(format!("pre{}", bare.replace(' ', "")));
        }
        let mut matched = 0;
        for value in &values {
            let t = tokens(value, "");
            let signals = (class_signals(&t), class_signals_in_main(&t));
            if signals != Default::default() {
                matched += 1;
                assert!(may_match_class(value), "{value:?} was filtered out");
            }
        }
        assert!(matched > 100, "only {matched} values matched a pattern");
        assert!(!may_match_class("row col-md-6"));
        assert!(!may_match_class("wp-block-image size-large"));
        assert!(may_match_class("\u{212a}ommentlist"));
        // One pass answers as the two searches do.
        values.extend(
            [
                "row col-md-6",
                "entry-DATE sidebar",
                "PostedOn",
                "mw-references-wrap reflist",
                "Bibliography comments",
                "da",
                "\u{212a}ommentlist",
                "",
                // Each hiding class, carousel slide and copy.
                "col hidden",
                "d-none",
                "sr-only x",
                "visually-hidden",
                "visuallyhidden",
                "screen-reader-text",
                "screen-reader-only",
                "screenreader-only",
                "is-hidden",
                "u-hidden",
                "rich-snippet-hidden",
                "hide",
                "invisible",
                "element-invisible",
                "show-for-sr",
                "nav-hidden-desktop",
                "hide-desktop",
                "hide-on-desktop",
                "desktop-hidden",
                "d-lg-none",
                "d-xl-none",
                "hidden-lg",
                "lg:hidden",
                "xl:hidden",
                "material-icons",
                "material-icons-round",
                "material-symbols-outlined",
                "slick-slide",
                "swiper-slide swiper-slide-duplicate",
                "splide__slide",
                "glide__slide",
                "carousel-item",
                "carousel-cell",
                "owl-item cloned",
            ]
            .map(String::from),
        );
        for value in &values {
            let facts = name_facts(value);
            let words = name_words(value);
            assert_eq!(facts.may_match, may_match_class(value), "{value:?}");
            assert!(
                facts.may_hide || visibility_classes(value) == VisibilityClasses::default(),
                "{value:?}"
            );
            assert_eq!(
                (facts.words.date, facts.words.references),
                (words.date, words.references),
                "{value:?}"
            );
        }
    }

    #[test]
    fn tokens_are_those_split_whitespace_gives() {
        for value in [
            "",
            " ",
            "a",
            " hidden  d-none\t\x0bsr-only\r\n",
            "x\x0cy\x1cz",
            "caf\u{e9} \u{a0}hidden\u{3000}owl-item",
        ] {
            let mut tokens = Vec::new();
            for_each_token(value, |t| tokens.push(t));
            let expected: Vec<&str> = value.split_whitespace().collect();
            assert_eq!(tokens, expected, "{value:?}");
        }
    }

    #[test]
    fn carousel_slides_but_not_their_copies() {
        assert!(is_carousel_slide("slick-slide slick-active"));
        assert!(is_carousel_slide("owl-item"));
        // A copy's mark anywhere in the value, before or after the name.
        assert!(!is_carousel_slide("slick-slide slick-cloned"));
        assert!(!is_carousel_slide("swiper-slide-duplicate swiper-slide"));
        assert!(!is_carousel_slide("slide carousel"));
        assert!(!is_carousel_slide(""));
    }

    #[test]
    fn company_name_may_be_sixty_characters_after_its_first_letter() {
        let lead = |name: &str| format!("{name} is a leading provider of tools.");
        let name = format!("A{}", "b".repeat(COMPANY_NAME_MAX_CHARS));
        assert!(is_company_boilerplate(&lead(&name)));
        assert!(!is_company_boilerplate(&lead(&format!("{name}c"))));
        // The shortest name decides: a second "is" further on does not
        // hide a first one within reach.
        let twice = format!("Acme is a maker of {} is a provider of x", "y".repeat(70));
        assert!(is_company_boilerplate(&twice));
        // Characters, not bytes.
        let wide = format!("Ä{}", "ü".repeat(COMPANY_NAME_MAX_CHARS));
        assert!(is_company_boilerplate(&lead(&wide)));
    }

    #[test]
    fn notebook_prompts_are_whole_lines() {
        for prompt in ["In [3]:", "Out[3]:", "In\u{a0}[12]:", "In [ ]:", "In [*]:"] {
            assert!(CELL_PROMPT.is_match(prompt), "{prompt}");
        }
        for text in ["In [3]: the model", "Out of [3]:", "in [3]:", "Input [3]:"] {
            assert!(!CELL_PROMPT.is_match(text), "{text}");
        }
    }

    #[test]
    fn trial_terms_are_whole_lines() {
        for line in [
            "No credit card required · Cancel anytime",
            "14-day free trial. No credit card needed.",
            "Free trial for 30 days | No commitment",
            "Cancel at any time",
        ] {
            assert!(TRIAL_TERMS.is_match(line), "{line}");
        }
        for text in [
            "You can cancel anytime from the billing page.",
            "No credit card required for the free plan, which has three seats.",
        ] {
            assert!(!TRIAL_TERMS.is_match(text), "{text}");
        }
    }

    #[test]
    fn reprint_notices_in_chinese_japanese_and_korean() {
        for line in [
            "（本文为东方快讯原创稿件，未经授权不得转载）",
            "自由時報版權所有不得轉載 © 2025 The Freedom Times Group.",
            "未經許可，不得轉載",
            "無断転載を禁じます",
            "Copyright © 2025 朝日新聞社 無断複製・転載を禁止します",
            "저작권자 © 연합뉴스 무단전재 및 재배포 금지",
        ] {
            assert!(REPRINT_NOTICE.is_match(line), "{line}");
        }
        for text in [
            "記者は転載の経緯を取材した。",
            "市議会は再配布の計画を承認した。",
            "재배포 계획이 발표됐다.",
        ] {
            assert!(!REPRINT_NOTICE.is_match(text), "{text}");
        }
    }
}
