package nl.koers.plan.preset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetPublished;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.plan.preset.PresetCommands.PublishPreset;
import nl.koers.plan.preset.PresetCommands.RevisePreset;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A board's template for its schools' plans ("klaarzetten"): topics with text, central agreements, focus points. */
@Aggregate
public class BoardPreset {
    static final int MAX_TOPICS = 200;
    static final int MAX_TEXT = 20_000;

    @AggregateIdentifier
    private PresetId id;
    private BoardId board;
    private int version;

    protected BoardPreset() {
        // for Axon
    }

    @CommandHandler
    public BoardPreset(PublishPreset c) {
        validate(c.title(), c.topics(), c.agreements(), c.focusPoints());
        apply(new PresetPublished(c.presetId(), c.boardId(), 1, c.title(), List.copyOf(c.topics()),
                list(c.agreements()), list(c.focusPoints())));
    }

    @CommandHandler
    void handle(RevisePreset c) {
        if (!board.equals(c.boardId())) {
            throw new NotFound("presetId", "preset " + c.presetId());
        }
        validate(c.title(), c.topics(), c.agreements(), c.focusPoints());
        apply(new PresetPublished(id, board, version + 1, c.title(), List.copyOf(c.topics()), list(c.agreements()),
                list(c.focusPoints())));
    }

    private static void validate(String title, List<PresetTopic> topics, List<String> agreements,
                                 List<String> focusPoints) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInput("title", "is required, at most 200 characters");
        }
        if (topics == null || topics.size() > MAX_TOPICS) {
            throw new InvalidInput("topics", "a list of at most " + MAX_TOPICS + " topics is required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            PresetTopic t = topics.get(i);
            String at = "topics[" + i + "]";
            if (t == null || t.block() == null) {
                throw new InvalidInput(at + ".block", "is required");
            }
            if (t.topicId() == null || !t.topicId().matches("[a-z0-9.-]{1,100}") || !seen.add(t.topicId())) {
                throw new InvalidInput(at + ".topicId", "a unique id of lower-case letters, digits, '.' and '-'");
            }
            if (t.title() == null || t.title().isBlank() || t.title().length() > 200) {
                throw new InvalidInput(at + ".title", "is required, at most 200 characters");
            }
            if (t.text() == null || t.text().isBlank() || t.text().length() > MAX_TEXT) {
                throw new InvalidInput(at + ".text", "is required, at most " + MAX_TEXT + " characters");
            }
        }
        checkLines("agreements", agreements);
        checkLines("focusPoints", focusPoints);
    }

    private static void checkLines(String field, List<String> lines) {
        if (lines != null && (lines.size() > 100 || lines.stream().anyMatch(l -> l == null || l.isBlank()
                || l.length() > 2_000))) {
            throw new InvalidInput(field, "at most 100 lines of at most 2000 characters");
        }
    }

    private static List<String> list(List<String> lines) {
        return lines == null ? List.of() : List.copyOf(lines);
    }

    @EventSourcingHandler
    void on(PresetPublished e) {
        id = e.presetId();
        board = e.boardId();
        version = e.version();
    }
}
