package org.complaintdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A team of agents led by a team lead. Its name is written in Simplified Chinese, the call centre's first language,
 * and may be given in Traditional Chinese and English too; pages show the one of their language.
 */
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

    @Column(name = "name_zh_tw", length = 200)
    private String nameZhTw;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    /** The business calendar its reply windows are counted in; none: round the clock. */
    @Column(name = "calendar_code", length = 40)
    private String calendarCode;

    protected Team() {
    }

    public Team(String code, String name) {
        this(code, name, null, null);
    }

    public Team(String code, String name, String nameZhTw, String nameEn) {
        this.code = code;
        rename(name, nameZhTw, nameEn);
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

    public String getNameZhTw() {
        return nameZhTw;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in a page's language; the Simplified Chinese name where none was given in that language. */
    public String nameIn(Locale locale) {
        if (Locale.TRADITIONAL_CHINESE.equals(locale) && nameZhTw != null) {
            return nameZhTw;
        }
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }

    /** @param nameZhTw the Traditional Chinese name, or none; @param nameEn the English name, or none */
    public void rename(String name, String nameZhTw, String nameEn) {
        this.name = name;
        this.nameZhTw = nameZhTw;
        this.nameEn = nameEn;
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public void countIn(String calendarCode) {
        this.calendarCode = calendarCode;
    }
}
