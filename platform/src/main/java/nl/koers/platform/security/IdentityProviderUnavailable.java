package nl.koers.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JWT decoder learns the signing keys from the identity provider on first use. While the provider cannot be
 * reached, the answer is 503 (try again) as problem+json rather than a bare 500.
 */
class IdentityProviderUnavailable extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(IdentityProviderUnavailable.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (JwtDecoderInitializationException e) {
            log.warn("identity provider unreachable: {}", e.getMessage());
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"https://koers.nl/problems/identity-provider-unavailable","title":"Service Unavailable",\
                    "status":503,"detail":"the identity provider cannot be reached; try again shortly"}""");
        }
    }
}
