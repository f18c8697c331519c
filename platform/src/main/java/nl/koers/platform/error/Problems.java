package nl.koers.platform.error;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one error model: {@code application/problem+json} with a stable type and, where it applies, the field. */
public final class Problems {
    private static final String BASE = "https://koers.nl/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(status.getReasonPhrase());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
