package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/** Which business calendar a team's reply windows are counted in: its own, else round the clock in the desk's zone. */
@ApplicationScoped
public class TeamCalendars {

    @PersistenceContext
    EntityManager em;

    /** Read anew each time (one short query), so that an administrator's change counts at once on every desk. */
    public BusinessCalendar of(String teamCode, ZoneId deskZone) {
        if (teamCode == null) {
            return BusinessCalendar.roundTheClock(deskZone);
        }
        // no flush of the caller's pending changes for this read (a complaint half made, say)
        List<StoredCalendar> chosen = em.createQuery("select c from StoredCalendar c, Team t where t.code = :team and c.code = t.calendarCode",
                StoredCalendar.class).setParameter("team", teamCode).setFlushMode(FlushModeType.COMMIT).getResultList();
        return chosen.isEmpty() ? BusinessCalendar.roundTheClock(deskZone) : chosen.get(0).calendar();
    }
}
