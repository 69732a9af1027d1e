package org.complaintdesk.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port the desk's HTTP listener really listens on, for the ready line. Payara Micro writes it (from {@code --port},
 * or the one it bound itself) into the instance's domain.xml; an application has no API to ask for it.
 */
public final class ListenerPort {

    private static final Pattern HTTP_LISTENER = Pattern.compile("<network-listener\\b[^>]*\\bname=\"http-listener\"[^>]*>");
    private static final Pattern PORT = Pattern.compile("\\bport=\"(\\d{1,5})\"");

    private ListenerPort() {
    }

    /** From the running instance's configuration ({@code com.sun.aas.instanceRoot}); empty when it cannot be read. */
    public static OptionalInt ofThisInstance() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        if (root == null) {
            return OptionalInt.empty();
        }
        try {
            return in(Files.readString(Path.of(root, "config", "domain.xml")));
        } catch (IOException | RuntimeException unreadable) {
            return OptionalInt.empty();
        }
    }

    static OptionalInt in(String domainXml) {
        Matcher listener = HTTP_LISTENER.matcher(domainXml);
        if (!listener.find()) {
            return OptionalInt.empty();
        }
        Matcher port = PORT.matcher(listener.group());
        return port.find() ? OptionalInt.of(Integer.parseInt(port.group(1))) : OptionalInt.empty();
    }
}
