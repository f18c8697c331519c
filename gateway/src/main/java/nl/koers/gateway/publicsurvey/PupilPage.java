package nl.koers.gateway.publicsurvey;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The address printed on every access-code list ({@code koers.survey.pupil-url}): the page where a pupil types the
 * code and answers. It is served without a session (see SessionSecurity): a pupil gets no cookie of any kind, and
 * the page stores nothing in the browser, because classroom devices are shared.
 */
@Configuration
class PupilPage {
    static final String PATH = "/vragenlijst";
    private static final Resource PAGE = new ClassPathResource("static/vragenlijst/index.html");

    @Bean
    RouterFunction<ServerResponse> pupilPageRoute() {
        return RouterFunctions.route(GET(PATH).or(GET(PATH + "/")), request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .bodyValue(PAGE));
    }
}
