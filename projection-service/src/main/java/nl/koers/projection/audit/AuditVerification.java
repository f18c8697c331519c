package nl.koers.projection.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.koers.platform.id.BoardId;
import org.springframework.stereotype.Component;

/**
 * Recomputes a board's chain from the first entry. The first entry whose stored hash, link or position does not
 * match is named: an edit, a deletion or an insertion anywhere is caught there.
 */
@Component
public class AuditVerification {
    private final AuditTrail trail;

    AuditVerification(AuditTrail trail) {
        this.trail = trail;
    }

    public record Result(long entries, boolean valid, Long firstBrokenSeq, String firstBrokenEventId, String reason) {
    }

    public Result verify(BoardId board) {
        AtomicLong count = new AtomicLong();
        AtomicReference<String> prev = new AtomicReference<>(AuditChain.GENESIS);
        AtomicReference<Result> broken = new AtomicReference<>();
        trail.forEach(board, new AuditTrail.Query(null, null, null, null, null, null), entry -> {
            long expectedSeq = count.incrementAndGet();
            if (broken.get() != null) {
                return;
            }
            String reason = entry.seq() != expectedSeq ? "entry " + expectedSeq + " is missing"
                    : !entry.prevHash().equals(prev.get()) ? "does not link to the previous entry"
                    : !AuditChain.hash(prev.get(), entry).equals(entry.hash()) ? "content does not match its hash"
                    : null;
            if (reason != null) {
                broken.set(new Result(0, false, entry.seq(), entry.eventId(), reason));
            }
            prev.set(entry.hash());
        });
        Result failure = broken.get();
        if (failure == null) {
            // The head knows how long the chain was: entries removed from its end are caught here.
            var head = trail.head(board);
            if (head.lastSeq() != count.get() || !head.lastHash().equals(prev.get())) {
                return new Result(count.get(), false, count.get() + 1, null, "entries after " + count.get() + " are missing");
            }
        }
        return failure == null ? new Result(count.get(), true, null, null, null)
                : new Result(count.get(), false, failure.firstBrokenSeq(), failure.firstBrokenEventId(), failure.reason());
    }
}
