package nl.koers.platform.observe;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the board and school a request is about into the log context ({@code boardId}, {@code schoolId}), next to
 * the trace id that tracing puts there. Ids only: never a name, a description or anything else a request carries.
 */
public class TenantLogContext implements HandlerInterceptor {
    public static final String BOARD = "boardId";
    public static final String SCHOOL = "schoolId";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object board = path == null ? null : path.get(BOARD);
        if (board == null && SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            board = jwt.getToken().getClaimAsString("board_id");
        }
        put(BOARD, board);
        put(SCHOOL, path == null ? null : path.get(SCHOOL));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        MDC.remove(BOARD);
        MDC.remove(SCHOOL);
    }

    /** For consumers: the ids of the event being handled, removed when the returned scope closes. */
    public static Scope of(String board, String school) {
        put(BOARD, board);
        put(SCHOOL, school);
        return () -> {
            MDC.remove(BOARD);
            MDC.remove(SCHOOL);
        };
    }

    private static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, value.toString());
        }
    }

    /** Removes the ids again. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
