package dev.profilesync.faults;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 between the sync and a server. In front of a directory ({@link #toLdap}) it reads whole
 * LDAP messages (BER framing) in both directions, so a test can cut the connection, or stall it, exactly before the
 * n-th message of a kind (the first bind, the 100th search result entry, the second page's search request), or slow
 * every search down. Once injected, a fault stays until {@link #heal()}: a client that reconnects meets it again.
 * In front of anything else ({@link #toTcp}) it passes bytes and can simulate an outage. Plain sockets, two threads
 * per connection; thread-safe.
 */
public final class FaultProxy implements AutoCloseable {
    /** LDAP protocol operation tags (RFC 4511, APPLICATION n). */
    public static final int BIND_REQUEST = 0x60;
    public static final int SEARCH_REQUEST = 0x63;
    public static final int SEARCH_RESULT_ENTRY = 0x64;
    public static final int SEARCH_RESULT_DONE = 0x65;

    public enum Direction { TO_SERVER, TO_CLIENT }

    public enum Action {
        /** Close both sides at once, as a dropped network or a restarted server does. */
        CUT,
        /** Forward nothing more and keep the sockets open, as a hung server or a black-holing firewall does. */
        STALL
    }

    /** Acts before forwarding the {@code occurrence}-th message (1-based) with tag {@code op} going that way. */
    public record Fault(Direction direction, int op, int occurrence, Action action) {
        public Fault {
            if (occurrence < 1) {
                throw new IllegalArgumentException("occurrence counts from 1");
            }
        }
    }

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final boolean ldap;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicInteger triggered = new AtomicInteger();
    private volatile Fault fault;
    private volatile long searchDelayMillis;
    private volatile boolean closed;
    private volatile boolean down;

    private FaultProxy(String targetHost, int targetPort, boolean ldap) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.ldap = ldap;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to the LDAP server at {@code ldapUrl} (ldap://host:port). */
    public static FaultProxy toLdap(String ldapUrl) throws IOException {
        java.net.URI uri = java.net.URI.create(ldapUrl);
        return new FaultProxy(uri.getHost(), uri.getPort() < 0 ? 389 : uri.getPort(), true);
    }

    /** A byte-for-byte proxy to {@code host:port}, e.g. a database. */
    public static FaultProxy toTcp(String host, int port) throws IOException {
        return new FaultProxy(host, port, false);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** While down, every open connection is cut and new ones are closed at once, as when the server is stopped. */
    public void outage(boolean on) {
        down = on;
        if (on) {
            closeAll();
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + listener.getLocalPort();
    }

    /** Arms a fault; counting starts now. */
    public void inject(Fault next) {
        resetCounts();
        fault = next;
    }

    /** Counts messages from now on. */
    public void resetCounts() {
        seen.clear();
        triggered.set(0);
    }

    /** Removes the fault and drops any stalled connection; new connections pass untouched. */
    public void heal() {
        fault = null;
        closeAll();
    }

    /** How many times the fault acted since it was injected. */
    public int timesTriggered() {
        return triggered.get();
    }

    /** How many messages of that kind passed (or were stopped) since the last {@link #resetCounts}. */
    public int count(Direction direction, int op) {
        AtomicInteger count = seen.get(direction + "/" + op);
        return count == null ? 0 : count.get();
    }

    /** Holds every search request this long before passing it on: a slow directory. */
    public void delaySearches(Duration delay) {
        searchDelayMillis = delay.toMillis();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        closeAll();
    }

    private void closeAll() {
        sockets.forEach(FaultProxy::closeQuietly);
        sockets.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server, Direction.TO_SERVER);
                pump(server, client, Direction.TO_CLIENT);
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("fault proxy: " + e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, Direction direction) {
        Thread thread = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(from.getInputStream())) {
                OutputStream out = to.getOutputStream();
                if (!ldap) {
                    in.transferTo(out);
                    return;
                }
                while (true) {
                    byte[] message = LdapFrames.read(in);
                    if (!passes(direction, LdapFrames.operation(message), from)) {
                        return;
                    }
                    out.write(message);
                    out.flush();
                }
            } catch (EOFException e) {
                // The other side closed: close ours too, as a real network path would.
            } catch (IOException | InterruptedException e) {
                // A cut, a closed proxy or a peer reset: the connection is gone either way.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "fault-proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    /** Counts the message; false when the fault cut or stalled the connection instead of passing it. */
    private boolean passes(Direction direction, int op, Socket from) throws InterruptedException {
        int count = seen.computeIfAbsent(direction + "/" + op, k -> new AtomicInteger()).incrementAndGet();
        if (direction == Direction.TO_SERVER && op == SEARCH_REQUEST && searchDelayMillis > 0) {
            Thread.sleep(searchDelayMillis);
        }
        Fault armed = fault;
        if (armed == null || armed.direction() != direction || armed.op() != op || count < armed.occurrence()) {
            return true;
        }
        triggered.incrementAndGet();
        if (armed.action() == Action.STALL) {
            // Forward nothing until the client gives up (closing its end ends the other pump) or the test heals.
            while (fault == armed && !closed && !from.isClosed()) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that is already gone tells the test nothing.
        }
    }
}
