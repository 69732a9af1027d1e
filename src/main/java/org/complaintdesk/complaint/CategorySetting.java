package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How the desk offers a category, as an administrator set it: its own label on the screens (in place of the
 * standard, translated name) and whether intake takes it. A category without a row is offered as standard.
 */
@Entity
@Table(name = "category_setting")
public class CategorySetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Category category;

    @Column(length = 100)
    private String label;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    protected CategorySetting() {
    }

    public CategorySetting(Category category) {
        this.category = category;
        this.active = true;
    }

    public void change(String label, boolean active, Instant at, String by) {
        this.label = label;
        this.active = active;
        this.updatedAt = at.atOffset(ZoneOffset.UTC);
        this.updatedBy = by;
    }

    public Category getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
