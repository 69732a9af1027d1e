package org.complaintdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/**
 * A business calendar as an administrator wrote it (the week and the days in their text forms, which screens and
 * the API show back). Only a calendar that reads as a {@link BusinessCalendar} is ever stored.
 */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(nullable = false, length = 2000)
    private String week;

    @Column(nullable = false)
    private String days;

    @Version
    private long version;

    protected StoredCalendar() {
    }

    public StoredCalendar(String code, BusinessCalendar calendar, String name) {
        this.code = code;
        change(calendar, name);
    }

    /** Stores the calendar in its written form, which reads back as the same calendar. */
    public final void change(BusinessCalendar calendar, String name) {
        this.name = name;
        this.timeZone = calendar.zone().getId();
        this.week = WorkingWeek.format(calendar);
        this.days = new HolidayList(calendar.holidays(), calendar.makeUpDays()).format();
    }

    public BusinessCalendar calendar() {
        HolidayList list = HolidayList.parse(days);
        return new BusinessCalendar(ZoneId.of(timeZone), WorkingWeek.parse(week), list.holidays(), list.makeUpDays());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getWeek() {
        return week;
    }

    public String getDays() {
        return days;
    }
}
