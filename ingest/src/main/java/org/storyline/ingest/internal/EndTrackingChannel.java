package org.storyline.ingest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Passes reads through and remembers whether the underlying file ran out, which tells a record cut off by the end
 * of the file apart from a record whose own payload encoding is broken.
 */
final class EndTrackingChannel implements ReadableByteChannel {
    private final ReadableByteChannel delegate;
    private boolean reachedEnd;

    EndTrackingChannel(ReadableByteChannel delegate) {
        this.delegate = delegate;
    }

    @Override
    public int read(ByteBuffer buffer) throws IOException {
        int n = delegate.read(buffer);
        if (n < 0) {
            reachedEnd = true;
        }
        return n;
    }

    boolean reachedEnd() {
        return reachedEnd;
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
