package nl.koers.gateway.publicpage;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The pages opened by people without a Koers login, served without a session (see SessionSecurity: no cookie of any
 * kind, no CSRF token) and never cached. Their scripts and styles sit next to them under the same path.
 */
@Configuration
class PublicPages {
    /**
     * The address printed on every access-code list ({@code koers.survey.pupil-url}): the page where a pupil types the
     * code and answers. It stores nothing in the browser, because classroom devices are shared.
     */
    static final String PUPIL = "/vragenlijst";
    /**
     * Where an invitation link leads ({@code koers.invitations.base-url} + {@code /uitnodiging#<token>}): the invitee
     * chooses a password. The token is in the fragment, which a browser never sends, so it stays out of access logs and
     * Referer headers; the page sends it only as the path of the one request that uses it.
     */
    static final String INVITEE = "/uitnodiging";

    @Bean
    RouterFunction<ServerResponse> pupilPageRoute() {
        return page(PUPIL, "static/vragenlijst/index.html");
    }

    @Bean
    RouterFunction<ServerResponse> inviteePageRoute() {
        return page(INVITEE, "static/uitnodiging/index.html");
    }

    private static RouterFunction<ServerResponse> page(String path, String resource) {
        ClassPathResource page = new ClassPathResource(resource);
        return RouterFunctions.route(GET(path).or(GET(path + "/")), request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .bodyValue(page));
    }
}
