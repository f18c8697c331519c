package nl.koers.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself is problem+json, never Boot's default error page and never a stack trace.
 * Runs before Boot's handler (order -2).
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (has(error, ClientAuthorizationException.class)) {
            // The refresh token was refused (session ended at Keycloak, or expired): the gateway session is worthless.
            log.info("token refresh refused, ending the session: {}", error.getMessage());
            return exchange.getSession().flatMap(WebSession::invalidate)
                    .then(Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "session-expired",
                            "the session has expired; log in again"));
        }
        if (has(error, ConnectException.class) || has(error, TimeoutException.class)) {
            log.warn("{} {}: service unreachable: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            String path = exchange.getRequest().getPath().value();
            boolean login = path.startsWith("/oauth2/") || path.startsWith("/login/") || path.equals("/logout");
            return Problems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    login ? "the login service is not reachable; try again shortly"
                            : "the service behind this address is not reachable");
        }
        if (error instanceof ResponseStatusException status) {
            return Problems.write(exchange.getResponse(), resolve(status.getStatusCode()), type(status.getStatusCode()),
                    status.getReason() == null ? resolve(status.getStatusCode()).getReasonPhrase() : status.getReason());
        }
        log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return Problems.write(exchange.getResponse(), HttpStatus.INTERNAL_SERVER_ERROR, "internal", "unexpected error");
    }

    private static HttpStatus resolve(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String type(HttpStatusCode code) {
        return switch (code.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 504 -> "service-timeout";
            default -> resolve(code).name().toLowerCase().replace('_', '-');
        };
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
