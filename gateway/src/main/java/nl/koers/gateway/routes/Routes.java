package nl.koers.gateway.routes;

import java.util.function.Function;
import nl.koers.gateway.KoersGatewayProperties;
import nl.koers.gateway.publicsurvey.PublicSurveyRateLimit;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * Every service API under /api/**. Session routes relay the session's access token (refreshed when it expires) and
 * nothing of the browser's cookies; the two routes without a session (anonymous survey answers, accepting an
 * invitation) relay no token at all, and the survey route is rate-limited. No route lets
 * a service set a cookie: the browser's cookie jar is the gateway's.
 */
@Configuration
class Routes {

    @Bean
    RouteLocator koersRoutes(RouteLocatorBuilder routes, KoersGatewayProperties properties) {
        KoersGatewayProperties.Services services = properties.services();
        PublicSurveyRateLimit rateLimit = new PublicSurveyRateLimit(properties.publicRateLimit());
        return routes.routes()
                .route("public-surveys", r -> r.path("/api/public/surveys/**")
                        .filters(f -> noCookies(f.filter(rateLimit).removeRequestHeader(HttpHeaders.AUTHORIZATION)))
                        .uri(services.survey()))
                // An invitee has no account yet: the single-use token in the path is the credential (tenant-service).
                .route("invitations", r -> r.path("/api/invitations/**")
                        .filters(f -> noCookies(f.removeRequestHeader(HttpHeaders.AUTHORIZATION)))
                        .uri(services.tenant()))
                // Board-level paths are owned per feature; tenant-service keeps what is left under /api/boards/**,
                // so the more specific routes come first (routes are matched in order).
                .route("incidents", r -> r.path("/api/schools/*/incidents/**", "/api/schools/*/pupils/**",
                        "/api/boards/*/incidents/**").filters(withToken()).uri(services.incident()))
                .route("projections", r -> r.path("/api/schools/*/dashboard/**", "/api/schools/*/history/**",
                        "/api/boards/*/dashboard/**", "/api/boards/*/audit/**", "/api/boards/*/history/**",
                        "/api/platform/projections/**").filters(withToken()).uri(services.projection()))
                .route("plans", r -> r.path("/api/schools/*/plans/**", "/api/boards/*/plan-presets/**", "/api/plan/**")
                        .filters(withToken()).uri(services.plan()))
                .route("surveys", r -> r.path("/api/schools/*/surveys/**", "/api/boards/*/surveys/**", "/api/surveys/**")
                        .filters(withToken()).uri(services.survey()))
                .route("training", r -> r.path("/api/training/**", "/api/schools/*/training/**",
                        "/api/boards/*/training/**").filters(withToken()).uri(services.training()))
                .route("tenants", r -> r.path("/api/boards/**", "/api/platform/**").filters(withToken()).uri(services.tenant()))
                .build();
    }

    private static Function<GatewayFilterSpec, UriSpec> withToken() {
        return f -> noCookies(f.tokenRelay());
    }

    private static GatewayFilterSpec noCookies(GatewayFilterSpec f) {
        return f.removeRequestHeader(HttpHeaders.COOKIE).removeResponseHeader(HttpHeaders.SET_COOKIE);
    }
}
