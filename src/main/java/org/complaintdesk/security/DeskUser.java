package org.complaintdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A person who logs in: agent, team lead, supervisor, auditor or administrator. */
@Entity
@Table(name = "desk_user")
@NamedQuery(name = DeskUser.ENABLED_HOLDERS, query = "select new org.complaintdesk.security.RoleHolder(u.username, u.role, t.code)"
        + " from DeskUser u left join u.team t where u.role in :roles and u.enabled = true")
public class DeskUser {

    static final String ENABLED_HOLDERS = "DeskUser.enabledHolders";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_user_seq")
    @SequenceGenerator(name = "desk_user_seq", sequenceName = "desk_user_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "employee_number", nullable = false, unique = true, length = 20)
    private String employeeNumber;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where alerts also go by e-mail; none: alerts on screen only. */
    @Column(length = 200)
    private String email;

    /** The user's language (a language tag), set by an administrator or chosen with the screens' switch; their live alerts and e-mails speak it. */
    @Column(length = 20)
    private String language;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected DeskUser() {
    }

    public DeskUser(String username, String employeeNumber, String displayName, Role role, Team team,
            String passwordHash, OffsetDateTime createdAt) {
        this.username = username;
        this.employeeNumber = employeeNumber;
        this.displayName = displayName;
        this.role = role;
        this.team = team;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    // Changed by administrators only (admin.UserAdministration checks the rules and records each change).

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLanguage() {
        return language;
    }

    /** @param languageTag zh-CN, zh-TW or en; none: Simplified Chinese, the call centre's first language */
    public void chooseLanguage(String languageTag) {
        this.language = languageTag;
    }
}
