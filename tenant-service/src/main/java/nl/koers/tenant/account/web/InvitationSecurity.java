package nl.koers.tenant.account.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one endpoint without a bearer token: accepting an invitation, where the single-use token in the path is the
 * credential. Everything else stays behind the platform's resource-server chain.
 */
@Configuration
class InvitationSecurity {
    @Bean
    @Order(0)
    SecurityFilterChain invitationAcceptance(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/invitations/*")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()) // no cookies, no session: nothing for a cross-site request to ride
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
