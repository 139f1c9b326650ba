package org.onedoor.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Text;

/**
 * The one check of every form field and query parameter for control characters, before any controller binds them:
 * a NUL reached PostgreSQL and failed there (500), other controls were stored. JSON bodies get the same check from
 * {@link ControlCharacterJson}. Multipart uploads are checked by their own readers (the file is not a parameter).
 */
@Component
class ControlCharacterGuard implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<FieldProblem> problems = request.getParameterMap().entrySet().stream()
                .filter(ControlCharacterGuard::refused).map(Map.Entry::getKey).sorted()
                .map(RefusedCharacters::at).toList();
        if (!problems.isEmpty()) {
            throw new RefusedCharacters(problems);
        }
        return true;
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
