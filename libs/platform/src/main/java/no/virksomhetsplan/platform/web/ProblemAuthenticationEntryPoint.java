package no.virksomhetsplan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401 and 403 as problem+json, keeping the standard {@code WWW-Authenticate: Bearer ...} header; and 503 with
 * Retry-After when a token could not be checked at all (its issuer's keys could not be fetched), which Spring
 * Security would otherwise let through as a 500.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        bearer.commence(request, response, e);
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token from a trusted issuer is required.");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            LOG.warn("A bearer token could not be checked: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "Your sign-in could not be checked just now. Try again in a few seconds.");
            return;
        }
        commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e) throws IOException {
        Problems.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }
}
