package nl.koers.gateway.session;

import java.net.URI;
import java.util.List;
import nl.koers.gateway.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.DelegatingServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The browser session (BFF): login at Keycloak with authorization code + PKCE, tokens kept in the server-side session
 * (never sent to the browser), CSRF on every state-changing call, logout that also ends the Keycloak session. The
 * public survey route has a chain of its own without any session.
 */
@Configuration
class SessionSecurity {
    static final String REGISTRATION = "keycloak";
    static final String LOGIN_ENTRY = "/oauth2/authorization/" + REGISTRATION;

    /**
     * Anonymous pupils (their page and its API), and invitees who have no account yet (their page, and its one call
     * whose credential is the invitation token in the path): no session, no cookie, no CSRF token (there is no ambient credential a forged request could ride on), no saved
     * request.
     */
    @Bean
    @Order(1)
    SecurityWebFilterChain withoutSession(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/public/**", "/api/invitations/**",
                        "/vragenlijst", "/vragenlijst/**", "/uitnodiging", "/uitnodiging/**"))
                .authorizeExchange(authorize -> authorize.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable) // SecurityHeadersFilter sets them
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserSession(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                          ServerOAuth2AuthorizedClientRepository authorizedClients,
                                          KeycloakSessionLogout keycloakLogout) {
        CookieServerCsrfTokenRepository csrfTokens = csrfCookie();
        return http
                .authorizeExchange(authorize -> authorize
                        // The web UI's static files hold no data (every fact comes from /api/**): the page must load
                        // without a session to show "niet ingelogd" and the login link.
                        .pathMatchers("/", "/index.html", "/app.css", "/ui/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(pkce(registrations))
                        .authorizedClientRepository(authorizedClients)
                        .authenticationSuccessHandler(newCsrfTokenThenBack(csrfTokens))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(apiAnswers401ElseLogin())
                        .accessDeniedHandler(problem(HttpStatus.FORBIDDEN, "forbidden", "access denied")))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        // The SPA echoes the cookie's value in X-XSRF-TOKEN as it is: no per-response masking is
                        // needed because the token never appears in a response body (BREACH needs a body).
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(problem(HttpStatus.FORBIDDEN, "csrf",
                                "a state-changing request needs the X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value")))
                .logout(logout -> logout
                        // After Spring's security-context handler (which only drops the login from the session, not
                        // the tokens): it ends the Keycloak session with the session's refresh token, then the session.
                        // Spring adds the CSRF cookie's removal after it.
                        .logoutHandler(handlers -> handlers.add(keycloakLogout))
                        .logoutSuccessHandler(redirectTo("/")))
                .headers(ServerHttpSecurity.HeaderSpec::disable) // SecurityHeadersFilter sets them on every response
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }

    /** Tokens live in the WebSession: they die with it (logout, timeout) and are never shared between sessions. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by TokenRelay and /api/me: hands out the session's access token, refreshed with the refresh token when it expires. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                                                                  ServerOAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** The realm requires PKCE (S256) for koers-gateway; Spring adds it only for public clients unless asked. */
    private static DefaultServerOAuth2AuthorizationRequestResolver pkce(ReactiveClientRegistrationRepository registrations) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * A login drops the CSRF token from before it (a planted cookie must not outlive the login); the next page gets a
     * fresh one. Then back to the page that asked for the login, else /.
     */
    private static ServerAuthenticationSuccessHandler newCsrfTokenThenBack(CookieServerCsrfTokenRepository csrfTokens) {
        ServerAuthenticationSuccessHandler dropCsrfToken =
                (exchange, authentication) -> csrfTokens.saveToken(exchange.getExchange(), null);
        return new DelegatingServerAuthenticationSuccessHandler(dropCsrfToken, new RedirectServerAuthenticationSuccessHandler("/"));
    }

    /** The UI needs a 401 to react to, never a redirect to a login page it cannot follow; pages go to the login. */
    private static ServerAuthenticationEntryPoint apiAnswers401ElseLogin() {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> Problems.write(exchange.getResponse(),
                HttpStatus.UNAUTHORIZED, "unauthorized", "log in first: " + LOGIN_ENTRY);
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(List.of(
                new DelegateEntry(new PathPatternParserServerWebExchangeMatcher("/api/**"), unauthorized)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_ENTRY));
        return entryPoint;
    }

    /** XSRF-TOKEN, readable by the page's script (not HttpOnly by design), SameSite=Lax, Secure when the request is HTTPS. */
    private static CookieServerCsrfTokenRepository csrfCookie() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static ServerAccessDeniedHandler problem(HttpStatus status, String type, String detail) {
        return (exchange, denied) -> Problems.write(exchange.getResponse(), status, type, detail);
    }

    private static RedirectServerLogoutSuccessHandler redirectTo(String location) {
        var handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(location));
        return handler;
    }
}
