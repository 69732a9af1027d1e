package org.complaintdesk.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The "changes" of an admin history line: "role AGENT -> TEAM_LEAD, team NORTH -> SOUTH". Never give it a secret. */
final class ChangeText {

    private final List<String> parts = new ArrayList<>();

    /** A value that changed; nothing when it stayed the same. */
    ChangeText change(String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(what + " " + show(before) + " -> " + show(after));
        }
        return this;
    }

    /** A value as it is now (for something new); nothing when there is none. */
    ChangeText value(String what, Object value) {
        if (value != null) {
            parts.add(what + " " + value);
        }
        return this;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    private static String show(Object value) {
        return value == null ? "(none)" : value.toString();
    }

    @Override
    public String toString() {
        return String.join(", ", parts);
    }
}
