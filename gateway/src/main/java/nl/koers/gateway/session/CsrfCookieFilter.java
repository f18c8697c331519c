package nl.koers.gateway.session;

import org.springframework.core.Ordered;
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
 */
@Component
class CsrfCookieFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }

    @Override
    public int getOrder() {
        return 0; // after WebFilterChainProxy (-100)
    }
}
