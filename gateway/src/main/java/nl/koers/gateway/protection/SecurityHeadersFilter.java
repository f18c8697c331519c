package nl.koers.gateway.protection;

import nl.koers.gateway.KoersGatewayProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The browser-facing security headers, on every response: the gateway's own pages, its errors (also those written
 * before Spring Security runs, like 413) and everything proxied from the services. Set, not added: a service's own
 * values are replaced, so there is one policy and no duplicates. Spring Security's header writer is switched off in
 * favour of this one place.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private final String contentSecurityPolicy;

    public SecurityHeadersFilter(KoersGatewayProperties properties) {
        // form-action must allow Keycloak: a login form's POST ends in redirects back and forth through it.
        this.contentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + properties.identityProviderOrigin();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean api = exchange.getRequest().getPath().value().startsWith("/api/");
        boolean https = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.remove("X-XSS-Protection"); // obsolete; CSP does its job
            if (api) {
                // Answers carry personal data: no browser or proxy cache keeps them.
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                headers.remove(HttpHeaders.PRAGMA);
                headers.remove(HttpHeaders.EXPIRES);
            }
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
