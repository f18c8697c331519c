package nl.koers.platform.error;

import java.util.stream.Collectors;
import nl.koers.platform.privacy.SubjectErased;
import nl.koers.platform.security.RequestSizeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Maps every failure to problem+json. Unexpected errors are logged with an id and answered without details: a stack
 * trace never reaches a client.
 */
@RestControllerAdvice
public class ProblemHandling {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", e.getMessage(), e.field());
    }

    @ExceptionHandler(Violations.class)
    ProblemDetail violations(Violations e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", e.getMessage(), null);
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage(), e.field());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), e.field());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(SubjectErased.class)
    ProblemDetail erased(SubjectErased e) {
        return Problems.of(HttpStatus.CONFLICT, "subject-erased", e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (cause(e, RequestSizeLimit.BodyTooLarge.class) != null) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "the request body is too large", "body");
        }
        InvalidInput domain = cause(e, InvalidInput.class);
        if (domain != null) {
            return invalid(domain);
        }
        DatabindException bind = cause(e, DatabindException.class);
        if (bind != null && !bind.getPath().isEmpty()) {
            String field = bind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "invalid value", field);
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "the request body is not valid JSON", "body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        InvalidInput domain = cause(e, InvalidInput.class);
        String detail = domain != null ? domain.getMessage() : "invalid value";
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", detail, e.getName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "send application/json", "Content-Type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "no such resource", null);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = java.util.UUID.randomUUID().toString();
        log.error("unexpected error {}", incident, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "unexpected error, reference " + incident, null);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
