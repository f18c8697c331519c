package nl.koers.gateway.session;

import org.springframework.core.Ordered;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security creates the CSRF token lazily, only when something asks for it; a page whose script must send it
 * needs the XSRF-TOKEN cookie before its first state-changing call. Asking for it here writes the cookie (once; it is
 * reused while it lasts). Runs after the security chain, which puts the token there.
 *
 * <p>The cookie is Secure when the request is HTTPS, like the session cookie. Spring's repository decides that from
 * the TLS connection only, which a TLS-terminating proxy hides; the scheme (with forwarded headers) tells.
 */
@Component
class CsrfCookieFilter implements WebFilter, Ordered {
    private static final String COOKIE = "XSRF-TOKEN";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> secure(exchange)));
        }
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }

    private static void secure(ServerWebExchange exchange) {
        var cookies = exchange.getResponse().getCookies();
        var written = cookies.get(COOKIE);
        if (written != null) {
            cookies.put(COOKIE, written.stream().map(cookie -> cookie.mutate().secure(true).build()).toList());
        }
    }

    @Override
    public int getOrder() {
        return 0; // after WebFilterChainProxy (-100)
    }
}
