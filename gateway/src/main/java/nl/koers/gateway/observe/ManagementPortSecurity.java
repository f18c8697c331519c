package nl.koers.gateway.observe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * A separate management port ({@code management.server.port}) is reachable only inside the cluster: Prometheus and
 * the kubelet use it without a login. On the public port only health is open (the session chains decide the rest).
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(0)
    SecurityWebFilterChain managementPort(ServerHttpSecurity http, Environment environment) {
        return http.securityMatcher(onManagementPort(environment))
                .authorizeExchange(authorize -> authorize.anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    /** Read per request: with port 0 (tests) the real port is known only once the server listens. */
    static ServerWebExchangeMatcher onManagementPort(Environment environment) {
        return exchange -> {
            Integer management = environment.getProperty("local.management.port", Integer.class,
                    environment.getProperty("management.server.port", Integer.class));
            Integer service = environment.getProperty("local.server.port", Integer.class,
                    environment.getProperty("server.port", Integer.class, 8080));
            var address = exchange.getRequest().getLocalAddress();
            boolean matches = management != null && management > 0 && !management.equals(service)
                    && address != null && address.getPort() == management
                    && exchange.getRequest().getPath().value().startsWith("/actuator/");
            return matches ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }
}
