#!/usr/bin/env python3
"""Assembles benches/pages/{small,medium,large}.html: saved-page shaped
documents (head full of meta, JSON-LD, inline CSS and scripts; header,
navigation, the article, sidebars, teasers, newsletter box, comments,
footer), deterministic, so benchmark runs compare like with like."""
import random, sys, os, html

SENTENCES = """The council approved the new budget on Tuesday after a debate that ran late into the evening.
Residents had asked for more money for roads, libraries and the two swimming pools that closed last year.
According to the finance director, the plan keeps taxes flat while borrowing less than in any year since 2009.
Critics said the figures rely on optimistic forecasts for housing growth, which has slowed across the region.
A spokesperson for the opposition group called the vote "a missed chance to fix what everyone can see is broken".
The mayor, who has held the post for six years, said the budget was the most careful she had ever signed.
In the harbour district, shop owners welcomed a promise to repair the sea wall before the winter storms.
Engineers warned in March that parts of the wall could fail under a high tide combined with strong westerly winds.
The repairs, expected to cost about 4.2 million, will be paid for partly by a grant from the national government.
Teachers' unions were less pleased, pointing out that school maintenance has been cut for the third year running.
"We are patching roofs with buckets," said one head teacher, who asked not to be named because of the ongoing talks.
The budget also sets aside money for a pilot scheme that lets residents report potholes through a phone app.
Similar schemes elsewhere have cut repair times by half, according to a study published by the transport institute.
Officials expect the first results by the end of the summer, when the council will decide whether to extend it.
Meanwhile, the library service will open on Sundays again, reversing a decision that drew protests two years ago.
Volunteers who kept the reading room open during the closure were thanked by name during the meeting.
The final vote was 31 to 18, with two abstentions, and the budget takes effect at the start of the financial year.
Historians note that the town last faced a comparable squeeze in the 1990s, when the old shipyard closed its gates.
Back then, the council sold land along the river to balance its books, a move many residents still regret.
This time, officials insist that no public land will be sold, although two car parks may be leased for housing.
The housing association says it could build up to 140 homes on the sites, a third of them for social rent.
Neighbours have raised concerns about traffic, noise and the loss of parking spaces near the high street.
A public consultation will open next month and run for twelve weeks, with meetings in every ward.
The council's website will publish the full documents, including the financial tables and the risk register.
Independent auditors will review the accounts in the autumn, as they do every year under national rules.
For many residents, the most visible change will be the return of weekly bin collections in the summer months.
The collections were cut to fortnightly in 2019, a decision that led to complaints about smells and seagulls.
Environmental groups asked the council to spend more on recycling and less on collecting general waste.
The budget includes a small increase for the repair café, which fixes toasters, bicycles and clothes for free.
Its organisers say they repaired more than 2,000 items last year, keeping about eight tonnes out of landfill.""".split("\n")

WORDS = "council budget harbour library school river housing market station bridge festival museum park garden election report study winter summer storm wall theatre stadium clinic hospital".split()

def para(rng, n):
    return " ".join(rng.choice(SENTENCES) for _ in range(n))

def headline(rng):
    w = rng.sample(WORDS, 4)
    return f"{w[0].capitalize()} plans for the {w[1]} and the {w[2]} divide the {w[3]} committee"

def script_blob(rng, kb):
    # Minified-looking JavaScript: parsers must skip it, extractors ignore it.
    parts = []
    size = 0
    i = 0
    while size < kb * 1024:
        s = (f"function f{i}(a,b){{var c=a.map(function(x){{return x*{rng.randint(2,99)}+b}});"
             f"if(c.length>{rng.randint(3,40)}){{window.__q{i%7}=(window.__q{i%7}||[]).concat(c)}}return c.join(',')}}")
        parts.append(s); size += len(s); i += 1
    return "\n".join(parts)

def css_blob(rng, kb):
    parts = []; size = 0; i = 0
    while size < kb * 1024:
        s = f".c{i} .item-{rng.randint(1,999)}>a:hover{{color:#{rng.randint(0,0xffffff):06x};margin:{rng.randint(0,20)}px {rng.randint(0,20)}px}}"
        parts.append(s); size += len(s); i += 1
    return "".join(parts)

def nav(rng, items):
    links = "".join(f'<li class="menu-item"><a href="/section/{w}">{w.capitalize()}</a>'
                    + ("<ul class=\"sub-menu\">" + "".join(f'<li><a href="/section/{w}/{v}">{v.capitalize()}</a></li>' for v in rng.sample(WORDS, 5)) + "</ul>" if rng.random() < 0.5 else "")
                    + "</li>" for w in rng.sample(WORDS, items))
    return f'<nav class="main-navigation" role="navigation" aria-label="Main"><ul class="menu">{links}</ul></nav>'

def teasers(rng, n, cls="related-posts"):
    items = "".join(
        f'<li class="teaser"><a href="/news/{rng.randint(10000,99999)}"><img src="/img/t{i}.jpg" alt=""><h3>{headline(rng)}</h3></a>'
        f'<p class="teaser-meta">By Sam Rivers, Published {rng.randint(1,28)} May 2026</p></li>' for i in range(n))
    return f'<section class="{cls}"><h2>More from News</h2><ul>{items}</ul></section>'

def newsletter():
    return ('<aside class="newsletter-signup"><h3>Sign up for our free newsletters</h3>'
            '<p>Subscribe to the morning briefing and get the day\'s top stories in your inbox.</p>'
            '<form action="/subscribe"><input type="email" name="email" placeholder="Email"><button>Sign up</button></form></aside>')

def comments(rng, n):
    out = []
    for i in range(n):
        depth = rng.choice([0, 0, 1, 1, 2])
        out.append(f'<li class="comment depth-{depth}" id="comment-{i}"><div class="comment-author vcard"><img class="avatar" src="/av/{i}.png" alt="">'
                   f'<cite class="fn">reader{rng.randint(1,9999)}</cite></div><div class="comment-meta"><a href="#comment-{i}">{rng.randint(1,28)} May 2026 at {rng.randint(0,23)}:{rng.randint(10,59)}</a></div>'
                   f'<div class="comment-content"><p>{para(rng, rng.randint(1,4))}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></li>')
    return f'<section id="comments" class="comments-area"><h2 class="comments-title">{n} comments</h2><ol class="comment-list">{"".join(out)}</ol></section>'

def article(rng, sections, paras_per):
    body = []
    body.append(f'<p class="lead">{para(rng, 3)}</p>')
    for s in range(sections):
        body.append(f'<h2>{headline(rng)}</h2>')
        for p in range(paras_per):
            body.append(f'<p>{para(rng, rng.randint(2,6))} <a href="/topic/{rng.choice(WORDS)}">{rng.choice(WORDS)}</a> {para(rng, 1)}</p>')
        k = s % 4
        if k == 0:
            body.append(f'<figure class="wp-caption"><img src="/media/photo{s}.jpg" data-src="/media/photo{s}-large.jpg" alt="The {rng.choice(WORDS)} at dusk" width="800" height="533"><figcaption>The {rng.choice(WORDS)} at dusk. Photo: Staff photographer</figcaption></figure>')
        elif k == 1:
            body.append("<ul>" + "".join(f"<li>{rng.choice(SENTENCES)}</li>" for _ in range(5)) + "</ul>")
        elif k == 2:
            rows = "".join(f"<tr><td>{w.capitalize()}</td><td>{rng.randint(100,9999)}</td><td>{rng.randint(1,99)}%</td></tr>" for w in rng.sample(WORDS, 6))
            body.append(f"<table><caption>Spending by service</caption><thead><tr><th>Service</th><th>Budget</th><th>Change</th></tr></thead><tbody>{rows}</tbody></table>")
        else:
            body.append(f"<blockquote><p>{rng.choice(SENTENCES)}</p></blockquote>")
            body.append("<pre><code>total = sum(line.amount for line in budget)\nif total &gt; limit:\n    borrow(total - limit)</code></pre>")
        if s == sections // 2:
            body.append('<div class="ad-slot advertisement" aria-label="Advertisement"><span>Advertisement</span><div id="ad-mid"></div></div>')
            body.append('<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>')
    return "\n".join(body)

def page(seed, *, script_kb, css_kb, nav_items, sections, paras_per, teaser_n, comment_n, footer_cols):
    rng = random.Random(seed)
    title = headline(rng)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"2026-05-14T08:30:00+01:00",'
          '"dateModified":"2026-05-14T12:05:00+01:00","author":[{"@type":"Person","name":"Alex Morgan"},{"@type":"Person","name":"Priya Shah"}],'
          '"publisher":{"@type":"Organization","name":"The Valley Courier"},"image":"https://example.org/media/lead.jpg"}') % title
    head = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | The Valley Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{html.escape(SENTENCES[0])}">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Valley Courier">
<meta property="og:image" content="/media/lead.jpg"><meta property="article:published_time" content="2026-05-14T08:30:00+01:00">
<meta name="author" content="Alex Morgan and Priya Shah"><link rel="canonical" href="https://example.org/news/council-budget">
<link rel="stylesheet" href="/static/site.css"><style>{css_blob(rng, css_kb)}</style>
<script type="application/ld+json">{ld}</script>
<script>{script_blob(rng, script_kb // 2)}</script></head>
<body class="single single-post">
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">The Valley Courier</a>{nav(rng, nav_items)}
<form class="search" action="/search"><input name="q"><button>Search</button></form></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></div>
<main id="content" class="site-main"><div class="container">
<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="byline">By <a rel="author" href="/authors/alex-morgan">Alex Morgan</a> and <a rel="author" href="/authors/priya-shah">Priya Shah</a> · <time datetime="2026-05-14T08:30:00+01:00">14 May 2026</time></div></header>
<div class="entry-content">
{article(rng, sections, paras_per)}
</div>
<div class="author-box"><h3>About the author</h3><p>Alex Morgan covers local government and has reported on the valley for a decade.</p></div>
{newsletter()}
</article>
<aside class="sidebar widget-area">{teasers(rng, max(3, teaser_n // 2), "widget popular-posts")}
<div class="widget"><h3>Follow us</h3><a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">RSS</a></div></aside>
{teasers(rng, teaser_n)}
{comments(rng, comment_n) if comment_n else ""}
</div></main>
<footer class="site-footer">""" 
    cols = "".join(f'<div class="footer-col"><h4>{w.capitalize()}</h4><ul>' + "".join(f'<li><a href="/{w}/{v}">{v.capitalize()}</a></li>' for v in rng.sample(WORDS, 8)) + "</ul></div>" for w in rng.sample(WORDS, footer_cols))
    tail = f"""{cols}<p>&copy; 2026 The Valley Courier. All rights reserved.</p></footer>
<script>{script_blob(rng, script_kb - script_kb // 2)}</script>
</body></html>
"""
    return head + tail

out = sys.argv[1]
specs = {
    "small": dict(script_kb=4, css_kb=2, nav_items=6, sections=2, paras_per=3, teaser_n=4, comment_n=0, footer_cols=2),
    "medium": dict(script_kb=40, css_kb=20, nav_items=12, sections=6, paras_per=5, teaser_n=10, comment_n=12, footer_cols=5),
    "large": dict(script_kb=160, css_kb=80, nav_items=20, sections=14, paras_per=8, teaser_n=24, comment_n=120, footer_cols=8),
}
for name, spec in specs.items():
    s = page(name, **spec)
    with open(os.path.join(out, name + ".html"), "w") as f:
        f.write(s)
    print(name, len(s.encode()))
