package no.virksomhetsplan.platform.web;

import java.util.List;
import java.util.Map;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.persistence.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error as RFC 9457 problem details: field errors for invalid bodies, the domain's exceptions mapped to
 * their status, and never a stack trace or an internal message for anything unexpected.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    /** One invalid field: where it is and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return badRequest("The request has invalid fields: " + fieldNames(errors) + ".", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A @Valid body next to a constrained parameter is validated here too; its errors name the body's fields.
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body && body.hasFieldErrors()
                        ? body.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return badRequest("The request has invalid parameters: " + fieldNames(errors) + ".", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            if (databind instanceof InvalidFormatException format && format.getTargetType() == String.class) {
                return badRequest("The field '" + field + "' " + TextInput.REFUSAL + ".", List.of(new FieldProblem(field, TextInput.REFUSAL)));
            }
            return badRequest("The field '" + field + "' has a value of the wrong type.",
                    List.of(new FieldProblem(field, "has a value of the wrong type")));
        }
        return badRequest("The request body is missing or is not valid JSON.", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("The parameter '" + e.getName() + "' has a value of the wrong type.",
                List.of(new FieldProblem(e.getName(), "has a value of the wrong type")));
    }

    /**
     * Constraints checked by a validation proxy ({@code @Validated} on a bean) rather than by Spring MVC: still bad
     * input. Each violation names the last part of its path (the parameter or field).
     */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(jakarta.validation.ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return badRequest("The request has invalid parameters: " + fieldNames(errors) + ".", errors);
    }

    private static String lastNode(jakarta.validation.Path path) {
        String name = "";
        for (jakarta.validation.Path.Node node : path) {
            name = node.getName() != null ? node.getName() : name;
        }
        return name;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }

    /**
     * A defect, not bad input: log it with an id the user can quote, and say nothing about the internals. The one
     * exception is a database that cannot be reached right now (restarting, connection cut): 503 with Retry-After,
     * since trying again shortly is the right thing to do.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service cannot reach its database right now. Please try again in a moment.");
            problem.setTitle("Service unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        if (isDataException(e)) {
            // The safety net behind validation: a value PostgreSQL refuses as data (SQLSTATE class 22: too long, out
            // of range, not valid in the encoding) is bad input, not a defect. Logged, since validation should catch it.
            log.warn("A value the database refused as data: {}", e.getMessage());
            return ResponseEntity.badRequest().body(problemWithTitle(HttpStatus.BAD_REQUEST, "Invalid request",
                    "The request contains a value that cannot be stored."));
        }
        String errorId = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote error id " + errorId + " to support.");
        problem.setProperties(Map.of("errorId", errorId));
        return ResponseEntity.internalServerError().body(problem);
    }

    private static boolean isDataException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problemWithTitle(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> badRequest(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldNames(List<FieldProblem> errors) {
        return String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList());
    }
}
