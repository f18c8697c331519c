package nl.koers.platform.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as seen by the publisher, telling it the moment events are committed.
 *
 * <p>Why: Axon's pooled processor polls a stream that offers no "events available" callback every 500 ms, so every
 * report waited ~500 ms before publication. This source offers the callback and fires it right after each commit in
 * this JVM; a fallback tick every {@code fallbackPoll} covers events appended by other replicas of the service.
 */
final class CommitNotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    /** After a notification, how long a check may wait for the committed events to become readable. */
    private static final long VISIBILITY_WAIT_MS = 100;
    private final EventStore store;
    private final Set<NotifyingStream> streams = ConcurrentHashMap.newKeySet();

    CommitNotifyingEventSource(EventStore store, Duration fallbackPoll) {
        this.store = store;
        // Subscribers are called while the publishing unit of work prepares its commit: notify after the commit.
        store.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> notifyStreams());
            } else {
                notifyStreams();
            }
        });
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "koers-publisher-tick");
            thread.setDaemon(true);
            return thread;
        });
        long period = fallbackPoll.toMillis();
        ticker.scheduleWithFixedDelay(() -> streams.forEach(NotifyingStream::tick), period, period, TimeUnit.MILLISECONDS);
    }

    private void notifyStreams() {
        streams.forEach(NotifyingStream::committed);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        NotifyingStream stream = new NotifyingStream(store.openStream(token));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private final AtomicBoolean committed = new AtomicBoolean();
        private volatile Runnable callback;

        NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        void committed() {
            committed.set(true);
            tick();
        }

        void tick() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            // Just committed: the store's reader may need a moment to see it, so wait briefly instead of idling.
            if (committed.getAndSet(false)) {
                return delegate.hasNextAvailable((int) Math.max(unit.toMillis(timeout), VISIBILITY_WAIT_MS),
                        TimeUnit.MILLISECONDS);
            }
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            try {
                return hasNextAvailable(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public java.util.Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            delegate.close();
        }
    }
}
