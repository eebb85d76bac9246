//! A recipe's declared ingredients are kept with its method when the page
//! sets them apart.

use distil::extract;

const LD: &str = r#"<script type="application/ld+json">{"@context": "https://schema.org",
  "@type": "Recipe", "name": "Harbour cake",
  "recipeIngredient": ["125 g flour", "65 g sugar", "65 g butter", "1 egg", "1 tsp baking powder"]}
</script>"#;

/// The ingredients as a table in a box named like page furniture.
const BOX: &str = r#"<div class="recipe-header"><h1>Harbour cake</h1>
  <form><input name="servings" value="4"><button>Recalculate</button></form>
  <table class="ingredients">
    <tr><td>125 g</td><td>flour</td></tr><tr><td>65 g</td><td>sugar</td></tr>
    <tr><td>65 g</td><td>butter</td></tr><tr><td>1</td><td>egg</td></tr>
    <tr><td>1 tsp</td><td>baking powder</td></tr>
  </table></div>"#;

const METHOD: &str = r#"<div class="method"><h2>Method</h2>
  <p>Rub the butter into the flour until it looks like fine breadcrumbs, then stir in the sugar and the baking powder.</p>
  <p>Beat the egg, add it, and bring everything together into a soft dough without working it for too long.</p>
  <p>Press the dough into a tin, bake it for forty minutes at 180 degrees, and leave it to cool before cutting it.</p>
  <p>It keeps for three days in a tin, and for a week in the fridge, wrapped, if it lasts that long at all.</p></div>"#;

fn page(head: &str, body: &str) -> String {
    format!("<html><head><title>Harbour cake</title>{head}</head><body>{body}</body></html>")
}

#[test]
fn a_declared_recipe_keeps_its_ingredients_box() {
    let article = extract(&page(LD, &format!("{BOX}{METHOD}")), None).unwrap();
    let text = &article.text;
    assert!(text.contains("Rub the butter"), "{text}");
    for line in ["125 g\tflour", "65 g\tbutter", "1 tsp\tbaking powder"] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    // In page order, and without the servings form.
    assert!(text.find("flour").unwrap() < text.find("Rub the butter").unwrap());
    assert!(!text.contains("Recalculate"), "{text}");
    assert!(!article.html.contains("<input"), "{}", article.html);
}

#[test]
fn without_a_declared_recipe_the_box_stays_out() {
    let text = extract(&page("", &format!("{BOX}{METHOD}")), None)
        .unwrap()
        .text;
    assert!(text.contains("Rub the butter"));
    assert!(!text.contains("baking powder\n"), "{text}");
    assert!(!text.contains("65 g\tsugar"), "{text}");
}

#[test]
fn ingredients_already_in_the_article_are_not_added_twice() {
    let list = "<ul><li>125 g flour</li><li>65 g sugar</li><li>65 g butter</li>\
        <li>1 egg</li><li>1 tsp baking powder</li></ul>";
    // The list inside the method's block, so the chosen article holds it.
    let method = METHOD.replacen("<h2>Method</h2>", &format!("{list}<h2>Method</h2>"), 1);
    let body = format!("<article>{method}</article><aside>{BOX}</aside>");
    let text = extract(&page(LD, &body), None).unwrap().text;
    assert_eq!(text.matches("65 g sugar").count(), 1, "{text}");
    assert!(!text.contains("65 g\tsugar"), "{text}");
}
