/// The app's only static file, served from memory: there is no file path to traverse.
enum StaticAssets {
    static func asset(_ name: String) -> (contentType: String, body: String)? {
        name == "dossier.css" ? ("text/css; charset=utf-8", css) : nil
    }

    static let css = """
        :root { --ink: #1d1d1f; --muted: #55565b; --line: #d7d7dc; --accent: #0b57d0; --bg: #fff; --soft: #f4f5f7; }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
          background: var(--bg); margin: 0; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem;
          border-bottom: 1px solid var(--line); background: var(--soft); }
        header.site .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--ink); }
        header.site nav a { margin-right: .8rem; }
        header.site nav a[aria-current] { font-weight: 700; color: var(--ink); }
        header.site .quick { margin-left: auto; display: flex; gap: .3rem; }
        main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        footer.site { border-top: 1px solid var(--line); color: var(--muted); padding: .5rem 1.2rem; font-size: .9rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .6rem 0; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
        .meta, .muted { color: var(--muted); font-size: .92rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; background: var(--soft);
          padding: .7rem; border-radius: 6px; }
        form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        input, select, button, textarea { font: inherit; padding: .25rem .4rem; }
        button { cursor: pointer; }
        ol.stories, ol.hits { list-style: none; padding: 0; }
        ol.stories li, ol.hits li { border-bottom: 1px solid var(--line); padding: .7rem 0; }
        ol.stories .title { font-weight: 600; font-size: 1.05rem; }
        svg.spark { fill: var(--accent); vertical-align: middle; margin-left: .5rem; }
        figure.chart { margin: 1rem 0; } figure.chart svg { fill: var(--accent); font-size: 11px; max-height: 260px; }
        figure.chart svg text { fill: var(--muted); } figure.chart svg line { stroke: var(--line); }
        figure.chart figcaption { color: var(--muted); font-size: .85rem; }
        mark { background: #ffe98a; }
        .cite { font-size: .8rem; margin-left: .25rem; } .count { color: var(--muted); font-size: .85rem; }
        .article-text p { max-width: 44rem; }
        .ent-person { border-bottom: 2px solid #1a7f37; } .ent-organization { border-bottom: 2px solid #8250df; }
        .ent-location { border-bottom: 2px solid #bc4c00; } .ent-misc { border-bottom: 2px dotted #57606a; }
        .quote { background: #eef4ff; } .amount { background: #e6f6e9; font-weight: 600; }
        .date { background: #fff1e0; } .cited { outline: 2px solid #d4a72c; }
        .legend span { margin-right: .8rem; font-size: .85rem; }
        details { margin: 1rem 0; background: var(--soft); padding: .5rem .8rem; border-radius: 6px; }
        table { border-collapse: collapse; } td, th { border-bottom: 1px solid var(--line); padding: .25rem .5rem;
          text-align: left; vertical-align: top; }
        .pager { margin: 1rem 0; display: flex; gap: 1rem; }
        .error { border-left: 4px solid #cf222e; padding: .5rem 1rem; background: #fff5f5; }
        @media print { header.site, footer.site, form, .pager { display: none; } }
        """
}
