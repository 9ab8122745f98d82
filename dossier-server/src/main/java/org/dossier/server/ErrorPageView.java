package org.dossier.server;

/** The page shown instead of a story, article or search that cannot be served: the status and one plain line. */
final class ErrorPageView {
    private ErrorPageView() {
    }

    static String render(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            default -> "Something went wrong";
        };
        return PageLayout.page(title, null, "<h1>" + Html.text(title) + "</h1>\n<p>" + Html.text(message)
                + "</p>\n<p><a href=\"/\">Back to the stories</a></p>\n");
    }
}
