package dev.profilesync.standalone.bench;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of the directory that notes when its first connection arrives: the moment a process
 * under test makes its first LDAP request, seen from outside the process. It forwards bytes both ways unchanged, a
 * pair of daemon threads per connection. For the benchmark's start-up probe.
 */
final class TimingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicLong firstAcceptNanos = new AtomicLong();

    TimingProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "timing-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** {@link System#nanoTime()} of the first connection since the last {@link #reset()}, 0 while there was none. */
    long firstAcceptNanos() {
        return firstAcceptNanos.get();
    }

    void reset() {
        firstAcceptNanos.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                firstAcceptNanos.compareAndSet(0, System.nanoTime());
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LoggerFactory.getLogger(TimingProxy.class)
                            .warn("the start-up probe's proxy could not forward a connection to {}", target, e);
                }
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // One side closed: the connection is over, which is how every forwarded connection ends.
                LoggerFactory.getLogger(TimingProxy.class).debug("connection closed", e);
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "timing-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LoggerFactory.getLogger(TimingProxy.class).debug("close failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
