package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One reader's mark on one alert: read by this person, whoever else it was addressed to. Written by {@link AlertRepository}. */
@Entity
@Table(name = "alert_read")
@IdClass(AlertRead.Key.class)
public class AlertRead {

    /** The mark's key: the reader and the alert (a class with a no-argument constructor, as JPA asks of an id class). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private Long alertId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && Objects.equals(alertId, key.alertId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, alertId);
        }
    }

    @Id
    @Column(nullable = false, length = 80)
    private String username;

    @Id
    @Column(name = "alert_id", nullable = false)
    private Long alertId;

    @Column(name = "read_at", nullable = false)
    private OffsetDateTime readAt;

    protected AlertRead() {
    }
}
