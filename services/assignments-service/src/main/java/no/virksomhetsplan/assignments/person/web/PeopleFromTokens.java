package no.virksomhetsplan.assignments.person.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.platform.security.KeycloakClaims;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every person who calls the API becomes known with the name, e-mail and unit their token gives. */
@Configuration
class PeopleFromTokens implements WebMvcConfigurer, HandlerInterceptor {

    private final PersonDirectory directory;

    PeopleFromTokens(PersonDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/assignments/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            directory.remember(KeycloakClaims.caller(jwt), jwt.getClaimAsString("name"), jwt.getClaimAsString("email"));
        }
        return true;
    }
}
