package org.complaintdesk.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.complaintdesk.complaint.Channel;

/**
 * The API key of one integration. Only the key's SHA-256 is stored: the key is shown once, when created.
 * A revoked key stays on record (who revoked it, when) and is refused from then on.
 */
@Entity
@Table(name = "integration_key")
public class IntegrationKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integration_key_seq")
    @SequenceGenerator(name = "integration_key_seq", sequenceName = "integration_key_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    /** The team whose agents take this integration's complaints; none: any team. */
    @Column(name = "team_code", length = 40)
    private String teamCode;

    @Column(name = "key_prefix", nullable = false, unique = true, length = 16)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected IntegrationKey() {
    }

    IntegrationKey(String name, Channel channel, String teamCode, String keyPrefix, String keyHash, Instant createdAt, String createdBy) {
        this.name = name;
        this.channel = channel;
        this.teamCode = teamCode;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.createdBy = createdBy;
    }

    void revoke(Instant at, String by) {
        revokedAt = at.atOffset(ZoneOffset.UTC);
        revokedBy = by;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    String getKeyHash() {
        return keyHash;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt == null ? null : revokedAt.toInstant();
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant();
    }
}
