package nl.koers.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every service is an OAuth2 resource server: signature, issuer, audience and expiry of the JWT are checked by
 * Spring Security (issuer and audiences from {@code spring.security.oauth2.resourceserver.jwt.*}). Which board and
 * school a caller may touch is decided in the service itself ({@code SchoolAccess}), not here.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ResourceServerSecurity {

    /** Before security and before any body is read; {@code koers.http.max-body} (default 1 MB) per service. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> koersRequestSizeLimit(
            @Value("${koers.http.max-body:1MB}") DataSize maxBody) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(maxBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SecurityFilterChain koersResourceServer(HttpSecurity http, Environment environment) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // A separate management port is reachable only inside the cluster: Prometheus scrapes there.
                        .requestMatchers(onManagementPort(environment)).permitAll()
                        .requestMatchers("/error").permitAll()
                        // Operational endpoints (metrics such as the projection lag) are for platform operators only.
                        .requestMatchers("/actuator/**").access((authentication, context) ->
                                new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken jwt
                                        && TenantScopes.from(jwt.getToken()).roles().contains(Role.PLATFORM_ADMIN)))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                // Bearer tokens only, no cookies: there is no session to ride, so CSRF does not apply here
                // (the gateway, which holds the browser session, protects against CSRF).
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new IdentityProviderUnavailable(), BearerTokenAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Requests to {@code /actuator/**} that arrived on {@code management.server.port} when it differs from the
     * service port. Read per request: with port 0 (tests) the real port is known only once the server listens.
     */
    static RequestMatcher onManagementPort(Environment environment) {
        return request -> {
            Integer management = environment.getProperty("local.management.port", Integer.class,
                    environment.getProperty("management.server.port", Integer.class));
            Integer service = environment.getProperty("local.server.port", Integer.class,
                    environment.getProperty("server.port", Integer.class, 8080));
            return management != null && management > 0 && !management.equals(service)
                    && request.getLocalPort() == management && request.getRequestURI().startsWith("/actuator/");
        };
    }
}
