package nl.koers.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters in the same problem+json shape as every other error. */
final class ProblemAuthenticationHandlers {
    private ProblemAuthenticationHandlers() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(response, 401, "unauthorized", "Unauthorized",
                "a valid bearer token is required");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "forbidden", "Forbidden", "access denied");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("""
                {"type":"https://koers.nl/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type, title, status, detail));
    }
}
