//! What the markup says about each element, read once per page: class and
//! id signals, visibility, ARIA roles and authorship markers.
//!
//! These facts do not change between extraction attempts, so they are
//! computed in one pass and kept in a side table.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use html5ever::{LocalName, local_name};

use crate::dom::{Dom, NodeId, Tag};
use crate::patterns::{self, ClassSignals};

/// Per-element facts from attributes; see the module docs.
pub(crate) struct Signals {
    class: Vec<ClassSignals>,
    flags: Vec<u16>,
}

/// Hidden by `hidden`, `aria-hidden="true"`, inline CSS or a hiding class,
/// unless it is a tab panel or what a disclosure control (`aria-controls`)
/// opens: folded content is still content.
pub(crate) const HIDDEN: u16 = 1 << 0;
/// An ARIA role that is never the article (menu, navigation, dialog...).
/// Not `alert`: inside the text it marks the warning a reader must see
/// (Bootstrap's and documentation themes' callouts take it), and an alert
/// banner outside the text has no paragraphs to win with.
pub(crate) const UNLIKELY_ROLE: u16 = 1 << 1;
/// A modal dialog (`aria-modal="true"` with `role="dialog"` or
/// `role="alertdialog"`, the role consent prompts take), a `<dialog>` that
/// is not open (browsers show none), or what a script framework shows only
/// while a dialog, pop-up or drawer is open (see [`BindingState`]).
pub(crate) const MODAL: u16 = 1 << 2;
/// `rel="author"` or an `itemprop` naming the author.
pub(crate) const AUTHOR_MARKUP: u16 = 1 << 3;
/// `itemprop` containing "name".
pub(crate) const ITEMPROP_NAME: u16 = 1 << 4;
/// Has a non-empty `class` attribute.
pub(crate) const HAS_CLASS: u16 = 1 << 5;
/// Has a non-empty `id` attribute.
pub(crate) const HAS_ID: u16 = 1 << 6;
/// `role="main"`.
pub(crate) const ROLE_MAIN: u16 = 1 << 7;
/// The class or id holds a word every date class term does
/// ([`patterns::NameWords::date`]).
pub(crate) const DATE_WORD: u16 = 1 << 8;
/// Has an `itemprop` attribute.
pub(crate) const HAS_ITEMPROP: u16 = 1 << 9;
/// The class or id names a list of references
/// ([`patterns::NameWords::references`]).
pub(crate) const REFERENCE_LIST: u16 = 1 << 10;
/// Hidden from sight by a screen-reader class (`sr-only`,
/// `visually-hidden`) only: words a screen reader says in place of an
/// icon. Set with [`HIDDEN`].
pub(crate) const SCREEN_READER_ONLY: u16 = 1 << 11;
/// Its `title` holds a machine-readable date and time ("2023-12-26T23:14:12"),
/// as a `<time datetime>` would: a forum's or a news list's stamp
/// (`<span title="2023-12-26T23:14:12">3 hours ago</span>`).
pub(crate) const STAMP_TITLE: u16 = 1 << 12;

/// What a script framework's conditional display (`v-if`, `x-show`,
/// `ng-show`...) waits for, read from the words of its condition: the
/// page as served shows neither a dialog that opens on a click nor the
/// message a form answers with, but the markup for both is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum BindingState {
    /// A condition that says nothing of either (`isSizeSelected`), or one
    /// that is true until something happens (`!isModalOpen`).
    None,
    /// A form's outcome: an error, a success, a sent form.
    Outcome,
    /// A dialog, pop-up, drawer or toast being open.
    Dialog,
}

/// Words of conditions that show a dialog or its kin, as identifiers
/// spell them (`isNotifyModalOpen`, `showPopup`, `cartDrawerVisible`).
const DIALOG_WORDS: [&str; 8] = [
    "modal", "dialog", "popup", "popover", "lightbox", "drawer", "flyout", "toast",
];

/// Words of conditions that show a form's answer.
const OUTCOME_WORDS: [&str; 3] = ["error", "success", "submitted"];

impl BindingState {
    /// The state a condition waits for. A condition that may be true as
    /// the page is served says nothing: a negation (`!isOpen`), a
    /// comparison (`errorCount === 0`), an alternative (`success ||
    /// preview`) or a choice (`a ? b : c`). A conjunction is true only when
    /// the dialog or answer it names is there.
    fn of(condition: &str) -> Self {
        if condition.contains(['!', '=', '<', '>', '|', '?']) {
            return BindingState::None;
        }
        let lower = condition.to_ascii_lowercase();
        if DIALOG_WORDS.iter().any(|w| lower.contains(w)) {
            BindingState::Dialog
        } else if OUTCOME_WORDS.iter().any(|w| lower.contains(w)) {
            BindingState::Outcome
        } else {
            BindingState::None
        }
    }
}

/// Whether an attribute is a framework's conditional display: Vue's
/// `v-if`, `v-else-if` and `v-show`, Alpine's `x-show` and `x-if`,
/// AngularJS's `ng-if` and `ng-show`, Angular's `*ngIf`.
fn is_display_binding(name: &LocalName) -> bool {
    matches!(
        &**name,
        "v-if" | "v-else-if" | "v-show" | "x-show" | "x-if" | "ng-if" | "ng-show" | "*ngif"
    )
}

impl Signals {
    pub(crate) fn compute(dom: &Dom) -> Signals {
        let n = dom.len();
        let mut class = vec![ClassSignals::default(); n * 2];
        let mut flags = vec![0u16; n];
        let mut names = NameMatcher::default();
        // The end of the innermost `<main>` (or `role="main"`) subtree the
        // walk is in: ids are in document order, so a subtree is a range.
        let mut main_end = 0;
        // Hidden elements with an id, and the ids that disclosure controls
        // (tabs, "Read more" buttons, accordions) name in `aria-controls`.
        let mut hidden_ids: Vec<(NodeId, String)> = Vec::new();
        let mut controlled: HashSet<String> = HashSet::new();
        // Elements with `aria-expanded`: disclosure buttons.
        let mut expanders: Vec<NodeId> = Vec::new();
        for id in 0..n {
            let tag = dom.tag(id);
            if !tag.is_element() || tag.is_ignored() {
                continue;
            }
            let in_main = id < main_end;
            let mut f = 0u16;
            let mut role_dialog = false;
            let mut aria_modal = false;
            let mut aria_hidden = false;
            let mut tab_panel = false;
            let mut hidden_attr = false;
            let mut class_value_has_fallback = false;
            let mut carousel_slide = false;
            let mut screen_reader_only = false;
            let mut style_hidden = false;
            let mut breadcrumb_label = false;
            let mut expander = false;
            let mut open = false;
            let mut binding = BindingState::None;
            dom.for_each_attr(id, |name, value| match *name {
                local_name!("class") => {
                    if !value.trim().is_empty() {
                        let facts = names.class(value);
                        if facts.hides {
                            f |= HIDDEN;
                            screen_reader_only = facts.screen_reader_only;
                        }
                        f |= HAS_CLASS;
                        if facts.names_date {
                            f |= DATE_WORD;
                        }
                        if facts.names_references {
                            f |= REFERENCE_LIST;
                        }
                        class[id * 2] = facts.signals.within(in_main);
                        class_value_has_fallback = facts.fallback_image;
                        carousel_slide = facts.carousel_slide;
                    }
                }
                local_name!("id") => {
                    if !value.trim().is_empty() {
                        f |= HAS_ID;
                        let patterns::NameFacts {
                            may_match, words, ..
                        } = patterns::name_facts(value);
                        if words.date {
                            f |= DATE_WORD;
                        }
                        if words.references {
                            f |= REFERENCE_LIST;
                        }
                        // The id of a heading, or of a section opened by
                        // one, is an anchor spelled from the heading's
                        // words ("Promotion_controversy"): it names the
                        // section, not the furniture.
                        let signals = names.id(value, may_match).within(in_main);
                        if signals != ClassSignals::default()
                            && !is_heading_anchor(dom, id, tag)
                            && !anchors_its_heading(dom, id, value)
                        {
                            class[id * 2 + 1] = signals;
                        }
                    }
                }
                local_name!("style") => {
                    if style_hides(value) {
                        f |= HIDDEN;
                        style_hidden = true;
                    }
                }
                local_name!("hidden") => hidden_attr = true,
                local_name!("title") => {
                    if is_iso_stamp(value) {
                        f |= STAMP_TITLE;
                    }
                }
                local_name!("aria-label") => breadcrumb_label = is_breadcrumb_label(value),
                local_name!("aria-hidden") => aria_hidden = value.trim() == "true",
                local_name!("aria-modal") => aria_modal = value.trim() == "true",
                local_name!("aria-expanded") => expander = true,
                local_name!("aria-controls") => {
                    controlled.extend(value.split_whitespace().map(str::to_owned));
                }
                local_name!("role") => {
                    let role = value.trim();
                    role_dialog = matches!(role, "dialog" | "alertdialog");
                    tab_panel = role == "tabpanel";
                    if role == "main" {
                        f |= ROLE_MAIN;
                    }
                    if matches!(
                        role,
                        "menu"
                            | "menubar"
                            | "complementary"
                            | "navigation"
                            | "alertdialog"
                            | "dialog"
                    ) {
                        f |= UNLIKELY_ROLE;
                    }
                }
                local_name!("rel") => {
                    if value.trim() == "author" {
                        f |= AUTHOR_MARKUP;
                    }
                }
                local_name!("itemprop") => {
                    f |= HAS_ITEMPROP;
                    if value.contains("author") {
                        f |= AUTHOR_MARKUP;
                    }
                    if value.contains("name") {
                        f |= ITEMPROP_NAME;
                    }
                }
                local_name!("open") => open = true,
                _ => {
                    if is_display_binding(name) {
                        binding = binding.max(BindingState::of(value));
                    }
                }
            });
            // A trail labelled for screen readers ("<nav aria-label=
            // Breadcrumb>") is named as one.
            if breadcrumb_label {
                let named = names.id("breadcrumb", true).within(in_main);
                class[id * 2 + 1] = class[id * 2 + 1].with(named);
            }
            // A custom element's name says what it is as an id would
            // (`<related-articles>`, `<share-buttons>`, `<cookie-banner>`).
            if tag == Tag::Other {
                if let Some(name) = dom.custom_element_name(id) {
                    let may_match = patterns::name_facts(name).may_match;
                    let named = names.id(name, may_match).within(in_main);
                    class[id * 2 + 1] = class[id * 2 + 1].with(named);
                }
            }
            // Only when nothing else hides it: a screen reader skips
            // what `hidden`, `aria-hidden` or `display: none` hide.
            if screen_reader_only && !hidden_attr && !aria_hidden && !style_hidden {
                f |= SCREEN_READER_ONLY;
            }
            if hidden_attr && !is_streamed_segment(dom, id) {
                f |= HIDDEN;
            }
            // A carousel marks the slides out of view `aria-hidden`; they
            // are a scroll away, not hidden (its clones are copies).
            if aria_hidden && !class_value_has_fallback && !carousel_slide {
                f |= HIDDEN;
            }
            if (aria_modal && role_dialog)
                || (tag == Tag::Dialog && !open)
                || binding == BindingState::Dialog
            {
                f |= MODAL;
            }
            if binding == BindingState::Outcome {
                f |= HIDDEN;
            }
            // A tab panel is hidden only until its tab is chosen: on a
            // product page the description and specifications wait there.
            if tab_panel {
                f &= !HIDDEN;
            }
            if f & (HIDDEN | HAS_ID) == HIDDEN | HAS_ID {
                if let Some(value) = dom.attr(id, &local_name!("id")) {
                    hidden_ids.push((id, value.trim().to_owned()));
                }
            }
            if expander {
                expanders.push(id);
            }
            if tag == Tag::Main || f & ROLE_MAIN != 0 {
                main_end = main_end.max(dom.end(id));
            }
            flags[id] = f;
        }
        // What a disclosure control opens is content folded away, not
        // furniture: "Read more" halves of a description, accordion answers.
        for (id, value) in hidden_ids {
            if controlled.contains(&value) {
                flags[id] &= !HIDDEN;
            }
        }
        // An accordion as ARIA writes it, a button in a heading over the
        // panel it folds: the panel after the heading is the answer.
        for button in expanders {
            if let Some(panel) = accordion_panel(dom, button) {
                flags[panel] &= !HIDDEN;
            }
        }
        Signals { class, flags }
    }

    pub(crate) fn has(&self, id: NodeId, flag: u16) -> bool {
        self.flags[id] & flag != 0
    }

    /// Whether class or id carries `bit`.
    pub(crate) fn either(&self, id: NodeId, bit: u8) -> bool {
        self.class[id * 2].has(bit) || self.class[id * 2 + 1].has(bit)
    }

    /// Readability's class weight: ±25 for a negative or positive class,
    /// and again for the id.
    pub(crate) fn class_weight(&self, id: NodeId) -> f32 {
        let mut w = 0.0;
        for s in [self.class[id * 2], self.class[id * 2 + 1]] {
            if s.has(ClassSignals::NEGATIVE) {
                w -= 25.0;
            }
            if s.has(ClassSignals::POSITIVE) {
                w += 25.0;
            }
        }
        w
    }
}

/// The panel an accordion's button folds: the element after the heading
/// the button sits in (or after the heading's box, when the heading is
/// all of it).
fn accordion_panel(dom: &Dom, button: NodeId) -> Option<NodeId> {
    let heading = std::iter::once(button)
        .chain(dom.ancestors(button).take(2))
        .find(|&a| dom.tag(a).is_heading())?;
    dom.next_element_sibling(heading).or_else(|| {
        let parent = dom.parent(heading)?;
        let only_child = dom
            .children(parent)
            .filter(|&c| dom.tag(c).is_element())
            .count()
            == 1;
        only_child
            .then(|| dom.next_element_sibling(parent))
            .flatten()
    })
}

/// Whether `id` is a heading, or an element right inside one (wikis put
/// the anchor on a span in the heading): its id is the anchor of a
/// section.
fn is_heading_anchor(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    tag.is_heading() || dom.parent(id).is_some_and(|p| dom.tag(p).is_heading())
}

/// Whether `value`, the id of `id`, is the anchor of the heading that
/// opens it, spelled from the heading's words: documentation generators
/// give each section the id "example-1-amend-a-shared-changeset" of its
/// heading "Example 1: Amend a shared changeset", perhaps after a prefix
/// of their own. A short one ("related-posts" over "Related posts") is a
/// label, and names what it labels.
fn anchors_its_heading(dom: &Dom, id: NodeId, value: &str) -> bool {
    // The heading opens the section: among its first few nodes.
    const OPENING_NODES: usize = 8;
    // Furniture labels run to three words ("you may also like").
    const MIN_HEADING_WORDS: usize = 4;
    // Anchors are short; a hostile page's megabyte id or heading is not
    // worth reading word by word.
    const MAX_ANCHOR_BYTES: usize = 512;
    const MAX_HEADING_NODES: usize = 32;
    if value.len() > MAX_ANCHOR_BYTES {
        return false;
    }
    let opening = id + 1..dom.end(id).min(id + 1 + OPENING_NODES);
    let Some(heading) = opening.into_iter().find(|&n| dom.tag(n).is_heading()) else {
        return false;
    };
    if dom.end(heading) - heading > MAX_HEADING_NODES {
        return false;
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let anchor = words(value);
    let title = words(&crate::clean::inner_text(dom, heading));
    title.len() >= MIN_HEADING_WORDS && anchor.ends_with(&title)
}

/// Matches class and id values against the class patterns, once per
/// distinct value: a page repeats the same few class values on hundreds of
/// elements (every comment, every teaser, every menu item).
///
/// The values are short strings looked up for nearly every element, so the
/// maps use a fast seeded hash rather than std's SipHash.
struct NameMatcher {
    classes: SeenValues<ClassFacts>,
    ids: SeenValues<NameSignals>,
    tokens: String,
}

/// What was found for each distinct value seen: a cache keyed by the
/// value's hash, with the values themselves kept back to back in one
/// buffer (one allocation for them all, rather than one per value) to
/// check a hit against. Two values with the same hash share no entry:
/// the second is simply not cached, so what is found never depends on
/// the cache.
struct SeenValues<T> {
    /// Hash of the value -> where its bytes are in `bytes`, and what was
    /// found for it.
    entries: HashMap<u64, (usize, usize, T), foldhash::fast::RandomState>,
    bytes: String,
    hasher: foldhash::fast::RandomState,
}

impl<T> Default for SeenValues<T> {
    fn default() -> Self {
        SeenValues::with_capacity(0, 0)
    }
}

impl<T> SeenValues<T> {
    /// Room for `values` values of `bytes` bytes in all, without growing.
    fn with_capacity(values: usize, bytes: usize) -> Self {
        SeenValues {
            entries: HashMap::with_capacity_and_hasher(values, Default::default()),
            bytes: String::with_capacity(bytes),
            hasher: foldhash::fast::RandomState::default(),
        }
    }
}

impl<T: Copy> SeenValues<T> {
    /// What was found for `value`, if it was seen before, or else the
    /// value's hash to [`insert`](Self::insert) it with: a value is hashed
    /// once.
    fn get(&self, value: &str) -> Result<T, u64> {
        let hash = self.hasher.hash_one(value);
        match self.entries.get(&hash) {
            Some(&(start, len, found)) if self.bytes.get(start..start + len) == Some(value) => {
                Ok(found)
            }
            _ => Err(hash),
        }
    }

    /// Records what was found for `value` (not seen before), given its
    /// hash from [`get`](Self::get).
    fn insert(&mut self, value: &str, hash: u64, found: T) {
        if let std::collections::hash_map::Entry::Vacant(entry) = self.entries.entry(hash) {
            entry.insert((self.bytes.len(), value.len(), found));
            self.bytes.push_str(value);
        }
    }
}

/// What one class value says.
#[derive(Clone, Copy)]
struct ClassFacts {
    signals: NameSignals,
    /// It holds a hiding class ([`patterns::visibility_classes`]).
    hides: bool,
    /// It holds a screen-reader class ([`patterns::visibility_classes`]).
    screen_reader_only: bool,
    /// It names a fallback image (whose `aria-hidden` hides nothing).
    fallback_image: bool,
    /// It names a carousel's own slide ([`patterns::visibility_classes`]).
    carousel_slide: bool,
    /// It may name a date ([`patterns::NameWords::date`]).
    names_date: bool,
    /// It names a list of references ([`patterns::NameWords::references`]).
    names_references: bool,
}

/// The signals of one class or id value, anywhere and inside the page's
/// main landmark.
#[derive(Clone, Copy, Default)]
struct NameSignals {
    anywhere: ClassSignals,
    in_main: ClassSignals,
}

impl NameSignals {
    fn within(self, in_main: bool) -> ClassSignals {
        if in_main { self.in_main } else { self.anywhere }
    }
}

impl Default for NameMatcher {
    fn default() -> Self {
        NameMatcher {
            // A page has a hundred or two distinct class values: room for
            // them spares the map its rehashes as it grows.
            classes: SeenValues::with_capacity(CLASS_VALUES, CLASS_VALUES * 32),
            ids: SeenValues::default(),
            tokens: String::new(),
        }
    }
}

/// The distinct class values [`NameMatcher`] makes room for at first.
const CLASS_VALUES: usize = 128;

impl NameMatcher {
    /// A class value's facts; a value seen before is one lookup.
    fn class(&mut self, value: &str) -> ClassFacts {
        let hash = match self.classes.get(value) {
            Ok(facts) => return facts,
            Err(hash) => hash,
        };
        let patterns::NameFacts {
            may_match,
            words,
            may_hide,
            fallback_image,
        } = patterns::name_facts(value);
        // Values holding no class word at all skip the tokens.
        let signals = if may_match {
            Self::signals(&mut self.tokens, value, "")
        } else {
            NameSignals::default()
        };
        // Most values hold no piece of a visibility class: no token scan.
        let visibility = if may_hide {
            patterns::visibility_classes(value)
        } else {
            patterns::VisibilityClasses::default()
        };
        let facts = ClassFacts {
            signals,
            hides: visibility.hides,
            screen_reader_only: visibility.screen_reader_only,
            fallback_image,
            carousel_slide: visibility.carousel_slide,
            names_date: words.date,
            names_references: words.references,
        };
        self.classes.insert(value, hash, facts);
        facts
    }

    /// An id's signals, given its [`patterns::may_match_class`]. Ids are
    /// nearly all seen once, and most hold no class word at all: those are
    /// answered without hashing.
    fn id(&mut self, value: &str, may_match: bool) -> NameSignals {
        if !may_match {
            return NameSignals::default();
        }
        let hash = match self.ids.get(value) {
            Ok(signals) => return signals,
            Err(hash) => hash,
        };
        let signals = Self::signals(&mut self.tokens, "", value);
        self.ids.insert(value, hash, signals);
        signals
    }

    /// Matches a class or id value (the other one empty) against the
    /// class patterns.
    fn signals(tokens: &mut String, class: &str, id: &str) -> NameSignals {
        patterns::class_tokens(class, id, tokens);
        let mut anywhere = patterns::class_signals(tokens);
        // "authorization", "authorize": a sign-in link's name, not an
        // author's (the byline term is the prefix "author").
        // "commentary": a match report's running text or an analysis
        // column, not readers' comments (the comment terms are prefixes).
        let authori = anywhere.has(ClassSignals::BYLINE) && tokens.contains("authori");
        let commentary = tokens.contains(" commentar");
        // "shareable", "sharable": text readers may select and share (a
        // standfirst, a quote), not a share bar.
        // (Asked only of names the share terms may have matched: a substring
        // search on every distinct value costs more than the rest.)
        let shareable = anywhere.has(ClassSignals::BOILERPLATE)
            && (tokens.contains(" sharea") || tokens.contains(" sharab"));
        if authori || commentary || shareable {
            anywhere = patterns::class_signals_except(tokens, |token| {
                (authori && token.contains("authori"))
                    || (commentary && COMMENTARY.contains(&token))
                    || (shareable && SHAREABLE.contains(&token))
            });
        }
        let in_main = if anywhere.has(ClassSignals::NEGATIVE) {
            patterns::class_signals_in_main(tokens)
        } else {
            anywhere
        };
        NameSignals { anywhere, in_main }
    }
}

/// The words for text that readers may share, in class names.
const SHAREABLE: [&str; 2] = ["shareable", "sharable"];

/// The words for a commentary in class names: its text, not comments.
const COMMENTARY: [&str; 2] = ["commentary", "commentaries"];

/// Whether an `aria-label` names a breadcrumb trail, in English or in
/// the names other languages give it ("Brotkrümelnavigation", "Fil
/// d'Ariane", "Migas de pan", "Briciole di pane", "Kruimelpad").
fn is_breadcrumb_label(label: &str) -> bool {
    const NAMES: [&str; 7] = [
        "breadcrumb",
        "brotkrum",
        "brotkrüm",
        "fil d'ariane",
        "migas de pan",
        "briciole",
        "kruimelpad",
    ];
    label.len() <= 64 && {
        let label = label.to_lowercase();
        NAMES.iter().any(|name| label.contains(name))
    }
}

/// A segment of a page rendered in streamed parts (`<div hidden id="S:1">`
/// at the end of the body): the page's script moves it into place when it
/// arrives, so it is the content, shown, not a hidden leftover.
fn is_streamed_segment(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, &local_name!("id"))
        .is_some_and(|v| crate::dom::segment_id_name(v).is_some())
}

/// Whether `value` opens with an ISO 8601 date and time
/// ("2023-12-26T23:14:12", "2023-12-26 23:14"): a stamp written for
/// machines. A date alone is not enough: a title may name a report by its
/// day.
fn is_iso_stamp(value: &str) -> bool {
    let b = value.trim_start().as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b' '))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
}

/// Whether an inline style hides the element (`display: none` or
/// `visibility: hidden`).
fn style_hides(style: &str) -> bool {
    // Either hiding value is in the text, ignoring ASCII case: one cheap
    // pass spares most styles the split and the trims.
    // Both values hold an n: a vectorised search finds each n, and only
    // there are the bytes around it compared ("none" starting at it,
    // "hidden" ending at it).
    let bytes = style.as_bytes();
    let holds = memchr::memchr2_iter(b'n', b'N', bytes).any(|at| {
        let none = bytes
            .get(at..at + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"none"));
        let hidden = at
            .checked_sub(5)
            .and_then(|start| bytes.get(start..=at))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"hidden"));
        none || hidden
    });
    if !holds {
        return false;
    }
    crate::dom::style_declarations(style).any(|(prop, value)| {
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Elements that are never removed as boilerplate themselves.
pub(crate) fn is_structural(tag: Tag) -> bool {
    matches!(tag, Tag::Html | Tag::Body | Tag::Head | Tag::Document)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_str;

    #[test]
    fn an_iso_stamp_needs_a_date_and_a_time() {
        assert!(is_iso_stamp("2023-12-26T23:14:12 1703632452"));
        assert!(is_iso_stamp(" 2023-12-26 23:14"));
        assert!(!is_iso_stamp("2023-12-26"));
        assert!(!is_iso_stamp("2023-12-26 report"));
        assert!(!is_iso_stamp("26.12.2023 23:14"));
        assert!(!is_iso_stamp("2023-1"));
    }

    #[test]
    fn breadcrumb_labels_in_several_languages() {
        for label in [
            "Breadcrumb",
            "breadcrumbs",
            "Brotkrümelnavigation",
            "Fil d'Ariane",
        ] {
            assert!(is_breadcrumb_label(label), "{label}");
        }
        for label in ["Main navigation", "Share this article", "Pagination"] {
            assert!(!is_breadcrumb_label(label), "{label}");
        }
    }

    #[test]
    fn a_commentary_is_not_a_comment_section() {
        let mut tokens = String::new();
        let signals =
            |tokens: &mut String, class: &str| NameMatcher::signals(tokens, class, "").anywhere;
        let live = signals(&mut tokens, "ssrcss-commentary live-commentary");
        assert!(!live.has(ClassSignals::UNLIKELY));
        assert!(!live.has(ClassSignals::NEGATIVE));
        // Readers' comments, in English and French, stay comments.
        assert!(signals(&mut tokens, "comment-list").has(ClassSignals::UNLIKELY));
        assert!(signals(&mut tokens, "commentaires").has(ClassSignals::UNLIKELY));
        // The other names of the value still count.
        assert!(signals(&mut tokens, "commentary sidebar").has(ClassSignals::UNLIKELY));
    }

    #[test]
    fn seen_values_answer_only_for_the_value_seen() {
        let mut seen = SeenValues::default();
        assert!(seen.get("post-content").is_err());
        let mut insert = |value: &str, found: u8| {
            let hash = seen.get(value).err().unwrap_or(seen.hasher.hash_one(value));
            seen.insert(value, hash, found);
        };
        insert("post-content", 1);
        insert("sidebar", 2);
        insert("post-content", 3);
        assert_eq!(seen.get("post-content"), Ok(1));
        assert_eq!(seen.get("sidebar"), Ok(2));
        assert!(seen.get("post-conten").is_err());
        assert!(seen.get("").is_err());
    }

    #[test]
    fn inline_styles() {
        assert!(style_hides("display:none"));
        assert!(style_hides("color: red; DISPLAY : None !important"));
        assert!(style_hides("visibility:hidden"));
        assert!(!style_hides("display: block"));
        assert!(!style_hides("font-family: none"));
    }

    #[test]
    fn reads_visibility_roles_and_classes() {
        let dom = Dom::index(parse_str(
            "<div hidden>a</div><div aria-hidden=true>b</div><nav role=navigation>c</nav>\
             <div class='entry-content' id='comments'>d</div><span rel=author>e</span>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(s.has(divs[0], HIDDEN));
        assert!(s.has(divs[1], HIDDEN));
        let nav = dom.find(Tag::Nav).unwrap();
        assert!(s.has(nav, UNLIKELY_ROLE));
        assert_eq!(s.class_weight(divs[2]), 0.0);
        assert!(s.either(divs[2], ClassSignals::POSITIVE));
        assert!(s.either(divs[2], ClassSignals::NEGATIVE));
        assert!(s.has(dom.find(Tag::Span).unwrap(), AUTHOR_MARKUP));
    }

    #[test]
    fn closed_dialogs_are_modal_and_open_ones_are_not() {
        let dom = Dom::index(parse_str(
            "<dialog><p>Sign up for our newsletter</p></dialog>\
             <dialog open><p>Shown</p></dialog>",
        ));
        let s = Signals::compute(&dom);
        let dialogs: Vec<_> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Dialog)
            .collect();
        assert!(s.has(dialogs[0], MODAL));
        assert!(!s.has(dialogs[1], MODAL));
    }

    #[test]
    fn framework_bindings_waiting_for_a_dialog_or_an_answer_are_not_shown() {
        let dom = Dom::index(parse_str(
            "<div v-if='isNotifyModalOpen'>a</div>\
             <div x-show=\"cartDrawerOpen\">b</div>\
             <div v-show='formSubmitted'>c</div>\
             <div ng-show='errors.email'>d</div>\
             <div v-if='!isModalOpen'>e</div>\
             <div x-show='open'>f</div>\
             <div v-if='isSizeSelected'>g</div>\
             <div title='isModalOpen'>h</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(s.has(divs[0], MODAL));
        assert!(s.has(divs[1], MODAL));
        assert!(s.has(divs[2], HIDDEN) && !s.has(divs[2], MODAL));
        assert!(s.has(divs[3], HIDDEN));
        // Shown until a dialog opens; an accordion's or a menu's state;
        // a condition of no such word; the words outside a binding.
        for &shown in &divs[4..] {
            assert!(!s.has(shown, MODAL | HIDDEN), "{shown}");
        }
    }

    #[test]
    fn binding_states_read_from_the_condition() {
        assert_eq!(BindingState::of("showPopup"), BindingState::Dialog);
        assert_eq!(
            BindingState::of("hasError && touched"),
            BindingState::Outcome
        );
        assert_eq!(BindingState::of("status !== 'success'"), BindingState::None);
        assert_eq!(BindingState::of("errorCount === 0"), BindingState::None);
        assert_eq!(BindingState::of("success || preview"), BindingState::None);
        assert_eq!(
            BindingState::of("isOpen && showModal"),
            BindingState::Dialog
        );
        assert_eq!(BindingState::of("menuOpen"), BindingState::None);
    }

    #[test]
    fn heading_anchors_name_sections_not_furniture() {
        let dom = Dom::index(parse_str(
            "<h2 id='Promotion_controversy'>Promotion controversy</h2>\
             <h3><span id='Related_work'>Related work</span></h3>\
             <h2 class='related-title'>More</h2><div id='related'>x</div>",
        ));
        let s = Signals::compute(&dom);
        let h2s: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::H2).collect();
        assert!(!s.either(h2s[0], ClassSignals::BOILERPLATE));
        assert!(!s.either(dom.find(Tag::Span).unwrap(), ClassSignals::BOILERPLATE));
        // A heading's class still speaks for it, and so does any other id.
        assert!(s.either(h2s[1], ClassSignals::BOILERPLATE));
        assert!(s.either(dom.find(Tag::Div).unwrap(), ClassSignals::BOILERPLATE));
    }

    #[test]
    fn section_anchors_spelled_from_their_heading_name_nothing() {
        let dom = Dom::index(parse_str(
            "<div id='example-1-amend-a-shared-changeset'><h2>Example 1: Amend a shared \
             changeset</h2><p>x</p></div>\
             <div id='related-posts'><h3>Related posts</h3><p>y</p></div>\
             <div id='shared-notes'><h3>Notes on the first example</h3></div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(!s.either(divs[0], ClassSignals::NEGATIVE));
        // A short label names what it labels; an id that is not its
        // heading's still speaks.
        assert!(s.either(divs[1], ClassSignals::BOILERPLATE));
        assert!(s.either(divs[2], ClassSignals::NEGATIVE));
    }

    #[test]
    fn custom_element_names_speak_as_ids_do() {
        let dom = Dom::index(parse_str(
            "<related-articles><a href='/1'>x</a></related-articles>\
             <share-buttons class='story-tools'>y</share-buttons>\
             <story-body>z</story-body><p>w</p>",
        ));
        let s = Signals::compute(&dom);
        let custom: Vec<_> = (0..dom.len())
            .filter(|&i| dom.custom_element_name(i).is_some())
            .collect();
        assert_eq!(custom.len(), 3);
        assert!(s.either(custom[0], ClassSignals::BOILERPLATE));
        assert!(s.either(custom[1], ClassSignals::SHARE));
        assert!(s.either(custom[2], ClassSignals::POSITIVE));
        assert!(!s.either(custom[2], ClassSignals::BOILERPLATE));
        assert!(!s.either(dom.find(Tag::P).unwrap(), ClassSignals::POSITIVE));
    }

    #[test]
    fn streamed_segments_are_not_hidden() {
        let dom = Dom::index(parse_str(
            "<div hidden id='S:1a'>a</div><div hidden id='S:'>b</div><div hidden id='x'>c</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(!s.has(divs[0], HIDDEN));
        assert!(s.has(divs[1], HIDDEN));
        assert!(s.has(divs[2], HIDDEN));
    }

    #[test]
    fn screen_reader_words_are_marked_unless_something_else_hides_them() {
        let dom = Dom::index(parse_str(
            "<div class='sr-only'>a</div>\
             <div class='sr-only' aria-hidden=true>b</div>\
             <div class='sr-only' style='display:none'>c</div>\
             <div class='sr-only' hidden>d</div>\
             <div class='hidden'>e</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(divs.iter().all(|&d| s.has(d, HIDDEN)));
        let marked: Vec<bool> = divs.iter().map(|&d| s.has(d, SCREEN_READER_ONLY)).collect();
        assert_eq!(marked, [true, false, false, false, false]);
    }

    #[test]
    fn carousel_slides_out_of_view_are_not_hidden_but_their_clones_are() {
        let dom = Dom::index(parse_str(
            "<div class='slick-slide' aria-hidden=true>a</div>\
             <div class='slick-slide slick-cloned' aria-hidden=true>b</div>\
             <div class='swiper-slide swiper-slide-duplicate' aria-hidden=true>c</div>\
             <div class='teaser' aria-hidden=true>d</div>\
             <div class='swiper-slide' style='display:none'>e</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(!s.has(divs[0], HIDDEN));
        assert!(s.has(divs[1], HIDDEN));
        assert!(s.has(divs[2], HIDDEN));
        assert!(s.has(divs[3], HIDDEN));
        assert!(s.has(divs[4], HIDDEN), "a style that hides still hides");
    }

    #[test]
    fn icon_font_glyph_names_are_not_text() {
        let dom = Dom::index(parse_str(
            "<div><i class='material-icons md-12'>lock</i><strong>For subscribers</strong></div>\
             <span class='material-symbols-outlined'>arrow_forward</span><span class='materials'>Wood</span>",
        ));
        let s = Signals::compute(&dom);
        let dom = &dom;
        let with = |tag: Tag| (0..dom.len()).filter(move |&i| dom.tag(i) == tag);
        assert!(with(Tag::I).all(|i| s.has(i, HIDDEN)));
        let spans: Vec<_> = with(Tag::Span).collect();
        assert!(s.has(spans[0], HIDDEN));
        assert!(!s.has(spans[1], HIDDEN));
        assert!(with(Tag::Strong).all(|i| !s.has(i, HIDDEN)));
    }

    #[test]
    fn folded_content_is_not_hidden() {
        let dom = Dom::index(parse_str(
            "<div role=tab aria-controls='specs'>Specs</div>\
             <div id=specs role=tabpanel hidden>a</div>\
             <button aria-controls='more other'>Read more</button>\
             <div id=more style='display:none'>b</div>\
             <div id=elsewhere hidden>c</div><div role=tabpanel class=sr-only>d</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        assert!(
            !s.has(divs[1], HIDDEN),
            "a hidden tab panel waits for its tab"
        );
        assert!(!s.has(divs[2], HIDDEN), "a control opens it");
        assert!(s.has(divs[3], HIDDEN), "nothing opens it");
        assert!(!s.has(divs[4], HIDDEN));
    }

    #[test]
    fn widget_names_weigh_nothing_and_inside_main_hide_their_other_words() {
        let dom = Dom::index(parse_str(
            "<div class='widget'>a</div><main><div class='widget'>b</div>\
             <div class='widget sidebar'>c</div></main>\
             <div role=main><div id='textwidget'>d</div></div><div class='widget'>e</div>",
        ));
        let s = Signals::compute(&dom);
        let weights: Vec<f32> = (0..dom.len())
            .filter(|&i| dom.tag(i) == Tag::Div && dom.attr(i, &local_name!("role")).is_none())
            .map(|i| s.class_weight(i))
            .collect();
        // Outside, inside <main>, inside with another negative word, inside
        // role=main, outside again.
        assert_eq!(weights, [0.0, 0.0, -25.0, 0.0, 0.0]);
    }

    #[test]
    fn a_class_value_seen_again_says_the_same() {
        let dom = Dom::index(parse_str(
            "<div class='sr-only'>a</div><div class='sr-only'>b</div>\
             <img class='fallback-image' aria-hidden=true><img class='fallback-image' aria-hidden=true>\
             <div class='comments'>c</div><div class='comments'>d</div><div class=' '>e</div>",
        ));
        let s = Signals::compute(&dom);
        let divs: Vec<_> = (0..dom.len()).filter(|&i| dom.tag(i) == Tag::Div).collect();
        let imgs: Vec<_> = dom.find_all(Tag::Img).collect();
        assert!(s.has(divs[0], HIDDEN) && s.has(divs[1], HIDDEN));
        assert!(!s.has(imgs[0], HIDDEN) && !s.has(imgs[1], HIDDEN));
        assert!(s.either(divs[2], ClassSignals::NEGATIVE));
        assert!(s.either(divs[3], ClassSignals::NEGATIVE));
        assert!(!s.has(divs[4], HAS_CLASS | HIDDEN));
    }
}
