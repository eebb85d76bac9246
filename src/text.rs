//! Text measures shared by the stages: the length of text as a reader sees
//! it (white space collapsed), commas, and CJK awareness.

/// The length of a piece of text with white space collapsed and trimmed,
/// in characters, plus what is needed to join it to its neighbours.
///
/// `TextSpan`s combine like the strings they measure (`a.then(b)` measures
/// `a + b`), so the length of any element's text is the fold of its
/// children's spans: computed bottom-up once, never by collecting strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextSpan {
    /// Characters after trimming and collapsing white space runs to one.
    pub len: u32,
    /// Starts with white space (meaningful only when `content`).
    lead: bool,
    /// Ends with white space (meaningful only when `content`).
    trail: bool,
    /// Holds at least one non-white-space character.
    pub content: bool,
    /// Holds at least one white-space character.
    ws: bool,
}

impl TextSpan {
    /// Measures a string.
    #[cfg(test)]
    pub(crate) fn of(s: &str) -> TextSpan {
        TextMeasure::of(s).span
    }

    /// White space and nothing else (at least one character of it):
    /// text that can only separate words.
    pub(crate) fn is_white_space(self) -> bool {
        self.ws && !self.content
    }

    /// The measure of white space alone.
    pub(crate) const SPACE: TextSpan = TextSpan {
        len: 0,
        lead: false,
        trail: false,
        content: false,
        ws: true,
    };

    /// The measure of `self` followed by `next`.
    pub(crate) fn then(self, next: TextSpan) -> TextSpan {
        match (self.content, next.content) {
            (false, false) => TextSpan {
                ws: self.ws || next.ws,
                ..TextSpan::default()
            },
            (false, true) => TextSpan {
                lead: self.ws || next.lead,
                ws: true,
                ..next
            },
            (true, false) => TextSpan {
                trail: self.trail || next.ws,
                ws: self.ws || next.ws,
                ..self
            },
            (true, true) => TextSpan {
                len: self.len + next.len + u32::from(self.trail || next.lead),
                lead: self.lead,
                trail: next.trail,
                content: true,
                ws: true,
            },
        }
    }
}

/// Everything the stages measure in one text node, in one pass over it.
///
/// Text nodes do not change once the tree is indexed, so their measures
/// are taken once (see `Dom::index`) and every later pass only folds them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextMeasure {
    /// Collapsed length and joining facts.
    pub span: TextSpan,
    /// Commas in the scripts this crate scores ([`is_comma`]).
    pub commas: u32,
    /// ASCII commas only.
    pub ascii_commas: u32,
}

impl TextMeasure {
    /// Measures a string in one pass over its bytes: the collapsed length
    /// is the visible characters plus one gap between each two words.
    /// (Text nodes are short, mostly ASCII, often only white space: a
    /// plain byte loop beats decoding characters and beats vector code.)
    pub(crate) fn of(s: &str) -> TextMeasure {
        // Many text nodes are only the short indentation between elements:
        // told by one look at each byte, without the tally. (Longer runs
        // are cheaper to the tally's lanes than to a byte loop.)
        if !s.is_empty() && s.len() <= LANES && s.bytes().all(is_ascii_space) {
            return TextMeasure {
                span: TextSpan {
                    lead: true,
                    ws: true,
                    ..TextSpan::default()
                },
                ..TextMeasure::default()
            };
        }
        let mut tally = Tally {
            after_space: true,
            ..Tally::default()
        };
        if s.is_ascii() {
            tally.ascii(s.as_bytes());
        } else {
            tally.mixed(s);
        }
        let content = tally.visible > 0;
        TextMeasure {
            span: TextSpan {
                len: tally.visible + tally.words.saturating_sub(1),
                lead: s.chars().next().is_some_and(is_space),
                trail: content && tally.after_space,
                content,
                ws: tally.any_space,
            },
            commas: tally.commas,
            ascii_commas: tally.ascii_commas,
        }
    }

    /// [`TextMeasure::of`] character by character: the reference.
    #[cfg(test)]
    fn of_chars(s: &str) -> TextMeasure {
        let mut m = TextMeasure::default();
        let span = &mut m.span;
        let mut pending_space = false;
        for c in s.chars() {
            // Most text is ASCII: test it without the Unicode tables.
            let (space, comma) = if c.is_ascii() {
                (matches!(c, ' ' | '\t'..='\r'), c == ',')
            } else {
                (is_space(c), is_comma(c))
            };
            if space {
                span.ws = true;
                if span.content {
                    pending_space = true;
                } else {
                    span.lead = true;
                }
                continue;
            }
            if pending_space {
                span.len += 1;
                pending_space = false;
            }
            span.len += 1;
            span.content = true;
            if comma {
                m.commas += 1;
                m.ascii_commas += u32::from(c == ',');
            }
        }
        span.trail = pending_space;
        m
    }
}

/// Running counts of [`TextMeasure::of`].
#[derive(Default)]
struct Tally {
    visible: u32,
    /// Visible characters that follow white space or start the text.
    words: u32,
    commas: u32,
    ascii_commas: u32,
    any_space: bool,
    after_space: bool,
}

/// Whether a byte is ASCII white space (space, tab to carriage return):
/// exactly the ASCII characters [`is_space`] accepts, told without
/// decoding.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') < 5
}

impl Tally {
    /// Counts ASCII text: no decoding, no branches. A word starts at each
    /// visible byte after a space, so each byte is paired with the one
    /// before it rather than carrying a flag from byte to byte, and the
    /// pairs are counted a block at a time in byte lanes the compiler
    /// vectorises (summed once per run of blocks, not once per block).
    fn ascii(&mut self, bytes: &[u8]) {
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            self.commas = self.ascii_commas;
            return;
        };
        let space = is_ascii_space(first);
        self.words += u32::from(self.after_space && !space);
        self.ascii_commas += u32::from(first == b',');
        let mut spaces = u32::from(space);
        let before = &bytes[..bytes.len() - 1];
        let after = &bytes[1..];
        if bytes.len() <= LANES {
            // No whole block of pairs: the lanes would cost more than they
            // save.
            spaces += self.pairs_one_by_one(before, after);
        } else {
            // A lane gains at most one a block: sum them before a byte can
            // overflow.
            const RUN: usize = LANES * u8::MAX as usize;
            for (before, after) in before.chunks(RUN).zip(after.chunks(RUN)) {
                let mut lanes = Lanes::default();
                let mut pairs_before = before.chunks_exact(LANES);
                let mut pairs_after = after.chunks_exact(LANES);
                for (p, b) in (&mut pairs_before).zip(&mut pairs_after) {
                    lanes.add(p, b);
                }
                // The last few pairs: counted again as the tail of the last
                // whole block, skipping the lanes counted already, or one by
                // one when there is no whole block.
                let rest = pairs_after.remainder().len();
                if rest > 0 && after.len() >= LANES {
                    let from = after.len() - LANES;
                    lanes.add_from(&before[from..], &after[from..], LANES - rest);
                } else {
                    spaces +=
                        self.pairs_one_by_one(pairs_before.remainder(), pairs_after.remainder());
                }
                spaces = spaces.wrapping_add(sum(&lanes.spaces));
                self.words += sum(&lanes.starts);
                self.ascii_commas += sum(&lanes.commas);
            }
        }
        self.visible += (bytes.len() as u32).wrapping_sub(spaces);
        self.any_space |= spaces > 0;
        self.after_space = is_ascii_space(last);
        self.commas = self.ascii_commas;
    }

    /// Counts bytes `after`, each with the byte before it in `before`, one
    /// pair at a time (what [`Lanes::add`] does a block at a time); returns
    /// the spaces among them.
    fn pairs_one_by_one(&mut self, before: &[u8], after: &[u8]) -> u32 {
        let mut spaces = 0;
        for (&p, &b) in before.iter().zip(after) {
            let space = is_ascii_space(b);
            spaces += u32::from(space);
            self.words += u32::from(is_ascii_space(p) & !space);
            self.ascii_commas += u32::from(b == b',');
        }
        spaces
    }

    /// Counts any text, decoding only the few lead bytes that can start a
    /// non-ASCII space or comma.
    fn mixed(&mut self, s: &str) {
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let (space, comma) = if b < 0x80 {
                self.ascii_commas += u32::from(b == b',');
                (is_ascii_space(b), b == b',')
            } else if b < 0xC0 {
                continue; // inside a character already counted
            } else if matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
                // The first bytes of every non-ASCII space and comma (the
                // exhaustive test below holds this list to the definitions).
                let c = s.get(i..).and_then(|t| t.chars().next());
                c.map_or((false, false), |c| (is_space(c), is_comma(c)))
            } else {
                (false, false)
            };
            self.visible += u32::from(!space);
            self.words += u32::from(self.after_space && !space);
            self.commas += u32::from(comma);
            self.any_space |= space;
            self.after_space = space;
        }
    }
}

/// Width of the blocks [`Tally::ascii`] counts at once.
const LANES: usize = 16;

/// Per-lane counts of [`Tally::ascii`] over a run of blocks.
#[derive(Default)]
struct Lanes {
    spaces: [u8; LANES],
    starts: [u8; LANES],
    commas: [u8; LANES],
}

impl Lanes {
    /// Counts one block of bytes `b`, each with the byte before it in `p`
    /// (blocks of [`LANES`] bytes; a shorter one adds nothing).
    fn add(&mut self, p: &[u8], b: &[u8]) {
        self.add_from(p, b, 0);
    }

    /// [`Lanes::add`] of the lanes from `skip` on.
    fn add_from(&mut self, p: &[u8], b: &[u8], skip: usize) {
        let (Ok(p), Ok(b)) = (<&[u8; LANES]>::try_from(p), <&[u8; LANES]>::try_from(b)) else {
            return;
        };
        for i in 0..LANES {
            let keep = u8::from(i >= skip);
            let space = is_ascii_space(b[i]);
            self.spaces[i] += u8::from(space) & keep;
            self.starts[i] += u8::from(is_ascii_space(p[i]) & !space) & keep;
            self.commas[i] += u8::from(b[i] == b',') & keep;
        }
    }
}

/// The sum of a block's lanes.
fn sum(lanes: &[u8; LANES]) -> u32 {
    lanes.iter().map(|&n| u32::from(n)).sum()
}

/// White space as HTML text collapsing sees it (plus the no-break and
/// ideographic spaces, which readers also see as gaps).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether `s` shows nothing: only spaces ([`is_space`]) and characters
/// of no width (zero-width space, joiner and non-joiner, word joiner, the invisible separator and operators, soft
/// hyphen). Inside words these join emoji and mark break points; alone
/// they are page builders' spacers.
pub(crate) fn is_invisible(s: &str) -> bool {
    s.chars().all(|c| {
        is_space(c) || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{ad}')
    })
}

/// Whether a short text run holds only characters of no width (and
/// spaces) without being plain white space: a zero-width joiner or an
/// invisible separator alone in its text node, as editors leave after a
/// `<br>`. Longer runs are never such leftovers and are not scanned.
pub(crate) fn is_invisible_run(s: &str) -> bool {
    const MAX_BYTES: usize = 16;
    s.len() <= MAX_BYTES && !s.is_ascii() && is_invisible(s) && !s.chars().all(is_space)
}

/// Whether a space ([`is_space`]) starts at byte `at` of `s`, and the
/// width in bytes of the character there (0 past the end). ASCII is read
/// without decoding; `at` must be a character boundary for the answer to
/// be about a character (otherwise: no space, width 1).
#[inline]
pub(crate) fn space_at(s: &str, at: usize) -> (bool, usize) {
    match s.as_bytes().get(at) {
        None => (false, 0),
        Some(&b) if b.is_ascii() => (is_ascii_space(b), 1),
        Some(_) => s
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or((false, 1), |c| (is_space(c), c.len_utf8())),
    }
}

/// The words of `s` between spaces: what `s.split(is_space)` gives (the
/// empty words between two spaces included), found by bytes. ASCII, most
/// text, is told apart without decoding; other characters are decoded.
pub(crate) fn split_spaces(s: &str) -> SplitSpaces<'_> {
    SplitSpaces { rest: Some(s) }
}

/// See [`split_spaces`].
pub(crate) struct SplitSpaces<'a> {
    /// What is left to split; `None` once the last word is out.
    rest: Option<&'a str>,
}

impl<'a> SplitSpaces<'a> {
    /// The text after the space that ended the last word given out, not
    /// yet split; `None` when that word was the last.
    pub(crate) fn remainder(&self) -> Option<&'a str> {
        self.rest
    }
}

impl<'a> Iterator for SplitSpaces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        let mut at = 0;
        while at < rest.len() {
            let (space, len) = space_at(rest, at);
            if space {
                self.rest = rest.get(at + len..);
                return rest.get(..at);
            }
            at += len.max(1);
        }
        self.rest = None;
        Some(rest)
    }
}

/// Whether `s` is white space only (what [`TextMeasure::of`] calls no
/// content), stopping at the first visible character.
pub(crate) fn is_blank(s: &str) -> bool {
    // ASCII bytes answer without decoding; the first other byte hands the
    // rest to the character test.
    let bytes = s.as_bytes();
    let space = |b: &u8| is_ascii_space(*b);
    // Runs of indentation are passed in whole blocks.
    let skipped = passed_in_blocks(bytes, space);
    let rest = bytes.get(skipped..).unwrap_or_default();
    match rest.iter().position(|b| !space(b)).map(|at| skipped + at) {
        None => true,
        Some(at) if bytes.get(at).is_some_and(u8::is_ascii) => false,
        Some(at) => s.get(at..).is_some_and(|rest| rest.chars().all(is_space)),
    }
}

/// How many leading bytes of `bytes` pass `pass`, counted in whole blocks
/// of 16: each block is tested whole, without an early exit, which the
/// compiler vectorises. The caller finishes the last, partial stretch.
pub(crate) fn passed_in_blocks(bytes: &[u8], pass: impl Fn(&u8) -> bool) -> usize {
    const BLOCK: usize = 16;
    let mut passed = 0;
    for block in bytes.chunks_exact(BLOCK) {
        if !block.iter().fold(true, |all, b| all & pass(b)) {
            break;
        }
        passed += BLOCK;
    }
    passed
}

/// `s.trim()`, found without decoding characters when the ends are ASCII
/// (text nodes are often indentation only, or words between newlines):
/// the standard trim decodes every character of a blank run.
pub(crate) fn trimmed(s: &str) -> &str {
    let bytes = s.as_bytes();
    let visible = |b: &u8| !is_ascii_space(*b);
    let Some(start) = bytes.iter().position(visible) else {
        return "";
    };
    let end = bytes.iter().rposition(visible).unwrap_or(start);
    // ASCII white space is all that was passed over on either side; a
    // non-ASCII byte at either end may start or end a space of another
    // script, which the standard trim decides.
    if bytes[start].is_ascii() && bytes[end].is_ascii() {
        s.get(start..=end).unwrap_or_default()
    } else {
        s.trim()
    }
}

/// Commas in the scripts this crate scores (Latin, Arabic, CJK, ...).
pub(crate) fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '\u{3001}'
    )
}

/// `s` in Unicode normalisation form C, borrowed when it already is (all
/// ASCII text is). Pages write the same letter precomposed or as a base
/// and a combining mark ("é", "য়"); NFC makes equal text equal bytes.
pub(crate) fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(s)
}

/// [`nfc`] in place.
pub(crate) fn nfc_in_place(s: &mut String) {
    if let std::borrow::Cow::Owned(n) = nfc(s) {
        *s = n;
    }
}

/// Collapses white-space runs to one space and trims the ends.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s, &mut false);
    out
}

/// Appends `s` to `out` collapsed, so that pieces appended one after the
/// other read as [`collapse`] of their concatenation, without building
/// it: `gap` carries whether white space has followed the last word
/// written (start it `false`; set it between pieces that white space
/// separates).
pub(crate) fn push_collapsed(out: &mut String, s: &str, gap: &mut bool) {
    // At most the piece and a space before it: the buffer grows once per
    // piece at most, not word by word.
    out.reserve(s.len() + usize::from(*gap));
    if s.is_ascii() {
        // Most text nodes are words with single spaces between them, white
        // space perhaps at the ends: the middle is already collapsed and
        // goes in whole, not word by word.
        let space = |c: char| matches!(c, ' ' | '\t'..='\r');
        // The same white space, found by bytes: a trim by a character
        // predicate decodes each character it passes.
        let inner = trimmed(s);
        if !inner.is_empty()
            // Clean text is read to its end anyway: a test of every byte
            // without an early exit, which the compiler vectorises.
            && !inner
                .bytes()
                .fold(false, |any, b| any | matches!(b, b'\t'..=b'\r'))
            && !has_double_space(inner.as_bytes())
        {
            *gap |= s.starts_with(space);
            push_run(out, inner, gap);
            *gap = s.ends_with(space);
            return;
        }
    }
    push_runs(out, s, gap);
}

/// Whether two spaces follow each other in `bytes`: each byte against the
/// next, without an early exit, which the compiler vectorises (a substring
/// search costs more to set up than such short text takes to read).
fn has_double_space(bytes: &[u8]) -> bool {
    let next = bytes.get(1..).unwrap_or_default();
    bytes
        .iter()
        .zip(next)
        .fold(false, |any, (a, b)| any | ((*a == b' ') & (*b == b' ')))
}

/// [`push_collapsed`]'s general case. Words joined by single spaces go in
/// as one run, not word by word; a run ends at any other white space.
/// ASCII bytes are read without decoding.
fn push_runs(out: &mut String, s: &str, gap: &mut bool) {
    let bytes = s.as_bytes();
    // Where the run being read started, once a word has begun it.
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII is a word's, the bulk of most text; one space
        // before more of it stays in the run.
        let printable = |b: &u8| *b > b' ' && b.is_ascii();
        if printable(&bytes[i]) {
            start.get_or_insert(i);
            i += 1;
            // Bytes left to step one by one before eight are tried at once.
            let mut bytewise = 0u8;
            loop {
                if bytewise == 0 {
                    let chunk = bytes
                        .get(i..i + 8)
                        .and_then(|c| <[u8; 8]>::try_from(c).ok());
                    if chunk.is_some_and(|c| inside_run(u64::from_le_bytes(c))) {
                        i += 8;
                        continue;
                    }
                    bytewise = 8;
                }
                bytewise -= 1;
                match bytes.get(i) {
                    Some(b) if printable(b) => i += 1,
                    Some(b' ') if bytes.get(i + 1).is_some_and(printable) => i += 2,
                    _ => break,
                }
            }
            continue;
        }
        let (space, width) = space_at(s, i);
        if !space {
            start.get_or_insert(i);
        } else if bytes[i] == b' ' && start.is_some() && {
            let (next_space, next_width) = space_at(s, i + 1);
            !next_space && next_width > 0
        } {
            // One space between two words stays inside the run.
        } else {
            // Offsets step by whole characters, so they are boundaries.
            if let Some(run) = start.take().and_then(|from| s.get(from..i)) {
                push_run(out, run, gap);
            }
            *gap = true;
            // The rest of a run of ASCII white space (indentation after a
            // newline) owes the same one space: passed without decoding.
            i += width.max(1);
            while bytes.get(i).copied().is_some_and(is_ascii_space) {
                i += 1;
            }
            continue;
        }
        i += width.max(1);
    }
    if let Some(run) = start.and_then(|from| s.get(from..)) {
        push_run(out, run, gap);
    }
}

/// Whether the eight bytes of `x` (in memory order) are all passed by
/// [`push_runs`]' byte steps inside a run: printable ASCII, or a space
/// before printable ASCII, the last byte not a space. Read as one word.
fn inside_run(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Any byte outside ASCII, or below a space (exact as to whether there
    // is one once all bytes are ASCII).
    if x & HIGH != 0 || x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0 {
        return false;
    }
    // The high bit of each byte that is a space, exactly.
    let y = x ^ (ONES * 0x20);
    let spaces = !(((y & !HIGH) + !HIGH) | y) & HIGH;
    // No space before another, none last (what follows it is unread).
    spaces & (spaces >> 8) == 0 && spaces >> 56 == 0
}

/// Appends a run of words, after one space if white space is owed.
fn push_run(out: &mut String, run: &str, gap: &mut bool) {
    if *gap && !out.is_empty() {
        out.push(' ');
    }
    out.push_str(run);
    *gap = false;
}

/// The longest prefix of `s` that fits in `max` bytes, cut at a character
/// boundary.
pub(crate) fn prefix_within(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// Whether `word` lower-cases (as `str::to_lowercase` does) to `lower`, an
/// ASCII lower-case word; without a string of its own when `word` is
/// ASCII. (A letter outside ASCII may lower-case into ASCII: the Kelvin
/// sign into "k".)
pub(crate) fn lowercases_to(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        word.to_lowercase() == lower
    }
}

/// `s` cut to at most `max` characters, at a word boundary when one is near;
/// a cut string ends with `…`, which counts towards `max`.
pub(crate) fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().nth(max).is_none() {
        return s.to_string();
    }
    let Some(keep) = max.checked_sub(1) else {
        return String::new();
    };
    let cut = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
    let head = s.get(..cut).unwrap_or_default();
    let at = head.rfind(is_space).filter(|&i| i > cut / 2).unwrap_or(cut);
    let mut out = head.get(..at).unwrap_or(head).trim_end().to_string();
    out.push('…');
    out
}

/// A 64-bit SimHash of the words of `s`: texts that share most of their
/// word runs get fingerprints that differ in few bits. Words are runs of
/// letters and digits, lower-cased; each CJK character is a word of its
/// own (those scripts put no spaces between words). Each run of three
/// words is hashed with FNV-1a, a fixed function, so the fingerprint is
/// the same on every platform and in every run. Text without words gives 0.
pub(crate) fn simhash(s: &str) -> u64 {
    let mut shingles = Shingles::new();
    let mut word = String::new();
    for c in s.chars() {
        if is_cjk(c) {
            shingles.push(&mut word);
            word.push(c);
            shingles.push(&mut word);
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            shingles.push(&mut word);
        }
    }
    shingles.push(&mut word);
    shingles.finish()
}

/// The words of a text are fed to it one by one: it hashes each run of
/// [`Shingles::SIZE`] words as it completes and adds the hash's bits to
/// the SimHash weights. The last words are kept in reused buffers, so no
/// word is copied into a string of its own.
struct Shingles {
    /// The last words, oldest first.
    window: [String; Shingles::SIZE],
    /// Words seen so far.
    seen: usize,
    weights: [i64; 64],
}

impl Shingles {
    const SIZE: usize = 3;

    fn new() -> Self {
        Shingles {
            window: Default::default(),
            seen: 0,
            weights: [0; 64],
        }
    }

    /// Takes `word` (leaving it empty); an empty word is no word.
    fn push(&mut self, word: &mut String) {
        if word.is_empty() {
            return;
        }
        self.window.rotate_left(1);
        std::mem::swap(&mut self.window[Self::SIZE - 1], word);
        word.clear();
        self.seen += 1;
        if self.seen >= Self::SIZE {
            self.add(Self::SIZE);
        }
    }

    /// Adds the hash of the last `n` words to the weights.
    fn add(&mut self, n: usize) {
        let mut hash = Fnv1a::new();
        for w in &self.window[Self::SIZE - n..] {
            hash.write(w.as_bytes());
            hash.write(&[0x1f]);
        }
        let h = hash.finish();
        for (bit, weight) in self.weights.iter_mut().enumerate() {
            *weight += if h >> bit & 1 == 1 { 1 } else { -1 };
        }
    }

    /// The SimHash: a text of fewer words than a run is one run of all of
    /// them; a text without words gives 0.
    fn finish(mut self) -> u64 {
        if (1..Self::SIZE).contains(&self.seen) {
            self.add(self.seen);
        }
        self.weights
            .iter()
            .enumerate()
            .filter(|(_, w)| **w > 0)
            .fold(0, |acc, (bit, _)| acc | 1 << bit)
    }
}

/// Whether a text of `chars` characters reaches `min` when each of its
/// CJK characters counts twice: such a character says about what a short
/// word does elsewhere. `cjk` counts them, and is asked only when the
/// answer depends on it.
pub(crate) fn reaches_with_cjk_doubled(
    chars: usize,
    min: usize,
    cjk: impl FnOnce() -> usize,
) -> bool {
    chars >= min || (chars.saturating_mul(2) >= min && chars.saturating_add(cjk()) >= min)
}

/// The characters of `text` that are CJK ([`is_cjk`]).
pub(crate) fn cjk_chars(text: &str) -> usize {
    text.chars().filter(|&c| is_cjk(c)).count()
}

/// Whether `c` is written without spaces between words: CJK ideographs,
/// kana and Hangul syllables.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7af}'
            | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{2ffff}')
}

/// The 64-bit FNV-1a hash, with a final mix so that every output bit
/// depends on every input byte (SimHash needs well-spread bits).
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    /// FNV-1a state through the SplitMix64 finaliser.
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_spaces_is_split_by_is_space() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            "  two  spaces ",
            "tab\tnew\nline\r\x0c\x0bend",
            "non\u{a0}breaking\u{3000}ideographic\u{feff}bom",
            "é à\u{2003}字 字",
            "\u{85}next\u{2028}line",
        ] {
            let ours: Vec<&str> = split_spaces(s).collect();
            let std: Vec<&str> = s.split(is_space).collect();
            assert_eq!(ours, std, "{s:?}");
        }
    }

    #[test]
    fn cjk_characters_are_counted_in_every_script_that_writes_without_spaces() {
        assert_eq!(cjk_chars("公交 plan"), 2);
        assert_eq!(cjk_chars("バス路線、운행"), 6);
        assert_eq!(cjk_chars("Город, مدينة, city"), 0);
    }

    #[test]
    fn lowercases_to_answers_as_to_lowercase() {
        for word in [
            "Photo",
            "PHOTO",
            "photo",
            "Photos",
            "\u{212a}ilo",
            "Via",
            "İ",
            "Ärger",
            "",
        ] {
            for lower in ["photo", "photos", "kilo", "via", "i", ""] {
                assert_eq!(
                    lowercases_to(word, lower),
                    word.to_lowercase() == lower,
                    "{word} {lower}"
                );
            }
        }
    }

    #[test]
    fn only_spaces_and_zero_width_characters_are_invisible() {
        assert!(is_invisible(""));
        assert!(is_invisible("\u{200d}"));
        assert!(is_invisible(" \u{200b}\u{a0}\u{feff}\u{2060}\u{ad}\n"));
        assert!(!is_invisible("\u{1f468}\u{200d}\u{1f469}"));
        assert!(!is_invisible("\u{200d}."));
        assert!(is_invisible("\u{2063}"));
    }

    #[test]
    fn invisible_runs_hold_a_zero_width_character() {
        assert!(is_invisible_run("\u{2063}"));
        assert!(is_invisible_run(" \u{200b}\n"));
        // White space alone is a gap between words, not a leftover.
        assert!(!is_invisible_run("\u{a0}"));
        assert!(!is_invisible_run("  "));
        assert!(!is_invisible_run("\u{200d}a"));
    }

    #[test]
    fn pieces_collapsed_one_by_one_read_as_their_whole_collapsed() {
        let pieces = [
            "",
            " ",
            "  Lead",
            "ing\t",
            "\n",
            "words ",
            "and\u{a0}más",
            " \u{feff}",
            "x",
            "é",
            "  ",
            "end  ",
            // Single-spaced words, whole or with white space at an end.
            "two words",
            " lead and trail\n",
            "\tone two",
        ];
        // Every run of consecutive pieces, split at every place.
        for start in 0..pieces.len() {
            for stop in start..=pieces.len() {
                let run = &pieces[start..stop];
                let mut out = String::new();
                let mut gap = false;
                for piece in run {
                    push_collapsed(&mut out, piece, &mut gap);
                }
                assert_eq!(out, collapse(&run.concat()), "{run:?}");
            }
        }
        assert_eq!(collapse(" a \t b\u{2003}c  "), "a b c");
    }

    #[test]
    fn collapsing_is_splitting_at_spaces() {
        let alphabet = [
            "a", "b", "x", "é", " ", " ", " ", "\n", "\t", "\u{a0}", "\u{feff}", "\u{3000}",
            "\u{2019}", ".", "\u{7f}", "\u{1f}",
        ];
        let mut rng = crate::testing::Xorshift::new(7);
        for _ in 0..20_000 {
            let n = rng.pick(&[1usize, 3, 8, 9, 15, 16, 17, 30, 60]);
            let s: String = (0..n).map(|_| rng.pick(&alphabet)).collect();
            let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
            assert_eq!(collapse(&s), words.join(" "), "{s:?}");
            for gap in [false, true] {
                let (mut out, mut g) = ("w".to_string(), gap);
                push_collapsed(&mut out, &s, &mut g);
                let owed = gap || s.starts_with(is_space);
                let expected = match words.is_empty() {
                    true => ("w".to_string(), gap || s.contains(is_space)),
                    false => (
                        format!("w{}{}", if owed { " " } else { "" }, words.join(" ")),
                        s.ends_with(is_space),
                    ),
                };
                assert_eq!((out, g), expected, "{s:?}");
            }
        }
    }

    /// Sentences with few shared runs of three words.
    fn prose(seed: u32, sentences: usize) -> String {
        let words = [
            "river", "council", "budget", "winter", "school", "market", "bridge", "station",
            "farmers", "voted", "rain", "plans", "north", "late", "quiet", "engine", "harbour",
            "signal", "garden", "museum", "ticket", "forest", "doctor", "letter",
        ];
        let mut rng = crate::testing::Xorshift::new(seed);
        let mut out = String::new();
        for _ in 0..sentences {
            for _ in 0..12 {
                out.push_str(rng.pick(&words));
                out.push(' ');
            }
            out.push_str(".\n\n");
        }
        out
    }

    #[test]
    fn simhash_is_fixed_and_ignores_case_and_punctuation() {
        assert_eq!(simhash(""), 0);
        assert_eq!(simhash(" .,;! "), 0);
        let a = simhash("The rain came back on Tuesday, filling reservoirs.");
        assert_eq!(
            a,
            simhash("the RAIN came back -- on tuesday filling reservoirs")
        );
        // Pinned: stored fingerprints must stay comparable.
        assert_eq!(a, 0x1553_4700_3a81_ae04);
        assert_ne!(simhash("東京の天気"), 0);
        assert_ne!(simhash("東京の天気"), simhash("大阪の天気"));
    }

    #[test]
    fn simhash_keeps_near_copies_close_and_unrelated_texts_apart() {
        let text = prose(7, 40);
        let with_more = format!("{text}Share this story with a friend today.");
        let without_last = text.rsplit_once(".\n\n").map_or("", |(head, _)| head);
        let near = |a: &str, b: &str| (simhash(a) ^ simhash(b)).count_ones();
        assert!(near(&text, &with_more) <= 10, "{}", near(&text, &with_more));
        assert!(
            near(&text, without_last) <= 10,
            "{}",
            near(&text, without_last)
        );
        assert!(
            near(&text, &prose(8, 40)) > 10,
            "{}",
            near(&text, &prose(8, 40))
        );
    }

    #[test]
    fn nfc_composes_and_borrows_what_is_already_normal() {
        assert!(matches!(nfc("plain ascii"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(nfc("Caf\u{e9}"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(nfc("Cafe\u{301}"), "Caf\u{e9}");
        // Bengali YYA is excluded from composition: NFC writes it as YA
        // and NUKTA, whichever way the page wrote it.
        assert_eq!(nfc("\u{9df}"), "\u{9af}\u{9bc}");
        let mut s = String::from("A\u{30a}ngstr\u{f6}m");
        nfc_in_place(&mut s);
        assert_eq!(s, "\u{c5}ngstr\u{f6}m");
    }

    #[test]
    fn ascii_collapse_is_the_character_collapse() {
        let reference = |s: &str| {
            s.split(is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            " ",
            "a",
            "  a  b\t\n c\r\x0b\x0cd  ",
            "a\x1cb\x1fc",
            "x\u{a0}y  z",
            "\u{feff}a b",
            "one,two  three.",
        ] {
            assert_eq!(collapse(s), reference(s), "{s:?}");
        }
        assert_eq!(collapse(" a \x0b b "), "a b");
    }

    #[test]
    fn trimmed_is_the_standard_trim() {
        for s in [
            "",
            " ",
            " \t\n\x0b\x0c\r ",
            "a",
            "  a b  ",
            "\u{3000}a\u{3000}",
            " \u{a0}é ",
            "é",
            "\u{feff} x \u{feff}",
            "\x1c a \x1f",
            "\u{2003}",
            "x\u{85}",
        ] {
            assert_eq!(trimmed(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn blank_means_no_content() {
        for s in [
            "",
            " ",
            "\t\n\r ",
            "\u{a0}\u{feff}\u{2003}",
            "x",
            " \u{a0}x ",
            "\u{200b}",
            "\u{3000}字",
            "\u{b}\u{c} \u{85}",
            "\u{1c}",
            " \u{1f} ",
            "  \u{feff}",
            // Past the 16-byte blocks of indentation.
            "\n                                ",
            "\n                                x",
            "\n                \u{a0}\u{2003}      ",
            "\n              \t\r  \u{1c}          ",
        ] {
            assert_eq!(is_blank(s), s.chars().all(is_space), "{s:?}");
            assert_eq!(is_blank(s), !TextSpan::of(s).content, "{s:?}");
            assert_eq!(
                TextSpan::of(s).is_white_space(),
                !s.is_empty() && is_blank(s),
                "{s:?}"
            );
        }
    }

    fn measure(parts: &[&str]) -> u32 {
        parts
            .iter()
            .fold(TextSpan::default(), |acc, p| acc.then(TextSpan::of(p)))
            .len
    }

    #[test]
    fn spans_measure_collapsed_trimmed_text() {
        for parts in [
            &["  foo  bar "][..],
            &["foo ", "bar"],
            &["foo", " ", "bar"],
            &["foo", "bar"],
            &["\n", "foo", "\n\n", "", " bar", "  "],
            &["", " ", ""],
            &["é à", "ü"],
        ] {
            let joined: String = parts.concat();
            let expected = collapse(&joined).chars().count() as u32;
            assert_eq!(measure(parts), expected, "{parts:?}");
        }
    }

    #[test]
    fn commas_in_several_scripts() {
        assert_eq!(TextMeasure::of("a, b، c，d、e").commas, 4);
    }

    #[test]
    fn one_pass_measure_agrees_with_the_separate_ones() {
        let samples = [
            "",
            " \t\n\x0b\x0c\r",
            "  Hello,  world ,\n again ",
            "a\u{a0}b\u{3000}c\u{feff}d\u{85}e\u{2028}",
            "a, b، c，d、e,,",
            "ééé, ü",
            "x",
            " ",
            "\t\tword,\r\n",
            "a b  c   d ,e, ",
        ];
        for s in samples {
            let m = TextMeasure::of(s);
            // Spans of single characters, joined, measure the whole.
            let span = s.chars().fold(TextSpan::default(), |acc, c| {
                acc.then(TextSpan::of(c.encode_utf8(&mut [0; 4])))
            });
            assert_eq!(m.span.len, collapse(s).chars().count() as u32, "{s:?}");
            assert_eq!(m.span.content, !collapse(s).is_empty(), "{s:?}");
            // (lead and trail only matter with content, ws only without)
            let joinable = |t: TextSpan| {
                let edges = if t.content {
                    (t.lead, t.trail)
                } else {
                    (t.ws, false)
                };
                (t.len, t.content, edges)
            };
            assert_eq!(joinable(m.span), joinable(span), "{s:?}");
            assert_eq!(m, TextMeasure::of_chars(s), "{s:?}");
            let commas = s.chars().filter(|&c| is_comma(c)).count() as u32;
            assert_eq!(m.commas, commas, "{s:?}");
            assert_eq!(m.ascii_commas, s.matches(',').count() as u32, "{s:?}");
        }
    }

    #[test]
    fn long_ascii_measures_as_the_reference_says() {
        // Lengths around and across the blocks the ASCII count takes at once.
        let pattern = " a,\tbc  d,,\n e f ";
        for offset in 0..pattern.len() {
            for len in 0..80 {
                let s: String = pattern.chars().cycle().skip(offset).take(len).collect();
                assert_eq!(TextMeasure::of(&s), TextMeasure::of_chars(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn every_character_measures_as_the_reference_says() {
        let mut buf = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for (before, after) in [("", ""), ("a", " b"), (" ", "")] {
                buf.clear();
                buf.push_str(before);
                buf.push(c);
                buf.push_str(after);
                assert_eq!(TextMeasure::of(&buf), TextMeasure::of_chars(&buf), "{c:?}");
            }
        }
    }

    #[test]
    fn truncation_respects_characters() {
        let s = "ééééé ééééé ééééé";
        let t = truncate_chars(s, 13);
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= 13);
        assert_eq!(truncate_chars("short", 10), "short");
        assert_eq!(truncate_chars("short", 5), "short");
        assert_eq!(truncate_chars("shorter", 5), "shor…");
        assert_eq!(truncate_chars("shorter", 0), "");
    }
}
