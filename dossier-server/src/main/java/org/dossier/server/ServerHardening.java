package org.dossier.server;

import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;

/** Jetty settings that give away less and refuse more. */
final class ServerHardening {
    /**
     * Open connections at most; past it Jetty stops accepting until some close. An idle connection costs no thread
     * (Jetty waits for bytes without one), only a socket, and the idle timeout closes silent ones; but a client
     * that trickles a header byte just inside every timeout keeps its socket, so the number of sockets is capped
     * too.
     */
    static final int MAX_CONNECTIONS = 512;

    private ServerHardening() {
    }

    static void limitConnections(Server server) {
        server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
    }

    static void configure(HttpConfiguration http) {
        http.setSendServerVersion(false); // no "Server: Jetty(11...)" header telling attackers what to try
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        // A client that sends a body must keep sending: below 1 KiB/s it is cut off rather than holding a thread.
        http.setMinRequestDataRate(1024);
    }
}
