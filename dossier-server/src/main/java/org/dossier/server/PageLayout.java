package org.dossier.server;

/**
 * The frame around every page: head (no inline script or style, which the Content-Security-Policy would refuse
 * anyway), a header with the site name and the search box, the page's own content, a footer.
 *
 * <p>All assets are the server's own ({@code /static/app.css}, {@code /static/app.js}); nothing is fetched from
 * anywhere else.
 */
final class PageLayout {
    private PageLayout() {
    }

    /**
     * A whole page.
     *
     * @param title   the page title, raw (escaped here)
     * @param query   the search text to show in the search box, raw, or null
     * @param content the page's body, already-safe HTML
     */
    static String page(String title, String query, String content) {
        StringBuilder out = new StringBuilder(content.length() + 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(Html.text(title)).append(" · Dossier</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
                .append("<script src=\"/static/app.js\" defer></script>\n")
                .append("</head>\n<body>\n<header class=\"site\">\n<a class=\"brand\" href=\"/\">Dossier</a>\n")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" aria-label=\"Search the articles\" ")
                .append("placeholder=\"Search articles\" maxlength=\"").append(Params.MAX_QUERY_CHARS)
                .append("\" value=\"").append(Html.text(query)).append("\">")
                .append("<button type=\"submit\">Search</button></form>\n</header>\n<main>\n")
                .append(content)
                .append("</main>\n<footer class=\"site\"><p>Dossier: every sentence of a briefing is a sentence of "
                        + "its sources, followed by the numbers of the sources that state it. Click or hover a "
                        + "number to read the source sentence. <a href=\"/api/openapi.json\">JSON API</a></p>"
                        + "</footer>\n</body>\n</html>\n");
        return out.toString();
    }
}
