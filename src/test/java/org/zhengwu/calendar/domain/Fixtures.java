package org.zhengwu.calendar.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/** The shipped official data and the calendar's texts, without Spring. */
final class Fixtures {

    static final Texts TEXTS = (key, arguments) -> new MessageFormat(
            ResourceBundle.getBundle("i18n/calendar", Locale.SIMPLIFIED_CHINESE).getString(key),
            Locale.SIMPLIFIED_CHINESE).format(arguments);

    private Fixtures() {
    }

    /** The calendar of the files shipped with the platform, 2020 to 2026. */
    static OfficialCalendar shipped() {
        return OfficialCalendar.of(IntStream.rangeClosed(2020, 2026).mapToObj(Fixtures::shippedYear).toList());
    }

    static HolidayYear shippedYear(int year) {
        return ((Reading.Read) new HolidayFileReader().read(shippedText(year))).year();
    }

    static String shippedText(int year) {
        try (var in = Fixtures.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
