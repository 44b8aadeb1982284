package no.virksomhetsplan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/** Query parameters (names and values) the database could not store are refused with 400 naming the parameter. */
public class TextInputFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean refused = TextInput.refused(parameter.getKey());
            for (String value : parameter.getValue()) {
                refused |= TextInput.refused(value);
            }
            if (refused) {
                String name = TextInput.refused(parameter.getKey()) ? "(parameter name)" : parameter.getKey();
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "The parameter '" + name + "' " + TextInput.REFUSAL + ".");
                problem.setTitle("Invalid request");
                problem.setProperty("errors", List.of(new ProblemDetailsAdvice.FieldProblem(name, TextInput.REFUSAL)));
                Problems.write(request, response, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
