//! The headline: the best declared title, without the site name that
//! pages join to it ("Headline | Site", "Site » Headline").
//!
//! A part of the title is dropped only on evidence: it is the site's name
//! (from `og:site_name`, the JSON-LD publisher, or the host name), the rest
//! is what the page's `<h1>` says, or it is a short tail after a long
//! headline. A title declared for sharing (`og:title`, JSON-LD) needs two
//! (the part is the site's name and the rest is the `<h1>`), or a last
//! part that is the site's name exactly, whole. A colon is a
//! separator only after a known site name ("Site: Headline"), or spaced
//! before a part the `<h1>` leaves out ("Headline : Forum"), so
//! "Headline: with a colon" is never cut.

use crate::article::Source;

/// The most separated parts a title may have for the rules to apply;
/// longer chains are left whole (and keep the rules linear).
const MAX_PARTS: usize = 16;

/// The separators that join a site name to a headline, when surrounded
/// by spaces.
const SEPARATORS: [char; 10] = ['|', '-', '–', '—', '»', '·', '/', '\\', '>', '•'];

/// The separators that join a site name to a headline between CJK
/// characters, without spaces.
const CJK_SEPARATORS: [char; 8] = ['_', '｜', '|', '－', '—', '-', '：', '丨'];

/// What the title is chosen from.
pub(crate) struct Inputs<'a> {
    /// Declared titles, best source first.
    pub candidates: Vec<(String, Source)>,
    /// Names the site goes by: its declared names and host name.
    pub site_names: &'a [String],
    /// The visible `<h1>` texts, in document order.
    pub h1s: &'a [String],
}

/// The headline and where it came from.
pub(crate) fn choose(inputs: &Inputs<'_>) -> Option<(String, Source)> {
    let (raw, source) = inputs
        .candidates
        .iter()
        .find(|(t, _)| !t.is_empty())
        .cloned()
        .or_else(|| {
            let h1 = inputs.h1s.first()?;
            Some((h1.clone(), Source::Markup))
        })?;
    let sites: Vec<String> = inputs
        .site_names
        .iter()
        .map(|s| fold(s))
        .filter(|s| s.chars().count() >= 2)
        .collect();
    let h1s: Vec<String> = inputs.h1s.iter().map(|h| fold(h)).collect();
    // A sharing title that repeats the document's title word for word
    // (a CMS copies one into the other) carries the tab's site name: the
    // page's heading, when it is the rest, is evidence enough.
    let repeats_document_title = inputs
        .candidates
        .iter()
        .any(|(t, s)| *s == Source::Markup && *t == raw);
    // The document's `<title>`, which browsers show in tabs beside the
    // site name, has the site name taken off on the evidence below. A
    // title declared for sharing (OpenGraph, Twitter card, JSON-LD, Dublin
    // Core) loses it only on double evidence (the part is the site's name
    // and the rest is what the page's heading says), or when its last part
    // is the site's name exactly; or, repeating the document's title,
    // when the heading is the rest.
    let mut title = if source == Source::Markup {
        strip_site(&raw, &sites, &h1s)
    } else {
        strip_confirmed_site(&raw, &sites, &h1s)
            .or_else(|| {
                repeats_document_title
                    .then(|| strip_site(&raw, &sites, &h1s))
                    .filter(|headline| h1s.contains(&fold(headline)))
            })
            .unwrap_or_else(|| raw.clone())
    };
    // A document title that is very long says less than the page's only
    // heading.
    if source == Source::Markup && title.chars().count() > 150 && inputs.h1s.len() == 1 {
        title = inputs.h1s[0].clone();
    }
    // Nor does a generic one that a template gives every page ("Article
    // Detail", "Support", "Help Center"): a word or three, none of them
    // in the page's only heading, which says more.
    if source == Source::Markup
        && inputs.h1s.len() == 1
        && is_generic_beside(&title, &inputs.h1s[0])
    {
        title = inputs.h1s[0].clone();
    }
    Some((title, source))
}

/// Whether `title` is a template's generic label beside `heading`: at
/// most three words in one part (not "Site: Page"), none of which the
/// heading (of three words or more) holds.
fn is_generic_beside(title: &str, heading: &str) -> bool {
    const MAX_TITLE_WORDS: usize = 3;
    const MIN_HEADING_WORDS: usize = 3;
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    if title.contains(SEPARATORS) || title.contains(':') {
        return false;
    }
    let (title, heading) = (words(title), words(heading));
    !title.is_empty()
        && title.len() <= MAX_TITLE_WORDS
        && heading.len() >= MIN_HEADING_WORDS
        && !title.iter().any(|w| heading.contains(w))
}

/// What the document's title adds to the headline cut from it, when
/// that is one short part at either end ("Rate limits | Ledgerly Docs"
/// under the headline "Rate limits" gives "Ledgerly Docs"): the site's
/// name, for pages that declare none.
pub(crate) fn cut_part(full: &str, headline: &str) -> Option<String> {
    const MAX_WORDS: usize = 5;
    const MAX_CHARS: usize = 40;
    let full = full.trim();
    let rest = full
        .strip_prefix(headline)
        .map(|tail| tail.trim_start())
        .and_then(|tail| tail.strip_prefix(SEPARATORS))
        .or_else(|| {
            full.strip_suffix(headline)
                .map(str::trim_end)
                .and_then(|head| head.strip_suffix(SEPARATORS))
        })?
        .trim_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
    let words = rest.split_whitespace().count();
    // "By Jane Doe" names the writer, "Seite 34" the page of a series.
    let is_credit = rest
        .get(..3)
        .is_some_and(|by| by.eq_ignore_ascii_case("by "));
    let is_numbered = rest
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|last| last.chars().all(|c| c.is_ascii_digit()));
    (!headline.is_empty()
        && !is_credit
        && !is_numbered
        && (1..=MAX_WORDS).contains(&words)
        && rest.chars().count() <= MAX_CHARS
        // One part: "Guides | Ledgerly Docs" is a section and a site.
        && parts(rest).len() == 1)
        .then(|| rest.to_string())
}

/// A part of a title: byte range and the separator before it.
#[derive(Clone, Copy, Debug)]
struct Part {
    start: usize,
    end: usize,
    separator_before: Option<char>,
}

/// Whether a folded part of a title is a site's name, the start of one
/// ("MDN" for "MDN Web Docs"), or one with a short qualifier ("Deloitte
/// US", "REI Co-op" for "REI").
fn is_site_name(f: &str, sites: &[String]) -> bool {
    const MAX_QUALIFIER_CHARS: usize = 6;
    let chars = f.chars().count();
    !f.is_empty()
        && sites.iter().any(|s| {
            s == f
                || (chars >= 3 && s.starts_with(f))
                || (s.chars().count() >= 3
                    && f.starts_with(s.as_str())
                    && chars <= s.chars().count() + MAX_QUALIFIER_CHARS)
        })
}

/// A declared title without its site-name parts, when the page's heading
/// is the rest ("Headline | Site" with an `<h1>` "Headline") or the last
/// part is the site's whole name; `None` without that evidence.
fn strip_confirmed_site(raw: &str, sites: &[String], h1s: &[String]) -> Option<String> {
    let parts = parts(raw);
    let n = parts.len();
    if !(2..=MAX_PARTS).contains(&n) {
        return None;
    }
    let span = |a: usize, b: usize| raw[parts[a].start..parts[b - 1].end].trim().to_string();
    let is_whole_site_name = |a: usize, b: usize| sites.contains(&fold(&span(a, b)));
    let is_site = |a: usize, b: usize| {
        is_whole_site_name(a, b) || (a..b).all(|i| is_site_name(&fold(&span(i, i + 1)), sites))
    };
    // After the headline, a section may come before the site's name
    // ("Using promises - JavaScript | MDN").
    let is_section_and_site =
        |a: usize, b: usize| b - a == 2 && is_site_name(&fold(&span(b - 1, b)), sites);
    (1..n)
        .find_map(|k| {
            let (head, tail) = (span(0, k), span(k, n));
            if h1s.contains(&fold(&head)) && (is_site(k, n) || is_section_and_site(k, n)) {
                Some(head)
            } else if h1s.contains(&fold(&tail)) && is_site(0, k) {
                Some(tail)
            } else {
                None
            }
        })
        .or_else(|| {
            // Without the heading's word for it, a last part that is the
            // site's name exactly ("Headline - Example.World" on a site named
            // "Example.World") is evidence enough.
            (is_whole_site_name(n - 1, n) && !is_whole_site_name(0, n - 1)).then(|| span(0, n - 1))
        })
}

/// The title without its site-name parts.
fn strip_site(raw: &str, sites: &[String], h1s: &[String]) -> String {
    let parts = parts(raw);
    let is_site = |p: &Part| is_site_name(&fold(&raw[p.start..p.end]), sites);
    let span = |a: usize, b: usize| raw[parts[a].start..parts[b - 1].end].trim().to_string();
    let n = parts.len();
    if n == 1 || n > MAX_PARTS {
        // "Site: Headline".
        if let Some((head, tail)) = raw.split_once(": ") {
            let head_fold = fold(head);
            if sites.contains(&head_fold) && tail.split_whitespace().count() >= 2 {
                return tail.trim().to_string();
            }
        }
        // "Headline : Community", a colon spaced as a separator, when the
        // page's heading is the headline.
        if let Some((head, _)) = raw.rsplit_once(" : ") {
            if h1s.contains(&fold(head)) {
                return head.trim().to_string();
            }
        }
        return raw.to_string();
    }
    // Site names at either end.
    let (mut a, mut b) = (0, n);
    while a < b && is_site(&parts[a]) {
        a += 1;
    }
    while b > a && is_site(&parts[b - 1]) {
        b -= 1;
    }
    if a < b && (a, b) != (0, n) {
        return span(a, b);
    }
    // The page's heading repeats the first parts: the rest is the site.
    for k in (1..n).rev() {
        if h1s.contains(&fold(&span(0, k))) {
            return span(0, k);
        }
    }
    // Or the last parts, after a short lead ("Site | Headline"); a heading
    // that repeats a long lead's tail is more likely the site's logo.
    for k in 1..n {
        if h1s.contains(&fold(&span(k, n))) && span(0, k).split_whitespace().count() <= 3 {
            return span(k, n);
        }
    }
    // A short tail after a long headline: "Headline words here | Site".
    let words = |a: usize, b: usize| span(a, b).split_whitespace().count();
    let (head, tail) = (words(0, n - 1), words(n - 1, n));
    if tail <= 4 && head >= 3 && head >= 2 * tail {
        return span(0, n - 1);
    }
    // A short site name before a long headline: "Site | Headline".
    let (first, rest) = (words(0, 1), words(1, n));
    let strong = matches!(parts[1].separator_before, Some('|' | '»' | '·' | '•'));
    if strong && first <= 3 && rest >= 3 && rest >= 2 * first {
        return span(1, n);
    }
    raw.to_string()
}

/// CJK punctuation and brackets, and the full-width forms.
fn is_cjk_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}')
}

/// Splits a title at separators that have white space on both sides.
fn parts(raw: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut separator_before = None;
    let mut prev_space = false;
    let mut prev_cjk = false;
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let next_space = next.is_some_and(char::is_whitespace);
        // Chinese and Japanese titles join the site's name without spaces:
        // "标题_网站名", "見出し｜サイト名".
        let cjk_joint =
            prev_cjk && next.is_some_and(crate::text::is_cjk) && CJK_SEPARATORS.contains(&c);
        if (prev_space && next_space && SEPARATORS.contains(&c)) || cjk_joint {
            parts.push(Part {
                start,
                end: i,
                separator_before,
            });
            separator_before = Some(c);
            start = i + c.len_utf8();
            if parts.len() > MAX_PARTS {
                break;
            }
        }
        prev_space = c.is_whitespace();
        // A headline may end in a bracket or a mark of its script
        // ("…「地元の水で造りたい」：朝日新聞デジタル").
        prev_cjk = crate::text::is_cjk(c) || is_cjk_mark(c);
    }
    parts.push(Part {
        start,
        end: raw.len(),
        separator_before,
    });
    // Trim each part; drop empty ones ("a |  | b").
    parts
        .into_iter()
        .filter_map(|p| {
            let s = &raw[p.start..p.end];
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            (lead + trail < s.len()).then_some(Part {
                start: p.start + lead,
                end: p.end - trail,
                separator_before: p.separator_before,
            })
        })
        .collect()
}

/// Lower-case letters and digits only: how names are compared.
pub(crate) fn fold(s: &str) -> String {
    // White space goes whatever its form, so the text is not collapsed
    // first (collapsing only merges or trims white space).
    // Sized once: collecting a filtered run of chars grows the string
    // from nothing, a reallocation every few letters.
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII, most of most titles, skips the Unicode tables.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                folded.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            folded.extend(c.to_lowercase());
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lower_case_letters_and_digits_of_every_script() {
        let cases = [
            ("The Valley Courier | News", "thevalleycouriernews"),
            ("Ärger über 1,5 Mio. €", "ärgerüber15mio"),
            ("İstanbul'da ΣΟΦΙΑ", "i\u{307}stanbuldaσοφια"),
            ("東京 — 2024年", "東京2024年"),
            ("  \t\n", ""),
        ];
        for (text, want) in cases {
            assert_eq!(fold(text), want, "{text:?}");
        }
    }

    /// The title chosen from one candidate declared in `source`.
    fn title_from(source: Source, raw: &str, sites: &[&str], h1s: &[&str]) -> String {
        let sites: Vec<String> = sites.iter().map(|s| s.to_string()).collect();
        let h1s: Vec<String> = h1s.iter().map(|s| s.to_string()).collect();
        let inputs = Inputs {
            candidates: vec![(raw.to_string(), source)],
            site_names: &sites,
            h1s: &h1s,
        };
        choose(&inputs).unwrap().0
    }

    fn title(raw: &str, sites: &[&str], h1s: &[&str]) -> String {
        title_from(Source::Markup, raw, sites, h1s)
    }

    #[test]
    fn a_generic_label_gives_way_to_the_only_heading() {
        let heading = "X5 router drops Wi-Fi connections after firmware 4.2.0";
        assert!(is_generic_beside("Article Detail", heading));
        assert!(is_generic_beside("Help Center", heading));
        // A title sharing a word, in two parts, or with a short heading
        // stays.
        assert!(!is_generic_beside("Router help", heading));
        assert!(!is_generic_beside(
            "Daring Fireball: Colophon",
            "About This Site"
        ));
        assert!(!is_generic_beside("Support", "Contact us"));
    }

    #[test]
    fn known_site_names_are_cut_at_either_end() {
        assert_eq!(
            title(
                "Obama admits US gun laws are his 'biggest frustration' - BBC News",
                &["BBC News"],
                &[]
            ),
            "Obama admits US gun laws are his 'biggest frustration'"
        );
        assert_eq!(
            title("Hermitian matrix - Wikipedia", &["wikipedia"], &[]),
            "Hermitian matrix"
        );
        assert_eq!(
            title(
                "Daily Post » Rain returns to the valley",
                &["Daily Post"],
                &[]
            ),
            "Rain returns to the valley"
        );
        assert_eq!(
            title(
                "Daily Post: Rain returns to the valley",
                &["Daily Post"],
                &[]
            ),
            "Rain returns to the valley"
        );
    }

    #[test]
    fn cjk_titles_join_the_site_without_spaces() {
        assert_eq!(
            title(
                "多地迎来降温天气 气象部门发布寒潮预警_新闻中心",
                &[],
                &["多地迎来降温天气 气象部门发布寒潮预警"]
            ),
            "多地迎来降温天气 气象部门发布寒潮预警"
        );
        assert_eq!(title("蔡健雅_百度百科", &["百度百科"], &[]), "蔡健雅");
        // A full-width colon, a hyphen or "丨" after a closing bracket.
        assert_eq!(
            title(
                "酒蔵の挑戦「地元の水で造りたい」：朝日新聞デジタル",
                &["朝日新聞デジタル"],
                &[]
            ),
            "酒蔵の挑戦「地元の水で造りたい」"
        );
        assert_eq!(title("寒潮来袭丨新华网", &["新华网"], &[]), "寒潮来袭");
        assert_eq!(title("寒潮来袭-新华网", &["新华网"], &[]), "寒潮来袭");
        // A colon inside the headline stays when no part is the site's.
        assert_eq!(
            title("首相：来年度予算を発表", &[], &[]),
            "首相：来年度予算を発表"
        );
        // Between Latin words an underscore is part of a name.
        assert_eq!(
            title("Using my_function in templates", &[], &["Using"]),
            "Using my_function in templates"
        );
    }

    #[test]
    fn a_colon_in_the_headline_stays() {
        assert_eq!(
            title("Site | Headline: with a colon", &[], &[]),
            "Headline: with a colon"
        );
        assert_eq!(
            title(
                "Rewriting Rules of Engagement: Vidyard Introduces New Features",
                &[],
                &[]
            ),
            "Rewriting Rules of Engagement: Vidyard Introduces New Features"
        );
        assert_eq!(
            title("Review: the new phone is fine", &["Review Weekly"], &[]),
            "Review: the new phone is fine"
        );
        // A spaced colon before a part the heading leaves out is a
        // separator; with no such heading it stays ("Guerre : ce que l'on
        // sait" is one headline).
        assert_eq!(
            title(
                "Why do my fans spin up? : r/homelab",
                &[],
                &["Why do my fans spin up?"]
            ),
            "Why do my fans spin up?"
        );
        assert_eq!(
            title("Guerre en Ukraine : ce que l'on sait", &[], &["Le direct"]),
            "Guerre en Ukraine : ce que l'on sait"
        );
    }

    #[test]
    fn the_heading_decides_between_parts() {
        assert_eq!(
            title(
                "Effective Go - The Go Programming Language",
                &[],
                &["Effective Go"]
            ),
            "Effective Go"
        );
        assert_eq!(title("pacman - ArchWiki", &[], &["pacman"]), "pacman");
    }

    #[test]
    fn a_short_tail_goes_without_other_evidence() {
        assert_eq!(
            title(
                "How to Make a Good Game: 5 Mistakes and Tips to Avoid | GDevelop",
                &[],
                &[]
            ),
            "How to Make a Good Game: 5 Mistakes and Tips to Avoid"
        );
        // Too little on either side to tell: kept whole.
        assert_eq!(title("Kayaks | REI Co-op", &[], &[]), "Kayaks | REI Co-op");
        assert_eq!(
            title("Brexit - what happens next", &[], &[]),
            "Brexit - what happens next"
        );
    }

    #[test]
    fn json_ld_headlines_are_only_cut_on_evidence() {
        let sites = vec!["Medium".to_string()];
        let inputs = Inputs {
            candidates: vec![(
                "Dogs and cats and the rest - a history".into(),
                Source::JsonLd,
            )],
            site_names: &sites,
            h1s: &[],
        };
        assert_eq!(
            choose(&inputs).unwrap().0,
            "Dogs and cats and the rest - a history"
        );
    }

    #[test]
    fn a_sharing_title_copied_from_the_document_title_loses_the_tab_suffix() {
        let choose_from = |og: &str, document: &str, h1s: &[&str]| {
            let h1s: Vec<String> = h1s.iter().map(|s| s.to_string()).collect();
            let inputs = Inputs {
                candidates: vec![
                    (og.to_string(), Source::OpenGraph),
                    (document.to_string(), Source::Markup),
                ],
                site_names: &[],
                h1s: &h1s,
            };
            choose(&inputs).unwrap().0
        };
        let copied = "Rate limits | Ledgerly Developer Docs";
        assert_eq!(choose_from(copied, copied, &["Rate limits"]), "Rate limits");
        // The heading must confirm the rest.
        assert_eq!(choose_from(copied, copied, &["Ledgerly"]), copied);
        // A sharing title of its own is not cut on the heading alone.
        assert_eq!(
            choose_from(copied, "Rate limits - Docs", &["Rate limits"]),
            copied
        );
    }

    #[test]
    fn the_part_cut_from_the_title_names_the_site() {
        assert_eq!(
            cut_part("Rate limits | Ledgerly Developer Docs", "Rate limits").as_deref(),
            Some("Ledgerly Developer Docs")
        );
        assert_eq!(
            cut_part("ArchWiki - Installation guide", "Installation guide").as_deref(),
            Some("ArchWiki")
        );
        // A section and a site, a credit, a page number, or nothing cut.
        assert_eq!(
            cut_part("Rate limits | Guides | Ledgerly", "Rate limits"),
            None
        );
        assert_eq!(cut_part("A day out - By Jane Doe", "A day out"), None);
        assert_eq!(cut_part("Unser Verein - Seite 34", "Unser Verein"), None);
        assert_eq!(cut_part("Rate limits", "Rate limits"), None);
    }

    #[test]
    fn declared_titles_lose_the_site_on_double_evidence() {
        let declared = |raw: &str, sites: &[&str], h1s: &[&str]| {
            title_from(Source::OpenGraph, raw, sites, h1s)
        };
        assert_eq!(
            declared(
                "Kayaks for rivers | Paddle Co-op",
                &["Paddle Co-op"],
                &["Kayaks for rivers"]
            ),
            "Kayaks for rivers"
        );
        assert_eq!(
            declared(
                "Paddle » Kayaks for rivers",
                &["paddle"],
                &["Kayaks for rivers"]
            ),
            "Kayaks for rivers"
        );
        // A site name of several parts.
        assert_eq!(
            declared(
                "Gym basics - Urge Fitness | Open 24/7",
                &["Urge Fitness | Open 24/7"],
                &["Gym basics"]
            ),
            "Gym basics"
        );
        // A section between the headline and the site; the site by the
        // start of its name, or with a short qualifier.
        assert_eq!(
            declared(
                "Using promises - JavaScript | MDN",
                &["MDN Web Docs"],
                &["Using promises"]
            ),
            "Using promises"
        );
        assert_eq!(
            declared(
                "Our services | Deloitte US",
                &["Deloitte"],
                &["Our services"]
            ),
            "Our services"
        );
        // Two parts after the headline that are not the site stay.
        assert_eq!(
            declared(
                "Using promises - JavaScript - Guides",
                &["MDN Web Docs"],
                &["Using promises"]
            ),
            "Using promises - JavaScript - Guides"
        );
        // One piece of evidence is not enough.
        assert_eq!(
            declared(
                "Kayaks for rivers | Paddle Co-op",
                &[],
                &["Kayaks for rivers"]
            ),
            "Kayaks for rivers | Paddle Co-op"
        );
        assert_eq!(
            declared("Kayaks for rivers | Paddle Co-op", &["Paddle"], &["Kayaks"]),
            "Kayaks for rivers | Paddle Co-op"
        );
        // Unless the last part is the site's name, whole.
        assert_eq!(
            declared(
                "Kayaks for rivers | Paddle Co-op",
                &["Paddle Co-op"],
                &["Kayaks"]
            ),
            "Kayaks for rivers"
        );
        assert_eq!(
            declared("Kayaks for rivers - Lemmy.World", &["lemmy.world"], &[]),
            "Kayaks for rivers"
        );
        // A title that is the site's name and a part: the name is kept
        // with it when nothing else says which is the headline.
        assert_eq!(
            declared("Paddle Co-op | Paddle Co-op", &["Paddle Co-op"], &[]),
            "Paddle Co-op | Paddle Co-op"
        );
    }

    #[test]
    fn a_hostile_title_is_cheap() {
        let raw = "a | ".repeat(100_000);
        let t = title(&raw, &["b"], &["c", "d"]);
        assert_eq!(t, raw);
    }
}
