package org.dossier.render;

/**
 * The inline style sheet of the HTML briefing page.
 *
 * <p>It lives in the page itself so the file can be mailed, archived or opened offline with no external resources.
 * Choices, in short: the system font stack at a comfortable measure (about 70 characters a line); colours as
 * custom properties so that the dark scheme only swaps values; citation marks small and raised like footnote
 * numbers; the source a reader just jumped to is highlighted with {@code :target}; print output is black on white
 * with link addresses already visible in the text.
 */
final class HtmlStyle {
    private HtmlStyle() {
    }

    static final String CSS = """
            :root {
              color-scheme: light dark;
              --text: #1d1d1f; --muted: #5f6368; --bg: #ffffff; --link: #0b57d0;
              --rule: #d8d8dc; --mark: #fff4c2;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --text: #e8e8ea; --muted: #a0a4ab; --bg: #15171a; --link: #8ab4f8;
                --rule: #3a3d42; --mark: #4a3f12;
              }
            }
            * { box-sizing: border-box; }
            html { background: var(--bg); color: var(--text); }
            body {
              margin: 0 auto; padding: 2rem 1.25rem 3rem; max-width: 44rem;
              font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
            }
            h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .35rem; }
            h2 {
              font-size: 1.1rem; margin: 2.25rem 0 .5rem;
              padding-bottom: .25rem; border-bottom: 1px solid var(--rule);
            }
            .facts { color: var(--muted); margin: 0 0 1.5rem; font-size: .95rem; }
            .summary p { margin: 0 0 1rem; }
            a { color: var(--link); }
            .cites { font-size: .72em; line-height: 0; white-space: nowrap; }
            .cites a { text-decoration: none; padding: 0 .05em; }
            .cites a:hover, .cites a:focus { text-decoration: underline; }
            .empty { color: var(--muted); font-style: italic; }
            .sources ol { padding-left: 2.25rem; }
            .sources li { margin: .35rem 0; }
            .sources li:target { background: var(--mark); border-radius: .25rem; }
            .outlet { font-weight: 600; }
            .url { overflow-wrap: anywhere; font-size: .9em; }
            .events li, .timeline li, .entities li, .agreements li, .discrepancies li { margin: .4rem 0; }
            .quotes dt { font-weight: 600; margin-top: .75rem; }
            .quotes dd { margin: .25rem 0 .25rem 1.25rem; }
            .discrepancies .conflicting > strong { color: #b3261e; }
            .skipped { color: var(--muted); font-size: .95rem; }
            .skipped code { overflow-wrap: anywhere; }
            footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
            @media print {
              :root { --text: #000; --muted: #333; --bg: #fff; --link: #000; --rule: #999; --mark: transparent; }
              body { max-width: none; padding: 0; font-size: 11pt; }
              .sources li, .skipped li { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;
}
