package dev.profilesync.confluence;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Servlet requests and responses for tests: Mockito mocks of the servlet API that keep what is written. */
final class Http {
    private Http() {
    }

    static HttpServletRequest request(String method, String pathInfo, String body) {
        return request(method, pathInfo, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpServletRequest request(String method, String pathInfo, byte[] bytes) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/profile-sync/admin"
                + (pathInfo == null ? "" : pathInfo));
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://wiki.example.com/confluence/plugins/servlet/profile-sync/admin"
                + (pathInfo == null ? "" : pathInfo)));
        when(request.getParameterMap()).thenReturn(Map.of());
        try {
            when(request.getInputStream()).thenReturn(new BodyStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return request;
    }

    /** A response that records its status, headers and body. */
    static final class Response {
        final HttpServletResponse mock = mock(HttpServletResponse.class);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final PrintWriter writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), true);
        int status = 200;
        String redirect;

        Response() {
            try {
                when(mock.getOutputStream()).thenReturn(new RecordingStream(body));
                when(mock.getWriter()).thenReturn(writer);
                doAnswer(call -> status = call.getArgument(0)).when(mock).setStatus(anyInt());
                doAnswer(call -> status = call.getArgument(0)).when(mock).sendError(anyInt());
                doAnswer(call -> status = call.getArgument(0)).when(mock).sendError(anyInt(), org.mockito.ArgumentMatchers.anyString());
                doAnswer(call -> {
                    status = 302;
                    redirect = call.getArgument(0);
                    return null;
                }).when(mock).sendRedirect(org.mockito.ArgumentMatchers.anyString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            writer.flush(); // as the container does when the response completes
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class BodyStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BodyStream(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }

    private static final class RecordingStream extends ServletOutputStream {
        private final ByteArrayOutputStream out;

        RecordingStream(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            out.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking writes only");
        }
    }
}
