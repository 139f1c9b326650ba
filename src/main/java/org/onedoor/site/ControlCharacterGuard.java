package org.onedoor.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Text;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one check of every form field, query parameter and path variable for control characters, before any controller
 * binds them: a NUL reached PostgreSQL and failed there (500), other controls were stored. JSON bodies get the same
 * check from {@link ControlCharacterJson}; uploaded files are checked by their own readers (the contract document's
 * {@code DocumentNode}), as a file is not a parameter.
 */
@Component
class ControlCharacterGuard implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // an error page shows the error it was sent for, whatever the failed request held
        }
        List<FieldProblem> problems = Stream.concat(
                        request.getParameterMap().entrySet().stream()
                                .filter(ControlCharacterGuard::refused)
                                .map(Map.Entry::getKey),
                        pathVariables(request).entrySet().stream()
                                .filter(variable -> Text.hasControlCharacter(variable.getValue()))
                                .map(Map.Entry::getKey))
                .sorted()
                .map(RefusedCharacters::at)
                .toList();
        if (!problems.isEmpty()) {
            throw new RefusedCharacters(problems);
        }
        return true;
    }

    /** The values taken from the address ({@code /practices/{odsCode}/menu}), decoded. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static boolean refused(Map.Entry<String, String[]> parameter) {
        if (Text.hasControlCharacter(parameter.getKey())) {
            return true;
        }
        for (String value : parameter.getValue()) {
            if (Text.hasControlCharacter(value)) {
                return true;
            }
        }
        return false;
    }
}
