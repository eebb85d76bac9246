//! A section shown twice in a row (a responsive page's second copy, a
//! carousel's clone) is read once; a section a page repeats further on,
//! past text longer than itself, is read each time.

use proptest::prelude::*;

const WORDS: &[&str] = &[
    "river",
    "council",
    "library",
    "budget",
    "evening",
    "students",
    "laptops",
    "branch",
    "voted",
    "repairs",
    "winter",
    "harbour",
    "ferry",
    "timber",
    "orchard",
    "market",
    "weather",
    "museum",
    "teachers",
    "bridge",
    "garden",
    "railway",
    "festival",
    "volunteers",
    "kitchen",
    "summer",
];

/// A sentence of `n` words from [`WORDS`], capitalised, with a full stop.
fn sentence(picks: &[usize]) -> String {
    let mut s: Vec<String> = picks
        .iter()
        .map(|&i| WORDS[i % WORDS.len()].to_string())
        .collect();
    if let Some(first) = s.first_mut() {
        first[..1].make_ascii_uppercase();
    }
    format!("{}.", s.join(" "))
}

fn paragraphs() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::collection::vec(0usize..1000, 12..30), 2..5)
        .prop_map(|ps| ps.iter().map(|p| sentence(p)).collect())
}

fn block(class: &str, paragraphs: &[String]) -> String {
    let inner: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!("<div class=\"{class}\">\n{inner}</div>\n")
}

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Harbour notes</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <main><h1>Harbour notes</h1>{body}</main>\
         <footer><p>© 2025 Harbour notes</p></footer></body></html>"
    )
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_copy_right_after_a_section_is_read_once(
        lead in paragraphs(),
        section in paragraphs(),
    ) {
        let html = page(&format!(
            "{}{}{}",
            block("story", &lead),
            block("details details--wide", &section),
            block("details details--narrow", &section),
        ));
        let article = distil::extract(&html, None).expect("an article");
        for p in &section {
            prop_assert_eq!(count(&article.text, p), 1, "{}", article.text);
        }
        for p in &lead {
            prop_assert!(article.text.contains(p.as_str()), "{p} lost");
        }
    }

    #[test]
    fn a_section_repeated_past_longer_text_is_read_each_time(
        section in paragraphs(),
        between in paragraphs(),
    ) {
        let section_chars: usize = section.iter().map(|p| p.chars().count()).sum();
        let between_chars: usize = between.iter().map(|p| p.chars().count()).sum();
        prop_assume!(between_chars > section_chars + 10);
        let html = page(&format!(
            "{}{}{}",
            block("tip", &section),
            block("story", &between),
            block("tip", &section),
        ));
        let article = distil::extract(&html, None).expect("an article");
        let twice = count(&article.text, &section[0]);
        prop_assert!(twice >= 2, "{} read {twice} times:\n{}", section[0], article.text);
    }
}
