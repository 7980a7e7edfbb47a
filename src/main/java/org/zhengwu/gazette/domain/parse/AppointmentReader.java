package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Appointment;
import org.zhengwu.gazette.domain.model.Appointment.Action;
import org.zhengwu.gazette.domain.text.Brackets;
import org.zhengwu.gazette.domain.text.Punctuation;

/**
 * Reads an appointment notice (AP-1): {@code 任命：X为A（列…之后）、B（试用期一年）；} gives one
 * appointment per post, {@code 免去：X的A、B职务；} one removal per post, each bracketed qualifier
 * staying with the post it follows. The action comes from the entry's own form (为 / 的…职务),
 * so entries a two-column page scattered are still read right once mended.
 */
final class AppointmentReader {

    private static final Pattern LEAD_IN = Pattern.compile(".*(?:任命|免去|聘任|解聘|免职|决定)[^，,。；]{0,12}[：:]$");
    private static final Pattern ENTRY = Pattern.compile("^(?:任命|免去|聘任|解聘)?\\s*([\\p{IsHan}·•]{2,5}?)(?:同志)?(为|的)(.+)$");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(?:政府|人民|委员|管委|中心|公司|部门|局|厅).*");

    /**
     * @param appointments the appointments, then the removals, each in the order of the text
     * @param paragraphs   the mended lines, lead-ins and entries, in the notice's logical order
     */
    record Result(List<Appointment> appointments, List<Line> paragraphs) {
    }

    private AppointmentReader() {
    }

    static boolean startsSomething(String text) {
        return LEAD_IN.matcher(text).matches() || entry(text).isPresent();
    }

    static Result read(List<Line> lines) {
        var mended = ColumnMend.mend(lines, AppointmentReader::startsSomething);
        var ordered = new ArrayList<>(mended);
        ordered.sort(Comparator.comparingInt(AppointmentReader::order));
        var appointments = new ArrayList<Appointment>();
        for (var line : ordered) {
            entry(line.text()).ifPresent(e -> appointments.addAll(appointmentsOf(e)));
        }
        return new Result(appointments, ordered);
    }

    private record Entry(String person, Action action, String posts) {
    }

    private static Optional<Entry> entry(String text) {
        var m = ENTRY.matcher(text);
        if (!m.matches() || NOT_A_NAME.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        var action = m.group(2).equals("为") ? Action.APPOINT : Action.REMOVE;
        return Optional.of(new Entry(m.group(1), action, m.group(3)));
    }

    private static List<Appointment> appointmentsOf(Entry e) {
        var posts = Punctuation.withoutFinalStop(e.posts());
        if (e.action() == Action.REMOVE) {
            posts = posts.replaceFirst("(?:的)?(?:职务|职)$", "");
        }
        var out = new ArrayList<Appointment>();
        for (var part : Brackets.splitTopLevel(posts, "、")) {
            var q = Qualifiers.of(part.replaceFirst("职务$", ""));
            out.add(new Appointment(e.action(), e.person(), q.post(), q.qualifiers()));
        }
        return out;
    }

    /** Appointing lead-in and entries first, then removing ones, then anything else. */
    private static int order(Line line) {
        var text = line.text();
        var e = entry(text);
        int group;
        if (e.isPresent()) {
            group = e.get().action() == Action.APPOINT ? 1 : 3;
        } else if (LEAD_IN.matcher(text).matches()) {
            group = text.contains("免") || text.contains("解聘") ? 2 : 0;
        } else {
            group = 4;
        }
        return group * 1_000_000 + line.no();
    }
}
