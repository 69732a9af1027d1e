package org.complaintdesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A setting an administrator changed on the desk; it wins over the configured default until reset. */
@Entity
@Table(name = "desk_setting")
public class DeskSetting {

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    protected DeskSetting() {
    }

    public DeskSetting(String name, String value, Instant updatedAt, String updatedBy) {
        this.name = name;
        change(value, updatedAt, updatedBy);
    }

    public void change(String value, Instant at, String by) {
        this.value = value;
        this.updatedAt = at.atOffset(ZoneOffset.UTC);
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
