package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The deadline arithmetic on random calendars (zones with and without clock changes, up to two stretches a day,
 * holidays and make-up days), random receipts over two years and windows from a minute to two weeks. Each case has
 * its own seed, named when it fails; {@code -Dcalendar.seed=N} replays one case.
 */
class BusinessCalendarProperties {

    private static final int CASES = 1000;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Taipei"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));
    private static final LocalDate FIRST = LocalDate.parse("2026-01-01");
    private static final int DAYS = 2 * 365;

    /** One generated case: a calendar, a receipt and two windows. */
    record Case(long seed, BusinessCalendar calendar, Instant receipt, Duration window, Duration more) {
    }

    @Test
    void theDeadlineLiesInWorkingTime() {
        forEveryCase(c -> assertThat(c.calendar().isWorkingTime(c.calendar().plus(c.receipt(), c.window()))).isTrue());
    }

    @Test
    void theWorkingTimeFromReceiptToDeadlineIsTheWindow() {
        forEveryCase(c -> assertThat(c.calendar().between(c.receipt(), c.calendar().plus(c.receipt(), c.window()))).isEqualTo(c.window()));
    }

    @Test
    void aLongerWindowNeverEndsEarlier() {
        forEveryCase(c -> {
            Instant deadline = c.calendar().plus(c.receipt(), c.window());
            assertThat(deadline).isAfterOrEqualTo(c.receipt());
            assertThat(c.calendar().plus(c.receipt(), c.window().plus(c.more()))).isAfterOrEqualTo(deadline);
        });
    }

    @Test
    void roundTheClockAWindowIsElapsedTime() {
        forEveryCase(c -> assertThat(BusinessCalendar.roundTheClock(c.calendar().zone()).plus(c.receipt(), c.window()))
                .isEqualTo(c.receipt().plus(c.window())));
    }

    private static void forEveryCase(Consumer<Case> property) {
        String replay = System.getProperty("calendar.seed");
        long first = replay != null ? Long.parseLong(replay) : new Random().nextLong();
        Random seeds = new Random(first);
        for (int i = 0; i < (replay != null ? 1 : CASES); i++) {
            long seed = i == 0 ? first : seeds.nextLong();
            Case generated = generate(seed);
            try {
                property.accept(generated);
            } catch (AssertionError e) {
                throw new AssertionError("case -Dcalendar.seed=" + seed + ": " + describe(generated) + "\n" + e.getMessage(), e);
            }
        }
    }

    private static Case generate(long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, stretches(random));
        }
        if (week.values().stream().allMatch(List::isEmpty)) {
            week.put(DayOfWeek.MONDAY, List.of(WorkingHours.parse("09:00-18:00")));
        }
        Set<LocalDate> holidays = dates(random);
        Set<LocalDate> makeUpDays = dates(random);
        makeUpDays.removeAll(holidays);
        BusinessCalendar calendar = new BusinessCalendar(zone, week, holidays, makeUpDays);
        Instant receipt = FIRST.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds((long) (random.nextDouble() * DAYS * 86_400L));
        return new Case(seed, calendar, receipt, window(random), window(random));
    }

    /** Up to four quarter hours of a day, paired in order into up to two stretches (96 is the midnight that ends the day). */
    private static List<WorkingHours> stretches(Random random) {
        TreeSet<Integer> quarters = new TreeSet<>();
        int count = random.nextInt(5);
        while (quarters.size() < count) {
            quarters.add(random.nextInt(97));
        }
        List<Integer> sorted = new ArrayList<>(quarters);
        List<WorkingHours> stretches = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            stretches.add(new WorkingHours(quarter(sorted.get(i)), quarter(sorted.get(i + 1))));
        }
        return stretches;
    }

    private static LocalTime quarter(int index) {
        return index == 96 ? LocalTime.MIDNIGHT : LocalTime.of(index / 4, index % 4 * 15);
    }

    private static Set<LocalDate> dates(Random random) {
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = random.nextInt(41); i > 0; i--) {
            dates.add(FIRST.plusDays(random.nextInt(DAYS)));
        }
        return dates;
    }

    private static Duration window(Random random) {
        return Duration.ofMinutes(1 + random.nextInt(14 * 24 * 60));
    }

    private static String describe(Case c) {
        StringBuilder text = new StringBuilder(c.calendar().zone() + ", received " + c.receipt() + ", window " + c.window() + ", week");
        for (DayOfWeek day : DayOfWeek.values()) {
            text.append(' ').append(day.name(), 0, 3).append(c.calendar().hours(day));
        }
        return text.append(", holidays ").append(new TreeSet<>(c.calendar().holidays())).append(", make-up days ")
                .append(new TreeSet<>(c.calendar().makeUpDays())).toString();
    }
}
