package org.complaintdesk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complaintdesk.security.SecureCookies;
import org.complaintdesk.security.UserRepository;

/**
 * The page language: English, Simplified or Traditional Chinese. First chosen from the browser, then from
 * the switch in the page header, which sticks (a cookie) across logins.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "desk-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);

    private Locale locale;

    @Inject
    transient UserRepository users;

    public Locale getLocale() {
        if (locale == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            locale = fromCookie(external.getRequestCookieMap()).orElse(fromBrowser((HttpServletRequest) external.getRequest()));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** The language's own name, so each is recognisable whatever the page language. */
    public String nameOf(Locale candidate) {
        if (candidate.equals(Locale.SIMPLIFIED_CHINESE)) {
            return "简体中文";
        }
        return candidate.equals(Locale.TRADITIONAL_CHINESE) ? "繁體中文" : "English";
    }

    /** The switch's value: the current language until another is picked. */
    public String getSelected() {
        return getLanguage();
    }

    public void setSelected(String languageTag) {
        this.locale = supported(Locale.forLanguageTag(languageTag));
    }

    /**
     * Applies the picked language, remembers it in a cookie, and shows the same page again with its view parameters
     * (the complaint's number): the form posts to the page without its query string, which the redirect would lose.
     */
    public String apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of("maxAge", 365 * 24 * 3600,
                "path", "/", "httpOnly", true, "SameSite", "Lax", "secure", SecureCookies.overTls()));
        String username = faces.getExternalContext().getRemoteUser();
        if (username != null) {
            users.chooseLanguage(username, locale.toLanguageTag());
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static java.util.Optional<Locale> fromCookie(Map<String, Object> cookies) {
        return java.util.Optional.ofNullable((Cookie) cookies.get(COOKIE)).map(c -> supported(Locale.forLanguageTag(c.getValue())));
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("zh")) {
                boolean traditional = Arrays.asList("TW", "HK", "MO").contains(wanted.getCountry()) || "Hant".equals(wanted.getScript());
                return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    static Locale supported(Locale candidate) {
        return SUPPORTED.stream().filter(s -> s.equals(candidate)).findFirst().orElse(Locale.ENGLISH);
    }
}
