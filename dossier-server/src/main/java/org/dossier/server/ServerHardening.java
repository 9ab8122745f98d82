package org.dossier.server;

import org.eclipse.jetty.server.HttpConfiguration;

/** Jetty settings that give away less and refuse more. */
final class ServerHardening {
    private ServerHardening() {
    }

    static void configure(HttpConfiguration http) {
        http.setSendServerVersion(false); // no "Server: Jetty(11...)" header telling attackers what to try
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        // A client that sends a body must keep sending: below 1 KiB/s it is cut off rather than holding a thread.
        http.setMinRequestDataRate(1024);
    }
}
