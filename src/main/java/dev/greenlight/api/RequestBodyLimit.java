package dev.greenlight.api;

import dev.greenlight.document.AssessmentJson;
import dev.greenlight.document.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body can exhaust memory: one over {@code greenlight.max-request-body} (2 MiB unless configured; the ECB rates
 * file upload {@code greenlight.max-rates-file}, 8 MiB) is
 * answered 413 before it is read whole, from its Content-Length when it declares one, else by counting the
 * bytes as they stream in. An API body is then read (at most that much) and must be UTF-8: a byte sequence
 * that is not is refused with its line, column and field, never turned into U+FFFD.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    /** Validation results (PRODUCT.md §9.1) are CSV files of millions of rows: streamed, never held whole. */
    private static final java.util.regex.Pattern VALIDATION = java.util.regex.Pattern.compile(
            "/api/v1/assessments/\\d+/validation");

    private final long defaultMax;
    private final long ratesFileMax;
    private final long validationMax;

    RequestBodyLimit(@Value("${greenlight.max-request-body:2MB}") DataSize max,
                     @Value("${greenlight.max-rates-file:8MB}") DataSize ratesFile,
                     @Value("${greenlight.validation.max-upload:200MB}") DataSize validation) {
        this.defaultMax = max.toBytes();
        this.ratesFileMax = ratesFile.toBytes();
        this.validationMax = validation.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (VALIDATION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            if (request.getContentLengthLong() > validationMax) {
                ApiFallbacks.write(response, HttpStatus.BAD_REQUEST, "The request is invalid: fix the fields listed",
                        List.of(new FieldError("file", "is larger than " + DataSize.ofBytes(validationMax).toMegabytes()
                                + " MB, the most this server accepts (greenlight.validation.max-upload)")));
                return;
            }
            chain.doFilter(request, response); // the CSV reader counts the bytes of a body of unknown length
            return;
        }
        // the ECB's whole history of reference rates is about 2 MB and grows by a line a working day
        long maxBytes = request.getRequestURI().equals(request.getContextPath() + CurrencyController.ECB_PATH) ? ratesFileMax : defaultMax;
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // a declared length is enforced by the server; only a chunked body needs counting
            chain.doFilter(request.getContentLengthLong() < 0 ? new CountedRequest(request, maxBytes) : request, response);
            return;
        }
        var body = readAtMost(request.getInputStream(), maxBytes);
        if (body == null) {
            tooLarge(response, maxBytes);
            return;
        }
        var notUtf8 = notUtf8(body);
        if (notUtf8 != null) {
            ApiFallbacks.write(response, HttpStatus.BAD_REQUEST, "The request body is not UTF-8 text", List.of(notUtf8));
            return;
        }
        chain.doFilter(new ReadRequest(request, body), response);
    }

    private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        response.setHeader("Connection", "close");
        ApiFallbacks.write(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than "
                + DataSize.ofBytes(maxBytes).toKilobytes() + " KiB", List.of(new FieldError("$", "send at most " + maxBytes + " bytes")));
    }

    /** The whole stream if it has at most {@code max} bytes, else null (having read no more than max + 1). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }

    /** Where the body stops being UTF-8 (overlong forms and encoded surrogates included), or null if it is. */
    static FieldError notUtf8(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(body);
        var result = decoder.decode(in, CharBuffer.allocate(body.length), true);
        if (!result.isError()) {
            return null;
        }
        int offset = in.position();
        var prefix = new String(body, 0, offset, StandardCharsets.UTF_8);
        int line = 1 + (int) prefix.chars().filter(c -> c == '\n').count();
        int column = prefix.length() - prefix.lastIndexOf('\n');
        return new FieldError(AssessmentJson.pathAt(prefix), String.format(java.util.Locale.ROOT,
                "is not UTF-8 at line %d, column %d (byte %d is 0x%02X): send JSON as UTF-8", line, column, offset + 1, body[offset]));
    }

    /** A request whose body has been read already (and checked); the controllers read it again from memory. */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new Stream(new ByteArrayInputStream(body), Long.MAX_VALUE);
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** A request whose body (of unknown length) fails with an IOException at the byte past the limit. */
    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long max;

        CountedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new Stream(super.getInputStream(), max);
        }
    }

    /** Counts what is read through it; in memory, or over the server's stream (whose readiness it reports). */
    private static final class Stream extends ServletInputStream {

        private final InputStream in;
        private final long max;
        private long read;

        Stream(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("The request body is larger than " + max + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            if (in instanceof ServletInputStream server) {
                return server.isFinished();
            }
            return ((ByteArrayInputStream) in).available() == 0;
        }

        @Override
        public boolean isReady() {
            return !(in instanceof ServletInputStream server) || server.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            if (!(in instanceof ServletInputStream server)) {
                throw new IllegalStateException("the body was read already; there is nothing to wait for");
            }
            server.setReadListener(listener);
        }
    }
}
