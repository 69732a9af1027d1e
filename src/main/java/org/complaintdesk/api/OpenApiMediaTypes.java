package org.complaintdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The API description at /openapi in YAML's registered media type, {@code application/yaml} (RFC 9512), and asked
 * for by it. Payara's OpenAPI servlet, which it adds to this application's root context, names YAML
 * {@code text/plain} in both directions: it labels the document so, and answers 406 to a client that accepts only
 * {@code application/yaml}. This filter translates at the servlet's door; the JSON form is left as it is.
 */
@WebFilter(urlPatterns = { "/openapi", "/openapi/*" })
public class OpenApiMediaTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String YAML = "application/yaml";
    private static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new YamlAsPayaraNamesIt(request), new YamlAsRegistered(response));
    }

    /** An Accept header with application/yaml (or the older text/yaml, application/x-yaml) as Payara's resource takes it. */
    static String acceptForPayara(String accept) {
        if (accept == null) {
            return null;
        }
        return accept.replaceAll("(?i)(application/yaml|application/x-yaml|text/yaml)", PAYARA_YAML);
    }

    /** A Content-Type as sent: Payara's text/plain for the document becomes application/yaml. */
    static String registeredType(String type) {
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(PAYARA_YAML)) {
            return YAML + type.substring(PAYARA_YAML.length());
        }
        return type;
    }

    private static final class YamlAsPayaraNamesIt extends HttpServletRequestWrapper {

        YamlAsPayaraNamesIt(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return "Accept".equalsIgnoreCase(name) ? acceptForPayara(value) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Accept".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream().map(OpenApiMediaTypes::acceptForPayara).toList());
        }
    }

    private static final class YamlAsRegistered extends HttpServletResponseWrapper {

        YamlAsRegistered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(registeredType(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? registeredType(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? registeredType(value) : value);
        }
    }
}
