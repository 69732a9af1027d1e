package org.complaintdesk.accesstoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.complaintdesk.security.DeskUser;

/**
 * One personal access token of a person. Only the token's SHA-256 is stored: the token is shown once, when created.
 * A revoked token stays on record (who revoked it, when) and is refused from then on, like an expired one.
 */
@Entity
@Table(name = "access_token")
public class PersonalToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
    @SequenceGenerator(name = "access_token_seq", sequenceName = "access_token_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private DeskUser owner;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "token_prefix", nullable = false, unique = true, length = 16)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** None: valid until revoked. */
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected PersonalToken() {
    }

    PersonalToken(DeskUser owner, String name, String tokenPrefix, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC);
    }

    void revoke(Instant at, String by) {
        revokedAt = at.atOffset(ZoneOffset.UTC);
        revokedBy = by;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt.toInstant());
    }

    public Long getId() {
        return id;
    }

    public DeskUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getExpiresAt() {
        return expiresAt == null ? null : expiresAt.toInstant();
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
