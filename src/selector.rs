//! [`Selector`]: CSS selectors with which the caller steers the extraction
//! on the sites it knows (see the type's documentation for the syntax).
//!
//! Matching is linear in the selector's length times the element's depth
//! for each element (no backtracking), so a long selector cannot make a
//! deep page slow.

use std::fmt;
use std::str::FromStr;

/// A list of CSS selectors, parsed once and matched against the elements of
/// each page: the elements to prune
/// ([`Config::with_prune_selector`](crate::Config::with_prune_selector)) or
/// the element that holds the content
/// ([`Config::with_content_selector`](crate::Config::with_content_selector)).
///
/// The syntax is the part of CSS Selectors Level 3 that names elements by
/// what they are, which is what such rules need:
///
/// * type selectors (`div`, matched ignoring ASCII case) and `*`;
/// * `#id` and `.class` (case-sensitive, as in an HTML page in standards
///   mode);
/// * attribute selectors: `[name]`, `[name=value]`, `[name~=value]`,
///   `[name|=value]`, `[name^=value]`, `[name$=value]`, `[name*=value]`,
///   with the value as an identifier or a quoted string;
/// * the descendant (white space) and child (`>`) combinators;
/// * selector lists (`nav, .promo`);
/// * CSS escapes (`.md\:grid`, `\3A `).
///
/// Pseudo-classes and the sibling combinators (`+`, `~`) are refused with
/// a [`SelectorError`] rather than ignored: a rule that silently matched
/// something else would be worse than none.
///
/// # Examples
///
/// ```
/// use distil::Selector;
///
/// let selector = Selector::parse("aside.related, div[data-ad] > p").unwrap();
/// assert_eq!(selector.as_str(), "aside.related, div[data-ad] > p");
///
/// let error = Selector::parse("a:hover").unwrap_err();
/// assert_eq!(error.position(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    source: String,
    pub(crate) alternatives: Vec<Complex>,
}

impl Selector {
    /// Parses a selector list.
    ///
    /// # Errors
    ///
    /// A [`SelectorError`] when `source` is empty, is not valid CSS, or
    /// uses syntax outside the supported subset (see [`Selector`] for what
    /// is supported).
    pub fn parse(source: &str) -> Result<Selector, SelectorError> {
        let alternatives = Parser::new(source).selector_list()?;
        Ok(Selector {
            source: source.trim().to_owned(),
            alternatives,
        })
    }

    /// The selector as it was written (without surrounding white space).
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the selector tests attributes other than `id` and `class`
    /// (`[data-ad]`, `[role=note]`): the parse then keeps every attribute,
    /// where it otherwise leaves out those nothing reads (see `raw_text`).
    pub(crate) fn tests_attributes(&self) -> bool {
        self.alternatives.iter().any(|complex| {
            complex
                .compounds
                .iter()
                .any(|compound| !compound.attributes.is_empty())
        })
    }

    /// Whether an element matches, given a view of it and, on demand, the
    /// views of its ancestor elements from its parent outwards.
    pub(crate) fn matches<E: ElementView>(
        &self,
        subject: &E,
        ancestors: &mut dyn FnMut() -> Vec<E>,
    ) -> bool {
        let mut chain: Option<Vec<E>> = None;
        self.alternatives.iter().any(|complex| {
            let Some((first, _)) = complex.compounds.split_first() else {
                return false;
            };
            if !first.matches(subject) {
                return false;
            }
            if complex.compounds.len() == 1 {
                return true;
            }
            let chain = chain.get_or_insert_with(&mut *ancestors);
            complex.matches_above(chain)
        })
    }
}

impl FromStr for Selector {
    type Err = SelectorError;

    fn from_str(source: &str) -> Result<Selector, SelectorError> {
        Selector::parse(source)
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

/// Why a [`Selector`] could not be parsed, and where.
///
/// ```
/// use distil::Selector;
///
/// let error = Selector::parse("div >").unwrap_err();
/// assert_eq!(error.to_string(), "invalid selector at byte 5: expected a selector");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectorError {
    position: usize,
    reason: &'static str,
}

impl SelectorError {
    /// The byte offset in the selector's text where it went wrong.
    pub fn position(&self) -> usize {
        self.position
    }

    /// What went wrong, in a few words.
    pub fn reason(&self) -> &str {
        self.reason
    }
}

impl fmt::Display for SelectorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid selector at byte {}: {}",
            self.position, self.reason
        )
    }
}

impl std::error::Error for SelectorError {}

/// What matching needs to know of an element.
pub(crate) trait ElementView {
    /// The element's local name, lower-case for HTML elements.
    fn local_name(&self) -> &str;
    /// The value of the attribute `name` (lower-case), if present.
    fn attr(&self, name: &str) -> Option<&str>;
}

/// Compound selectors joined by combinators, stored right to left: the
/// first compound is the subject, and `combinators[i]` joins compound `i`
/// to the compound `i + 1` on its left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Complex {
    compounds: Vec<Compound>,
    combinators: Vec<Combinator>,
}

impl Complex {
    /// Whether the compounds left of the subject match in `ancestors` (the
    /// subject's parent first). The positions where each compound can
    /// stand are carried left as a set, so the cost is the number of
    /// compounds times the depth, whatever the mix of combinators.
    fn matches_above<E: ElementView>(&self, ancestors: &[E]) -> bool {
        // Position 0 is the subject; ancestors[k] is position k + 1.
        let depth = ancestors.len() + 1;
        let mut reachable = vec![false; depth];
        reachable[0] = true;
        for (compound, combinator) in self.compounds.iter().skip(1).zip(&self.combinators) {
            let mut next = vec![false; depth];
            let mut any = false;
            match combinator {
                Combinator::Child => {
                    for at in 0..depth - 1 {
                        if reachable[at] && compound.matches(&ancestors[at]) {
                            next[at + 1] = true;
                            any = true;
                        }
                    }
                }
                Combinator::Descendant => {
                    let Some(lowest) = reachable.iter().position(|&r| r) else {
                        return false;
                    };
                    for at in lowest + 1..depth {
                        if compound.matches(&ancestors[at - 1]) {
                            next[at] = true;
                            any = true;
                        }
                    }
                }
            }
            if !any {
                return false;
            }
            reachable = next;
        }
        true
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Combinator {
    /// `a > b`
    Child,
    /// `a b`
    Descendant,
}

/// A run of simple selectors that one element must all match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Compound {
    /// Lower-case local name; `None` for `*` or no type selector.
    name: Option<String>,
    ids: Vec<String>,
    classes: Vec<String>,
    attributes: Vec<AttributeTest>,
}

impl Compound {
    fn is_empty(&self) -> bool {
        self.ids.is_empty() && self.classes.is_empty() && self.attributes.is_empty()
    }

    fn matches<E: ElementView>(&self, element: &E) -> bool {
        if let Some(name) = &self.name {
            if !element.local_name().eq_ignore_ascii_case(name) {
                return false;
            }
        }
        if !self.ids.is_empty() {
            let id = element.attr("id").unwrap_or("");
            if self.ids.iter().any(|want| want != id) {
                return false;
            }
        }
        if !self.classes.is_empty() {
            let class = element.attr("class").unwrap_or("");
            let has = |want: &String| class.split_ascii_whitespace().any(|c| c == want);
            if !self.classes.iter().all(has) {
                return false;
            }
        }
        self.attributes.iter().all(|test| {
            element
                .attr(&test.name)
                .is_some_and(|v| test.op.holds(v, &test.value))
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct AttributeTest {
    /// Lower-case attribute name.
    name: String,
    op: AttributeOp,
    value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AttributeOp {
    /// `[name]`
    Exists,
    /// `[name=value]`
    Equals,
    /// `[name~=value]`: one of the white-space separated words.
    Includes,
    /// `[name|=value]`: the value, or the value and a hyphen.
    DashMatch,
    /// `[name^=value]`
    Prefix,
    /// `[name$=value]`
    Suffix,
    /// `[name*=value]`
    Substring,
}

impl AttributeOp {
    /// Whether an attribute of value `actual` passes, as CSS defines each
    /// operator (an empty value never matches the word and substring
    /// forms).
    fn holds(self, actual: &str, value: &str) -> bool {
        match self {
            AttributeOp::Exists => true,
            AttributeOp::Equals => actual == value,
            AttributeOp::Includes => {
                !value.is_empty()
                    && !value.contains(|c: char| c.is_ascii_whitespace())
                    && actual.split_ascii_whitespace().any(|w| w == value)
            }
            AttributeOp::DashMatch => {
                actual == value
                    || actual
                        .strip_prefix(value)
                        .is_some_and(|rest| rest.starts_with('-'))
            }
            AttributeOp::Prefix => !value.is_empty() && actual.starts_with(value),
            AttributeOp::Suffix => !value.is_empty() && actual.ends_with(value),
            AttributeOp::Substring => !value.is_empty() && actual.contains(value),
        }
    }
}

/// A recursive-descent parser without recursion: the grammar has no
/// nesting (no `:not()`), so each level is a loop.
struct Parser<'a> {
    source: &'a str,
    /// Byte offset of the next character.
    at: usize,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str) -> Self {
        Parser { source, at: 0 }
    }

    fn error(&self, reason: &'static str) -> SelectorError {
        SelectorError {
            position: self.at,
            reason,
        }
    }

    fn peek(&self) -> Option<char> {
        self.source.get(self.at..).and_then(|s| s.chars().next())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Skips white space; returns whether there was any.
    fn skip_space(&mut self) -> bool {
        let start = self.at;
        while self.peek().is_some_and(is_space) {
            self.bump();
        }
        self.at > start
    }

    fn selector_list(mut self) -> Result<Vec<Complex>, SelectorError> {
        let mut list = Vec::new();
        loop {
            self.skip_space();
            list.push(self.complex()?);
            match self.bump() {
                None => return Ok(list),
                Some(',') => {}
                Some(_) => {
                    return Err(SelectorError {
                        position: self.at - 1,
                        reason: "unexpected character",
                    });
                }
            }
        }
    }

    /// A complex selector; stops before a `,` or the end.
    fn complex(&mut self) -> Result<Complex, SelectorError> {
        let mut compounds = vec![self.compound()?];
        let mut combinators = Vec::new();
        loop {
            let spaced = self.skip_space();
            let combinator = match self.peek() {
                None | Some(',') => break,
                Some('>') => {
                    self.bump();
                    self.skip_space();
                    Combinator::Child
                }
                Some('+' | '~') => return Err(self.error("sibling combinators are not supported")),
                Some(_) if spaced => Combinator::Descendant,
                Some(_) => return Err(self.error("unexpected character")),
            };
            combinators.push(combinator);
            compounds.push(self.compound()?);
        }
        compounds.reverse();
        combinators.reverse();
        Ok(Complex {
            compounds,
            combinators,
        })
    }

    fn compound(&mut self) -> Result<Compound, SelectorError> {
        let mut compound = Compound::default();
        let mut typed = false;
        match self.peek() {
            Some('*') => {
                self.bump();
                typed = true;
            }
            Some(c) if starts_name(c) => {
                compound.name = Some(self.name()?.to_ascii_lowercase());
                typed = true;
            }
            _ => {}
        }
        loop {
            match self.peek() {
                Some('#') => {
                    self.bump();
                    compound.ids.push(self.name()?);
                }
                Some('.') => {
                    self.bump();
                    compound.classes.push(self.name()?);
                }
                Some('[') => {
                    self.bump();
                    compound.attributes.push(self.attribute()?);
                }
                Some(':') => return Err(self.error("pseudo-classes are not supported")),
                _ => break,
            }
        }
        if !typed && compound.is_empty() {
            return Err(self.error("expected a selector"));
        }
        Ok(compound)
    }

    /// The inside of `[...]`, after the bracket.
    fn attribute(&mut self) -> Result<AttributeTest, SelectorError> {
        self.skip_space();
        let name = self.name()?.to_ascii_lowercase();
        self.skip_space();
        let op = match self.bump() {
            Some(']') => {
                return Ok(AttributeTest {
                    name,
                    op: AttributeOp::Exists,
                    value: String::new(),
                });
            }
            Some('=') => AttributeOp::Equals,
            Some(c @ ('~' | '|' | '^' | '$' | '*')) => {
                if self.bump() != Some('=') {
                    return Err(self.error("expected `=` in the attribute selector"));
                }
                match c {
                    '~' => AttributeOp::Includes,
                    '|' => AttributeOp::DashMatch,
                    '^' => AttributeOp::Prefix,
                    '$' => AttributeOp::Suffix,
                    _ => AttributeOp::Substring,
                }
            }
            _ => return Err(self.error("expected `]` or an operator")),
        };
        self.skip_space();
        let value = match self.peek() {
            Some(q @ ('"' | '\'')) => {
                self.bump();
                self.string(q)?
            }
            _ => self.name()?,
        };
        self.skip_space();
        if self.bump() != Some(']') {
            return Err(self.error("expected `]`"));
        }
        Ok(AttributeTest { name, op, value })
    }

    /// An identifier: name characters and escapes.
    fn name(&mut self) -> Result<String, SelectorError> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if c == '\\' {
                self.bump();
                out.push(self.escape()?);
            } else if is_name_char(c) {
                self.bump();
                out.push(c);
            } else {
                break;
            }
        }
        if out.is_empty() {
            return Err(self.error("expected a name"));
        }
        Ok(out)
    }

    /// A quoted string's content, after the opening quote.
    fn string(&mut self, quote: char) -> Result<String, SelectorError> {
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(self.error("unterminated string")),
                Some(c) if c == quote => return Ok(out),
                Some('\\') => out.push(self.escape()?),
                Some(c) => out.push(c),
            }
        }
    }

    /// The character an escape stands for, after the backslash: up to six
    /// hex digits (and one white space after them), or any other
    /// character as itself.
    fn escape(&mut self) -> Result<char, SelectorError> {
        let mut code: u32 = 0;
        let mut digits = 0;
        while digits < 6 {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    self.bump();
                    code = code * 16 + d;
                    digits += 1;
                }
                None => break,
            }
        }
        if digits > 0 {
            if self.peek().is_some_and(is_space) {
                self.bump();
            }
            // As CSS does: no code point, a surrogate or zero is U+FFFD.
            return Ok(char::from_u32(code)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}'));
        }
        match self.bump() {
            None => Err(self.error("escape at the end")),
            Some('\n') => Err(self.error("escaped newline")),
            Some(c) => Ok(c),
        }
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

fn starts_name(c: char) -> bool {
    is_name_char(c) || c == '\\'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_tests_are_told_apart() {
        let tests = |source: &str| Selector::parse(source).unwrap().tests_attributes();
        assert!(tests("[data-ad]"));
        assert!(tests("aside.related, div > a[href^=\"/ads\"]"));
        assert!(!tests("aside.related, #promo, div > p"));
    }

    /// An element for tests: a name and attributes.
    struct Element {
        name: &'static str,
        attrs: Vec<(&'static str, &'static str)>,
    }

    impl ElementView for &Element {
        fn local_name(&self) -> &str {
            self.name
        }
        fn attr(&self, name: &str) -> Option<&str> {
            self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
        }
    }

    fn el(name: &'static str, attrs: &[(&'static str, &'static str)]) -> Element {
        Element {
            name,
            attrs: attrs.to_vec(),
        }
    }

    /// Whether `selector` matches the last element of `path` (outermost
    /// first).
    fn matches(selector: &str, path: &[Element]) -> bool {
        let s = Selector::parse(selector).unwrap();
        let (subject, above) = path.split_last().unwrap();
        s.matches(&subject, &mut || above.iter().rev().collect())
    }

    #[test]
    fn simple_selectors() {
        let div = [el(
            "div",
            &[("id", "main"), ("class", "post  entry-content")],
        )];
        assert!(matches("div", &div));
        assert!(matches("DIV", &div));
        assert!(matches("*", &div));
        assert!(matches("#main", &div));
        assert!(matches(".entry-content", &div));
        assert!(matches("div.post.entry-content#main", &div));
        assert!(!matches(".Post", &div), "classes are case-sensitive");
        assert!(!matches("p", &div));
        assert!(!matches("#main.other", &div));
        assert!(matches("p, .post", &div));
    }

    #[test]
    fn attribute_operators() {
        let a = [el(
            "a",
            &[
                ("href", "https://example.com/x.pdf"),
                ("lang", "en-GB"),
                ("rel", "nofollow noopener"),
            ],
        )];
        assert!(matches("[href]", &a));
        assert!(matches("[HREF]", &a), "attribute names ignore case");
        assert!(matches("a[href^='https://']", &a));
        assert!(matches("a[href$=\".pdf\"]", &a));
        assert!(matches("a[href*=example]", &a));
        assert!(matches("[lang|=en]", &a));
        assert!(!matches("[lang|=e]", &a));
        assert!(matches("[rel~=noopener]", &a));
        assert!(!matches("[rel~=noop]", &a));
        assert!(matches("[rel='nofollow noopener']", &a));
        assert!(!matches("[rel=nofollow]", &a));
        assert!(
            !matches("[href^='']", &a),
            "an empty prefix matches nothing"
        );
        assert!(!matches("[title]", &a));
    }

    #[test]
    fn combinators() {
        let path = [
            el("html", &[]),
            el("body", &[]),
            el("main", &[("class", "content")]),
            el("section", &[]),
            el("p", &[("class", "note")]),
        ];
        assert!(matches("main p", &path));
        assert!(matches("body p.note", &path));
        assert!(matches("section > p", &path));
        assert!(!matches("main > p", &path));
        assert!(matches("main > section > p", &path));
        assert!(matches(".content > * > .note", &path));
        assert!(matches("html main section p", &path));
        assert!(!matches("section main p", &path), "order matters");
        assert!(matches("body > main p", &path));
        assert!(!matches("body > section p", &path));
        // A child step after a descendant one that first matches too high.
        let path = [
            el("div", &[("class", "a")]),
            el("div", &[("class", "a")]),
            el("div", &[("class", "b")]),
            el("p", &[]),
        ];
        assert!(matches(".a > .b p", &path));
        assert!(matches(".a .a > .b > p", &path));
        assert!(!matches(".b > .a p", &path));
    }

    #[test]
    fn escapes_and_strings() {
        let div = [el("div", &[("class", "md:grid w-1/2"), ("data-x", "a\"b")])];
        assert!(matches(r".md\:grid", &div));
        assert!(matches(r".w-1\/2", &div));
        assert!(matches(r".md\3A grid", &div));
        assert!(matches(r#"[data-x="a\"b"]"#, &div));
        assert!(matches(r#"[data-x='a"b']"#, &div));
    }

    #[test]
    fn invalid_selectors_say_where() {
        let cases: &[(&str, usize, &str)] = &[
            ("", 0, "expected a selector"),
            ("   ", 3, "expected a selector"),
            ("div,", 4, "expected a selector"),
            ("div >", 5, "expected a selector"),
            ("a:hover", 1, "pseudo-classes are not supported"),
            ("h2 + p", 3, "sibling combinators are not supported"),
            ("div ~ p", 4, "sibling combinators are not supported"),
            ("[href", 5, "expected `]` or an operator"),
            ("[href=", 6, "expected a name"),
            ("[href='x", 8, "unterminated string"),
            ("[href!=x]", 6, "expected `]` or an operator"),
            ("[href^x]", 7, "expected `=` in the attribute selector"),
            ("#", 1, "expected a name"),
            ("div)", 3, "unexpected character"),
            ("a\\", 2, "escape at the end"),
        ];
        for &(source, position, reason) in cases {
            let error = Selector::parse(source).unwrap_err();
            assert_eq!(
                (error.position(), error.reason()),
                (position, reason),
                "{source:?}"
            );
        }
    }

    #[test]
    fn display_is_the_source() {
        let s: Selector = " nav , .promo ".parse().unwrap();
        assert_eq!(s.to_string(), "nav , .promo");
        assert_eq!(s.alternatives.len(), 2);
    }

    #[test]
    fn any_text_parses_or_fails_without_panicking() {
        // Every prefix of a selector rich in escapes and multi-byte
        // characters, cut at each character boundary.
        let source = "Ünï\\63 ode > [data-é|='x\\'y'], *.a\\\u{1F600}#b [c~=d] \\";
        for (at, _) in source.char_indices() {
            let _ = Selector::parse(&source[..at]);
        }
        for c in ['\0', '\u{FFFD}', '"', '\\', '[', ']', '>', ',', ':'] {
            let _ = Selector::parse(&c.to_string().repeat(3));
        }
    }
}
