package nl.koers.training.catalogue.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.events.EventMetaData;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.catalogue.PublishCourse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Publishing and reading the catalogue. A platform admin publishes to the provider catalogue (every board sees it);
 * a board admin publishes for its own board, and no other board ever sees that offer (404, as if it did not exist).
 */
@Service
public class Catalogue {
    private final CommandGateway commands;
    private final CatalogueReadModel courses;

    Catalogue(CommandGateway commands, CatalogueReadModel courses) {
        this.commands = commands;
        this.courses = courses;
    }

    public CourseId publishForProviders(TenantScope scope, PublishCourseRequest request) {
        requirePlatformAdmin(scope);
        return publish(null, scope, request, Map.of(EventMetaData.ACTOR, scope.user().value()));
    }

    public CourseId publishForBoard(TenantScope scope, BoardId board, PublishCourseRequest request) {
        BoardAccess.require(scope, board, Set.of(Role.BOARD_ADMIN));
        return publish(board, scope, request, EventMetaData.of(board, scope.user()));
    }

    private CourseId publish(BoardId board, TenantScope scope, PublishCourseRequest request,
                             Map<String, String> metaData) {
        CourseId id = CourseId.generate();
        PublishCourse command = new PublishCourse(id, board, request.kind(), request.title(), request.description(),
                request.provider(), request.roles(), request.lerarenregister(), request.hours(), scope.user());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return id;
    }

    public List<CourseView> list(TenantScope scope, Optional<CourseKind> kind) {
        return courses.visibleTo(scope.board(), kind);
    }

    /** A course the caller may see; another board's own course answers like an unknown one. */
    public CourseView visible(TenantScope scope, CourseId id) {
        return courses.find(id).filter(course -> course.visibleTo(scope.board()))
                .orElseThrow(() -> new NotFound("courseId", "course " + id));
    }

    public static void requirePlatformAdmin(TenantScope scope) {
        if (!scope.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform admin manages the provider catalogue");
        }
    }
}
