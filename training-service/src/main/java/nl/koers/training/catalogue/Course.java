package nl.koers.training.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CoursePublished;
import nl.koers.platform.error.InvalidInput;
import nl.koers.training.input.Inputs;
import nl.koers.platform.tenant.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One offer in the catalogue. Whose catalogue it is (provider or one board) is fixed when it is published. */
@Aggregate
public class Course {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5_000;
    /** The people a school sends to training; platform admins and auditors are not an audience. */
    static final Set<Role> AUDIENCES = EnumSet.of(Role.STAFF, Role.COORDINATOR, Role.CONFIDENTIAL_ADVISER,
            Role.BOARD_ADMIN);
    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    @AggregateIdentifier
    private CourseId id;

    protected Course() {
        // for Axon
    }

    @CommandHandler
    public Course(PublishCourse command, Clock clock) {
        Inputs.require(command.kind(), "kind");
        Inputs.check(command.title(), "title", MAX_TITLE);
        Inputs.check(command.provider(), "provider", MAX_TITLE);
        String description = command.description() == null ? "" : command.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInput("description", "at most " + MAX_DESCRIPTION + " characters");
        }
        Set<Role> audience = command.targetRoles() == null ? Set.of() : command.targetRoles();
        if (!AUDIENCES.containsAll(audience)) {
            throw new InvalidInput("targetRoles", "only staff, coordinator, confidential-adviser or board-admin");
        }
        apply(new CoursePublished(command.courseId(), command.board(), command.kind(), command.title().strip(),
                description, command.provider().strip(), audience, accreditation(command), clock.instant(),
                command.publishedBy()));
    }

    private static Accreditation accreditation(PublishCourse command) {
        Inputs.require(command.hours(), "hours");
        if (command.hours().signum() <= 0 || command.hours().compareTo(MAX_HOURS) > 0) {
            throw new InvalidInput("hours", "between 0 and 1000 hours");
        }
        return new Accreditation(Boolean.TRUE.equals(command.lerarenregister()), Inputs.hours(command.hours()));
    }

    @EventSourcingHandler
    void on(CoursePublished event) {
        this.id = event.courseId();
    }
}
