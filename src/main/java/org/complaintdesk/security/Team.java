package org.complaintdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A team of agents led by a team lead. */
@Entity
@Table(name = "desk_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_team_seq")
    @SequenceGenerator(name = "desk_team_seq", sequenceName = "desk_team_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The business calendar its reply windows are counted in; none: round the clock. */
    @Column(name = "calendar_code", length = 40)
    private String calendarCode;

    protected Team() {
    }

    public Team(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public void countIn(String calendarCode) {
        this.calendarCode = calendarCode;
    }
}
