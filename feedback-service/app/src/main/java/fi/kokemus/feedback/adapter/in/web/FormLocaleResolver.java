package fi.kokemus.feedback.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/** Every page's language follows {@link FormLanguage#resolve}: nothing is remembered between requests. */
public class FormLocaleResolver implements LocaleResolver {

    public static final String LANG_PARAMETER = "lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return language(request).locale();
    }

    /** Nothing to keep: the next request names its language again (the switch links carry {@code ?lang=}). */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    }

    static FormLanguage language(HttpServletRequest request) {
        return FormLanguage.resolve(request.getParameter(LANG_PARAMETER), request.getHeader("Accept-Language"));
    }
}
