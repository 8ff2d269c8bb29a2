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

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen per request with ?lang=");
    }

    static FormLanguage language(HttpServletRequest request) {
        return FormLanguage.resolve(request.getParameter(LANG_PARAMETER), request.getHeader("Accept-Language"));
    }
}
