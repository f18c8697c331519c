package nl.koers.gateway.protection;

import java.util.concurrent.atomic.AtomicLong;
import nl.koers.gateway.KoersGatewayProperties;
import nl.koers.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies have a ceiling per kind of route: a declared Content-Length above it is refused at once (413),
 * before Spring Security or a service sees a byte; a body without one (chunked) is counted while it streams and cut
 * off at the ceiling. Runs right after the security headers, so the 413 carries them too.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {
    private static final PathPattern CSV_IMPORT = PathPatternParser.defaultInstance.parse("/api/boards/*/schools/import");
    private static final PathPattern PUBLIC_SURVEY = PathPatternParser.defaultInstance.parse("/api/public/surveys/**");

    private final KoersGatewayProperties.RequestSize limits;

    public RequestSizeLimitFilter(KoersGatewayProperties properties) {
        this.limits = properties.requestSize();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange);
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        ServerWebExchange counted = exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, message(limit));
                    }
                });
            }
        }).build();
        return chain.filter(counted);
    }

    long limitFor(ServerWebExchange exchange) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (CSV_IMPORT.matches(path)) return limits.csvImport().toBytes();
        if (PUBLIC_SURVEY.matches(path)) return limits.publicSurvey().toBytes();
        return limits.defaultLimit().toBytes();
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", message(limit));
    }

    private static String message(long limit) {
        return "the request body is larger than " + limit + " bytes, the limit of this address";
    }

    @Override
    public int getOrder() {
        return SecurityHeadersFilter.ORDER + 1;
    }
}
