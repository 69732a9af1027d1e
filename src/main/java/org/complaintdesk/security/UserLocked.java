package org.complaintdesk.security;

import java.time.Duration;

/** A user name was locked after wrong passwords (LoginThrottle); the admin history records it. */
public record UserLocked(String username, String address, Duration lock) {
}
