package nl.koers.survey.answer.web;

import nl.koers.platform.security.RequestSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.unit.DataSize;

/**
 * The public answer route: no token (the access code is the credential), no session, no CSRF (no cookie to ride),
 * and a 64 KB body limit of its own - an answer sheet is a few KB. The gateway limits and rate-limits too; this
 * service does not rely on it.
 */
@Configuration
class PublicRouteConfiguration {
    static final String PUBLIC = "/api/public/surveys/**";

    @Bean
    @Order(1)
    SecurityFilterChain publicSurveyRoute(HttpSecurity http) throws Exception {
        return http.securityMatcher(PUBLIC)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .build();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> publicSurveyBodyLimit(
            @Value("${koers.survey.public-max-body:64KB}") DataSize max) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(max.toBytes()));
        registration.setName("publicSurveyBodyLimit"); // the platform's limit is a second instance of the same filter
        registration.addUrlPatterns("/api/public/surveys/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
