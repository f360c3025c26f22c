package org.storyline.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads whole records, or lines, from a stream without ever holding more than a size limit in memory. */
final class BoundedInput {
    private BoundedInput() {}

    /**
     * Bytes read, at most the limit; {@code tooLarge} when the stream held more (the rest is left unread).
     *
     * @param bytes the record, or its first {@code limit} bytes when it is too large
     */
    record Chunk(byte[] bytes, boolean tooLarge) {}

    /** Reads the rest of the stream, stopping one byte past {@code limit}. */
    static Chunk readAll(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
        if (bytes.length > limit) {
            return new Chunk(java.util.Arrays.copyOf(bytes, Math.toIntExact(limit)), true);
        }
        return new Chunk(bytes, false);
    }

    /**
     * Splits a stream into lines ({@code \n} or {@code \r\n}), buffering at most {@code limit} bytes of one line;
     * the rest of a longer line is skipped, not stored.
     */
    static final class LineSplitter {
        private final InputStream in;
        private final long limit;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int end;
        private boolean eof;

        LineSplitter(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The next line without its terminator, or null when the stream is exhausted. */
        Chunk next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long length = 0;
            boolean any = false;
            while (true) {
                if (position == end) {
                    if (eof || !fill()) {
                        eof = true;
                        if (!any) {
                            return null;
                        }
                        return finish(line, length);
                    }
                }
                any = true;
                int newline = -1;
                for (int i = position; i < end; i++) {
                    if (buffer[i] == '\n') {
                        newline = i;
                        break;
                    }
                }
                int stop = newline < 0 ? end : newline;
                int count = stop - position;
                long room = limit + 1 - line.size();
                if (room > 0) {
                    line.write(buffer, position, (int) Math.min(room, count));
                }
                length += count;
                position = newline < 0 ? end : newline + 1;
                if (newline >= 0) {
                    return finish(line, length);
                }
            }
        }

        private Chunk finish(ByteArrayOutputStream line, long length) {
            byte[] bytes = line.toByteArray();
            if (length > limit + 1 || (length == limit + 1 && bytes[bytes.length - 1] != '\r')) {
                return new Chunk(java.util.Arrays.copyOf(bytes, Math.toIntExact(Math.min(limit, bytes.length))),
                        true);
            }
            int size = bytes.length;
            if (size > 0 && bytes[size - 1] == '\r') {
                size--;
            }
            return new Chunk(size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size), false);
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            while (n == 0) {
                n = in.read(buffer);
            }
            if (n < 0) {
                return false;
            }
            position = 0;
            end = n;
            return true;
        }
    }
}
