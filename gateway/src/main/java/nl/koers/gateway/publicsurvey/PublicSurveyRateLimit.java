package nl.koers.gateway.publicsurvey;

import java.net.InetSocketAddress;
import java.util.function.LongSupplier;
import nl.koers.gateway.KoersGatewayProperties;
import nl.koers.gateway.problem.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public survey route's rate limit: one token bucket per client address and one per access code. The access code
 * is the path segment after {@code /api/public/surveys/} (the survey service's public API is
 * {@code /api/public/surveys/{code}/...}); it is taken from the path, not from a header, so a client cannot spread its
 * requests over made-up codes that the service would not even read. The address is checked first and a refused
 * request takes no token from the code's bucket. Refused: 429 problem+json with {@code Retry-After} in seconds.
 */
public final class PublicSurveyRateLimit implements GatewayFilter {
    static final String PREFIX = "/api/public/surveys/";
    private static final int MAX_CODE_LENGTH = 64;

    private final TokenBuckets perAddress;
    private final TokenBuckets perCode;

    public PublicSurveyRateLimit(KoersGatewayProperties.PublicRateLimit limits) {
        this(limits, System::nanoTime);
    }

    PublicSurveyRateLimit(KoersGatewayProperties.PublicRateLimit limits, LongSupplier nanoClock) {
        this.perAddress = new TokenBuckets(limits.perAddress(), limits.maxTrackedKeys(), nanoClock);
        this.perCode = new TokenBuckets(limits.perCode(), limits.maxTrackedKeys(), nanoClock);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        TokenBuckets.Decision decision = decide(clientAddress(exchange), accessCode(exchange.getRequest().getPath().value()));
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "too many requests; try again in " + seconds + " s");
        }
        return chain.filter(exchange);
    }

    TokenBuckets.Decision decide(String address, String code) {
        TokenBuckets.Decision byAddress = perAddress.tryTake(address);
        if (!byAddress.allowed() || code == null) {
            return byAddress;
        }
        return perCode.tryTake(code);
    }

    /** The segment after the prefix, or null when the path has none. */
    static String accessCode(String path) {
        if (!path.startsWith(PREFIX)) return null;
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String code = slash < 0 ? rest : rest.substring(0, slash);
        if (code.isEmpty()) return null;
        return code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) : code;
    }

    /**
     * The peer address. Behind a reverse proxy, run with {@code server.forward-headers-strategy=framework} so that it
     * is the client's (from X-Forwarded-For), and only behind a proxy that overwrites that header.
     */
    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) return "unknown";
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
